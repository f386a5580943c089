"""A word-level gate in front of the stance model: sentences it is sure are harmless skip it.

The stance model costs about 2 ms a sentence on one core and set the pace of all nine
checks (about 80-130 replies per second on two cores, against 200 asked for), yet most of
what it reads is harmless: greetings, thanks, contact lines, sign-offs and plain
statements of what will happen. On 63,000 labelled-reply sentences 80% scored below -5 on
every label, where a sentence adds nothing a reply's log-sum-exp pooling could notice.

So a logistic regression fitted to predict whether the model scores a sentence above
`RISKY` on any label (`evals/fit_stance_gate.py`) runs first, in microseconds. It reads
the sentence's word unigrams and bigrams, the share of its words the gate never saw, its
length, and the mean of the model's own input embeddings over its tokens. That last
feature is linear, so it ships as one score per token (the embedding table times its
weights): a word the gate never saw still scores like the words the model embeds near it.
A sentence it gives a probability below `skip_below` is not read: it takes
`skipped_logits`, the model's median scores for the sentences the gate skipped when it
was fitted, so a reply's pooled score barely moves. The gate is fitted to one stance model
(its sha256 is in the gate's file) and refuses to run beside another.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.checks.onnx_models import load_fitted

GATE_PATH = Path(__file__).resolve().parent / "data" / "stance_gate.json"
#: A sentence is risky when the model scores it above this on any label; the gate learns
#: to tell those from the rest. At -4 a sentence adds at most e^-4 (0.018) to the pooled sum.
RISKY = -4.0
_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[!?]")


def grams(sentence: str) -> tuple[list[str], set[str]]:
    """A sentence's words and its features: unigrams, bigrams and the opening word.

    Training (`evals/fit_stance_gate.py`) and the gate share this, so both read a sentence
    the same way.
    """
    words = _WORDS.findall(sentence.lower())
    feats = set(words)
    feats.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    feats.add(f"<s> {words[0]}" if words else "<s>")
    return words, feats


def extra_features(words: list[str], known: frozenset[str] | set[str]) -> tuple[float, float]:
    """Two dense features: the share of words the gate never saw, and length / 20."""
    unknown = sum(1 for w in words if w not in known) / max(1, len(words))
    return unknown, len(words) / 20.0


@dataclass(frozen=True)
class StanceGate:
    """A fitted gate: weights per feature, when to skip, and what a skipped sentence scores."""

    weights: dict[str, float]
    vocabulary: frozenset[str]
    bias: float
    unknown_weight: float
    length_weight: float
    token_scores: np.ndarray
    skip_below: float
    skipped_logits: tuple[float, ...]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StanceGate:
        """A gate from its file's fields (the fit script scores with the same reading).

        Raises:
            KeyError, TypeError, ValueError, AttributeError: a field is missing or malformed.
        """
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            vocabulary=frozenset(data["unigrams"]),
            bias=float(data["bias"]),
            unknown_weight=float(data["unknown_weight"]),
            length_weight=float(data["length_weight"]),
            token_scores=np.array(data["token_scores"], dtype=np.float32),
            skip_below=float(data["skip_below"]),
            skipped_logits=tuple(float(x) for x in data["skipped_logits"]),
        )

    def probability(self, sentence: str, ids: list[int]) -> float:
        """The gate's estimate that the model scores `sentence` (tokenised as `ids`, the
        model's own input) above `RISKY` on a label."""
        words, feats = grams(sentence)
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        unknown, length = extra_features(words, self.vocabulary)
        z += self.unknown_weight * unknown + self.length_weight * length
        if ids:
            z += float(self.token_scores[ids].mean())
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def skips(self, sentence: str, ids: list[int]) -> bool:
        """Whether the model need not read `sentence`."""
        return self.probability(sentence, ids) < self.skip_below

    def skipped(self) -> np.ndarray:
        """The logits a skipped sentence takes (a fresh array: callers may keep it)."""
        return np.array(self.skipped_logits, dtype=np.float32)


def load_gate(path: Path, model_sha256: str) -> StanceGate:
    """Read the gate fitted to the stance model whose weights hash to `model_sha256`.

    Raises:
        CheckModelError: the file is unreadable, malformed, or fitted to another model.
    """
    return load_fitted(
        path,
        model_sha256,
        StanceGate.from_dict,
        "re-run evals/fit_stance_gate.py, or set CALMREPLY_STANCE_GATE=false to read every"
        " sentence with the model",
    )
