"""The interface every reply check implements, and helpers for evidence spans.

A check is a small pure callable: it gets a `CheckContext` and returns a `CheckResult`
with the exact spans of the reply that caused a failure, so the UI can highlight them and
the eval suite can measure them. No check does I/O or calls a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from assistant.config import DEFAULT_LENGTH_LIMITS
from assistant.schemas import Channel, CheckResult, Span


@dataclass(frozen=True)
class CheckContext:
    """Everything a check may look at. Only `reply` is required.

    Attributes:
        reply: The draft under review.
        complaint: The customer's message (untrusted; used for PII and context).
        channel: Where the reply will be posted.
        business_at_fault: True/False when known, None when unclear.
        policy_context: Policy texts the draft was given; commitments must come from these.
        customer_name: The customer's name, which the reply may use.
        company_name: Who the reply speaks for.
        signers: Names/roles of staff who may sign replies.
        length_limits: Characters per channel.
    """

    reply: str
    complaint: str = ""
    channel: Channel = Channel.OTHER
    business_at_fault: bool | None = None
    policy_context: tuple[str, ...] = ()
    customer_name: str | None = None
    company_name: str | None = None
    signers: tuple[str, ...] = ()
    length_limits: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_LENGTH_LIMITS))


class Check(Protocol):
    """A named, pure verdict on one reply."""

    @property
    def name(self) -> str: ...

    def __call__(self, ctx: CheckContext) -> CheckResult: ...


def find_spans(text: str, patterns: Iterable[re.Pattern[str]]) -> list[Span]:
    """All non-overlapping matches of `patterns` in `text`, in reading order."""
    spans: list[Span] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if m.end() > m.start():
                spans.append(Span(start=m.start(), end=m.end(), text=m.group(0)))
    return merge_spans(spans)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sort spans and drop those contained in an earlier one, so highlights never nest."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out


def result(
    name: str,
    passed: bool,
    reason: str,
    evidence: list[Span] | None = None,
    score: float | None = None,
    suggestion: str | None = None,
) -> CheckResult:
    """Build a CheckResult; the score defaults to 1.0 for a pass and 0.0 for a fail."""
    return CheckResult(
        name=name,
        passed=passed,
        score=score if score is not None else (1.0 if passed else 0.0),
        reason=reason,
        evidence=evidence or [],
        suggestion=suggestion,
    )
