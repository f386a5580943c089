"""Arguing structures common in business owners' replies to reviews, for `argumentative`.

Retelling the customer's visit against them, hinting they are odd or dishonest, credentials
and ratings as proof, lecturing framed as context, and vocabulary-free structures such as
minimising, rhetorical questions and records used against the customer.
"""

from __future__ import annotations

from assistant.checks.patterns import phrases

NUM = r"(?:\d+|a|an|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|fifty)"

#: Telling the customer to read or check things next time ("Please check our socials before
#: travelling in future"), not "so they check doors before leaving in future": a lecture
#: for `argumentative`, and talking down for `tone`.
READ_IT_NEXT_TIME = (
    r"(?<!they )(?<!we )(?<!i )(?<!'ll )(?<!will )(?<!to )(?<!can )(?:please |maybe |perhaps )?"
    r"(?:check|read|look at|double-check|have a (?:look|read)(?: at)?)\b[^.!?\n]{0,50}?"
    r"\b(?:in future|next time)"
)

#: Owner replies: retelling the customer's own behaviour to rebut them, implying oddness or
#: dishonesty, credentials and ratings as proof, lecturing framed as context, barbed thanks,
#: rebuttal markers and blaming the customer's own care of the thing.
OWNER = phrases(
    [
        # Second-person narration of the customer's behaviour, used against them.
        rf"(?:you|your (?:party|group|table|family|friends?))(?: all)? (?:arrived|turned up"
        rf"|came in|were|was|got here) (?:over |about |around |nearly |almost )?{NUM}"
        r" (?:minutes?|mins?|hours?) (?:late|after)",
        r"when you (?:arrived|came in|turned up|got here),? you were",
        r"you (?:seemed|looked|appeared)(?: to be)? (?:perfectly |very |really |quite |more than"
        r" )?(?:happy|fine|satisfied|pleased|content|delighted|thrilled)",
        r"(?:seemed|appeared) to show",
        r"you (?:said|told (?:us|me|the \w+|him|her)) (?:it|that|they|this|the \w+) (?:was|were"
        r"|looked) (?:fine|sound|ok|okay|good|great|lovely|perfect|happy|spot on)",
        r"you (?:declined|refused|turned (?:it|that|this|the offer) down|hugged|tipped"
        r"|(?:even )?left (?:a tip|without (?:saying|mentioning|telling|raising|complaining)))",
        r"(?:and )?(?:even )?(?:thanked|hugged) (?:the|our|us)",
        r"you (?:signed off|approved|okayed|ok'd|chose|picked|selected)(?! (?:us|to))",
        r"you (?:asked|requested) (?:our|the) [\w-]+ to (?:add|change|do|make|cut|remove|fit"
        r"|use|go)",
        r"had you (?:mentioned|told|said|asked|called|raised|let)",
        r"(?:from|according to|in) (?:our|the) (?:notes|records?|logs?|file),? you",
        # Implying dishonesty or oddness.
        r"(?:strangely|oddly|curiously|interestingly|surprisingly)(?= *[,;]| (?:no one|nobody"
        r"|you|this|there|the|it|we|none))",
        r"(?:we|i)(?:'re|'m| are| am| were| was)(?: a bit| a little| quite| rather| very"
        r"| somewhat| really)? surprised (?:to (?:see|read|hear)|at|by)",
        r"(?:comes|came|come) as (?:a|something of a|quite a|a bit of a) surprise",
        r"(?:thank you|thanks) for (?:your|the)\W{0,5}(?:interesting|colourful|creative"
        r"|imaginative|entertaining) (?:feedback|review|comments?|take|account|story)",
        r"no(?: ?one|body|-one) else(?: [\w-]+){0,4} (?:mentioned|complained|said|raised"
        r"|noticed|had|has)",
        r"(?:is|was|were|are) adamant",
        r"(?:i'm|i am|we're|we are) not sure (?:how|what|why|where) (?:you|the|he|she|they)",
        r"(?:remember|recall)(?: [\w']+){0,4} (?:rather |quite |very |a little |slightly )?"
        r"differently",
        r"(?:mistake|mistakes|mistook|mistaken|confuse|confused) (?:it |this |that |them )?for",
        r"(?:is|was|are|were) in fact",
        # Credentials and social proof.
        rf"(?:has|have|had) been (?:[\w-]+ing|in the (?:trade|business|industry))(?: [\w-]+)"
        rf"{{0,2}} for (?:over |more than |nearly |almost |well over )?{NUM}\w* years",
        rf"(?:trained|qualified|studied|apprenticed|worked) (?:in|at|under|with)(?: [\w'-]+)"
        rf"{{1,3}} for (?:over |more than |nearly |almost )?{NUM}\w* years",
        r"(?:rated|rating of|average of) (?:\d(?:\.\d)?|five|four)(?: out of (?:\d|five))?"
        r"(?: stars?)?(?: (?:by|from|on|across))?",
        r"our (?:\d(?:\.\d)?[- ]?(?:star )?)?(?:rating|reviews)(?: [\w-]+){0,6}"
        r" (?:speaks?|show|shows|reflects?|says)",
        r"speaks? for (?:itself|themselves)",
        r"(?:hundreds|thousands|dozens) of (?:happy|satisfied|other|regular|loyal) \w+",
        r"(?:over|more than) \d+ (?:happy|satisfied|five-star|5-star) \w+",
        r"(?:isn't|is not|wasn't|was not|not) (?:at all )?typical of us",
        # Lecturing framed as context.
        r"(?:most|any|all|the) reasonable (?:customers?|people|guests?|clients?|person|diners?)",
        r"as (?:most|many|anyone|any)(?: people| customers| guests| clients| owners)?(?: who"
        r"(?:'ve| have| has)(?: [\w-]+){1,4})? (?:will|would|should|must)? ?(?:know|understand"
        r"|appreciate|agree)",
        r"(?:we'd|we would|i'd|i would) (?:\w+ )?(?:encourage|urge|advise|recommend|remind)"
        r" (?:all|every|any) (?:\w+ )?(?:owners|customers|clients|guests|pupils|patients|people)",
        r"(?:i'd|i would|we'd|we would|let me|i must|i do want to|i want to|can i|may i)"
        r" (?:also |just |gently |kindly )?(?:point out|correct|clarify|add that|note that"
        r"|say that|give (?:some |a bit of )?context)",
        r"(?:have|has|need|want) to (?:correct|clarify)",
        r"(?:give|add|offer|provide) (?:some|a (?:bit|little) of) context",
        r"(?:many|most|some) (?:customers|guests|people|clients|diners|patients)(?: [\w-]+){0,3}"
        r" (?:aren't used to|are not used to|mistake|don't realise|don't realize|forget)",
        r"(?:nothing|not something) to be (?:ashamed|embarrassed|worried|upset)",
        r"(?:isn't|is not|wasn't|was not) a sign (?:that|of)",
        # Rebuttal markers.
        r"(?<!happy )(?<!glad )(?<!helps )(?<!help )(?:just )?to clarify(?![^.!?\n]*\?)",
        r"exactly (?:as (?:described|ordered|agreed|specified|shown|advertised|requested|it"
        r" should be)|to (?:them|your \w+|the \w+))",
        # The customer's own care or conduct as the cause.
        # ...but not the aftercare team, its address or a sign-off role ("Joel, Aftercare,").
        r"after-?care(?! (?:team|department|desk|line|services?|manager|advis[eo]rs?|staff)"
        r"|@|(?-i:,? [A-Z])|\s*(?:$|\n))",
        r"(?:responsibility|blame|fault) (?:is|was) shared|shared (?:responsibility|blame)",
        r"(?:when|if|because) (?:it|they|a [\w-]+|the [\w-]+|new [\w-]+|[\w-]+s)"
        r" (?:isn't|is not|wasn't|aren't|are not|weren't|hasn't been|haven't been)"
        r" (?:\w+ly )?(?:watered|brushed|looked after|maintained|cleaned|cared for|fed|stored"
        r"|charged|serviced)",
        r"(?:tends?|tended) to (?:come|be caused|result|stem) from",
        r"depends? (?:heavily |largely |entirely |mostly )?on (?:\w+ )?(?:patients|customers"
        r"|clients|owners|you|guests)",
    ]
)

