"""Excuses: blame and justification fail with the culprit highlighted; plain mentions pass."""

from __future__ import annotations

import pytest
from check_asserts import fails_with

from assistant.checks.base import CheckContext
from assistant.checks.excuses import ExcusesCheck

CHECK = ExcusesCheck()


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        ("Your parcel was late because the courier lost it.", "the courier"),
        ("The delay was caused by our delivery partner.", "our delivery partner"),
        ("We were short-staffed that night, sorry!", "short-staffed"),
        # "It's no excuse, but" owns nothing: the excuse follows it.
        (
            "So sorry. It's no excuse, but we had two wedding parties in and the kitchen"
            " couldn't keep up.",
            "couldn't keep up",
        ),
        (
            "Due to circumstances beyond our control, your order is late.",
            "circumstances beyond our control",
        ),
        ("Sorry, it's not our fault the stock never came.", "it's not our fault"),
        ("We’re sorry, but we had a new system that weekend.", "but we had a new system"),
        ("I'm so sorry. However, demand was very high.", "However, demand was very high"),
        ("Sorry for the wait, it was a really busy night.", "busy night"),
        ("The supplier didn't send the fabric in time, sorry.", "The supplier"),
        ("Delays happened due to high demand.", "high demand"),
    ],
)
def test_excuses_fail_with_evidence(reply: str, evidence: str) -> None:
    fails_with(CHECK, CheckContext(reply=reply), evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "I've asked our delivery team to call you today. – Maya",
        "I'm sorry we got this wrong. We'll send a new sofa leg this week.",
        "Sorry to hear that. Please DM us your booking reference. ^JS",
        "I'm so sorry, but we'll make this right: please DM us your order number.",
        "We've spoken to the courier and they will collect it tomorrow.",
    ],
)
def test_owning_replies_pass(reply: str) -> None:
    res = CHECK(CheckContext(reply=reply))
    assert res.passed, res.reason
    assert res.score == 1.0


@pytest.mark.parametrize(
    "reply",
    [
        "I'm so sorry. Fog grounded flights, but leaving you without updates was entirely on us.",
        "I'm sorry. The supplier let us down, but we had no back-up plan, which is on us.",
        "Our instructor phoned in sick, and the real failure was ours: we didn't text you.",
        "Sorry, the parts were late, but I should have rung you each day, and I didn't.",
        "I'm sorry. The landlord was slow, but waiting on them was my choice.",
        "Sorry. DPD left it at the wrong door, but we chose the service, so it's on us.",
        "I'm sorry. There was an emergency, but keeping you informed is in our hands.",
        "The delay came down to how I planned the kitchen rota, and that's my call and my mistake.",
        "We lost your stamps when we moved everyone to the new app. That's our mess, not yours.",
        "Your partner told us she was vegan and we served her paneer. There is no excuse.",
        "Unfortunately our kitchen closes at 9 on Sundays, and I can see how that gets lost.",
        "Sorry, the dresses came back wrong. I want to be honest: the errors were ours.",
        "I'm sorry the charge was a surprise. That said, as you're within 14 days, you qualify"
        " for a full refund, and I've started that for you.",
        "Sorry isn't quite enough for watching a pillar all night, but I am genuinely sorry.",
        "I'm sorry. Your fare includes a cabin bag but not a checked bag, so I've sent the form.",
        "I'm sorry. We had one person on the counter, and that was our planning, not bad luck.",
        "I'm sorry about the roaming bill. We'll refund the full £86 as a one-off.",
        "I'm sorry you queued. We've since moved a second colleague on at our busiest time.",
        "I'm so sorry. Forty-five minutes of waiting is chaos we caused by double-booking.",
        "Sorry for the confusion, but the listing did say 'signed bookplate edition'.",
        "Sorry for the surprise, but our pet fee is listed on the booking page.",
        "I'm truly sorry. I'm taking it up with our team so it doesn't happen to anyone else.",
        "Sorry for the depot trip, but actually the doorbell log shows he rang at 10:14.",
        "The coach should never have been on that run; that failure sits with us, not the driver.",
        "Our DJ left the depot late because we'd scheduled him too tightly, a call we made.",
        "Sorry. The Lost Items team will contact the driver directly today.",
        "Sorry. The photo sets your expectations, but if it didn't match, that's for us to fix.",
        "Sorry for the wait. New starter places are in the shallow pool, which has more space.",
        # A turn that rebuts the customer is argumentative's to judge, not an excuse.
        "Sorry for the frustration. However, our move-out photos show the unit was left dirty.",
        "We're sorry, but the timetable on our website clearly shows swimming ends at 4.",
        "I'm deeply sorry. Being followed when you had done nothing but shop is humiliating,"
        " and it should never happen to anyone in our store.",
        "Each box is packed in our chilled warehouse, and the packs can run out late in the day.",
        "I'm sorry. However late a payment is, nobody should be spoken to like that.",
        "Sorry. Unfortunately the doors are made to order, so it's three weeks, but they're free"
        " of charge.",
        "I've looked into it and the problem is ours: the branch didn't close it on the system.",
        "I'm sorry. It was a fault in our charger, not anything you did.",
        "Chains can slip when you change gear at traffic lights; sorry for the hassle.",
    ],
)
def test_a_cause_turned_into_ownership_is_no_excuse(reply: str) -> None:
    # The phrases alone: these are the hard negatives they used to fail.
    res = ExcusesCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed, res.reason
    assert res.score == 1.0


def test_prevention_step_naming_a_maker_is_not_blame() -> None:
    reply = (
        "We're logging the fault against this model so our buying team can check it with the maker."
    )
    assert CHECK(CheckContext(reply=reply)).passed


