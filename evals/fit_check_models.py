"""Cross-validate a learned MiniLM signal for the `excuses` and `argumentative` checks.

The phrase patterns of both checks score F1 1.00 on tune but generalise worse to held-out
replies, so this script asks whether a small logistic regression over the offline MiniLM
embeddings of each clause would add recall without costing precision. It uses tune rows
only (`labelled_replies.jsonl` rows with split "tune" plus the extra tune file); holdout
rows are dropped before anything else looks at them.

Each reply is cut into clauses (sentences, then commas and "so/but/because/..."), every
clause is embedded, and a per-check L2 logistic regression is fitted on weak clause labels:
clauses of a positive reply that overlap the patterns' evidence are positive, every clause
of a reply not labelled with the check is negative. A reply's score is its best clause's
probability. Repeated stratified k-fold CV reports the model alone and "patterns OR model"
at each threshold, next to the patterns alone.

Weights are written to `assistant/checks/data/check_models.json` only with `--write` and only
when the combination beats the patterns in CV F1 at a threshold whose model-only precision
is at least `--min-precision`; a model that does not help is never shipped.

Usage: python evals/fit_check_models.py [--folds 5] [--repeats 3] [--write]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

from assistant.checks.argumentative import ArgumentativeCheck
from assistant.checks.base import Check, CheckContext
from assistant.checks.excuses import ExcusesCheck
from assistant.checks.patterns import Sentence, norm, sentences
from assistant.embeddings import LOCAL_MODEL_ID, get_embedder

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "evals" / "data" / "labelled_replies.jsonl"
EXTRA_TUNE = ROOT / "evals" / "data" / "labelled_replies_tune_extra.jsonl"
OUT = ROOT / "assistant" / "checks" / "data" / "check_models.json"
CHECKS: dict[str, Check] = {"excuses": ExcusesCheck(), "argumentative": ArgumentativeCheck()}
THRESHOLDS = np.round(np.arange(0.30, 0.99, 0.05), 2)

#: Where a sentence splits into clauses: an excuse often hides after "so" or "because".
_CLAUSE = re.compile(r"[,;:]\s+|\s+(?=(?:so|but|and|because|as|which|although|though)\b)", re.I)


def tune_rows() -> list[dict]:
    """Tune rows only; holdout rows are filtered out as each line is read."""
    rows = []
    for line in LABELLED.read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("split") == "tune":
                rows.append(row)
    if EXTRA_TUNE.exists():
        rows += [json.loads(x) for x in EXTRA_TUNE.read_text().splitlines() if x.strip()]
    return rows


def clauses(text: str) -> list[Sentence]:
    """Clauses of at least three words (whole sentences when none qualify), with offsets."""
    out: list[Sentence] = []
    for sent in sentences(text):
        before, pos = len(out), 0
        for m in [*_CLAUSE.finditer(sent.text), None]:
            end = m.start() if m else len(sent.text)
            chunk = sent.text[pos:end].strip()
            if len(chunk.split()) >= 3:
                lead = len(sent.text[pos:end]) - len(sent.text[pos:end].lstrip())
                out.append(
                    Sentence(sent.start + pos + lead, sent.start + pos + lead + len(chunk), chunk)
                )
            if m:
                pos = m.end()
        if len(out) == before:
            out.append(sent)
    return out


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function, clipped so large margins do not overflow."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float, iters: int = 300
) -> tuple[np.ndarray, float]:
    """Class-balanced L2 logistic regression by Adam (numpy only; there is no scipy here)."""
    n, dim = x.shape
    weight = np.where(y == 1, (n - y.sum()) / max(y.sum(), 1.0), 1.0)
    weight /= weight.mean()
    params, m, v = np.zeros(dim + 1), np.zeros(dim + 1), np.zeros(dim + 1)
    for t in range(1, iters + 1):
        g = weight * (sigmoid(x @ params[:-1] + params[-1]) - y)
        grad = np.append(x.T @ g / n + l2 * params[:-1], g.mean())
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        params -= 0.1 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return params[:-1], float(params[-1])


def f1(pred: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """Precision, recall and F1 of boolean predictions (precision 1.0 when none fire)."""
    tp, fp, fn = (pred & y).sum(), (pred & ~y).sum(), (~pred & y).sum()
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    """Run the CV, print the tables and (only if it helps and --write) write the weights."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--min-precision", type=float, default=0.9)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()

    rows = tune_rows()
    units = [clauses(norm(r["reply"])) for r in rows]
    owner = np.array([i for i, u in enumerate(units) for _ in u])
    x = get_embedder().embed([c.text for u in units for c in u])
    mean = x.mean(axis=0)
    x = x - mean
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    print(f"{len(rows)} tune replies, {len(x)} clauses ({LOCAL_MODEL_ID})")

    shipped: dict[str, dict] = {}
    for name, check in CHECKS.items():
        y = np.array([name in r["expected_fail"] for r in rows])
        evidence = [check(CheckContext(reply=r["reply"])).evidence for r in rows]
        pattern = np.array([bool(e) for e in evidence])
        unit_y = np.array(
            [
                any(s.start < c.end and s.end > c.start for s in evidence[i]) if y[i] else False
                for i, u in enumerate(units)
                for c in u
            ]
        )
        # Clauses of positive replies that the patterns do not cover are left out (unknown).
        usable = ~y[owner] | unit_y
        scores = np.zeros((args.repeats, len(rows)))
        for rep in range(args.repeats):
            rng = np.random.default_rng(rep)
            folds = np.zeros(len(rows), dtype=int)
            for cls in (False, True):
                idx = np.flatnonzero(y == cls)
                rng.shuffle(idx)
                folds[idx] = np.arange(len(idx)) % args.folds
            for f in range(args.folds):
                train = usable & (folds[owner] != f)
                w, b = fit_logistic(x[train], unit_y[train].astype(float), args.l2)
                prob = sigmoid(x @ w + b)
                for i in np.flatnonzero(folds == f):
                    scores[rep, i] = prob[owner == i].max()
        base = f1(pattern, y)
        print(
            f"\n{name}: {y.sum()} positives; patterns alone "
            f"P/R/F1 {base[0]:.2f}/{base[1]:.2f}/{base[2]:.2f}"
        )
        print(f"{'t':>5}{'model P':>9}{'R':>6}{'F1':>6}{'patterns|model F1':>19}")
        best: tuple[float, float] | None = None
        for t in THRESHOLDS:
            model = np.mean([f1(s > t, y) for s in scores], axis=0)
            combo = np.mean([f1((s > t) | pattern, y)[2] for s in scores])
            print(f"{t:5.2f}{model[0]:9.2f}{model[1]:6.2f}{model[2]:6.2f}{combo:19.3f}")
            helps = model[0] >= args.min_precision and combo > base[2] + 1e-9
            if helps and (best is None or combo > best[1]):
                best = (float(t), float(combo))
        if best is None:
            print(
                f"-> the model does not improve CV F1 over the patterns ({base[2]:.3f}); "
                "not shipped"
            )
            continue
        w, b = fit_logistic(x[usable], unit_y[usable].astype(float), args.l2)
        shipped[name] = {
            "threshold": best[0],
            "cv_f1": best[1],
            "weights": w.round(6).tolist(),
            "bias": b,
        }
        print(f"-> ship at threshold {best[0]:.2f}: CV F1 {base[2]:.3f} -> {best[1]:.3f}")

    if args.write and shipped:
        OUT.write_text(
            json.dumps({"model": LOCAL_MODEL_ID, "mean": mean.round(6).tolist(), "checks": shipped})
            + "\n"
        )
        print(f"wrote {OUT}")
    elif not shipped:
        print("\nnothing to ship: the checks stay pattern-only")


if __name__ == "__main__":
    main()
