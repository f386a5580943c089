"""Grounding on the shapes policies and replies take: alternatives, partial refunds, tenses,
conditions, and amounts built from what the customer paid."""

from __future__ import annotations

import pytest

from assistant.checks.base import CheckContext
from assistant.checks.grounding import GroundingCheck

CHECK = GroundingCheck()


@pytest.mark.parametrize(
    ("policy", "reply", "passes"),
    [
        # Alternatives: "or", "instead" and "one or the other" allow one remedy, not both.
        (
            "Faulty items: refund or replacement, the customer's choice.",
            "We'll send you a brand new jumper and refund you in full too.",
            False,
        ),
        (
            "Faulty within 12 months: free replacement. Within 30 days you may choose a refund"
            " instead.",
            "We'll send you a new kettle and refund your purchase as well.",
            False,
        ),
        (
            "Faulty within 12 months: free replacement. Within 30 days you may choose a refund"
            " instead.",
            "We'll send you a new kettle straight away.",
            True,
        ),
        # A full refund where the policy only ever refunds part.
        (
            "Cakes that don't match the design: a partial refund of up to 50% of the price.",
            "We'll refund the full £85.",
            False,
        ),
        (
            "Cakes that don't match the design: a partial refund of up to 50% of the price.",
            "We'd like to refund half of the £60 you paid.",
            True,
        ),
        # Offers in the present progressive, and "let us treat you".
        (
            "Cancelled classes: a one-time 20% discount on next month's fee.",
            "We're taking 50% off your next three months.",
            False,
        ),
        (
            "Service complaints: a complimentary dessert or drink on a return visit.",
            "Please let us treat you to dinner for two on us.",
            False,
        ),
        # A weekday in narration is not a deadline; in a promise it is.
        (
            "Refunds within 5 working days.",
            "We were two servers down on Saturday, and we'll refund you within 5 working days.",
            True,
        ),
        ("Refunds within 5 working days.", "We'll have the refund with you by Friday.", False),
        # The top of a range is a ceiling, like "up to".
        ("Distress: a goodwill payment of £25 to £50.", "We'll pay you £40 for the trouble.", True),
        (
            "Distress: a goodwill payment of £25 to £50.",
            "We'll pay you £60 for the trouble.",
            False,
        ),
        # Refunding a charge the policy says is removed or waived gives the same money back.
        ("Fines caused by slow check-in are removed.", "I've removed the fine for you.", True),
        ("One late cancellation a quarter can be waived.", "So I've refunded the £12 fee.", True),
        # A time inside a condition, a past time, or the length of a rule is no deadline.
        (
            "Missed bins are collected within 2 working days.",
            "We'll collect it by Wednesday; if it's still there on Thursday, call me.",
            False,
        ),
        (
            "Missed bins are collected within 2 working days.",
            "The crew will collect it within 2 working days. If it's still there on Thursday,"
            " call me and I'll chase it.",
            True,
        ),
        (
            "Contact: hello@casaverde.example.",
            "We've added a note about the two-hour limit to our booking e-mails.",
            True,
        ),
        # "$100 a day" is not two days of a "$50 per day" allowance.
        (
            "Delayed bags: expenses reimbursed up to $50 per day with receipts.",
            "We'll reimburse essentials up to $100 a day.",
            False,
        ),
        # The team's promise, a promise not to charge, and announcing someone has left.
        (
            "Loyalty: a discount of up to 10% via the Retentions team.",
            "Call Retentions and they'll knock 30% off your plan.",
            False,
        ),
        (
            "Return visits to fix our own work are free.",
            "We won't charge you for the original £180 fitting either.",
            False,
        ),
        (
            "Staff conduct complaints are investigated; outcomes are kept confidential.",
            "I've looked into it and the server no longer works at Osteria Lupo.",
            False,
        ),
        # A staff member's departure announced in public, however it is phrased; a product
        # that "no longer works for you" is not a staff matter.
        (
            "Staff matters are handled privately.",
            "I looked into it, and that receptionist is no longer working with us.",
            False,
        ),
        (
            "Customers can cancel at any time without a fee.",
            "If the plan no longer works for you, you can cancel at any time without a fee.",
            True,
        ),
        # A promise stays a promise when a counterfactual follows it.
        (
            "Abandoned screenings: one free standard ticket each.",
            "We'll send you two free IMAX tickets so you get the night you should have had.",
            False,
        ),
        # Uncapped cover where the policy caps what it pays.
        (
            "Injuries during grooming: we refund the groom and pay up to £100 towards vet bills.",
            "Send us the vet's bill and, whatever it comes to, we'll cover it in full.",
            False,
        ),
        # "Guaranteed" makes a promise.
        (
            "Courtesy cars are subject to availability and must be booked 48 hours ahead.",
            "On your next visit a courtesy car will be waiting for you, guaranteed.",
            False,
        ),
        (
            "Damaged items: we send a free replacement or give a full refund; customer's choice.",
            "A new lamp is on its way to you and we've refunded your payment too.",
            False,
        ),
        # How long a benefit lasts is a promise too; picking "a day of your choice" is not.
        (
            "Members can freeze their membership for up to 3 months with a doctor's note.",
            "Given your surgery we'll freeze it for six months.",
            False,
        ),
        (
            "Members can freeze their membership for up to 3 months with a doctor's note.",
            "Send us the note and we'll freeze it for 3 months.",
            True,
        ),
        (
            "Wrong cakes: we refund in full, or remake it free for another date.",
            "We'll make the right cake free for a day of your choice.",
            True,
        ),
        # Covering costs, paying back and extending cover are promises like any refund.
        (
            "Damage claims: our claims team assesses each claim; liability up to £50 per item.",
            "We'll cover the cost of having the floor sanded and refinished.",
            False,
        ),
        (
            "Injuries during grooming: we pay reasonable vet fees up to £100 on receipt.",
            "Send us the vet's bill and whatever it comes to, we'll cover it in full.",
            False,
        ),
        (
            "Injuries during grooming: we cover reasonable vet fees up to £100 on receipt.",
            "Send us the vet's bill and we'll cover the vet fees up to £100.",
            True,
        ),
        (
            "All repairs carry a 12-month warranty on parts and labour.",
            "We'll fix it, and we'll also extend the cover on the new clutch to three years.",
            False,
        ),
        (
            "All repairs carry a 12-month warranty on parts and labour.",
            "It's still under our 12-month warranty, so bring it in and we'll put it right.",
            True,
        ),
        (
            "Delay Repay: 30-59 min late 50% of the single fare.",
            "Claim online and we'll pay back your full single fare.",
            False,
        ),
        # A refund "in full" backs whatever was paid.
        (
            "Any service not agreed with the client before it's carried out is refunded in full.",
            "I've refunded the £20 you paid for it.",
            True,
        ),
        ("Refunds of up to £10 within 5 working days.", "I've refunded the £20.", False),
        # "On the day" backs "today".
        (
            "Duplicate payments are refunded on the day we confirm them.",
            "I've refunded the duplicate payment today.",
            True,
        ),
        # A remedy after ", and" shares the first clause's "we'll": it is promised too.
        (
            "Wrong items: we send the correct item by free next-day delivery.",
            "We'll send the right coat by free next-day delivery, and give you 20% off.",
            False,
        ),
        (
            "Wrong items: we send the correct item by free next-day delivery and 20% off the"
            " next order.",
            "We'll send the right coat by free next-day delivery, and give you 20% off.",
            True,
        ),
        # How long a voucher stays valid must match the policy's.
        (
            "Abandoned screenings: one complimentary ticket per holder, valid 6 months.",
            "We'll send you two free tickets, valid for a year.",
            False,
        ),
        (
            "Abandoned screenings: one complimentary ticket per holder, valid 6 months.",
            "We'll send you two free tickets, valid for 6 months.",
            True,
        ),
        # A future freebie "on us", even with an aside before the verb, or "this time".
        (
            "Birthday bookings noted in advance get a complimentary dessert for the table.",
            "Her next celebration dinner, three courses for your whole party, is on us.",
            False,
        ),
        (
            "If our electrician is late, the call-out fee is refunded.",
            "We'll refund the call-out fee, and the repair itself is on us this time too.",
            False,
        ),
        (
            "If our electrician is late, the call-out fee is refunded.",
            "The late arrival is on us, and we'll refund the call-out fee.",
            True,
        ),
        # "There were free docks" describes the station; it gives nothing away.
        (
            "Dock faults: we refund the extra time charge within 5 working days.",
            "There were free docks on the other side all afternoon. DM us and we'll refund"
            " the extra time within 5 working days.",
            True,
        ),
        # "No need to" waives a condition only when what is waived is the proof or a step.
        (
            "Damage claims: we pay for the repair once our site manager has inspected the car.",
            "We'll pay for the repair at an approved body shop; no need for an inspection.",
            False,
        ),
        (
            "Dock faults: we refund the extra time charge once we've checked the dock log.",
            "So sorry, there's no need to queue again. Once we've checked the dock log we'll"
            " refund the extra time charge.",
            True,
        ),
        # Working weeks are five working days each.
        (
            "Missed appointments: we pay £20 compensation within 10 working days.",
            "We'll pay you £20, and it will reach you within two working weeks.",
            True,
        ),
        (
            "Missed appointments: we pay £20 compensation within 5 working days.",
            "We'll pay you £20, and it will reach you within two working weeks.",
            False,
        ),
        # "Tomorrow" keeps a one-working-day promise; "extended to 60 days" is a length.
        (
            "Call back complainants within 1 working day.",
            "I'll ring you tomorrow to confirm it has gone through.",
            True,
        ),
        (
            "Returns accepted within 30 days of delivery.",
            "I've extended your return window to 60 days.",
            False,
        ),
        # "Will be back in your account" promises the time frame that follows it.
        (
            "Missing items: refund to the original payment method within 3-5 working days.",
            "I've refunded it, and it will be back in your account within 24 hours.",
            False,
        ),
        # A policy that gives a full deposit refund is not partial-only.
        (
            "Orders 2 weeks late: refund 10% of the order value, or a full deposit refund if"
            " the customer cancels.",
            "You can have 10% back, or if you'd rather cancel, we'll refund your deposit in full.",
            True,
        ),
        # "As goodwill" in a policy allows a goodwill gesture.
        (
            "Wrong address entered by the customer: offer a one-off 20% off code as goodwill.",
            "I'd like to send you a 20%-off code for your next order as a goodwill gesture.",
            True,
        ),
        # "If you end up in credit" is a balance, not a credit promised.
        (
            "Overpayments are refunded to the customer's card within 5 working days.",
            "If you end up in credit, just ask and we'll refund it within 5 working days.",
            True,
        ),
        # An amount restating the share before it is not a second promise; the share is.
        (
            "Restricted view seats: refund 50% of the ticket price within 5 working days.",
            "We'll refund half your ticket price (£30) within 5 working days.",
            True,
        ),
        (
            "Restricted view seats: refund 25% of the ticket price.",
            "We'll refund half your ticket price (£30).",
            False,
        ),
        (
            "Late crews: we refund 10% of the move price.",
            "We'll refund 10% of the move price, £110.",
            True,
        ),
        # A report of what was found is no offer: "I've had a look: £100 is your excess".
        (
            "Essential cover: £100 excess per condition; no goodwill payments.",
            "I've had a look: £100 is your policy excess and £20 is the co-pay.",
            True,
        ),
        # "Not guaranteed" promises nothing; "same working day" is "today".
        (
            "Reserved seat not provided: refund the reservation on request.",
            "Seat reservations are not guaranteed, and staff use their discretion.",
            True,
        ),
        (
            "The bereavement team returns voicemails the same working day.",
            "We'll return your voicemail the same day.",
            True,
        ),
        # A policy that waives the receipt below a sum allows "without a receipt" there.
        (
            "Damaged items: claims up to £50 without proof of value; above £50 with a receipt.",
            "Items up to £50 are covered without a receipt, so DM us and we'll start a claim.",
            True,
        ),
        ("Lost luggage: we pay $150 travel credit per guest.", "This is on us.", True),
        # A policy that pays the vet bill backs "cover a vet bill".
        (
            "Grooming injuries: we pay the vet bill for treating that injury.",
            "We'll cover a vet bill for the ear.",
            True,
        ),
        # "Suspended the charge" is no personnel action; extra data is a benefit to back.
        (
            "Damage disputes: suspend the charge while the claim is reviewed.",
            "I've suspended the £180 charge while we review your dispute.",
            True,
        ),
        (
            "Incorrect roaming charges: refund in full to the customer's next bill.",
            "I've refunded the £60, and I've added 10GB of extra data as a thank-you.",
            False,
        ),
        # A weekday right after a backed time frame says when that is.
        (
            "An expedited digital certificate is issued within 1 working day.",
            "It will reach your inbox within 1 working day, comfortably before Friday.",
            True,
        ),
        # A remedy the reply calls an exception is, by its own account, not in the policy.
        (
            "Change-of-mind returns within 14 days, unopened, for a full refund.",
            "We'll make an exception this time and refund you in full.",
            False,
        ),
        (
            "Change-of-mind returns within 14 days, unopened, for a full refund.",
            "I'm sorry, we can't make an exception, but DM us and we'll help you sell it on.",
            True,
        ),
        # "Whenever one is free" is availability; "resent" is a replacement; a refund taken
        # as a credit on the invoice is the policy's refund.
        (
            "Room moves away from event spaces are offered when available.",
            "We'll offer you a room away from the function suite whenever one is free.",
            True,
        ),
        (
            "Customers who weren't notified can have the notification resent.",
            "DM us and I'll resend it so you have it for your records.",
            True,
        ),
        (
            "Any charge taken in error is refunded on the next monthly invoice.",
            "The charge will be refunded as a credit on your next monthly invoice.",
            True,
        ),
        (
            "Rounds abandoned before 9 holes: 50% green fee refund or a rain check.",
            "We'll give you a full refund of your £45 green fee.",
            False,
        ),
        # "Your first month would be on us" names the month the policy gives free.
        (
            "Members hit by a billing error may be offered one free month if they rejoin.",
            "If you ever want to come back, your first month would be on us.",
            True,
        ),
        # A pro-rata refund backs the amount it comes to; "tomorrow morning" is the next morning.
        (
            "Sessions cut short by the spa: refund the unused time pro rata.",
            "We'll refund the missing 15 minutes, $22.50.",
            True,
        ),
        (
            "Rooms not ready within 1 hour: complimentary breakfast on the next morning.",
            "We've added a complimentary breakfast to your booking for tomorrow morning.",
            True,
        ),
        # Dispatching "the correct item" is a replacement.
        (
            "Wrong item sent: dispatch the correct item free of charge.",
            "A replacement item has been dispatched today.",
            True,
        ),
        # A policy that remakes the item backs "a new one".
        (
            "Wrong cakes: we refund it in full, or remake it free for another date.",
            "We'll refund it in full or make a new one free for another day.",
            True,
        ),
        (
            "Lens errors of ours: lenses are remade free of charge.",
            "We'll remake your glasses with the correct lenses at no cost to you.",
            True,
        ),
        # A benefit for life needs a policy that says so.
        (
            "Price changes: annual-plan customers keep the current price for 12 months.",
            "As a long-standing customer, you'll keep £24 a month for life.",
            False,
        ),
        (
            "Founding members keep their £24 monthly price for life.",
            "As a founding member, you'll keep £24 a month for life.",
            True,
        ),
    ],
)
def test_policy_shapes(policy: str, reply: str, passes: bool) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert res.passed is passes, res.reason
    assert all(reply[s.start : s.end] == s.text for s in res.evidence)


