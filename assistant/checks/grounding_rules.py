"""Whole-reply grounding rules that compare a reply's remedies with the shape of its policy.

`grounding` matches each promise against the policy clause by clause; these rules catch
what that cannot see: two remedies where the policy offers one or the other, a full refund
where the policy only ever pays part, a sum above the policy's cap and more free things than
it gives. Each takes the reply's offer clauses from `grounding.offer_clauses`; a reply that
sets the policy aside (a waived precondition, an exception) is `grounding_waivers`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant.checks.base import CheckContext
from assistant.checks.commitments import (
    Item,
    Terms,
    clauses,
    content_words,
    sums_of_money,
    terms,
)
from assistant.checks.commitments_phrases import _WORDNUM
from assistant.checks.patterns import Sentence, norm, span_at
from assistant.schemas import Span

#: The reply's offer clauses, each with whether it is only a hedge.
Offers = tuple[tuple[Sentence, bool], ...]


#: Remedies a policy may offer as alternatives ("we remake it free or refund it in full").
_REMEDIES = frozenset(
    {"refund", "replacement", "free", "voucher", "credit", "discount", "compensation", "upgrade"}
)
_OR = re.compile(r"\bor\b", re.I)
_INSTEAD = re.compile(r"\binstead\b|\bone or the other\b", re.I)
#: The reply leaves the choice to the customer ("a refund or a replacement, whichever").
_CHOICE = re.compile(r"\b(?:or|either|choice|choose|whichever|prefer|rather|instead)\b", re.I)


@lru_cache(maxsize=64)
def _alternatives(policies: tuple[str, ...]) -> frozenset[frozenset[str]]:
    """Pairs of remedy kinds a policy clause joins with "or" ("refund or replacement"), or
    that a clause offers "instead" of the policy's other remedies: one or the other."""
    out: set[frozenset[str]] = set()
    for policy in policies:
        parts = clauses(norm(policy))
        every = set().union(*(terms(c.text, theirs=False).kinds for c in parts)) & _REMEDIES
        for c in parts:
            if _INSTEAD.search(c.text):
                own = terms(c.text, theirs=False).kinds & _REMEDIES - {"free"}
                out |= {frozenset({a, b}) for a in own for b in every - {"free"} if a != b}
            for m in _OR.finditer(c.text):
                left = terms(c.text[max(0, m.start() - 60) : m.start()], theirs=False).kinds
                right = terms(c.text[m.end() : m.end() + 60], theirs=False).kinds
                out |= {
                    frozenset({a, b}) for a in left & _REMEDIES for b in right & _REMEDIES if a != b
                }
    return frozenset(out)


def qualifies(item: Item, items: list[Item], text: str) -> bool:
    """A "free" that only describes another remedy next to it ("a free-drink e-voucher",
    "replace the sofa free"), not a second remedy ("refund the £38, give four free lessons")."""
    return item.kind == "free" and any(
        other.kind not in {None, "free"}
        and max(other.start - item.end, item.start - other.end) <= 15
        and not _JOINED.search(text[min(item.end, other.end) - 1 : max(item.start, other.start)])
        for other in items
    )


_JOINED = re.compile(r"[,;]|\band\b|\bplus\b", re.I)


def both_remedies(ctx: CheckContext, offers: Offers) -> list[Span]:
    """Two remedies promised together where the policy offers one or the other ("we'll
    refund the £48 and also remake it free" against "remake free or refund, the customer's
    choice")."""
    pairs = _alternatives(ctx.policy_context)
    if not pairs:
        return []
    items: dict[str, list[Item]] = {}
    for clause, hedged in offers:
        if hedged or _CHOICE.search(clause.text):
            continue
        found = terms(clause.text).items
        for item in found:
            if item.kind in _REMEDIES and not qualifies(item, found, clause.text):
                moved = replace(item, start=item.start + clause.start, end=item.end + clause.start)
                items.setdefault(item.kind, []).append(moved)
    out: list[Span] = []
    for pair in pairs:
        if pair <= items.keys():
            out += [span_at(ctx.reply, i.start, i.end) for kind in pair for i in items[kind][:1]]
    return out


