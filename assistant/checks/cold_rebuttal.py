"""A second look for `tone`: a rebuttal with no warmth in it reads as cold.

The labelling convention is that a civil reply that argues fails `tone` only when its
wording is also rude, condescending, robotic or entirely without warmth. The phrases catch
the rude and condescending words, and the stance model's `tone` label catches the form
letter, but the commonest miss on the dev rows was the plain, polite-looking rebuttal that
never thanks, apologises or shows any feeling ("Signage clearly shows the 2-hour limit at
every entrance. You can appeal at parkeasy.co.uk/appeals."). Each signal alone is too weak
to fail such a reply; together they are not.

So, for a reply the stance model reads as arguing (its `argumentative` logit at least
`argues_at`) and that nothing else failed on tone, a logistic regression fitted on the tune
and dev rows (`evals/fit_cold_rebuttal.py`) weighs the model's `tone` logit against the
warm signs a reviewer looks for: thanks, an apology, words of feeling, how much the reply
speaks as "we" and "I", and exclamation marks. It is fitted to one stance model, whose
sha256 it records, and refuses to run beside another.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from assistant.checks.onnx_models import load_fitted
from assistant.checks.patterns import span_at
from assistant.checks.stance import shared_stance
from assistant.schemas import Span

COLD_PATH = Path(__file__).resolve().parent / "data" / "cold_rebuttal.json"
#: The features, in the order the weights are stored.
FEATURES = ("tone", "thanks", "sorry", "feeling", "first_person", "bangs")

_THANKS = re.compile(r"\bthank", re.I)
_SORRY = re.compile(r"\b(?:sorry|apologi|apologies)", re.I)
_FEELING = re.compile(
    r"\b(?:understand|frustrat|disappoint|appreciate|glad|happy to|hope|love|oh no|gutt|feel)",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|i|me|my)\b", re.I)


def logit(probability: float) -> float:
    """The log-odds of a probability, clipped so that 0 and 1 stay finite."""
    p = min(max(probability, 1e-6), 1.0 - 1e-6)
    return math.log(p / (1.0 - p))


def features(reply: str, tone_logit: float) -> np.ndarray:
    """The reply's features in `FEATURES` order (the fit script reads replies with this)."""
    words = len(reply.split()) + 1
    return np.array(
        [
            tone_logit,
            float(bool(_THANKS.search(reply))),
            float(bool(_SORRY.search(reply))),
            float(bool(_FEELING.search(reply))),
            len(_FIRST_PERSON.findall(reply)) / words,
            float(reply.count("!")),
        ]
    )


@dataclass(frozen=True)
class ColdRebuttal:
    """Fitted weights over standardised features, where the model reads arguing, and where
    a reply fails."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    argues_at: float
    threshold: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColdRebuttal:
        """The fitted second look from its file's fields.

        Raises:
            KeyError, TypeError, ValueError: a field is missing or malformed.
        """
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"features {data['features']} are not {list(FEATURES)}")
        mean, scale, weights = (
            np.array(data[k], dtype=float) for k in ("mean", "scale", "weights")
        )
        if any(a.shape != (len(FEATURES),) for a in (mean, scale, weights)):
            raise ValueError(f"mean, scale and weights need {len(FEATURES)} values each")
        return cls(
            mean,
            scale,
            weights,
            bias=float(data["bias"]),
            argues_at=float(data["argues_at"]),
            threshold=float(data["threshold"]),
        )

    def probability(self, reply: str, tone: float, argumentative: float) -> float | None:
        """How likely reviewers fail `reply` on tone, given the stance model's `tone` and
        `argumentative` probabilities; None when the model does not read it as arguing."""
        if logit(argumentative) < self.argues_at:
            return None
        x = (features(reply, logit(tone)) - self.mean) / self.scale
        z = self.bias + float(x @ self.weights)
        return 1.0 / (1.0 + math.exp(min(-z, 700.0)))  # a reply of 500 "!" must not overflow


@lru_cache(maxsize=4)
def load_cold_rebuttal(path: Path, model_sha256: str) -> ColdRebuttal:
    """Read the second look fitted to the stance model whose weights hash to `model_sha256`.

    Raises:
        CheckModelError: the file is unreadable, malformed, or fitted to another model.
    """
    return load_fitted(
        path, model_sha256, ColdRebuttal.from_dict, "re-run evals/fit_cold_rebuttal.py"
    )


@dataclass(frozen=True)
class ColdReading:
    """A reply the second look fails: the sentence that argues, the probability, and which
    warm signs the reply lacks (for the reason a reviewer reads)."""

    evidence: Span
    probability: float
    missing: tuple[str, ...]


def read_cold(reply: str, path: Path = COLD_PATH) -> ColdReading | None:
    """The second look at a reply nothing else failed on tone; None when it passes or the
    stance model is off (`CALMREPLY_STANCE_MODEL=false`).

    Raises:
        CheckModelError: the fitted file is unreadable or fitted to another stance model.
    """
    model = shared_stance()
    if model is None:
        return None
    scores = model.score(reply)
    if "tone" not in scores or "argumentative" not in scores:
        return None
    cold = load_cold_rebuttal(path, model.sha256())
    argues = scores["argumentative"]
    p = cold.probability(reply, scores["tone"].probability, argues.probability)
    if p is None or p < cold.threshold:
        return None
    missing = tuple(
        name
        for name, pattern in (("thanks", _THANKS), ("apology", _SORRY), ("sympathy", _FEELING))
        if not pattern.search(reply)
    )
    return ColdReading(span_at(reply, argues.start, argues.end), p, missing)
