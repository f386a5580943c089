"""The politeness score the eval suite calibrates against human judgement.

`assistant/checks/tone.py` judges replies with the learned warmth model in
`assistant/checks/warmth.py`; this wrapper gives the suite one stable name for "how polite
does this text read" so the Stanford evaluation does not depend on the check's internals.
"""

from __future__ import annotations

from assistant.checks.warmth import warmth

#: The scorer's own decision boundary: a logistic probability.
DECISION = 0.5


def politeness_score(text: str) -> float:
    """Probability (0..1) that people would rate `text` polite rather than impolite."""
    return warmth(text)
