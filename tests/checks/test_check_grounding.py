"""Grounding: promises must match an affirmative policy clause, kind and numbers together."""

from __future__ import annotations

import pytest

from assistant.checks.base import CheckContext
from assistant.checks.grounding import GroundingCheck

CHECK = GroundingCheck()
POLICY = (
    "Late deliveries: offer a £10 voucher. Do not offer cash refunds for late deliveries.",
    "Damaged items: we send a free replacement within 3 working days.\n"
    "Staff must not:\n- promise compensation\n- offer discounts above 10%",
    "Refunds for faulty items are processed within 5 working days.",
)


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        ("So sorry! We'll send you a £500 voucher right away.", "£500 voucher"),
        ("We've added 500 points to your account.", "500 points"),
        ("Here's 15% off your next order.", "15% off"),
        ("The driver has been fired.", "fired"),
        ("The driver on that route has been suspended.", "suspended"),
        ("I've credited £40 to your account.", "credited £40"),
        ("You'll receive compensation of £50.", "compensation of £50"),
        ("We'll refund you within 24 hours.", "within 24 hours"),
        ("Your dinner is on us next time!", "on us"),
    ],
)
def test_unsupported_promises_fail(reply: str, evidence: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=POLICY))
    assert not res.passed
    assert any(evidence in s.text for s in res.evidence)
    assert all(reply[s.start : s.end] == s.text for s in res.evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "So sorry! We'll send you a £10 voucher today.",
        "A free replacement is on its way and should arrive within 3 working days.",
        "We'll refund the faulty kettle within 5 working days.",
        "We'll look into it and be in touch. Please DM us.",
        "We can't offer a refund, sorry.",
        "Please DM us your order number and we'll check whether a refund is possible.",
        # A thing suspended is not a person disciplined; credit notes are not a credit.
        "Your account was suspended for exceeding the CPU limits in our usage policy.",
        "Your export is a ZIP of every invoice, with credit notes and payments listed too.",
    ],
)
def test_supported_or_no_promises_pass(reply: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=POLICY))
    assert res.passed, res.reason


def test_any_promise_without_policy_fails() -> None:
    res = CHECK(CheckContext(reply="We'll refund you in full.", policy_context=()))
    assert not res.passed
    assert "none was given" in res.reason


def test_negative_list_items_allow_nothing() -> None:
    reply = "We'd like to offer you compensation for the trouble."
    assert not CHECK(CheckContext(reply=reply, policy_context=POLICY)).passed


EITHER = (
    "Wrong orders (Paper Mill): if we misprint an order we remake it free or refund it in full,"
    " the customer's choice. Where a guest had a poor visit we can send one free-drink"
    " e-voucher. We don't give free future orders. Contact: hello@papermill.example.",
)


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        # Both alternatives at once, where the policy offers one or the other.
        ("We'll refund the £48 in full and also remake the card for you free.", "refund"),
        ("I've arranged a full refund, and your next two orders are on us.", "on us"),
        # A free thing in a clause opened by "you can", with a time frame the policy lacks.
        ("You can come back free any time in the next 12 months.", "12 months"),
    ],
)
def test_both_alternatives_or_loose_freebies_fail(reply: str, evidence: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=EITHER))
    assert not res.passed, res.reason
    assert any(evidence in s.text for s in res.evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "We'll refund the order in full or remake it free, whichever you prefer.",
        "We'll refund the order and send a free-drink e-voucher to your app.",
        "We'll remake the order free this week.",
    ],
)
def test_one_alternative_or_a_separate_remedy_passes(reply: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=EITHER))
    assert res.passed, res.reason


BOILER = (
    "Breakdowns (Warmhearth): an engineer attends within 24 hours. If a boiler can't be"
    " repaired we replace it free. Damaged goods: we repair the item free or pay its value up"
    " to £150. Contact: 0800 555 0172.",
)


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        # A staff member's promise is the company's promise.
        ("Our senior engineer will phone you within 10 minutes.", "10 minutes"),
        # A negation inside the condition does not cancel the promise after it.
        ("If the boiler can't be fixed today we'll fit a new one within 2 hours.", "2 hours"),
        # "free" after a comma is a second remedy, not a description of the first.
        ("We'll refund the £38, give you four free lessons before your test.", "free lessons"),
    ],
)
def test_promises_in_other_shapes_fail(reply: str, evidence: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=BOILER))
    assert not res.passed, res.reason
    assert any(evidence in s.text for s in res.evidence), res.evidence


