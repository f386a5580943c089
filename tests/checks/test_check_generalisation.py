"""Paraphrase tables for excuses, argumentative and grounding: structures, not tune phrases.

Each positive names the words the evidence must cover; each hard negative is a reply that
mentions a cause, a record, a policy or a date without blaming, arguing or over-promising.
"""

from __future__ import annotations

import pytest
from check_asserts import fails_with

from assistant.checks.argumentative import ArgumentativeCheck
from assistant.checks.base import CheckContext
from assistant.checks.excuses import ExcusesCheck
from assistant.checks.grounding import GroundingCheck

EXCUSES = ExcusesCheck()
ARGUMENTATIVE = ArgumentativeCheck()
GROUNDING = GroundingCheck()


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        # Cause attribution to a third party, a system, staffing, demand, weather.
        ("Sorry, your flight was delayed due to air traffic control restrictions.", "air traffic"),
        ("The outage was caused by our payment provider.", "our payment provider"),
        ("Apologies, the booking system crashed on Saturday.", "the booking system"),
        ("So sorry. The gym app was down because of a server migration.", "server"),
        ("Sorry about the noise: a large group checked in late.", "a large group"),
        ("Your card was declined because the card network had an outage.", "card network"),
        ("I'm sorry. We had technical issues with the app that day.", "technical issues"),
        ("Sorry for the delay, our new starters are still learning the ropes.", "new starters"),
        ("Apologies, heavy snow held things up at the depot.", "heavy snow"),
        ("Orders were delayed by the January sale.", "January sale"),
        ("Sorry! Our supplier let us down this week.", "Our supplier let us down"),
        ("The hold-up was on their end, not ours.", "on their end"),
        ("The problem was at the courier's end.", "courier's end"),
        # Disclaimers and minimising.
        ("Sorry, it's nobody's fault really.", "nobody's fault"),
        ("These delays couldn't have been avoided.", "couldn't have been avoided"),
        ("I'm sorry, but this was due to unforeseen circumstances.", "unforeseen circumstances"),
        ("There was nothing we could have done about the weather.", "nothing we could have done"),
        ("Sorry Sam, mistakes do happen on busy days.", "mistakes do happen"),
        ("I'm sorry. This is very rare for us.", "This is very rare"),
        ("Sorry about that, it happens to the best of us.", "it happens to the best of us"),
        # A turn after the apology that brings in a cause or a policy.
        (
            "I'm sorry for the wait. That said, our terms allow 10 working days for refunds.",
            "That said, our terms allow",
        ),
        ("I'm sorry you were charged, although the fee is in our policy.", "although the fee"),
        (
            "So sorry, Jen. We're a small team. Although the courier lost it, we'll help.",
            "Although the courier lost it",
        ),
    ],
)
def test_excuse_structures_fail(reply: str, evidence: str) -> None:
    fails_with(EXCUSES, CheckContext(reply=reply), evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "I'm sorry you had a wasted trip because we packed the wrong cushions.",
        "That's on us, and I'm sorry. We'll refund the delivery charge.",
        "Because the delay was over 3 hours, you can claim compensation online.",
        "I'm sorry, but we'll put this right: DM us your booking reference.",
        "Sorry about this, but you can claim a one-month credit at support@ledgerly.example.",
        "We've spoken to the courier and they'll collect it tomorrow.",
        "I'm sorry our team didn't call you back. I'll ring you today.",
        "Sorry for the confusion. Here's why this can happen and how to fix it: see our guide.",
        "We're passing this to our supplier so the next batch is checked.",
        "Sorry, Ana. Google Pay works with our cards: add it in the app.",
        "I'm sorry the app was down this morning; that's our fault and we've fixed it.",
        "We're sorry, other guests shouldn't have kept you awake. I'll refund one night.",
    ],
)
def test_owning_and_neutral_mentions_pass(reply: str) -> None:
    res = EXCUSES(CheckContext(reply=reply))
    assert res.passed, res.reason


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        # Second-person correction.
        ("You were notified by text two days before.", "You were notified"),
        ("You must have missed our e-mail.", "You must have missed"),
        ("Unfortunately you didn't cancel before the renewal date.", "you didn't cancel"),
        ("You forgot to attach the receipt, so we couldn't process it.", "You forgot to"),
        ("You agreed to the 12-month term when you joined.", "You agreed to"),
        ("Keeping your PIN safe is your responsibility.", "your responsibility"),
        # Records contradicting the customer.
        ("According to our logs, the class started on time.", "According to our logs"),
        ("We have no record of your call.", "We have no record"),
        ("The tracking shows it was delivered at 2pm.", "tracking shows"),
        ("We haven't received any e-mails from you.", "We haven't received any e-mails"),
        # Doubt.
        ("It's hard to believe the machine was broken all week.", "hard to believe"),
        ("If that really is the case, please send a photo.", "If that really is"),
        ("A double charge like that is highly unlikely.", "is highly unlikely"),
        # Policy lecturing.
        ("As stated on our website, bags must fit under the seat.", "As stated"),
        ("As per our terms, refunds take 10 days.", "As per our terms"),
        ("The terms and conditions clearly state this.", "terms and conditions clearly state"),
        ("If you had read the booking e-mail you'd know.", "If you had read"),
        ("The fee was correctly applied to your account.", "correctly applied"),
        ("In future, please check the timetable before travelling.", "In future, please check"),
        ("The signs in the car park clearly state the time limit.", "signs in the car park"),
        # Winning comparisons.
        ("Everyone else managed to find the changing rooms.", "Everyone else"),
        ("Other members don't seem to have any trouble.", "Other members don't"),
        ("No one else has complained about the music.", "No one else has complained"),
        # Point-scoring openers and defensive denials.
        ("With respect, the class was full.", "With respect"),
        ("In fairness, we did call you twice.", "In fairness"),
        ("Our staff acted professionally throughout.", "acted professionally"),
        ("We did nothing wrong here.", "We did nothing wrong"),
        ("The charge is correct.", "charge is correct"),
    ],
)
def test_argument_structures_fail(reply: str, evidence: str) -> None:
    fails_with(ARGUMENTATIVE, CheckContext(reply=reply), evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "You should've received an e-mail about this; if not, DM us.",
        "You must have been so worried, and I'm sorry.",
        "I'm sorry you didn't get a reply to your e-mails.",
        "You should have been told about the change, and I'm sorry you weren't.",
        "Other customers have reported the same fault, and we're fixing it now.",
        "Choose a refund or a replacement, your choice.",
        "Please see the steps outlined in our help article to reset it.",
        "That's on us: we should have checked before it left.",
        "I can see why that was frustrating.",
        "Thanks for your patience, we really appreciate it.",
        "I've checked and your refund has gone through today.",
    ],
)
def test_empathy_and_information_pass(reply: str) -> None:
    res = ARGUMENTATIVE(CheckContext(reply=reply))
    assert res.passed, res.reason


