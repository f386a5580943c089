"""Grounding: a sum paid back above the policy's cap for the same thing fails, with the sum as
evidence, and so do more free things than the policy gives; sums within the cap, caps on
something else, and counts the policy allows pass."""

from __future__ import annotations

import pytest
from check_asserts import verdict_is

from assistant.checks.base import CheckContext
from assistant.checks.grounding import GroundingCheck

CHECK = GroundingCheck()
#: The rules alone: these cases test what they read, whatever the reader would clear.
RULES = GroundingCheck(use_model=False)

TAXI = (
    "Missed transfers: full refund of the transfer and reimbursement of taxi costs up to £60"
    " with a receipt."
)
ENERGY = (
    "Confirmed firmware faults that raised energy use: reimburse the extra cost above the"
    " customer's usual bill, up to £100, on receipt of bills."
)
SALON = (
    "Chemical burns or irritation: refund the service in full; cover GP or pharmacy costs up"
    " to £40 with receipts."
)


@pytest.mark.parametrize(
    ("policy", "reply", "evidence"),
    [
        (TAXI, "We'll refund your transfer in full and pay your £95 taxi. DM us.", "£95"),
        (ENERGY, "We'll reimburse the whole £310 bill. Email us your bill.", "£310"),
        (ENERGY, "We'll cover your £250 bill for the month. Email us.", "£250"),
        (
            "Vet bills after a grooming injury: we pay up to $200.",
            "We'll pay the $480 vet bill.",
            "$480",
        ),
    ],
)
def test_sums_above_the_cap_fail(policy: str, reply: str, evidence: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert not res.passed, res.reason
    assert any(evidence in s.text for s in res.evidence), res.evidence
    assert all(reply[s.start : s.end] == s.text for s in res.evidence)


SALON_COMPLAINT = "I paid £145 for a bleach that burnt my scalp and £18 on creams."


@pytest.mark.parametrize(
    ("policy", "reply"),
    [
        (TAXI, "We'll refund your transfer in full and pay your £45 taxi. DM us the receipt."),
        # The cap is on taxis, not on the £95 transfer being refunded.
        (TAXI, "We'll refund your £95 transfer in full. DM us your booking reference."),
        # The cap is on GP or pharmacy costs; the service is refunded in full.
        (SALON, "We're refunding the full £145 for the service and will cover your £18 costs."),
        (ENERGY, "We'll reimburse the £80 above your usual bill. Email us both bills."),
    ],
)
def test_sums_within_the_cap_or_capped_elsewhere_pass(policy: str, reply: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,), complaint=SALON_COMPLAINT))
    assert res.passed, res.reason


LESSONS = "Instructor cancellations with under 24 hours' notice: the next 1-hour lesson is free."
CLASSES = "If an instructor is more than 10 minutes late, each attendee gets one free class credit."
COFFEE = "Late deliveries: one free coffee per late delivery."


@pytest.mark.parametrize(
    ("policy", "reply", "fails"),
    [
        (LESSONS, "Three late cancellations is too many. Your next two lessons are on us.", True),
        (LESSONS, "Your next lesson is on us, and I'll sort the diary.", False),
        (CLASSES, "I've added two free class credits to your account.", True),
        (CLASSES, "I've added a free class credit to your account.", False),
        # Per late delivery: two late deliveries earn two.
        (COFFEE, "Both were late, so your next two coffees are free.", False),
        # Counts that are not what is given free.
        (CLASSES, "Four classes started late, and I've added a free class credit.", False),
    ],
)
def test_more_free_things_than_the_policy_gives_fail(policy: str, reply: str, fails: bool) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert res.passed is not fails, res.reason


FLOORS = (
    "Surface damage caused by our cleaners: we arrange an assessment and pay for the repair up"
    " to $500; claims above that go to our insurer."
)


@pytest.mark.parametrize(
    ("reply", "fails"),
    [
        ("We'll pay to have your floors fully refinished, whatever it costs.", True),
        ("We'll pay for the repair, up to $500, once it's assessed.", False),
        ("Whatever it costs us, we'll get an assessor out this week.", False),
    ],
)
def test_paying_whatever_it_costs_breaks_a_cap(reply: str, fails: bool) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(FLOORS,)))
    assert res.passed is not fails, res.reason


