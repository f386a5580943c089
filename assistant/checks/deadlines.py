"""Weekday deadlines measured against a policy's time frame.

"An engineer will be with you by Thursday" cannot be checked against "visits within 3
working days" on its own: it depends on when the clock started. Replies and complaints
often say ("as you called on Monday", "I reported it on Tuesday"), and then the weekday is
a number of working (and calendar) days that the policy either allows or does not. Without
such a reference day a weekday promise stays unverifiable, and grounding keeps treating it
as a deadline the policy must name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.checks.commitments import Item, Terms
from assistant.checks.patterns import norm

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = "|".join(WEEKDAYS)

#: The day something happened, which starts a policy's clock: "you called on Monday",
#: "I reported it last Tuesday", "since Friday".
_REFERENCE = re.compile(
    r"\b(?:called|rang|phoned|reported|e-?mailed|contacted|messaged|booked|ordered|logged"
    r"|raised|told us|got in touch|wrote|writing|sent|submitted|returned|came in|dropped"
    r"|arrived|reached|received|delivered|landed)\b[^.!?;]{0,40}?"
    rf"\b(?:on|last|this) (?P<day>{_DAY})\b|\bsince (?:last )?(?P<since>{_DAY})\b",
    re.I,
)


@dataclass(frozen=True)
class Reference:
    """The weekday the clock started, and where the reply says so (None when the complaint
    does)."""

    day: int
    start: int | None = None
    end: int | None = None


def reference_day(reply: str, complaint: str) -> Reference | None:
    """The last reference day the reply names, else the complaint's; None when neither does."""
    for text, in_reply in ((reply, True), (complaint, False)):
        found = list(_REFERENCE.finditer(norm(text)))
        if found:
            m = found[-1]
            group = "day" if m.group("day") else "since"
            day = WEEKDAYS.index(m.group(group).lower())
            if in_reply:
                return Reference(day, m.start(group), m.end(group))
            return Reference(day)
    return None


def days_until(ref: int, target: int, following_week: bool) -> tuple[int, int]:
    """(working days, calendar days) from the reference weekday to the target weekday: its
    first occurrence after the reference, or the one a week later for "next Wednesday"
    said in the week the clock started."""
    calendar = (target - ref) % 7 or 7
    if following_week and target > ref:
        calendar += 7
    working = sum((ref + i) % 7 < 5 for i in range(1, calendar + 1))
    return working, calendar


def backed_by(ref: int, target: int, following_week: bool, policy_days: set[float]) -> bool:
    """Whether a policy time frame of exactly that many working or calendar days allows the
    weekday deadline."""
    working, calendar = days_until(ref, target, following_week)
    return float(working) in policy_days or float(calendar) in policy_days


def weekday_kept(item: Item, ref: Reference | None, reply: str, allowed: tuple[Terms, ...]) -> bool:
    """A weekday the policy's time frame reaches from the day the clock started ("as you
    called on Monday ... by Thursday" against "within 3 working days"), or the reference
    day itself, which the reply narrates and does not promise."""
    if ref is None or item.quantity is None or item.quantity[0] != "date":
        return False
    if ref.start is not None and ref.end is not None and item.start < ref.end <= item.end:
        return True
    if item.quantity[1] not in WEEKDAYS:
        return False
    days = {v for p in allowed for k, v in p.quantities if k == "day" and isinstance(v, float)}
    following = reply[item.start : item.end].lower().startswith("next")
    return backed_by(ref.day, WEEKDAYS.index(str(item.quantity[1])), following, days)


def restates_deadline(item: Item, backed: list[Item]) -> bool:
    """A weekday just after a backed time frame says when that is ("within 1 working day,
    comfortably before Friday"); it promises nothing more."""
    return (
        item.quantity is not None
        and item.quantity[0] == "date"
        and item.quantity[1] in WEEKDAYS
        and any(
            b.quantity is not None
            and b.quantity[0] in {"day", "hour", "week", "minute"}
            and 0 <= item.start - b.end <= 40
            for b in backed
        )
    )
