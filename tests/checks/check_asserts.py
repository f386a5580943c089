"""Shared assertions for the check tests: a failure must show its evidence exactly."""

from __future__ import annotations

from typing import Any

from assistant.checks.base import CheckContext


def fails_with(check: Any, ctx: CheckContext, evidence: str) -> None:
    """The check fails `ctx`, its evidence contains `evidence`, and every span is exact."""
    res = check(ctx)
    assert not res.passed, f"expected a fail: {ctx.reply}"
    assert any(evidence in s.text for s in res.evidence), [s.text for s in res.evidence]
    assert all(ctx.reply[s.start : s.end] == s.text for s in res.evidence)
    assert res.reason.count(".") >= 1 and "\n" not in res.reason
