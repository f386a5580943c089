"""A learned second reading of the promises the grounding rules flag.

The rules find commitments well (they miss few unsupported promises) but read wording
they were not written for as a promise: a narrated day ("the band we had in on Saturday"),
a general fact ("it's common to need up to two weeks to adapt"), or a backed remedy in
the reply's own words ("your next fish supper is on us" where the policy gives "a free
replacement meal on the next visit"). Each new author of labelled replies brought new
wordings of this kind, so more rules kept chasing them.

This reader is all-MiniLM-L6-v2 cut to 3 layers and fine-tuned as a cross-encoder on
(flagged sentence, the policy lines nearest it) pairs from the labelled tune replies
(`evals/fit_grounding.py`), with contrast pairs (a backed promise against another
business's policy) so that it reads the policy, not only how a promise looks, and 700
(policy, sentence) pairs labelled by two more authors (round 11), mostly the wordings the
rules misread. It only ever clears a promise the rules flagged as unbacked, never adds one:
the promise stays evidence when the reader's probability that its sentence is an
unsupported commitment reaches `threshold` (in `grounding.json`, 0.25, chosen on blind dev
rows it never trained on).
It is not asked about what the rules judge exactly: a figure against a policy figure
("30% off" against "up to 10%"), a broken rule, a dropped condition, or a kind of promise
outside `READABLE_KINDS`. It reads only those flagged sentences (about 18 per 221
replies), so it costs little. On the 240 round-10 dev rows, unseen by rules and reader
when it was chosen, grounding went from 0.68 (the previous reader) to 0.71: it helps, but
most remaining misses are conditions a reply ignores, which a reader that only clears
cannot catch.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from assistant.checks.base import CheckContext
from assistant.checks.onnx_models import LoadedModel, load_model
from assistant.checks.patterns import sentences
from assistant.schemas import Span

DATA = Path(__file__).resolve().parent / "data"
MODEL_PATH = DATA / "grounding.onnx"
META_PATH = DATA / "grounding.json"
EXCERPT_CHARS = 320
CACHE_PAIRS = 2048
#: Kinds of unbacked promise the reader may clear: on the tune and dev rows, 60 of the 70
#: rule false alarms it cleared were times (no kind), refunds, free items and replacements,
#: while 4 of the 15 real over-promises it cleared were discounts, compensation or express
#: delivery.
READABLE_KINDS = frozenset({None, "refund", "free", "replacement"})

#: Figures by kind: money, a percentage, a length of time.
_FIGURES = (
    re.compile(r"[£$€]\s?\d|\d\s?(?:p|pence|pounds|dollars|euros)\b", re.I),
    re.compile(r"\d\s?(?:%|per ?cent)", re.I),
    re.compile(
        r"\d\s?(?:-\s?\d+\s?)?(?:(?:working|business|calendar|full|clear) )?"
        r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b"
        # A deadline in words, which the rules compared with the policy's days.
        r"|\bwithin (?:the|an|one) hour\b"
        r"|\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        re.I,
    ),
)


def _figure_against_figure(flagged: str, policy: str) -> bool:
    """A flagged figure where the policy states one of the same kind ("30% off" against "up
    to 10%", "$100 a day" against "$50 per day"): the rules compared the two exactly, which
    the reader cannot, so it never clears one. A figure the policy has nothing to compare
    with ("a refund of £11.50" against "refund the missing items") is left to the reader."""
    return any(f.search(flagged) and f.search(policy) for f in _FIGURES)


_WORD = re.compile(r"[a-z0-9£$€%]+")
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "are",
        "was",
        "were",
        "you",
        "your",
        "our",
        "with",
        "that",
        "this",
        "have",
        "has",
        "had",
        "will",
        "can",
        "not",
        "any",
        "all",
        "from",
        "they",
        "them",
        "their",
        "who",
        "what",
        "when",
        "which",
        "been",
        "into",
        "per",
        "out",
        "its",
        "it's",
        "but",
        "may",
        "must",
    ]
)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _STOP}


def policy_excerpt(sentence: str, policies: Sequence[str], budget: int = EXCERPT_CHARS) -> str:
    """The policy sentences that share the most words with `sentence`, in policy order.

    The reader sees a few lines, not every retrieved policy, so that the clause that backs
    (or fails to back) a promise is inside its token window; training builds its pairs with
    this same function.
    """
    want = _stems(sentence)
    parts = [(i, p.text) for i, p in enumerate(s for text in policies for s in sentences(text))]
    ranked = sorted(parts, key=lambda ip: (-len(want & _stems(ip[1])), ip[0]))
    chosen: list[tuple[int, str]] = []
    used = 0
    for i, text in ranked:
        if chosen and used + len(text) > budget:
            continue
        chosen.append((i, text))
        used += len(text) + 1
    return " ".join(text for _, text in sorted(chosen))


class GroundingReader:
    """Scores (sentence, policy) pairs; loads lazily and caches recent pairs."""

    def __init__(self, model_path: Path = MODEL_PATH, meta_path: Path = META_PATH) -> None:
        self.model_path = model_path
        self.meta_path = meta_path
        self._lock = threading.Lock()
        self._loaded: LoadedModel | None = None
        self._cache: OrderedDict[tuple[str, str], float] = OrderedDict()

    def _model(self) -> LoadedModel:
        with self._lock:
            if self._loaded is None:
                self._loaded = load_model(
                    self.model_path,
                    self.meta_path,
                    off_switch="CALMREPLY_GROUNDING_MODEL",
                    refit="evals/fit_grounding.py",
                    threads=1,
                    spin=False,
                )
            return self._loaded

    @property
    def threshold(self) -> float:
        """Probability at or above which a flagged sentence stays a finding."""
        return float(self._model().meta["threshold"])

    def probability(self, sentence: str, policies: Sequence[str]) -> float:
        """How likely `sentence` is a commitment `policies` do not back (0..1)."""
        key = (sentence, policy_excerpt(sentence, policies))
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        model = self._model()
        enc = model.tokenizer.encode(*key)
        feeds: dict[str, Any] = {
            "input_ids": np.array([enc.ids], dtype=np.int64),
            "attention_mask": np.array([enc.attention_mask], dtype=np.int64),
        }
        logit = float(np.asarray(model.session.run(None, feeds)[0]).reshape(-1)[0])
        prob = 1.0 / (1.0 + float(np.exp(-logit)))
        with self._lock:
            self._cache[key] = prob
            if len(self._cache) > CACHE_PAIRS:
                self._cache.popitem(last=False)
        return prob

    def clear_cache(self) -> None:
        """Forget scored pairs (benchmarks call this so every pass pays for the model)."""
        with self._lock:
            self._cache.clear()


_SHARED: GroundingReader | None = None


def shared_reader() -> GroundingReader | None:
    """The process-wide reader, or None when `CALMREPLY_GROUNDING_MODEL=false` (rules only)."""
    global _SHARED
    from assistant.config import get_settings

    if not get_settings().grounding_model:
        return None
    if _SHARED is None:
        _SHARED = GroundingReader()
    return _SHARED


class Reader(Protocol):
    """What `second_reading` needs of a reader (tests pass a fake)."""

    @property
    def threshold(self) -> float: ...

    def probability(self, sentence: str, policies: Sequence[str]) -> float: ...


def second_reading(
    ctx: CheckContext, bad: list[Span], reader: Reader | None
) -> tuple[list[Span], int]:
    """The flagged spans whose sentence the grounding reader also reads as unsupported, and
    how many sentences it cleared. Without a reader or a policy (then nothing backs a
    promise) every flag stands, as does a span no sentence holds."""
    if reader is None or not ctx.policy_context or not bad:
        return bad, 0
    verdicts: dict[int, bool] = {}
    kept: list[Span] = []
    policy = " ".join(ctx.policy_context)
    parts = sentences(ctx.reply)
    for span in bad:
        part = next((p for p in parts if p.start <= span.start < p.end), None)
        if part is None or _figure_against_figure(span.text, policy):
            kept.append(span)  # the reader is not asked: it could not clear this one
            continue
        if part.start not in verdicts:
            prob = reader.probability(part.text, ctx.policy_context)
            verdicts[part.start] = prob >= reader.threshold
        if verdicts[part.start]:
            kept.append(span)
    return kept, sum(not v for v in verdicts.values())