@pytest.mark.parametrize(
    "reply",
    [
        "Our engineer will be with you within 24 hours.",
        "If it can't be repaired, we'll replace the boiler free.",
        "We'll repair the coat free, or pay its value up to £150 if we can't.",
    ],
)
def test_the_same_shapes_pass_when_policy_backs_them(reply: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=BOILER))
    assert res.passed, res.reason


def test_paying_for_something_new_is_a_replacement() -> None:
    policy = ("Garment damage: we repair it free, or pay its value up to £150 with a receipt.",)
    res = CHECK(CheckContext(reply="We'll pay for a brand-new suit.", policy_context=policy))
    assert not res.passed, res.reason
    assert any("pay for a brand-new" in s.text for s in res.evidence), res.evidence


RENTALS = (
    "If the booked car category is unavailable, refund the price difference.",
    "Upgrades are at branch discretion on the day and are never promised for future rentals.",
    "Alignment re-checks are free within 30 days.",
)


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        # A rule against promising is broken by the promise itself, whatever its verb.
        ("Your next rental with us will be a free upgrade to our premium range.", True),
        ("I've refunded the price difference to your card.", False),
        # Not offers: an invitation, and a denial.
        ("Feel free to message us here and we can have a look.", False),
        ("A service isn't a guarantee your car won't need more work.", False),
        # A conversation reported, not a sanction announced.
        ("I've had a word with the desk team about it.", False),
        ("The desk clerk has been disciplined.", True),
        # What the business does anyway, and a step of the process, not promises.
        ("We bake in small batches first thing so it's as fresh as we can make it.", False),
        ("Just reply with which you'd prefer and I'll sort it the same day.", False),
        ("We'll refund the price difference the same day.", True),
    ],
)
def test_promising_what_a_rule_forbids_and_what_is_no_promise(reply: str, fails: bool) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=RENTALS))
    assert res.passed is not fails, res.reason


@pytest.mark.parametrize(
    ("policy", "reply", "fails"),
    [
        (
            "Passenger injury: investigate within 5 working days; disciplinary action not"
            " discussed publicly.",
            "The driver has been given a formal written warning.",
            True,
        ),
        (
            "Title paperwork is sent within 30 days of sale; if it is late, the dealer pays any"
            " temporary tag renewal fee.",
            "We'll cover the cost of renewing your temporary tag.",
            False,
        ),
        (
            "Alignment re-checks are free within 30 days of the original alignment.",
            "We're crediting your account for the trouble.",
            True,
        ),
    ],
)
def test_what_a_policy_forbids_or_pays_in_other_words(policy: str, reply: str, fails: bool) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert res.passed is not fails, res.reason