@pytest.mark.parametrize(
    ("policy", "reply", "evidence"),
    [
        (
            "If a tasting is missing advertised wines, refund £5 per missing wine per guest.",
            "I'd like to refund your tasting in full. Email us your booking name.",
            "refund your tasting in full",
        ),
        (
            "Loss of hot water for more than 48 hours: £5 per resident per day rent credit for"
            " each full day beyond 48 hours.",
            "We're crediting everyone in the flat a full week's rent on your next statement.",
            "full week",
        ),
        (
            "Annual cover cancelled after the 14-day cooling-off period: refund for unused full"
            " months minus a £25 admin fee.",
            "We'll refund the full £216 you paid this year to your card.",
            "refund the full",
        ),
        (
            "Wrong sizes delivered: free exchange; if not possible, refund the rental fee of the"
            " affected items only.",
            "We'll refund the full rental for all five suits. Call us.",
            "refund the full",
        ),
    ],
)
def test_a_full_refund_fails_where_every_payback_is_a_set_sum_or_part(
    policy: str, reply: str, evidence: str
) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert not res.passed, res.reason
    assert any(evidence in s.text for s in res.evidence), res.evidence


HOOKUP = (
    "Electric hook-up faults: refund the £6/night electric supplement for the affected nights.",
    "Refunds processed within 10 working days.",
)
STORAGE = (
    "Prepaid rent is refunded for each full unused month, less a £25 admin fee.",
    "Refunds are processed within 10 working days of the unit being cleared.",
)


#: A clause that says only when refunds are paid does not make a partial payback a full
#: one; a sum per unit ("every full month") is no full refund (round 31).
@pytest.mark.parametrize(
    ("policies", "reply", "passes"),
    [
        (HOOKUP, "To put things right we'll refund your whole stay. Email us.", False),
        (HOOKUP, "We'll refund the £6 a night supplement for all four nights. Email us.", True),
        (STORAGE, "We refund every full month you've prepaid, less the £25 fee. Call me.", True),
        (STORAGE, "We'll refund your whole year's rent. Call me.", False),
    ],
)
def test_a_payment_timescale_is_not_a_full_refund(
    policies: tuple[str, ...], reply: str, passes: bool
) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=policies))
    assert res.passed is passes, res.reason


@pytest.mark.parametrize(
    ("policies", "reply"),
    [
        # A refund of a named thing is the whole of it.
        (
            ("Wrong dish delivered: refund the dish and add £10 credit.",),
            "I've refunded the jalfrezi in full and added £10 credit. DM us.",
        ),
        (
            ("Deliveries to the wrong address: refund the whole order.",),
            "I've refunded your whole order. Call me on 0117 496 0000.",
        ),
        # "No refunds after 30 days" refuses; the other clause pays in full.
        (
            (
                "Annual plans are refunded in full within 30 days of purchase; no refunds after"
                " 30 days.",
            ),
            "I've issued a full refund of your plan. Email us.",
        ),
    ],
)
def test_a_full_refund_passes_where_a_clause_pays_it_all(
    policies: tuple[str, ...], reply: str
) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=policies))
    assert res.passed, res.reason


@pytest.mark.parametrize(
    ("policy", "reply", "passes"),
    [
        # The only cap, and no clause that pays in full: it holds whatever the sum is for.
        (
            "Third-party tradespeople are reimbursed only if authorised in advance, up to £150"
            " per claim. Approved reimbursements are paid within 10 working days.",
            "Send us the invoice and we'll reimburse the full £210 within 10 working days.",
            False,
        ),
        (
            "Third-party tradespeople are reimbursed only if authorised in advance, up to £150"
            " per claim. Approved reimbursements are paid within 10 working days.",
            "Send us the invoice and we'll reimburse the £120 within 10 working days.",
            True,
        ),
    ],
)
def test_a_sole_cap_holds_whatever_the_sum_is_called(policy: str, reply: str, passes: bool) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert res.passed is passes, res.reason


