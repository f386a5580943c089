"""Shared helpers for the phrase-based checks: compiling phrase lists and splitting sentences.

Several checks reason per sentence (an excuse needs a cause and a culprit in the same
sentence; a promise needs an offer verb near its amount), so they share one splitter that
keeps character offsets, letting every check report exact evidence spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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
    starts a sign-off; decimal numbers such as "£20.50" stay whole.
    """
    out: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        _add(out, text, pos, m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        s = start + lead
        out.append(Sentence(s, s + len(stripped), stripped))


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text: str) -> str:
    """Straighten curly quotes so one pattern matches both "we're" and "we’re".

    Every replacement is one character for one, so offsets in the result are offsets in
    the original text and evidence spans stay exact.
    """
    return text.translate(_QUOTES)


def phrases(items: Iterable[str], flags: int = re.I) -> re.Pattern[str]:
    """One alternation regex of word-bounded phrases; items are regex fragments.

    Compiling one alternation instead of many patterns keeps the checks fast (they must run
    at hundreds of replies per second).
    """
    body = "|".join(f"(?:{p})" for p in items)
    return re.compile(rf"(?<![\w'’])(?:{body})(?![\w'’])", flags)


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
