"""`excuses`: the reply owns the problem instead of blaming someone or something else.

The playbook says "explain, never excuse": blaming the courier, the new system or a busy
night reads as dodging responsibility. A plain mention of a third party ("I've asked our
delivery team to call you") is fine, so a culprit only counts when the same sentence
attributes the cause to it; fixed excuse idioms count on their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.checks.argumentative_phrases import ARGUING
from assistant.checks.argumentative_structures import STRUCTURES
from assistant.checks.base import CheckContext, merge_spans, result
from assistant.checks.excuses_causes import CAUSE
from assistant.checks.excuses_phrases import CIRCUMSTANCES, CULPRITS, DODGES, IDIOMS
from assistant.checks.patterns import OWNED, Sentence, norm, quote, sentences, span_at, spans
from assistant.checks.stance_checks import Phrased, stance_evidence
from assistant.schemas import CheckResult, Span

_APOLOGY = re.compile(r"\b(?:sorry|apologi[sz]e\w*|apologies|regret)\b", re.I)
#: What may follow "but" after an apology without taking it back: the fix itself.
_FIX = (
    # "However late a payment is, nobody should be spoken to like that": no matter how.
    r"(?!(?<=however)\s+(?:late|long|much|many|often|big|small|bad|hard)\b)"
    r"(?!\s+(?:we(?:'ll| will|'d| would| want| can|'re going| are going)|i(?:'ll| will|'d| would"
    r"| want| can)|please|let|rest assured|the good news|here's|you can(?! ?not|'t)"
    r"|actually|(?:i'm|i am|we're|we are) (?:genuinely |truly |really |so |very )?sorry"
    # "... three to four weeks, but they're free of charge": the turn brings the remedy.
    r"|(?:it's|it is|they're|they are|that's|that is|this is|these are) (?:all |completely"
    r" |totally |entirely )?(?:free|on us|on the house|covered|included)"
    # "But the listing did say ...", "however, our records show ...": a rebuttal, which is
    # argumentative's to judge, not an excuse.
    r"|(?:the|our|your) (?:[\w-]+ )?(?:records?|logs?|notes|system|tracking|footage|cctv|listing"
    r"|description|website|terms|confirmation) (?:shows?|said|says|did say|does say|states?"
    r"|stated|clearly)"
    r"|(?:the|our|your) (?:[\w-]+ ){0,2}(?:is|was|are|were) (?:clearly )?(?:listed|stated|shown"
    r"|set out|displayed|advertised|printed)"
    r"|not (?:a|an|the"
    r"|any)\b"
    # "But even so our crew should have knocked": the turn concedes, it does not excuse.
    r"|(?:even so|all the same|regardless|still|either way),? (?:[\w-]+ ){0,3}should"
    r"(?: still)? have"
    # "It shouldn't happen, but it did": the turn admits it.
    r"|it did\b"
    r"|(?:the \w+|it|that|this|we|you) should (?:still )?have|that's (?:still )?(?:on us|no"
    r" excuse)|(?:that|this|it) (?:still )?(?:isn't|is not|wasn't|was not) (?:good enough"
    r"|acceptable|ok|okay|an excuse))\b)"
)
#: "But" that turns, not "you had done nothing but shop".
_TAKEBACK = re.compile(
    rf"(?:,?\s*(?<!nothing )(?<!anything )\bbut\b|[,;]\s*however\b,?+){_FIX}[^.!?\n]*", re.I
)
_NEXT_TAKEBACK = re.compile(rf"(?:however|but)\b,?+{_FIX}[^.!?\n]*", re.I)
#: A softer turn ("although", "that said") that only counts when it brings in a cause or policy.
_SOFT_TURN = re.compile(
    r"(?:^|[,;]\s*|\s)(?<!nothing )(?<!anything )(?:although|though|that said|having said that"
    r"|saying that|in fairness"
    rf"|to be fair|in our defen[cs]e|however|but)\b,?{_FIX}[^.!?\n]*",
    re.I,
)
#: A soft turn that brings the remedy: "that said, ... you qualify for a full refund, and
#: I've started that for you".
_REMEDY_TURN = re.compile(
    r"\b(?:you (?:qualify|are eligible|'re eligible|are entitled|'re entitled)"
    r"|(?:i|we)(?:'ve| have) (?:started|arranged|processed|issued|booked|sent|refunded"
    r"|credited|added)|can always be (?:swapped|exchanged|replaced|repaired)"
    r"|should have been (?:offered|done|given)|(?:that|it|this) doesn't matter"
    r"|we(?:'ll| will) (?:swap|replace|exchange|refund|repair|remake))\b"
    # Our own failing after "but": "we count every load in but haven't been counting it out".
    r"|^,?\s*but (?:we |i )?(?:haven't|hadn't) (?:been )?\w+ing\b"
    # "..., but we clearly didn't make that known": our own failing, owned.
    r"|^,?\s*but (?:we|i) (?:clearly |simply |just )?(?:didn't|did not|failed to|forgot to)"
    r" (?:make|tell|let|explain|check|update|communicate|flag|mention|warn|say)\b",
    re.I,
)
_POLICY = re.compile(
    r"\b(?:polic(?:y|ies)|terms|conditions|t&cs|rules?|procedures?|standard practice"
    r"|(?:is|are|was|were) (?:normal|standard|expected|usual))\b",
    re.I,
)
#: The cause told as the reason the customer gets a remedy, not as an excuse.
_ENTITLES = re.compile(r"\byou(?:'re| are) (?:entitled|covered|eligible)\b|\byou qualify\b", re.I)
#: Third parties a reply may blame: owning words do not make them the business's own.
_THIRD = r"(?:suppliers?|couriers?|partners?|contractors?|manufacturers?|carriers?|landlords?)\b"
#: A sentence that takes the blame ("that's our fault", "on us") is not shifting it.
_OWNING = re.compile(
    r"(?<!not )(?<!n't )(?<!never )(?:(?:that|this|it)(?:'s| is| was) (?:all |entirely"
    r" |completely )?on us|(?:our|my) (?:own )?(?:fault|mistake|error|responsibility|mess)"
    r"|there(?:'s| is| was) no excuse|we (?:got it"
    r" wrong|messed up|made a mistake|dropped the ball|let you down)|(?:on us|our (?:problem"
    r"|job|responsibility)) to (?:solve|fix|sort|plan for|put right|manage)|(?:that's|that is"
    r"|it's|which is|that was) (?:still )?no excuse(?!,? but)|our (?:own )?process fail\w*"
    r"|(?:i|we) answered defensively"
    # "the problem is ours: the branch didn't close your rental", "a fault in our charger,
    # not anything you did".
    r"|(?:the|this) (?:problem|fault|mistake|error|failure|slip) (?:is|was) (?:all |entirely"
    r" |completely )?ours|\bnot (?:anything|something) you did|\bnothing (?:that )?you did"
    # "that failure sits with us, not the driver", "a scheduling call we made".
    r"|\b(?:sits|lies|rests) (?:squarely |entirely |firmly )?with (?:us|me)\b"
    r"|\b(?:that's|that is|it's|it is) (?:for|on) us to (?:fix|sort|put right|solve)\b"
    r"|\b(?:call|decision|choice|mistake|error) (?:we|i) made\b"
    # "... was entirely on us", "the real failure was ours", "I should have rung you": the
    # sentence turns to ownership, not away from it.
    rf"|{OWNED}"
    # "but waiting on them was my choice", "keeping you informed is entirely in our hands
    # and we didn't", "but we chose the service": the turn takes the decision back.
    # "You did everything right", "submitted late by us", "we found a fault in how your
    # plan was set up", "your driver should have known the route".
    r"|\byou did (?:everything|nothing) (?:right|wrong)\b"
    # "I'm sorry our driver didn't walk you through that", "it was our fitter who caused it",
    # "the lock bug is ours", "neither should have happened".
    # Not a third party: "sorry our courier didn't" still passes the blame on.
    r"|\bsorry (?:that )?our (?:[\w-]+ )?(?!" + _THIRD + r")[\w-]+ (?:didn't|did not|wasn't"
    r"|was not|failed)\b"
    r"|\b(?:it was|it's) our (?:[\w-]+ )?(?!" + _THIRD + r")[\w-]+ who\b"
    r"|\b(?:bug|glitch|issue) (?:is|was) (?:all )?ours\b|\bneither should have happened\b"
    r"|\b(?:late|wrongly|incorrectly|badly|in error) by us\b"
    r"|\b(?:found|spotted|traced) (?:a|an|the) (?:fault|error|bug|problem|mistake) in\b"
    r"|\b(?:our|your) (?:[\w-]+ )?(?:driver|engineer|fitter|technician|installer|chef|cleaner"
    r"|stylist|crew)s? should (?:have|'ve)\b"
    r"|\bwas not our call to make\b|\bwasn't our call to make\b"
    r"|\b(?:was|is) (?:all |entirely |completely )?(?:my|our) (?:own )?(?:choice|call"
    r"|decision|doing|planning|rota|roster|scheduling|staffing)\b"
    # "because of an app fault on our side"; not "no fault on our side".
    r"|(?<!no )\b(?:fault|error|problem|issue|glitch|failure|bug) (?:on|at) (?:our|my) (?:side"
    r"|end|part)\b"
    r"|\b(?:is|was|are|were) (?:all |entirely |completely )?in (?:our|my) (?:hands|control)\b"
    r"|\bour job\b|\b(?:we|i) chose\b"
    r"|(?<!something )(?<!nothing )(?<!anything )\b(?:we|i) caused\b"
    # A change made since: "We've since moved a second colleague on at our busiest time".
    r"|\b(?:we|i)(?:'ve| have) (?:since|now) (?:moved|added|hired|changed|put|brought|set up"
    r"|introduced|doubled|increased)\b"
    r"|\b(?:we|i) (?:didn't|did not|hadn't|had not)\b(?! (?:have|get|receive|know|hear"
    r"|expect|been|anticipate|realise|realize)\b)"
    # Judging its own failure ("two hours late isn't good enough", "a pattern, not bad
    # luck", "a serious failure on our part", "an error in our own dispatch queue").
    r"|\b(?:isn't|is not|wasn't|was not) (?:good enough|acceptable|ok|okay)\b"
    r"|\bnot (?:just )?(?:bad luck|a one-off|a fluke)\b|\bfailure on (?:our|my) part\b"
    r"|\b(?:error|mistake|fault|failure|problem|slip) (?:in|with|by|of) our own\b"
    # The fix already made: "we've put a new check in place", "from this week bookings are
    # capped", "is re-running the training".
    r"|\b(?:put|putting) (?:a |an )?(?:[\w-]+ ){0,3}in place\b|\bfrom (?:this|next)"
    r" (?:week|month)\b|\bre-?(?:running|training|trained|briefed|briefing)\b"
    # "exactly the kind of thing that shouldn't happen", "should have been in our system".
    r"|\b(?:shouldn't|should not|should never) (?:have )?happen|\bshould have been in our\b"
    r")",
    re.I,
)


#: Just before a culprit: it is the object of our action or a setting, not the cause.
_OBJECT_OF = re.compile(
    r"\b(?:while|for|of|(?<!moved )(?<!switched )(?<!migrated )(?<!changed )(?<!upgraded )to"
    r"|into|with|from|about|asked|told|chased|contact|contacted|call|called|rang|e-?mailed"
    r"|messaged|warned|reminded|spoken to|talked to|searched|checked|looked (?:at|in|through))"
    r"\s+$",
    re.I,
)


_CAUSE_BEFORE = re.compile(
    r"\b(?:because of|due to|owing to|thanks to|down to|result of|fault of|caused by|up to)"
    r"\s+$",
    re.I,
)


#: A first-person promise earlier in the clause: the culprit is part of the fix ("we'll pay
#: for the repair at an approved body shop").
_PROMISE_BEFORE = re.compile(
    r"\b(?:we|i)(?:'ll| will| can| could)\b[^,;:]*$"
    # A deed done about it: "I've raised the missed card with our account manager at the
    # courier".
    r"|\b(?:we|i)(?:'ve| have) (?:raised|reported|flagged|escalated|chased|complained|taken it"
    r" up)\b[^,;:]*$",
    re.I,
)


def _owned(text: str, source: str, evidence: list[Span]) -> list[Span]:
    """Drop evidence in a sentence that, with the next one, owns the problem ("..., but
    that's on us to plan for", "...; he didn't. That's on us."): a cause explained and owned
    is not an excuse."""
    sents = sentences(text)
    keep: list[Span] = []
    for span in evidence:
        idx = next((i for i, s in enumerate(sents) if s.start <= span.start < s.end), None)
        window = " ".join(s.text for s in sents[idx : idx + 2]) if idx is not None else ""
        if idx is not None and _OWNING.search(window):
            continue
        keep.append(span)
    return keep


#: A place of the business's own ("our kitchen closes at 9", "packed in our chilled
#: warehouse"): a setting, unlike "our new software", which is the classic excuse.
_OUR_PLACE = re.compile(
    r"our (?:[\w-]+ )?(?:kitchen|warehouse|depot|bar|store|shop|branch)s?", re.I
)


def _owning_sentence(text: str) -> Callable[[Sentence], bool]:
    """Whether a sentence, with the next one, owns the problem: the same test `_owned`
    applies to phrase evidence, for the stance model's sentences."""
    return lambda sent: not _owned(text, text, [span_at(text, sent.start, sent.end)])


#: Just after a culprit: it is about to act on our behalf ("so the kitchen can trace it").
_ACTS_NEXT = re.compile(r"\s+(?:can|will|'ll|is going to|are going to|now)\b", re.I)


def _culprit_spans(text: str, source: str) -> list[Span]:
    """Culprits in sentences that also contain a cause word: that is blame, not a mention."""
    out: list[Span] = []
    for sent in sentences(text):
        if not CAUSE.search(sent.text) or _OWNING.search(sent.text) or _ENTITLES.search(sent.text):
            continue  # "Because the outage lasted over 30 minutes, you're entitled to a refund"
        for m in CULPRITS.finditer(sent.text):
            before = sent.text[: m.start()]
            if (
                (_OBJECT_OF.search(before) and not _CAUSE_BEFORE.search(before))
                or sent.text[m.end() : m.end() + 1] == "@"
                or _PROMISE_BEFORE.search(before)
                or _OUR_PLACE.fullmatch(m.group(0))
                or _ACTS_NEXT.match(sent.text, m.end())
            ):
                continue  # "I've asked the courier to ...", "while the kitchen is out of use"
            out.append(span_at(source, sent.start + m.start(), sent.start + m.end()))
    return out


def _rebuts(turn: str) -> bool:
    """A turn that rebuts the customer ("However, our inspection photos show the unit was
    left dirty", "to be clear, though, the system isn't rigged") is argumentative's to judge:
    it does not excuse the business, it says the customer is wrong."""
    return bool(ARGUING.search(turn) or STRUCTURES.search(turn))


def _takeback_spans(text: str, source: str) -> list[Span]:
    """A "but ..." that takes an apology back, or a turn to a cause or policy soon after it.

    "Sorry, but ..." in the apology's sentence and "However, ..." opening the next one count
    unless what follows is the fix; "although", "that said" and the like, in the apology's
    sentence or either of the next two, count when the clause names a cause, a culprit or a
    policy (justifying instead of owning) and does not bring the remedy.
    """
    out: list[Span] = []
    sents = sentences(text)
    for i, sent in enumerate(sents):
        apology = _APOLOGY.search(sent.text)
        if not apology:
            continue
        m = _TAKEBACK.search(sent.text, apology.end())
        if m and not _rebuts(m.group(0)):
            out.append(span_at(source, sent.start + m.start(), sent.start + m.end()))
            continue
        if i + 1 < len(sents):
            nxt = sents[i + 1]
            m2 = _NEXT_TAKEBACK.match(nxt.text)
            if m2 and not _rebuts(m2.group(0)):
                out.append(span_at(source, nxt.start, nxt.start + m2.end()))
                continue
        for j, later in enumerate(sents[i : i + 3]):
            pos = apology.end() if j == 0 else 0
            for m3 in _SOFT_TURN.finditer(later.text, pos):
                clause = m3.group(0)
                if _REMEDY_TURN.search(clause):
                    continue  # "That said, you qualify for a full refund": the fix
                if _rebuts(clause):
                    continue
                if CAUSE.search(clause) or _POLICY.search(clause) or CULPRITS.search(clause):
                    out.append(span_at(source, later.start + m3.start(), later.start + m3.end()))
                    break
    return out


@dataclass(frozen=True)
class ExcusesCheck:
    """Fails when the reply shifts blame or justifies instead of owning the problem."""

    name: str = "excuses"
    #: Add the fine-tuned stance model to the phrases (`assistant.checks.stance`).
    use_stance: bool = True

    def __call__(self, ctx: CheckContext) -> CheckResult:
        return self.conclude(ctx, self.phrases(ctx))

    def phrases(self, ctx: CheckContext) -> Phrased:
        """The blame and takeback phrases, without waiting for the model."""
        text = norm(ctx.reply)
        # When the business was not at fault, naming the real cause (a strike, the snow, the
        # customer's own courier) is the truth, not blame-shifting: only the idioms of
        # dodging ("beyond our control", "my hands are tied") still count. Of the 387
        # not-at-fault labelled tune and dev replies, 6 were excuses, all of them dodges.
        cleared = ctx.business_at_fault is False
        if cleared:
            found = spans(DODGES, text, ctx.reply)
        else:
            found = (
                spans(IDIOMS, text, ctx.reply)
                + spans(CIRCUMSTANCES, text, ctx.reply)
                + _culprit_spans(text, ctx.reply)
                + _takeback_spans(text, ctx.reply)
            )
        return Phrased(
            merge_spans(_owned(text, ctx.reply, found)),
            self.use_stance and not cleared,
            _owning_sentence(text),
        )

    def conclude(self, ctx: CheckContext, found: Phrased) -> CheckResult:
        """The verdict: the phrases, plus the model where they found nothing."""
        evidence, note = stance_evidence(
            self.name, ctx.reply, found.evidence, found.use_model, found.owned
        )
        if not evidence:
            return result(self.name, True, "The reply owns the problem without making excuses.")
        return result(
            self.name,
            False,
            f"The reply makes excuses or shifts blame instead of owning the problem: "
            f"{quote(evidence)}{note}.",
            evidence,
            score=max(0.0, 0.5 - 0.2 * (len(evidence) - 1)),
            suggestion="Drop the explanation of whose fault it was and say what you will do "
            "to put it right; keep any apology free of “but”.",
        )