@pytest.mark.parametrize(
    "reply",
    [
        "Sorry, but we didn't have enough staff that night.",
        "Sorry for the wait, but we hadn't been told by the courier.",
        "Deliveries are done by the app's drivers, so we have no control over timing.",
        "We're sorry. There's only so much we can do with four receptionists.",
        "Sorry. It's out of our hands, so this isn't something we caused.",
        "Sorry, but the traffic on the ring road was terrible.",
        "I'm sorry. However, late payments are chased by our agency, not by us.",
    ],
)
def test_a_turn_that_still_blames_is_an_excuse(reply: str) -> None:
    assert not ExcusesCheck(use_stance=False)(CheckContext(reply=reply)).passed


@pytest.mark.parametrize(
    ("reply", "passes"),
    [
        # The model reads this sentence as blame; the ownership in it clears it, as it
        # clears the phrases.
        (
            "I'm sorry you were left waiting. The delivery was handled by one of our courier"
            " partners, but we chose that courier, so what happened is on us, not them.",
            True,
        ),
        (
            "I'm sorry you were left waiting. The delivery was handled by one of our courier"
            " partners, and they were running very late that night.",
            False,
        ),
    ],
)
def test_the_model_respects_ownership(reply: str, passes: bool) -> None:
    res = ExcusesCheck(use_stance=True)(CheckContext(reply=reply))
    assert res.passed is passes, res.reason


#: Replies where the business was not at fault: naming the real cause is the truth, so
#: only the idioms of dodging a decision fail (their evidence, or None for a pass).
NOT_AT_FAULT = [
    ("The delay was down to the courier, who lost the parcel you sent us.", None),
    ("Traffic on the M25 held the driver up, so he arrived after the booked slot.", None),
    ("The rise is down to energy costs that are beyond our control.", "beyond our control"),
    ("Returns on formula aren't allowed, so my hands are tied.", "hands are tied"),
    ("Coffee prices were forced on us by poor harvests.", "forced on us"),
]


@pytest.mark.parametrize(("reply", "evidence"), NOT_AT_FAULT)
def test_causes_are_facts_when_the_business_was_not_at_fault(
    reply: str, evidence: str | None
) -> None:
    res = CHECK(CheckContext(reply=reply, business_at_fault=False))
    if evidence is None:
        assert res.passed, res.reason
    else:
        fails_with(CHECK, CheckContext(reply=reply, business_at_fault=False), evidence)


@pytest.mark.parametrize("reply", [r for r, evidence in NOT_AT_FAULT if evidence is None])
def test_the_same_causes_are_excuses_when_fault_is_unknown_or_ours(reply: str) -> None:
    """The rule must not pass replies by ignoring causes altogether."""
    for fault in (None, True):
        assert not CHECK(CheckContext(reply=reply, business_at_fault=fault)).passed


def test_a_but_that_concedes_is_not_an_excuse() -> None:
    """ "But even so" turns towards the fault, not away from it; the same cause with a
    "but" that takes the apology back still fails."""
    owned = (
        "Sorry, the crew had to isolate the supply for an emergency repair, but even so our"
        " crew should have knocked on doors first, and they didn't."
    )
    assert CHECK(CheckContext(reply=owned, business_at_fault=True)).passed
    fails_with(
        CHECK,
        CheckContext(
            reply="Sorry about the outage, but the emergency repair was out of our hands.",
            business_at_fault=True,
        ),
        "but the emergency repair",
    )


@pytest.mark.parametrize(
    "reply",
    [
        # The cause named, then owned as the business's own.
        "The transfer didn't complete because of an app fault on our side. I'm sorry.",
        "We had one person on the desk that afternoon. That was my rota, not his fault.",
        # The culprit is what the business acted on.
        "I've refunded the postage, and I've raised the missed card with our account manager"
        " at the courier.",
    ],
)
def test_causes_owned_or_acted_on_are_not_excuses(reply: str) -> None:
    res = ExcusesCheck()(CheckContext(reply=reply))
    assert res.passed, res.reason


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        # A product, not the weather; causes the reply owns as its own.
        ("Sorry your little one got soaked. Our rain pants should keep water out; DM us.", False),
        ("Two weeks without a kitchen is a lot, and the overrun was down to our planning.", False),
        (
            "Sorry. The sale should have activated that card, and it didn't: a fault at our end.",
            False,
        ),
        ("You did everything right by booking online, and our system never recorded it.", False),
        ("The payroll run was submitted late by us, and your team were left short. Sorry.", False),
        (
            "We found a fault in how your plan was set up on our packing list; it's fixed now.",
            False,
        ),
        ("The order was set up as recurring when it should have been a one-off. Refunded.", False),
        (
            "A replacement leaves our warehouse by Thursday, in good time for your new starter.",
            False,
        ),
        ("Your driver should have known the route, and the fact that he didn't is on us.", False),
        ("Deciding the crowd wasn't feeling it was not our call to make. I'm sorry.", False),
        ("I'm sorry our driver didn't walk you through that at drop-off.", False),
        ("Two days without internet is a big deal, and it was our fitter who caused it.", False),
        ("Three mornings late because of our app is too many. The lock bug is ours.", False),
        (
            "Our driver damaged your fence and left you waiting; neither should have happened.",
            False,
        ),
        # The same words that still pass the blame on, or minimise.
        ("There was no fault on our side; the courier lost it.", True),
        ("The delay was down to our supplier and the heavy rain, not us.", True),
        ("This was a one-off, caused by new staff on a busy night.", True),
        ("Sorry our courier didn't deliver on time; they had a backlog.", True),
        ("It was our supplier who sent the wrong parts, so it's not down to us.", True),
    ],
)
def test_owning_the_cause_and_passing_it_on(reply: str, fails: bool) -> None:
    res = ExcusesCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason
