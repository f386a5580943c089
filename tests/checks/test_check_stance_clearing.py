"""Where the stance model is all but sure a reply is fine, it clears the phrases' match.

These tests move `clear_below` on the shared model to show the rule itself: what it
clears, what it never clears, and that at 0 nothing changes. The shipped values are
guarded by the phrase tables of every check, which run with them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.checks.argumentative import ArgumentativeCheck
from assistant.checks.base import CheckContext
from assistant.checks.excuses import ExcusesCheck
from assistant.checks.patterns import sentences
from assistant.checks.stance import StanceModel, shared_stance
from assistant.checks.stance_checks import CLEAR_MIN_SENTENCES
from assistant.checks.tone import ToneCheck

SIGN = "\n\nE-mail us at care@harbourhotel.example. Dana, Guest Relations, Harbour Hotel"


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Iterator[StanceModel]:
    """The shared model, its `clear_below` restored after the test."""
    shared = shared_stance()
    assert shared is not None
    meta = shared._labels()
    monkeypatch.setitem(meta, "clear_below", dict(meta.get("clear_below", {})))
    yield shared


def clear_all(model: StanceModel, label: str) -> None:
    """Let the model clear every phrase match of `label` (no score reaches 1.01)."""
    model._labels()["clear_below"][label] = 1.01


def clear_none(model: StanceModel, label: str) -> None:
    model._labels()["clear_below"][label] = 0.0


#: Two more sentences, so a reply is long enough for the model to clear a match in it
#: (`CLEAR_MIN_SENTENCES`).
MORE = " We've passed your note on to the team. Thank you for writing in."

#: (check, reply, business at fault): each fails on a phrase the model can clear.
PHRASED = [
    (ExcusesCheck(), "Sorry for the wait, it was a really busy night." + MORE + SIGN, True),
    (
        ArgumentativeCheck(),
        "You must have missed our e-mail about the change." + MORE + SIGN,
        None,
    ),
    (ToneCheck(), "Thanks for the essay. We'll look into it, I guess." + MORE + SIGN, None),
]


@pytest.mark.parametrize(("check", "reply", "fault"), PHRASED)
def test_a_sure_model_clears_a_phrase_match_and_zero_clears_nothing(
    model: StanceModel,
    check: ExcusesCheck | ArgumentativeCheck | ToneCheck,
    reply: str,
    fault: bool | None,
) -> None:
    ctx = CheckContext(reply=reply, business_at_fault=fault)
    clear_none(model, check.name)
    failed = check(ctx)
    assert not failed.passed and failed.evidence, "pick a reply the phrases catch"
    clear_all(model, check.name)
    assert check(ctx).passed


@pytest.mark.parametrize(("check", "reply", "fault"), PHRASED)
def test_a_short_reply_keeps_its_match(
    model: StanceModel,
    check: ExcusesCheck | ArgumentativeCheck | ToneCheck,
    reply: str,
    fault: bool | None,
) -> None:
    """The model scores terse catches near zero ("It's a fee, deal with it."), so in a
    reply of fewer than `CLEAR_MIN_SENTENCES` sentences a phrase match stands."""
    short = reply.replace(MORE, "").split("\n\n")[0]
    assert len(sentences(short)) < CLEAR_MIN_SENTENCES
    clear_all(model, check.name)
    assert not check(CheckContext(reply=short, business_at_fault=fault)).passed


def test_the_model_never_clears_shouting_it_cannot_see(model: StanceModel) -> None:
    """The model reads lower-cased words: capitals and "!!!" stay the phrases' to judge."""
    ctx = CheckContext(reply="WE DID NOT LOSE YOUR PARCEL!!! Check again." + MORE + SIGN)
    clear_all(model, "tone")
    res = ToneCheck()(ctx)
    assert not res.passed
    assert any("PARCEL" in s.text for s in res.evidence), [s.text for s in res.evidence]


def test_a_check_that_does_not_ask_the_model_keeps_its_match(model: StanceModel) -> None:
    """When the business was not at fault, excuses reads only the idioms of dodging, without
    the model: the model has no say, so it cannot clear them either."""
    ctx = CheckContext(
        reply="I'm afraid that was beyond our control, and my hands are tied." + SIGN,
        business_at_fault=False,
    )
    clear_all(model, "excuses")
    assert not ExcusesCheck()(ctx).passed


def test_phrases_alone_are_unchanged(model: StanceModel) -> None:
    ctx = CheckContext(reply=PHRASED[0][1], business_at_fault=True)
    clear_all(model, "excuses")
    assert not ExcusesCheck(use_stance=False)(ctx).passed
