"""Grounding: what a forbidding policy clause rules out, and what does not break it: a
choice of remedies each backed by its own clause, and a reply that holds the rule."""

from __future__ import annotations

import pytest
from check_asserts import verdict_is

from assistant.checks.base import CheckContext
from assistant.checks.grounding import GroundingCheck

#: The rules alone: these cases test what they read, whatever the reader would clear.
RULES = GroundingCheck(use_model=False)


SKYLARK = (
    "Refunds (SkyLark Air): Basic fares are non-refundable. Airport taxes (£26 on UK domestic"
    " flights) are refunded on request. Flights can be moved to another date for a £35 change"
    " fee plus any fare difference, or the name changed for £45. We can't waive fees for"
    " bereavement."
)


#: Two remedies offered as a choice, each backed by its own clause, do not break the rule
#: that forbids a third (round 2); offering the forbidden one still does.
@pytest.mark.parametrize(
    ("reply", "passes"),
    [
        (
            "We can refund the £26 airport taxes, or move your flight to another date for £35"
            " plus any fare difference.",
            True,
        ),
        (
            "We can refund your basic fare, or move your flight to another date for £35 plus"
            " any fare difference.",
            False,
        ),
    ],
)
def test_a_choice_of_backed_remedies_breaks_no_rule(reply: str, passes: bool) -> None:
    verdict_is(RULES, CheckContext(reply=reply, policy_context=(SKYLARK,)), not passes)


HOUSEKEEPING = "Housekeeping must not enter occupied rooms before checkout time."
TATTOO = (
    "Time lost to artist lateness is never charged.",
    "Discounts are only offered on flash days.",
)


#: A reply that holds a forbidding rule ("so no room is entered") agrees with it; one that
#: does what it forbids, or adds a discount it limits, still breaks it (rounds 23-26).
@pytest.mark.parametrize(
    ("policies", "reply", "passes"),
    [
        (
            (HOUSEKEEPING,),
            "We've reset the housekeeping schedule so no room is entered before checkout.",
            True,
        ),
        (
            (HOUSEKEEPING,),
            "We'll have housekeeping enter your room before checkout to tidy it.",
            False,
        ),
        (TATTOO, "We won't charge for the lost time. DM us to sort it.", True),
        (
            TATTOO,
            "We won't charge for the lost time, and your next session will be 25% off.",
            False,
        ),
    ],
)
def test_holding_a_rule_is_not_breaking_it(
    policies: tuple[str, ...], reply: str, passes: bool
) -> None:
    verdict_is(RULES, CheckContext(reply=reply, policy_context=policies), not passes)


KERBSIDE = "Additional collections cost $65; no waivers."


#: "No waivers" forbids a waiver, as "no refunds" forbids a refund (round 31); charging the
#: fee it names breaks nothing.
@pytest.mark.parametrize(
    ("reply", "passes"),
    [
        ("As you've been with us so long, I've waived the $65 on this one.", False),
        ("An extra collection is $65; call us to book it in.", True),
    ],
)
def test_no_waivers_forbids_a_waiver(reply: str, passes: bool) -> None:
    verdict_is(RULES, CheckContext(reply=reply, policy_context=(KERBSIDE,)), not passes)
