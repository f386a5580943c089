from __future__ import annotations

import json

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.judge import parse_opinions
from assistant.llm import LangChainChat
from assistant.pipeline import CalmReply
from assistant.schemas import Channel, Complaint

REPLY = "Sorry, but the courier lost it. DM us. – Maya, Oakhaven"


def opinions(**overrides: tuple[bool, str]) -> str:
    names = [
        "excuses",
        "argumentative",
        "tone",
        "apology",
        "grounding",
        "contact",
        "pii",
        "signature",
    ]
    rows = []
    for n in names:
        passed, quote = overrides.get(n, (True, ""))
        rows.append({"check": n, "passed": passed, "reason": f"{n} verdict", "quote": quote})
    return "Here you go:\n" + json.dumps(rows)


def test_quotes_become_evidence_spans():
    results = {
        r.name: r for r in parse_opinions(opinions(excuses=(False, "the courier lost it")), REPLY)
    }
    span = results["excuses"].evidence[0]
    assert not results["excuses"].passed
    assert REPLY[span.start : span.end] == "the courier lost it"
    assert results["tone"].passed and not results["tone"].evidence


def test_invented_quote_gives_no_span():
    results = {r.name: r for r in parse_opinions(opinions(tone=(False, "not in reply")), REPLY)}
    assert not results["tone"].passed and results["tone"].evidence == []


@pytest.mark.parametrize(
    "answer", ["looks fine to me", '[{"check": 3}]', "[]", '[{"check": "vibes", "passed": true}]']
)
def test_malformed_answers_are_errors(answer):
    with pytest.raises(ValueError):
        parse_opinions(answer, REPLY)


def _app(settings, store, *answers: str) -> CalmReply:
    chat = LangChainChat(GenericFakeChatModel(messages=iter(AIMessage(a) for a in answers)), "fake")
    return CalmReply(settings.model_copy(update={"llm_judge": True}), chat=chat, store=store)


GOOD = (
    "Thanks for telling us, and I'm so sorry your sofa was late. Please DM us your order "
    "number and we'll book a new date. – Maya, Oakhaven"
)
LATE = Complaint(text="My sofa is two weeks late", channel=Channel.TWITTER)


def test_second_opinion_is_reported_beside_offline_checks(settings, store):
    app = _app(settings, store, '{"action": "reply"}', GOOD, opinions(tone=(False, "so sorry")))
    res = app.draft(LATE)
    assert res.passed  # the offline verdict stands
    judged = {c.name: c for c in res.second_opinion}
    assert not judged["tone"].passed and judged["tone"].evidence[0].text == "so sorry"
    assert "judge_ms" in res.draft.timings


def test_judge_failure_is_a_note_not_an_error(settings, store):
    app = _app(settings, store, '{"action": "reply"}', GOOD, "I refuse")
    res = app.draft(LATE)
    assert res.second_opinion == [] and "second opinion unavailable" in res.notes[0]
    assert res.draft.text == GOOD
