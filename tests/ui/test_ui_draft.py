"""The Draft page as a reviewer uses it: draft, read triage and checks, edit, decide."""

from __future__ import annotations

import itertools

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from streamlit.testing.v1 import AppTest

from assistant.config import Settings
from assistant.history import SQLiteHistory
from assistant.llm import LangChainChat
from assistant.pipeline import CalmReply
from assistant.ui import state

TIMEOUT = 30
LATE_SOFA = (
    "My sofa was supposed to arrive yesterday, I took the day off and nobody came. "
    "No call, nothing."
)
TROLL = "Oakhaven are scammers lol, never even shopped there, buy from WoodCo instead"
GOOD = (
    "Thanks for telling us, and I am so sorry we missed your sofa delivery yesterday. "
    "Please DM us your order number and I will book a new date. – Maya, Oakhaven Home"
)
SHORT = "So sorry about your sofa. DM us your order number. – Maya, Oakhaven Home"


def _script() -> None:
    from assistant.ui.draft_page import page

    page()


def drafted(complaint: str = LATE_SOFA) -> AppTest:
    at = AppTest.from_function(_script, default_timeout=TIMEOUT).run()
    at.text_area(key="k_complaint").input(complaint)
    at.button(key="b_draft").click().run()
    assert not at.exception
    return at


def values(elements: object) -> list[str]:
    return [e.value for e in elements]  # type: ignore[attr-defined]


def test_draft_shows_triage_scorecard_and_is_stored(app_env: Settings) -> None:
    at = drafted()
    assert any("Reply publicly" in v for v in values(at.success))
    assert "All 9 checks pass." in values(at.success)
    assert any("PASS] · **contact**" in v for v in values(at.markdown))
    assert at.radio(key="k_at_fault").value == "yes"
    assert at.metric[0].label == "Severity"
    assert len(at.expander) >= 1  # sources
    reply = at.text_area(key="k_reply").value
    assert "DM" in reply
    (rec,) = SQLiteHistory.from_settings(app_env).list_drafts()
    assert rec.status == "draft" and rec.versions[0].text == reply


def test_edit_reruns_checks_and_approve_needs_override(app_env: Settings) -> None:
    at = drafted()
    at.text_area(key="k_reply").input("Sorry we missed your sofa delivery.\n– Maya, Oakhaven")
    at.run()
    assert "1 of 9 checks fail: contact" in values(at.error)
    assert any("FAIL] · **contact**" in v and "*Fix:*" in v for v in values(at.markdown))
    at.button(key="b_approve").click().run()
    assert any("give an override reason" in v for v in values(at.error))
    at.text_input(key="k_override").input("customer asked us not to DM")
    at.button(key="b_approve").click().run()
    assert any(v.startswith("Approved by staff") for v in values(at.success))
    assert values(at.code) == ["Sorry we missed your sofa delivery.\n– Maya, Oakhaven"]
    (rec,) = SQLiteHistory.from_settings(app_env).list_drafts()
    assert rec.status == "approved" and rec.override_reason == "customer asked us not to DM"
    assert [v.source for v in rec.versions] == ["generated", "edited"]


def test_marks_evidence_in_preview(app_env: Settings) -> None:
    at = drafted()
    at.text_area(key="k_reply").input("Actually you are wrong. DM us. – Maya, Oakhaven").run()
    html = next(v for v in values(at.markdown) if v.startswith('<div class="calmreply'))
    assert '<mark title="argumentative:' in html and ">Actually you</mark>" in html


def test_approve_clean_draft_and_reviewer_name(app_env: Settings) -> None:
    at = drafted()
    at.sidebar.text_input(key="k_who").input("Ana").run()
    at.button(key="b_approve").click().run()
    assert "Approved by Ana. Copy the reply and post it:" in values(at.success)
    (rec,) = SQLiteHistory.from_settings(app_env).list_drafts()
    assert rec.decided_by == "Ana" and rec.override_reason is None


def test_reject_needs_and_records_reason(app_env: Settings) -> None:
    at = drafted()
    at.button(key="b_reject").click().run()
    assert "give a reason for rejecting the draft" in values(at.error)
    at.text_input(key="k_reject").input("customer already called us")
    at.button(key="b_reject").click().run()
    assert "Rejected: customer already called us" in values(at.warning)
    (rec,) = SQLiteHistory.from_settings(app_env).list_drafts()
    assert rec.status == "rejected" and rec.reject_reason == "customer already called us"


