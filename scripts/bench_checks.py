"""Benchmark the reply checks: replies per second for all checks together, and ms per check.

The checks run on every draft, every revision round and every keystroke-triggered recheck
in the app, so their speed is a product feature. This measures it on the labelled replies
(repeated until about `--seconds` have passed) without touching the knowledge index:
each labelled row carries its own policy context.

The checks cache what they read from a reply (the stance model's scores, which excuses and
argumentative share; parsed clauses) and what they read from policies. The benchmark drops
the reply caches before every pass (`forget_replies`), so each reply is paid for as a new
draft would be; policy caches stay, as they do in use, where a company's few policies back
every draft (the 221 labelled replies share 32 policy sets). All nine checks go through
`run_checks`, as the product runs them, so the model reads a reply on a background thread
while the phrase checks run. It reports the phrase and rule checks alone too, with neither
the stance model nor the grounding reader (`CALMREPLY_STANCE_MODEL=false
CALMREPLY_GROUNDING_MODEL=false`). Figures are in `evals/README.md`.

Usage: .venv/bin/python scripts/bench_checks.py [--seconds 3] [--input FILE.jsonl]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.checks import ALL_CHECKS, forget_replies, read_ahead, run_checks
from assistant.checks.argumentative import ArgumentativeCheck
from assistant.checks.base import Check, CheckContext
from assistant.checks.excuses import ExcusesCheck
from assistant.checks.grounding import GroundingCheck
from assistant.checks.stance import shared_stance
from assistant.checks.tone import ToneCheck
from assistant.evals.checking import READ_AHEAD, Checker, parse_row
from assistant.evals.datasets import Paths, read_jsonl


def main() -> int:
    """Print throughput of all checks together and the mean cost of each check."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time to spend per phase")
    parser.add_argument("--input", type=Path, default=Paths().labelled, help="labelled JSONL")
    args = parser.parse_args()

    rows = [parse_row(r, f"{args.input} row {i}") for i, r in enumerate(read_jsonl(args.input), 1)]
    if not rows:
        print(f"no replies in {args.input}", file=sys.stderr)
        return 1
    checker = Checker()
    contexts = [checker.context(r) for r in rows]
    for ctx in contexts:  # warm-up: compile regexes, load the warmth weights
        run_checks(ctx)

    model = shared_stance()
    phrases_only = tuple(
        type(c)(use_stance=False)
        if isinstance(c, ExcusesCheck | ArgumentativeCheck | ToneCheck)
        else GroundingCheck(use_model=False)
        if isinstance(c, GroundingCheck)
        else c
        for c in ALL_CHECKS
    )
    for label, checks, ahead in (
        ("with the models, one reply at a time", ALL_CHECKS, 0),
        (f"with the models, a batch (read ahead {READ_AHEAD})", ALL_CHECKS, READ_AHEAD),
        ("phrases and rules only", phrases_only, 0),
    ):
        if model is None and checks is ALL_CHECKS:
            print("stance model off (CALMREPLY_STANCE_MODEL=false)")
            continue
        rate, ms, cpu = _throughput(checks, contexts, args.seconds, ahead)
        print(
            f"all {len(checks)} checks, {label}: {rate:,.0f} replies/s ({ms:.3f} ms per reply, "
            f"{len(contexts)} distinct replies)"
        )
        print(f"    CPU per reply: {cpu}")

    budget = args.seconds / len(ALL_CHECKS)
    print(f"\n{'check':<14}{'ms/reply':>10}{'share':>8}")
    costs = {}
    for check in ALL_CHECKS:
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < budget:
            forget_replies()
            for ctx in contexts:
                check(ctx)
            n += len(contexts)
        costs[check.name] = (time.perf_counter() - t0) / n * 1000
    total = sum(costs.values())
    for name, ms in sorted(costs.items(), key=lambda kv: -kv[1]):
        print(f"{name:<14}{ms:10.4f}{ms / total:8.1%}")
    if model is not None:
        print(
            "(each row times one check alone, so excuses, argumentative and tone each pay for the"
            " stance model here; run together they share one pass)"
        )
    return 0


def _worker_cpu() -> float | None:
    """CPU seconds the stance model's worker process has used (Linux), or None."""
    model = shared_stance()
    worker = getattr(model, "_worker", None)
    pid = getattr(getattr(worker, "_process", None), "pid", None)
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _throughput(
    checks: tuple[Check, ...],
    contexts: list[CheckContext],
    seconds: float,
    ahead: int = 0,
) -> tuple[float, float, str]:
    """Replies per second, ms per reply and CPU ms per reply for `checks` run together,
    reply caches dropped; with `ahead`, the model reads that many replies ahead, as
    `check_rows` has it do.

    The CPU figures say what the wall clock cannot on a shared machine: how much work each
    process did per reply. With two free cores the rate is bounded by the busier one.
    """
    worker_start, cpu_start = _worker_cpu(), time.process_time()
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        forget_replies()
        for i, ctx in enumerate(contexts):
            if ahead:
                read_ahead(c.reply for c in contexts[i : i + 1 + ahead])
            if checks is ALL_CHECKS:
                run_checks(ctx)  # as the product runs them: the model alongside the phrases
            else:
                for check in checks:
                    check(ctx)
        done += len(contexts)
    elapsed = time.perf_counter() - start
    main_ms = (time.process_time() - cpu_start) / done * 1000
    cpu = f"this process {main_ms:.2f} ms"
    worker_end = _worker_cpu()
    if checks is ALL_CHECKS and worker_end is not None:
        cpu += f", model worker {(worker_end - (worker_start or 0.0)) / done * 1000:.2f} ms"
    return done / elapsed, elapsed / done * 1000, cpu


if __name__ == "__main__":
    sys.exit(main())
