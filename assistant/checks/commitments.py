"""Find and normalise concrete commitments (refunds, vouchers, amounts, deadlines) in text.

Used by the `grounding` check on both sides: on the reply to find what the company promises,
and on the policy context to find what it is allowed to promise. Both sides are reduced to
the same normal form (kinds like "refund", amounts like ("money", 20.0), deadlines like
("time", 24.0, "hour")) so that "£20 voucher" matches "a voucher worth £20" in the policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.checks.patterns import Sentence, norm, sentences

#: Kind of commitment -> the words that express it.
_KINDS: dict[str, str] = {
    "refund": r"refund\w*|reimburs\w*|money back|pay you back|repay\w*|cashback",
    "voucher": r"vouchers?|coupons?|(?:promo|discount|voucher) codes?|e-?vouchers?",
    "gift_card": r"gift ?cards?|e-?gift cards?",
    "discount": r"discount\w*|\d+ ?(?:%|percent|per cent) off|half[- ]price|price match\w*"
    r"|money off|off (?:your|the) next",
    "credit": r"(?:account |store |bill )?credit(?:ed|s)?",
    "points": r"(?:loyalty |bonus |reward )?points|air ?miles|(?:bonus |reward )?miles",
    "replacement": r"replac\w*|re-?send\w*|re-?ship\w*|re-?deliver\w*|(?:a|another) new one"
    r"|send (?:you )?(?:a|another) (?:fresh|new) \w+",
    "compensation": r"compensat\w*|goodwill (?:gesture|payment)|gesture of goodwill",
    "upgrade": r"upgrad\w*",
    "personnel": r"fired|sacked|dismissed|let go|disciplin\w*|suspended|retrain\w*"
    r"|spoken to|formal warning|written warning",
}
_KIND_RE = {k: re.compile(rf"(?<![\w-])(?:{v})(?![\w])", re.I) for k, v in _KINDS.items()}
_FREE = re.compile(
    r"(?<!feel )\b(?:free|complimentary|gratis)(?: of charge)?(?: (?P<obj>[a-z]+))?"
    r"|\b(?P<obj2>[a-z]+)(?: is| are| will be|'s)? (?:on us|on the house|at no (?:extra )?(?:cost|charge))\b"
    r"|\b(?:on us|on the house|at no (?:extra )?(?:cost|charge)|no charge|waiv\w*)\b",
    re.I,
)
_STOP = frozenset(
    "to for of and or the a an with on as if this that next your you we it in at is are was"
    " from by".split()
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
_MONEY = re.compile(
    r"(?P<cur>[£$€])\s?(?P<a>\d[\d,]*(?:\.\d+)?)|(?P<b>\d[\d,]*(?:\.\d+)?) ?(?:pounds|dollars"
    r"|euros|quid|gbp|usd|eur)\b",
    re.I,
)
_PCT = re.compile(r"(?P<n>\d+(?:\.\d+)?) ?(?:%|percent|per cent)", re.I)
_TIME = re.compile(
    r"(?:within|in|up to|over|after|under|less than|the next|next)(?: the next)? "
    + _NUM.format("n")
    + r"[- ]"
    r"(?:(?:working|business|calendar) )?(?P<u>hour|hr|minute|min|day|week|month)s?\b"
    r"|(?P<n2>\d+)[- ](?:(?:working|business) )?(?P<u2>hour|hr|day|week)s?(?: or less)?\b",
    re.I,
)
_DATE = re.compile(
    r"\b(?:by|on|before|until|this|next|from) (?P<d>monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|tomorrow|tonight|the end of (?:the |this )?(?:day|week|month)"
    r"|end of (?:the )?(?:day|week|month)|close of business)\b"
    r"|\b(?P<d2>tomorrow|tonight|same[- ]day|next[- ]day)\b",
    re.I,
)
_POINTS = re.compile(r"(?P<n>\d[\d,]*) ?(?:loyalty |bonus |reward )?(?:points|miles)", re.I)
_UPTO = re.compile(
    r"(?:up to|maximum(?: of)?|max\.?|no more than|capped at|at most|not exceed"
    r"\w*|limit(?: of)?)\s*$",
    re.I,
)
_UNITS = {"hr": "hour", "min": "minute"}


def _num(text: str) -> float:
    text = text.lower().replace(",", "")
    return float(_WORDNUM.get(text, text)) if text in _WORDNUM else float(text)


@dataclass
class Terms:
    """The normal form of a commitment or a policy clause."""

    kinds: set[str] = field(default_factory=set)
    quantities: set[tuple[str, float | str]] = field(default_factory=set)
    free_objects: set[str] = field(default_factory=set)
    ceilings: dict[str, float] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)
    text: str = ""

    @property
    def empty(self) -> bool:
        """No kind and no quantity: nothing concrete was found."""
        return not self.kinds and not self.quantities


def terms(text: str) -> Terms:
    """Extract kinds, amounts, deadlines and free items from one sentence or clause."""
    text = norm(text)
    out = Terms(text=text.lower())
    for kind, pattern in _KIND_RE.items():
        for m in pattern.finditer(text):
            out.kinds.add(kind)
            out.spans.append(m.span())
    for m in _FREE.finditer(text):
        out.kinds.add("free")
        out.spans.append(m.span())
        obj = m.group("obj") or m.group("obj2")
        if obj and obj.lower() not in _STOP:
            out.free_objects.add(obj.split()[0].lower().rstrip("s"))
    for m in _MONEY.finditer(text):
        value = _num(m.group("a") or m.group("b"))
        out.quantities.add(("money", value))
        out.spans.append(m.span())
        if _UPTO.search(text[: m.start()]):
            out.ceilings["money"] = max(out.ceilings.get("money", 0.0), value)
    for m in _PCT.finditer(text):
        value = _num(m.group("n"))
        out.quantities.add(("pct", value))
        out.spans.append(m.span())
        if _UPTO.search(text[: m.start()]):
            out.ceilings["pct"] = max(out.ceilings.get("pct", 0.0), value)
    for m in _POINTS.finditer(text):
        out.quantities.add(("points", _num(m.group("n"))))
        out.spans.append(m.span())
    for m in _TIME.finditer(text):
        unit = (m.group("u") or m.group("u2")).lower()
        out.quantities.add((_UNITS.get(unit, unit), _num(m.group("n") or m.group("n2"))))
        out.spans.append(m.span())
    for m in _DATE.finditer(text):
        day = (m.group("d") or m.group("d2")).lower().replace("the ", "").replace("-", " ")
        out.quantities.add(("date", day.replace("this ", "")))
        out.spans.append(m.span())
    return out


def supports(policy: Terms, promise: Terms) -> bool:
    """True when one policy clause allows the whole promise: its kinds, items and numbers.

    "Free" needs no exact word when the clause allows the thing itself ("a replacement at no
    cost" covers "a free replacement"), but a free item must be named in the clause.
    """
    strong = promise.kinds - {"free"}
    if not strong <= policy.kinds:
        return False
    if "free" in promise.kinds:
        if not strong and "free" not in policy.kinds:
            return False
        if promise.free_objects and not any(o in policy.text for o in promise.free_objects):
            return False
    for q in promise.quantities:
        if q in policy.quantities:
            continue
        ceiling = policy.ceilings.get(q[0])
        if ceiling is None or not isinstance(q[1], float) or q[1] > ceiling:
            return False
    return True


def clauses(text: str) -> list[Sentence]:
    """Sentences split further at ";" and ", but", where policies change polarity."""
    out: list[Sentence] = []
    for sent in sentences(text):
        pos = 0
        for m in re.finditer(r";\s*|,?\s+but\s+|,?\s+however,?\s+|\s+unless\s+", sent.text):
            out.append(
                Sentence(sent.start + pos, sent.start + m.start(), sent.text[pos : m.start()])
            )
            pos = m.end()
        out.append(Sentence(sent.start + pos, sent.end, sent.text[pos:]))
    return [c for c in out if c.text.strip()]
