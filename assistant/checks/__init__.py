"""Reply checks: small pure units that flag what a reviewer must fix before posting.

`run_checks` is the one entry point the pipeline, the CLI, the app and the eval suite use,
so all of them judge replies identically.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeGuard

from assistant.checks import (
    commitments,
    grounding,
    grounding_model,
    patterns,
    stance,
    stance_checks,
)
from assistant.checks.apology import ApologyCheck
from assistant.checks.argumentative import ArgumentativeCheck
from assistant.checks.base import Check, CheckContext
from assistant.checks.contact import ContactCheck
from assistant.checks.excuses import ExcusesCheck
from assistant.checks.grounding import GroundingCheck
from assistant.checks.length import LengthCheck
from assistant.checks.pii import PiiCheck
from assistant.checks.signature import SignatureCheck
from assistant.checks.tone import ToneCheck
from assistant.schemas import CheckResult

#: Every check, in the order the scorecard shows them.
ALL_CHECKS: tuple[Check, ...] = (
    ExcusesCheck(),
    ArgumentativeCheck(),
    ToneCheck(),
    ApologyCheck(),
    GroundingCheck(),
    ContactCheck(),
    LengthCheck(),
    PiiCheck(),
    SignatureCheck(),
)

CHECK_NAMES: tuple[str, ...] = tuple(c.name for c in ALL_CHECKS)


def run_checks(ctx: CheckContext, names: Sequence[str] | None = None) -> list[CheckResult]:
    """Run the named checks (all by default) on one reply.

    Raises:
        ValueError: a name that is not a known check, so a typo never silently skips one.
    """
    if names is not None:
        unknown = sorted(set(names) - set(CHECK_NAMES))
        if unknown:
            raise ValueError(
                f"unknown check(s): {', '.join(unknown)}; known: {', '.join(CHECK_NAMES)}"
            )
    if names is None or {"excuses", "argumentative"} & set(names):
        model = stance.shared_stance()
        if model is not None:
            model.prefetch(ctx.reply)  # runs while the phrase checks do
    chosen = [c for c in ALL_CHECKS if names is None or c.name in names]
    # Everything that does not need the model's scores runs first, the stance checks'
    # phrases included, so the caller works while the model's worker reads the reply
    # instead of waiting for it.
    done: dict[str, CheckResult] = {}
    found: dict[str, tuple[stance_checks.StanceCheck, stance_checks.Phrased]] = {}
    for check in chosen:
        if _two_step(check):
            found[check.name] = (check, check.phrases(ctx))
        else:
            done[check.name] = check(ctx)
    for name, (two_step, phrased) in found.items():
        done[name] = two_step.conclude(ctx, phrased)
    return [done[c.name] for c in chosen]


_TWO_STEP: dict[type, bool] = {}


def _two_step(check: Check) -> TypeGuard[stance_checks.StanceCheck]:
    """Whether `check` is a `StanceCheck`, remembered per class: an isinstance check against
    a runtime protocol inspects every member each time (about 30 us per call, 9 per reply)."""
    kind = type(check)
    if kind not in _TWO_STEP:
        _TWO_STEP[kind] = isinstance(check, stance_checks.StanceCheck)
    return _TWO_STEP[kind]


def read_ahead(replies: Iterable[str]) -> None:
    """Let the stance model start on replies that will be checked next, in this order.

    A batch (`calmreply check`, the eval suite) checks one reply while the model's worker
    reads the next few, so the worker is never idle between replies; one `run_checks` call
    on its own can only overlap the model with that reply's phrase checks. Pass the reply
    about to be checked first: the worker reads in the order it is asked.
    """
    model = stance.shared_stance()
    if model is not None:
        for reply in replies:
            model.prefetch(reply)


def forget_replies() -> None:
    """Drop every cache keyed by reply text, keeping those keyed by policy.

    The checks cache what they read from a reply (parsed clauses, the stance model's
    scores, the grounding reader's) because a draft is re-checked after every revision, and
    what they read from policies because a company's few policies back every draft.
    Benchmarks call this between passes so each reply is paid for as a new draft would be.
    """
    commitments.terms.cache_clear()
    patterns._split.cache_clear()
    grounding.offer_clauses.cache_clear()
    model = stance.shared_stance()
    if model is not None:
        model.clear_cache()
    reader = grounding_model.shared_reader()
    if reader is not None:
        reader.clear_cache()


__all__ = [
    "ALL_CHECKS",
    "CHECK_NAMES",
    "CheckContext",
    "forget_replies",
    "read_ahead",
    "run_checks",
]