@pytest.mark.parametrize(
    ("policy", "reply", "evidence"),
    [
        # The free thing is read past its length: a massage is not the x-ray the policy gives.
        (
            "Lost imaging: any repeat x-ray is free of charge.",
            "Your repeat x-ray is free, and we'd love to give you a complimentary 60-minute"
            " massage as an apology. DM us.",
            "complimentary",
        ),
        # A promise in the passive, with no "we" in it.
        (
            "Fees for future years are not discounted or waived as compensation.",
            "I'm sorry. To make amends, your return next year will be done free of charge.",
            "free of charge",
        ),
        # A member of staff named as "your ...": the time frame is still the company's
        # promise, and a day the policy counts in working days is compared, not read.
        (
            "A claims handler is assigned and contacts the customer within 2 working days.",
            "Your claims handler will phone you within 24 hours to arrange a surveyor.",
            "within 24 hours",
        ),
    ],
)
def test_free_things_passives_and_staff_fail(policy: str, reply: str, evidence: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert not res.passed, res.reason
    assert any(evidence in s.text for s in res.evidence), res.evidence


@pytest.mark.parametrize(
    ("policy", "reply"),
    [
        (
            "Lost imaging: any repeat x-ray is free of charge.",
            "Your repeat x-ray is free of course. DM us to book.",
        ),
        (
            "A claims handler is assigned and contacts the customer within 2 working days.",
            "Your claims handler will phone you within 2 working days.",
        ),
        # The policy's share of a sum the reply names.
        (
            "Engineer more than 2 hours late for a booked slot: 15% off that visit.",
            "You'll get 15% off the visit, which is £18 off your £120 service. Call us.",
        ),
        # A feeling, not an offer, and a process that "fired", not a person.
        (
            "Opened swaddles cannot be refunded; a lead may authorise a one-off exchange.",
            "I can understand feeling that £29.99 has simply gone. I can offer an exchange.",
        ),
        (
            "Duplicate charges are refunded in full within 5 working days.",
            "A bug in our renewal retry fired twice. I'll get the duplicate refunded within 5"
            " working days.",
        ),
        # A free hour is the free 60-minute consultation.
        (
            "Design consultations are free, last 60 minutes and are booked by appointment.",
            "I'd love to book you a free hour with one of our designers. Call me.",
        ),
        # "The points you raised" are not loyalty points.
        ("Refunds within 14 days.", "I'd like to go through each of the points you raised."),
        # "Prohibited" describing the fees, not forbidding the refund.
        (
            "Prohibited fees charged in error must be refunded within 14 days.",
            "You're right, and the fee has been removed. The refund will reach you within 14 days.",
        ),
        # Paying for costs backs covering them, up to the same cap.
        (
            "Lost client keys: we pay for a locksmith to change the locks, up to £250.",
            "Please book a locksmith, and we'll cover the cost up to £250.",
        ),
        # Money off the next bill is the credit on it.
        (
            "Missed engineer appointments: £30 credit applied to the next bill.",
            "I'll take £30 off your next bill. DM us.",
        ),
        # A refusal in other words agrees with the rule.
        (
            "No compensation for lost trade or consequential loss.",
            "Our contract doesn't let me cover lost trade, which I know is hard to hear.",
        ),
        # Retraining is the refresher training the policy names; "switch you over free".
        (
            "Allergen errors: full refund; staff involved complete refresher training.",
            "We've refunded you in full and the packer has been retrained.",
        ),
        (
            "Box type switches are free and apply from the next dispatch.",
            "I'll switch you over free from your next box.",
        ),
    ],
)
def test_the_same_shapes_pass_when_backed(policy: str, reply: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert res.passed, res.reason


@pytest.mark.parametrize(
    ("policy", "reply", "passes"),
    [
        # A sum per unit times the count the sentence names.
        (
            "If prize stock runs out, issue store credit equal to the retail value of the"
            " missing prizes (£4.50 per booster).",
            "We'll put £13.50 of store credit on your account to cover the three missing packs.",
            True,
        ),
        (
            "Pre-paid programmes not supplied: refund £5 per programme.",
            "We can refund the £10 for your two programmes. Message us.",
            True,
        ),
        # Without a matching count it is more than the policy gives.
        (
            "Missed engineer appointment: £25 account credit per missed appointment.",
            "After two missed appointments, I've added £100 of credit to your account.",
            False,
        ),
        # Free returns give a free label; a free item sent "out" is the item.
        ("30-day free returns.", "If you'd like to return it, we'll send a free label.", True),
        (
            "Wrong flavour sent: send the correct item free.",
            "DM us your order and we'll send the chocolate out free.",
            True,
        ),
        # A feeling is not a sanction.
        ("Refunds within 14 days.", "Sorry the visit left you feeling dismissed.", True),
        ("Refunds within 14 days.", "The consultant has been dismissed.", False),
    ],
)
def test_units_same_things_and_feelings(policy: str, reply: str, passes: bool) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert res.passed is passes, res.reason
