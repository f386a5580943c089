"""Grounding rules for a reply that sets its policy aside: a precondition it waives ("no
need to find a receipt", "I've cancelled the charge" where the policy checks first) or a
remedy it calls an exception ("just this once"). Both are unbacked by the reply's own
account, whatever amounts and remedies the policy names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.checks.base import CheckContext
from assistant.checks.commitments import clauses
from assistant.checks.patterns import norm, span_at
from assistant.schemas import Span

#: A policy precondition: proof to be shown or a check to be made before the remedy.
_PRECONDITION = re.compile(
    r"\b(?:with (?:a |the |your |valid )?(?:proof|receipts?|evidence|photos?|invoices?"
    r"|original (?:packaging|receipt)|booking (?:reference|confirmation))"
    r"|once (?:we've|we have|our [\w ]{1,30}?"
    r"(?:has|have)) (?:checked|inspected|reviewed|confirmed|verified|assessed|seen|visited"
    r"|agreed|approved)|(?:after|once|when|following) (?:an? |the |our )?(?:[\w-]+ )?"
    r"(?:inspection|check|review|assessment|site visit|survey)|(?:once|when|after|if) the"
    r" (?:customer|member|guest|passenger|patient|owner) (?:sends?|provides?|shows?)|subject to"
    r"|on proof|proof of|with evidence)\b",
    re.I,
)
#: The reply waives a precondition, or says the remedy is already done before any check.
_WAIVER = re.compile(
    r"\b(?:no need (?:for (?:an? |the |any )?(?:receipt|proof|photo|evidence|inspection|check)\w*"
    r"|to (?:send|show|provide|find|bring|prove|return|post|produce|upload|dig out|fill in|wait"
    r"|keep|claim|apply)(?: \w+){0,3})|(?:there's |there is )?nothing (?:you need|for you)"
    r" to (?:send|show|provide|prove)|(?:you )?(?:don't|do not|won't|will not) need (?:to"
    r" (?:send|show|provide|find|bring|prove|wait)|an?|the|any)(?: \w+){0,2}|no questions asked"
    r"|without (?:a|the|any) (?:receipt|proof|inspection|check|photos?|evidence)"
    r"|(?:i|we)(?:'ve| have) (?:already )?(?:cancelled|refunded|waived|written off|paid))\b",
    re.I,
)


_POLICY_WAIVES = re.compile(
    r"\bwithout (?:a |any |the )?(?:receipts?|proof|evidence|photos?)\b", re.I
)


#: The reply says it goes beyond policy: "we'll make an exception this time".
_EXCEPTION = re.compile(
    r"(?<!can't )(?<!cannot )(?<!not )(?<!won't )(?<!never )(?<!unable to )"
    r"\b(?:make|making|made) an exception\b|\b(?:outside|beyond) (?:our|the) (?:usual |normal )?"
    r"(?:policy|rules|terms)\b|\bbend(?:ing)? the rules\b|\bjust this once\b",
    re.I,
)


def exceptions(ctx: CheckContext) -> list[Span]:
    """A remedy the reply itself calls an exception to the rules is, by its own account, one
    the policy does not back."""
    return [span_at(ctx.reply, m.start(), m.end()) for m in _EXCEPTION.finditer(norm(ctx.reply))]


@lru_cache(maxsize=256)
def _asks_first(policies: tuple[str, ...]) -> tuple[bool, bool]:
    """Whether `policies` ask for proof or a check first, and whether they also waive a
    receipt somewhere; read once per set of policies."""
    asks = any(_PRECONDITION.search(norm(p)) for p in policies)
    # "Claims up to £50 without proof of value": the policy itself waives the receipt there.
    return asks, asks and any(_POLICY_WAIVES.search(norm(p)) for p in policies)


def dropped_conditions(ctx: CheckContext) -> list[Span]:
    """A policy that asks for proof or a check first, and a reply that waives it ("no need to
    find a receipt", "I've cancelled the charge"): the remedy is promised without its
    condition."""
    asks, waived = _asks_first(ctx.policy_context)
    if not asks:
        return []
    return [
        span_at(ctx.reply, m.start(), m.end())
        for m in _WAIVER.finditer(norm(ctx.reply))
        if not (waived and m.group(0).lower().startswith("without"))
        and not _done_freely(m.group(0), ctx.policy_context)
    ]


#: A remedy already done ("I've refunded it"), by the stem a policy clause would name it with.
_DONE = re.compile(r"^(?:i|we)\S* (?:\w+ ){0,2}(cancel|refund|waiv|writ|paid)\w*(?: off)?$", re.I)
_DONE_STEMS = {
    "cancel": r"cancel",
    "refund": r"refund|reimburs",
    "waiv": r"waiv",
    "writ": r"writ\w* off",
    "paid": r"refund|reimburs|pa(?:y|id)",
}


def _done_freely(waiver: str, policies: tuple[str, ...]) -> bool:
    """Whether a remedy the reply says is already done ("I've refunded it") is one a policy
    clause gives with no precondition, while another clause's proof or check is for
    something else: "duplicate direct debits are refunded within 3 working days" beside
    "bank charges are reimbursed on proof" (round 25)."""
    done = _DONE.search(waiver)
    if done is None:
        return False
    stem = re.compile(rf"\b(?:{_DONE_STEMS[done.group(1).lower()]})", re.I)
    return any(
        stem.search(c.text) and not _PRECONDITION.search(c.text)
        for p in policies
        for c in clauses(norm(p))
    )
