"""Drafts, decisions and knowledge-base change records, kept in SQLite.

Every reply a human approves or rejects must be auditable later (what the model wrote, what
the reviewer changed, which checks failed and why they were overridden), and nothing may be
lost when the app restarts. Each write is committed at once; each call opens its own
connection, so the Streamlit session threads never share one. `HistoryRepo` is the seam for
a server database later; only SQLite is implemented.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.history_models import (
    ADDED_COLUMNS,
    CSV_COLUMNS,
    INSERT_COLUMNS,
    SCHEMA,
    DraftRecord,
    HistoryRepo,
    KbChange,
    Version,
    VersionSource,
)
from assistant.schemas import AtFault, CheckResult, DraftResult


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _checks_json(checks: Sequence[CheckResult]) -> str:
    return json.dumps([c.model_dump(mode="json") for c in checks])


class SQLiteHistory:
    """`HistoryRepo` on a local SQLite file in WAL mode (readers never block the writer).

    Args:
        path: The database file; its folder is created if missing.
        busy_timeout_ms: How long a writer waits for another session's write to finish.
    """

    def __init__(self, path: Path, busy_timeout_ms: int = 10_000) -> None:
        self.path = Path(path)
        self.busy_timeout_ms = busy_timeout_ms
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(SCHEMA)
        self._add_missing_columns()

    def _add_missing_columns(self) -> None:
        """Bring a database file made by an older version up to the current columns.

        `CREATE TABLE IF NOT EXISTS` leaves an existing table as it was, so columns added
        later would be missing there and every insert would fail. The check and the ALTER
        run in one write transaction, so two processes opening the same old file at once
        cannot both add a column.
        """
        with self._write() as conn:
            have = {row["name"] for row in conn.execute("PRAGMA table_info(drafts)")}
            for name, sql_type in ADDED_COLUMNS.items():
                if name not in have:
                    conn.execute(f"ALTER TABLE drafts ADD COLUMN {name} {sql_type}")

    @classmethod
    def from_settings(cls, settings: Settings) -> SQLiteHistory:
        """The history database the settings point at."""
        return cls(settings.db_path)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=self.busy_timeout_ms / 1000, isolation_level=None)
        conn.row_factory = sqlite3.Row
        try:
            conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout_ms)}")
            yield conn
        finally:
            conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One immediate transaction: read-modify-write without lost updates."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def journal_mode(self) -> str:
        """The journal mode in force (tests assert it is WAL)."""
        with self._connect() as conn:
            return str(conn.execute("PRAGMA journal_mode").fetchone()[0])

    def save_draft(self, result: DraftResult) -> int:
        """Store a fresh draft (or a do-not-engage verdict with no draft) and return its id.

        The whole `result` is kept as JSON besides the searchable columns, so a reloaded
        Draft page can show the very triage, sources and draft again.
        """
        d = result.draft
        first = Version(
            at=datetime.now(UTC), source="generated", text=d.text if d else "", checks=result.checks
        )
        versions = [first.model_dump(mode="json")] if d is not None else []
        t = result.triage
        row = (
            _now(),
            result.complaint.text,
            result.complaint.channel.value,
            result.complaint.customer_name,
            t.action,
            t.category,
            t.severity,
            t.model_dump_json(),
            json.dumps([s.model_dump(mode="json") for s in result.sources]),
            d.backend if d else "none",
            d.model if d else "",
            d.prompt if d else "",
            d.prompt_version if d else "",
            t.respond_by.isoformat(),
            _checks_json(result.checks),
            json.dumps(versions),
            result.model_dump_json(),
            t.business_at_fault,
        )
        with self._write() as conn:
            cur = conn.execute(
                f"INSERT INTO drafts ({', '.join(INSERT_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(INSERT_COLUMNS))})",
                row,
            )
            return int(cur.lastrowid or 0)

    def _row(self, conn: sqlite3.Connection, draft_id: int) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise KeyError(f"no draft with id {draft_id}")
        return row

    def add_version(
        self,
        draft_id: int,
        text: str,
        checks: Sequence[CheckResult],
        source: VersionSource,
        result: DraftResult | None = None,
        at_fault: AtFault | None = None,
    ) -> None:
        """Append one version (generated, hand-edited or revised) to a draft's record.

        Args:
            result: The new DraftResult when the text was re-drafted or revised (a forced
                draft of a do-not-engage verdict, other sources); stored so a reload shows
                it. Left out for hand edits, which change only the text.
            at_fault: The reviewer's at-fault answer the text was drafted for, when it
                changed; stored so a reload re-checks the text the same way.
        """
        version = Version(at=datetime.now(UTC), source=source, text=text, checks=list(checks))
        result_json = result.model_dump_json() if result is not None else None
        with self._write() as conn:
            versions = json.loads(self._row(conn, draft_id)["versions_json"])
            versions.append(version.model_dump(mode="json"))
            conn.execute(
                "UPDATE drafts SET versions_json = ?, checks_json = ?, "
                "result_json = COALESCE(?, result_json), at_fault = COALESCE(?, at_fault) "
                "WHERE id = ?",
                (json.dumps(versions), _checks_json(checks), result_json, at_fault, draft_id),
            )

    def approve(
        self,
        draft_id: int,
        text: str,
        who: str,
        checks: Sequence[CheckResult],
        override_reason: str | None = None,
    ) -> DraftRecord:
        """Record the approved final text.

        Raises:
            ValueError: a check fails and no override reason is given (a reviewer must say
                why a flagged reply is still fine), the text is empty, or it was decided.
        """
        failed = [c.name for c in checks if not c.passed]
        reason = (override_reason or "").strip() or None
        if failed and reason is None:
            raise ValueError(
                f"checks fail ({', '.join(failed)}): give an override reason to approve anyway"
            )
        if not text.strip():
            raise ValueError("the reply is empty: nothing to approve")
        with self._write() as conn:
            row = self._row(conn, draft_id)
            if row["status"] != "draft":
                raise ValueError(f"draft {draft_id} is already {row['status']}")
            versions = json.loads(row["versions_json"])
            if not versions or versions[-1]["text"] != text:
                versions.append(
                    Version(
                        at=datetime.now(UTC), source="edited", text=text, checks=list(checks)
                    ).model_dump(mode="json")
                )
            conn.execute(
                "UPDATE drafts SET status='approved', final_text=?, decided_by=?, decided_at=?, "
                "override_reason=?, checks_json=?, versions_json=? WHERE id=?",
                (
                    text,
                    who,
                    _now(),
                    reason if failed else None,
                    _checks_json(checks),
                    json.dumps(versions),
                    draft_id,
                ),
            )
        return self.get(draft_id)

    def reject(self, draft_id: int, reason: str, who: str) -> DraftRecord:
        """Record that the reply will not be posted, and why.

        Raises:
            ValueError: no reason given, or the draft was already decided.
        """
        if not reason.strip():
            raise ValueError("give a reason for rejecting the draft")
        with self._write() as conn:
            row = self._row(conn, draft_id)
            if row["status"] != "draft":
                raise ValueError(f"draft {draft_id} is already {row['status']}")
            conn.execute(
                "UPDATE drafts SET status='rejected', reject_reason=?, decided_by=?, "
                "decided_at=? WHERE id=?",
                (reason.strip(), who, _now(), draft_id),
            )
        return self.get(draft_id)

    def mark_promoted(self, draft_id: int, reply_id: str) -> None:
        """Remember that an approved reply became past reply `reply_id` (promote it once)."""
        with self._write() as conn:
            self._row(conn, draft_id)
            conn.execute("UPDATE drafts SET promoted_as=? WHERE id=?", (reply_id, draft_id))

    @staticmethod
    def _record(row: sqlite3.Row) -> DraftRecord:
        data = dict(row)
        return DraftRecord(
            **{k: v for k, v in data.items() if not k.endswith("_json")},
            triage=json.loads(data["triage_json"]),
            sources=json.loads(data["sources_json"]),
            checks=json.loads(data["checks_json"]),
            versions=json.loads(data["versions_json"]),
            result_json=data.get("result_json"),
        )

    def get(self, draft_id: int) -> DraftRecord:
        """One record. Raises KeyError when the id is unknown."""
        with self._connect() as conn:
            return self._record(self._row(conn, draft_id))

    def list_drafts(
        self,
        status: str | None = None,
        channel: str | None = None,
        action: str | None = None,
        since: datetime | None = None,
        text: str | None = None,
    ) -> list[DraftRecord]:
        """Records matching every given filter, newest first; `text` searches both sides."""
        where: list[str] = []
        args: list[Any] = []
        for column, value in (("status", status), ("channel", channel), ("action", action)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        if since is not None:
            since = since if since.tzinfo else since.replace(tzinfo=UTC)
            where.append("created_at >= ?")
            args.append(since.astimezone(UTC).isoformat())
        if text and text.strip():
            where.append("(complaint LIKE ? OR final_text LIKE ? OR versions_json LIKE ?)")
            args += [f"%{text.strip()}%"] * 3
        sql = "SELECT * FROM drafts"
        if where:
            sql += " WHERE " + " AND ".join(where)
        with self._connect() as conn:
            rows = conn.execute(sql + " ORDER BY id DESC", args).fetchall()
        return [self._record(r) for r in rows]

    def export_csv(self, records: list[DraftRecord] | None = None) -> str:
        """Records as CSV for a spreadsheet (all by default, or the filtered ones shown)."""
        out = io.StringIO()
        cols = list(CSV_COLUMNS)
        writer = csv.DictWriter(out, fieldnames=cols)
        writer.writeheader()
        for r in reversed(self.list_drafts() if records is None else records):
            row = r.model_dump(mode="json", include=set(cols))
            row["failed_checks"] = ", ".join(c.name for c in r.checks if not c.passed)
            row["versions"] = len(r.versions)
            writer.writerow(row)
        return out.getvalue()

    def record_kb_change(self, who: str, kind: str, item_id: str, action: str, diff: str) -> int:
        """Log one knowledge-base edit so every policy change can be traced to a person."""
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO kb_changes (at, who, kind, item_id, action, diff) "
                "VALUES (?,?,?,?,?,?)",
                (_now(), who, kind, item_id, action, diff),
            )
            return int(cur.lastrowid or 0)

    def list_kb_changes(self) -> list[KbChange]:
        """Every knowledge-base change, newest first."""
        with self._connect() as conn:
            rows = conn.execute("SELECT * FROM kb_changes ORDER BY id DESC").fetchall()
        return [KbChange(**dict(r)) for r in rows]


def open_history(settings: Settings) -> HistoryRepo:
    """The configured history store (SQLite at `settings.db_path`)."""
    return SQLiteHistory.from_settings(settings)
