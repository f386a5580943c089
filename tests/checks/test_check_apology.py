"""Apology: required when at fault; non-apologies never count and are highlighted."""

from __future__ import annotations

import pytest

from assistant.checks.apology import ApologyCheck
from assistant.checks.base import CheckContext

CHECK = ApologyCheck()


@pytest.mark.parametrize(
    "reply",
    [
        "I'm sorry we got your order wrong.",
        "We're so sorry about the broken leg on your sofa.",
        "Apologies for the cold food, that's not our standard.",
        "We apologise for the late delivery.",
        "That's on us, and we'll fix it.",
        "We got this wrong and I'm sorry we let you down.",
        # Short, tweet-style apologies are still apologies.
        "Sorry — 35 mins late with no explanation isn't good enough.",
        "Sorry Kim, our new till double-charged you and that's our mess.",
        "Kat, sorry – that's a long time to be hungry.",
        "Sorry you were left waiting in the cold.",
        "Sorry it arrived cold; we'll refund it today.",
    ],
)
def test_sincere_apology_passes_when_at_fault(reply: str) -> None:
    assert CHECK(CheckContext(reply=reply, business_at_fault=True)).passed


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        ("We're sorry you feel that way.", "sorry you feel that way"),
        (
            "Hi there, we regret any inconvenience this may have caused. The £85 is refunded.",
            "we regret any inconvenience",
        ),
        (
            "We're sorry if there was any confusion about the camp price. It's £280.",
            "sorry if there was any confusion",
        ),
        ("Sorry if you were upset by our message.", "Sorry if you were upset"),
        (
            "We apologize for any inconvenience this may have caused.",
            "apologize for any inconvenience this may have caused",
        ),
        ("Sorry for any misunderstanding about the dates.", "Sorry for any misunderstanding"),
        ("We apologize if the food was not to your taste.", "apologize if"),
        ("I'm sorry for any confusion. The charge is correct.", "I'm sorry for any confusion"),
        ("We regret that you were dissatisfied with the room.", "regret that you were"),
        ("We're sorry to hear you weren't happy with your stay.", "sorry to hear you weren't"),
        ("We regret that your experience was less than satisfactory.", "regret that your"),
        ("Sorry for any inconvenience this may have caused.", "Sorry for any inconvenience"),
        ("We regret that your box didn't reach you as planned.", "regret that your box"),
        ("We're sorry if your mother was inconvenienced, but traffic was bad.", "sorry if"),
    ],
)
def test_non_apology_fails_when_at_fault(reply: str, evidence: str) -> None:
    res = CHECK(CheckContext(reply=reply, business_at_fault=True))
    assert not res.passed
    assert any(evidence in s.text for s in res.evidence)


def test_missing_apology_fails_without_evidence() -> None:
    res = CHECK(CheckContext(reply="Please DM us your order number.", business_at_fault=True))
    assert not res.passed
    assert res.evidence == []
    assert "never says sorry" in res.reason


@pytest.mark.parametrize("at_fault", [False, None])
def test_not_at_fault_passes_but_scores_non_apology(at_fault: bool | None) -> None:
    plain = CHECK(CheckContext(reply="Please DM us.", business_at_fault=at_fault))
    assert plain.passed and plain.score == 1.0
    res = CHECK(CheckContext(reply="Sorry you feel that way.", business_at_fault=at_fault))
    assert res.passed and res.score == 0.7
    assert res.evidence and "you feel that way" in res.evidence[0].text


def test_denying_fault_is_not_an_apology() -> None:
    res = CHECK(CheckContext(reply="The delay was not our fault.", business_at_fault=True))
    assert not res.passed
