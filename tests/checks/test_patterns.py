"""The phrase compiler: grouping phrases by first letter must not change a single match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import assistant.checks  # noqa: F401  (compiles every check's phrase lists)
from assistant.checks.patterns import PHRASE_SETS, norm, phrases, plain_alternation

DATA = Path(__file__).resolve().parents[2] / "evals" / "data"


def _replies() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("labelled_replies*.jsonl")):
        if "holdout" in path.name:
            continue
        for line in path.read_text().splitlines():
            if line.strip():
                texts.append(norm(json.loads(line)["reply"]))
    return texts


@pytest.mark.parametrize(
    ("items", "text", "expected"),
    [
        (["sorry", "so sorry"], "We are so sorry, truly sorry.", ["so sorry", "sorry"]),
        (["(?:we|I) regret"], "I regret it and we regret it.", ["I regret", "we regret"]),
        (["(?:the )?delay", "delays?"], "The delay and other delays.", ["The delay", "delays"]),
        (["\\d+ days?", "days"], "Wait 3 days, not days.", ["3 days", "days"]),
        ([r"\w+ly wrong", "wrong"], "simply wrong, wrong", ["simply wrong", "wrong"]),
        (["(?=you )you", "your"], "you and your", ["you", "your"]),
        (["café"], "Le CAFÉ", ["CAFÉ"]),
        (["busy"], "busybody is not busy", ["busy"]),
    ],
)
def test_phrases_match_like_the_plain_alternation(
    items: list[str], text: str, expected: list[str]
) -> None:
    grouped = [m.group(0) for m in phrases(items).finditer(text)]
    plain = [m.group(0) for m in plain_alternation(items).finditer(text)]
    assert grouped == plain == expected


def test_every_shipped_phrase_list_matches_exactly_as_before_grouping() -> None:
    texts = _replies()
    assert len(PHRASE_SETS) >= 8 and len(texts) > 1000
    for items, flags in list(PHRASE_SETS):  # phrases() below registers more
        grouped, plain = phrases(items, flags), plain_alternation(items, flags)
        for text in texts:
            got = [m.span() for m in grouped.finditer(text)]
            assert got == [m.span() for m in plain.finditer(text)], (items[0], text)


def test_case_sensitive_lists_stay_case_sensitive() -> None:
    pattern = phrases(["Sorry"], flags=0)
    assert pattern.search("sorry") is None
    assert isinstance(pattern, re.Pattern) and pattern.search("Sorry")
