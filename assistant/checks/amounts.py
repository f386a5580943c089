"""Amounts in a promise that only restate money the customer paid or a share the policy
names, so grounding checks the promise, not the arithmetic.

"Refund half your ticket price (£30)" promises half, which the policy must back; the £30 only
says what that comes to. "I've refunded the £236 (2 x £118)" hands back what the customer
paid. Without these readings every correctly worked-out sum looks like a new amount the
policy never named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.checks.base import CheckContext
from assistant.checks.commitments import Item, Quantity, Terms, sums_of_money, terms
from assistant.checks.patterns import sentences
from assistant.checks.policy_reading import held_amounts, policy_amounts

#: A share of a price just before an amount: "refund half your ticket price (£30)", "10% of
#: the move price, £110".
_SHARE_BEFORE = re.compile(
    r"(?:\d+ ?(?:%|percent\b|per cent\b)|\b(?:half|a third|a quarter)\b)[^.;:]{0,40}?(?:\(|,\s*)$",
    re.I,
)


_AMOUNT = re.compile(r"[£$€]\s?\d")


def unrestated(item: Item, clause: str) -> Item:
    """The item without an amount that restates the share before it in money: the share is
    the promise the policy must back, the amount only says what it comes to."""
    if item.quantity is None or item.quantity[0] != "money":
        return item
    amounts = list(_AMOUNT.finditer(clause, item.start, item.end))
    if amounts and _SHARE_BEFORE.search(clause[: amounts[-1].start()]):
        return replace(item, quantity=None)
    return item


def known_money(ctx: CheckContext) -> set[Quantity]:
    """Amounts the customer already paid, was charged or holds: in the complaint or policy.

    Refunding "the £25" that the policy names as a fee, "the £15" the customer was charged
    or restoring the "9 stamps" they lost promises nothing new, so only the kind (a refund,
    restored points) has to be allowed.
    """
    return held_amounts(ctx.complaint) | policy_amounts(ctx.policy_context)


def as_known(item: Item, known: set[Quantity], reply: str = "") -> Item:
    """The item without its amount when it only hands back money the customer paid: an
    amount they named, or, where the reply shows the sum right after it, a whole number of
    them or two of them added up ("£236 in total (2 x £118)", "£92.50 (£80 for the tickets
    plus £12.50 fees)")."""
    if item.kind not in {None, "refund", "points", "credit", "waiver"} or item.quantity is None:
        return item
    if item.quantity in known:
        return replace(item, quantity=None)
    if item.quantity[0] == "money" and reply:
        shown = terms(reply[item.end : item.end + 80], theirs=False).quantities & known
        if _paid_together(item.quantity[1], shown) or _counted(item, known, reply):
            return replace(item, quantity=None)
    return item


_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "both": 2}
#: A count of things, not an amount ("three lessons", "2 nights"; not "£5" or "50%").
_COUNT_WORD = re.compile(
    r"(?<![£$€\d.,])\b(?:\d+|two|three|four|five|six|seven|both)\b(?![\d.,%])", re.I
)


def _counted(item: Item, known: set[Quantity], reply: str) -> bool:
    """An amount that is a count named just before it times an amount paid: "refund the three
    missed lessons (£28.50)" where each lesson was £9.50."""
    assert item.quantity is not None
    value = item.quantity[1]
    counts = [
        _COUNT.get(w, 0) or (int(w) if w.isdigit() else 0)
        for w in _COUNT_WORD.findall(reply[max(0, item.start - 40) : item.end].lower())
    ]
    paid = [v for k, v in known if k == "money" and isinstance(v, float) and v > 0]
    return isinstance(value, float) and any(
        n > 1 and abs(n * v - value) < 0.005 for n in counts for v in paid
    )


def _paid_together(value: float | str, known: set[Quantity]) -> bool:
    """Whether `value` is 2-31 times one known amount, or two known amounts added up."""
    if not isinstance(value, float):
        return False
    paid = [v for k, v in known if k == "money" and isinstance(v, float) and v > 0]
    times = any(2 <= value / v <= 31 and abs(value / v - round(value / v)) < 1e-9 for v in paid)
    return times or any(
        abs(a + b - value) < 0.005 for i, a in enumerate(paid) for b in paid[i + 1 :]
    )


#: A sum per unit of any kind: "£5 per programme", "(£4.50 per booster)".
_PER_UNIT = re.compile(r"[£$€]\s?(\d+(?:\.\d+)?) (?:per|each|a|for each) [\w-]+", re.I)


def share_of_named(policy: Terms, item: Item, reply: str) -> bool:
    """A sum that is the policy's percentage of a sum the reply names: "15% off the visit,
    which is £18 off your £120 service"."""
    if (
        item.quantity is None
        or item.quantity[0] != "money"
        or not isinstance(item.quantity[1], float)
    ):
        return False
    shares = [v for k, v in policy.quantities if k == "pct" and isinstance(v, float)]
    value = item.quantity[1]
    return any(
        abs(share * whole.value / 100 - value) < 0.01
        for share in shares
        for whole in sums_of_money(reply)
    )


def per_unit_total(policy: Terms, item: Item, reply: str) -> bool:
    """A sum that is the policy's sum per unit times a count the reply's sentence names:
    "£13.50 of store credit to cover the three missing packs" against "£4.50 per booster"."""
    if item.quantity is None or item.quantity[0] != "money":
        return False
    if item.kind and item.kind not in policy.kinds:
        return False
    value = item.quantity[1]
    sent = next((s for s in sentences(reply) if s.start <= item.start < s.end), None)
    if sent is None or not isinstance(value, float):
        return False
    counts = {
        _COUNT.get(w.lower()) or (int(w) if w.isdigit() else 0)
        for w in _COUNT_WORD.findall(sent.text)
    }
    for m in _PER_UNIT.finditer(policy.text):
        unit = float(m.group(1))
        if unit > 0 and any(abs(unit * n - value) < 1e-6 for n in counts if n >= 2):
            return True
    return False
