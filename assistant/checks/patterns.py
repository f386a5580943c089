"""Shared helpers for the phrase-based checks: compiling phrase lists and splitting sentences.

Several checks reason per sentence (an excuse needs a cause and a culprit in the same
sentence; a promise needs an offer verb near its amount), so they share one splitter that
keeps character offsets, letting every check report exact evidence spans.
"""

from __future__ import annotations

import re
import re._constants as _c  # the parser's opcodes: stable across 3.11-3.13
import re._parser as _parser
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant.schemas import Span

_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+|(?<=\w)\s+[-–—]\s+(?=[A-Z^])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text, with its offsets in the original string."""

    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences, keeping offsets so matches map back to the whole text.

    Splits after ., ! or ? followed by space, at line breaks, and at a spaced dash that
    starts a sign-off; decimal numbers such as "£20.50" stay whole. Every check splits the
    same reply (about ten times per reply), so splits are cached; each caller gets its own
    list.
    """
    return list(_split(text))


@lru_cache(maxsize=1024)
def _split(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        _add(out, text, pos, m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return tuple(out)


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        s = start + lead
        out.append(Sentence(s, s + len(stripped), stripped))


#: The reply takes the blame: "was entirely on us", "the real failure was ours", "was our
#: job", "our team should have offered it". Both `excuses` and `argumentative` read it: a
#: cause or a correction in a reply that owns the failure is sympathy, not blame or rebuttal.
OWNED = (
    r"\b(?:(?:was|is|were|are|'s) (?:all |entirely |completely |squarely |firmly |totally )?on"
    r" (?:us|me)\b|(?:was|is|'s) (?:all |entirely |squarely )?down to (?:us|me|our (?:own )?"
    r"(?:planning|scheduling|error|mistake|oversight|decision|choice|handling|process))\b"
    r"|(?:was|is|'s) (?:all |entirely )?on our (?:[\w-]+ )?(?:equipment|side|end|part|kit|system)\b"
    r"|(?:was|is|'s) (?:all |entirely )?(?:our|my) (?:own )?(?:failure|fault"
    r"|mistake|error|job|responsibility|problem|mess|call)\b"
    r"|(?:failures?|faults?|mistakes?|errors?|blame)(?: here| there)?"
    r" (?:was|is|were|are|lies|lay) (?:all |entirely |completely |squarely )?(?:ours|mine|with us"
    r"|with me)\b|(?:we|i|our (?:\w+ )?team|the team)(?: really)? should (?:have|'ve)\b"
    r"(?! been (?:told|informed|warned|given))"
    # "That's a mistake on our side", "it's a gap in how we hand bookings over".
    r"|(?:that|this|it)(?:'s| is| was) (?:a|an) (?:[\w-]+ )?(?:mistake|error|failure|gap|fault"
    r"|lapse|oversight) (?:on our (?:side|part|end)|in (?:how|the way) we|of ours|by us|we made)"
    r"|\b(?:i|we)(?:'m| am|'re| are) taking (?:full |complete )?responsibility"
    r"|\b(?:i|we) take (?:full |complete )?responsibility)"
)

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text: str) -> str:
    """Straighten curly quotes so one pattern matches both "we're" and "we’re".

    Every replacement is one character for one, so offsets in the result are offsets in
    the original text and evidence spans stay exact.
    """
    return text.translate(_QUOTES)


PHRASE_SETS: list[tuple[list[str], int]] = []
"""Every phrase list compiled by `phrases`, so a test can hold each to its plain alternation."""


def phrases(items: Iterable[str], flags: int = re.I) -> re.Pattern[str]:
    """One alternation regex of word-bounded phrases; items are regex fragments.

    The checks must run at hundreds of replies per second, and a long alternation is slow
    in Python's engine: at every word start it enters each of hundreds of branches in turn.
    So the items are grouped by the letter they can start with, each group behind a
    one-character lookahead, and the engine tries only the group for the letter in front
    of it. An item whose first character cannot be worked out joins every group, and each
    group keeps the items in their given order, so the matches are exactly those of the
    plain alternation (`tests/checks/test_patterns.py` holds it to that).
    """
    items = list(items)
    PHRASE_SETS.append((items, flags))
    return re.compile(rf"(?<![\w'’])(?:{_dispatch(items, flags)})(?![\w'’])", flags)


def plain_alternation(items: Iterable[str], flags: int = re.I) -> re.Pattern[str]:
    """The same phrases as one undivided alternation: the reference `phrases` must equal."""
    body = "|".join(f"(?:{p})" for p in items)
    return re.compile(rf"(?<![\w'’])(?:{body})(?![\w'’])", flags)


def _dispatch(items: list[str], flags: int) -> str:
    """The alternation body, grouped by first character (see `phrases`)."""
    firsts = [_first_chars(_parser.parse(item, flags)) for item in items]
    if flags & re.I:
        firsts = [None if f is None else {c.lower() for c in f} for f in firsts]
    keys = sorted({c for f in firsts if f for c in f})
    groups = []
    for key in keys:
        members = [i for i, f in zip(items, firsts, strict=True) if f is None or key in f]
        # The lookahead is compiled with the same flags, so under re.I it folds case too.
        groups.append(f"(?=[{re.escape(key)}])(?:{'|'.join(f'(?:{m})' for m in members)})")
    unknown = [i for i, f in zip(items, firsts, strict=True) if f is None]
    if unknown:
        groups.append("|".join(f"(?:{m})" for m in unknown))
    return "|".join(groups)


def _first_chars(parsed: Any) -> set[str] | None:
    """The characters a parsed fragment can start with, or None when any could."""
    chars, nullable = _first_of_sequence(parsed)
    return None if nullable else chars


def _first_of_sequence(seq: Any) -> tuple[set[str] | None, bool]:
    """(possible first characters or None for any, whether the sequence can match empty)."""
    out: set[str] = set()
    for op, av in seq:
        chars, nullable = _first_of_op(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_of_op(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        out: set[str] = set()
        for kind, arg in av:
            if kind is _c.LITERAL:
                out.add(chr(arg))
            elif kind is _c.RANGE and arg[1] - arg[0] < 64:
                out.update(chr(x) for x in range(arg[0], arg[1] + 1))
            else:
                return None, False
        return out, False
    if op is _c.SUBPATTERN:
        return _first_of_sequence(av[3])
    if op is _c.BRANCH:
        union: set[str] = set()
        empty = False
        for alt in av[1]:
            chars, nullable = _first_of_sequence(alt)
            if chars is None:
                return None, False
            union |= chars
            empty = empty or nullable
        return union, empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        chars, nullable = _first_of_sequence(av[2])
        return chars, nullable or av[0] == 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero-width: the next element supplies the character
    return None, False


def span_at(text: str, start: int, end: int) -> Span:
    """The evidence span `text[start:end]`, trimmed of surrounding spaces and punctuation."""
    while start < end and text[start] in " ,;:":
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


def spans(pattern: re.Pattern[str], text: str, source: str | None = None) -> list[Span]:
    """Every non-empty match of `pattern` in `text` as a span of `source` (default `text`).

    Pass the normalised text as `text` and the original reply as `source`, so matching is
    quote-insensitive while the evidence quotes the reply exactly.
    """
    src = text if source is None else source
    return [span_at(src, m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]


def quote(evidence: list[Span], limit: int = 3) -> str:
    """A short, human-readable list of the offending words for a reason sentence."""
    words = [f"“{s.text.strip()}”" for s in evidence[:limit]]
    more = len(evidence) - limit
    return ", ".join(words) + (f" and {more} more" if more > 0 else "")
