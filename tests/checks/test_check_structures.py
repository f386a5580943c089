"""Tables for the structural rules: each positive names its evidence, each hard negative is a
reply that uses the same words without blaming, arguing, over-promising or dodging."""

from __future__ import annotations

import pytest
from check_asserts import fails_with

from assistant.checks.apology import ApologyCheck
from assistant.checks.argumentative import ArgumentativeCheck
from assistant.checks.base import CheckContext
from assistant.checks.contact import ContactCheck
from assistant.checks.excuses import ExcusesCheck
from assistant.checks.grounding import GroundingCheck
from assistant.checks.signature import SignatureCheck
from assistant.checks.tone import ToneCheck

EXCUSES = ExcusesCheck()
ARGUMENTATIVE = ArgumentativeCheck()
GROUNDING = GroundingCheck()
APOLOGY = ApologyCheck()
TONE = ToneCheck()
CONTACT = ContactCheck()
SIGNATURE = SignatureCheck()


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        ("Sorry. Weekends are chaotic at the depot.", "are chaotic"),
        ("Sorry. Outages like this are extremely rare here.", "are extremely rare"),
        ("I'm sorry, it was a one-off nobody could have foreseen.", "nobody could have foreseen"),
        ("Sorry. Our drivers are self-employed, so we can't control their routes.", "control"),
        ("Sorry, a sudden surge in orders swamped the packers.", "sudden surge"),
        ("Sorry, the bakery's staff were on strike that day.", "on strike"),
        ("Sorry. The fault would have been there before it ever reached our store.", "reached"),
        ("Sorry, it wasn't mislaid on our side.", "on our side"),
        ("Sorry. Your note went to a colleague who has since left.", "has since left"),
        ("Sorry. The forms weren't passed on to the office.", "weren't passed on"),
        ("Sorry. Your parcel was mis-routed at the hub.", "was mis-routed"),
        ("Sorry. Our booking partner overbooked the rooms that night.", "booking partner"),
        ("Sorry. A power supply fault at the depot caused the delay.", "fault"),
        ("I'm sorry. Because of a storm the crew couldn't get through.", "storm"),
    ],
)
def test_excuse_structures_fail(reply: str, evidence: str) -> None:
    fails_with(EXCUSES, CheckContext(reply=reply), evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "I'm sorry. I've asked the courier to call you before 10am tomorrow.",
        "Sorry. We've chased the landlord and the plumber is booked for Friday.",
        "Sorry, you're due £15 a day while the kitchen is out of use.",
        "Sorry we missed your slot. That's on us, and we'll rebook it free.",
        "I'm sorry. Our crews are working around the clock in your area.",
        "Sorry, the delivery was missed. It's our mistake and we'll fix it.",
        "Please e-mail sales@example.com and I'll look after it myself.",
    ],
)
def test_excuse_hard_negatives_pass(reply: str) -> None:
    res = EXCUSES(CheckContext(reply=reply))
    assert res.passed, res.reason


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        ("Sorry. Our gate camera images show the van at your door.", "images show"),
        ("Sorry. Our till shows your order went out at 7pm.", "till shows"),
        ("Sorry. The door looks intact in our photos from handover.", "intact in our photos"),
        ("You can turn on alerts in the app, which would have prevented this.", "would have"),
        ("There was a post on our page, so there was notice if you'd checked.", "if you'd checked"),
        ("We wrote to everyone, so please check your spam folder.", "check your spam"),
        ("Sorry. You waited 20 minutes, not 45.", "not 45"),
        ("Our plans are still the cheapest in the city.", "cheapest in"),
        ("Our driver followed the correct process before leaving.", "followed the correct"),
        ("Our reception team were right to ask for ID.", "were right to"),
        ("Most of the guests were happy with the room.", "Most of the guests were happy"),
        ("I'm sure no offence was meant by our server.", "sure no offence was meant"),
        ("Our host is one of the most courteous people I know.", "one of the most courteous"),
        ("It's quite likely your router dropped the signal.", "likely your"),
        ("The limit is set out in your account terms.", "set out in your"),
        ("We can't agree that anything went wrong.", "can't agree"),
    ],
)
def test_argument_structures_fail(reply: str, evidence: str) -> None:
    fails_with(ARGUMENTATIVE, CheckContext(reply=reply), evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "I'm sorry. Your claim will be settled in full this month.",
        "You're due £15 a day, backdated to when you claimed.",
        "I can't agree an amount myself, but the claims team will look at it properly.",
        "Sorry. You should have had help when you rang, and that's on us.",
        "I've refunded the £58 today, so there's nothing more you need to do.",
        "It's worth every penny to us to get this right for you.",
    ],
)
def test_argument_hard_negatives_pass(reply: str) -> None:
    res = ARGUMENTATIVE(CheckContext(reply=reply))
    assert res.passed, res.reason


SEA_VIEW = (
    "Room type not provided: if we can't provide the room type booked, we refund the price "
    "difference for each affected night (the sea view supplement is £35 per night). We don't "
    "offer free nights or upgrades as compensation.",
)
MEAL = (
    "Complaints: we refund the service charge on request and offer a return visit with 20% off "
    "the food bill, valid for 3 months, not on Saturdays. We don't refund whole bills.",
)
CLASSES = (
    "Class cancellations: each class we cancel gets one free guest pass. Members with 3 or more "
    "cancellations in a month can request a 25% reduction on that month's fee.",
)
FLIGHTS = (
    "Cancellations: passengers choose a full refund or a free rebooking on the next available "
    "Aurora flight. We don't write letters to employers.",
)
DELIVERY = (
    "Damage: a technician repairs it within 14 days. Delivery charges are not refunded for "
    "repairable damage.",
)