def test_do_not_engage_then_draft_anyway(app_env: Settings) -> None:
    at = drafted(TROLL)
    banner = values(at.error)[0]
    assert "Do not engage" in banner and "never delete genuine criticism" in banner
    assert "k_reply" not in [t.key for t in at.text_area]
    at.button(key="b_force").click().run()
    assert not at.exception
    assert "Oakhaven" in at.text_area(key="k_reply").value


def test_at_fault_change_redrafts(app_env: Settings) -> None:
    at = drafted()
    at.radio(key="k_at_fault").set_value("no").run()
    assert not at.exception
    (rec,) = SQLiteHistory.from_settings(app_env).list_drafts()
    assert [v.source for v in rec.versions] == ["generated", "generated"]
    assert at.radio(key="k_at_fault").value == "no"


def test_empty_complaint_is_explained(app_env: Settings) -> None:
    at = AppTest.from_function(_script, default_timeout=TIMEOUT).run()
    at.button(key="b_draft").click().run()
    assert any("complaint" in v for v in values(at.error))


def test_offline_revise_explains_it_needs_an_llm(app_env: Settings) -> None:
    at = drafted()
    assert any("needs an LLM" in v and "Hand edits work" in v for v in values(at.info))
    assert at.button(key="b_revise").disabled


def test_fake_llm_streams_and_revises(app_env: Settings) -> None:
    triage = (
        '{"action": "reply", "category": "delivery", "severity": "medium", '
        '"business_at_fault": "yes", "reason": "A late sofa."}'
    )
    answers = itertools.chain([triage, GOOD, SHORT], itertools.repeat(GOOD))
    fake = GenericFakeChatModel(messages=(AIMessage(content=a) for a in answers))
    state.set_app_factory(lambda s: CalmReply(s, chat=LangChainChat(fake, "fake-model")))
    at = drafted()
    assert any("LLM: fake-model" in c for c in values(at.caption))
    assert at.text_area(key="k_reply").value == GOOD
    assert not at.button(key="b_revise").disabled
    at.selectbox(key="k_revise_choice").set_value("Make it shorter")
    at.button(key="b_revise").click().run()
    assert not at.exception
    assert at.text_area(key="k_reply").value == SHORT
    (rec,) = SQLiteHistory.from_settings(app_env).list_drafts()
    assert [v.source for v in rec.versions] == ["generated", "revised"]
    assert rec.backend == "llm" and rec.model == "fake-model"


def reloaded(draft_id: object) -> AppTest:
    """A fresh session (what a browser reload gets) opened at `?draft=<draft_id>`."""
    at = AppTest.from_function(_script, default_timeout=TIMEOUT)
    at.query_params["draft"] = str(draft_id)
    at.run()
    assert not at.exception
    return at


def test_typed_complaint_survives_reruns(app_env: Settings) -> None:
    at = AppTest.from_function(_script, default_timeout=TIMEOUT).run()
    at.text_area(key="k_complaint").input(LATE_SOFA).run()
    at.selectbox(key="k_channel").set_value("facebook").run()
    at.sidebar.text_input(key="k_who").input("Ana").run()
    assert at.text_area(key="k_complaint").value == LATE_SOFA
    assert at.selectbox(key="k_channel").value == "facebook"


def test_reload_restores_edited_draft(app_env: Settings) -> None:
    at = AppTest.from_function(_script, default_timeout=TIMEOUT).run()
    at.text_area(key="k_complaint").input(LATE_SOFA)
    at.selectbox(key="k_channel").set_value("google")
    at.text_input(key="k_customer").input("Sam")
    at.button(key="b_draft").click().run()
    edited = "Sorry we missed your sofa delivery.\n– Maya, Oakhaven"
    at.text_area(key="k_reply").input(edited).run()
    (rec,) = SQLiteHistory.from_settings(app_env).list_drafts()
    assert at.query_params["draft"] == str(rec.id)  # the address names the draft

    at = reloaded(rec.id)
    assert at.text_area(key="k_reply").value == edited
    assert at.text_area(key="k_complaint").value == LATE_SOFA
    assert at.selectbox(key="k_channel").value == "google"
    assert at.text_input(key="k_customer").value == "Sam"
    assert at.radio(key="k_at_fault").value == "yes"
    assert "1 of 9 checks fail: contact" in values(at.error)  # scorecard, re-checked
    assert any("FAIL] · **contact**" in v for v in values(at.markdown))
    assert at.button(key="b_approve")  # still undecided: the reviewer can go on
    # reopening stores nothing new
    versions = SQLiteHistory.from_settings(app_env).get(rec.id).versions
    assert [v.source for v in versions] == ["generated", "edited"]


