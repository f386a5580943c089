"""Find and normalise concrete commitments (refunds, vouchers, amounts, deadlines) in text.

Used by the `grounding` check on both sides: on the reply to find what the company promises,
and on the policy context to find what it is allowed to promise. Both sides are reduced to
the same normal form (kinds like "refund", amounts like ("money", 20.0), deadlines like
("time", 24.0, "hour")) so that "£20 voucher" matches "a voucher worth £20" in the policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from assistant.checks.commitments_phrases import (
    _CLOCK,
    _DATE,
    _DAY_ALIASES,
    _DURATION,
    _FREE,
    _GRANTS_REFUND,
    _IN_FULL,
    _KIND_RE,
    _MONEY,
    _MONEY_WORDS,
    _NEAR_DAYS,
    _NEXT,
    _NEXT_FREE,
    _NOT_OBJECTS,
    _ONE_NEXT,
    _PCT,
    _PCT_WORDS,
    _PER,
    _PER_AFTER,
    _POINTS,
    _PROCESS_BEFORE,
    _RANGE_BEFORE,
    _REIMBURSES,
    _SAME_REMEDY,
    _SAME_THING,
    _STOP,
    _THEIRS_AFTER,
    _THEIRS_BEFORE,
    _TIME,
    _TODAY,
    _UNITS,
    _UPTO,
    _WITHIN_A_DAY,
    _WORDNUM,
    same_share,
    words_around,
)
from assistant.checks.offer_phrases import FREE_WORD, OPEN_AFTER, UNBOOKED
from assistant.checks.patterns import Sentence, norm, sentences


def _num(text: str) -> float:
    text = text.lower().replace(",", "")
    return float(_WORDNUM.get(text, text)) if text in _WORDNUM else float(text)


Quantity = tuple[str, float | str]


@dataclass(frozen=True)
class Item:
    """One thing promised or allowed: a kind ("voucher"), an amount, or both together."""

    kind: str | None
    quantity: Quantity | None
    start: int
    end: int
    obj: str | None = None
    near: frozenset[str] = frozenset()
    #: An amount per unit ("$100 a day"), never a multiple of a policy's per-unit amount.
    per_unit: bool = False


@dataclass
class Terms:
    """The normal form of a commitment sentence or a policy clause."""

    kinds: set[str] = field(default_factory=set)
    quantities: set[Quantity] = field(default_factory=set)
    ceilings: dict[str, float] = field(default_factory=dict)
    items: list[Item] = field(default_factory=list)
    text: str = ""
    free_near: set[str] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        """No kind and no quantity: nothing concrete was found."""
        return not self.items


_FOR_BEFORE = re.compile(
    r"\b(?:freez\w*|pause\w*|extend\w*|hold\w*|cover\w*|free|upgrad\w*|waiv\w*|valid)\b"
    r"[^.,;]{0,25}\bfor (?:another |a further |an extra |a full |up to )?$"
    r"|\b(?:extend\w*|increas\w*|lengthen\w*)\b[^.,;]{0,30}\bto $",
    re.I,
)
_WORKING = re.compile(r"\b(?:working|business)\b", re.I)
#: "valid for a year": here "a" is one unit, not "a day of your choice".
_VALID_FOR = re.compile(r"\bvalid (?:for )?$", re.I)
#: A benefit without end ("£24 a month for life", "free for the rest of the year"): a policy
#: backs it only by saying the same.
_OPEN_ENDED = re.compile(
    r"\bfor (?:life|the rest of (?:the|this|your) (?:year|contract|membership|subscription))\b"
    r"|\blifetime\b",
    re.I,
)


def _calendar_span(policy: str) -> set[tuple[str, float]]:
    """The calendar days a policy's whole working weeks cover: "within 5 working days" is
    "within the week" (7 days) whatever day it starts, so a reply saying so is backed."""
    spans: set[tuple[str, float]] = set()
    if "orking" not in policy and "usiness" not in policy:
        return spans  # most texts (every complaint read for held amounts) name no working day
    for m in _TIME.finditer(policy):
        if (m.group("u") or m.group("u2") or "").lower() != "day":
            continue
        if not _WORKING.search(m.group(0)) or not (m.group("n") or m.group("n2")):
            continue
        days = _num(m.group("n") or m.group("n2"))
        if days > 0 and days % 5 == 0:
            spans.add(("day", days / 5 * 7))
    return spans


def _quantities(text: str, out: Terms, theirs: bool = True) -> list[Item]:
    found: list[Item] = []
    for m in _MONEY.finditer(text):
        if theirs and (
            _THEIRS_BEFORE.search(text[: m.start()]) or _THEIRS_AFTER.match(text, m.end())
        ):
            continue  # the customer's own money ("your £45", "the £100 difference")
        if m.group("w"):
            money = float(_MONEY_WORDS[m.group("w").lower()])
        else:
            money = _num(m.group("a") or m.group("b") or m.group("c"))
        found.append(Item(None, ("money", money), *m.span()))
    for m in _PCT.finditer(text):
        pct = _PCT_WORDS[m.group("w").lower()] if m.group("w") else _num(m.group("n"))
        found.append(Item(None, ("pct", pct), *m.span()))
    for m in _POINTS.finditer(text):
        found.append(Item(None, ("points", _num(m.group("n"))), *m.span()))
    for m in _TIME.finditer(text):
        unit = (m.group("u") or m.group("u2") or m.group("u3")).lower()
        unit = _UNITS.get(unit, unit)
        amount = 1.0 if m.group("u3") else _num(m.group("n") or m.group("n2") or m.group("n3"))
        if unit == "hour" and amount % 24 == 0:
            unit, amount = "day", amount / 24
        elif unit == "week":
            # "two working weeks" is ten working days, not fourteen.
            unit, amount = "day", amount * (5 if _WORKING.search(m.group(0)) else 7)
        found.append(Item(None, (unit, amount), *m.span()))
    seen = {(i.start, i.end) for i in found}
    for m in _DURATION.finditer(text):
        # Replies: only a benefit's length ("freeze it for six months", "for a further 3
        # months"); policies: every duration.
        before = text[: m.start()]
        if (
            theirs
            and (
                not _FOR_BEFORE.search(before)
                or (m.group("n").lower() in {"a", "an"} and not _VALID_FOR.search(before))
            )
        ) or any(a <= m.start() < b for a, b in seen):
            continue  # "free for a day of your choice" picks a day; it is no length
        unit = _UNITS.get(m.group("u").lower(), m.group("u").lower())
        amount = _num(m.group("n"))
        if unit == "hour" and amount % 24 == 0:
            unit, amount = "day", amount / 24
        elif unit == "week":
            # "two working weeks" is ten working days, not fourteen.
            unit, amount = "day", amount * (5 if _WORKING.search(m.group(0)) else 7)
        found.append(Item(None, (unit, amount), *m.span()))
    for m in _OPEN_ENDED.finditer(text):
        found.append(Item(None, ("open-ended", "ever"), *m.span()))
    for m in _CLOCK.finditer(text):
        found.append(Item(None, ("date", m.group("d").lower().replace(" ", "")), *m.span()))
    todays = [m for m in _TODAY.finditer(text) if not _PROCESS_BEFORE.search(text[: m.start()])]
    for m in [*_DATE.finditer(text), *todays]:
        groups = m.groupdict()
        day = (groups.get("d") or groups.get("d2") or groups.get("d3") or "").lower()
        day = day.replace("the ", "").replace("-", " ").replace("this ", "")
        start = m.start("d3") if groups.get("d3") else m.start()
        found.append(Item(None, ("date", _DAY_ALIASES.get(day, day)), start, m.end()))
    for item in found:
        assert item.quantity is not None
        out.quantities.add(item.quantity)
        kind, value = item.quantity
        if isinstance(value, float) and _is_ceiling(text, item):
            out.ceilings[kind] = max(out.ceilings.get(kind, 0.0), value)
    if not theirs:
        out.quantities |= _calendar_span(text)
    return found


def _is_ceiling(text: str, item: Item) -> bool:
    """An amount `text` allows at most: "up to £50", the top of "£25 to £50"."""
    assert item.quantity is not None
    before = text[: item.start]
    return bool(
        _UPTO.search(before)
        or (item.quantity[0] in {"money", "pct", "points"} and _RANGE_BEFORE.search(before))
    )


class Sum(NamedTuple):
    """A sum of money and where it stands in its text."""

    value: float
    start: int
    end: int


def sums_of_money(text: str, caps_only: bool = False) -> list[Sum]:
    """Every sum of money in `text`, the customer's own included, or with `caps_only` the
    sums it allows at most ("taxi costs up to £60": £60)."""
    return [
        Sum(float(i.quantity[1]), i.start, i.end)
        for i in _quantities(text, Terms(text=text), theirs=False)
        if i.quantity
        and i.quantity[0] == "money"
        and isinstance(i.quantity[1], float)
        and (not caps_only or _is_ceiling(text, i))
    ]


@lru_cache(maxsize=4096)
def terms(text: str, theirs: bool = True) -> Terms:
    """Extract kinds, amounts, deadlines and free items from one sentence or clause.

    An amount of money, a percentage or points is paired with the nearest kind word ("£25"
    with "voucher") so the two must be allowed together; deadlines stand alone. With
    `theirs` (for replies), the customer's own money ("your £45", "the £39.95 fee") is not
    an offer and is skipped; policies and complaints pass False to keep every amount.

    Cached, because grounding reads the same clause for promises, rules and conditions;
    the result is shared, so callers must not mutate it.
    """
    text = norm(text)
    out = Terms(text=text.lower())
    kinds: list[Item] = []
    for kind, pattern in _KIND_RE.items():
        kinds += [Item(kind, None, *m.span()) for m in pattern.finditer(text)]
    for m in _FREE.finditer(text):
        word = FREE_WORD.search(text, m.start(), m.end())
        if (
            word
            and UNBOOKED.search(text, max(0, m.start() - 40), m.start())
            and OPEN_AFTER.match(text, word.end())
        ):
            continue  # "hold the following slot free", "keep it on the free plan": not given
        groups = m.groupdict()
        obj = next(
            (
                groups[g]
                for g in ("obj", "obj2", "obj3", "obj4", "obj5", "obj6", "obj7", "obj8")
                if groups.get(g)
            ),
            "",
        )
        obj = obj.lower()
        window = words_around(text, m.start() - 25, m.end() + 45)
        near = content_words(window) | ({_NEXT} if _ONE_NEXT.search(window) else set())
        out.free_near |= near
        kinds.append(
            Item(
                "free",
                None,
                *m.span(),
                obj=obj.rstrip("s") if obj not in _STOP and obj not in _NOT_OBJECTS else None,
                near=frozenset(near),
            )
        )
    out.kinds = {k.kind for k in kinds if k.kind}
    used: set[int] = set()
    for q in _quantities(text, out, theirs):
        assert q.quantity is not None
        gaps = [(max(k.start - q.end, q.start - k.end, 0), n) for n, k in enumerate(kinds)]
        gap, n = min(gaps, default=(99, -1))
        if q.quantity[0] in {"money", "pct", "points"} and gap <= 30:
            k = kinds[n]
            used.add(n)
            out.items.append(
                Item(k.kind, q.quantity, min(k.start, q.start), max(k.end, q.end), k.obj, k.near)
            )
        else:
            out.items.append(q)
    out.items += [k for n, k in enumerate(kinds) if n not in used]
    out.items = [
        replace(i, per_unit=True)
        if i.quantity and i.quantity[0] == "money" and _PER_AFTER.match(text, i.end)
        else i
        for i in out.items
    ]
    out.items.sort(key=lambda item: item.start)
    return out


def supports(policy: Terms, item: Item) -> bool:
    """True when one policy clause allows this item: its kind and amount together.

    A free item ("free rebooking") must be named in a clause that also says it is free.
    """
    if same_share(policy.text, item.kind, item.quantity):
        return True
    if (
        item.kind
        and item.kind not in policy.kinds
        and not _SAME_REMEDY.get(item.kind, set()) & policy.kinds
        and not (item.kind == "compensation" and _REIMBURSES.search(policy.text))
    ):
        return False
    # The free thing must be named next to "free" in the policy ("free rebooking on the next
    # Aurora flight" allows "a free seat on the next Aurora flight", not "free desserts").
    if (
        item.kind == "free"
        and item.obj
        and not _named_in(item.obj, policy)
        and len(item.near & policy.free_near - {_NEXT}) < 2
        and not (_NEXT in item.near and _NEXT_FREE.search(policy.text))
    ):
        return False
    if item.quantity is None or item.quantity in policy.quantities:
        return True
    if (
        item.kind == "refund"
        and item.quantity[0] == "money"
        and (
            _IN_FULL.search(policy.text)
            or (
                _GRANTS_REFUND.search(policy.text)
                and not any(q[0] in {"money", "pct"} for q in policy.quantities)
            )
        )
    ):
        # "Refunded in full" backs whatever the customer paid, which the check cannot know;
        # so does a thing that "is refunded" or "refundable" with no sum or share named.
        return True
    if (
        item.kind == "refund"
        and item.quantity[0] == "money"
        and re.search(r"\bpro[- ]rata\b", policy.text)
    ):
        return True  # "refund the unused time pro rata" backs whatever that comes to
    if item.quantity == ("date", "next day") and ("day", 1.0) in policy.quantities:
        return True  # "tomorrow" keeps "within 1 working day"
    if item.quantity[0] == "date" and item.quantity[1] in _NEAR_DAYS:
        # "first thing" or "today" keeps a policy that turns things round within a day.
        return bool(_WITHIN_A_DAY.search(policy.text))
    if (
        item.quantity[0] == "money"
        and isinstance(item.quantity[1], float)
        and not item.per_unit
        and _PER.search(policy.text)
    ):
        # "£35 per night" allows "£70" for two nights: a whole multiple of a per-unit amount.
        for kind, value in policy.quantities:
            if kind == "money" and isinstance(value, float) and value > 0:
                times = item.quantity[1] / value
                if 2 <= times <= 31 and abs(times - round(times)) < 1e-9:
                    return True
    ceiling = policy.ceilings.get(item.quantity[0])
    return (
        ceiling is not None
        and isinstance(item.quantity[1], float)
        and (item.quantity[1] <= ceiling)
    )


def _named_in(obj: str, policy: Terms) -> bool:
    """Whether the free thing is named in the policy clause that says something is free:
    the same stem ("fix" and "fixed free", "filling" and "a filling ... we replace it free")."""
    if not policy.free_near:
        return False
    stems = {obj[:5], *_SAME_THING.get(obj[:5], ())}
    return any(
        w.startswith(stem) or stem.startswith(w)
        for stem in stems
        for w in content_words(policy.text)
    )


_WORD = re.compile(r"[a-z][a-z'-]{2,}")


def content_words(text: str) -> set[str]:
    """Crude stems (first five letters) of the content words of `text`, stop words left out."""
    return {
        w[:5]
        for w in _WORD.findall(text.lower())
        if w not in _STOP and w not in {"free", "complimentary", "charge", "cost", "extra"}
    }


def clauses(text: str) -> list[Sentence]:
    """Sentences split further at ";" and ", but", where policies change polarity."""
    out: list[Sentence] = []
    for sent in sentences(text):
        pos = 0
        for m in re.finditer(
            r";\s*|,?\s+but\s+|,?\s+however,?\s+|\s+unless\s+|,\s+(?:and|so)\s+", sent.text
        ):
            out.append(
                Sentence(sent.start + pos, sent.start + m.start(), sent.text[pos : m.start()])
            )
            pos = m.end()
        out.append(Sentence(sent.start + pos, sent.end, sent.text[pos:]))
    return [c for c in out if c.text.strip()]
