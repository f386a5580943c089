"""Fit the warmth scorer used by the `tone` check on the Stanford Politeness Corpus.

Follows the paper's binary task: requests in the top quartile of `Normalized Score` are
polite, the bottom quartile impolite, per domain. Prints in-domain (5-fold) and
cross-domain accuracy, then fits on both domains and writes
`assistant/checks/data/tone_weights.json`, which `assistant/checks/warmth.py` loads.

Usage: python evals/fit_tone.py
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np

from assistant.checks.warmth import FEATURE_NAMES, WEIGHTS_PATH, features

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "stanford-politeness"
DOMAINS = {"wikipedia": "wikipedia.annotated.csv", "stack-exchange": "stack-exchange.annotated.csv"}


def load(domain: str) -> tuple[np.ndarray, np.ndarray]:
    """Feature matrix and 0/1 labels for one domain's top and bottom quartiles."""
    with (DATA / DOMAINS[domain]).open(newline="", encoding="utf-8") as fh:
        rows = [(r["Request"], float(r["Normalized Score"])) for r in csv.DictReader(fh)]
    scores = np.array([s for _, s in rows])
    low, high = np.quantile(scores, [0.25, 0.75])
    picked = [(t, s >= high) for t, s in rows if s <= low or s >= high]
    x = np.stack([features(t) for t, _ in picked])
    y = np.array([float(label) for _, label in picked])
    return x, y


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000) -> dict:
    """L2-regularised logistic regression by full-batch gradient descent on standardised x."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    w, b = np.zeros(z.shape[1]), 0.0
    lr = 0.5
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        grad_w = z.T @ (p - y) / len(y) + l2 * w / len(y)
        grad_b = float(np.mean(p - y))
        w -= lr * grad_w
        b -= lr * grad_b
    return {"mean": mean, "scale": scale, "weights": w, "bias": b}


def accuracy(model: dict, x: np.ndarray, y: np.ndarray) -> float:
    """Share of rows whose predicted side of 0.5 matches the label."""
    z = (x - model["mean"]) / model["scale"] @ model["weights"] + model["bias"]
    return float(np.mean((z > 0) == (y > 0.5)))


def cross_validate(x: np.ndarray, y: np.ndarray, folds: int = 5) -> float:
    """Mean accuracy over `folds` shuffled folds."""
    order = np.random.default_rng(0).permutation(len(y))
    accs = []
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        accs.append(accuracy(fit(x[train], y[train]), x[test], y[test]))
    return float(np.mean(accs))


def main() -> None:
    """Report accuracies and write the weights fitted on both domains."""
    data = {d: load(d) for d in DOMAINS}
    for d, (x, y) in data.items():
        print(f"{d:<15} in-domain 5-fold accuracy: {cross_validate(x, y):.3f} (n={len(y)})")
    (xw, yw), (xs, ys) = data["wikipedia"], data["stack-exchange"]
    print(f"train wikipedia -> test stack-exchange: {accuracy(fit(xw, yw), xs, ys):.3f}")
    print(f"train stack-exchange -> test wikipedia: {accuracy(fit(xs, ys), xw, yw):.3f}")
    model = fit(np.vstack([xw, xs]), np.concatenate([yw, ys]))
    WEIGHTS_PATH.parent.mkdir(parents=True, exist_ok=True)
    out = {
        "source": "Stanford Politeness Corpus, top vs bottom quartile, both domains",
        "features": list(FEATURE_NAMES),
        "mean": model["mean"].round(6).tolist(),
        "scale": model["scale"].round(6).tolist(),
        "weights": model["weights"].round(6).tolist(),
        "bias": round(model["bias"], 6),
    }
    WEIGHTS_PATH.write_text(json.dumps(out, indent=1) + "\n")
    for name, w in sorted(zip(FEATURE_NAMES, model["weights"], strict=True), key=lambda t: t[1]):
        print(f"  {name:<18}{w:+.3f}")
    print(f"wrote {WEIGHTS_PATH}")


if __name__ == "__main__":
    main()
