"""A small learned politeness/warmth scorer for the `tone` check.

Phrase lists catch the obvious (sarcasm, shouting, boilerplate) but not a reply that is
simply cold. This scorer is a logistic regression over politeness strategies from
Danescu-Niculescu-Mizil et al. (2013): gratitude, apology, greeting, hedging, "please",
first-person plural, direct questions, negative words and so on. Its weights are fitted by
`evals/fit_tone.py` on the Stanford Politeness Corpus (human ratings, nobody here wrote them)
and shipped as JSON, so scoring is a dot product: microseconds, no model download.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

WEIGHTS_PATH = Path(__file__).resolve().parent / "data" / "tone_weights.json"


def _w(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{words})(?![\w'])", re.I)


_START = r"(?:^|(?<=[.!?\n])\s*)"

#: (name, pattern, binary?) in a fixed order; the order is the weight vector's order.
_FEATURES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("gratitude", _w(r"thanks?|thank you|appreciate[sd]?|grateful|cheers"), True),
    ("apology", _w(r"sorry|apologi[sz]e[sd]?|apologies|regret|my bad|oops|forgive"), True),
    ("please", _w(r"please|pls|kindly"), True),
    ("please_start", re.compile(rf"{_START}(?:please|pls|kindly)\b", re.I), True),
    (
        "greeting",
        re.compile(
            rf"{_START}(?:hi|hello|hey|dear|good (?:morning|afternoon"
            r"|evening)|greetings)\b",
            re.I,
        ),
        True,
    ),
    (
        "hedge",
        _w(
            r"perhaps|maybe|might|possibly|probably|i think|i believe|i guess|i suppose"
            r"|seems?|suggest\w*|somewhat|a bit|a little|hope(?:fully)?|wonder(?:ing)?"
        ),
        False,
    ),
    ("counterfactual", _w(r"could you|would you|would you mind|would it be|could we"), True),
    ("indicative", _w(r"can you|will you|can't you|won't you"), True),
    ("we", _w(r"we|our|us|let's|we're|we've|we'll|we'd"), False),
    ("i", _w(r"i|my|me|i'm|i've|i'll|i'd|mine"), False),
    ("you", _w(r"you|your|you're|you've|you'll|yours|yourself"), False),
    ("you_start", re.compile(rf"{_START}(?:you|your)\b", re.I), True),
    (
        "direct_question",
        re.compile(rf"{_START}(?:what|why|who|how|where|when|which)\b[^.!?]*\?", re.I),
        True,
    ),
    ("direct_start", re.compile(rf"{_START}(?:so|then|and|but|or|now|look|listen)\b", re.I), True),
    (
        "factuality",
        _w(
            r"actually|in fact|really|obviously|clearly|of course|the point is"
            r"|honestly|seriously|simply|just"
        ),
        False,
    ),
    (
        "positive",
        _w(
            r"glad|happy|great|good|nice|love|lovely|wonderful|welcome|awesome"
            r"|excellent|pleasure|delighted|enjoy\w*|fantastic|amazing|helpful|help"
            r"|kind|best|well"
        ),
        False,
    ),
    (
        "negative",
        _w(
            r"wrong|bad|stupid|ridiculous|nonsense|useless|terrible|awful|hate|annoy\w*"
            r"|waste|idiot\w*|silly|lazy|fault|complain\w*|fail\w*|problem|pointless"
            r"|rude|bother|stop|worst|dumb|crap|damn|hell|no|not|never|nothing"
        ),
        False,
    ),
    (
        "deference",
        _w(
            r"great question|good question|nice work|good point|interesting"
            r"|impressive|well done|good job"
        ),
        True,
    ),
    (
        "imperative_start",
        re.compile(
            rf"{_START}(?:do|don't|stop|read|look|go|tell|give|make"
            r"|fix|use|just|explain|answer|show)\b",
            re.I,
        ),
        True,
    ),
    ("exclaim", re.compile(r"!"), False),
    ("question", re.compile(r"\?"), False),
    ("caps", re.compile(r"\b[A-Z]{3,}\b"), False),
)

FEATURE_NAMES: tuple[str, ...] = (*(f[0] for f in _FEATURES), "log_words")
_WORD = re.compile(r"[\w']+")


def features(text: str) -> np.ndarray:
    """The politeness-strategy vector of `text` (binary or log-scaled counts)."""
    text = text.replace("’", "'")
    vec = np.empty(len(FEATURE_NAMES), dtype=np.float64)
    for i, (_name, pattern, binary) in enumerate(_FEATURES):
        n = len(pattern.findall(text))
        vec[i] = float(n > 0) if binary else math.log1p(n)
    vec[-1] = math.log1p(len(_WORD.findall(text)))
    return vec


@lru_cache(maxsize=1)
def _model() -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    data = json.loads(WEIGHTS_PATH.read_text())
    if data["features"] != list(FEATURE_NAMES):
        raise ValueError(f"{WEIGHTS_PATH} was fitted on other features; rerun evals/fit_tone.py")
    return (
        np.array(data["mean"]),
        np.array(data["scale"]),
        np.array(data["weights"]),
        float(data["bias"]),
    )


def warmth(text: str) -> float:
    """Probability (0..1) that a human would rate `text` as polite rather than impolite."""
    mean, scale, weights, bias = _model()
    z = float((features(text) - mean) / scale @ weights) + bias
    return 1.0 / (1.0 + math.exp(-z))
