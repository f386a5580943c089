"""Shared assertions for the check tests: a failure must show its evidence exactly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from assistant.checks.base import CheckContext


def fails_with(check: Any, ctx: CheckContext, evidence: str) -> None:
    """The check fails `ctx`, its evidence contains `evidence`, and every span is exact."""
    res = check(ctx)
    assert not res.passed, f"expected a fail: {ctx.reply}"
    assert any(evidence in s.text for s in res.evidence), [s.text for s in res.evidence]
    assert all(ctx.reply[s.start : s.end] == s.text for s in res.evidence)
    assert res.reason.count(".") >= 1 and "\n" not in res.reason


def verdict_is(check: Any, ctx: CheckContext, fails: bool) -> None:
    """The check fails `ctx` exactly when `fails`, and every evidence span is exact."""
    res = check(ctx)
    assert res.passed is not fails, (ctx.reply, res.reason)
    assert all(ctx.reply[s.start : s.end] == s.text for s in res.evidence)


def tampered_copy(model: Path, meta: Path, into: Path) -> tuple[Path, Path]:
    """A copy of a shipped model with bytes appended, beside an unchanged copy of its
    metadata: what the hash check must refuse."""
    blob, meta_copy = into / model.name, into / meta.name
    shutil.copy(model, blob)
    with blob.open("ab") as f:
        f.write(b"tampered")
    meta_copy.write_text(json.dumps(json.loads(meta.read_text())))
    return blob, meta_copy
