"""`argumentative`: the reply does not argue with, correct or lecture the customer.

Arguing in public looks defensive even when the business is right, and onlookers side with
the customer. Each phrase below is a recognised way of contradicting the customer,
doubting their honesty, lecturing about policy or scoring a point by comparison.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.checks.argumentative_phrases import ARGUING
from assistant.checks.argumentative_structures import OWNER, STRUCTURES
from assistant.checks.base import CheckContext, merge_spans, result
from assistant.checks.excuses_phrases import CIRCUMSTANCES, CULPRITS
from assistant.checks.patterns import OWNED, norm, quote, spans
from assistant.checks.stance_checks import Phrased, stance_evidence
from assistant.schemas import CheckResult, Span

#: Rebuttal markers that argue even in a reply that also owns something.
_MARKERS = re.compile(
    r"clarify|for the record|record straight|stand by|surprised|surprise|interesting|adamant"
    r"|differently|strangely|oddly|rating|reasonable",
    re.I,
)
#: The reply owns the failure outright; narration in it is sympathy, not rebuttal.
_OWNS = re.compile(
    r"\b(?:(?:that|this|it)(?: was| is|'s) (?:all |entirely )?(?:our|my) (?:own )?(?:error"
    r"|mistake|fault|responsibility|failure)|we (?:got it wrong|failed you|let you down)"
    r"|(?:was|is) the"
    r" wrong (?:answer|thing)|wasn't fair to you|answered defensively|i'm embarrassed"
    r"|(?:you|they) (?:were|are) right to"
    # "our problem to fix, not yours", and every way of taking the blame ("was our failure,
    # not the weather's", "we should have said so").
    rf"|our (?:problem|job|responsibility) to (?:fix|solve|sort)"
    # "... isn't good enough", "that's not on": the reply judges its own failure.
    r"|(?:isn't|is not|wasn't|was not) (?:good enough|acceptable|ok|okay)|that's not on"
    # Not "it's not fair to blame our staff", which defends them.
    r"|(?:that's|that is|this is|it's) not (?:ok|okay|acceptable)(?! to\b)"
    r"|(?:that|this|it)(?: was| is|'s) (?:our|my) [\w-]+ (?:error|mistake|failure|fault)"
    r"|(?:it|that|this) let you down|isn't what you paid for|\bwe missed (?:it|them|that|this)"
    r"|(?:that's|that is|this is|it's) not how (?:we|i) (?:want|expect|treat|look after"
    r"|do things)"
    r"|we (?:need to|should|must) make (?:that|this|it) (?:much |a lot |far )?clearer"
    # "That isn't how cancelling should work", "then we're not making it clear enough".
    r"|(?:isn't|is not|wasn't|was not) how (?:[\w-]+ ){0,3}(?:should|is meant to|is supposed to)"
    r"|(?:we're|we are) not making (?:it|that|this) clear"
    # The standard the business failed: "our vans are meant to be valeted before every hire",
    # "that's our rule and it wasn't followed", "... and this one clearly wasn't" (none of
    # the 36 tune and dev replies saying so argues).
    r"|(?:our|the) (?:[\w-]+ ){0,2}(?:are|is|were|was) (?:always |all )?(?:supposed|meant"
    r"|expected) to|(?:and|but) (?:this one |it |that |this )?(?:clearly |just |simply )?"
    r"(?:wasn't|was not|weren't|didn't|did not) (?:followed|happen)"
    r"|and (?:this|that) one (?:clearly |just |simply )?(?:wasn't|didn't)"
    # "... should have arrived with a full tank as the paperwork said, and clearly it didn't".
    r"|\band clearly (?:it|this|that|they) (?:didn't|wasn't|weren't))\b"
    rf"|{OWNED}",
    re.I,
)


#: A conditional or procedural lead-in: "once we've checked the log we'll refund" is a
#: process, not evidence against the customer.
_CONDITIONAL_BEFORE = re.compile(
    r"\b(?:if|once|when|after|as soon as|until|unless)\s+(?:[\w'-]+\s+){0,3}$", re.I
)
#: The record bearing the customer out: "... and you're right", "..., so those scratches
#: happened while it was with us", "..., so we'll take responsibility".
_AGREES_AFTER = re.compile(
    r"\b(?:and|,)\s*(?:you're|you are|you were) (?:right|correct|absolutely right)\b"
    r"|\bso (?:we(?:'ll| will) take (?:full )?responsibility|(?:the|those|that|this|these)"
    r" [\w ]{1,30}?(?:happened|was done|were done|was caused) (?:while|when) (?:it was |they were"
    r" )?(?:with us|in our care))",
    re.I,
)
#: A policy or its terms named in the span.
_POLICY_CITED = re.compile(r"\b(?:polic(?:y|ies)|terms|rules)\b", re.I)
#: The business doing something for the customer in the same sentence (not "we will not").
_OUR_DEED = re.compile(
    r"\b(?:i|we)(?:'ll| will) (?:also |personally |now )?(?:come back|get back|send|refund"
    r"|credit|call|ring|contact|review|look|investigate|arrange|process|be in touch|update"
    r"|replace|repair|fix|honou?r|waive|cover|pay|book|keep you)\b"
    r"|\b(?:refund|credit|replacement|voucher|waive)\w*\b[^.!?]*\b(?:will"
    r" be|is being|has been) (?:processed|issued|sent|applied|added)",
    re.I,
)
#: What staff wrongly told the customer: "you shouldn't have been told it was misuse".
_TOLD_WRONGLY = re.compile(
    r"\b(?:told|said|suggested|implied)(?: to)?(?: you| her| him| them)? (?:that )?(?:it was|it's"
    r"|this was) $",
    re.I,
)
#: A rule quoted in the customer's favour: "our rules say you should have had four weeks".
_RULE_FOR_THEM = re.compile(
    r"\s*(?:that )?you(?:'re| are)? (?:should|were meant to|were supposed to|are entitled to"
    r"|were entitled to)\b",
    re.I,
)
#: A feeling after "I can see that": "has ended up costing you", "must have been awful".
_FEELING_AFTER = re.compile(
    r"\s*(?:this |that |it )?(?:has|must have|must've|would have)\s+(?:been|ended|cost|caused"
    r"|left|made|felt)\b",
    re.I,
)
#: A condition or goal before "actually": "if it was actually broken", "make sure they are".
_CHECKED_BEFORE = re.compile(r"\b(?:if|whether|make sure|ensure|check)\b", re.I)
#: Aftercare the business gives or the customer kept: "go through", "you've followed".
_AFTERCARE_OURS = re.compile(
    r"\b(?:through|followed|follow(?:ing)? all) (?:all )?(?:of )?(?:the |our |your )?$", re.I
)
#: "Actually," that brings good news rather than a correction.
_WARM_ACTUALLY = re.compile(
    r"actually,?\s+(?:there's|there is|there are|it's|we've got|i've got)?\s*(?:some |great"
    r" |good )*(?:good|great|better) news|actually,?\s+(?:you )?(?:shouldn't|won't|don't|do"
    r" not|will not|should not|needn't) (?:need|have) to",
    re.I,
)
#: Feeling with the customer: "I'm sorry the fee came as a surprise".
_EMPATHY_BEFORE = re.compile(
    r"\b(?:sorry|sorrier|apologi[sz]e|understand|appreciate|imagine|can see|know"
    r"|bothers me|worries me|concerns me|upsets me)\b",
    re.I,
)
#: Feeling with the customer or owning the gap ("I know that's frustrating", "I can see why",
#: "clearly our board doesn't make that obvious enough"): the reply's facts are given kindly.
_KIND_FACT = re.compile(
    r"\b(?:i|we) (?:completely |totally |really )?(?:know|understand|get|can see|appreciate)"
    r" (?:why|how|that(?:'s| is| was| must)|it's|it is|this is|what)"
    r"|\beven (?:when|if|though) it (?:feels|seems|looks)"
    r"|\bour (?:[\w-]+ )?(?:doesn't|didn't|don't|isn't|wasn't) (?:make|made|explain|say|show)"
    r"\w* (?:that|this|it)(?: \w+)? (?:clear|obvious)",
    re.I,
)
#: A sentence that turns on what came before.
_THEN_HOWEVER = re.compile(r"(?:^|[.!?]\s+)(?:however|that said|having said that),", re.I | re.M)
#: A reply that concedes ("should have had an engineer within 12 hours, not three days", "a
#: timed ticket should mean you go in at your time, not 45 minutes later", "the fee does show
#: at checkout, but it should be clear from the start").
_CONCEDING = re.compile(
    r"(?<!you )(?<!you'd )\bshould(?:n't)? (?:have|mean)\b"
    r"|\bbut (?:it|that|this|they) should(?:n't)? (?:be|have)\b",
    re.I,
)


#: Where a sentence ends: not the point of "£2.95".
_STOP = re.compile(r"[!?\n]|\.(?!\d)")


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _STOP.finditer(text, 0, pos)), default=0)
    end = _STOP.search(text, pos)
    return start, end.start() if end else len(text)


#: Before a "you ..." phrase, the reply is on the customer's side: "you're right that you
#: should have known", "I'm sorry we didn't check it with you before you chose".
_WITH_YOU = re.compile(
    r"\b(?:you're right|you are right|you were right|(?:i'm|i am|we're|we are)(?: so| very"
    r"| really| truly)? sorry|apologi[sz]e)\b",
    re.I,
)
_TURN = re.compile(r"\b(?:but|however|though|although|yet)\b", re.I)


def _on_their_side(before: str) -> bool:
    """`before` sides with the customer and does not turn afterwards ("I'm sorry, though
    you looked perfectly happy" turns)."""
    ends = [m.end() for m in _WITH_YOU.finditer(before)]
    return bool(ends) and not _TURN.search(before, ends[-1])


_FAIRNESS = re.compile(r"(?:in fairness|to be fair|(?:just )?to clarify)\b", re.I)
#: What the customer should have had: a concession, not a lecture ("You should have had an
#: email the moment we knew", "you should have been told").
_CONCEDED = re.compile(
    r"you should(?: have|'ve) (?:had|received|got|gotten|been (?:told|given|offered|sent"
    r"|warned|informed|called|updated))\b",
    re.I,
)


#: The rest of a sentence grants something: "as you were over 2 hours late, you can claim
#: 50% back", "because you approved it, the fee should have been waived". The customer's
#: action is the reason they get a remedy, not a point against them.
_GRANTS = re.compile(
    r"\b(?:you can (?:claim|get|have)|you(?:'re| are) entitled|you qualify|we(?:'ll| will)"
    r" (?:refund|reimburse|cover|pay|credit|waive|send|replace)|i(?:'ve| have) (?:refunded"
    r"|credited|waived)|should have been (?:waived|refunded|credited|free|billed|charged)"
    r"|isn't what you paid for)\b",
    re.I,
)

#: What the customer was told turned out untrue: "you were told two days, it took five",
#: "you were told it would be one day, and instead you spent a weekend without hot water".
_BROKEN_PROMISE = re.compile(
    r"(?:,|\band\b|\bbut\b|\byet\b)\s+(?:instead|then|it (?:took|wasn't|was not|didn't|hasn't)"
    r"|it's been|nobody|no one|we (?:didn't|never|took)"
    # "You were told there are no refunds, and that was wrong."
    r"|that (?:was|is) (?:wrong|incorrect|not (?:right|true|correct)|(?:a|our) mistake)"
    # "You were told $29.95 a month and your first bill said $44.95."
    r"|(?:your|the) (?:first |next )?(?:bill|invoice|statement|receipt) (?:said|showed|was))\b",
    re.I,
)

#: A sentence that says the customer should never have met this.
_NEVER_SHOULD = re.compile(
    r"shouldn't have (?:had to|spent (?:half|an?|\d|the|your|ages|hours|time)\b)"
    r"|should never (?:have )?happen",
    re.I,
)


def _keep(text: str, span: Span) -> bool:
    """False for the hard negatives: a record check inside a condition, a warm "actually",
    a surprise the reply feels with the customer, and a "not N" that follows a concession."""
    start, end = _sentence_of(text, span.start)
    before = text[start : span.start]
    if _CONDITIONAL_BEFORE.search(before) and re.search(
        r"records?|logs?|notes|cctv|footage|data|system|checked", span.text, re.I
    ):
        return False
    if span.text.lower().startswith("actually") and _WARM_ACTUALLY.match(text, span.start):
        return False
    if span.text.lower().startswith("you") and (
        _GRANTS.search(text, span.end, end)
        or _on_their_side(before)
        # "our salesperson should have gone through it with you when you agreed the price".
        or (re.search(r"\bwhen $", before, re.I) and _CONCEDING.search(before))
        # "DM us which piece you chose": the customer's choice asked about, not held up.
        or re.search(r"\b(?:which|what|whichever|why)(?: [\w-]+){0,2} $", before, re.I)
    ):
        return False
    if _CONCEDED.match(text, span.start):
        return False
    if _AGREES_AFTER.search(text, span.end, min(end + 1, span.end + 120)):
        # "I've checked the waitlist log and you're right": the record bears them out.
        return False
    if re.search(r"\bso(?: that)? $", before, re.I) and re.match(r"other", span.text, re.I):
        return False  # "so that other customers don't end up chasing us"
    if _TOLD_WRONGLY.search(before) or _RULE_FOR_THEM.match(text, span.end):
        # "You shouldn't have been told it was misuse", "our own rules say you should have
        # had four weeks": the reply sides with the customer.
        return False
    if re.match(r"that|this", span.text, re.I) and re.search(r"\bif $", before, re.I):
        return False  # "something has gone wrong if that isn't what happened"
    if re.match(r"(?:i|we) can see that", span.text, re.I) and _FEELING_AFTER.match(text, span.end):
        return False  # "I can see that has ended up costing you"
    if re.search(r"\bpart of\b", span.text, re.I) and (
        _OWNS.search(text[start:end])
        or re.search(r"should(?: have|'ve) (?:been|happened)", text[start:end])
        or _OWNS.search(text[end : end + 160])
    ):
        return False  # "is part of every assembly and should have been fitted"
    if re.match(r"(?:was|were|is|are|did|has|had|have) actually", span.text, re.I) and (
        _CHECKED_BEFORE.search(before) or _on_their_side(before)
    ):
        # "If something was actually broken, DM us", "make sure your questions are actually
        # answered": a condition or a goal, not a correction; "I'm sorry you were charged
        # for one stay when you were actually there twice": the customer's account upheld.
        return False
    if span.text.lower().startswith("you") and re.search(
        r"\band (?:we|i) (?:[\w-]+ ){0,3}?(?:wrong|incorrectly|didn't|failed|forgot|missed"
        r"|never)\b",
        text[span.end : end],
        re.I,
    ):
        return False  # "You approved the right date and we printed the wrong one."
    if re.match(r"(?:the )?website says", span.text, re.I) and re.search(
        r"\bso (?:\w+ )?it should be\b|\bsorry\b", text[span.end : end + 60], re.I
    ):
        return False  # "The website says free, so free it should be, and I'm sorry"
    if re.match(r"(?:it )?does sound", span.text, re.I):
        return False  # "it does sound as though the dish has moved": agreeing with them
    if re.match(r"you do\b", span.text, re.I) and re.search(r"\bif $", before, re.I):
        return False  # "if you do get it fixed elsewhere, the retest is free"
    if re.match(r"like everyone else", span.text, re.I) and re.search(
        r"\b(?:we|i)(?:'re|'m| are| am)?(?: [\w-]+){0,4} $", before, re.I
    ):
        return False  # "we are waiting on them like everyone else": not the customer compared
    if re.match(r"after-?care", span.text, re.I) and (
        _AFTERCARE_OURS.search(before)
        or re.match(r"(?: sheet| card)? with you\b", text[span.end :])
    ):
        # "go through aftercare with you properly", "you've followed the aftercare".
        return False
    if re.match(r"you were (?:told|promised)", span.text, re.I) and (
        _BROKEN_PROMISE.search(text, span.end, end)
        or re.search(r"\b(?:when|though|although|after|where) $", before, re.I)
    ):
        # "Three weeks, when you were told up to five days, meant ...": the promise broken.
        return False
    if _POLICY_CITED.search(span.text) and _OUR_DEED.search(text, start, end):
        # "I'll come back to you within 5 working days, as our policy sets out": the policy
        # quoted for what the business does, not against the customer.
        return False
    if _NEVER_SHOULD.search(text, start, end):
        # "haul-away is part of every install, and it's something you shouldn't have had to
        # think about": none of the 57 tune and dev replies with such a sentence argues.
        return False
    if _FAIRNESS.match(span.text) and (
        CULPRITS.search(text, span.end, end) or CIRCUMSTANCES.search(text, span.end, end)
    ):
        # "In fairness, the storm brought 70mph gusts": blame laid on a cause, which is
        # the excuses check's to judge, not a correction of the customer.
        return False
    if re.search(r"surprise", span.text, re.I) and (
        re.search(r"\bthan\b|(?:didn't|did not|doesn't|wouldn't|won't|isn't) $", before)
        or _CONDITIONAL_BEFORE.search(before)
    ):
        # "I'd rather tell you now than have it come as a surprise", "if it came as a
        # surprise, we're not making it clear enough".
        return False
    if re.search(r"surprise|you were|yoursel", span.text, re.I) and _EMPATHY_BEFORE.search(before):
        # "I'm sorry the fee came as a surprise", "sorrier still that you were told that's
        # just how it tastes": feeling with them, not against them.
        return False
    # "Not N" or "your plan does include it" in a sentence that concedes ("so those charges
    # shouldn't have been there") takes the customer's side.
    conceding = bool(_CONCEDING.search(text[start:end]))
    return not (conceding and re.match(r"not |does |did ", span.text, re.I))


@dataclass(frozen=True)
class ArgumentativeCheck:
    """Fails when the reply contradicts, doubts, lectures or point-scores against the customer."""

    name: str = "argumentative"
    #: Add the fine-tuned stance model to the phrases (`assistant.checks.stance`).
    use_stance: bool = True

    def __call__(self, ctx: CheckContext) -> CheckResult:
        return self.conclude(ctx, self.phrases(ctx))

    def phrases(self, ctx: CheckContext) -> Phrased:
        """The rebuttal phrases and structures, without waiting for the model."""
        text = norm(ctx.reply)
        found = (
            spans(ARGUING, text, ctx.reply)
            + spans(STRUCTURES, text, ctx.reply)
            + spans(OWNER, text, ctx.reply)
        )
        owns = bool(_OWNS.search(text))
        # A reply that feels with the customer or owns the failure gives its facts kindly:
        # the model, which reads one sentence at a time, cannot tell them from rebuttals, so
        # only phrases judge it (and in a reply that owns, only the rebuttal markers).
        kind_at = _KIND_FACT.search(text)
        # "I understand it's a big expense. However, our plumber didn't upsell you": the
        # feeling is a preface to the rebuttal, not a way of giving facts kindly.
        kind = bool(kind_at) and not _THEN_HOWEVER.search(text, kind_at.end() if kind_at else 0)
        return Phrased(
            merge_spans(
                s for s in found if _keep(text, s) and (not owns or _MARKERS.search(s.text))
            ),
            self.use_stance,
            lambda s: kind or owns or bool(_OWNS.search(s.text)),
        )

    def conclude(self, ctx: CheckContext, found: Phrased) -> CheckResult:
        """The verdict: the phrases, plus the model where they found nothing."""
        evidence, note = stance_evidence(
            self.name, ctx.reply, found.evidence, found.use_model, found.owned
        )
        if not evidence:
            return result(self.name, True, "The reply does not argue with the customer.")
        return result(
            self.name,
            False,
            f"The reply argues with or lectures the customer: {quote(evidence)}{note}.",
            evidence,
            score=max(0.0, 0.5 - 0.2 * (len(evidence) - 1)),
            suggestion="Take the customer's account at face value, drop the correction or "
            "policy quote, and say what you will do next.",
        )
