"""`argumentative`: the reply does not argue with, correct or lecture the customer.

Arguing in public looks defensive even when the business is right, and onlookers side with
the customer. Each phrase below is a recognised way of contradicting the customer,
doubting their honesty, lecturing about policy or scoring a point by comparison.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.checks.base import CheckContext, merge_spans, result
from assistant.checks.patterns import norm, phrases, quote, spans
from assistant.schemas import CheckResult

_YOU = r"(?:you|your)"

_ARGUING = phrases(
    [
        # Doubting the customer's account or honesty.
        r"(?:we|I) (?:have|had|can find|could find|hold|found) no record(?:s)? of",
        r"(?:there is|there's|there was|we see|I see|we can see|I can see) no (?:record|sign"
        r"|evidence|trace)(?:s)? of",
        r"(?:we|I) (?:can't|cannot|couldn't|could not) (?:find|see) any (?:record|sign|evidence)",
        r"are you (?:sure|certain)",
        rf"{_YOU} (?:claim|claimed|allege|alleged|say you|insist)",
        r"(?:allegedly|supposedly|so-called|purportedly)",
        r"(?:that|this|which) (?:is|was|isn't|wasn't)(?: simply| just)? (?:not|un)?"
        r"(?:true|untrue|accurate|inaccurate|correct|incorrect|what happened)",
        r"(?:that|this)'s (?:simply |just )?(?:not (?:true|accurate|correct|what happened)"
        r"|untrue|incorrect|inaccurate)",
        rf"{_YOU}(?:'re| are) (?:wrong|mistaken|incorrect)",
        r"contrary to what you",
        r"(?:our|the) (?:records|logs|system|cctv|footage|data) (?:clearly )?(?:show|shows"
        r"|indicate|indicates|confirm|confirms|prove|proves)",
        r"according to our (?:records|logs|system)",
        r"(?:we|the driver|our driver|our staff|our team) (?:did|definitely|certainly)"
        r" (?:deliver|send|arrive|call|attempt)",
        # Lecturing about policy and what the customer should have done.
        r"as (?:is )?(?:clearly|plainly|explicitly) (?:stated|stipulated|outlined|explained"
        r"|mentioned|written|detailed|set out|shown|displayed)",
        r"as (?:is )?(?:stated|stipulated|set out)",
        r"as (?:outlined|explained|mentioned|written|detailed|shown|displayed) (?:in|on) (?:our"
        r"|the) (?:terms|policy|policies|t&cs|conditions|website|menu|listing|confirmation"
        r"|product page|description|booking|receipt|sign|signs)",
        r"as per (?:our|the) (?:terms|policy|policies|t&cs|conditions|website)",
        r"(?:our|the) (?:policy|terms|t&cs|website|conditions) (?:clearly|plainly|explicitly)",
        r"clearly (?:states|stated|says|said|displayed|shown|marked|visible)",
        r"if you (?:had|'d) (?:read|checked|looked|followed|bothered)",
        r"had you (?:read|checked|looked|followed|bothered)",
        rf"{_YOU} (?:should|ought to|could|would) have (?:read|checked|known|contacted|called"
        r"|looked|noticed|realised|realized|asked|ordered|booked|followed)",
        r"you should've (?:read|checked|known|contacted|called|looked|noticed|asked|ordered)",
        r"(?:you|the customer) (?:failed|neglected|forgot) to",
        r"you (?:didn't|did not) (?:read|check|follow|tell|ask|mention|inform)",
        r"(?:as|like) (?:we|I) (?:already|previously|have already|'ve already)"
        r" (?:said|explained|told|stated|mentioned)",
        r"(?:as|like) you were (?:told|informed|advised)",
        r"you were (?:clearly |fully |already )?(?:told|informed|advised|warned)",
        r"(?:you|all customers) (?:agreed|agree) to (?:our|the)",
        r"(?:it is|it's|it was) (?:the customer's|your) (?:responsibility|job|duty)",
        r"(?:you|customers) (?:are|were) responsible for",
        r"you (?:need|have|must) to understand",
        r"(?:please )?(?:try to )?understand that (?:we|our)",
        # Correcting and point-scoring.
        r"actually,",
        rf"actually,? {_YOU}",
        rf"{_YOU} actually",
        r"in fact,",
        r"to be (?:fair|honest|clear)",
        r"(?:with (?:all due |the greatest )?respect|respectfully),",
        r"(?:everyone|everybody|every shop|every store|everyone else)(?:'s)? (?:prices|costs)",
        r"(?:all|other) (?:shops|stores|restaurants|companies|businesses) (?:have|charge|do)",
        r"other (?:customers|guests|diners|people|clients) (?:don't|do not|didn't|did not"
        r"|haven't|have not|never|seem|are|were|loved|enjoyed|love|have no)",
        r"(?:no one|nobody|no other customer|no-one)(?: else)? (?:has|have|had|ever)"
        r"(?: ever)? (?:complained|had (?:a|any|this|that)|reported|mentioned)",
        r"(?:we(?:'ve| have)|I(?:'ve| have)) never (?:had|received) (?:a|any|another)"
        r" (?:complaint|problem|issue)",
        r"(?:thousands|hundreds|millions) of (?:happy|satisfied) customers",
        r"that's (?:just )?how it (?:is|works)",
        r"there (?:is|was) nothing wrong with",
        r"(?:nothing|no fault) (?:was )?(?:wrong|found) with",
    ]
)


@dataclass(frozen=True)
class ArgumentativeCheck:
    """Fails when the reply contradicts, doubts, lectures or point-scores against the customer."""

    name: str = "argumentative"

    def __call__(self, ctx: CheckContext) -> CheckResult:
        evidence = merge_spans(spans(_ARGUING, norm(ctx.reply), ctx.reply))
        if not evidence:
            return result(self.name, True, "The reply does not argue with the customer.")
        return result(
            self.name,
            False,
            f"The reply argues with or lectures the customer: {quote(evidence)}.",
            evidence,
            score=max(0.0, 0.5 - 0.2 * (len(evidence) - 1)),
            suggestion="Take the customer's account at face value, drop the correction or "
            "policy quote, and say what you will do next.",
        )