#: A refund of everything ("a full refund", "refund the whole bill").
_FULL = re.compile(
    # Not a sum per unit: "we refund every full month you've prepaid".
    r"\b(?:full refund|refund(?:ed)? (?:[\w']+ ){0,3}?in full"
    r"|refund(?:ed)? (?:(?!(?:every|each|any)\b)[\w']+ )?(?:full"
    r"|whole|entire)\b|(?:full|whole|entire) (?:\w+ |[£$€]\d[\d,.]* |\w+'s )?"
    r"(?:amount|price|cost|fare|bill|rent|fee|booking|charge|tuition|rental|stay)(?: back)?"
    r"|cover (?:it|them|that|this|the \w+) in full|whatever it (?:comes to|costs))",
    re.I,
)
#: A policy that pays back only part or up to a cap ("a partial refund of up to 50%", "pro
#: rata", "up to £100 towards vet bills").
_PARTIAL = re.compile(
    r"\b(?:partial|pro[- ]rata|part of|half|\d+ ?% (?:of|(?:[\w-]+ ){0,3}refund)|up to [£$€]?\d)",
    re.I,
)
#: Further marks of a clause that pays back only part: what is left after a deduction, the
#: items affected, or a sum per unit ("refund the difference", "minus a £25 admin fee",
#: "the affected items only", "£5 per missing wine").
_PARTIAL_MORE = re.compile(
    _PARTIAL.pattern + r"|\b(?:difference|minus|less (?:a|an|the)|unused|max(?:imum)?"
    r"|affected \w+ only|per (?:day|night|item|guest|person|missing)|portion"
    r"|/(?:day|night|item|guest|person|hour))\b",
    re.I,
)
_WHOLE = re.compile(
    r"\b(?:in full|full (?:[\w-]+ )?refund|100 ?%|full (?:amount|price|cost|fare))", re.I
)


#: A refund clause that refuses ("no refunds after 30 days", "non-refundable") rather than
#: saying how much is paid back.
_NO_REFUND = re.compile(
    r"\b(?:no|not|never|non|nor)\b(?: [\w-]+){0,3} refund|\bnon-refundable"
    r"|\b(?:not|n't|never)(?: be)? refunded",
    re.I,
)
_PAYBACK = frozenset({"refund", "compensation", "credit"})
#: A clause that says only when refunds are paid ("Refunds processed within 10 working
#: days"), not how much: it neither pays in full nor in part.
_WHEN_PAID = re.compile(
    r"\W*(?:all |any )?refunds? (?:are |will be )?(?:processed|issued|paid|sent|made)"
    r"(?: \w+)? within\b",
    re.I,
)


def _pays_part(text: str, found: Terms) -> bool:
    """Whether a policy clause that pays something back pays only part of it: a share or a
    cap, or a set sum ("refund £5 per missing wine", "£5 per resident per day rent credit")."""
    if _WHOLE.search(text):
        return False
    paid = [i for i in found.items if i.kind in _PAYBACK]
    return bool(_PARTIAL_MORE.search(text)) or (bool(paid) and all(i.quantity for i in paid))


@lru_cache(maxsize=64)
def _pays_only_part(policies: tuple[str, ...]) -> bool:
    """Whether every clause of the policy that pays money back pays back only part.

    Two readings, either enough: every refund or compensation clause names a share or a cap
    and none pays in full; or every refund, compensation or credit clause that does not
    refuse sets a share, a cap or a sum of its own."""
    found = [
        (c.text, terms(c.text, theirs=False)) for policy in policies for c in clauses(norm(policy))
    ]
    refunds = [t for t, f in found if {"refund", "compensation"} & f.kinds]
    if any(_PARTIAL.search(c) for c in refunds) and not any(_WHOLE.search(c) for c in refunds):
        return True
    paying = [
        (t, f)
        for t, f in found
        if _PAYBACK & f.kinds and not _NO_REFUND.search(t) and not _WHEN_PAID.match(t)
    ]
    return bool(paying) and all(_pays_part(t, f) for t, f in paying)


