"""Grounding rules on how long a remedy lasts and how big a share it pays.

The clause-by-clause match sees that a credit, a free month or a waiver is a remedy the
policy gives, but not for how long: "we'll credit a full week of your subscription" against
"3 days' subscription credit", "three months' monitoring free" against "one month's
monitoring free", "a one-week deadline extension" against "a 48-hour deadline extension".
Nor does it read "half" as a share: "we'll refund half your package" against "refund 25% of
the package price". Each rule takes the reply's offer clauses from `grounding.offer_clauses`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.checks.base import CheckContext
from assistant.checks.commitments import _num, clauses, content_words, terms
from assistant.checks.commitments_phrases import _NUM
from assistant.checks.grounding_rules import Offers
from assistant.checks.patterns import norm, span_at
from assistant.schemas import Span

_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
#: A length of time a remedy lasts: "a full week", "three months'", "one-week", "48-hour".
_DURATION = re.compile(
    r"\b" + _NUM.format("n") + r"(?:[- ](?:full|whole|extra|free))?[- ]"
    r"(?P<unit>hour|day|week|month|year)s?\b'?",
    re.I,
)
#: Just before a length that is a deadline, an age or a window, not what a remedy lasts.
_NOT_LASTING = re.compile(
    r"\b(?:within|in|after|than|over|ago|past|last|every|per|up to|under|inside|next|by|for"
    r" the (?:last|past)|of the)\s+$",
    re.I,
)
#: Words that say a length belongs to a remedy: a credit, a free or waived period.
_REMEDY = re.compile(
    r"\b(?:credit\w*|free|complimentary|waiv\w*|extension|extend\w*|on us|on the house"
    r"|no charge|refund\w*|honou?r\w*)\b",
    re.I,
)
#: Stems too common to say two lengths are about the same thing.
_COMMON = frozenset(
    {"free", "credi", "waive", "refun"}
    | {"hour", "hours", "day", "days", "week", "weeks", "month", "year", "years"}
)


def _lengths(text: str) -> list[tuple[float, int, int]]:
    """Each length of time in `text` that a remedy lasts, in days, with its span."""
    out = []
    for m in _DURATION.finditer(text):
        if _NOT_LASTING.search(text[: m.start()]):
            continue
        n = _num(m["n"])
        out.append((n * _DAYS[m["unit"].lower()], m.start(), m.end() - m[0].endswith("'")))
    return out


@lru_cache(maxsize=64)
def _policy_lengths(policies: tuple[str, ...]) -> tuple[tuple[float, frozenset[str]], ...]:
    """The lengths the policy's remedies last, each with its clause's kinds and words."""
    out = []
    for policy in policies:
        for clause in clauses(norm(policy)):
            if not _REMEDY.search(clause.text):
                continue
            words = frozenset(content_words(clause.text) - _COMMON) | terms(clause.text).kinds
            out += [(days, words) for days, _, _ in _lengths(clause.text)]
    return tuple(out)


def over_duration(ctx: CheckContext, offers: Offers) -> list[Span]:
    """A remedy that lasts longer than the policy's remedy of the same kind."""
    allowed = _policy_lengths(ctx.policy_context)
    if not allowed:
        return []
    out: list[Span] = []
    for clause, hedged in offers:
        if hedged or not _REMEDY.search(clause.text):
            continue
        words = (content_words(clause.text) - _COMMON) | terms(clause.text).kinds
        for days, start, end in _lengths(clause.text):
            same = [d for d, w in allowed if w & words]
            if same and days > max(same) + 1e-9:
                out.append(span_at(ctx.reply, clause.start + start, clause.start + end))
    return out


#: "Refund half your package", "half the fee back".
_HALF = re.compile(r"\b(?:refund\w* half|half (?:of )?(?:the|your) [\w-]+ (?:back|refunded))", re.I)


@lru_cache(maxsize=256)
def _shares_below_half(policies: tuple[str, ...]) -> bool:
    """Whether `policies` name refund shares and every one is below half. Read once per set
    of policies, as every draft for the company is checked against the same set."""
    found = [terms(c.text, theirs=False) for p in policies for c in clauses(norm(p))]
    shares = [
        float(value)
        for f in found
        if "refund" in f.kinds
        for kind, value in f.quantities
        if kind == "pct"
    ]
    return bool(shares) and max(shares) < 50


def over_share(ctx: CheckContext, offers: Offers) -> list[Span]:
    """Half of a price refunded where every refund share in the policy is smaller."""
    if not _shares_below_half(ctx.policy_context):
        return []
    return [
        span_at(ctx.reply, clause.start + m.start(), clause.start + m.end())
        for clause, hedged in offers
        if not hedged
        for m in _HALF.finditer(clause.text)
    ]
