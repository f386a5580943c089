"""The records the history store keeps, and the interface any store must offer.

Split from `assistant.history` so the SQLite code stays short; import from there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field

from assistant.schemas import AtFault, CheckResult, DraftResult

Status = Literal["draft", "approved", "rejected"]
VersionSource = Literal["generated", "edited", "revised"]

SCHEMA = """
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
    promoted_as TEXT,
    result_json TEXT,
    at_fault TEXT
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


#: Columns added to `drafts` after its first release, with their SQL types. A database file
#: made before them gets each one by ALTER TABLE on open (see `SQLiteHistory`), so an old file
#: keeps working; its older rows hold NULL there.
ADDED_COLUMNS = {"result_json": "TEXT", "at_fault": "TEXT"}

#: Columns `save_draft` fills, in the order of its row tuple.
INSERT_COLUMNS = (  # noqa: SIM905
    "created_at complaint channel customer_name action category severity triage_json "
    "sources_json backend model prompt prompt_version respond_by checks_json versions_json "
    "result_json at_fault"
).split()

#: Columns of the CSV export, in spreadsheet order.
CSV_COLUMNS = (  # noqa: SIM905
    "id created_at channel customer_name action category severity respond_by status "
    "decided_by decided_at complaint final_text reject_reason override_reason failed_checks "
    "versions backend model"
).split()


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
    #: The whole DraftResult on screen (JSON); None in rows saved before it was stored.
    result_json: str | None = Field(default=None, repr=False)
    #: The reviewer's at-fault answer the current text was drafted for (None: triage's).
    at_fault: AtFault | None = None

    def draft_result(self) -> DraftResult | None:
        """The DraftResult the reviewer last saw, so a reloaded page can show it again.

        Returns:
            The stored result, or None for a row saved before results were stored (such a
            row can still be read on the History page, but not reopened for editing).
        """
        if self.result_json is None:
            return None
        return DraftResult.model_validate_json(self.result_json)

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
        self,
        draft_id: int,
        text: str,
        checks: Sequence[CheckResult],
        source: VersionSource,
        result: DraftResult | None = None,
        at_fault: AtFault | None = None,
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
    def export_csv(self, records: list[DraftRecord] | None = None) -> str: ...
    def record_kb_change(
        self, who: str, kind: str, item_id: str, action: str, diff: str
    ) -> int: ...
    def list_kb_changes(self) -> list[KbChange]: ...
