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
from assistant.evals.politeness import accuracy, cross_validate, fit

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