def test_reload_restores_at_fault_and_forced_draft(app_env: Settings) -> None:
    at = drafted(TROLL)
    at.button(key="b_force").click().run()
    at.radio(key="k_at_fault").set_value("no").run()
    reply = at.text_area(key="k_reply").value
    (rec,) = SQLiteHistory.from_settings(app_env).list_drafts()

    at = reloaded(rec.id)
    assert at.radio(key="k_at_fault").value == "no"
    assert at.text_area(key="k_reply").value == reply
    assert "b_force" not in [b.key for b in at.button]


def test_reload_shows_approved_draft_as_decided(app_env: Settings) -> None:
    at = drafted()
    at.sidebar.text_input(key="k_who").input("Ana").run()
    final = at.text_area(key="k_reply").value
    at.button(key="b_approve").click().run()
    (rec,) = SQLiteHistory.from_settings(app_env).list_drafts()

    at = reloaded(rec.id)
    assert "Approved by Ana. Copy the reply and post it:" in values(at.success)
    assert values(at.code) == [final]
    assert at.text_area(key="k_reply").disabled
    assert "b_approve" not in [b.key for b in at.button]


def test_reload_shows_rejected_draft_with_reason(app_env: Settings) -> None:
    at = drafted()
    at.text_input(key="k_reject").input("customer already called us")
    at.button(key="b_reject").click().run()
    (rec,) = SQLiteHistory.from_settings(app_env).list_drafts()

    at = reloaded(rec.id)
    assert "Rejected: customer already called us" in values(at.warning)
    assert "b_reject" not in [b.key for b in at.button]


def test_reload_with_unknown_or_bad_id_warns(app_env: Settings) -> None:
    for bad in ("999", "abc", "-1", "", str(2**64)):
        at = reloaded(bad)
        assert any("Could not reopen the draft" in v for v in values(at.warning)), bad
        assert "Paste a complaint and press **Draft reply**." in values(at.info)
        assert at.text_area(key="k_complaint").value == ""
        assert "draft" not in at.query_params


def test_new_draft_replaces_the_address(app_env: Settings) -> None:
    drafted()
    (rec,) = SQLiteHistory.from_settings(app_env).list_drafts()
    at = reloaded(rec.id)
    at.text_area(key="k_complaint").input("The chair I ordered arrived broken and scratched.")
    at.button(key="b_draft").click().run()
    assert not at.exception
    newest = SQLiteHistory.from_settings(app_env).list_drafts()[0]
    assert newest.id != rec.id
    assert at.query_params["draft"] == str(newest.id)
    assert "chair" in at.text_area(key="k_complaint").value


def test_llm_second_opinion_is_shown_beside_the_checks(app_env: Settings) -> None:
    triage = '{"action": "reply"}'
    judged = (
        '[{"check": "tone", "passed": false, "reason": "Reads a little stiff.", '
        '"quote": "I am so sorry"}, {"check": "excuses", "passed": true, "reason": "None."}]'
    )
    answers = itertools.chain([triage, GOOD, judged], itertools.repeat(GOOD))
    fake = GenericFakeChatModel(messages=(AIMessage(content=a) for a in answers))
    state.set_app_factory(
        lambda s: CalmReply(
            s.model_copy(update={"llm_judge": True}), chat=LangChainChat(fake, "fake-model")
        )
    )
    at = drafted()
    (box,) = [e for e in at.expander if "second opinion" in e.label]
    assert "disagrees on 1" in box.label
    shown = " ".join(m.value for m in box.markdown)
    assert "FAIL · **tone** · Reads a little stiff." in shown and "I am so sorry" in shown
    assert any("All 9 checks pass" in v for v in values(at.success))
