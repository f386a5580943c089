"""How far two labellers agree on the holdout labels: the ceiling the checks are measured against.

A check's F1 on the holdout means little without knowing how consistent the labels are:
if two careful readers agreed on only 80% of "fails excuses" calls, 0.85 would be out of
reach for any checker. So a second labeller, who saw neither the original labels, the
checks nor their code, relabelled 480 holdout rows from the same definitions
(`evals/agreement/BRIEF.md`). This script compares the two label sets per check, treating
the original as the reference: F1 on "fails", Cohen's kappa, and how many rows each
labeller failed. It reads no check and runs none.

    .venv/bin/python evals/agreement.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.checks import CHECK_NAMES  # noqa: E402

DATA = ROOT / "evals" / "data"
SECOND = ROOT / "evals" / "agreement"

Pair = tuple[frozenset[str], frozenset[str]]


def _rows(path: Path) -> dict[str, dict]:
    return {
        row["id"]: row
        for row in (json.loads(line) for line in path.read_text().splitlines() if line.strip())
    }


def pairs() -> dict[str, list[Pair]]:
    """(original, second) failed-check sets per row, grouped by holdout file."""
    out: dict[str, list[Pair]] = {}
    for second in sorted(SECOND.glob("*.second.jsonl")):
        name = second.name.removesuffix(".second.jsonl")
        original = _rows(DATA / f"labelled_replies_{name}.jsonl")
        relabel = _rows(second)
        missing = set(original) ^ set(relabel)
        if missing:
            raise SystemExit(f"{second.name}: ids differ from {name} ({len(missing)} rows)")
        out[name] = [
            (frozenset(original[i]["expected_fail"]), frozenset(relabel[i]["expected_fail"]))
            for i in original
        ]
    return out


def agreement(rows: list[Pair], check: str) -> tuple[float, float, int, int]:
    """F1 of the second labeller against the original, Cohen's kappa, and each one's count."""
    tp = sum(check in a and check in b for a, b in rows)
    fp = sum(check not in a and check in b for a, b in rows)
    fn = sum(check in a and check not in b for a, b in rows)
    n = len(rows)
    tn = n - tp - fp - fn
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    observed = (tp + tn) / n
    expected = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else 1.0
    return f1, kappa, tp + fn, tp + fp


def main() -> None:
    groups = pairs()
    if not groups:
        raise SystemExit(f"no second labels in {SECOND}")
    everything = [p for rows in groups.values() for p in rows]
    for title, rows in [*groups.items(), ("all", everything)]:
        print(f"\n{title}: {len(rows)} rows, second labeller against the original")
        print(f"{'check':<14}{'F1':>6}{'kappa':>7}{'orig':>6}{'2nd':>5}")
        for check in CHECK_NAMES:
            f1, kappa, n_orig, n_second = agreement(rows, check)
            print(f"{check:<14}{f1:6.2f}{kappa:7.2f}{n_orig:6d}{n_second:5d}")


if __name__ == "__main__":
    main()
