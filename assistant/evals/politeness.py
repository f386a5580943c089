"""The politeness score the eval suite calibrates against human judgement.

`assistant/checks/tone.py` judges replies with the learned warmth model in
`assistant/checks/warmth.py`; this wrapper gives the suite one stable name for "how polite
does this text read" so the Stanford evaluation does not depend on the check's internals.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from assistant.checks.warmth import features, warmth

#: The scorer's own decision boundary: a logistic probability.
DECISION = 0.5


def politeness_score(text: str) -> float:
    """Probability (0..1) that people would rate `text` polite rather than impolite."""
    return warmth(text)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000) -> dict[str, Any]:
    """L2-regularised logistic regression by full-batch gradient descent on standardised x.

    The tone check's weights come from this (see evals/fit_tone.py); the suite refits it on
    folds to report accuracy on requests the model never saw.
    """
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= 0.5 * float(np.mean(p - y))
    return {"mean": mean, "scale": scale, "weights": w, "bias": b}


def accuracy(model: dict[str, Any], x: np.ndarray, y: np.ndarray) -> float:
    """Share of rows whose predicted side of 0.5 matches the label."""
    z = (x - model["mean"]) / model["scale"] @ model["weights"] + model["bias"]
    return float(np.mean((z > 0) == (y > 0.5)))


def cross_validate(x: np.ndarray, y: np.ndarray, folds: int = 5) -> float:
    """Mean held-out accuracy over `folds` shuffled folds (fixed seed: repeatable)."""
    order = np.random.default_rng(0).permutation(len(y))
    accs = []
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        accs.append(accuracy(fit(x[train], y[train]), x[test], y[test]))
    return float(np.mean(accs))


def feature_matrix(items: list[tuple[str, bool]]) -> tuple[np.ndarray, np.ndarray]:
    """Features and 0/1 labels for (text, polite) pairs."""
    x = np.stack([features(t) for t, _ in items])
    y = np.array([float(polite) for _, polite in items])
    return x, y
