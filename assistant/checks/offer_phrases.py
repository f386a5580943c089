"""The words of an offer: what makes a reply's clause a promise, and what makes it none.

`grounding` reads a clause as a commitment when one of these patterns says the company (or
"you will get") gives something, unless the clause is negated, a remark, an ideal, a hedge
or the company fixing its own process. Kept apart from the check so the vocabulary can grow
without the logic growing with it.
"""

from __future__ import annotations

import re

#: The company (or "you will get") offers or promises something in this sentence.
OFFER = re.compile(
    # Not "as fresh as we can make it".
    r"(?<!\bas )\b(?:we|i|our (?:\w+ )?team|the team)(?:'ll|'ve|'d| will| have| would| can| could"
    r"| shall|'re going to|'m going to| are going to| am going to| is going to)\b"
    # Not a feeling: "I can understand feeling that £29.99 has gone", "I can only imagine".
    r"(?!\s+(?:no|not|never|had no|understand|imagine|only imagine|appreciate|hear|see why"
    r"|see how)\b)"
    r"|\b(?:we|i|our (?:\w+ )?team|the team)(?: just| already| now| also)? (?:refund|send|give"
    r"|offer|issu|add|credit|appl|arrang|process|replac|reimburs|compensat|pay|cover|waiv|book"
    r"|upgrad|deliver|dispatch|post|ship|re-?ship|re-?send|call|ring|provid|extend|honou?r"
    r"|organi[sz]|fir|dismiss|disciplin|sack|suspend|retrain|includ|knock|halv|match|visit"
    r"|courier|transfer|gift|treat|comp|discount|take|guarantee|write|lock|cancel|exempt)\w*"
    r"|\byou(?:'ll| will| should| can| are going to|'re going to)(?: now| also| soon)?"
    r" (?:get|receive|have|keep|see|hear|leave with|be (?:refunded|credited|sent|given|reimbursed"
    r"|compensated|contacted|called|offered|upgraded|removed))"
    # "There were free docks" describes; "it was refunded" reports a deed.
    r"|(?<!\bthere )\b(?:is|are|has been|have been|will be|'s been|being|'ll be|was|were)"
    r"(?: now| already| also| personally| completely| totally| entirely)?"
    r" (?:on (?:its|their|the) way|sent"
    r"|issued|added|credited|refunded"
    r"|processed|applied|arranged|dispatched|posted|booked|fired|dismissed|disciplined|sacked"
    r"|let go|spoken to|suspended|approved|waived|reimbursed|coming|heading|retrained"
    r"|given|taken off|deducted|reduced|upgraded|covered|removed|deleted|fixed|repaired"
    r"|resolved|sorted|restored|reconnected|replaced|delivered|ready|back up|back online"
    r"|guaranteed|free|complimentary)"
    r"|\b(?:will|'ll) (?:be (?:back )?(?:in|with) your (?:account|bank)|appear|land|show up"
    r"|reach"
    r"|have (?:you|it|this|that|them|everything))\b"
    r"|\b(?:will|'ll) (?:be with you|arrive|reach you|get to you|be delivered|be there"
    r"|be at your door|ship free|be back (?:on|up|online|in service|working)|get £)"
    r"|\bthere(?:'ll| will) be\b"
    # "Your next session will be 25% off."
    r"|\b(?:will|'ll) be (?:\d+%|half(?: price)?|[£$€]\d+(?:\.\d\d)?) off\b"
    # "Your next rental will be a free upgrade", "it'll be a complimentary night".
    r"|\b(?:will|'ll) be (?:an? |your )(?:free|complimentary)\b"
    # "Your return next year will be done free of charge."
    r"|\b(?:will|'ll) be (?:done|provided|fitted|included|carried out|handled) (?:free|at no"
    r" (?:extra )?(?:cost|charge))\b"
    r"|\b(?:our|your|an?|the|one of our) (?:[\w-]+ ){0,2}(?:engineer|technician|manager|adviser"
    r"|advisor|specialist|driver|courier|agent|colleague|fitter|plumber|electrician|surveyor"
    r"|inspector|supervisor|handler|assessor|adjuster|caseworker|coordinator|representative"
    r"|installer|officer)s? (?:will|'ll|is going to|are going to)\b"
    r"|(?<!not )(?<!n't )(?<!never )(?<!not a )\bguaranteed\b"
    r"|\b(?:they|the team|our team)(?:'ll| will) (?:knock|take|give|send|refund|credit|waive"
    r"|apply|add|cover|pay|book|upgrade|replace)\b"
    r"|\b(?:we|i)(?: won't| will not| wouldn't) (?:charge|bill|invoice)\b"
    r"|\b(?:we|i)(?:'re|'m| are| am) (?:also |now |happy )?(?:taking|giving|sending|refunding"
    r"|offering|adding|crediting|waiving|knocking|covering|paying|issuing|upgrading|booking"
    r"|extending|arranging|applying|throwing in|including)\b"
    r"|\blet (?:us|me) (?:treat|give|send|offer|refund|cover|pay|book|upgrade|comp)\w*"
    r"|\byou(?: all| both)? can(?: all| both)? (?:come back|return|visit|stay|bring|claim"
    r"|have|enjoy|keep)\b"
    r"|\b(?:please accept|here's|here is|enjoy|use (?:the )?code|as a (?:small |goodwill )?"
    r"(?:gesture|thank you|token)|on the house|would you like"
    r"|(?:is|are|be|'s)(?: completely| entirely| totally| all)? on us"
    r"|happy to|glad to|like to offer)\b",
    re.I,
)
#: Not a promise: the company says it cannot, or the promise is counterfactual.
NEGATED = re.compile(
    r"\b(?:can't|cannot|can not|unable to|not able to|aren't able|won't be able|not possible"
    # "Our contract doesn't let me cover lost trade."
    r"|(?:doesn't|does not|won't|will not) (?:let|allow) (?:me|us)"
    r"|not eligible|no longer(?! (?:works?|working|employed|with us|part of))|not in a position"
    r"|don't offer|do not offer|not offer|(?:isn't|is"
    r" not|not) something|should have|should've|would have|could have|supposed to|meant to"
    r"|promised you|we promised|should never have|shouldn't have|never should have"
    r"|neither (?:is|are|was|were)|none (?:is|are)"
    # A report that nothing was done: "your order is on its way, and nothing has been refunded".
    r"|nothing (?:has|had|'s) been)\b",
    re.I,
)
#: A remark, not an offer: "I'd point out that only 30% of groups escape", "you'd know
#: belongings are covered under home insurance".
REMARK = re.compile(
    r"\b(?:i|we)(?:'d| would)(?: \w+)? (?:point out|say|add|note|mention|stress|argue"
    r"|suggest that|remind)\b|\byou(?:'d| would) (?:know|see|find)\b"
    # A past repair named as the subject ("the O2 sensor we replaced was faulty") and what
    # the customer pays for ("you pay for a guaranteed space") describe; they offer nothing.
    r"|\bwe (?:replaced|repaired|fixed|fitted|installed) (?:was|were|is|are|has|had)\b"
    r"|\byou(?:'re| are)? (?:pay|paid|paying) for an? guaranteed\b"
    # Work done on our own things, and what we had to do: "we've had the system replaced",
    # "we had to rent replacements to cover it".
    r"|\b(?:we've|we have|i've|i have) had (?:the|our|both|all|a) (?:[\w-]+ ){0,3}(?:replaced"
    r"|fixed|repaired|serviced)\b|\bhad to (?:rent|buy|hire|find|get|source) (?:some )?"
    r"replacements?\b",
    re.I,
)
#: The ideal the reply measures itself against, not an offer: "not the service you should
#: get", "the stay you should have had".
IDEAL = re.compile(
    r"\b(?:the|a|an|that|this|what) (?:[\w-]+ ){0,2}?(?:that )?you (?:should|deserve to|ought to"
    r"|expect to|'d expect to|would expect to)(?: \w+)?$",
    re.I,
)
#: An operational change to the business's own things ("both locks have been replaced",
#: "the seal has been repaired", "the dryer's being replaced", "the sensors were replaced by
#: our contractor last month"), not a commitment to the customer.
OWN_FIX = re.compile(
    r"^(?:(?:and|also|now),? )?(?:both|all|the|our|these|those|its|their)(?: (?!your\b|you\b)"
    r"[\w-]+){1,4}(?: (?:has|have) (?:now |also |all )?been|'s being| (?:is|are) being"
    r"| (?:was|were)) (?:replaced|fixed|repaired|treated"
    r"|resealed|serviced|upgraded|changed|renewed|sorted)\b(?![^.]*\byou)",
    re.I,
)
#: Only a hedge ("we'll look into whether a refund is possible"); staff actions still count.
HEDGED = re.compile(
    r"\b(?:look(?:ing)? into|look(?:ing)? at (?:whether|options|(?:a|an|the option of|some)\b)"
    r"|check(?:ing)? (?:whether|if"
    r"|on)|see (?:if|whether|what)|explor\w*|discuss\w*|find out|investigat\w*|whether"
    r"|if (?:possible|eligible|applicable|appropriate)|may be (?:able|eligible)|might be"
    r"|options|what happened)\b",
    re.I,
)
#: Having looked, before what was found ("I've had a look: £100 is your excess"): a report,
#: not an offer, so the "I've" does not make the clause one. Nor does a promise to be
#: candid before the facts ("I'll be straight with you: the fines are set by the regulator",
#: "I have to be honest: the deposit is non-refundable").
LOOKED = re.compile(
    r"\b(?:i|we)(?:'ve| have) (?:just |now )?(?:had a (?:look|check)|checked|looked(?: into it)?"
    r"|been through (?:it|this|your \w+)|reviewed (?:it|this|your \w+))\s*[:,]"
    r"|\b(?:i|we)(?:'ll| will|'d| would| have to| must| want to| need to)? be (?:honest|straight"
    r"|frank|upfront|open|straightforward|clear)(?: with you)?\s*[:,;]",
    re.I,
)
#: A clause that continues the previous offer's subject ("we'll refund the tickets, and
#: give you 20% off"): its verb is another remedy the same "we'll" promises.
CONTINUED = re.compile(
    r"^(?:also |then |even )?(?:refund|send|give|offer|issue|add|credit|apply|arrange"
    r"|replace|reimburse|compensate|pay|cover|waive|book|upgrade|throw in|extend|honou?r"
    r"|knock|halve|match|gift|treat|comp|discount|take|include)\b",
    re.I,
)

#: "Free" as open or unbooked: "we can hold the following slot free", "keep Friday free",
#: or a product's name ("keep your data on the free plan"); not "we left a free gift".
FREE_WORD = re.compile(r"\b(?:free|complimentary|gratis)\b", re.I)
OPEN_AFTER = re.compile(
    r"\s*(?:so|for|until|in case|and|to|[,.;!]|$)|\s+(?:plan|tier|version|edition|account)\b",
    re.I,
)
UNBOOKED = re.compile(
    r"\b(?:keep|keeps|kept|hold|holds|held|leave|leaves|left)\b[\w' -]{0,30}$", re.I
)
