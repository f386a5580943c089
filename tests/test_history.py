"""The history store: WAL, decisions, the override rule, filters, CSV and concurrent writes."""

from __future__ import annotations

import csv
import io
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.history import SQLiteHistory
from assistant.history_models import ADDED_COLUMNS
from assistant.schemas import (
    CheckResult,
    Complaint,
    Draft,
    DraftResult,
    Span,
    TokenUsage,
    TriageResult,
)

OK = CheckResult(name="contact", passed=True, score=1.0, reason="Offers a DM.")
BAD = CheckResult(
    name="excuses",
    passed=False,
    score=0.0,
    reason="Blames the courier.",
    evidence=[Span(start=0, end=11, text="the courier")],
)


def make_result(
    text: str = "My sofa is late", channel: str = "twitter", action: str = "reply"
) -> DraftResult:
    """A small DraftResult built by hand, so the store is tested without the pipeline."""
    triage = TriageResult(
        action=action,
        category="delivery",
        severity="medium",  # type: ignore[arg-type]
        business_at_fault="yes",
        reason="genuine",
        respond_by=datetime.now(UTC) + timedelta(minutes=30),
    )
    draft = Draft(
        text="Sorry, DM us. – Maya",
        backend="composer",
        model="offline-composer",
        prompt="composer",
        prompt_version="1.0",
        sources=["delivery-late"],
        tokens=TokenUsage(),
        timings={},
    )
    return DraftResult(
        complaint=Complaint(text=text, channel=channel),
        triage=triage,
        sources=[],
        draft=draft,
        checks=[OK],
    )


@pytest.fixture
def repo(tmp_path: Path) -> SQLiteHistory:
    return SQLiteHistory(tmp_path / "data" / "h.sqlite3")


def test_wal_and_folder_created(repo: SQLiteHistory) -> None:
    assert repo.path.parent.is_dir()
    assert repo.journal_mode().lower() == "wal"


def test_save_version_approve(repo: SQLiteHistory) -> None:
    i = repo.save_draft(make_result())
    repo.add_version(i, "Sorry! DM us. – Maya", [OK], "edited")
    rec = repo.approve(i, "Sorry! DM us. – Maya", "ana", [OK])
    assert rec.status == "approved" and rec.decided_by == "ana" and rec.decided_at
    assert [v.source for v in rec.versions] == ["generated", "edited"]
    assert rec.final_text == "Sorry! DM us. – Maya"
    with pytest.raises(ValueError, match="already approved"):
        repo.reject(i, "no", "ana")
    # a fresh repo object on the same file sees the committed data (restart safety)
    assert SQLiteHistory(repo.path).get(i).status == "approved"


def test_approve_with_failing_check_needs_override(repo: SQLiteHistory) -> None:
    i = repo.save_draft(make_result())
    with pytest.raises(ValueError, match="override reason"):
        repo.approve(i, "The courier lost it.", "ana", [OK, BAD])
    with pytest.raises(ValueError, match="override reason"):
        repo.approve(i, "The courier lost it.", "ana", [OK, BAD], override_reason="  ")
    assert repo.get(i).status == "draft"
    rec = repo.approve(i, "The courier lost it.", "ana", [OK, BAD], override_reason="true")
    assert rec.override_reason == "true"
    assert rec.versions[-1].text == "The courier lost it."  # the approved edit is kept
    assert not rec.checks[1].passed


def test_reject_needs_reason(repo: SQLiteHistory) -> None:
    i = repo.save_draft(make_result())
    with pytest.raises(ValueError, match="reason"):
        repo.reject(i, " ", "bo")
    rec = repo.reject(i, "troll account", "bo")
    assert rec.status == "rejected" and rec.reject_reason == "troll account"
    with pytest.raises(KeyError):
        repo.get(999)