def full_over_partial(ctx: CheckContext, offers: Offers) -> list[Span]:
    """A full refund where every refund clause of the policy pays back only part."""
    if not _pays_only_part(ctx.policy_context):
        return []
    return [
        span_at(ctx.reply, clause.start + m.start(), clause.start + m.end())
        for clause, hedged in offers
        if not hedged
        for m in _FULL.finditer(clause.text)
    ]


#: A remedy that pays back a sum the reply names: "pay your £95 taxi", "reimburse the whole
#: £310 bill", "refund you the £240". It ends where the sum starts.
#: Verbs that pay something back.
_PAY_VERB = r"\b(?:refund|reimburs|repay|pay|cover|compensat|fund)\w*"
_PAYS_SUM = re.compile(
    _PAY_VERB + r"(?: you| back)*"
    r"(?: (?:the|your|that|this|all|whole|full|entire|of|for))* (?=[£$€] ?\d)",
    re.I,
)


#: A payment with no limit at all.
_UNLIMITED = re.compile(
    r"\bwhatever (?:it|that|they|the (?:[\w-]+ )?(?:bill|repair|work)) (?:costs?|comes? to)\b"
    r"|\bwhatever the (?:cost|bill|price)\b|\bno matter (?:what it costs|the cost|how much)\b"
    r"|\bhowever much (?:it|that|they) costs?\b",
    re.I,
)
_PAYS = re.compile(_PAY_VERB, re.I)
#: Where a policy line moves to another remedy: "refund the service in full; cover GP
#: costs up to £40".
_LINE_PART = re.compile(r"[;:,.]|\band\b", re.I)
#: Stems of the remedy words themselves, which say nothing about what is paid for.
_REMEDY_STEMS = frozenset({"refun", "reimb", "cover", "repay", "compe", "full", "total"})


def _topic(text: str) -> set[str]:
    """What a sum pays for: the content words near it, less the remedy words."""
    return content_words(text) - _REMEDY_STEMS


def _last_topic(text: str) -> set[str]:
    """The topic of the last part of a policy line that names one ("taxi costs" in "full
    refund of the transfer and taxi costs up to £60"; "usual bill" before ", up to £100")."""
    return next((t for part in reversed(_LINE_PART.split(text)) if (t := _topic(part))), set())


@lru_cache(maxsize=256)
def _caps(policies: tuple[str, ...]) -> tuple[tuple[tuple[float, frozenset[str]], ...], bool]:
    """Each cap in `policies` with the topic it caps, and whether it is the sole cap.

    Read once per set of policies: a company's few policies back every draft, and reading
    their sums was a third of the grounding check's time.
    """
    caps = tuple(
        (cap.value, frozenset(_last_topic(text[: cap.start])))
        for text in map(norm, policies)
        for cap in sums_of_money(text, caps_only=True)
    )
    # One cap and no clause that pays in full: the cap is on whatever the policy pays for,
    # however the reply names it ("the full £210" against "up to £150 per claim").
    sole = len({v for v, _ in caps}) == 1 and not any(_WHOLE.search(p) for p in policies)
    return caps, sole


