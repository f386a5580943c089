"""Argumentative: contradicting, doubting or lecturing fails; plain help passes."""

from __future__ import annotations

import pytest
from check_asserts import fails_with

from assistant.checks.argumentative import ArgumentativeCheck
from assistant.checks.base import CheckContext

CHECK = ArgumentativeCheck()


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        ("We have no record of your call on Monday.", "We have no record of"),
        ("Are you sure you ordered the large size?", "Are you sure"),
        ("You claim the sofa arrived damaged.", "You claim"),
        ("As clearly stated on our website, sale items are final.", "As clearly stated"),
        ("As per our terms, we cannot refund this.", "As per our terms"),
        ("If you had read the description you would know.", "If you had read"),
        ("You should have checked the size first.", "You should have checked"),
        ("Actually, the delivery window was 8am to 6pm.", "Actually"),
        ("To be fair, everyone's prices went up this year.", "To be fair"),
        ("Other customers don't have this problem with the app.", "Other customers don't"),
        ("With respect, that is not what happened.", "With respect"),
        ("The allegedly cold food left the kitchen hot.", "allegedly"),
        ("Refunds take up to 14 working days, as our returns page says.", "as our returns page"),
        ("You were moved, which our conditions of carriage allow.", "which our conditions"),
        ("The letter went out 30 days before, as your agreement requires.", "as your agreement"),
        ("I've spoken to Liam, so there may have been a misunderstanding.", "may have been"),
        ("We've checked machine 4 and it's working fine.", "We've checked machine 4"),
        ("Sorry about that, but our tracker shows it arrived on time.", "our tracker shows"),
    ],
)
def test_arguing_fails_with_evidence(reply: str, evidence: str) -> None:
    fails_with(CHECK, CheckContext(reply=reply), evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "Thanks for telling us. I'm sorry the sofa arrived damaged. – Maya",
        "You should've received an email about this; if not, DM us and we'll resend it.",
        "Could you DM us your order number so we can check what happened?",
        "We're sorry the prices went up; I understand that's frustrating.",
        "I've raised it with our data lead, as our policy requires. Call me on 01622 555 980.",
        "Sorry, there must have been a misunderstanding on our side; we'll fix it today.",
    ],
)
def test_helpful_replies_pass(reply: str) -> None:
    assert CHECK(CheckContext(reply=reply)).passed


@pytest.mark.parametrize(
    "reply",
    [
        "I'm sorry. Those cards are not the colour you approved; we should have run a test"
        " sheet. That's our error.",
        "Cancelling for the wind was the safe call, but leaving you without a word was our"
        " failure, not the weather's.",
        "We do have three vegan mains, but they're easy to miss, which is our problem to fix.",
        "We do ask for a deposit first, and our team should have offered you a payment plan.",
    ],
)
def test_a_reply_that_owns_the_failure_is_not_arguing(reply: str) -> None:
    # Phrases alone: owning the failure turns narration into sympathy.
    assert ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply)).passed


def test_owning_does_not_excuse_rebuttal_markers() -> None:
    reply = "That's our error, but just to clarify, the deposit was never refundable."
    assert not ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply)).passed


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("You must have missed our e-mail about the change.", True),
        ("You must have deleted the confirmation by mistake.", True),
        ("To change the number you must have access to your backup e-mail.", False),
        ("You must have your booking reference to hand when you call.", False),
    ],
)
def test_you_must_have_blames_but_requirements_do_not(reply: str, fails: bool) -> None:
    res = ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("Anyway, the menu does list the sauce.", True),
        ("Sorry it tasted off. Anyway, DM us if you like.", True),
        ("You told us she was vegan, we served her paneer anyway, and I'm so sorry.", False),
    ],
)
def test_anyway_brushes_aside_only_at_the_start(reply: str, fails: bool) -> None:
    res = ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("I'm sorry, and sorrier still that you were told that's just how it tastes.", False),
        ("You were told at booking that the room faces the car park.", True),
        ("You were told two days, it took five, and nobody rang to say why.", False),
        ("You were told it would take one day, and instead it took the whole weekend.", False),
        ("You were told on the phone the discs needed replacing, and you agreed.", True),
        ("Haul-away is part of every install, and you shouldn't have had to chase it.", False),
        ("Haul-away is part of every install, as the quote says.", True),
        ("If you DM us which piece you chose, we can hold it for you.", False),
        ("You chose the 9am slot, so the late fee stands.", True),
        ("I'll take every wedding until I'm confident this can't happen again.", False),
        ("I'm confident our stylist did nothing wrong.", True),
        ("You were told at the desk to email again. That isn't how cancelling should work.", False),
        ("If it came as a surprise, then we're not making it clear enough.", False),
        ("We posted it at 3pm. Please check our socials before travelling in future.", True),
        ("I've asked the crew so they check doors before leaving in future.", False),
    ],
)
def test_you_were_told_argues_unless_said_with_them(reply: str, fails: bool) -> None:
    res = ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason


