"""Reading a company's policies for `grounding`: what they allow, forbid and charge.

A reply's promises are judged against these, and a company's few policies back every draft
and every revision round, so each reading is cached by the policy texts. The results are
shared: callers must not mutate them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.checks.commitments import Quantity, Terms, clauses, terms
from assistant.checks.commitments_phrases import _STOP
from assistant.checks.patterns import norm

#: A policy clause (or a list under a heading) that forbids rather than allows.
_NEGATIVE = re.compile(
    r"\b(?:must not|mustn't|do not|don't|never|not eligible|ineligible|cannot|can't|can not"
    # Not a charge waived: "the client is not charged for the missing shifts and receives a
    # 10% credit" grants both.
    r"|(?:aren't|isn't|are not|is not|won't|will not)(?! (?:be )?(?:charged|billed)\b)"
    r"|shouldn't|should not|may not"
    r"|not (?:offer|give|promise|provide|allowed|permitted"
    r"|available|authori[sz]ed|covered|refundable|refunded"
    # "disciplinary action not discussed publicly"
    r"|(?:be )?(?:discussed|mentioned|disclosed|shared|confirmed|named) (?:publicly|in public)"
    # "disciplinary outcomes are confidential and not shared with customers" (round 28)
    r"|(?:be )?(?:shared|discussed|disclosed|revealed) with)"
    r"|confidential|(?:are|is|stay|remain|kept) internal"
    r"|non-?refundable"
    r"|no (?:refunds?|vouchers?|compensation|discounts?|credit|complimentary|free|upgrades?"
    # "Additional collections cost $65; no waivers." (round 31)
    r"|waivers?|exceptions?|replacements?|reimbursements?)"
    r"|without (?:\w+ )?(?:approval|authori[sz]ation|sign-off)|not to"
    # Not the adjective: "prohibited fees charged in error must be refunded".
    r"|(?:prohibited|forbidden)(?! (?:fees?|charges?|items?|goods|substances?|terms?)\b))\b",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[-*•‣◦]|\d+[.)])\s+")
#: A condition inside a policy clause ("if we can't provide the room, we refund ..."): its
#: negation describes the situation, not what is forbidden.
_CONDITION = re.compile(
    r"\b(?:if|when|where|whenever|once|unless)\b(?:[^,;.]*,|[^,;]*?(?:$|(?=\b(?:we|they|customers?"
    r"|members?|passengers?|guests?)\b(?! (?:can't|cannot|don't|do not|aren't|won't|never)\b))))",
    re.I,
)
#: Words too generic to tie a promise to a forbidding policy clause.
_GENERIC_WORDS = (
    "we our you your they their customer member guest passenger client offer give given get "
    "can can't cannot don't not won't isn't aren't never will would also any all more just "
    "one some item items after before only don't doesn't"
)
_GENERIC = frozenset(_GENERIC_WORDS.split())
_STEM_WORD = re.compile(r"[a-z][a-z']{2,}")
_AUX_WORDS = "be been being are is was were have has had get got"
_AUX = frozenset(_AUX_WORDS.split())
#: Words that name the same thing in a promise and a forbidding clause: "your next visit"
#: is one of the "future visits" a policy rules out.
_STEM_SYNONYMS = {"next": "futur"}


def stems(text: str) -> set[str]:
    """Crude stems (first five letters) of the content words of `text`."""
    return {
        _STEM_SYNONYMS.get(
            w, (w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 4 else w)[:5]
        )
        for w in _STEM_WORD.findall(text.lower())
        if w in _STEM_SYNONYMS
        or (w not in _GENERIC and w not in _STOP and w[:5] not in {"free", "compl"})
    }


#: A negation inside a relative clause describes what the policy covers ("cakes that don't
#: match the design"), not what it forbids.
_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:don't|do not|doesn't|does not|didn't|aren't|isn't|can't"
    r"|cannot|won't|weren't|wasn't)\b[^:,;]*"
    # A reduced relative: "any service not agreed with the client ... is refunded".
    r"|\b(?:any|each|every|a|an|the)\s+[\w-]+\s+not\s+\w+ed\b[^:,;]*?(?=\s+(?:is|are|will be"
    r"|gets?)\b)",
    re.I,
)


#: The situation a policy line heads ("Rooms that fail non-smoking standards and cannot be
#: changed: refund one night"), an instruction reported ("tell the patient not to use it"),
#: and a "whose" clause ("guests whose reservation is not honoured receive a refund"): a
#: negation in any of them describes the case, not what is forbidden.
_SITUATION = re.compile(
    r"^[^:]{1,120}:(?=\s*\S)"
    r"|\b(?:tell|ask|advise|remind|warn|instruct)\w* (?:[\w-]+ ){0,3}?not to\b"
    r"|\bwhose (?:[\w-]+ ){1,5}?(?:is|are|was|were|has|have) not (?:been )?\w+",
    re.I,
)


def _without_conditions(text: str) -> str:
    """The clause with its conditions and relative clauses blanked out: a negation there
    describes the situation the policy covers, not what it forbids."""
    return _RELATIVE.sub(" ", _CONDITION.sub(" ", _SITUATION.sub(" ", text)))


def _negative(text: str) -> bool:
    """Whether a policy clause forbids something, ignoring negations inside its condition."""
    return bool(_NEGATIVE.search(_without_conditions(text)))


@lru_cache(maxsize=256)
def allowed_terms(policies: tuple[str, ...]) -> tuple[Terms, ...]:
    """Normal forms of every affirmative policy clause.

    Clauses with a negation are dropped, as are list items under a negative heading such as
    "Staff must not:" (until the list ends), so "never offer cash refunds" allows nothing.
    Cached: a company's few policies are read for every draft and every revision round, and
    parsing them was three quarters of this check's time. Callers must not mutate the result.
    """
    out: list[Terms] = []
    for policy in policies:
        negative_list = False
        for line in norm(policy).splitlines():
            if not line.strip():
                negative_list = False
                continue
            is_item = bool(_BULLET.match(line))
            if not is_item:
                negative_list = line.rstrip().endswith(":") and bool(_NEGATIVE.search(line))
            if is_item and negative_list:
                continue
            out.extend(
                t
                for c in clauses(line)
                if not _negative(c.text)
                for t in [terms(c.text, theirs=False)]
                if not t.empty
            )
    return tuple(out)


@lru_cache(maxsize=256)
def affirmative_stems(policies: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """Stems of every affirmative policy clause, those that name no remedy included
    ("comprehensive cover includes one windscreen claim a year"): what a reply describing
    the product may paraphrase without breaking a rule about something else."""
    return tuple(
        frozenset(stems(c.text))
        for policy in policies
        for line in norm(policy).splitlines()
        for c in clauses(line)
        if c.text.strip() and not _negative(c.text)
    )


Rule = tuple[set[str], set[str], set[str]]


@lru_cache(maxsize=256)
def forbidden(policies: tuple[str, ...]) -> tuple[Rule, ...]:
    """(stems, kinds, head) of every policy clause that forbids something ("we don't write
    letters to employers", "delivery charges are not refunded"); the head is the first
    content word after the negation: what is forbidden ("write", "refunded")."""
    out: list[Rule] = []
    for policy in policies:
        for line in norm(policy).splitlines():
            for c in clauses(line):
                text = _without_conditions(c.text)
                neg = _NEGATIVE.search(text)
                if not neg:
                    continue
                after = [w for w in _STEM_WORD.findall(text[neg.end() :].lower())]
                head = stems(neg.group(0)) | {
                    next((min(stems(w)) for w in after if stems(w) and w not in _AUX), "")
                }
                out.append((stems(c.text), terms(c.text, theirs=False).kinds, head - {""}))
    return tuple(out)


def held_amounts(text: str) -> set[Quantity]:
    """Money and points named in `text` (a complaint or a policy): amounts already held."""
    return {q for q in terms(text, theirs=False).quantities if q[0] in {"money", "points"}}


@lru_cache(maxsize=256)
def policy_amounts(policies: tuple[str, ...]) -> frozenset[Quantity]:
    """`held_amounts` of every policy text, read once per set of policies."""
    return frozenset(q for text in policies for q in held_amounts(text))
