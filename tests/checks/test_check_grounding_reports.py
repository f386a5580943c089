"""Grounding: what is not a promise (reports, purposes, ideals, descriptions), and what still is.

Each row pairs a good reading with a near miss that must still fail, so a rule that stops
reading promises altogether cannot pass.
"""

from __future__ import annotations

import pytest

from assistant.checks.base import CheckContext
from assistant.checks.grounding import GroundingCheck

CHECK = GroundingCheck()


@pytest.mark.parametrize(
    ("policy", "complaint", "reply", "passes"),
    [
        # A standing practice for every customer is not a deadline promised to this one...
        (
            "Customers turned away by wrong opening information: a free produce box (up to $25).",
            "",
            "There's now a board at the gate and we'll post any closures here by 7am.",
            True,
        ),
        # ...but a time frame promised to the customer still is.
        (
            "Customers turned away by wrong opening information: a free produce box (up to $25).",
            "",
            "We'll post any refunds to you by 7am tomorrow.",
            False,
        ),
        # "The next morning" told as part of the story; "tomorrow" promised still counts.
        (
            "Holiday order errors: full refund within 5 business days.",
            "",
            "I can only imagine how stressful that was with your in-laws arriving the next"
            " morning.",
            True,
        ),
        (
            "Charges for cancelled orders are refunded within 3-5 business days.",
            "",
            "I've refunded it today. It should be back with you in 3-5 business days.",
            True,
        ),
        (
            "Annual renewals are fully refundable within 14 days of the renewal date.\n"
            "Refunds reach the original payment method in 5-10 business days.",
            "",
            "Renewals can be refunded within 14 days, so I've refunded the whole amount"
            " today. It should show on your card within 5-10 business days.",
            True,
        ),
        # "from every list" is where the deed took the customer, not a time it starts from.
        (
            "Unsubscribe requests are processed within 2 working days.",
            "",
            "I've removed you from every list today, so the emails will stop.",
            True,
        ),
        (
            "We review disputed charges within 5 working days, then refund as a bill credit.",
            "",
            "I've refunded the £58 from your account today, so the emails will stop.",
            False,
        ),
        # The day a change starts is not a deadline; the day a remedy is ready still is.
        (
            "Damaged items: a replacement is dispatched within 5 working days.",
            "",
            "I've told the crew that 9am is a hard start from tomorrow.",
            True,
        ),
        (
            "Damaged items: a replacement is dispatched within 5 working days.",
            "",
            "Your replacement will be ready to collect from tomorrow.",
            False,
        ),
        # A day for chasing, confirming or writing is a step of the process; the day the
        # money arrives is a remedy's time frame.
        (
            "Cancellations in the cooling-off period: full deposit refund within 10 days.",
            "",
            "If it hasn't arrived by then, reply here and I'll chase our accounts team the"
            " same day.",
            True,
        ),
        (
            "Cancellations in the cooling-off period: full deposit refund within 10 days.",
            "",
            "I'll chase our accounts team, and your deposit will be refunded the same day.",
            False,
        ),
        # Our own kit replaced, so the fault won't recur, is a fix of the cause; the
        # customer's thing replaced is a remedy the policy must back.
        (
            "Faulty equipment: full hire charge refunded.",
            "",
            "We've taken the cutter out of service, checked the blade and replaced it.",
            True,
        ),
        (
            "Faulty equipment: full hire charge refunded.",
            "",
            "We've checked the blade and replaced your cutter.",
            False,
        ),
        # "On us" that owns a failure or tells what went wrong gives nothing; "completely on
        # us" still gives the thing before it.
        (
            "Missed service visit: rebooked within 5 working days and a £15 account credit.",
            "",
            "Really sorry we let you down: waiting in all day for no one is on us.",
            True,
        ),
        (
            "Customers who waited more than 20 minutes may be offered a free half pint.",
            "",
            "The new till kept freezing on us, which threw the whole bar out.",
            True,
        ),
        (
            "Tables more than 20 minutes late: a free drink each for the group.",
            "",
            "Your next visit is completely on us, table fee, food and drinks.",
            False,
        ),
        # A fix told as done "this week" is a report; a fix promised this week is a promise.
        (
            "Guests refused entry: a full refund within 5 working days.",
            "",
            "I've fixed the booking page this week, so it now says which shows are step-free.",
            True,
        ),
        (
            "Guests refused entry: a full refund within 5 working days.",
            "",
            "I'll have your refund with you this week.",
            False,
        ),
        # A message sent again is no replacement; the customer's tickets sent again are.
        (
            "Lost online orders: honour the original order and collection date.",
            "",
            "I've found the payment and resent the confirmation to you.",
            True,
        ),
        (
            "Lost online orders: honour the original order and collection date.",
            "",
            "We'll resend your order by courier.",
            False,
        ),
        # "Resend it" after the reply named a message; not after it named goods (round 31).
        (
            "Touring pitch bookings confirmed by email within 24 hours.",
            "",
            "Your confirmation got stuck in our outbox. DM us and I'll resend it straight away.",
            True,
        ),
        (
            "Touring pitch bookings confirmed by email within 24 hours.",
            "",
            "Your tent poles went missing in the post. DM us and I'll resend them today.",
            False,
        ),
        # Being candid before the facts is no promise; what follows it still can be.
        (
            "The 20% deposit is non-refundable if the customer cancels within 7 days.",
            "",
            "I have to be honest: the deposit is non-refundable within 7 days of the install.",
            True,
        ),
        (
            "Fines are set by the state regulator; staff cannot waive them.",
            "",
            "I'll be straight with you: the fines are set by the regulator and no one can waive"
            " them.",
            True,
        ),
        (
            "The 20% deposit is non-refundable if the customer cancels within 7 days.",
            "",
            "I'll be honest with you: we'll refund the whole deposit.",
            False,
        ),
        # A report that nothing was refunded; a refund reported as done is still a deed.
        (
            "Free upgrade to next-day delivery if we've caused a delay or error.",
            "",
            "Your order is on its way and nothing has been refunded.",
            True,
        ),
        (
            "Free upgrade to next-day delivery if we've caused a delay or error.",
            "",
            "Your order is on its way and the £20 has been refunded.",
            False,
        ),
        # "Free" as unbooked, or a product's name, gives nothing; a free thing left for the
        # customer is still a gift.
        (
            "Extensions are $60 per 30 minutes and only if the entertainer's next booking allows.",
            "",
            "If you book with us again, we can hold the following slot free so there's room for"
            " an extension.",
            True,
        ),
        (
            "If the reminder was not sent, the first charge is refunded in full on request.",
            "",
            "Or, if you'd like to keep your data on the free plan, just reply and I'll help.",
            True,
        ),
        (
            "If the reminder was not sent, the first charge is refunded in full on request.",
            "",
            "We'll leave a free gift card in your account for the trouble.",
            False,
        ),
        # Without a backed time frame, "today" is still a claim the policy must back.
        (
            "We review disputed charges within 5 working days, then refund as a bill credit.",
            "",
            "I've refunded the £58 today, so there's nothing more you need to do.",
            False,
        ),
        # A future "today" is a promise.
        (
            "Charges for cancelled orders are refunded within 3-5 business days.",
            "",
            "It will be refunded today.",
            False,
        ),
        # The service the customer should have had is not an offer.
        (
            "Locker faults: a same-day manual release by an engineer where available.",
            "",
            "A locker that won't open is not the service you should get, especially with a"
            " birthday tomorrow.",
            True,
        ),
        (
            "Locker faults: a same-day manual release by an engineer where available.",
            "",
            "You should get your parcel tomorrow.",
            False,
        ),
        # Looking at a remedy is a hedge; crediting it is a promise.
        (
            "Outages over 12 hours: customers may claim up to $150 for spoiled food.",
            "",
            "DM us your account number and we'll look at a food-loss credit.",
            True,
        ),
        (
            "Outages over 12 hours: customers may claim up to $150 for spoiled food.",
            "",
            "DM us your account number and we'll credit you $300 for the food.",
            False,
        ),
        # "Not a guaranteed benefit" guarantees nothing.
        (
            "A courtesy car during repairs, subject to availability.",
            "",
            "The courtesy car is subject to availability; it is not a guaranteed benefit.",
            True,
        ),
        # What the customer would know from their documents is a remark, not an offer.
        (
            "Auto policies do not cover personal belongings stolen from the vehicle.",
            "",
            "If you'd read it, you'd know belongings are covered under home insurance.",
            True,
        ),
        # A remedy named as the purpose of a backed action is the hoped-for outcome.
        (
            "Missing returns with a drop-off receipt: send the retailer proof of drop-off"
            " within 2 working days.",
            "",
            "I'll send the retailer proof of drop-off within 2 working days so your refund"
            " isn't held up.",
            True,
        ),
        (
            "Missing returns with a drop-off receipt: send the retailer proof of drop-off"
            " within 2 working days.",
            "",
            "I'll send the retailer proof of drop-off so that you'll get a £20 voucher.",
            False,
        ),
        # Describing a product as an affirmative clause does is not breaking a rule that
        # shares a few of its words.
        (
            "Third party policies do not cover damage to your own vehicle, including glass.\n"
            "Comprehensive cover includes one windscreen claim per year with no excess.",
            "",
            "I'm happy to talk you through our comprehensive cover, which includes one"
            " windscreen claim a year with no excess.",
            True,
        ),
        (
            "Third party policies do not cover damage to your own vehicle, including glass.",
            "",
            "We'll cover the damage to your own vehicle this time.",
            False,
        ),
        # A policy that reimburses costs backs covering them.
        (
            "During a confirmed outage, reimburse late-payment fees charged by third parties.",
            "",
            "We'll cover any late fee your landlord charges, just keep the proof.",
            True,
        ),
        # "Remove any late fee" backs removing the fee the customer was charged.
        (
            "Payments misallocated by us: remove any late fee and confirm in writing that no"
            " restriction action will be taken.",
            "You charged me a $15 late fee for a payment I made on time.",
            "The $15 late fee has been removed.",
            True,
        ),
        # An amount the customer paid is only backed by a clause without its own amount.
        (
            "Confirmed network outages: $10 account credit per affected day.",
            "I pay $65 a month and the signal has been dead for a week.",
            "We'll credit you a full month ($65) as a gesture.",
            False,
        ),
        (
            "Confirmed network outages: the month's charge is credited in full.",
            "I pay $65 a month and the signal has been dead for a week.",
            "We'll credit you the full month ($65).",
            True,
        ),
        (
            "If a payment is delayed by our error, we refund any late-payment charges (with"
            " proof) and can add £25 for the trouble.",
            "Your delay cost me a £30 late fee.",
            "We'll refund the £30 once we've seen proof and add £25 for the trouble.",
            True,
        ),
        # Naming the guarantee a promise keeps is not a new guarantee.
        (
            "Gel lifts within 7 days are fixed free of charge.",
            "",
            "Under our guarantee we'll fix them free within 7 days.",
            True,
        ),
        # A remedy set aside ("credited rather than refunded") is not promised.
        (
            "Cancelled lessons are credited to the following term's fees.",
            "",
            "Cancelled sessions are credited rather than refunded, so nothing is lost.",
            True,
        ),
        (
            "Cancelled lessons are credited to the following term's fees.",
            "",
            "We'll refund the cancelled sessions.",
            False,
        ),
        # Opening hours are not a deadline.
        (
            "Unused sessions are refunded pro rata within 10 working days.",
            "",
            "I'm at the club most weekdays from 8am to 4pm and I'd be happy to sit down with you.",
            True,
        ),
        # "Neither is free" offers nothing; a courtesy car the policy never names fails.
        (
            "Repairs delayed over 7 days by us: a courtesy car if one is available.",
            "",
            "We keep a few courtesy cars. Neither is free today, but you're top of the list.",
            True,
        ),
        (
            "Used cars carry a 3-month warranty. Free collection for warranty work.",
            "",
            "We'll collect the car free of charge and give you a courtesy car while it's here.",
            False,
        ),
        (
            "Warranty repairs: free collection, and a courtesy car while yours is with us.",
            "",
            "We'll collect the car free of charge and give you a courtesy car while it's here.",
            True,
        ),
        # Faster shipping than the policy's standard service fails.
        (
            "Misdirected shipments are reshipped free via standard shipping (5-7 business days).",
            "",
            "I've sent a replacement by overnight shipping at no cost to you.",
            False,
        ),
        (
            "Misdirected shipments are reshipped free via standard shipping (5-7 business days).",
            "",
            "I've sent a replacement by free standard shipping.",
            True,
        ),
        # A whole service "on us" where the policy allows a small add-on fails; owning the
        # delay ("the delay is on us") promises nothing.
        (
            "Booking errors: priority rebooking plus a complimentary add-on (up to $25 value).",
            "",
            "We'd love to get you back in, and your cut and blow-dry will be on us.",
            False,
        ),
        (
            "Booking errors: priority rebooking plus a complimentary add-on (up to $25 value).",
            "",
            "I'm sorry, the delay will be on us to fix, and I'll find you a priority slot.",
            True,
        ),
        # A day narrated, or set for a step of the process, is not a deadline; a limit is.
        (
            "Billing errors: refund the overcharged amount within 3-5 business days.",
            "",
            "I've checked the tab from Saturday and can see where the bottle was added.",
            True,
        ),
        (
            "Cancellations with less than 24 hours' notice incur a $60 fee.",
            "",
            "There's no call from your number on Monday, so the fee does apply.",
            True,
        ),
        (
            "Noise complaints: security attends during quiet hours.",
            "",
            "I'll follow up with the residents upstairs tomorrow.",
            True,
        ),
        (
            "Engineer visits are booked within 5 working days in an AM or PM slot.",
            "",
            "I've booked an engineer to be with you by 10am tomorrow.",
            False,
        ),
        (
            "Billing errors: refund the overcharged amount within 3-5 business days.",
            "",
            "We'll refund the difference on Thursday.",
            False,
        ),
        # Owning a failure ("that one's on us") and a rude exchange ("being spoken to that
        # way") promise nothing; a staff member "spoken to" still needs backing.
        (
            "Closures must be posted online at least 48 hours ahead.",
            "",
            "We should have posted the closure. Sorry, that one's on us.",
            True,
        ),
        (
            "Fuel disputes: remove the charge with a receipt.",
            "",
            "Being spoken to that way when you've filled up is not the welcome we want.",
            True,
        ),
        (
            "Fuel disputes: remove the charge with a receipt.",
            "",
            "The staff member has been spoken to and given a final warning.",
            False,
        ),
        # A disciplinary step the policy forbids mentioning; an order "written up" is none.
        (
            "Staff conduct complaints: apologise and invite a call; never discuss disciplinary"
            " action publicly.",
            "",
            "The employee involved has been written up and won't be working the register"
            " going forward.",
            False,
        ),
        (
            "Wrong cake orders: refund in full or remake it free for another date.",
            "",
            "We misread the 6 as 60 when the order was written up. We'll refund the cake in full.",
            True,
        ),
        # A kitchen fires an order; a transit operator suspends a service.
        (
            "Kitchen complaints: the owner reviews the ticket times.",
            "",
            "Your order was fired at 7:02 and out at 7:21, and I'll look into the delay.",
            True,
        ),
        # "As a goodwill gesture" names the spirit of a remedy the policy backs.
        (
            "Closures on the day of a visit: 50% off a return visit before 31 October.",
            "",
            "As a goodwill gesture I'd like to offer you 50% off a return visit.",
            True,
        ),
    ],
)
def test_reports_and_descriptions(policy: str, complaint: str, reply: str, passes: bool) -> None:
    ctx = CheckContext(
        reply=reply, complaint=complaint, business_at_fault=True, policy_context=(policy,)
    )
    res = CHECK(ctx)
    assert res.passed is passes, res.reason
    if not passes:
        assert res.evidence and all(reply[s.start : s.end] == s.text for s in res.evidence)
