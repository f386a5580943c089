"""The phrase structures the `argumentative` check looks for, kept apart from its logic.

Each list names one family of arguing (contradicting, doubting, lecturing, point-scoring,
owner-style retelling of the customer's visit), so reviewers can read and extend them.
"""

from __future__ import annotations

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
        r"(?:that|this|which) (?:is|was|isn't|wasn't)(?: simply| just)? (?:not|un)?"
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
        r"on your (?:part|side|end)",
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
        r"(?:we're|we are|i'm|i am) (?:confident|certain) (?:that )?(?:our|the|we|this|it)",
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
        r"(?:just )?to be (?:absolutely )?clear",
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
        r"(?:we|the driver|our driver|our staff|our team) (?:did|definitely|certainly)"
        r" (?:deliver|send|arrive|call|attempt)",
        # Lecturing about policy and what the customer should have done.
        r"as (?:is )?(?:clearly|plainly|explicitly) (?:stated|stipulated|outlined|explained"
        r"|mentioned|written|detailed|set out|shown|displayed)",
        r"as (?:is )?(?:stated|stipulated|set out)",
        r"as (?:outlined|explained|mentioned|stated|shown|displayed) (?:at|during) (?:checkout"
        r"|booking|purchase|the time|sign-up|signup|ordering)",
        r"as (?:outlined|explained|mentioned|written|detailed|shown|displayed) (?:in|on) (?:our"
        r"|the) (?:terms|policy|policies|t&cs|conditions|website|menu|listing|confirmation"
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
        r"to be (?:fair|clear)",
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
        r"|respond|reply|confirm|sign|register|enter|arrive|turn up|show up|collect|notify"
        r"|request|raise|bring|answer|pick up|give|leave|use)\b",
        r"you (?:failed|forgot|neglected|omitted) to",
        r"you (?:agreed|accepted|consented|signed up|opted|chose|acknowledged)"
        r" (?:to|that|the|our|when|at|for)",
        r"(?:is|was|were|remains|'s) (?:entirely |ultimately |solely |always |clearly )?"
        r"(?:your|the customer's|the account holder's) (?:own )?(?:responsibility|fault|mistake"
        r"|error|choice|decision|call|problem|job|duty)",
        r"your (?:own )?(?:responsibility|fault|mistake|error)",
        r"(?:is|was|are|were) (?:entirely |ultimately )?up to you",
        r"(?:you(?:'re| are)|you were) (?:the )?(?:only|first) (?:one|person|customer|guest"
        r"|member)",
        # Records and evidence contradicting the customer.
        r"according to (?:our|the) (?:records?|system|logs?|notes|tracking|data|driver|courier"
        r"|crew|team|staff|gps|cctv|footage|account|history|files?)",
        r"(?:we|i) (?:have|hold|can find|could find|found|see|saw|can see|could see) no"
        r" (?:record|trace|evidence|sign|log|note|mention)s?",
        r"(?:we|i) (?:haven't|have not|didn't|did not|don't|do not|never) (?:received|got|had)"
        r" (?:any|an?|your) (?:e-?mails?|calls?|messages?|complaints?|contact|request)",
        r"(?:our|the|your)(?: \w+)? (?:tracking|gps|photos?|pictures?|proof of delivery|signature"
        r"|scans?|timestamps?|receipt|invoice|booking confirmation|order confirmation"
        r"|confirmation e-?mail|contract|statement|call recording|recording|camera)"
        r" (?:clearly |also |actually )?(?:shows?|showed|confirms?|confirmed|proves?|proved"
        r"|indicates?|indicated|states?|stated|says|said)",
        r"(?:recall|remember|recollection|account|version)(?: of events)? (?:is|was)?"
        r" ?(?:differs?|different|differently)",
        # Doubt.
        r"(?:hard|difficult|tough) to (?:believe|understand how|see how)",
        r"(?:find|found) (?:it|that|this) (?:hard|difficult) to",
        r"(?:struggle|struggling) to (?:believe|see how|understand how)",
        r"if (?:that's|that is|this is|it is|it's|that was|this was|it was) (?:really|truly"
        r"|genuinely|actually|indeed|in fact) (?:the case|true|what happened|so|correct)",
        r"if (?:it|this|that|they|you) (?:really|truly|genuinely|actually|in fact) (?:is|was"
        r"|are|were|did|happened|had|has)",
        r"(?:is|are|was|were|seems|sounds) (?:very |highly |extremely |most |rather )?"
        r"(?:unlikely|implausible|improbable)",
        r"(?:you|the customer) (?:say|said|says|state|stated|suggest|suggested) (?:that )?"
        r"(?:you|it|the|this)\b[^.!?]{0,40}?\bbut\b",
        # Policy lecturing.
        r"as (?:is |was )?(?:clearly |plainly |already |previously |explicitly )?(?:stated"
        r"|outlined|explained|mentioned|set out|specified|advertised|indicated|noted|detailed)"
        r" (?:at|during|when|before|previously|earlier|above|below|to you|in our|on our)",
        r"as (?:we|i) (?:have )?(?:already |previously )?(?:said|explained|stated|mentioned"
        r"|told you|pointed out)",
        r"(?:terms(?: and conditions| & conditions)?|t&cs|t's and c's|small print|fine print"
        r"|policy|policies|rules) (?:clearly |do |which |that )?(?:state|say|explain|set out"
        r"|make (?:it )?clear|specify|stipulate|outline|cover)",
        r"(?:the )?(?:small|fine) print",
        r"(?:usually|typically|normally|often|generally|commonly|most often|almost always)"
        r" (?:caused by|the result of|down to|due to|a sign of) (?!(?:our|a fault|an? (?:error"
        r"|issue|problem) (?:on|at) our))",
        r"(?:every|each|all) (?:item|piece|order|parcel|ball|product|delivery|bag|dish|meal"
        r"|box|unit)s? (?:is|are|gets|get)? ?(?:checked|inspected|scanned|tested"
        r"|quality[- ]checked)",
        r"(?:check|checks|inspect|inspects|scan|scans|test|tests) every (?:item|piece|order|parcel"
        r"|ball|product|delivery|bag|dish|meal|box|unit)",
        # Winning by comparison.
        r"(?:everyone|everybody) else",
        r"(?:other|most|many|all (?:our|the|other)) (?:customers|guests|people|users|members"
        r"|diners|clients|passengers|shoppers) (?:don't|do not|didn't|did not|haven't|have not"
        r"|never|have no|had no|manage|managed|seem to|seemed to|are happy|were happy|find it"
        r"|found it|cope|understand|follow|read|know)",
        r"(?:no one|nobody|no-one|no other \w+) else (?:has|have|had|seems|seemed|ever"
        r"|complained|reported|mentioned)",
        r"(?:no one|nobody|no-one|no other (?:customer|guest|member|diner|passenger|client))"
        r"(?: has| have| had)?(?: ever)? (?:complained|reported (?:this|that|it|any))",
        # Blaming the customer's own actions, and facts that "can't" be as they say.
        # "You must have missed it" blames; "you must have access to" states a requirement.
        r"you must have (?!been|had|felt|found|thought|wondered|worried|gone through|access"
        r"|a\b|an\b|the\b|your\b|one\b|at least|proof|valid)\w+",
        r"you (?:may|might|could|probably|likely) (?:have )?\w+(?: \w+){0,3}? (?:without"
        r" (?:realising|realizing|noticing|knowing)|by mistake|by accident|accidentally"
        r"|incorrectly|wrongly)",
        r"(?:can't|cannot|couldn't|could not) (?:possibly )?have (?:been|happened|come"
        r"|arrived|left|gone)",
        r"(?:passed|went through|had|undergoes|undergo|passes) (?:a |an |our )?(?:full |thorough"
        r" |rigorous |strict )?(?:[\w-]+ )?(?:inspection|check|test|quality check|qc)s? (?:before"
        r"|prior)",
        r"(?:don't|do not|doesn't|does not|won't|wouldn't) (?:just )?(?:disappear|vanish|happen"
        r"|go missing|break|fail) (?:without|by themselves|on their own|for no reason|randomly"
        r"|from \w+)",
        r"(?:it )?(?:may|might|would) be worth (?:thinking|checking|considering|asking"
        r"|looking|reading|re-?reading|remembering)",
        r"(?:i|we) (?:don't|do not) (?:think|believe) (?:that's|that is|this is|it's|that|this"
        r"|it) (?:what|how|true|the case|accurate|fair|right|correct|happened)",
        r"trained (?:never|not) to",
        r"(?:he|she|they|we|the \w+|our \w+) (?:did|definitely|certainly|really did)"
        r" (?:knock|turn up|call|ring|arrive|attend|visit|try|attempt|deliver|send|reply|respond"
        r"|leave|e-?mail|text|tell|explain|show up|come|check|inform|warn)",
        r"(?:confirmation|receipt|booking|order|page|listing|website|menu|terms|e-?mail|text"
        r"|sign|contract|invoice|label) (?:does|did|do) (?:clearly )?(?:say|state|show|confirm"
        r"|mention|list|include)",
        r"as (?:it )?(?:says|said|stated|shown|explained|clearly says) (?:when|at|on|in|during)",
        r"(?:in line with|the same as|cheaper than|no more than|similar to|lower than)"
        r" (?:every|all|most|any) (?:other )?\w+",
        r"(?:it's|it is|that's|that is|this is|it was|that was|is|was) hardly",
        r"(?:i'd|i would|we'd|we would|let me|can i|may i) (?:just )?(?:point out|note|mention"
        r"|add|remind you)",
        r"(?:we've|we have|i've|i have) only (?:received|had|got|seen|found)",
        # Correcting the customer's numbers or version of events.
        r"rather than (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty"
        r"|forty|fifty|sixty)\b",
        r"(?:was|were|took|been|waited|lasted) (?:only|just|less than|under|no more than)"
        r" (?:\d+|a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty)"
        r" (?:minutes?|mins?|hours?|days?|weeks?|times?)",
        r"(?:can't|cannot|unable to|couldn't|could not) (?:verify|substantiate|corroborate)"
        r"|your (?:claim that|allegation|version of events)",
        r"(?:the|our)(?: [\w-]+){0,2} (?:policy|terms|rules?|page|website|menu|sign|signs"
        r"|confirmation|listing) (?:is|are|was|were) (?:very |perfectly |quite |really )?clear",
        r"(?:i'm sure |as )?you(?:'ll| will| can| would)? (?:appreciate|understand) (?:that"
        r"|why|we|our)",
        r"(?:our|the) (?:[\w-]+ )?(?:staff|team|crew|drivers?|technicians?|engineers?|baristas?"
        r"|chefs?|assemblers?|agents?|advisers?|colleagues?|stylists?|trainers?|instructors?"
        r"|pilots?|cabin crew|mechanics?|receptionists?) (?:is|are|was|were) (?:all )?(?:highly"
        r" |fully |very |extremely |properly )?(?:experienced|trained|qualified|professional"
        r"|careful|certified|skilled)",
        r"(?:can|could) (?:confirm|assure you) (?:that )?(?:our|the|we|it|this|he|she|they)"
        r" (?:\w+ ){0,3}?(?:did|was|were|had|has|attempted|followed|checked|arrived|called"
        r"|delivered|sent)",
        # Defensive denials.
        r"(?:we|i|our \w+|the \w+) (?:did|have done|has done|'ve done) (?:nothing wrong"
        r"|everything (?:right|correctly|properly|by the book|we could))",
        r"(?:acted|behaved|responded|handled (?:it|this|things)) (?:entirely |completely"
        r" |perfectly )?(?:appropriately|professionally|correctly|properly|reasonably|fairly"
        r"|in line with|within)",
        r"(?:was|were) (?:handled|dealt with|processed|carried out|done) (?:entirely |completely"
        r" |perfectly )?(?:correctly|properly|appropriately|by the book|in line with)",
        r"no (?:fault|error|mistake|wrongdoing) (?:on our part|was made|was found|by (?:our|the))",
        r"(?:we(?:'re| are)|i(?:'m| am)) (?:satisfied|happy|content) (?:that )?(?:our|the|we"
        r"|this|it)",
        r"(?:we|our (?:staff|team|drivers?|crew))(?: would|'d) never",
        r"(?:there's|there is|there was) no (?:way|chance) (?:that|this|it|our|we)",
        r"(?:was|were|is|are) (?:entirely |completely |perfectly )?(?:within|in line with)"
        r" (?:our|the) (?:guidelines|policy|rules|terms|procedures?|standards)",
        r"(?:was|were|is|are|been) (?:correctly|rightly|properly|legitimately|validly|fairly)"
        r" (?:charged|applied|taken|declined|blocked|cancelled|issued|calculated|billed|refused)",
        r"(?:charge|fee|price|amount|bill|decline|block|figure|fine|penalty)s? (?:is|was|are|were)"
        r" (?:entirely |perfectly |completely )?(?:correct|valid|legitimate|accurate|right|fair"
        r"|justified)",
        r"(?:in future|next time|going forward),? (?:please |we'd (?:ask|advise|recommend)"
        r" (?:that )?you |you (?:may|might|could|should|will) (?:want|need|wish) to )?(?:make"
        r" sure|check|read|remember|ensure|double-check|be sure|note|allow)",
        r"(?:that's|that is|this is|those are|these are) (?:the|our) (?:policy|rules?|terms)",
        r"rules are rules",
        r"(?:policy|rules?|terms|fee|charge) (?:applies|apply) (?:equally )?to (?:all|every"
        r"|everyone)",
        r"(?:we|i) (?:apply|enforce) (?:this|the|our|these) (?:\w+ )?(?:policy|rules?|terms"
        r"|fee) (?:to|for|with) (?:all|every|everyone)",
        r"(?:the |our )?(?:signs?|notices?|posters?|signage)(?: (?:in|on|at|by) (?:the|our)"
        r" \w+(?: \w+)?)? (?:clearly |are |is |which )?(?:say|says|state|states|displayed|show"
        r"|shows|explain|explains|warn)",
        r"clearly (?:state|say|show|explain|set out)",
        r"in (?:all )?fairness",
        r"clearly (?:signposted|signed|labelled|labeled|marked|advertised|listed)",
        r"(?:we|i) (?:received|had|have had|'ve had|have received|'ve received) no (?:other )?"
        r"(?:complaints|reports|issues|problems)",
        # Structures: evidence that "shows" against the customer, counterfactual blame,
        # number corrections, winning comparisons and defending staff or procedure.
        r"(?:our|the|their)(?: [\w'-]+){0,2} (?:records?|logs?|systems?|notes|cctv|footage|data"
        r"|tracking|trackers?|history|till|photos?|pictures?|images?|job sheets?|scans?|gps"
        r"|timestamps?"
        r"|recordings?|screenshots?)(?: clearly| also| actually)? (?:show|shows|showed|prove"
        r"|proves|confirm|confirms)",
        r"(?:looks?|looked|was|were) (?:intact|fine|undamaged|perfect) in (?:our|their|the)"
        r" (?:pictures|photos|footage|images)",
        r"(?:which|that|this) would have (?:stopped|prevented|avoided|saved)",
        r"if you(?:'d| had) (?:checked|read|looked|asked|called|told|used|set)",
        r"(?:check|look in) your (?:junk|spam)",
        r"(?:it's|it is|that's|that is|this is) all (?:in|on|explained in|set out in|covered in)"
        r" (?:the|our|your) (?:[\w-]+ )?(?:terms|conditions|t&cs|policy|faqs?|small print"
        r"|contract|agreement|instructions)",
        r"(?:have|did) you (?:\w+ )?(?:tried|bother(?:ed)?|thought about) (?:actually |even )?"
        r"(?:reading|following|checking|looking|to read|to check|to follow)",
        r"literally on the (?:screen|page|website|site|sign|label|box|app)",
        r"anyone (?:in the (?:industry|trade|business)|who knows \w+|with (?:any )?experience)"
        r" (?:would|will|could) (?:tell|say|confirm)",
        r"you insisted",
        r"(?:we|i) did (?:explain|tell you|warn you|mention|advise)",
        # Comparisons meant to win: "in line with the whole market", "you'd see similar
        # quotes if you shopped around".
        r"in line with (?:the )?(?:whole |wider |rest of the |entire )?(?:market|industry"
        r"|sector)",
        r"(?:you'd|you would|you'll|you will) (?:see|find|get|pay) (?:similar|the same|higher"
        r"|comparable|worse) (?:\w+ )?(?:quotes|prices|rates|fees|charges|premiums)",
        r"(?:told|explained|said)(?: this| it)?(?: to)? (?:customers|people|everyone|you)"
        r" (?:many|several|countless|numerous|so many|a (?:few|number of)) times",
        r"you should have had (?:notice|the e-?mail|an e-?mail|a text|a letter|a notification"
        r"|warning)",
        r"(?:so )?(?:it's|it is|it may be|it might be|it'd be|it would be) (?:well )?worth"
        r" (?:asking|checking|refreshing|trying|reading|looking)",
        r"(?:so )?there was (?:notice|a warning|plenty of notice|advance notice)",
        r"(?<=, )not (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty"
        r"|fifty|sixty)\b",
        r"(?:still )?(?:the )?(?:cheapest|best value|lowest[- ]priced?)\b(?: [\w-]+){0,4}"
        r" (?:on|in|around|anywhere)\b|by a mile",
        r"followed (?:the )?(?:correct |right |proper |standard )?(?:procedure|process|rules"
        r"|policy|protocol)|(?:was|were) following (?:the )?(?:rules|procedure|policy|process)",
        r"(?:was|were) right to",
        r"(?:most|many|the rest|all)(?: of)?(?: the)? (?:audience|customers|guests|people"
        r"|passengers|diners|members|others)(?: \w+)? (?:were|was) (?:happy|fine|content|able)",
        r"(?:i'm|we're|i am|we are) sure (?:no|he|she|they) [\w' -]{0,20}(?:was meant|meant"
        r"|didn't mean|did not mean)",
        r"(?:that's|that is|it's|it is) not like (?:him|her|them|us)",
        r"(?:i'm|we're|i am|we are) (?:very |really )?surprised (?:to hear|by)",
        r"(?:is|are) one of the most (?:courteous|caring|experienced|professional|polite|careful"
        r"|helpful|friendly)",
        r"(?:it's|it is) (?:quite |very |most |more |highly )?likely (?:that )?(?:your|you)",
        r"(?:is|are|was|were) (?:clearly )?(?:printed|stated|written|displayed|set out)"
        r" (?:in|on|at) (?:your|the|our|every|each|all)",
    ]
)
