"""Turn a stored draft record back into what the Draft page showed, for reloads.

A browser reload starts a fresh Streamlit session with empty session state; only the URL's
`?draft=<id>` survives. These functions decide, without Streamlit, what that id means and what
the page and its widgets must hold to look exactly as before, so the page itself only copies
the answer into session state and the logic is tested on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from assistant.history import DraftRecord
from assistant.schemas import AtFault, CheckResult, DraftResult

#: The largest id SQLite can store (a signed 64-bit integer).
_MAX_ID = 2**63 - 1

#: Re-runs the checks on a text, as `CalmReply.check` does.
Checker = Callable[[DraftResult, str, AtFault | None], list[CheckResult]]


class RestoreError(ValueError):
    """The URL names no draft that can be reopened; the message says why, for the user."""


@dataclass(frozen=True)
class Restored:
    """What the Draft page holds for one reopened draft.

    Attributes:
        draft: The page's session record of the draft on screen (result, id, text, ...).
        widgets: Widget keys and the values to refill them with.
    """

    draft: dict[str, Any]
    widgets: dict[str, Any]


def parse_draft_id(raw: str | None) -> int:
    """The draft id in a `?draft=` value.

    Raises:
        RestoreError: The value is missing, not a plain whole number, or outside SQLite's
            positive integers (someone edited or truncated the URL; a huge number would
            otherwise overflow in the database driver).
    """
    value = (raw or "").strip()
    if not (value.isascii() and value.isdigit()) or not 0 < int(value) <= _MAX_ID:
        raise RestoreError(f"“{raw}” in the address is not a draft number.")
    return int(value)


def restore(record: DraftRecord, check: Checker) -> Restored:
    """What to show for `record`: its result, latest text, fresh checks and decision.

    The checks are re-run on the latest text rather than read back, so the scorecard and
    highlights match the current checks exactly as they would after an edit.

    Args:
        record: The stored draft.
        check: Runs the checks on a text (`CalmReply.check`).

    Raises:
        RestoreError: The record predates stored results, so there is nothing to reopen.
    """
    try:
        result = record.draft_result()
    except ValidationError as exc:  # stored by a version whose DraftResult differed
        raise RestoreError(
            f"Draft #{record.id} cannot be reopened here; see it on the History page."
        ) from exc
    if result is None:
        raise RestoreError(
            f"Draft #{record.id} was saved before drafts could be reopened; "
            "see it on the History page."
        )
    at_fault: AtFault = record.at_fault or result.triage.business_at_fault
    text = record.latest_text
    checks = check(result, text, at_fault) if result.draft is not None else result.checks
    draft: dict[str, Any] = {
        "result": result,
        "id": record.id,
        "at_fault": at_fault,
        "text": text,
        "checks": checks,
        "status": record.status,
    }
    if record.status == "approved":
        draft.update(final=text, by=record.decided_by or "staff")
    if record.status == "rejected":
        draft.update(reason=record.reject_reason or "", by=record.decided_by or "staff")
    complaint = result.complaint
    widgets: dict[str, Any] = {
        "k_complaint": complaint.text,
        "k_channel": complaint.channel.value,
        "k_customer": complaint.customer_name or "",
        "k_reply": text,
        "k_at_fault": at_fault,
        "k_override": record.override_reason or "",
        "k_reject": record.reject_reason or "",
    }
    return Restored(draft=draft, widgets=widgets)