POLICY = (
    "Privacy: customers can have their marketing data deleted within one month.",
    "Delays: we refund the £25 booking fee. We do not offer upgrades or free nights.",
    "Missing parts are sent free by tracked next-working-day delivery.",
    "Loyalty: members who miss a class through our error get 200 points.",
    "Goodwill: any adviser can offer a £25 gift card.",
    "Network faults are fixed within 48 hours.",
)


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        ("We'll delete all your data today.", "today"),
        ("We'll upgrade you to a suite on your next stay.", "upgrade"),
        ("Your next night is on us.", "on us"),
        ("We'll add 500 points to your account.", "500 points"),
        ("We'll refund twenty-five pounds and add fifty pounds for the trouble.", "fifty pounds"),
        ("We'll send a GBP 30 gift card.", "GBP 30"),
        ("The barista has been spoken to and will be retrained.", "spoken to"),
        ("We'll have the fault fixed within the hour.", "within the hour"),
        ("It'll be fixed by Friday, I promise.", "by Friday"),
        ("We'll waive the fee and give you a free night.", "free night"),
    ],
)
def test_unsupported_commitments_fail(reply: str, evidence: str) -> None:
    fails_with(GROUNDING, CheckContext(reply=reply, policy_context=POLICY), evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "We'll have your marketing data deleted within one month.",
        "We'll refund the £25 booking fee.",
        "We'll send you a gift card worth 25 pounds.",
        "We'll send you a GBP 25 gift card.",
        "We'll send the missing parts by next-day delivery.",
        "We'll send the missing parts free, they'll arrive tomorrow by tracked delivery.",
        "You'll get 200 points for the missed class.",
        "We'll have the fault fixed within 2 days.",
        "Please DM us and we'll book it straight away.",
        "I'll chase the refund myself today.",
        # A deed already done that day is a report, not a promise of speed.
        "I've deleted your marketing data this morning.",
        "We're open Monday to Friday, so call us any time.",
    ],
)
def test_supported_commitments_pass(reply: str) -> None:
    res = GROUNDING(CheckContext(reply=reply, policy_context=POLICY))
    assert res.passed, res.reason
