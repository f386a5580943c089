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
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.schemas import CheckResult, DraftResult

Status = Literal["draft", "approved", "rejected"]
VersionSource = Literal["generated", "edited", "revised"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    complaint TEXT NOT NULL,
    channel TEXT NOT NULL,
    customer_name TEXT,
    action TEXT NOT NULL,
    category TEXT NOT NULL,
    severity TEXT NOT NULL,
    triage_json TEXT NOT NULL,
    sources_json TEXT NOT NULL,
    backend TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt TEXT NOT NULL,
    prompt_version TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    final_text TEXT,
    decided_by TEXT,
    decided_at TEXT,
    reject_reason TEXT,
    override_reason TEXT,
    respond_by TEXT NOT NULL,
    checks_json TEXT NOT NULL DEFAULT '[]',
    versions_json TEXT NOT NULL DEFAULT '[]',
    promoted_as TEXT
);
CREATE INDEX IF NOT EXISTS drafts_created ON drafts(created_at);
CREATE TABLE IF NOT EXISTS kb_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    action TEXT NOT NULL,
    diff TEXT NOT NULL
);
"""


class Version(BaseModel):
    """One text of a reply as it stood at some moment, with the checks it got."""

    at: datetime
    source: VersionSource
    text: str
    checks: list[CheckResult]


class DraftRecord(BaseModel):
    """One complaint's row: the draft, every version of it, and the human decision."""

    id: int
    created_at: datetime
    complaint: str
    channel: str
    customer_name: str | None
    action: str
    category: str
    severity: str
    triage: dict[str, Any]
    sources: list[dict[str, Any]]
    backend: str
    model: str
    prompt: str
    prompt_version: str
    status: Status
    final_text: str | None
    decided_by: str | None
    decided_at: datetime | None
    reject_reason: str | None
    override_reason: str | None
    respond_by: datetime
    checks: list[CheckResult] = Field(default_factory=list)
    versions: list[Version] = Field(default_factory=list)
    promoted_as: str | None = None

    @property
    def latest_text(self) -> str:
        """The approved text, else the newest version (empty when nothing was drafted)."""
        if self.final_text is not None:
            return self.final_text
        return self.versions[-1].text if self.versions else ""


class KbChange(BaseModel):
    """Who changed which knowledge file, how, and the unified diff of the change."""

    id: int
    at: datetime
    who: str
    kind: Literal["policy", "reply"]
    item_id: str
    action: Literal["add", "edit", "delete", "promote"]
    diff: str


class HistoryRepo(Protocol):
    """What the app needs from a history store; a server database can implement it later."""

    def save_draft(self, result: DraftResult) -> int: ...
    def add_version(
        self, draft_id: int, text: str, checks: Sequence[CheckResult], source: VersionSource
    ) -> None: ...
    def approve(
        self,
        draft_id: int,
        text: str,
        who: str,
        checks: Sequence[CheckResult],
        override_reason: str | None = None,
    ) -> DraftRecord: ...
    def reject(self, draft_id: int, reason: str, who: str) -> DraftRecord: ...
    def mark_promoted(self, draft_id: int, reply_id: str) -> None: ...
    def get(self, draft_id: int) -> DraftRecord: ...
    def list_drafts(
        self,
        status: str | None = None,
        channel: str | None = None,
        action: str | None = None,
        since: datetime | None = None,
        text: str | None = None,
    ) -> list[DraftRecord]: ...
    def export_csv(self) -> str: ...
    def record_kb_change(
        self, who: str, kind: str, item_id: str, action: str, diff: str
    ) -> int: ...
    def list_kb_changes(self) -> list[KbChange]: ...


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
            conn.executescript(_SCHEMA)

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
        """Store a fresh draft (or a do-not-engage verdict with no draft) and return its id."""
        d = result.draft
        versions = []
        if d is not None:
            versions.append(
                Version(
                    at=datetime.now(UTC), source="generated", text=d.text, checks=result.checks
                ).model_dump(mode="json")
            )
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
        )
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO drafts (created_at, complaint, channel, customer_name, action, "
                "category, severity, triage_json, sources_json, backend, model, prompt, "
                "prompt_version, respond_by, checks_json, versions_json) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                row,
            )
            return int(cur.lastrowid or 0)

    def _row(self, conn: sqlite3.Connection, draft_id: int) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise KeyError(f"no draft with id {draft_id}")
        return row

    def add_version(
        self, draft_id: int, text: str, checks: Sequence[CheckResult], source: VersionSource
    ) -> None:
        """Append one version (generated, hand-edited or revised) to a draft's record."""
        version = Version(at=datetime.now(UTC), source=source, text=text, checks=list(checks))
        with self._write() as conn:
            versions = json.loads(self._row(conn, draft_id)["versions_json"])
            versions.append(version.model_dump(mode="json"))
            conn.execute(
                "UPDATE drafts SET versions_json = ?, checks_json = ? WHERE id = ?",
                (json.dumps(versions), _checks_json(checks), draft_id),
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

    def export_csv(self) -> str:
        """Every record as CSV for a spreadsheet: one row per complaint, final checks named."""
        out = io.StringIO()
        cols = [
            "id",
            "created_at",
            "channel",
            "customer_name",
            "action",
            "category",
            "severity",
            "respond_by",
            "status",
            "decided_by",
            "decided_at",
            "complaint",
            "final_text",
            "reject_reason",
            "override_reason",
            "failed_checks",
            "versions",
            "backend",
            "model",
        ]
        writer = csv.DictWriter(out, fieldnames=cols)
        writer.writeheader()
        for r in reversed(self.list_drafts()):
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
