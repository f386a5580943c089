"""Check replies written elsewhere (by staff, by another tool, or labelled for evals).

`calmreply check` and the eval suite both go through `check_rows`, so a reply is judged
exactly as the drafting pipeline judges its own drafts: same checks, same company name,
signers and length limits, and the same retrieved policies when none are supplied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.checks import CheckContext, read_ahead, run_checks
from assistant.config import Settings, get_settings
from assistant.schemas import Channel, CheckResult

if TYPE_CHECKING:
    from assistant.knowledge import KnowledgeBase
    from assistant.pipeline import CalmReply


class RowError(ValueError):
    """An input row is malformed; the message names the line and the field."""


@dataclass(frozen=True)
class ReplyRow:
    """One validated `calmreply check` input line."""

    id: str | int
    complaint: str
    reply: str
    channel: Channel = Channel.OTHER
    business_at_fault: bool | None = None
    policy_context: tuple[str, ...] | None = None
    customer_name: str | None = None
    company: str | None = None


_FAULT = {"yes": True, "true": True, "no": False, "false": False, "unsure": None, "": None}


def parse_row(row: Mapping[str, Any], where: str) -> ReplyRow:
    """Validate one input object; `where` ("FILE line N") prefixes every error.

    Raises:
        RowError: a required field is missing or a field has the wrong type.
    """

    def bad(field: str, why: str) -> RowError:
        return RowError(f"{where}: field '{field}' {why}")

    for field in ("id", "complaint", "reply"):
        if field not in row:
            raise bad(field, "is missing")
    if not isinstance(row["id"], str | int) or isinstance(row["id"], bool):
        raise bad("id", "must be a string or an integer")
    for field in ("complaint", "reply"):
        if not isinstance(row[field], str):
            raise bad(field, "must be a string")
    if not row["reply"].strip():
        raise bad("reply", "is empty")
    channel = row.get("channel") or "other"
    if not isinstance(channel, str):
        raise bad("channel", "must be a string such as twitter or google")
    try:
        parsed_channel = Channel.parse(channel)
    except ValueError as exc:
        raise bad("channel", f"is invalid: {exc}") from None
    fault = row.get("business_at_fault")
    if isinstance(fault, str) and fault.strip().lower() in _FAULT:
        fault = _FAULT[fault.strip().lower()]
    if fault is not None and not isinstance(fault, bool):
        raise bad("business_at_fault", "must be true, false or null")
    policies = row.get("policy_context")
    if policies is not None and (
        not isinstance(policies, list) or not all(isinstance(p, str) for p in policies)
    ):
        raise bad("policy_context", "must be a list of policy texts")
    for field in ("customer_name", "company"):
        if row.get(field) is not None and not isinstance(row[field], str):
            raise bad(field, "must be a string or null")
    return ReplyRow(
        id=row["id"],
        complaint=row["complaint"],
        reply=row["reply"],
        channel=parsed_channel,
        business_at_fault=fault,
        policy_context=None if policies is None else tuple(policies),
        customer_name=row.get("customer_name") or None,
        company=row.get("company") or None,
    )


class Checker:
    """Builds check contexts like the pipeline does, loading the knowledge base lazily.

    Args:
        app: An assistant to retrieve policies with; built on first need when omitted, so
            checking replies that carry their own `policy_context` never touches the index.
        settings: Used when `app` is omitted; read from the environment by default.
    """

    def __init__(self, app: CalmReply | None = None, settings: Settings | None = None) -> None:
        self._app = app
        self.settings = app.settings if app is not None else settings or get_settings()
        self._kb: KnowledgeBase | None = app.kb if app is not None else None

    @property
    def app(self) -> CalmReply:
        """The assistant, created on first use (indexes the knowledge base if needed)."""
        if self._app is None:
            from assistant.pipeline import CalmReply

            self._app = CalmReply(self.settings)
            self._kb = self._app.kb
        return self._app

    @property
    def kb(self) -> KnowledgeBase:
        """The knowledge base, for the company name and signers."""
        if self._kb is None:
            from assistant.knowledge import load_knowledge

            self._kb = load_knowledge(self.settings.knowledge_dir)
        return self._kb

    def context(self, row: ReplyRow) -> CheckContext:
        """The CheckContext for one row; retrieves policies when the row gives none."""
        policies = row.policy_context
        if policies is None:
            policies = tuple(p.text for p in self.app.retriever.retrieve(row.complaint).policies)
        company = self.kb.company
        name = row.company or company.name
        own = name.lower() in {company.name.lower(), (company.short_name or "").lower()}
        return CheckContext(
            reply=row.reply,
            complaint=row.complaint,
            channel=row.channel,
            business_at_fault=row.business_at_fault,
            policy_context=policies,
            customer_name=row.customer_name,
            company_name=name,
            signers=tuple(s.name for s in company.signers) if own else (),
            length_limits=self.settings.length_limits,
        )

    def check(self, row: ReplyRow) -> list[CheckResult]:
        """Every check's verdict on one row."""
        return run_checks(self.context(row))


def check_reply(
    reply: str,
    complaint: str = "",
    *,
    channel: str = "other",
    business_at_fault: bool | None = None,
    policy_context: Sequence[str] | None = None,
    customer_name: str | None = None,
    app: CalmReply | None = None,
) -> list[CheckResult]:
    """Check one reply; policies are retrieved for `complaint` when none are given."""
    row = {
        "id": 1,
        "complaint": complaint,
        "reply": reply,
        "channel": channel,
        "business_at_fault": business_at_fault,
        "customer_name": customer_name,
        "policy_context": None if policy_context is None else list(policy_context),
    }
    return Checker(app).check(parse_row(row, "reply"))


#: How many replies past the current one the stance model's worker may read ahead: enough
#: to keep it busy while the phrase checks run, few enough to hold little memory.
READ_AHEAD = 4


def check_rows(
    rows: Iterable[Mapping[str, Any] | tuple[int, Mapping[str, Any]]],
    app: CalmReply | None = None,
    *,
    source: str = "input",
) -> list[dict[str, Any]]:
    """Check many replies; returns `{id, passed, checks}` dicts in input order.

    Rows may be bare objects (numbered from 1) or `(line, object)` pairs as the CLI's JSONL
    reader yields them. Every row is validated before any is checked, so a bad line fails
    fast with no partial output.

    Raises:
        RowError: a malformed row, naming `source`, the line and the field.
    """
    parsed = []
    for i, item in enumerate(rows, 1):
        line, row = item if isinstance(item, tuple) else (i, item)
        if not isinstance(row, Mapping):
            raise RowError(f"{source} line {line}: expected a JSON object")
        parsed.append(parse_row(row, f"{source} line {line}"))
    checker = Checker(app)
    out = []
    for i, reply_row in enumerate(parsed):
        read_ahead(r.reply for r in parsed[i : i + 1 + READ_AHEAD])
        results = checker.check(reply_row)
        out.append(
            {
                "id": reply_row.id,
                "passed": all(r.passed for r in results),
                "checks": [r.model_dump(mode="json") for r in results],
            }
        )
    return out
