"""Tables for the structural rules added for unseen businesses: sign-off shapes (names in
any script, roles, teams, closing words), excuse categories joined by cause words, arguing
structures, and policy conditions a reply waives. Each table has hard negatives that use
the same words without signing, excusing, arguing or over-promising."""

from __future__ import annotations

import pytest
from check_asserts import fails_with

from assistant.checks.argumentative import ArgumentativeCheck
from assistant.checks.base import CheckContext
from assistant.checks.excuses import ExcusesCheck
from assistant.checks.grounding import GroundingCheck
from assistant.checks.signature import SignatureCheck

SIGNATURE = SignatureCheck()
EXCUSES = ExcusesCheck()
ARGUMENTATIVE = ArgumentativeCheck()
GROUNDING = GroundingCheck()


@pytest.mark.parametrize(
    "reply",
    [
        "Sorry about this. DM us.\n\n— Kit, Harbour Bookings",
        "Sorry. DM us.\n\nCheers, Omar @ Wheelhouse",
        "Sorry.\n\nKind regards,\nDr Priya Nair\nClinic Manager",
        "Sorry, we'll sort it. Thanks – the Larkfield Cycles crew",
        "Sorry. DM us. ^PB",
        "Sorry. Call us any time. / Mateo",
        "Sorry.\nIngrid | Visitor Services | Northgate Museum",
        "Sorry, that's on us. ~ Femi, Depot Team",
        "Sorry.\n\nWith love from all of us at Willow Farm Shop",
        "Sorry! DM us 💛\n\n- Bea x",
        "Sorry.\n\nJosé-María Núñez\nFront of House",
        "Sorry.\n\nRegards,\nK. Adeyemi\nAccounts Team",
        "Sorry.\n\nMarta (she/her), Bookings",
        "Sorry.\n\nSeán McCarthy, Duty Manager, Quayside",
        "Sorry. DM us and I'll help. Rafe / Ticket Office",
        "Sorry.\n\nThe Night Desk @ Harbour Hotel",
        "Sorry, we'll fix it. Speak soon, Ines",
    ],
)
def test_signed_replies_pass(reply: str) -> None:
    assert SIGNATURE(CheckContext(reply=reply, customer_name="Zoe")).passed


@pytest.mark.parametrize(
    "reply",
    [
        "Sorry. DM us.\n\nThanks!",
        "Sorry.\n\nBest wishes,",
        "Sorry. We'll sort it.\n\nKind regards",
        "Sorry. Enjoy the rest of your week!",
        "Sorry. Enjoy!",
        "Sorry.\n\nMerry Christmas!",
        "Hi Zoe, sorry about this.\n\nThanks again, Zoe.",
        "Sorry. DM us if you get stuck. Cheers, Zoe",
        "Sorry.\n\nHave a lovely weekend",
        "Sorry.\n\nStay warm, both of you.",
        "Sorry.\n\nGood luck with the move!",
        "Sorry. Hope Milo feels better soon.",
        "Sorry. Our Customer Care team will call you.",
        "Sorry. Call us on 0800 555 0100.",
        "Sorry.\n\nBonne journée !",
        "Sorry.\n\nTalk soon x",
        "Sorry.\nPlease DM Us",
    ],
)
def test_unsigned_replies_fail(reply: str) -> None:
    assert not SIGNATURE(CheckContext(reply=reply, customer_name="Zoe")).passed


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        (
            "Sorry. The storm surge was beyond anything, so the sailing wasn't in our hands.",
            "wasn't in our hands",
        ),
        ("Sorry. The scaffolders overran, so the delay is really down to them.", "down to them"),
        (
            "Sorry. The lab mixed up the samples; it was their mistake rather than ours.",
            "their mistake rather than ours",
        ),
        (
            "Sorry. The supplier sent the wrong part, which left us with no choice.",
            "left us with no choice",
        ),
        (
            "Sorry. The bins were late and I'm sure you'll appreciate how busy the crews are.",
            "I'm sure you'll appreciate",
        ),
        ("Sorry. There's a nationwide flour shortage right now.", "shortage"),
        ("Sorry. It was our new apprentice's first week on the counter.", "first week"),
        (
            "Sorry. Frost like that is something no nursery could have prevented.",
            "no nursery could have prevented",
        ),
        (
            "Sorry. The lifts are serviced by a separate maintenance company, so faults are down "
            "to them.",
            "down to them",
        ),
        ("Sorry. Our porters can only move what the dispatch team tells them.", "dispatch"),
        ("Sorry. Most guests don't read the check-in e-mail anyway.", "Most guests don't"),
    ],
)
def test_excuse_categories_fail(reply: str, evidence: str) -> None:
    fails_with(EXCUSES, CheckContext(reply=reply), evidence)


