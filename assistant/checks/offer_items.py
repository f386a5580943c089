"""What in an offer clause is named but not promised: a purpose, a refusal, a report.

`grounding` reads a clause as an offer when its verb offers ("we'll", "I've refunded");
an item in that clause may still be no promise to this customer: what an action is for,
a remedy refused or set aside, our own kit already fixed, a message sent again. Kept apart
from the check so each exception stays small and tested on its own
(`tests/checks/test_offer_items.py`, and through the check in
`tests/checks/test_check_grounding_reports.py`).
"""

from __future__ import annotations

import re

from assistant.checks.commitments import Item
from assistant.checks.deadlines import THIS_CUSTOMER
from assistant.checks.offer_phrases import OFFER


def mentioned_only(item: Item, items: list[Item], clause: str, before: str) -> bool:
    """Whether `item`, found in an offer clause, is named there without being promised.

    Args:
        item: the kind or amount found, with offsets in `clause`.
        items: every item of the clause (a goodwill gesture may introduce another remedy).
        clause: the clause's text.
        before: the reply's text before the clause.
    """
    head = clause[: item.start]
    return (
        _names_another(item, items, clause)
        or _purpose_only(item, clause)
        or bool(_SET_ASIDE.search(head))
        or (item.kind == "personnel" and bool(_THING_BEFORE.search(head)))
        or bool(_REFUSED.search(head))
        or (
            item.kind == "replacement"
            and clause[item.end - 1 : item.end] == "s"
            and bool(_THEIR_ACTION.search(head))
        )
        or _fixed_our_own(item, clause)
        or _message_resent(item, clause, before)
    )


#: What an action is for ("send the retailer proof so your refund isn't held up"): a
#: remedy named after it is the hoped-for outcome, often someone else's, not a promise,
#: unless the purpose itself promises it ("so you'll get a £20 voucher").
_PURPOSE = re.compile(r"\bso (?:that )?(?:your|you|the|it|they)\b|\bin order (?:to|that)\b", re.I)


def _purpose_only(item: Item, clause: str) -> bool:
    """Whether the item is named only as what an action is for."""
    marks = [m for m in _PURPOSE.finditer(clause) if m.start() < item.start]
    return bool(marks) and not OFFER.search(clause[marks[-1].start() :])


#: A remedy verb in the present with someone else as its subject ("once your GP resends it").
_THEIR_ACTION = re.compile(r"\b(?:your|the|their|his|her) [a-z]+ $", re.I)
#: A deed done before the verb: "we've taken it out of service and replaced it", "the
#: stand's been replaced", "we've since had a plumber replace the cistern".
_DONE_DEED = re.compile(
    r"\b(?:i|we)(?:'ve| have| had)\b|\b(?:has|have|had|'s) been\b|\bbeen $", re.I
)


def _fixed_our_own(item: Item, clause: str) -> bool:
    """A part of our own kit already replaced, so the fault won't recur: a fix of the
    cause, not a replacement given to the customer (no "you" or "your" in the clause)."""
    return (
        item.kind == "replacement"
        and clause[item.start : item.end].lower().startswith("replace")
        and not THIS_CUSTOMER.search(clause)
        and bool(_DONE_DEED.search(clause[: item.start]))
    )


#: "Resend it" after the reply has named a message ("your confirmation got stuck in our
#: outbox ... I'll resend it", "the password comes in a separate email ... I'll resend it"):
#: sending a message again, not replacing goods.
_RESEND_IT = re.compile(r"re-?sen(?:d|t)\w* (?:it|them)\b", re.I)
_MESSAGE = re.compile(
    r"\b(?:confirmation|e-?mail|link|code|password|invoice|receipt|message|letter|statement"
    r"|notification)s?\b",
    re.I,
)


def _message_resent(item: Item, clause: str, before: str) -> bool:
    """ "Resend it" where the reply named a message before it."""
    return (
        item.kind == "replacement"
        and bool(_RESEND_IT.match(clause, item.start))
        and bool(_MESSAGE.search(before + clause[: item.start]))
    )


#: A remedy the reply refuses or denies: "we don't do free consultations", "I'm not able to
#: reprint them free", "a service isn't a guarantee".
_REFUSED = re.compile(
    r"\b(?:don't|do not|doesn't|does not|won't|will not|can't|cannot|not able to|unable to"
    r"|isn't|is not|aren't|are not)(?: \w+){0,3} $",
    re.I,
)
#: A thing, not a person, was acted on: "your account was suspended for exceeding the limits".
_THING_BEFORE = re.compile(
    r"\b(?:account|service|card|booking|membership|subscription|site|website|domain|server"
    r"|line|number|plan|order|listing|profile|access)s? (?:was|were|is|are|has been|have been"
    r"|had been|got|gets|been|being)(?: \w+)? $",
    re.I,
)
#: A remedy the reply sets aside: "credited rather than refunded".
_SET_ASIDE = re.compile(r"\b(?:rather than|instead of|not(?! only))\s+(?:\w+\s+)?$", re.I)


def _names_another(item: Item, items: list[Item], clause: str) -> bool:
    """ "As a gesture of goodwill" that introduces another remedy ("store credit")."""
    span = clause[item.start : item.end].lower()
    return (
        item.kind == "compensation"
        and ("gesture" in span or "goodwill" in span)
        and any(o.kind not in {None, "compensation", "refund"} for o in items)
    )
