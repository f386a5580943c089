"""Owner replies to reviews: structures of arguing, excusing and over-promising.

The sentences are written for these tests (not taken from the labelled files): each
positive names the words its evidence must cover; each hard negative uses the same words
in a reply that owns the problem, sympathises or states policy without arguing, excusing
or promising something new.
"""

from __future__ import annotations

import pytest
from check_asserts import fails_with

from assistant.checks.argumentative import ArgumentativeCheck
from assistant.checks.base import CheckContext
from assistant.checks.excuses import ExcusesCheck
from assistant.checks.grounding import GroundingCheck

ARGUMENTATIVE = ArgumentativeCheck()
EXCUSES = ExcusesCheck()
GROUNDING = GroundingCheck()


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        # Narrating the customer's own behaviour to rebut them.
        ("Sorry. Your group arrived 30 minutes late, so the kitchen had moved on.", "arrived"),
        ("Sorry. When you came in, you were already behind your slot.", "you were"),
        ("I'm sorry, though you looked perfectly happy at the till.", "looked perfectly happy"),
        ("Sorry. You said it was fine when we showed you the back.", "You said it was fine"),
        ("Sorry. You declined the replacement we offered on the night.", "You declined"),
        ("Sorry. Had you told the waiter we'd have swapped it.", "Had you told"),
        ("Sorry. From our notes, you did the stretches once a week.", "notes, you"),
        # Implying oddness or dishonesty.
        ("Sorry. Oddly, nobody else on your table complained.", "Oddly"),
        ("We were a little surprised to read this after such a nice evening.", "surprised"),
        ("Your review came as something of a surprise to the team.", "came as something"),
        ("I recall the conversation quite differently.", "differently"),
        ("Our barista is adamant the milk was oat.", "is adamant"),
        # Credentials and social proof.
        ("Our baker has been baking for over 15 years.", "baking for over 15 years"),
        ("Our groomer trained at a top academy for three years.", "trained at"),
        ("We're rated 4.9 stars by our regulars.", "rated 4.9"),
        ("Our 5-star reviews on Google speak for themselves.", "reviews"),
        ("Hundreds of happy clients would disagree.", "Hundreds of happy"),
        ("This really isn't typical of us.", "typical of us"),
        # Lecturing framed as context and rebuttal markers.
        ("Most reasonable guests ask at the bar.", "reasonable guests"),
        ("As anyone who has owned a puppy will know, accidents happen.", "will know"),
        ("We would encourage all new owners to brush daily.", "encourage all new owners"),
        ("I'd gently point out that this room is our hardest.", "point out"),
        ("I do need to correct one detail in your review.", "to correct"),
        ("Just to clarify, the deposit was never refundable.", "to clarify"),
        ("The cake was made exactly as ordered.", "exactly as ordered"),
        # The customer's own care as the cause.
        ("Fading usually comes down to aftercare in the first month.", "aftercare"),
        ("Healing depends on aftercare, as the sheet explains.", "aftercare"),
        ("Frankly, it came as a surprise to read this review.", "came as a surprise"),
        ("Plants wilt when they aren't watered daily.", "watered"),
        ("Results depend heavily on clients following the plan.", "depend heavily"),
        ("Thank you for your... interesting review.", "interesting"),
        # Round-9 wordings: quoting the ticket, "for clarity", the customer's mix-up, the
        # damage already there, defending staff as "not fair to blame".
        ("As printed on every ticket, coats are donated after 90 days.", "As printed on every"),
        ("For clarity, we sent two reminders before the renewal.", "For clarity"),
        ("I think you may have mixed it up with the happy-hour price.", "you may have mixed"),
        ("Our cleaner says the vase was already cracked when she arrived.", "already cracked"),
        ("It's not fair to blame our staff: they are all trained to do that.", "trained to"),
    ],
)
def test_argumentative_owner_structures(reply: str, evidence: str) -> None:
    fails_with(ARGUMENTATIVE, CheckContext(reply=reply), evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "I'm so sorry. You came in for a trim and left with something you didn't ask for.",
        "I'm sorry. You were told the room had gone, and that was our error, not yours.",
        "You were right to call it out, and I answered defensively. I'm sorry.",
        "Telling you 'rules are rules' was the wrong answer; the rule is on your side.",
        "Happy to clarify: the refund goes back to the card you paid with.",
        "Just to clarify, which day would suit you for the visit?",
        "We'd encourage you to call us so we can sort it today.",
        "Your booking arrived in our inbox and I've confirmed it.",
        "I'm sorry, we should have told you about the extra work before doing it.",
        "I'm really sorry. Our crew should have told you straight away.",
        "I'm sorry the fee came as a surprise, and I hope your little one is better.",
        "Our aftercare team can book the visit at aftercare@ashwood.co.uk.",
        "Kind regards,\nJoel Martin\nAftercare, Ashwood Interiors",
        "I'm sorry for the shock this bill must have given you.",
        "We'll redo the lawn free and I'll come and look at it myself.",
        # Round-9 hard negatives: owning, conceding, and a customer's action that earns them
        # a remedy.
        "That's not okay, and I'm sorry. You were promised a table at 8 and we gave it away.",
        "You should have had an email the moment we knew, and I'm sorry you didn't.",
        "As you were over 2 hours late, you can claim 50% of your fare back: DM us.",
        "That's on us. We should have explained it at drop-off, so it didn't come as a surprise.",
        "I'm sorry we didn't check it with you before you chose your frames.",
    ],
)
def test_argumentative_owner_hard_negatives(reply: str) -> None:
    res = ARGUMENTATIVE(CheckContext(reply=reply))
    assert res.passed, [s.text for s in res.evidence]


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        ("Sorry. Sundays are always rammed and we were two chefs down.", "always rammed"),
        ("Sorry. We were a barista short that morning.", "a barista short"),
        ("I'm sorry, it was just an off day for the kitchen.", "off day"),
        ("Sorry, it was one of those days.", "one of those days"),
        ("I'm sorry. It happens to the best of us.", "happens to the best"),
        ("Sorry. Our manager had a family emergency that week.", "family emergency"),
        ("Sorry. Our stylist was off sick, so a junior was covering.", "off sick"),
        ("Sorry. It was only his second week on the job.", "second week"),
        ("Sorry, the card reader was playing up all day.", "playing up"),
        ("Sorry, the wholesaler sent us the wrong grade of flour.", "sent us the wrong"),
        ("Sorry, the previous owner's pipes were never up to it.", "previous owner"),
        ("As a small team we can't always answer the phone.", "As a small team"),
        ("Sorry. Tulips are notoriously delicate in the heat.", "notoriously delicate"),
        ("The cold snap hit growers across the whole country.", "hit growers"),
        ("Sadly a few bruised apples were hard to avoid.", "hard to avoid"),
        ("The till froze, so the team couldn't see the orders.", "couldn't see"),
        ("Our van had not arrived, so the crew fell behind.", "fell behind"),
        ("A guest artist cancelled at the last minute.", "last minute"),
    ],
)
def test_excuses_owner_structures(reply: str, evidence: str) -> None:
    fails_with(EXCUSES, CheckContext(reply=reply), evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "The 48-hour rule is for pupils cancelling, not us, and it was wrongly applied.",
        "Our crews are working flat out on the main in your street today.",
        "If the supply is off for more than 12 hours, £30 is credited automatically.",
        "Nobody checked the load sheet, so the dish was left off; that's our process failing.",
        "I was tired, but that's no excuse, and I'm sorry.",
        "I'm sorry. We'll redo the whole order free this week.",
        "I've asked our supplier to send a fresh batch for your next order.",
        # Judging its own failure, admitting it, and a culprit about to act for us.
        "It shouldn't happen, but it did, and you lost a half day because of it. Sorry.",
        "Three late openings in a month isn't good enough, and I'm sorry about the rain.",
        "I've reported it to our chef today so the kitchen can trace how it happened.",
        "That's a serious failure on our part, and I'm sorry you've been unwell.",
    ],
)
def test_excuses_owner_hard_negatives(reply: str) -> None:
    res = EXCUSES(CheckContext(reply=reply))
    assert res.passed, [s.text for s in res.evidence]


