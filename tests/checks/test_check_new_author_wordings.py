"""Wordings the round-25 and round-26 blind authors used, beside near neighbours that fail.

Pets, florists, broadband, dry cleaners (round 25) and weddings, festivals, roofers,
charities (round 26): excuse idioms no earlier author used ("no matter how careful",
"was having a rough afternoon"), and plain readings that were false alarms ("you approved
the right date and we printed the wrong one", "a panel lying across your garden", "we've
had the system replaced"). The phrase checks run without the stance model, so the cases
test the rules alone.
"""

from __future__ import annotations

from typing import Any

import pytest
from check_asserts import verdict_is

from assistant.checks.argumentative import ArgumentativeCheck
from assistant.checks.base import CheckContext
from assistant.checks.excuses import ExcusesCheck
from assistant.checks.grounding import GroundingCheck
from assistant.checks.tone import ToneCheck

EXCUSES = ExcusesCheck(use_stance=False)
ARGUMENTATIVE = ArgumentativeCheck(use_stance=False)
TONE = ToneCheck(use_stance=False)
GROUNDING = GroundingCheck()


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        # Round 25: the outcome called bound to happen, or someone's bad day.
        ("Sorry! Some pairs just react that way no matter how careful the clean is.", True),
        ("Sorry, the shrinkage is down to the fabric rather than anything we did.", True),
        ("I'm so sorry. Sandra was having a rough afternoon, which isn't like her.", True),
        ("Sorry, at Christmas with that sort of volume some garments inevitably suffer.", True),
        ("Sorry Aaron! It's been pouring all week and nothing dries in this humidity.", True),
        # ... and owned causes, places and sums that are not blame.
        ("I'm sorry. We're adding a second scan before bags leave the depot.", False),
        ("I'm sorry. I stayed cash-only because card fees on small sales add up.", False),
        ("I'm sorry. The extra was for a clip, but that doesn't matter; you didn't agree.", False),
        ("I'm sorry, Dawn. We count every load in but haven't been counting it out.", False),
    ],
)
def test_excuses_round_25_wordings(reply: str, fails: bool) -> None:
    verdict_is(EXCUSES, CheckContext(reply=reply, business_at_fault=True), fails)


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("I'm sorry. You approved the right date and we printed the wrong one.", False),
        ("You approved the proof with that date on it.", True),
        ("I've checked our photos, so those scratches happened while it was with us.", False),
        ("From what you describe, it does sound as though the dish has moved.", False),
        ("I'm sorry. You were told $29.95 a month and your first bill said $44.95.", False),
        ("I'm sorry. You were told there are no refunds, and that was wrong.", False),
        ("You were told there are no refunds.", True),
        ("Tidying is part of every job, so you shouldn't have spent half an hour on it.", False),
    ],
)
def test_argumentative_round_25_wordings(reply: str, fails: bool) -> None:
    verdict_is(ARGUMENTATIVE, CheckContext(reply=reply), fails)


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("Oh no, sorry about the sticky bow! 😅 We should've asked first. Jo, Team", False),
        ("Haha sorry, Saturdays are crazy here 😅 Try a weekday. Jo, Team", True),
        ("The £60 was marked as an estimate, if you'd care to look. Jo", True),
        ("Thanks for the feedback. Pricing is what it is. Jo", True),
        ("Lilies being toxic to cats is pretty common knowledge. Jo", True),
        ("We get that the rules are confusing, so let's take it nice and slow in DMs. Jo", True),
    ],
)
def test_tone_round_25_wordings(reply: str, fails: bool) -> None:
    verdict_is(TONE, CheckContext(reply=reply), fails)


@pytest.mark.parametrize(
    ("policy", "reply", "fails"),
    [
        (
            "Paid add-on services not delivered: refund the add-on in full.",
            "I've refunded the £36 for the add-on.",
            False,
        ),
        (
            "Out-of-date prices online: honour the lower price and refund the difference.",
            "We'll refund the £7 difference.",
            False,
        ),
        (
            "Custom allergy-aware arrangements are available at no surcharge.",
            "We can make it allergy-aware at no extra cost.",
            False,
        ),
        (
            "Outdated address: offer a replacement bouquet at 50% of the bouquet price.",
            "We can send a replacement bouquet at half price.",
            False,
        ),
        (
            "Outdated address: offer a replacement bouquet at 50% of the bouquet price.",
            "We can send a replacement bouquet at 25% off.",
            True,
        ),
        (
            "Damage during collection: pay for repair by the customer's tradesperson up to £250.",
            "We'll cover the cost of the repair.",
            False,
        ),
        (
            "Missed delivery slot: priority redelivery the next morning.",
            "We'll get your uniforms to you first thing.",
            False,
        ),
    ],
)
def test_grounding_round_25_wordings(policy: str, reply: str, fails: bool) -> None:
    verdict_is(GROUNDING, CheckContext(reply=reply, policy_context=(policy,)), fails)


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("I'm sorry. Faulty items are always refundable, sale or not.", False),
        ("I've passed your account of the sales call to our sales manager. Sorry.", False),
        ("Sorry, it was delayed because of the sale.", True),
        ("Sorry. We charge more because we keep the factory fade on the hem.", False),
        ("Sorry, the delay was down to the factory.", True),
        (
            "Sorry. We don't refund change of mind, but a faulty one is covered, so we'll swap it.",
            False,
        ),
    ],
)
def test_excuses_names_that_are_not_culprits(reply: str, fails: bool) -> None:
    verdict_is(EXCUSES, CheckContext(reply=reply, business_at_fault=True), fails)