def over_ceiling(ctx: CheckContext, offers: Offers) -> list[Span]:
    """A sum paid back above the cap of the policy line that pays for the same thing.

    "Pay your £95 taxi" against "taxi costs up to £60" promises £35 the policy does not
    allow, yet the clause-by-clause match sees only a reimbursement the policy offers (the
    £95 is the customer's own outlay, so its amount is not compared). The cap applies when
    its part of the policy line and the words after the sum share a content word ("taxi",
    "bill"), so "a full refund of your £95 ticket" is not held to "taxi costs up to £60".
    A payment "whatever it costs" has no cap, so it breaks the only cap a policy has, or one
    for the same thing.
    """
    caps, sole = _caps(ctx.policy_context)
    if not caps:
        return []
    out: list[Span] = []
    for clause, hedged in offers:
        if hedged:
            continue
        for m in _UNLIMITED.finditer(clause.text):
            # "We'll pay to have the floors refinished, whatever it costs": no cap at all.
            near = _topic(clause.text)
            if _PAYS.search(clause.text) and (len(caps) == 1 or any(w & near for _, w in caps)):
                out.append(span_at(ctx.reply, clause.start + m.start(), clause.start + m.end()))
        for m in _PAYS_SUM.finditer(clause.text):
            paid = sums_of_money(clause.text[m.end() :])[:1]
            if not paid or paid[0].start:
                continue
            end = m.end() + paid[0].end
            near = _topic(clause.text[m.start() : end + 25])
            if any(paid[0].value > cap and (sole or words & near) for cap, words in caps):
                out.append(span_at(ctx.reply, clause.start + m.end(), clause.start + end))
    return out


#: A count of things given: "your next two lessons are on us", "two free class credits".
_COUNTED = re.compile(
    r"\b(?P<n>two|three|four|five|six|[2-6]) (?:(?:free|extra|more|further|complimentary"
    r"|additional|[\w-]+) ){0,2}?(?P<noun>[a-z]{3,}s)\b",
    re.I,
)
_GIVEN_FREE = re.compile(r"\b(?:free|complimentary)\b", re.I)
#: "... are on us": the counted things themselves are given.
_FREE_AFTER = re.compile(
    r"\s+(?:are|will be|'ll be)(?: all)? (?:free|complimentary|on us|on the house)\b", re.I
)
#: Time frames are the deadline rules' to judge.
_UNITS = frozenset({"day", "days", "hour", "hours", "week", "weeks", "month", "months"})
_COUNTS = {w: n for w, n in _WORDNUM.items() if " " not in w}
_COUNTS |= {"single": 1, "next": 1, "another": 1} | {str(i): i for i in range(1, 10)}
_PER = frozenset({"per", "each", "every", "for"})


def _policy_count(policies: tuple[str, ...], stem: str) -> int | None:
    """How many of a thing the policy gives at most ("the next 1-hour lesson is free": 1), or
    None when it names it in the plural without a count or per something ("lessons missed
    are refunded", "one free coffee per late delivery") or not at all."""
    found: list[int] = []
    for text in policies:
        words = re.findall(r"[a-z0-9'-]+", norm(text).lower())
        for i, word in enumerate(words):
            if _singular(word)[:5] != stem:
                continue
            if _PER & set(words[i + 1 : i + 3]):
                return None
            count = next(
                (_COUNTS[w] for w in reversed(words[max(0, i - 3) : i]) if w in _COUNTS), None
            )
            if count is None:
                if word.endswith("s"):
                    return None
                continue
            found.append(count)
    return max(found, default=None)


def _singular(word: str) -> str:
    """ "washes" -> "wash", "passes" -> "pass", "lessons" -> "lesson"."""
    if re.search(r"(?:sh|ch|x|ss)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def over_count(ctx: CheckContext, offers: Offers) -> list[Span]:
    """More free things than the policy gives: "your next two lessons are on us" against
    "the customer's next 1-hour lesson is free", "two free class credits" against "one free
    class credit". The clause-by-clause match sees only the free lesson the policy allows."""
    out: list[Span] = []
    for clause, hedged in offers:
        if hedged:
            continue
        for m in _COUNTED.finditer(clause.text):
            given = _GIVEN_FREE.search(m.group(0)) or _FREE_AFTER.match(clause.text, m.end())
            if not given or m["noun"].lower() in _UNITS:
                continue
            stem = _singular(m["noun"].lower())[:5]
            allowed = _policy_count(ctx.policy_context, stem)
            if allowed is not None and _COUNTS[m["n"].lower()] > allowed:
                out.append(span_at(ctx.reply, clause.start + m.start(), clause.start + m.end()))
    return out