_ROOMS = (
    "Room faults: if a fault isn't fixed on the day it's reported, we refund 20% of the room "
    "rate for each night it affects, paid within 7 days. We don't refund stays in full and "
    "we don't give free future nights.",
)
_WEDDING = (
    "Weddings: where a service listed in the package isn't delivered, we refund the listed "
    "price of that item within 14 days. The venue hire fee is not refundable.",
)
_KENNEL = (
    "Boarding: if an add-on we sold isn't delivered, we refund it in full within 7 days. "
    "We pay vet bills during the stay; vet bills after collection aren't covered.",
)
_TAILOR = (
    "Alterations: if it doesn't fit as agreed, we re-alter it free; for events within 3 days "
    "we turn it round within 24 hours.",
)
_PLUMBER = ("Leaks from our work are fixed free within 12 months.",)


@pytest.mark.parametrize(
    ("reply", "policy"),
    [
        # Paraphrases of what the policy allows.
        ("We'll refund 20% of your second night's rate within 7 days.", _ROOMS),
        ("We'll refund the listed price of the chair covers within 14 days.", _WEDDING),
        ("We'll refund the grooming add-on in full within 7 days.", _KENNEL),
        ("It's our fitting, so the fix is free.", _PLUMBER),
        ("We'll re-alter it free, and I'll see you first thing.", _TAILOR),
        # Operational changes, remarks and descriptions are not promises to the customer.
        ("Both taps have been replaced and we'll refund 20% of the room rate.", _ROOMS),
        ("I'd point out that only 30% of guests ask for this.", _ROOMS),
        ("The gluten-free menu is on the website.", _ROOMS),
    ],
)
def test_grounding_owner_hard_negatives(reply: str, policy: tuple[str, ...]) -> None:
    res = GROUNDING(CheckContext(reply=reply, policy_context=policy))
    assert res.passed, [s.text for s in res.evidence]


@pytest.mark.parametrize(
    ("reply", "policy", "evidence"),
    [
        ("We'll refund your whole stay in full.", _ROOMS, "refund your whole stay in full"),
        ("Your next night is on us.", _ROOMS, "on us"),
        ("Send us the vet bill from after collection and we'll pay it.", _KENNEL, "pay it"),
        ("We'll refund the venue hire fee within 14 days.", _WEDDING, "venue hire"),
        ("We'll refund 50% of the room rate.", _ROOMS, "50%"),
        ("Use code SORRY20 for 20% off your next stay.", _ROOMS, "20%"),
    ],
)
def test_grounding_owner_still_catches(reply: str, policy: tuple[str, ...], evidence: str) -> None:
    fails_with(GROUNDING, CheckContext(reply=reply, policy_context=policy), evidence)
