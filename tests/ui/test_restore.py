"""Reopening a stored draft, decided without Streamlit: what the page will show."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.history import SQLiteHistory
from assistant.schemas import AtFault, CheckResult, DraftResult
from assistant.ui.restore import Checker, RestoreError, parse_draft_id, restore
from tests.test_history import BAD, OK, make_result

Call = tuple[str, AtFault | None]


def checker(calls: list[Call], result: list[CheckResult]) -> Checker:
    """A stand-in for `CalmReply.check` that records what it was asked to check."""

    def check(_res: DraftResult, text: str, at_fault: AtFault | None) -> list[CheckResult]:
        calls.append((text, at_fault))
        return result

    return check


@pytest.fixture
def repo(tmp_path: Path) -> SQLiteHistory:
    return SQLiteHistory(tmp_path / "h.sqlite3")


@pytest.mark.parametrize("raw", [None, "", "abc", "0", "-3", "1.5", "٣", str(2**63)])
def test_parse_draft_id_rejects_what_is_no_id(raw: str | None) -> None:
    with pytest.raises(RestoreError, match="not a draft number"):
        parse_draft_id(raw)


def test_parse_draft_id() -> None:
    assert parse_draft_id(" 12 ") == 12


def test_restore_open_draft_rechecks_latest_text(repo: SQLiteHistory) -> None:
    result = make_result("My sofa is late")
    i = repo.save_draft(result)
    repo.add_version(i, "Edited, no DM offer", [BAD], "edited")
    calls: list[Call] = []
    got = restore(repo.get(i), checker(calls, [BAD]))
    assert calls == [("Edited, no DM offer", "yes")]
    assert got.draft["status"] == "draft" and got.draft["checks"] == [BAD]
    assert got.draft["result"] == result and got.draft["id"] == i
    assert got.widgets["k_reply"] == "Edited, no DM offer"
    assert got.widgets["k_complaint"] == "My sofa is late"
    assert got.widgets["k_channel"] == "twitter" and got.widgets["k_at_fault"] == "yes"


def test_restore_decided_drafts(repo: SQLiteHistory) -> None:
    a = repo.save_draft(make_result())
    repo.approve(a, "Final words", "ana", [OK])
    got = restore(repo.get(a), checker([], [OK]))
    assert got.draft["status"] == "approved" and got.draft["final"] == "Final words"
    assert got.draft["by"] == "ana" and got.widgets["k_reply"] == "Final words"
    r = repo.save_draft(make_result())
    repo.reject(r, "troll", "bo")
    got = restore(repo.get(r), checker([], [OK]))
    assert got.draft["status"] == "rejected" and got.draft["reason"] == "troll"


def test_restore_record_without_result_explains(repo: SQLiteHistory) -> None:
    record = repo.get(repo.save_draft(make_result())).model_copy(update={"result_json": None})
    with pytest.raises(RestoreError, match="History page"):
        restore(record, checker([], []))
    broken = record.model_copy(update={"result_json": '{"complaint": 1}'})
    with pytest.raises(RestoreError, match="cannot be reopened"):
        restore(broken, checker([], []))