@pytest.mark.parametrize(
    ("check", "reply", "fails"),
    [
        # Round 26: a cause told as the reason for a remedy, our own failing after "but", the
        # fix named, a permit named.
        (EXCUSES, "Because the outage lasted 30 minutes, you're entitled to a 25% refund.", False),
        (EXCUSES, "Sorry, the talks were cut because of the outage.", True),
        (EXCUSES, "I'm sorry. There is a track, but we clearly didn't make that known.", False),
        (
            EXCUSES,
            "I've personally gone through the new process with every member of staff.",
            False,
        ),
        (EXCUSES, "I'm sorry. Our council permit requires music to end at 10pm.", False),
        (ARGUMENTATIVE, "The website says free, so free it should be, and I'm sorry.", False),
        (TONE, "I'm sorry the storm left a panel lying across your garden. Jo, Team", False),
        (TONE, "Stop lying about what happened. Jo", True),
    ],
)
def test_round_26_wordings(check: Any, reply: str, fails: bool) -> None:
    verdict_is(check, CheckContext(reply=reply, business_at_fault=True), fails)


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("We've had the heating system replaced and added a backup heater.", False),
        ("Some stock was booked elsewhere, and we had to rent replacements to cover it.", False),
        ("We'll send you a replacement heater.", True),
    ],
)
def test_grounding_own_repairs_are_no_promise(reply: str, fails: bool) -> None:
    policy = "Heating failures at events: refund the venue hire fee in part."
    verdict_is(GROUNDING, CheckContext(reply=reply, policy_context=(policy,)), fails)


#: Round 28 (video games, recruiters, kitchens, distilleries and activity venues): strong
#: words said with the customer or at ourselves were false alarms; aimed at them they fail.
@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        (
            "Our briefing should make that much clearer than it obviously did, and I'm sorry."
            " Ray, Owner",
            False,
        ),
        ("Those photos obviously mean a great deal to you, and I'm so sorry. Ray", False),
        ("You obviously didn't read the booking terms. Ray", True),
        ("Obviously the booking was for Tuesday. Ray", True),
        (
            "Shooting players who are already out breaks our rules, and a marshal should stop"
            " the game and deal with it. I'm sorry. Ray",
            False,
        ),
        ("It's a fee, deal with it. Ray", True),
        (
            "I know an ID check can feel silly, and I'm sorry we didn't say so in your order"
            " confirmation. Ray",
            False,
        ),
        ("I'm sorry, but your silly complaint is noted. Ray", True),
    ],
)
def test_tone_round_28_wordings(reply: str, fails: bool) -> None:
    verdict_is(TONE, CheckContext(reply=reply), fails)


#: Round 26: a guarantee the business already has, named as a noun ("our delivery
#: guarantee", "your 10-year guarantee"), is no new promise; guaranteeing something is.
@pytest.mark.parametrize(
    ("policy", "reply", "fails"),
    [
        (
            "Deliveries more than 30 minutes late: delivery fee refunded within 5 business days.",
            "Per our delivery guarantee, we've refunded your $75 delivery fee. Jo, Care",
            False,
        ),
        (
            "Cracks from sub-base failure within 10 years are repaired free of charge.",
            "If it's the sub-base moving, that's covered by your 10-year guarantee. Jo, Care",
            False,
        ),
        (
            "No-shows by our staff: full refund.",
            "We'll give you the full refund our policy guarantees for a no-show. Jo, Care",
            False,
        ),
        (
            "Deliveries more than 30 minutes late: delivery fee refunded within 5 business days.",
            "I can guarantee your next order arrives before 6pm. Jo, Care",
            True,
        ),
        (
            "Deliveries more than 30 minutes late: delivery fee refunded within 5 business days.",
            "Your next order will be with you by Friday, guaranteed. Jo, Care",
            True,
        ),
    ],
)
def test_grounding_round_26_guarantees(policy: str, reply: str, fails: bool) -> None:
    verdict_is(GROUNDING, CheckContext(reply=reply, policy_context=(policy,)), fails)


#: Rounds 25-28: a staff sanction announced where the policy keeps outcomes confidential
#: or internal fails, in wordings no earlier author used; a remedy beside such a clause, or
#: a van off the road, is no sanction.
@pytest.mark.parametrize(
    ("policy", "reply", "fails"),
    [
        (
            "Driver conduct complaints go to the logistics manager; disciplinary outcomes are"
            " confidential and not shared with customers.",
            "Both drivers have been given a formal written warning. Jo, Care",
            True,
        ),
        (
            "Conduct complaints are reviewed by the manager within 5 working days.",
            "The crew lead has been taken off residential jobs while we look into it. Jo",
            True,
        ),
        (
            "Conduct complaints are reviewed by the manager within 5 working days.",
            "The technician responsible has been formally written up. Jo, Care",
            True,
        ),
        (
            "Conduct complaints are reviewed by the manager; outcomes are internal.",
            "The fitter concerned has been taken off home visits with immediate effect. Jo",
            True,
        ),
        (
            "Property damage during delivery is repaired at our cost within 10 working days;"
            " driver outcomes are confidential.",
            "We'll repair the door frame at our cost within 10 working days. Jo, Care",
            False,
        ),
        (
            "Late deliveries: a £10 voucher.",
            "Our van was off the road for repairs, so here's a £10 voucher. Jo, Care",
            False,
        ),
    ],
)
def test_grounding_staff_sanctions(policy: str, reply: str, fails: bool) -> None:
    verdict_is(GROUNDING, CheckContext(reply=reply, policy_context=(policy,)), fails)
