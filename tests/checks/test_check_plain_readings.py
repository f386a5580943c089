"""Words that look like a failure and are not, beside the failures they must still catch.

Round 24's blind authors (garages, salons, attractions, removals and couriers) drew false
alarms on plain readings: a plan changed "in our system", "the new starter motor", a
customer waiting "in the rain", "when you were actually there twice", a policy's "next
service ... is free" granting "his next cut is on us". Each table pairs such replies with the
near neighbours that still fail. The phrase checks run without the stance model, so these
cases test the rules alone and do not move when the model is retrained.
"""

from __future__ import annotations

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
        ("I can see the plan was switched to Platinum in our system on the 1st.", False),
        ("Sorry, our system crashed and switched your plan.", True),
        ("That photo on our site was taken at another sanctuary; I've asked for it to go.", False),
        ("Sorry, our site was down all morning.", True),
        ("I've escalated it so the faulty part is properly replaced rather than reset.", False),
        ("Sorry, a faulty batch of parts held the repair up.", True),
        ("The new starter motor is going in this afternoon.", False),
        ("Sorry, our new starter forgot to order the part.", True),
        ("There's no note of your call, so it wasn't logged properly on our side.", False),
        ("Sorry, but the delay wasn't anything on our side.", True),
        ("That happens occasionally, and our system should be catching it. It didn't.", False),
        ("Sorry, that happens occasionally with these cameras.", True),
        ("That's a miserable wait in the rain, and I'm sorry.", False),
        ("Sorry, the rain held up our crew.", True),
        ("You should never feel pressured into a treatment you didn't come in for.", False),
        ("Sorry, the parts didn't come in until Friday.", True),
        ("It's the last thing you need while settling in, and I'm sorry.", False),
        ("Sorry, our new team is still settling in.", True),
        (
            "I'm sorry. Without a receipt we can't refund, but a faulty item can always be "
            "swapped, and that's what should have been offered.",
            False,
        ),
    ],
)
def test_excuses_reads_the_plain_meaning(reply: str, fails: bool) -> None:
    verdict_is(EXCUSES, CheckContext(reply=reply, business_at_fault=True), fails)


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("If you do get it fixed elsewhere within 10 days, the retest is free.", False),
        ("You do get the same answer everywhere, I'm afraid.", True),
        (
            "The fee does show on the payment page, but it should be clear from the start.",
            False,
        ),
        ("Our salesperson should have gone through it with you when you agreed the price.", False),
        ("You agreed to the terms when you booked.", True),
        ("Their ships are held at port, and we are waiting on them like everyone else.", False),
        ("You'll have to wait like everyone else.", True),
        (
            "I'm very sorry you were charged for one stay when you were actually there twice.",
            False,
        ),
        ("Our records show you were actually there for six hours.", True),
        ("WE ARE SO SORRY!!! This is NOT how we treat our customers.", False),
        ("Our booking system double-booked you, which is what happened here.", False),
        ("We checked the log, which isn't what happened.", True),
        ("A timed ticket should mean you go in at your time, not 45 minutes later.", False),
        ("Actually, you arrived at 2:45, not 2pm.", True),
    ],
)
def test_argumentative_reads_the_plain_meaning(reply: str, fails: bool) -> None:
    verdict_is(ARGUMENTATIVE, CheckContext(reply=reply, business_at_fault=None), fails)


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        (
            "If you'd read the booking confirmation, you'd know drop-off is 8 to 9am. "
            "Karen, Service Advisor",
            True,
        ),
        ("Yes, we know. It's fixed now, as we've told everyone who's asked. Dean", True),
        ("Thanks Jo, we're waiting on them like everyone else, sorry! Chris", False),
        (
            "Thanks for telling us, and I'm sorry. If you had read the terms you'd have seen "
            "the fee, but I can refund it. Marcus",
            False,
        ),
    ],
)
def test_tone_hears_condescension(reply: str, fails: bool) -> None:
    verdict_is(TONE, CheckContext(reply=reply), fails)


