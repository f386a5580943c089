"""Fit `tone`'s second look (`assistant/checks/cold_rebuttal.py`) on the tune and dev rows.

It learns from the rows the shipped tone check (phrases, the stance model's `tone` label
and the warmth rule) passes and the stance model reads as arguing: which of them reviewers
still failed on tone. A logistic regression (L2, C = 1, standardised features, fitted by
Newton's method, so no extra package is needed) is cross-fitted over five folds of whole
files, and the threshold is the one where those out-of-fold probabilities give the best
tone F1 over all tune and dev rows. Holdout files are never opened. It prints what the
threshold adds (caught misses, new false alarms) and how many real IBM agent replies it
would newly fail, then writes `assistant/checks/data/cold_rebuttal.json`, tied to the
stance model's sha256.

Re-run it after retraining, distilling, fusing or re-gating the stance model (about 2
minutes on 2 cores):

    .venv/bin/python evals/fit_cold_rebuttal.py [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evals"))

from score_checks import context, ibm_replies, load_rows  # noqa: E402

from assistant.checks import CheckContext  # noqa: E402
from assistant.checks.cold_rebuttal import (  # noqa: E402
    COLD_PATH,
    FEATURES,
    ColdRebuttal,
    features,
    logit,
)
from assistant.checks.stance import shared_stance  # noqa: E402
from assistant.checks.tone import ToneCheck  # noqa: E402

#: Where the stance model reads a reply as arguing (its argumentative logit): 0, an even
#: chance. Below it the second look never fails a reply, which keeps it off the help-desk
#: directions ("This guide may help you secure your device: URL") that are curt but argue
#: with nobody: without it, a fit over every passing reply flagged 12% of the IBM replies.
ARGUES_AT = 0.0
GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
FOLDS = 5


def fit(x: np.ndarray, y: np.ndarray, c: float = 1.0) -> tuple[np.ndarray, float]:
    """L2 logistic regression (sklearn's objective: C * log loss + |w|^2 / 2, intercept not
    penalised) by Newton's method; returns (weights, bias)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.eye(xb.shape[1]) / c
    reg[-1, -1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + reg @ w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def main() -> int:
    """Fit, choose the threshold, report, write."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="report, do not write")
    args = parser.parse_args()
    model = shared_stance()
    if model is None:
        print("the stance model is off (CALMREPLY_STANCE_MODEL=false)", file=sys.stderr)
        return 1
    first_look = ToneCheck(second_look=False)

    rows = [r for part in load_rows(dev=True).values() for r in part]
    tp = fp = fn = 0
    xs, ys, files = [], [], []
    for i, row in enumerate(rows, 1):
        truth = "tone" in row["expected_fail"]
        failed = not first_look(context(row)).passed
        tp += truth and failed
        fp += failed and not truth
        fn += truth and not failed
        scores = model.score(row["reply"])
        if not failed and scores and logit(scores["argumentative"].probability) >= ARGUES_AT:
            xs.append(features(row["reply"], logit(scores["tone"].probability)))
            ys.append(float(truth))
            files.append(row["id"].split(":")[0])
        if i % 1000 == 0:
            print(f"  read {i}/{len(rows)} rows", file=sys.stderr)
    x, y = np.array(xs), np.array(ys)
    print(
        f"{len(rows)} tune and dev rows: tone TP {tp}, FP {fp}, FN {fn} without the second "
        f"look; {len(y)} pass it and read as arguing, {int(y.sum())} of them labelled tone"
    )

    # Out-of-fold probabilities, whole files per fold, to choose the threshold.
    names = sorted(set(files))
    order = np.random.default_rng(0).permutation(len(names))
    fold_of = {names[j]: k % FOLDS for k, j in enumerate(order)}
    fold = np.array([fold_of[f] for f in files])
    oof = np.zeros(len(y))
    for k in range(FOLDS):
        train = fold != k
        mean, scale = x[train].mean(0), x[train].std(0) + 1e-9
        w, b = fit((x[train] - mean) / scale, y[train])
        oof[~train] = 1.0 / (1.0 + np.exp(-(((x[~train] - mean) / scale) @ w + b)))

    def f1(extra_tp: int, extra_fp: int) -> float:
        return 2 * (tp + extra_tp) / (2 * (tp + extra_tp) + fp + extra_fp + fn - extra_tp)

    table = []
    print(f"threshold  +caught  +false alarms  tone F1 (out of fold; now {f1(0, 0):.4f})")
    for th in GRID:
        add_tp = int(((oof >= th) & (y == 1)).sum())
        add_fp = int(((oof >= th) & (y == 0)).sum())
        table.append({"threshold": th, "caught": add_tp, "false_alarms": add_fp})
        print(f"{th:9.2f}  {add_tp:7d}  {add_fp:13d}  {f1(add_tp, add_fp):.4f}")
    best = max(table, key=lambda t: (f1(t["caught"], t["false_alarms"]), t["threshold"]))

    mean, scale = x.mean(0), x.std(0) + 1e-9
    w, b = fit((x - mean) / scale, y)
    print(
        "weights (standardised):",
        ", ".join(f"{n} {v:+.2f}" for n, v in zip(FEATURES, w, strict=True)),
    )
    out = {
        "features": list(FEATURES),
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "weights": w.round(6).tolist(),
        "bias": round(b, 6),
        "argues_at": ARGUES_AT,
        "threshold": best["threshold"],
        "stance_sha256": model.sha256(),
        "fitted": {
            "date": date.today().isoformat(),
            "rows": len(rows),
            "examples": len(y),
            "labelled_tone": int(y.sum()),
            "out_of_fold": table,
        },
    }

    # How many real agent replies the chosen threshold would newly fail, read exactly as
    # the check reads them.
    cold, extra, ibm = ColdRebuttal.from_dict(out), 0, ibm_replies()
    for complaint, reply in ibm:
        if not first_look(CheckContext(reply=reply, complaint=complaint)).passed:
            continue
        scores = model.score(reply)
        if not scores:
            continue
        p = cold.probability(reply, scores["tone"].probability, scores["argumentative"].probability)
        extra += p is not None and p >= cold.threshold
    print(
        f"chosen threshold {best['threshold']}: {best['caught']} misses caught, "
        f"{best['false_alarms']} false alarms added out of fold; IBM agent replies newly "
        f"failed: {extra} of {len(ibm)} ({extra / len(ibm):.1%})"
    )
    out["fitted"]["ibm_newly_failed"] = extra
    if not args.dry_run:
        COLD_PATH.write_text(json.dumps(out, indent=1) + "\n")
        print(f"wrote {COLD_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