def test_filters(repo: SQLiteHistory) -> None:
    a = repo.save_draft(make_result("sofa late", "twitter"))
    b = repo.save_draft(make_result("rude driver", "facebook", "escalate"))
    repo.save_draft(make_result("spam spam", "twitter", "do_not_engage"))
    repo.approve(a, "Sorry about the sofa", "ana", [OK])
    repo.reject(b, "legal", "ana")
    assert [r.id for r in repo.list_drafts(status="approved")] == [a]
    assert {r.id for r in repo.list_drafts(channel="facebook")} == {b}
    assert {r.id for r in repo.list_drafts(action="escalate")} == {b}
    assert {r.id for r in repo.list_drafts(text="SOFA")} == {a}
    assert len(repo.list_drafts(since=datetime.now(UTC) - timedelta(hours=1))) == 3
    assert repo.list_drafts(since=datetime.now(UTC) + timedelta(hours=1)) == []
    assert [r.id for r in repo.list_drafts()] == [3, b, a]  # newest first


def test_csv_export(repo: SQLiteHistory) -> None:
    i = repo.save_draft(make_result('He said "no", twice\nthen left'))
    repo.approve(i, "Bad, but ok", "ana", [BAD], override_reason="checked")
    rows = list(csv.DictReader(io.StringIO(repo.export_csv())))
    assert len(rows) == 1
    assert rows[0]["complaint"] == 'He said "no", twice\nthen left'
    assert rows[0]["failed_checks"] == "excuses" and rows[0]["status"] == "approved"
    j = repo.save_draft(make_result("Another complaint"))
    assert len(list(csv.DictReader(io.StringIO(repo.export_csv())))) == 2
    only = list(csv.DictReader(io.StringIO(repo.export_csv([repo.get(j)]))))
    assert [r["complaint"] for r in only] == ["Another complaint"]


def test_kb_changes(repo: SQLiteHistory) -> None:
    repo.record_kb_change("ana", "policy", "delivery-late", "edit", "-a\n+b")
    (change,) = repo.list_kb_changes()
    assert change.who == "ana" and change.action == "edit" and change.diff == "-a\n+b"


def test_concurrent_writes_from_two_threads(repo: SQLiteHistory) -> None:
    i = repo.save_draft(make_result())
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for k in range(25):
                repo.add_version(i, f"t{n}-{k}", [OK], "edited")
                repo.save_draft(make_result(f"thread {n} item {k}"))
        except BaseException as exc:  # collected so the test reports it
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(repo.get(i).versions) == 1 + 50  # no lost update
    assert len(repo.list_drafts()) == 1 + 50


def test_result_json_round_trip(repo: SQLiteHistory) -> None:
    result = make_result()
    i = repo.save_draft(result)
    rec = repo.get(i)
    assert rec.draft_result() == result
    assert rec.at_fault == "yes"  # triage's verdict until the reviewer changes it
    # a hand edit keeps the stored result; a re-draft replaces it, with the new at-fault
    repo.add_version(i, "Sorry! DM us. – Maya", [OK], "edited")
    assert repo.get(i).draft_result() == result
    redrafted = make_result("My sofa is late and broken")
    repo.add_version(i, "New text", [OK], "generated", redrafted, "no")
    rec = repo.get(i)
    assert rec.draft_result() == redrafted and rec.at_fault == "no"
    assert rec.latest_text == "New text"


def test_old_database_without_new_columns_opens_and_gets_them(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old_id = SQLiteHistory(path).save_draft(make_result("from before the upgrade"))
    with sqlite3.connect(path) as conn:  # make it look like a file from the first release
        for column in ADDED_COLUMNS:
            conn.execute(f"ALTER TABLE drafts DROP COLUMN {column}")
    conn.close()

    repo = SQLiteHistory(path)
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(drafts)")}
    conn.close()
    assert set(ADDED_COLUMNS) <= columns
    old = repo.get(old_id)
    assert old.complaint == "from before the upgrade" and old.draft_result() is None
    result = make_result()
    assert repo.get(repo.save_draft(result)).draft_result() == result
    assert len(SQLiteHistory(path).list_drafts()) == 2  # reopening an upgraded file is fine
