"""How `excuses`, `argumentative` and `tone` add the stance model to their phrases.

Each of them runs in two steps (`StanceCheck`): its phrases first (`Phrased`), while the
model's worker reads the reply, then the verdict (`stance_evidence`), which waits for the
model's scores only then. `run_checks` runs every check's first step before any second.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from assistant.checks.base import CheckContext
from assistant.checks.patterns import Sentence, sentences, span_at
from assistant.checks.stance import shared_stance
from assistant.schemas import CheckResult, Span

#: The fewest sentences a reply needs before the model may clear a phrase match in it. On
#: the 960 dev rows of rounds 26 and 28 every false alarm the model cleared at 0.2 was in a
#: reply of four or more sentences (a hard negative that owns the problem and also gives a
#: fact, a cause or a rule), while the terse catches it misreads ("It's a fee, deal with
#: it.", "Sorry, it was one of those days.") are one to three: with 4, clearing kept all of
#: its gain there and none of the 80 phrase-table cases it broke.
CLEAR_MIN_SENTENCES = 4


@dataclass(frozen=True)
class Phrased:
    """What a check's phrases found in a reply, before the model's scores are asked for.

    Attributes:
        evidence: the phrase matches (the model clears them only below `clear_below`).
        use_model: whether the model may add a catch to this reply.
        owned: sentences the model's top sentence may not be, when that sentence owns the
            failure (see `stance_evidence`).
        fixed: phrase matches the model may not clear, because it cannot see them (it reads
            lower-cased words, not capitals or "!!!").
    """

    evidence: list[Span]
    use_model: bool
    owned: Callable[[Sentence], bool] | None = None
    fixed: Callable[[Span], bool] | None = None


@runtime_checkable
class StanceCheck(Protocol):
    """A check that adds the model to its phrases in two steps, so that `run_checks` can run
    every check's phrases while the model's worker reads the reply, and only then wait."""

    @property
    def name(self) -> str: ...

    def phrases(self, ctx: CheckContext) -> Phrased: ...

    def conclude(self, ctx: CheckContext, found: Phrased) -> CheckResult: ...


#: The note a check's reason carries when the model alone failed the reply, and how to read
#: the score back from a reason (`evals/sweep_stance.py` filters thresholds with it).
MODEL_NOTE = " (stance model {:.2f})"
MODEL_NOTE_RE = re.compile(r"\(stance model (\d\.\d+)\)")


def stance_evidence(
    label: str,
    reply: str,
    phrase_evidence: list[Span],
    use_model: bool,
    owned: Callable[[Sentence], bool] | None = None,
    fixed: Callable[[Span], bool] | None = None,
) -> tuple[list[Span], str]:
    """Add the model to a check's phrase matches: the evidence to fail on, and a note.

    A reply no phrase matched fails when the model's score reaches the threshold, and its
    top sentence becomes the evidence; the note names the score. A phrase match stands
    unless the model's score is below `clear_below` in a reply of at least
    `CLEAR_MIN_SENTENCES` sentences (matches `fixed` accepts stay even then). On the
    round-26 and round-28 dev rows most of the phrases' false alarms were long replies the
    model scored below 0.2, but it also scores terse catches below 0.1 ("You must have
    missed our e-mail.", "Sorry, it was a busy night"), so short replies keep their match
    (see `evals/sweep_stance.py --clear`).

    The model reads a sentence's stance, not whether the reply owns what it names: "the
    courier handled it, but we chose that courier, so it's on us" scores as blame. So when
    the top sentence is one the check's `owned` accepts, the reply is scored again without
    the owned sentences, as the phrases are.
    """
    model = shared_stance() if use_model else None
    if model is None:
        return phrase_evidence, ""
    if phrase_evidence:
        may_clear = model.clears_any(label) and len(sentences(reply)) >= CLEAR_MIN_SENTENCES
        score = model.score(reply).get(label) if may_clear else None
        if score is not None and score.clears:
            return [s for s in phrase_evidence if fixed is not None and fixed(s)], ""
        return phrase_evidence, ""
    score = model.score(reply).get(label)
    if (
        score is not None
        and score.flagged
        and owned is not None
        and owned(Sentence(score.start, score.end, reply[score.start : score.end]))
    ):
        score = model.score(reply, owned).get(label)
    if score is None or not score.flagged:
        return phrase_evidence, ""
    sentence = span_at(reply, score.start, score.end)
    return [sentence], MODEL_NOTE.format(score.probability)
