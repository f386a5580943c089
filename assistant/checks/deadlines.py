"""Weekday deadlines measured against a policy's time frame.

"An engineer will be with you by Thursday" cannot be checked against "visits within 3
working days" on its own: it depends on when the clock started. Replies and complaints
often say ("as you called on Monday", "I reported it on Tuesday"), and then the weekday is
a number of working (and calendar) days that the policy either allows or does not. Without
such a reference day a weekday promise stays unverifiable, and grounding keeps treating it
as a deadline the policy must name.

It also decides when a time in a reply is no deadline at all (`not_a_deadline`,
`reported_day`): a day narrated ("the tab from Saturday"), a day for a step of the process
("I'll follow up tomorrow"), opening hours, a rule's length, a time inside a condition, or
the day a deed was done beside the backed time frame for its result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.checks.commitments import Item, Terms, terms
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


#: A condition in a reply clause, up to its comma or the promise it leads to ("if the
#: boiler can't be fixed today we'll fit a new one", "if it's still there on Thursday,
#: call me"): a negation or a date inside it belongs to the condition, not the promise.
_CONDITION_SPAN = re.compile(
    r"\b(?:if|unless|when|whenever|once|where|in case|as soon as)\b.*?"
    r"(?=[,;]|\b(?:we|i)(?:'ll| will| can)\b|$)",
    re.I,
)


def in_condition(clause: str, pos: int) -> bool:
    """Whether position `pos` of a reply clause lies inside a condition."""
    return any(m.start() <= pos < m.end() for m in _CONDITION_SPAN.finditer(clause))


#: A clause about what will happen; a weekday in any other clause is narration ("we were
#: two servers down on Saturday"), not a deadline.
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|going to|by|before|until|no later than|from)\b|\bcan\b", re.I
)
_FUTURE_DATE = re.compile(r"\b(?:will|'ll|shall|going to|by|before|until|no later than)\b", re.I)
#: A limit just before a time ("be with you by 10am tomorrow"): a deadline in any clause.
_LIMIT_BEFORE = re.compile(r"\b(?:by|before|until|no later than)\s+(?:\w+\s+)?$", re.I)
#: A day for a step of the process ("I'll follow up tomorrow", "a meeting this week", "a
#: tech is booked for tomorrow") rather than for a remedy: scheduling, not a promise the
#: policy must back.
_PROCESS_DAY = re.compile(
    r"\b(?:follow(?:ing)? up|meet(?:ing)?|sit down|call|ring|phone|speak|talk|update|visit"
    r"|review|go through|check in|catch up|chat|booked|book|sort (?:it|that|this|things)"
    r"|chase|chasing|lock in|confirm|let you know|get back to you|respond|e-?mail you"
    r"|message you|dm you|write (?:to you|one|back)|arrange (?:it|a time|a call))\b",
    re.I,
)
_DAY_NAMES = frozenset(WEEKDAYS)
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "date"})


#: A duration that describes a rule, not a promise ("the two-hour limit").
_RULE_AFTER = re.compile(
    r"[\w-]*\s*(?:limit|rule|window|slot|sitting|maximum|minimum|restriction|cut-?off|stay)\b",
    re.I,
)
_PAST = re.compile(r"\b(?:was|were|had|did)\b", re.I)
#: Opening hours, not a deadline: "I'm in most weekdays from 8am to 4pm".
_HOURS_AFTER = re.compile(r"\s*(?:to|till|until|-|–)\s*\d", re.I)
#: A deed already done ("I've refunded it today", "has been dispatched this morning").
_DONE_BEFORE = re.compile(r"\b(?:i|we)(?:'ve| have)\b|\b(?:has|have) been\b", re.I)
_SAME_DAY = frozenset({"today", "tonight", "right away", "straight away", "immediately"})
#: When a deed was done, told after it: the same day, or "this week" ("I've fixed that this
#: week", round 26).
_DONE_WHEN = _SAME_DAY | {"week"}


def reported_day(item: Item, reply: str) -> bool:
    """ "I've refunded the $15 difference to your card this morning": the day a deed was done
    is a report, not a promise of speed. (Until round 16 this needed a backed time frame
    elsewhere in the reply; the blind round-17 authors passed three such replies without
    one, and the two older catches it cost were promises it only reached by accident.)"""
    if item.quantity is None or item.quantity[1] not in _DONE_WHEN:
        return False
    sentence = re.split(r"[.!?\n;,]", reply[: item.start])[-1]
    # Not `_FUTURE`: its "from" and "can" mark no future here ("I've removed you from every
    # list today" reports a deed, round 28).
    return bool(_DONE_BEFORE.search(sentence)) and not _FUTURE_DATE.search(sentence)


#: The day a change starts ("a hard 9am start from tomorrow", "extended by 3 days from
#: Friday", "what we've changed, starting tomorrow"): when it begins, not how fast a remedy
#: comes.
_STARTS = r"(?:from|starting|as of|as from|effective|beginning)"
_STARTS_BEFORE = re.compile(rf"\b{_STARTS}\s+(?:this |next )?$", re.I)
#: The same word inside the time's own span ("from tomorrow" is one item).
_STARTS_AT = re.compile(rf"{_STARTS}\b", re.I)

#: A standing practice for everyone, not a promise to this customer: "we'll post any
#: closures here by 7am", "greet every group within a couple of minutes".
_EVERYONE = re.compile(r"\b(?:every|any|all)\b(?! time\b)", re.I)
#: The customer named in a clause: a promise to them, not a practice for everyone.
THIS_CUSTOMER = re.compile(r"\b(?:you|your|yours)\b", re.I)


def not_a_deadline(item: Item, clause: str) -> bool:
    """A deadline that is not one: a weekday or date in a clause that promises nothing
    about the future, a time inside a condition, a past time ("was ready in 20 mins"), the
    length of a rule ("the two-hour limit") or a standing practice for every customer."""
    if item.quantity is None or item.quantity[0] not in _TIME_UNITS:
        return False
    if (
        in_condition(clause, item.start)
        or _RULE_AFTER.match(clause, item.end)
        or _HOURS_AFTER.match(clause, item.end)
        or (
            _EVERYONE.search(clause[: item.start])
            and not THIS_CUSTOMER.search(clause)
            and not terms(clause).kinds
        )
    ):
        return True
    if (
        item.quantity[0] == "date"
        and (
            _STARTS_BEFORE.search(clause[: item.start])
            or _STARTS_AT.match(clause, item.start, item.end)
        )
        and not terms(clause).kinds  # "a replacement ready from tomorrow" is a promise
    ):
        return True
    future = _FUTURE.search(clause)
    if item.quantity[0] != "date":
        return not future and bool(_PAST.search(clause[: item.start]))
    if (
        _PROCESS_DAY.search(clause)
        and not terms(clause).kinds
        and not _LIMIT_BEFORE.search(clause[: item.start])
    ):
        return True
    value = str(item.quantity[1])
    # "the next morning" told as part of the story is as narrated as a weekday.
    told = value == "next day" and clause[item.start : item.end].lower().startswith("the next")
    dated = value in _DAY_NAMES or value[:1].isdigit() or told
    # The date's own "from"/"by" and a "can" elsewhere ("the tab from Saturday", "not much we
    # can do") do not make a narrated day a deadline; only a future verb or a limit does.
    rest = clause[: item.start] + " " * (item.end - item.start) + clause[item.end :]
    return dated and not _FUTURE_DATE.search(rest)