@pytest.mark.parametrize(
    ("reply", "policy"),
    [
        ("We'll refund the sea view supplement for both nights, £70 in all.", SEA_VIEW),
        ("We'll refund the £35 supplement for each night.", SEA_VIEW),
        ("I'll refund the service charge and offer 20% off within 3 months.", MEAL),
        ("You'll get a free guest pass for each class and 25% off this month's fee.", CLASSES),
        ("You'll get a free guest pass and a quarter off this month's fee.", CLASSES),
        ("You can have a full refund or a free seat on the next Aurora flight.", FLIGHTS),
        ("Our technician will repair it within 14 days.", DELIVERY),
    ],
)
def test_paraphrased_policy_promises_pass(reply: str, policy: tuple[str, ...]) -> None:
    res = GROUNDING(CheckContext(reply=reply, policy_context=policy))
    assert res.passed, res.reason


@pytest.mark.parametrize(
    ("reply", "policy", "evidence"),
    [
        ("We'll refund the supplement, £50 in all.", SEA_VIEW, "£50"),
        ("I'll write to your employer to explain.", FLIGHTS, "write to your employer"),
        ("We'll repair it and refund your delivery charge too.", DELIVERY, "delivery charge"),
        ("We'll give you next month free.", CLASSES, "month free"),
        ("I'll lock in your price for life.", CLASSES, "for life"),
        ("You'll get a free dessert on your next visit.", MEAL, "free dessert"),
        ("The water will be back on by 6pm tonight.", DELIVERY, "by 6pm"),
        (
            "We'll refund the service charge and 20% off, valid any time in the next year.",
            MEAL,
            "next year",
        ),
    ],
)
def test_ungrounded_promises_fail(reply: str, policy: tuple[str, ...], evidence: str) -> None:
    fails_with(GROUNDING, CheckContext(reply=reply, policy_context=policy), evidence)


def test_forbidding_clause_needs_the_forbidden_thing_itself() -> None:
    policy = (
        "A full refund of the delivery charge once the order has missed its date.\n"
        "- No discount or partial refund on the item price for a late delivery.",
    )
    reply = "We can offer you a full refund of your delivery charge."
    assert GROUNDING(CheckContext(reply=reply, policy_context=policy)).passed
    bad = "We can offer you a partial refund on the item price."
    assert not GROUNDING(CheckContext(reply=bad, policy_context=policy)).passed


def test_someone_elses_action_is_not_a_promise() -> None:
    policy = ("Prescriptions are ready within 48 hours of being received from the GP.",)
    reply = "Once your GP resends it, it'll be ready within 48 hours and we'll text you."
    assert GROUNDING(CheckContext(reply=reply, policy_context=policy)).passed


def test_counterfactual_staff_conduct_is_not_a_promise() -> None:
    reply = "You should never have been spoken to like that, and I'll look into it."
    assert GROUNDING(CheckContext(reply=reply, policy_context=("Goodwill: £25.",))).passed


@pytest.mark.parametrize(
    ("reply", "passed"),
    [
        ("Sorry your food was cold. DM us.", True),
        ("We found the duplicate and apologise for this.", True),
        ("That shouldn't have happened. We let you down.", True),
        ("We regret that your evening did not meet your expectations.", False),
        ("We apologise for any inconvenience.", False),
        ("Sorry you feel that way.", False),
    ],
)
def test_apology_forms(reply: str, passed: bool) -> None:
    res = APOLOGY(CheckContext(reply=reply, business_at_fault=True))
    assert res.passed is passed, res.reason


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        ("Sorry, and the camping stove must be quite the family adventure.", "quite the family"),
        ("Sorry! On the bright side, you'll be the only one in that colour.", "bright side"),
        ("I know 5am is early, bless you. Sorry about that.", "bless you"),
        ("Sorry. No need to threaten the ombudsman; let's all keep calm.", "No need to threaten"),
    ],
)
def test_tone_structures_fail(reply: str, evidence: str) -> None:
    fails_with(TONE, CheckContext(reply=reply), evidence)


def test_bless_you_for_is_warm() -> None:
    assert TONE(CheckContext(reply="Thank you, and bless you for your patience.")).passed


@pytest.mark.parametrize(
    ("reply", "passed"),
    [
        ("Sorry about this. Give us a DM if anything else looks off.", True),
        ("Sorry. DM for assistance.", True),
        ("Sorry. I'll DM you the moment I hear.", True),
        ("Sorry. Just reply to this e-mail and I'll sort it.", True),
        ("Sorry. Call the number on your booking and ask for me.", True),
        ("Sorry. Pop into the branch and ask for me.", True),
        ("Sorry. We are looking into it.", False),
    ],
)
def test_contact_forms(reply: str, passed: bool) -> None:
    assert CONTACT(CheckContext(reply=reply)).passed is passed


@pytest.mark.parametrize(
    ("reply", "passed"),
    [
        ("Sorry about that.\nSam | Customer Team", True),
        ("Sorry about this. DM us. – JS", True),
        ("Sorry.\n\nJo\nGuest Care", True),
        ("Sorry. DM us. — Priya at Swift Rail", True),
        ("Sorry Sarah. DM us.\n\nThanks, Sarah", False),
        ("Hi Sarah,\nSorry about this.\nPlease DM Us", False),
    ],
)
def test_signature_shapes(reply: str, passed: bool) -> None:
    assert SIGNATURE(CheckContext(reply=reply, customer_name="Sarah")).passed is passed