def test_a_rule_explained_kindly_is_not_a_rebuttal_to_the_model() -> None:
    # The stance model alone reads these rule sentences as rebuttals (scores >= 0.9); the
    # empathy and the owned gap in them make them a fact given kindly.
    replies = [
        "Donna, I'm sorry; being turned away is embarrassing. Unfortunately our state's liquor"
        " rules mean we have to card everyone in a group buying alcohol together, and I know"
        " that's frustrating when you've just popped in for a bottle of wine.",
        "Hi Abdul, thanks for flagging this. Unfortunately eat-in food carries VAT where most"
        " cold takeaway food doesn't, so the two prices do differ, and clearly our board"
        " doesn't make that obvious enough.",
    ]
    for reply in replies:
        res = ArgumentativeCheck()(CheckContext(reply=reply))
        assert res.passed, res.reason


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("Honestly a rise like that is in line with the whole market this year.", True),
        ("You'd see similar quotes if you shopped around.", True),
        ("As we've told customers many times, set a travel notice before you go.", True),
        ("A crown should last many years, not three weeks, and that's down to us.", False),
        ("To be honest, the mistake was ours, and I'm sorry.", False),
        ("If you want one, come earlier or preorder like everyone else does.", True),
        ("Everyone else seemed to find the sign without any trouble.", True),
        ("I'm sorry you got a side salad while everyone else had a proper meal.", False),
        ("We can't refund for seasickness, as the trip runs for everyone else aboard.", False),
        ("You fitted the bracket yourself, so the warranty doesn't cover it.", True),
        ("Totally fair to want to keep your data to yourself; the app works offline.", False),
        ("It was calculated from the reading you submitted yourself on 3 March.", True),
        ("I've attached a comparison so you can see every change for yourselves.", False),
        ("Our free maintenance night can teach you to do it yourself.", False),
        ("Not what you want when you've psyched yourself up to train.", False),
        # Rebuttals from round 31, and the near misses beside them.
        ("Let me guess, hot wash and straight in the dryer?", True),
        ("Let me know if the hot wash helped.", False),
        ("All paper buckles with a big wet wash. That's just how paper works.", True),
        ("Here's how it works: we refund the deposit within 5 days.", False),
        ("Our price is on every dryer, so nobody 'ripped you off'.", True),
        ("We did the back windows. Check again.", True),
        ("Sorry, we'll check again tomorrow and text you.", False),
        ("If you compare other art shops you'll find most charge more.", True),
        ("A double duvet needs two cycles, so it was most likely overloaded.", True),
    ],
)
def test_comparisons_and_repeated_lectures(reply: str, fails: bool) -> None:
    res = ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason


def test_a_reply_that_feels_with_the_customer_gives_facts_kindly() -> None:
    # A finding that the bill is right, given with feeling ("I know that's not what you
    # hoped"), is a fact the customer needs, not a rebuttal; the same finding that also
    # tells the customer their account is wrong still fails.
    finding = (
        "I've checked your January readings and they look accurate: January was much colder"
        " than December, and your gas use went up accordingly, so I haven't found a billing"
        " error."
    )
    kind = f"I'm sorry, a bill that size is a worry. {finding} I know that's not what you hoped."
    assert ArgumentativeCheck()(CheckContext(reply=kind)).passed
    rebuttal = f"Hi. {finding} Your claim that we overcharged you is simply not true."
    assert not ArgumentativeCheck()(CheckContext(reply=rebuttal)).passed