@pytest.mark.parametrize(
    "reply",
    [
        # The cause explained and owned, in the same or the next sentence.
        "Sorry. A chef called in sick and we should have rung you. That's on us.",
        "Sorry. We're a driver short this week, but that's on us to plan for.",
        "Sorry. The van broke down, and the driver should still have called; he didn't. "
        "That's our mistake.",
        # A third party as part of the fix, or as the source of missing news.
        "Sorry. We'll pay for the repair at an approved garage of your choice.",
        "Sorry. A two-hour wait with no word from the driver let you down.",
        "Sorry, the leak test can't have caught it, and we'll replace the machine free.",
    ],
)
def test_owned_causes_pass(reply: str) -> None:
    res = EXCUSES(CheckContext(reply=reply))
    assert res.passed, [s.text for s in res.evidence]


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        (
            "Sorry the bill was high. It's a bit unfair to call it a rip-off, though.",
            "a bit unfair",
        ),
        ("Sorry. Would you rather we'd opened with the heating broken?", "Would you rather"),
        ("Sorry. I'd question whether you were kept waiting that long.", "I'd question"),
        ("Sorry. The parcel was technically on time.", "technically"),
        ("Sorry. The terms you agreed to at checkout cover this.", "terms you agreed"),
        ("Sorry. The quantity on your order was 2, which is what we sent.", "on your order was"),
        ("Sorry. Our stylist remembers talking you through the colour.", "remembers"),
        ("Sorry. Cracks like this are almost always caused by a knock.", "almost always caused by"),
        ("Sorry. It's a shame you threw the box away.", "It's a shame you"),
        ("Sorry. Closing the pool was the right call that day.", "was the right call"),
        ("Sorry. We always recommend booking a week ahead.", "We always recommend"),
        (
            "Sorry. Our courier actually delivered on Tuesday, so it hasn't been a week.",
            "actually delivered",
        ),
        ("Sorry. There was really no need to queue at the desk.", "no need"),
        ("Sorry. The staff would have told you about the surcharge.", "would have told you"),
    ],
)
def test_arguing_structures_fail(reply: str, evidence: str) -> None:
    fails_with(ARGUMENTATIVE, CheckContext(reply=reply), evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "Sorry. You're right that a week is too long to wait.",
        "Sorry. I can see why you were upset.",
        "Sorry. Actually, there's some good news: the tent is under warranty.",
        "Sorry. Actually, you shouldn't need to pay anything for this.",
        "Sorry. Once we've checked the till records we'll refund you within 3 days.",
        "Sorry. If the meter log shows a fault, we'll cancel the bill.",
        "Sorry. A shop with your order should have had it within 2 days, not ten.",
        "Sorry. Losing a whole afternoon for nothing isn't fair.",
        "Sorry. There's no need to bring the box; we'll collect it.",
        "Sorry. I'll call you on the number you gave us.",
    ],
)
def test_arguing_hard_negatives_pass(reply: str) -> None:
    res = ARGUMENTATIVE(CheckContext(reply=reply))
    assert res.passed, [s.text for s in res.evidence]


_POLICY = (
    "Returns (Fable Books): damaged books are refunded in full with the receipt, once we've "
    "checked the order. Contact: 020 555 0100.",
)


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        ("Sorry. No need to find the receipt: we'll refund you in full.", "No need to find"),
        (
            "Sorry. We've refunded you in full, so there's nothing you need to send.",
            "nothing you need to send",
        ),
        ("Sorry. I've refunded the book already.", "I've refunded"),
        ("Sorry. We'll refund it in full, no questions asked.", "no questions asked"),
    ],
)
def test_waived_conditions_fail(reply: str, evidence: str) -> None:
    fails_with(GROUNDING, CheckContext(reply=reply, policy_context=_POLICY), evidence)


def test_kept_conditions_pass() -> None:
    reply = "Sorry. Send us the receipt and once we've checked the order we'll refund you."
    assert GROUNDING(CheckContext(reply=reply, policy_context=_POLICY)).passed
    # A waiver only counts against a policy that sets a condition.
    free = ("Returns: damaged books are refunded in full. Contact: 020 555 0100.",)
    reply = "Sorry. No need to send anything: we'll refund you in full."
    assert GROUNDING(CheckContext(reply=reply, policy_context=free)).passed
