"""Benchmark the reply checks: replies per second for all checks together, and ms per check.

The checks run on every draft, every revision round and every keystroke-triggered recheck
in the app, so their speed is a product feature. This measures it on the labelled replies
(repeated until about `--seconds` have passed) without touching the knowledge index:
each labelled row carries its own policy context.

Usage: .venv/bin/python scripts/bench_checks.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.checks import ALL_CHECKS, run_checks
from assistant.evals.checking import Checker, parse_row
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

    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for ctx in contexts:
            run_checks(ctx)
        done += len(contexts)
    elapsed = time.perf_counter() - start
    print(
        f"all {len(ALL_CHECKS)} checks: {done / elapsed:,.0f} replies/s "
        f"({elapsed / done * 1000:.3f} ms per reply; {done} replies over {elapsed:.1f} s, "
        f"{len(contexts)} distinct)"
    )

    budget = args.seconds / len(ALL_CHECKS)
    print(f"\n{'check':<14}{'ms/reply':>10}{'share':>8}")
    costs = {}
    for check in ALL_CHECKS:
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < budget:
            for ctx in contexts:
                check(ctx)
            n += len(contexts)
        costs[check.name] = (time.perf_counter() - t0) / n * 1000
    total = sum(costs.values())
    for name, ms in sorted(costs.items(), key=lambda kv: -kv[1]):
        print(f"{name:<14}{ms:10.4f}{ms / total:8.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