def test_feeling_that_prefaces_a_rebuttal_does_not_soften_it() -> None:
    # The model reads the last sentence as arguing (0.98); "I understand" before a "However,"
    # is a preface to the rebuttal, not a fact given kindly.
    reply = (
        "I understand it's a big expense. However, our plumber didn't upsell you: your old"
        " system doesn't meet the standard. Any licensed plumber would tell you the same."
    )
    assert not ArgumentativeCheck()(CheckContext(reply=reply)).passed


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("Free trials end, Kate. It's all in the sign-up terms. DM us.", True),
        ("Have you tried actually following the instructions? DM us.", True),
        ("They're literally on the screen step by step. DM us.", True),
    ],
)
def test_pointing_at_the_terms_or_the_screen(reply: str, fails: bool) -> None:
    res = ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason


def test_a_reply_that_owns_leaves_the_model_out() -> None:
    # The model alone reads the resale explanation as a rebuttal (0.90); the reply owns the
    # failure at the door, so only rebuttal markers could fail it, as with the phrases.
    explanation = (
        "When a ticket scans as invalid, it usually means it was bought through a resale site"
        " we don't work with and has already been used or duplicated."
    )
    owned = f"I'm sorry. Our team should have walked you through it at the door. {explanation}"
    assert ArgumentativeCheck()(CheckContext(reply=owned)).passed


@pytest.mark.parametrize(
    "standard",
    [
        "Our vans are meant to be valeted and checked before every hire, and this one clearly"
        " wasn't.",
        "Our techs are supposed to put shoe covers on at the door every time, and your carpet"
        " shows that didn't happen.",
        "Open trays should never be used in a home with a dog; that's our rule and it wasn't"
        " followed.",
    ],
)
def test_the_standard_the_business_failed_is_owning_not_a_lecture(standard: str) -> None:
    # With the model: it reads the standard alone as a lecture (0.98-0.99).
    assert ArgumentativeCheck()(CheckContext(reply=f"Sorry, that's grim. {standard}")).passed


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("Your plan does include roaming, so those charges shouldn't have been there.", False),
        ("Your booking did include breakfast until 10, as the confirmation shows.", True),
        ("You were told two days, and day three without it isn't good enough. I'm sorry.", False),
        ("Please email photos and we'll see what can be done. Lucy, Aftercare", False),
        ("Poor aftercare at home is usually why this happens.", True),
    ],
)
def test_concessions_and_sign_off_roles(reply: str, fails: bool) -> None:
    res = ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason


@pytest.mark.parametrize(
    "reply",
    [
        "Honestly, we did explain that platinum in one session wasn't realistic.",
        "You insisted on going ahead with the lightening.",
        "Orange is a normal stage of lifting; anyone in the industry would tell you that.",
    ],
)
def test_told_you_so(reply: str) -> None:
    assert not ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply)).passed


@pytest.mark.parametrize(
    "reply",
    [
        "I'm sorry nobody told you, and that you had to find it yourself.",
        "The battery died anyway. That's on our equipment, not on you, and I'm sorry.",
    ],
)
def test_sympathy_and_owned_equipment_are_not_arguing(reply: str) -> None:
    res = ArgumentativeCheck()(CheckContext(reply=reply))
    assert res.passed, res.reason


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        # A routine held up as evidence argues; a fix or a limit owned does not.
        ("We check every order before it leaves, so it was complete when we sent it.", True),
        ("We now scan every box against the month's list before it's sealed.", False),
        ("Because it's an honesty stall we can't check every bag, and I'm sorry.", False),
        # "To be clear" corrects; "to be clear about what happens now" sets out next steps.
        ("Just to be clear, the booking was for 7pm, not 8pm.", True),
        ("I want to be clear about what happens now: a full refund within 7 days.", False),
        # Blame "on your side" argues; a refund that will "show on your side" does not.
        ("It looks like a misunderstanding on your side.", True),
        ("It can take a day or two to show on your side, and I'll check in on Friday.", False),
    ],
)
def test_phrases_that_argue_only_in_some_wordings(reply: str, fails: bool) -> None:
    res = ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        # Siding with the customer against blame, and feeling for them.
        ("Since it wasn't your fault, we'll sort the claim with the other insurer.", False),
        ("You shouldn't have been told it was your fault either. I'm sorry.", False),
        ("That damage is your own fault for leaving it out in the rain.", True),
        ("I know that can't have been easy to write, and I'm sorry.", False),
        ("The scratch can't have been there when you collected it.", True),
        # A wish, not a denial.
        ("We'd never want that to happen to you, so resets are done by phone.", False),
        ("We'd never invent offers to pressure buyers.", True),
        # "Actually" in a condition or a goal, not a correction.
        ("If something was actually broken, DM us and we'll look properly.", False),
        ("I'd like to make sure your questions are actually answered this time.", False),
        ("Your order was actually delivered on Tuesday.", True),
        # Aftercare the business gives or the customer followed.
        ("I'd like to go through aftercare with you properly. Call us.", False),
        ("It shouldn't fade in two weeks when you've followed the aftercare.", False),
    ],
)
def test_kind_uses_of_arguing_words(reply: str, fails: bool) -> None:
    res = ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason


