"""Find and normalise concrete commitments (refunds, vouchers, amounts, deadlines) in text.

Used by the `grounding` check on both sides: on the reply to find what the company promises,
and on the policy context to find what it is allowed to promise. Both sides are reduced to
the same normal form (kinds like "refund", amounts like ("money", 20.0), deadlines like
("time", 24.0, "hour")) so that "£20 voucher" matches "a voucher worth £20" in the policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.checks.patterns import Sentence, norm, sentences

#: Kind of commitment -> the words that express it.
_KINDS: dict[str, str] = {
    "refund": r"refund\w*|reimburs\w*|money back|pay you back|repay\w*|cashback",
    "voucher": r"vouchers?|coupons?|(?:promo|discount|voucher) codes?|e-?vouchers?",
    "gift_card": r"gift ?cards?|e-?gift cards?",
    "discount": r"discount\w*|\d+ ?(?:%|percent|per cent) (?:off|reduction)|half[- ]price"
    r"|price match\w*|money off|off (?:your|the) next|reductions?|(?:a quarter|half|a third) off",
    "credit": r"(?:account |store |bill )?credit(?:ed|s)?",
    "points": r"(?:loyalty |bonus |reward )?(?:points|stamps)|air ?miles|(?:bonus |reward )?miles",
    "replacement": r"replac\w*|re-?send\w*|re-?ship\w*|re-?deliver\w*|(?:a|another) new one"
    r"|(?:pay for|buy you|cover the (?:full )?cost of) (?:a |an |the )?(?:brand[- ])?new\b"
    r"|send (?:you )?(?:a|another) (?:brand[- ])new \w+"
    r"|send (?:you )?(?:a|another) (?:fresh|new) \w+",
    "compensation": r"compensat\w*|goodwill (?:gesture|payment)|gesture of goodwill",
    "upgrade": r"upgrad\w*",
    "waiver": r"waiv\w*|(?:remov|wip)\w* (?:the |that |this |your )?(?:[£$€]"
    r"\d[\d.,]* )?(?:[\w-]+ )?(?:charges?|fees?|fines?|penalt(?:y|ies))|(?:won't|will not"
    r"|wouldn't|will never) (?:charge|bill|invoice) you"
    r"|(?:charges?|fees?|fines?)\b[^.;]{0,40}? (?:are|is|will be|can be|have been|has been)"
    r" (?:removed|waived|wiped)",
    "personnel": r"fired|sacked|dismissed|let go|disciplin\w*|suspended|retrain\w*"
    r"|(?:been|be|being) (?:spoken|talked) to|(?:formal|written|verbal|final) warning"
    r"|(?:had|have|having) (?:a|strong) words? with|(?:no longer|won't be|will not be)"
    r" (?:(?:working|employed) (?:with|for|here|at)|works? (?:here|at|with us|for us))"
    r"|(?:taken|removed|stood down) (?:off|from)"
    r" (?:the |our )?(?:rota|floor|shifts?|duty|role|platform|counter|team|route|service|job|post"
    r"|position|branch|store|app)|(?:faces?|facing) (?:action|consequences)",
    "deletion": r"(?:delet\w*|eras(?:e|ed|ing)|wip(?:e|ed|ing)|purg\w*|destroy\w*) (?:all |every"
    r" |any )?(?:of )?(?:your |the |our )?(?:personal )?(?:data|records?|details|information"
    r"|account|history)|(?:data|records?|details|information|account|history)(?: \w+){0,4}?"
    r" (?:deleted|erased|wiped|purged|destroyed)|deletion|erasure",
    "guarantee": r"guarantee[ds]?",
    "lifetime": r"for (?:life|ever)|forever|lifetime|permanent(?:ly)?",
}
_KIND_RE = {k: re.compile(rf"(?<![\w-])(?:{v})(?![\w])", re.I) for k, v in _KINDS.items()}
_FREE = re.compile(
    r"(?<!feel )(?<!-)\b(?:free|complimentary|gratis)(?: of charge)?(?: (?P<obj>[a-z]+))?"
    r"|\b(?P<obj2>desserts?|drinks?|meals?|dinner|lunch|breakfast|coffees?|round|stay|nights?"
    r"|room|delivery|bill|treats?|cakes?|wine|bottle|pudding|starters?|teas?|one|visit)"
    r"(?: is| are| will be|'s)? (?:on us|on the house|at no (?:extra )?(?:cost|charge))\b"
    r"|\b(?:on the house|at no (?:extra )?(?:cost|charge)|no charge|waiv\w*"
    r"|(?:next|first|this|your next) (?:(?!(?:and|it|that|is|was)\b)[a-z]+ ){0,2}?"
    r"(?!(?:it|that|this|all)\b)(?P<obj3>[a-z]+)(?: for [\w ]{1,20}?)?"
    r"(?:'s| is| are| will be)? on (?:us|the house)"
    r"|(?P<obj4>[a-z]+) (?:is|are|will be|'s) (?:free|complimentary))\b"
    r"|\b(?P<obj5>[a-z]+) free(?= to\b| for\b|[.,;!]|$)"
    r"|\b(?!(?:that|this|it|all|entirely|squarely|completely|totally|really|fully|firmly|fault"
    r"|mistake|error|blame|one|is|was|are|were|be|been|s)\b)(?P<obj6>[a-z]{3,})"
    r"(?: for (?:two|three|four|five|six|\w+ of you|you(?: both| all)?))? on (?:us|the house)\b",
    re.I,
)
_STOP_WORDS = (
    "within until when once one it them now too so "
    "to for of and or the a an with on as if this that next your you we it in at is are was from by"
)
_STOP = frozenset(_STOP_WORDS.split())
#: Words after "free" that are not the free thing ("free two-hour rental", "free today").
_NOT_OBJECTS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"today", "tomorrow", "tonight", "again", "until", "any", "right", "too", "also", "all"}
)
_WORDNUM = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fourteen": 14,
    "twenty": 20,
    "thirty": 30,
    "a": 1,
    "an": 1,
    "a couple of": 2,
    "a few": 3,
}
_NUM = (
    r"(?P<{}>\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
    r"|fourteen|twenty|thirty|an?|a couple of|a few)"
)
_MONEY_WORDS = {
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "twenty five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "seventy-five": 75,
    "a hundred": 100,
    "one hundred": 100,
    "two hundred": 200,
    "five hundred": 500,
}
_MONEY = re.compile(
    r"(?P<cur>[£$€])\s?(?P<a>\d[\d,]*(?:\.\d+)?)(?: ?(?:k|grand)\b)?"
    r"|(?P<b>\d[\d,]*(?:\.\d+)?) ?(?:pounds|dollars|euros|quid|gbp|usd|eur)\b"
    r"|\b(?:gbp|usd|eur)\s?(?P<c>\d[\d,]*(?:\.\d+)?)"
    r"|\b(?P<w>" + "|".join(sorted(_MONEY_WORDS, key=len, reverse=True)) + r")"
    r" (?:pounds|dollars|euros|quid)\b",
    re.I,
)
_PCT = re.compile(
    r"(?P<n>\d+(?:\.\d+)?) ?(?:%|percent|per cent)|\b(?P<w>a quarter|half|a third)(?= off\b"
    r"|[- ]price\b)",
    re.I,
)
_PCT_WORDS = {"a quarter": 25.0, "half": 50.0, "a third": 33.0}
_TIME = re.compile(
    r"(?:within|in|up to|under|less than|the next|next)(?: the next)? " + _NUM.format("n") + r"[- ]"
    r"(?:(?:working|business|calendar) )?(?P<u>hour|hr|minute|min|day|week|month|year)s?\b"
    r"|(?:(?P<n2>\d+) (?=working |business )|(?P<n3>\d+|two|three|four|five|six|seven|ten|twelve"
    r"|fourteen|twenty)-)(?:(?:working|business) )?(?P<u2>hour|hr|day|week)s?(?: or less)?\b"
    r"|(?:within|in|inside) the (?:next )?(?P<u3>hour|day|week|month|year)\b",
    re.I,
)
#: In a policy, any duration ("valid for 3 months", "a 14-day window") allows that deadline.
_DURATION = re.compile(
    r"\b" + _NUM.format("n") + r"[- ](?:(?:working|business|calendar) )?"
    r"(?P<u>hour|hr|minute|min|day|week|month|year)s?\b",
    re.I,
)
#: A clock time ("by 6pm", "before 10:30am") is a deadline.
_CLOCK = re.compile(r"\b(?:by|before|until|from|at) (?P<d>\d{1,2}(?:[:.]\d\d)? ?(?:am|pm))\b", re.I)
_DATE = re.compile(
    r"\b(?:by|on|before|until|this|next|from) (?P<d>monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|tomorrow|tonight|the end of (?:the |this )?(?:day|week|month)"
    r"|end of (?:the )?(?:day|week|month)|close of business|the weekend|the morning)\b"
    r"|\b(?P<d2>tomorrow|tonight|same[- ]day|next[- ](?:working[- ])?day|first thing)\b",
    re.I,
)
#: "today" and "right away" are deadlines only when they say something is done by then
#: ("refunded today", "deleted every record we hold today", "fixed by tonight"), not when
#: they time a step of the process ("we'll book it straight away", "chase it today").
_DONE = (
    r"(?:delet\w*|eras\w*|wiped|removed|refunded|fixed|repaired|resolved|arrive|arrives"
    r"|delivered|with you|in your (?:account|bank)|processed|restored|reconnected|replaced"
    r"|back (?:up|on|online)|paid|credit|credited|sorted|added)"
)
#: A step of the process just before the completed action ("chase the refund today").
_PROCESS_BEFORE = re.compile(
    r"\b(?:chase|chasing|book|arrange|look into|check|investigat\w*|escalat\w*|ask|request)\b"
    r"[^,;.!?]{0,25}$",
    re.I,
)
_PROCESS = (
    r"(?:book|chase|arrange|moving|look|call|ring|contact|reply|answer|send|get back|update"
    r"|confirm|pass|start|begin|raise|dm|e-?mail|check|investigat\w*|escalat\w*|and|but|or)"
)
_TODAY = re.compile(
    rf"\b{_DONE}\b(?:(?!\b{_PROCESS}\b)[^,;.!?]){{0,50}}?\b(?P<d3>today|tonight|right away"
    r"|straight away|immediately|within minutes|this (?:afternoon|evening|morning|week"
    r"|weekend)|by the weekend)\b",
    re.I,
)
_DAY_ALIASES = {
    "tomorrow": "next day",
    "next working day": "next day",
    "tonight": "today",
    "end of day": "today",
    "close of business": "today",
    "right away": "today",
    "straight away": "today",
    "immediately": "today",
    "within minutes": "today",
    "afternoon": "today",
    "evening": "today",
    "morning": "today",
    "same day": "today",
    "weekend": "saturday",
}
_POINTS = re.compile(
    r"(?P<n>\d[\d,]*) ?(?:loyalty |bonus |reward |extra |free )?(?:points|miles|stamps)", re.I
)
_UPTO = re.compile(
    r"(?:up to|maximum(?: of)?|max\.?|no more than|capped at|at most|not exceed"
    r"\w*|limit(?: of)?)\s*$",
    re.I,
)
#: The upper end of a range ("£25 to £50", "£25-£50"): a ceiling like "up to £50".
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|-|–|and)\s*[£$€]?$", re.I)
#: Around an amount, words showing it is the customer's own money, not something offered.
_THEIRS_BEFORE = re.compile(r"\byour\s$", re.I)
_THEIRS_AFTER = re.compile(
    r"\s?(?:difference|you paid|you were charged|you spent|back\b|(?:\w+ )?(?:fee|charge|cost"
    r"|price|bill)\b)",
    re.I,
)
_UNITS = {"hr": "hour", "min": "minute"}


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
            unit, amount = "day", amount * 7
        found.append(Item(None, (unit, amount), *m.span()))
    if not theirs:
        seen = {(i.start, i.end) for i in found}
        for m in _DURATION.finditer(text):
            if any(a <= m.start() < b for a, b in seen):
                continue
            unit = _UNITS.get(m.group("u").lower(), m.group("u").lower())
            amount = _num(m.group("n"))
            if unit == "hour" and amount % 24 == 0:
                unit, amount = "day", amount / 24
            elif unit == "week":
                unit, amount = "day", amount * 7
            found.append(Item(None, (unit, amount), *m.span()))
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
        if isinstance(value, float) and (
            _UPTO.search(text[: item.start])
            or (kind in {"money", "pct", "points"} and _RANGE_BEFORE.search(text[: item.start]))
        ):
            out.ceilings[kind] = max(out.ceilings.get(kind, 0.0), value)
    return found


def terms(text: str, theirs: bool = True) -> Terms:
    """Extract kinds, amounts, deadlines and free items from one sentence or clause.

    An amount of money, a percentage or points is paired with the nearest kind word ("£25"
    with "voucher") so the two must be allowed together; deadlines stand alone. With
    `theirs` (for replies), the customer's own money ("your £45", "the £39.95 fee") is not
    an offer and is skipped; policies and complaints pass False to keep every amount.
    """
    text = norm(text)
    out = Terms(text=text.lower())
    kinds: list[Item] = []
    for kind, pattern in _KIND_RE.items():
        kinds += [Item(kind, None, *m.span()) for m in pattern.finditer(text)]
    for m in _FREE.finditer(text):
        groups = m.groupdict()
        obj = next(
            (groups[g] for g in ("obj", "obj2", "obj3", "obj4", "obj5", "obj6") if groups.get(g)),
            "",
        )
        obj = obj.lower()
        near = _content_words(text[max(0, m.start() - 25) : m.end() + 45])
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
    if (
        item.kind
        and item.kind not in policy.kinds
        and not _SAME_REMEDY.get(item.kind, set()) & policy.kinds
    ):
        return False
    # The free thing must be named next to "free" in the policy ("free rebooking on the next
    # Aurora flight" allows "a free seat on the next Aurora flight", not "free desserts").
    if (
        item.kind == "free"
        and item.obj
        and not _named_in(item.obj, policy)
        and len(item.near & policy.free_near) < 2
    ):
        return False
    if item.quantity is None or item.quantity in policy.quantities:
        return True
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


#: Remedies that give the same money back: refunding a charge the policy says is removed.
_SAME_REMEDY = {"refund": {"waiver"}, "waiver": {"refund"}}
_NEAR_DAYS = frozenset({"today", "first thing"})
#: A policy deadline of a day at most, which "first thing" or "today" keeps.
_WITHIN_A_DAY = re.compile(
    r"\b(?:within|in|inside) (?:24|twenty-four) ?(?:hours|hrs|h)\b|\bwithin (?:a|one) (?:working"
    r" )?day\b|\bsame[- ]day\b|\bon the (?:same )?day\b",
    re.I,
)


def _named_in(obj: str, policy: Terms) -> bool:
    """Whether the free thing is named in the policy clause that says something is free:
    the same stem ("fix" and "fixed free", "filling" and "a filling ... we replace it free")."""
    if not policy.free_near:
        return False
    stem = obj[:5]
    return any(w.startswith(stem) or stem.startswith(w) for w in _content_words(policy.text))


_PER_AFTER = re.compile(
    r"\s*(?:a|per|each|every)\s+(?:day|night|person|ticket|guest|room|hour|week|month|passenger"
    r"|bag|seat|item)\b",
    re.I,
)
_PER = re.compile(
    r"\b(?:per|each|every|a) (?:affected )?(?:night|day|person|ticket|class|month|week|guest"
    r"|room|hour|item|passenger|member|bag|seat)\b"
)
_WORD = re.compile(r"[a-z][a-z'-]{2,}")


def _content_words(text: str) -> set[str]:
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
