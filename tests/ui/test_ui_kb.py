"""The Knowledge base page: add, edit, delete and promote, each re-indexed and logged."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from assistant.config import Settings
from assistant.history import SQLiteHistory
from assistant.knowledge import load_knowledge
from assistant.ui import state

TIMEOUT = 30


def _script() -> None:
    from assistant.ui.knowledge_page import page

    page()


def opened() -> AppTest:
    at = AppTest.from_function(_script, default_timeout=TIMEOUT).run()
    assert not at.exception
    return at


def click(at: AppTest, label: str) -> AppTest:
    next(b for b in at.button if b.label == label).click()
    return at.run()


def values(elements: object) -> list[str]:
    return [e.value for e in elements]  # type: ignore[attr-defined]


def test_add_policy_reindexes_and_logs(app_env: Settings) -> None:
    at = opened()
    at.text_input(key="pf_+ New_id").input("gift-cards")
    at.text_input(key="pf_+ New_title").input("Gift cards")
    at.text_input(key="pf_+ New_problem").input("a gift card that does not work")
    at.text_area(key="pf_+ New_tags").input("gift card\nvoucher")
    click(at, "Save policy")
    assert not at.exception
    assert any(
        v.startswith("Saved policy gift-cards. Re-indexed: 1 index entry")
        for v in values(at.success)
    )
    assert at.selectbox(key="k_sel_policy").value == "gift-cards"
    policy = load_knowledge(app_env.knowledge_dir).policies["gift-cards"]
    assert policy.tags == ["gift card", "voucher"]
    assert "gift-cards" in state.get_app().kb.policies
    (change,) = SQLiteHistory.from_settings(app_env).list_kb_changes()
    assert change.action == "add" and "+title: Gift cards" in change.diff


def test_invalid_policy_names_field_and_keeps_input(app_env: Settings) -> None:
    at = opened()
    at.text_input(key="pf_+ New_id").input("Bad Id")
    at.text_input(key="pf_+ New_problem").input("something I typed")
    click(at, "Save policy")
    err = values(at.error)[0]
    assert err.startswith("Not saved:") and "field 'id'" in err and "field 'title'" in err
    assert at.text_input(key="pf_+ New_problem").value == "something I typed"
    assert SQLiteHistory.from_settings(app_env).list_kb_changes() == []


def test_edit_and_delete_policy(app_env: Settings) -> None:
    at = opened()
    at.text_input(key="k_search_policy").input("moderat").run()
    at.selectbox(key="k_sel_policy").set_value("moderation").run()
    at.text_input(key="pf_moderation_title").input("Moderating comments")
    click(at, "Save policy")
    assert any(v.startswith("Saved policy moderation.") for v in values(at.success))
    assert (
        load_knowledge(app_env.knowledge_dir).policies["moderation"].title == "Moderating comments"
    )
    click(at, "Delete policy")
    assert "Tick the box to confirm the deletion." in values(at.error)
    at.checkbox(key="del_ok_policy_moderation").check()
    click(at, "Delete policy")
    assert not at.exception
    assert any(v.startswith("Deleted policy moderation.") for v in values(at.success))
    assert "moderation" not in load_knowledge(app_env.knowledge_dir).policies
    assert [c.action for c in SQLiteHistory.from_settings(app_env).list_kb_changes()] == [
        "delete",
        "edit",
    ]
    assert any(t.label == "Changes" for t in at.tabs)
    assert at.code[0].language == "diff"


def test_policy_in_use_is_not_deleted(app_env: Settings) -> None:
    at = opened()
    at.selectbox(key="k_sel_policy").set_value("delivery-late").run()
    at.checkbox(key="del_ok_policy_delivery-late").check()
    click(at, "Delete policy")
    assert any("used by past replies" in v for v in values(at.error))


def test_add_reply_and_promote_approved(app_env: Settings) -> None:
    from tests.test_history import OK, make_result

    repo = SQLiteHistory.from_settings(app_env)
    i = repo.save_draft(make_result("Where is my sofa?"))
    repo.approve(i, "So sorry – DM us. – Maya", "ana", [OK])
    at = opened()
    assert at.text_input(key="rf_+ New_id").value == "r035"
    at.text_area(key="rf_+ New_c").input("Wrong colour chair")
    at.text_area(key="rf_+ New_r").input("Sorry! DM us. – Tom, Oakhaven Home")
    click(at, "Save past reply")
    assert any(v.startswith("Saved past reply r035.") for v in values(at.success))
    at.selectbox(key=f"promote_policy_{i}").set_value("delivery-late")
    click(at, "Promote to past replies")
    assert any(v.startswith(f"Promoted draft #{i}") for v in values(at.success))
    assert load_knowledge(app_env.knowledge_dir).replies["r036"].reply.startswith("So sorry")
    assert repo.get(i).promoted_as == "r036"
    assert any("No approved reply is waiting" in v for v in values(at.caption))