@pytest.mark.parametrize(
    "reply",
    [
        "We quoted you five days before checking the keyboard was in stock, and it wasn't."
        " That's a mistake on our side, and I'm sorry.",
        "Your booking was taken correctly, but it was never added to the running sheet, so"
        " the bar had no package for you. That's a gap in how we hand bookings over.",
        "Your visits were booked, but never confirmed with the engineer. It's a failure I'm"
        " taking responsibility for personally.",
    ],
)
def test_a_cause_told_and_then_owned_is_not_a_rebuttal(reply: str) -> None:
    res = ArgumentativeCheck()(CheckContext(reply=reply))
    assert res.passed, res.reason


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        # Siding with the customer against what staff said, or with a rule in their favour.
        ("Sorry, you shouldn't have been told it was misuse before anyone looked at it.", False),
        ("The crack is from misuse, not a fault.", True),
        ("Our own rules say you should have had four weeks' notice. I'm sorry.", False),
        # A condition, a feeling, and a standard the business failed.
        ("Something has gone wrong if that isn't what happened, and I'm checking now.", False),
        ("I can see that has ended up costing you, and I'm sorry.", False),
        ("The strap is part of every assembly and should have been fitted. I'm sorry.", False),
        ("The strap is part of the kit you chose not to fit.", True),
    ],
)
def test_siding_with_the_customer(reply: str, fails: bool) -> None:
    res = ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        # The promise the business broke, quoted against itself.
        ("Three weeks, when you were told up to five days, meant no card payments. Sorry.", False),
        # The policy quoted for what the business does.
        ("I'll come back to you within 5 working days, as our policy sets out.", False),
        ("As our policy sets out, no refunds are given after 30 days.", True),
        # Agreeing with their figure, a routine to come, and a fault on their line.
        ("I've re-run the adjustment and your figure is right: you were overcharged.", False),
        ("Our figure is correct and the charge stands.", True),
        ("I've pulled the loading list so we can check every box against it.", False),
        ("DM us your account number and we'll look at your fault.", False),
    ],
)
def test_the_business_quoting_itself_or_agreeing(reply: str, fails: bool) -> None:
    res = ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        # The record bearing the customer out, a purpose, a reason they bought, regret.
        ("I've checked the waitlist log and you're right: you were passed over twice.", False),
        ("I'm changing it so that other customers don't end up chasing us.", False),
        ("The app was part of why you chose the City 300, so I'm sorry.", False),
        ("What bothers me is that you were told otherwise when you signed up.", False),
        ("It should have arrived full as the paperwork said, and clearly it didn't.", False),
        ("Taking the old frames away is part of the job and should've happened. Sorry.", False),
        ("We can add boards on your side so it looks finished from both gardens.", False),
        # Still arguing.
        ("A bit of contact is part of it. Harden up.", True),
        ("Our records show you chose the basic plan.", True),
    ],
)
def test_the_record_and_the_reasons_on_the_customers_side(reply: str, fails: bool) -> None:
    res = ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply))
    assert res.passed is not fails, res.reason


def test_a_policy_quoted_to_refuse_still_argues_beside_a_will() -> None:
    reply = "As our policy clearly states, we will not refund opened items."
    assert not ArgumentativeCheck(use_stance=False)(CheckContext(reply=reply)).passed
