"""The phrase structures the `argumentative` check looks for, kept apart from its logic.

Each commented section names one family of arguing (doubting, lecturing, point-scoring,
correcting what the customer did), so reviewers can read and extend them; the rebuttals
(records, policy lectures, comparisons, denials) are in `argumentative_rebuttals`.
"""

from __future__ import annotations

from assistant.checks.argumentative_rebuttals import REBUTTALS
from assistant.checks.patterns import phrases

YOU = r"(?:you|your)"

ARGUING = phrases(
    [
        # Doubting the customer's account or honesty.
        r"(?:we|I) (?:have|had|can find|could find|hold|found) no record(?:s)? of",
        r"(?:there is|there's|there was|we see|I see|we can see|I can see) no (?:record|sign"
        r"|evidence|trace)(?:s)? of",
        r"(?:we|I) (?:can't|cannot|couldn't|could not) (?:find|see) any (?:record|sign|evidence)",
        r"are you (?:sure|certain)",
        r"you (?:claim|claimed)(?= (?:that|to|it|the|you|this|he|she|they|we)\b)",
        rf"{YOU} (?:allege|alleged|say you|insist)",
        r"(?:allegedly|supposedly|so-called|purportedly)",
        # Not "which is what happened here": an account given, not one denied.
        r"(?:that|this|which(?! (?:is|was) (?:what happened|true|accurate|correct)))"
        r" (?:is|was|isn't|wasn't)(?: simply| just)? (?:not|un)?"
        r"(?:true|untrue|accurate|inaccurate|correct|incorrect|what happened)",
        r"(?:that|this)'s (?:simply |just )?(?:not (?:true|accurate|correct|what happened)"
        r"|untrue|incorrect|inaccurate)",
        rf"{YOU}(?:'re| are) (?:wrong|mistaken|incorrect)",
        r"contrary to what you",
        r"(?:our|the)(?: \w+)? (?:records?|logs?|systems?|notes|cctv|footage|data|tracking"
        r"|history) (?:clearly |do |does )?(?:show|shows|indicate|indicates|confirm|confirms"
        r"|prove|proves|say|says)",
        r"(?:i|we) can (?:only )?see (?:from (?:our|the) \w+(?: \w+)? )?that",
        r"(?:i|we) can only see",
        r"(?:i|we)(?:'ve| have) checked (?:our|the) [\w ]{0,20}?(?:log|logs|records?|notes|cctv"
        r"|footage|system|tracking)",
        r"remember (?:your visit|it|things|the visit|events|the call|that) differently",
        r"(?:wasn't|isn't|is not|was not|it's not|it is not|that's not)(?: quite| really"
        r"| exactly| strictly| actually| simply)? (?:a |an )?['\"]"
        r"[^'\"]{1,30}['\"]",
        r"(?:it's|it is|this is|that's|that is|it was|this was)(?:n't| not) (?:a |an )?(?:con|scam"
        r"|rip-off|rip off|lie|hidden charge|sneaky|misleading)",
        r"(?:(?:it|this|that|which) (?:is|was|are|were) |it's )(?:clearly |all |also )?(?:printed"
        r"|stated|written|displayed|shown|listed|explained|set out|mentioned) (?:on|in|at|when)",
        r"it says so",
        r"(?:were|was|are|is|have|has) never (?:been )?(?:included|part of|covered|eligible)",
        r"(?:isn't|is not|wasn't|was not|aren't|are not) part of (?:the|our) [\w ]{0,20}?"
        r"(?:service|offer|deal|package|policy)",
        r"you (?:signed (?:a|the|up to)|agreed to)",
        r"(?:terms|conditions|contract) you (?:agreed|signed|accepted)",
        r"(?:was|were) (?:explained|made clear|disclosed|stated|shown) (?:to you )?"
        r"(?:when|at|before)",
        r"(?:doesn't|does not|won't|will not) change (?:the|our) (?:terms|policy|rules|fact)",
        r"(?:caused|made worse) by (?:people|customers|misuse|users|owners|kids|children|pets)",
        r"(?:misuse|user error|wear and tear|how it's been used|how it has been used)",
        r"i should (?:point out|mention|add|note|say)",
        r"for what it's worth",
        r"(?:it's|it is) worth (?:noting|pointing out|remembering|bearing in mind|checking with)",
        r"(?:just )?so you know,",
        r"(?:wasn't|isn't|was not|is not) (?:quite |really |actually )?(?:a case of|as bad as"
        r"|as long as|unusual|unreasonable|excessive|that long|that bad)",
        r"(?:than|as) (?:it|they) (?:felt|seemed|seems|appeared)",
        r"(?:was|were|is|are|did|has|had|have) actually",
        r"(?:though|but|however),? (?:i|we) (?:can only|only) (?:see|find|have)",
        r"(?:^|(?<=[.!?] ))we (?:do|did) (?:have|offer|send|deliver|call|reply|answer|respond|tell"
        r"|explain)",
        r"(?<=, )not (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
        r"you (?:must|may|might) have (?:misread|misunderstood|missed|forgotten|confused|overlooked"
        r"|mistaken)",
        rf"{YOU}(?:'ve| have)? (?:misunderstood|misread|misremembered|overlooked|confused)",
        r"(?:misunderstanding|mix-up|error|mistake|confusion) on your (?:part|side|end)",
        # Not money that will "show on your side" or "looks right on your end".
        r"(?<!show )(?<!shows )(?<!appear )(?<!appears )(?<!land )(?<!right )(?<!up )"
        r"on your (?:part|side|end)(?! so\b| of (?:the|your)\b)",
        r"you (?:seem|appear) to (?:have|be|think)",
        r"(?:i'm|we're|i am|we are) afraid (?:that's|that is|you're|you are|you were) (?:not"
        r"|wrong|incorrect|mistaken)",
        r"not the case",
        r"(?:in|to) our (?:defen[cs]e)",
        r"(?:we|i) (?:stand by|disagree|dispute|reject)",
        r"(?:we|i) (?:don't|do not|cannot|can't) (?:agree(?! an?\b| the\b| to\b| a\b)|accept that"
        r"|believe that)",
        r"(?:cannot|can't|won't|will not|do not|don't) accept (?:any )?(?:responsibility"
        r"|liability)",
        r"(?:our|the) (?:staff|team|driver|crew|chef|waiter|waitress|agent|assembler|technician)s?"
        r" (?:followed|acted|did (?:nothing|everything)|behaved) (?:correctly|properly|procedure"
        r"|by the book|wrong|in line)",
        r"(?:followed|in line with|in accordance with) (?:our|the) (?:procedures?|policy|process"
        r"|terms|rules)",
        r"(?:policy|policies|rules?|terms) (?:is|are) (?:there|in place) for a reason",
        r"you (?:didn't|did not|never) (?:tell|inform|mention|contact|call|ask(?! for)|say"
        r"|let us know|report)",
        r"(?:please |kindly )?(?:refer|see) (?:to )?(?:our|the) (?:terms|policy|t&cs|conditions)",
        r"(?:our|the) (?:terms|policy|t&cs|website|menu|page|listing|description|contract"
        r"|receipt|booking confirmation|confirmation) (?:says?|states?|explains?|shows?"
        r"|makes? (?:it )?clear|describes?)",
        r"(?:you|customers|guests) (?:are|were) (?:expected|required) to",
        r"(?:simply|just) (?:isn't|is not|wasn't|was not) (?:true|the case|accurate|correct)",
        # Not "until I'm confident this can't happen again".
        r"(?<!until )(?:we're|we are|i'm|i am) (?:confident|certain) (?:that )?(?:our|the|we|this"
        r"|it)",
        r"(?:it|this|that) (?:was|is) (?:your|the customer's) (?:choice|decision|mistake|error"
        r"|responsibility)",
        r"(?:most|many|plenty of|lots of|the vast majority of) (?:other |our )?(?:customers"
        r"|guests|people|diners|clients) (?:love|loved|enjoy|enjoyed|are happy|were happy|have no"
        r"|had no|don't|never)",
        r"(?:that's|this is|it's|it is|that is) (?:standard|normal|industry standard|common"
        r" practice|completely normal|perfectly normal)",
        r"(?:standard|normal|common) (?:practice|procedure) (?:in|across|for)",
        r"you get what you pay for",
        r"(?:set|setting) the record straight",
        r"for the record",
        # Not "I want to be clear about what happens now": what the business will do next.
        r"(?:just )?to be (?:absolutely )?clear"
        r"(?! about (?:what|how|where|when|(?:the |our )?next))",
        r"let me correct",
        r"in (?:reality|truth)",
        r"you'll (?:find|see|notice) that",
        r"(?:if|when) you (?:look|check|read) (?:at it |it )?(?:again|carefully|closely|properly)",
        r"(?:unfortunately|sadly) for you",
        r"(?:our|the)(?: \w+)? (?:driver|crew|team|staff|chef|manager|assembler|technician|agent"
        r"|engineer|courier)s? (?:has |have )?(?:confirmed|insists?|insisted|reported|reports"
        r"|says|said|states|stated|maintains?|recalls?) (?:that )?(?:he|she|they|the|it|you|there)",
        r"you (?:may|might) not (?:have )?(?:realised|realized|been aware|known|noticed)",
        r"(?:please |do )?bear in mind",
        r"(?:it is|it's) important to (?:note|remember|understand|point out)",
        r"(?:we|i) (?:must|have to|need to|would like to) (?:point out|remind you|stress"
        r"|emphasi[sz]e|clarify)",
        r"(?:just )?a (?:quick |friendly |gentle )?reminder (?:that|of)",
        r"(?:that|this) (?:is|was) (?:not|never) (?:what|how) (?:happened|it works|we)",
        r"according to our (?:records|logs|system)",
        r"for clarity,",
        r"(?:we|the driver|our driver|our staff|our team) (?:did|definitely|certainly)"
        r" (?:deliver|send|arrive|call|attempt)",
        # Lecturing about policy and what the customer should have done.
        r"as (?:is )?(?:clearly|plainly|explicitly) (?:stated|stipulated|outlined|explained"
        r"|mentioned|written|detailed|set out|shown|displayed)",
        r"as (?:is )?(?:stated|stipulated|set out)",
        r"as (?:outlined|explained|mentioned|stated|shown|displayed) (?:at|during) (?:checkout"
        r"|booking|purchase|the time|sign-up|signup|ordering)",
        r"as (?:outlined|explained|mentioned|written|detailed|shown|displayed|printed|posted)"
        r" (?:in|on) (?:our|the|every|each|your) (?:tickets?|receipts?|terms|policy|policies"
        r"|t&cs|conditions|website|menu|listing|confirmation"
        r"|product page|description|booking|receipt|sign|signs)",
        r"as per (?:our|the) (?:terms|policy|policies|t&cs|conditions|website)",
        # Terms or a page quoted at the customer: "as our returns page says", "as your
        # agreement requires", "which our conditions of carriage allow".
        r"as (?:our|the|your) (?:[\w-]+ ){0,2}(?:page|terms|policy|agreement|contract"
        r"|conditions|website|t&cs|faqs?|guide|leaflet|signs?)(?: of [\w-]+)? (?:says|say|states"
        r"|state|explains|explain|shows|show|sets out|set out|makes clear)",
        # "as your agreement requires" binds the customer; "as our policy requires" is our duty.
        r"as your (?:[\w-]+ ){0,2}(?:terms|policy|agreement|contract|conditions) (?:requires"
        r"|required)",
        r"which (?:our|the|your) (?:[\w-]+ ){0,2}(?:terms|conditions|policy|agreement|contract"
        r"|rules)(?: of [\w-]+)? (?:allow|allows|permit|permits|require|requires|cover|covers)",
        # Defending staff by recasting the complaint: "there may have been a misunderstanding".
        r"(?:may|might|must|could) have been (?:a |some )?(?:slight |small |little )?"
        r"(?:misunderstanding|miscommunication|crossed wires)(?! on (?:our|my) (?:side|part|end))",
        # A check that clears the business: "we've checked machine 4 and it's working fine".
        r"(?:we|i)(?:'ve| have) checked [^.!?]{0,40}? and (?:it|they|everything)(?:'s| is| was"
        r"| were|'re| are) (?:working )?(?:fine|perfectly fine|in (?:perfect )?working order"
        r"|correct|accurate)",
        r"(?:our|the) (?:policy|terms|t&cs|website|conditions) (?:clearly|plainly|explicitly)",
        r"clearly (?:states|stated|says|said|displayed|shown|marked|visible)",
        r"if you (?:had|'d) (?:read|checked|looked|followed|bothered)",
        r"had you (?:read|checked|looked|followed|bothered)",
        rf"{YOU} (?:should|ought to|could|would) have (?:read|checked|known|contacted|called"
        r"|looked|noticed|realised|realized|asked|ordered|booked|followed)",
        r"you should've (?:read|checked|known|contacted|called|looked|noticed|asked|ordered)",
        r"(?:you|the customer) (?:failed|neglected|forgot) to",
        r"you (?:didn't|did not) (?:read|check|follow|tell|ask(?! for)|mention|inform)",
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
        rf"actually,? {YOU}",
        rf"{YOU} actually",
        r"in fact,",
        # "To be honest" is candour, often before an excuse; "to be fair/clear" argues.
        r"to be (?:fair|clear(?! about (?:what|how|where|when|(?:the |our )?next)))",
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
        # Second-person correction: what the customer was told or should have done.
        r"you (?:were|had been|have been|'ve been|was) (?:clearly |already |duly |fully"
        r" |previously |properly )?(?:told|informed|advised|notified|warned|sent|reminded"
        r"|given notice|made aware)",
        r"you (?:must|should|would|will)(?: have|'ve) (?:already |definitely |surely |also )?"
        r"(?:seen|read|noticed|checked|known|realised|realized|missed|misread"
        r"|misunderstood|forgotten|ignored|deleted|entered|selected|clicked|typed|ordered|chosen"
        r"|booked|agreed|signed|ticked|used|dropped|damaged)\b",
        r"you (?:didn't|did not|never|failed to|forgot to|neglected to|omitted to) (?:actually )?"
        r"(?:read|check|follow|tell|ask(?! for)|mention|inform|contact|call|let us know|report"
        r"|complete|fill|submit|provide|book|select|choose|tick|attach|include|keep|update|cancel|return"
        r"|respond|reply|confirm|sign(?! up for)|register|enter|arrive|turn up|show up|collect"
        r"|notify"
        r"|request|raise|bring|answer|pick up|give|leave|use)\b",
        r"you (?:failed|forgot|neglected|omitted) to",
        r"you (?:agreed|accepted|consented|signed up|opted|chose|acknowledged)"
        r" (?:to|that|the|our|when|at|for)",
        r"(?<!told it )(?<!told you it )(?<!said it )"
        r"(?:is|was|were|remains|'s) (?:entirely |ultimately |solely |always |clearly )?"
        r"(?:your|the customer's|the account holder's) (?:own )?(?:responsibility|fault|mistake"
        r"|error|choice|decision|call|problem|job|duty)",
        # Not "it wasn't your fault", nor staff who wrongly "told you it was your fault".
        # Nor a fault on the line: "we'll look at your fault".
        r"(?<!n't )(?<!not )(?<!never )(?<!told it was )(?<!told you it was )(?<!at )(?<!fix )"
        r"your (?:own )?(?:responsibility|fault|mistake|error)",
        r"(?:is|was|are|were) (?:entirely |ultimately )?up to you",
        r"(?:you(?:'re| are)|you were) (?:the )?(?:only|first) (?:one|person|customer|guest"
        r"|member)",
        # Round-8 and round-9 tune wordings: a correction after "actually", clearing it up,
        # winning on price, the damage was already there, the customer's mix-up, advice in
        # hindsight, and a rule that excludes them.
        r"actually [^.!?\n]{1,40}, not\b",
        r"to clear (?:this|that|things) up",
        r"(?:cheaper|better value|lower|faster) than (?:just about |almost |nearly |pretty much )?"
        r"(?:every|most|any|all)\b",
        r"(?:was|were) already (?:cracked|broken|damaged|scratched|chipped|marked|torn|stained"
        r"|there)\b",
        r"simple as that",
        r"you need to be (?:quicker|faster|more careful|on time|earlier)",
        r"(?:maybe|perhaps) (?:keep a closer eye|read (?:it|the|our)|try reading)",
        r"you (?:may|might|must) have (?:mixed|confused|misread|misunderstood|muddled)",
        r"if you(?:'d| had) [^.!?\n]{1,50}? you(?:'d| would) have (?:seen|known|noticed|realised"
        r"|realized|found)",
        r"which (?:yours|your order|your booking|you) (?:wasn't|was not|didn't|did not|isn't"
        r"|doesn't)",
        r"(?:a )?(?:bit|little|tad) (?:dramatic|much|extreme|harsh)",
        r"(?:is|are) (?:really |just |only |sort of |kind of )?to be expected",
        *REBUTTALS,
    ]
)