@pytest.mark.parametrize(
    ("policy", "reply", "fails"),
    [
        # The same remedy in other words.
        (
            "If we fail to provide a booked service, the client's next service of the same "
            "type is free.",
            "His next cut is on us.",
            False,
        ),
        (
            "Deliveries 45+ minutes late: free garlic knots on the next order.",
            "Your next large pie is completely free.",
            True,
        ),
        (
            "Missed home visits caused by the clinic: the next visit is free of charge (one "
            "visit).",
            "Your mum's next two sessions will be free of charge.",
            True,
        ),
        (
            "Confirmed reservations that we fail to honour: the first month is free.",
            "Your first month in a 50 sq ft unit is free.",
            False,
        ),
        (
            "Guests who miss the departure may rebook once at 50% within 30 days.",
            "I can rebook you both on any tour in the next 30 days at half price.",
            False,
        ),
        (
            "Guests who miss the departure may rebook once at 50% within 30 days.",
            "I can rebook you at 25% off.",
            True,
        ),
        (
            "Lessons that cannot go ahead because the permit is invalid are charged at 50%.",
            "We've only charged half the lesson fee and refunded the rest.",
            False,
        ),
        (
            "If a booked MOT starts more than 2 hours late, offer £10 off the customer's next "
            "service.",
            "We'll take £10 off your next service.",
            False,
        ),
        (
            "Keys lost while in our care are replaced at our cost.",
            "We'll cover the cost of the replacement.",
            False,
        ),
        (
            "Parcels too large for a locker go to the depot; the customer may request free "
            "home redelivery.",
            "We can bring it to your home for free instead.",
            False,
        ),
        # Not promises: a past repair, what the customer pays for, someone free, a day picked.
        (
            "Damage caused by our barriers: open a claim on receipt of photos.",
            "The barrier sensors at Quayside were replaced by our contractor last month.",
            False,
        ),
        (
            "Re-diagnose free of charge if the light returns within 30 days.",
            "The O2 sensor we replaced was faulty and the repair fixed that code.",
            False,
        ),
        ("Facility complaints: no compensation.", "The dryer's being replaced.", False),
        (
            "Reserved-permit holders who lose their space: credit one-third of the fee.",
            "You pay for a guaranteed space, so we're crediting one-third of the fee.",
            False,
        ),
        ("No deposits are taken for walk-ins.", "I'll make sure an artist is free for you.", False),
        (
            "Missed visits caused by us: the next clean is free.",
            "Call me so I can lock in a day that works for you.",
            False,
        ),
        (
            "Missed visits caused by us: the next clean is free.",
            "We'll have a cleaner with you in a day.",
            True,
        ),
        (
            "Disputed results: offer a free re-inspection.",
            "The first thing I'll do is pull the test record.",
            False,
        ),
        ("Disputed results: offer a free re-inspection.", "We'll refund you first thing.", True),
        # The wait, not a lifetime: "taking forever".
        (
            "Faulty tubes: sessions are refunded or replaced.",
            "New tubes are on order and the supplier is taking forever; DM us for your session.",
            False,
        ),
        (
            "Faulty tubes: sessions are refunded or replaced.",
            "Your sessions are free forever.",
            True,
        ),
        # A thing the policy refunds whole backs its price; a process clause or a share does not.
        (
            "Unused course sessions are refundable; used sessions are charged at £160 each.",
            "That means a refund of £240 for the unused sessions.",
            False,
        ),
        (
            "Refunds of 10% of the order are made when it is late.",
            "We'll refund £240.",
            True,
        ),
    ],
)
def test_grounding_reads_the_plain_meaning(policy: str, reply: str, fails: bool) -> None:
    verdict_is(GROUNDING, CheckContext(reply=reply, policy_context=(policy,)), fails)


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("Because we broke our promise, your next three washes are on us.", True),
        ("Because we broke our promise, your next express wash is on us.", False),
    ],
)
def test_grounding_counts_plurals_in_es(reply: str, fails: bool) -> None:
    """ "washes" is counted as the policy's "wash": three free ones are more than its one."""
    policy = "Express guarantee: if an express wash takes over 30 minutes, the customer's next "
    verdict_is(
        GROUNDING,
        CheckContext(reply=reply, policy_context=(policy + "express wash is free.",)),
        fails,
    )