#: Structures of arguing that do not depend on the business's vocabulary: minimising
#: ("a little unfair", "technically"), rhetorical questions, records and the customer's own
#: paperwork used against them, disputing their account, likely-your-fault explanations,
#: defending staff or a decision, and told-you-so counterfactuals.
STRUCTURES = phrases(
    [
        READ_IT_NEXT_TIME,
        # Minimising and fairness.
        r"(?:a little|a bit|slightly|rather|somewhat|quite) unfair",
        r"(?:isn't|is not|wasn't|was not|aren't|not) (?:quite|really|entirely|totally|altogether)"
        r" fair",
        r"(?:not sure|don't think|do not think|doubt)[^.!?\n]{0,40}?(?:is|was|are|were)"
        r" (?:really |quite |entirely |totally )?(?:fair|accurate|true|right)",
        r"technically",
        r"even if it (?:felt|seemed|looked|feels|seems|looks)",
        r"(?:isn't|is not|wasn't|was not|aren't|weren't) (?:really|technically|strictly)"
        r" (?!good|acceptable|ok\b|okay|the (?:service|standard|experience)|what|how|fair|right"
        r"|on\b|up to|enough|like us|something|anything|your thing)(?:an? )?[\w-]+",
        # "So it wasn't caused during the battery replacement": the damage predates us.
        r"(?:it|this|that|which|the [\w-]+) (?:wasn't|was not|isn't|is not|couldn't have been)"
        r" caused (?:by|during|when|while|at) (?:us|our|the|your)",
        r"how (?:we|i) could(?: have|'ve) made (?:it|this|that) (?:any )?(?:clearer|more obvious)",
        # Not the customer's feedback taken in: "your comment is part of that review".
        r"(?<!comment )(?<!feedback )(?<!review )(?<!comments )"
        r"(?:are|is) (?:just |simply |all )?(?:part of|part and parcel of)",
        r"no reflection on",
        r"than (?:people|you|most people|customers|many people) (?:expect|think|realise|realize"
        r"|imagine|assume)",
        # Rhetorical questions.
        r"(?:would|wouldn't|do|don't|did) you (?:rather|prefer|really (?:want|expect)|expect us)"
        r"[^.!?\n]{0,80}\?",
        # Disputing the customer's account.
        r"(?:i'd|i would|we'd|we would|i|we) (?:question|dispute|challenge|disagree with|take"
        r" issue with)",
        r"(?:i|we) (?:don't|do not|can't|cannot) (?:think|imagine|believe|see) (?:that )?(?:anyone"
        r"|any of|our|the|they|he|she|that|this)",
        r"(?:our|the)(?: [\w-]+){1,3} (?:remembers?|recalls?|remembered|recalled)",
        r"(?:wasn't|was not|weren't|were not|isn't|is not) the only",
        # "Anyway, ..." brushing the complaint aside; not "we served it anyway, and ...".
        r"(?<!\w )anyway,",
        r"as for ['\"]",
        # Records, paperwork and the customer's own actions as evidence against them.
        r"(?:forms?|contract|terms|agreement|booking|order|document|sheet|paperwork|invoice"
        r"|receipt|confirmation|e-?mail)s? (?:that )?(?:you|you've) (?:signed|agreed|accepted"
        r"|received|made|placed|filled|ticked|read|chose|selected)",
        r"(?:on|in) your (?:booking|order|form|account|application|invoice|receipt|confirmation)"
        # Not "is": "purchases you didn't make on your account is unsettling".
        r"(?: [\w-]+)? (?:was|were|said|says|showed|shows|stated|states|read|reads)",
        r"(?:notes|records?|logs?|system|cctv|footage|paperwork|job sheet|tracking)"
        r"(?: from (?:that|the) \w+)? (?:say|says|said|state|states|stated|record|recorded)",
        r"records? no (?:damage|issues?|problems?|faults?|marks?|scratches|dents?)",
        r"(?:invoice|receipt|paperwork|booking|order|form|report|map|sign|website|terms)(?: \w+)?"
        r" (?:lists?|listed|does say|did say|does state|did state|clearly (?:says?|states?))",
        r"(?:did|does) (?:say|state|show|read|include|list|mention|specify)\b",
        r"you (?:did|do) (?:get|receive|have|sign|agree|choose|book|order|pick|accept|decline"
        r"|turn)\b",
        # What the customer did themselves ("you fitted it yourself", "the reading you
        # submitted yourself"), not "you've psyched yourself up", "keep your data to
        # yourself", "so you can see every change for yourselves", "we can teach you to do
        # it yourself" or "you had to find it yourself".
        r"you(?:'ve| have)? (?:\w+ly )?(?!(?:psyched|pictured|enjoyed|treated|injured"
        r"|introduced|found|prided|braced|reminded|asked|helped|excused) )(?:\w+ed|did|made"
        r"|chose|put|set|took|brought|drove|wrote|paid|bought|sent|fitted|built|ran|cut|gave)"
        r"\b[\w ]{0,40}? yoursel(?:f|ves)",
        r"(?<!this )(?:an? |the )?(?:announcements?|notices?|warnings?|e-?mails?|texts?|messages?"
        r"|signs?)"
        r" (?:was|were) (?:made|sent|given|posted|displayed|shown|put up)",
        # "should have told you" concedes a failure whoever the subject ("our crew should
        # have told you"), so only would/will/must assert that the customer was told.
        r"(?<!we )(?<!i )(?:would|will|must)(?: have|'ve) (?:told|shown|explained|sent"
        r"|informed|mentioned|reminded)(?: \w+)? you",
        # "given you a receipt", not "the shock this must have given you" (feeling with them).
        r"(?<!we )(?<!i )(?:would|will|must)(?: have|'ve) given(?: \w+)? you(?= \w)",
        # Likely-your-fault explanations.
        r"(?:it's|it is|it was|that's|that is) (?:more |most |far more |much more )?likely"
        r" (?:that )?(?:the|your|you|it|he|she|they)",
        r"(?:almost always|usually|typically|most likely|probably|nearly always|generally)"
        r" (?:down to|caused by|due to|from|the result of|because)",
        r"(?:must|would|will)(?: have|'ve) (?:happened|been there|occurred|started)(?: [\w-]+){0,4}"
        r" (?:when|before|while|after) (?:you|we)\b",
        r"there (?:was|would have been) (?:really |honestly |actually )?no need"
        r"|you (?:didn't|did not|never) (?:really )?need(?:ed)? to",
        r"have a think|ask yourself|think about whether",
        r"(?:it's|it is|what) a (?:shame|pity) (?:that )?you",
        r"if you(?:'d| had) (?:[\w'-]+ ){0,4}?(?:we|i|it|they|our [\w-]+|the [\w-]+)(?:'d"
        r"| would| could)(?:n't| not)?(?: have|'ve)",
        # Defending staff, decisions and rules.
        r"(?:was|were) (?:the|exactly the) (?:correct|right|proper|safe|safest|sensible)"
        r" (?:thing|call|decision|choice|procedure|course)",
        r"(?:was|is) (?:an? )?(?:honest|fair|accurate|genuine|correct|reasonable) (?:assessment"
        r"|answer|reply|response|comment|explanation|advice)",
        r"(?:have|has) (?:decades|years|\d+ years) of (?:experience|training)",
        r"(?:all|fully|properly|always) trained to",
        r"(?:we|i) (?:always|do|usually|generally|strongly|would always) (?:advise|recommend"
        r"|suggest|ask|remind|tell)",
        r"(?:that's|that is|which is) exactly why",
        r"(?:are|is|were|was) designed to",
        r"(?:our|the|we|he|she|they)(?: [\w-]+)? actually (?:visited|called|came|went|arrived"
        r"|delivered|sent|did|rang|phoned|e-?mailed|replied|responded|told|offered|checked"
        r"|fixed|gave)",
        r"(?:so|which means) (?:it|that|this|you|they|he|she) (?:hasn't|hadn't|wasn't|isn't"
        r"|weren't|aren't|didn't|haven't) (?:been|actually)",
    ]
)
