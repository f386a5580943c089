"""`apology`: when the business was at fault, the reply says sorry and means it.

Customers and onlookers can tell a real apology ("I'm sorry we let you down") from a
non-apology ("sorry you feel that way", "for any inconvenience"), which shifts the problem
onto the customer's feelings and often makes things worse. A non-apology never counts as
the apology and is the evidence when one is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.checks.base import CheckContext, merge_spans, result
from assistant.checks.patterns import norm, phrases, quote, spans
from assistant.schemas import CheckResult, Span

_NON_APOLOGY = phrases(
    [
        r"(?:i'm|i am|we're|we are)?\s*sorry (?:that |if )?(?:you|you've|you're) (?:feel|felt"
        r"|think|thought|believe|perceive|perceived|see it|were upset|are upset|got upset"
        r"|was upset|are unhappy|were unhappy|feel upset|found|find|had the impression)[^.!?\n]*",
        r"(?:i'm|i am|we're|we are)?\s*sorry (?:if|that) (?:anyone|you|your) [^.!?\n]*(?:upset"
        r"|offended|unhappy|disappointed|feel|felt|inconvenienced)[^.!?\n]*",
        r"(?:we|i)?\s*(?:sincerely )?(?:apologi[sz]e|are sorry|am sorry|regret) (?:if|that you"
        r" feel|that you felt)[^.!?\n]*",
        r"(?:(?:our |my )?apologies|(?:we|i) (?:sincerely )?(?:apologi[sz]e|are sorry|am sorry"
        r"|regret)|(?:i'm|we're|i am|we are) (?:very |so |truly )?sorry|sorry)? ?for any "
        r"(?:inconvenience|trouble|upset|confusion|misunderstanding"
        r"|frustration|disappointment|issues?)(?: (?:this|that|it) (?:may|might|could)"
        r" (?:have )?(?:caused|cause))?(?: you)?",
        r"(?:sorry|apologies|apologi[sz]e) for (?:the|any) (?:misunderstanding|confusion"
        r"|perceived [\w ]+)",
        r"(?:sorry|apologies) you (?:had|have) (?:a|an|such a) (?:bad|negative|poor|less than)"
        r" (?:experience|time|impression)[^.!?\n]*(?:you feel|you felt|in your opinion|you think)",
        r"mistakes were made",
        # Sorry about the customer's feelings rather than for what went wrong.
        r"(?:we|i|we're|i'm)?\s*(?:sincerely )?(?:regret|are sorry|am sorry|sorry) (?:that )?you"
        r" (?:were|are|have been"
        r"|felt|feel) (?:dissatisfied|unhappy|disappointed|upset|not (?:happy|satisfied))"
        r"[^.!?\n]*",
        r"(?:i'm|i am|we're|we are)?\s*(?:so |very )?sorry to (?:hear|read|learn) (?:that )?you"
        r" (?:weren't|were not|aren't|are not|didn't|did not) (?:happy|satisfied|pleased"
        r"|impressed|enjoy|like)[^.!?\n]*",
        r"sorry,? not sorry",
        # "We regret any inconvenience this may have caused", "sorry if there was any
        # confusion": regret for a vague effect, never for what went wrong.
        r"(?:we|i) (?:sincerely |deeply )?regret any (?:inconvenience|trouble|upset|confusion"
        r"|disappointment|distress|dissatisfaction|frustration)[^.!?\n]*",
        r"(?:i'm|i am|we're|we are)?\s*sorry if there (?:was|were|has been|had been) any"
        r" (?:confusion|misunderstanding|inconvenience|mix-up)[^.!?\n]*",
        r"(?:we|i) (?:sincerely )?regret that (?:your|the) [^.!?\n]*?(?:did not|didn't|failed to)"
        r" (?:meet|live up to)[^.!?\n]*",
        # "We regret that your box didn't reach you as planned", "... that the outcome was
        # not what you expected": sorry for how it turned out, never for what we did.
        r"(?:we|i) (?:sincerely )?regret that (?:your|the) [^.!?\n]*?(?:didn't|did not|wasn't"
        r"|was not|weren't|were not) [^.!?\n]*",
        r"(?:we|i) (?:sincerely )?regret that (?:your|the) (?:experience|visit|stay|time)"
        r" (?:was|has been) (?:less than|not) [^.!?\n]*",
    ]
)

_SINCERE = phrases(
    [
        r"(?:i'm|i am|we're|we are|i was|we were)(?: so| very| really| truly| deeply| terribly"
        r"| incredibly| sincerely| genuinely)* sorry",
        r"(?:i|we)(?: do| sincerely| truly| genuinely)? (?:apologi[sz]e|apologise|regret)",
        r"(?:my|our)(?: sincere| sincerest| deepest| heartfelt| genuine| huge)? apologies",
        r"(?:apologies|sorry) (?:for|about|that)",
        r"(?:so|very|really|truly|terribly|deeply) sorry",
        r"sorry (?:to hear|to see|to read|we|our|this|that|about|for)",
        r"(?:that's|that is|this is|that was|this was|it's|it is|it was) (?:entirely |completely"
        r" |totally |all )?on (?:us|me)",
        r"(?:we|i) (?:got (?:this|that|it|your \w+) wrong|let you down|dropped the ball|messed"
        r" up|made a mistake|made an error|got it wrong|fell short|should have done better"
        r"|owe you an apology|take full responsibility)",
        r"(?<!not )(?<!n't )(?:entirely |completely |totally |all )?(?:our|my) (?:fault|mistake"
        r"|error)",
        r"(?:please )?accept (?:my|our)(?: sincere| sincerest| deepest)? apolog(?:y|ies)",
        r"sorry[.!,]",
        # Tweet-style: "Sorry — that's not good enough", "Sorry Kim, ...", "Kat, sorry –".
        r"sorry(?=\s*[—–-])",
        r"(?-i:\b[Ss]orry,? [A-Z][a-z]+\b)",
        # "Sorry you were left waiting": sorry for what happened to them, not for a feeling.
        r"sorry (?:that )?(?:you|you've|you're)(?= (?!feel|felt|think|thought|believe|perceive"
        r"|see it|were upset|are upset|got upset|was upset|are unhappy|were unhappy|found|find"
        r"|had the impression|had a (?:bad|negative|poor)))",
        # "Sorry your food was cold", "sorry the film stopped": sorry for what happened.
        r"sorry(?= (?:your|the|that your|that the|we|i|it|this|they) (?!feel|felt|think|thought"
        r"|see it))",
        r"(?:we|i|and) (?:sincerely |truly |deeply )?apologi[sz]e"
        r" (?:for(?= (?!any\b))|to you|that)",
        r"(?:that|this|it) (?:shouldn't|should not|should never) have happened",
        r"(?:that's|that is|it's|it is|this is) not good enough",
        r"(?:we|i) (?:really |truly |badly )?(?:let you down|messed (?:this |that |it )?up"
        r"|got this wrong)",
        r"i know an apology (?:doesn't|does not|won't|can't)",
    ]
)


def _sincere(text: str, bad: list[Span]) -> list[Span]:
    """Apology phrases that do not sit inside a non-apology."""
    return [s for s in spans(_SINCERE, text) if not any(b.start <= s.start < b.end for b in bad)]


@dataclass(frozen=True)
class ApologyCheck:
    """Requires a sincere apology when the business was at fault; flags non-apologies."""

    name: str = "apology"

    def __call__(self, ctx: CheckContext) -> CheckResult:
        text = norm(ctx.reply)
        bad = merge_spans(spans(_NON_APOLOGY, text, ctx.reply))
        good = _sincere(text, bad)
        fix = (
            "Say plainly what went wrong and that you are sorry, e.g. “I'm sorry we got your "
            "order wrong.”"
        )
        if ctx.business_at_fault:
            if good:
                return result(self.name, True, "The reply apologises sincerely for the mistake.")
            if bad:
                return result(
                    self.name,
                    False,
                    f"The business was at fault but the reply only offers a non-apology: "
                    f"{quote(bad)}.",
                    bad,
                    score=0.2,
                    suggestion=fix,
                )
            return result(
                self.name,
                False,
                "The business was at fault but the reply never says sorry (nothing to "
                "highlight: the apology is missing).",
                suggestion=fix,
            )
        if bad:
            return result(
                self.name,
                True,
                f"No apology is required here, but {quote(bad)} sounds like a non-apology.",
                bad,
                score=0.7,
                suggestion="Drop the non-apology or say sorry for the experience plainly.",
            )
        return result(
            self.name, True, "No apology is required because the business was not clearly at fault."
        )