@pytest.mark.parametrize(
    ("policy", "reply"),
    [
        (
            "Leather defects within 12 months: free repair or replacement of the affected"
            " panels after a technician inspection.",
            "You won't need to wait for an inspection: we'll replace the panels. DM us.",
        ),
        (
            "Damage caused by our engineers: we pay for repairs once our assessor has visited.",
            "Send me the decorator's invoice and we'll pay it. No need to wait for an assessor.",
        ),
    ],
)
def test_waiving_an_inspection_the_policy_requires_fails(policy: str, reply: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert not res.passed, res.reason


@pytest.mark.parametrize(
    ("policy", "reply", "evidence"),
    [
        # One performer's portion does not back the whole fee.
        (
            "Package performer missing: refund that performer's portion of the fee (£90 for"
            " the stilt walker).",
            "We'll refund the full £260 party fee. Call us.",
            "refund the full",
        ),
        # Regret that gives the reason does not cancel the offer after it.
        (
            "Goodwill for our errors: up to 20% off the next box.",
            "Because this shouldn't have happened, I've also refunded this month's box in full.",
            "refunded",
        ),
        # "Within the hour" against a working day is compared, not read.
        (
            "Account lockout tickets are resolved within 1 working day.",
            "I've flagged it and we'll have you back in within the hour.",
            "within the hour",
        ),
    ],
)
def test_portions_regret_and_hours(policy: str, reply: str, evidence: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert not res.passed, res.reason
    assert any(evidence in s.text for s in res.evidence), res.evidence


#: A charge the policy waives ("is not charged", "won't be billed") is a benefit, not a
#: prohibition: the rest of that clause still backs the reply (round 28). A real
#: prohibition ("is not refunded") still forbids.
@pytest.mark.parametrize(
    ("policy", "reply", "passes"),
    [
        (
            "If booked staff fail to attend without notice, the client is not charged for the"
            " missing shifts and receives a 10% credit on the next booking.",
            "You won't be charged for the two missing shifts, and there'll be a 10% credit on"
            " your next booking. Kate, Events Lead",
            True,
        ),
        (
            "Customers won't be billed for a missed visit and get a free rebooking.",
            "You won't pay for the missed visit and your rebooking is free. Kate, Events Lead",
            True,
        ),
        (
            "If booked staff fail to attend, the client is not charged for the missing shifts.",
            "You won't be charged, and there'll be a 10% credit on your next booking. Kate",
            False,
        ),
        (
            "Delivery charges are not refunded.",
            "We'll refund the delivery charge. Kate, Events Lead",
            False,
        ),
    ],
)
def test_a_waived_charge_is_a_benefit(policy: str, reply: str, passes: bool) -> None:
    verdict_is(RULES, CheckContext(reply=reply, policy_context=(policy,)), not passes)


#: A remedy already done ("I've refunded it") waives a precondition only when the clause
#: that gives that remedy has one: proof asked for something else does not count (round 25).
@pytest.mark.parametrize(
    ("policies", "reply", "passes"),
    [
        (
            (
                "Duplicate direct debits are refunded within 3 working days.",
                "Bank charges caused by our billing errors are reimbursed on proof.",
            ),
            "I've refunded the second payment this morning. Martin, Billing Team",
            True,
        ),
        (
            (
                "Lesson time lost to a booking error is refunded.",
                "Pupils with a test this week get one free extra hour, subject to availability.",
            ),
            "We've refunded the missing hour. Belinda, Office Manager",
            True,
        ),
        (
            ("Fuel charges made in error are refunded within 5 working days on proof of fill-up.",),
            "I've refunded the fuel charge. Martin, Billing Team",
            False,
        ),
    ],
)
def test_a_remedy_already_done_waives_only_its_own_condition(
    policies: tuple[str, ...], reply: str, passes: bool
) -> None:
    verdict_is(RULES, CheckContext(reply=reply, policy_context=policies), not passes)


#: A sum a policy gives per unit ("£42 each", "per started 30 minutes") backs a whole
#: multiple of it; a sum that is no multiple still fails (round 10).
@pytest.mark.parametrize(
    ("policy", "reply", "passes"),
    [
        (
            "Mismatched tutors: a free re-match and up to 2 sessions refunded (£42 each).",
            "We'll re-match her with a specialist and refund both sessions (£84).",
            True,
        ),
        (
            "Mismatched tutors: a free re-match and up to 2 sessions refunded (£42 each).",
            "We'll re-match her with a specialist and refund £90 for both sessions.",
            False,
        ),
        (
            "If the photographer arrives late, the couple is refunded $150 per started 30 minutes.",
            "A refund of $300 for the missed hour has been processed.",
            True,
        ),
        (
            "If the photographer arrives late, the couple is refunded $150 per started 30 minutes.",
            "A refund of $400 for the missed hour has been processed.",
            False,
        ),
    ],
)
def test_a_sum_per_unit_backs_its_whole_multiples(policy: str, reply: str, passes: bool) -> None:
    verdict_is(RULES, CheckContext(reply=reply, policy_context=(policy,)), not passes)
