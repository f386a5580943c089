"""Choose a stance model and its thresholds on rows it never trained on.

Runs the checks as shipped (phrases, plus the model at each threshold) over labelled files,
for the shipped model or a candidate (`--model reports/student_r9.onnx`, its `.json`
beside it), and prints each label's F1, false alarms and misses per threshold. With
`--ibm`, also the share of real IBM agent replies flagged at the shipped thresholds (or
`--th`), which a threshold must keep low. With `--clear`, each threshold is also crossed
with `CLEAR_GRID`: where the model clears a phrase match it is all but sure of
(`clear_below` in stance.json; `--clear-at` holds values for `--ibm`).

    .venv/bin/python evals/sweep_stance.py                        # the shipped model
    .venv/bin/python evals/sweep_stance.py --model reports/student_r9.onnx --clear FILES
    .venv/bin/python evals/sweep_stance.py --ibm --th excuses=0.97,tone=0.9 --clear-at tone=0.2
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evals"))

from score_checks import context, ibm_flag_rates  # noqa: E402

import assistant.checks.stance as stance  # noqa: E402
import assistant.checks.stance_checks as stance_checks  # noqa: E402
from assistant.checks import run_checks  # noqa: E402
from assistant.schemas import CheckResult  # noqa: E402

DEFAULT_FILES = sorted((ROOT / "evals" / "data").glob("labelled_replies_dev_round8_*.jsonl"))
GRID = (0.5, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99)
#: Where the model may clear a phrase match (`clear_below` in stance.json; 0 clears nothing).
CLEAR_GRID = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3)


def f1(rows: list[dict], fails: dict[str, set[str]], label: str) -> tuple[float, int, int]:
    """F1 of one check, with its false alarms and misses."""
    tp = sum(label in r["expected_fail"] and label in fails[r["id"]] for r in rows)
    fp = sum(label not in r["expected_fail"] and label in fails[r["id"]] for r in rows)
    fn = sum(label in r["expected_fail"] and label not in fails[r["id"]] for r in rows)
    return (2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0), fp, fn


def _fails(check: CheckResult, threshold: float, clear: float, cleared: float | None) -> bool:
    """Whether the check fails at `threshold` and `clear`: on a phrase the model does not
    clear (`cleared` is the reply's score where the model could clear this one, else None),
    or on a model score that reaches `threshold` (scores are printed to two places, so a
    threshold between them rounds)."""
    if check.passed:
        return False
    score = stance_checks.MODEL_NOTE_RE.search(check.reason)
    if score is None:
        return cleared is None or cleared >= clear
    return float(score.group(1)) >= threshold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--model", type=Path, help="a candidate .onnx (its .json beside it)")
    parser.add_argument("--th", help="thresholds to hold, e.g. excuses=0.97,tone=0.9")
    parser.add_argument("--ibm", action="store_true", help="IBM flag rates at the thresholds")
    parser.add_argument(
        "--clear", action="store_true", help="also sweep clear_below (where the model clears)"
    )
    parser.add_argument("--clear-at", help="clear_below to hold, e.g. excuses=0.1,tone=0.2")
    args = parser.parse_args()

    if args.model:
        stance._SHARED = stance.StanceModel(args.model, args.model.with_suffix(".json"))
    model = stance.shared_stance()
    if model is None:
        raise SystemExit("the stance model is switched off (CALMREPLY_STANCE_MODEL=false)")
    model._load()
    held = dict(model._meta["thresholds"])
    held_clear = dict(model._meta.get("clear_below", {}))
    if args.th:
        held |= {k: float(v) for k, v in (p.split("=") for p in args.th.split(","))}
    if args.clear_at:
        held_clear |= {k: float(v) for k, v in (p.split("=") for p in args.clear_at.split(","))}
    rows = [
        {**row, "id": f"{path.stem}:{row['id']}"}
        for path in args.files
        for row in (json.loads(line) for line in path.read_text().splitlines() if line.strip())
    ]
    print(f"{len(rows)} rows from {len(args.files)} files; labels {model._meta['labels']}")
    labels = model._meta["labels"]
    # One pass with every threshold at the grid's floor and no clearing: a failure the model
    # alone made carries its score in the reason, so each threshold is then a filter, not a
    # re-run. A second pass with everything clearable tells which phrase failures the model
    # could clear; the reply's score then says at which `clear_below` it does.
    model._meta["thresholds"] = {label: min(GRID) for label in labels}
    passes = []
    for clear in (0.0, 1.01):
        model._meta["clear_below"] = {label: clear for label in labels}
        passes.append(
            {r["id"]: {c.name: c for c in run_checks(context(r)) if c.name in labels} for r in rows}
        )
    verdicts, clearing = passes
    scores = {r["id"]: model.score(r["reply"]) for r in rows}
    for label in labels:
        clearable = {
            rid: scores[rid][label].probability
            if not checks[label].passed and clearing[rid][label].passed
            else None
            for rid, checks in verdicts.items()
        }
        for threshold in GRID:
            for clear in CLEAR_GRID if args.clear else (held_clear.get(label, 0.0),):
                fails = {
                    rid: {label}
                    if _fails(checks[label], threshold, clear, clearable[rid])
                    else set()
                    for rid, checks in verdicts.items()
                }
                score, fp, fn = f1(rows, fails, label)
                print(f"  {label:<14} >= {threshold:<5} clear < {clear:<4}", end="")
                print(f"  F1 {score:.3f}  false alarms {fp:3d}  misses {fn:3d}")
    model._meta["thresholds"] = held
    model._meta["clear_below"] = held_clear
    if args.ibm:
        rates = ibm_flag_rates()
        print("IBM agent replies flagged:", {k: f"{rates[k]:.1%}" for k in model._meta["labels"]})


if __name__ == "__main__":
    main()