@pytest.mark.parametrize(
    ("complaint", "reply", "passes"),
    [
        # A sum of what they paid, shown with its parts, hands back money already paid.
        (
            "We stayed four nights (paid £118 a night) and the room wasn't cleaned twice.",
            "I've refunded the room rate for both nights, £236 in total (2 x £118).",
            True,
        ),
        (
            "I paid £80 for two tickets plus £12.50 in booking fees.",
            "I've refunded £92.50 (£80 for the tickets plus £12.50 fees) to your card.",
            True,
        ),
        # A count named before it times the amount paid: "three lessons (£28.50)" at £9.50.
        (
            "We pay £9.50 a lesson upfront. I want the money back for the three lessons.",
            "We'll refund the three missed lessons (£28.50).",
            True,
        ),
        (
            "Card declined three times, then a £5 fee.",
            "We'll refund the £5 and add £50 for the embarrassment.",
            False,
        ),
        # Without the parts shown, a multiple is a new amount the policy must back.
        (
            "We stayed four nights (paid £118 a night).",
            "I've refunded £236 to your card.",
            False,
        ),
    ],
)
def test_amounts_built_from_what_was_paid(complaint: str, reply: str, passes: bool) -> None:
    policy = ("Missed housekeeping or fees: refund each affected night (up to 2) or the fees.",)
    res = CHECK(CheckContext(reply=reply, complaint=complaint, policy_context=policy))
    assert res.passed is passes, res.reason
