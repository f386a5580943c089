"""The phrase families the `excuses` check looks for, kept apart from its logic.

Idioms of blame and minimising, circumstances offered as reasons, the culprits replies
blame (third parties, systems, staffing, demand) and the idioms of dodging. The cause
connectives that join a culprit to the failure are in `excuses_causes`.
"""

from __future__ import annotations

from assistant.checks.patterns import phrases

#: Excuses whatever the sentence around them says.
IDIOMS = phrases(
    [
        r"(?:circumstances|reasons|factors|events) (?:that (?:are|were) )?(?:beyond|outside"
        r"|out of) (?:our|my) (?:control|hands)",
        r"(?:beyond|outside|out of) (?:our|my) (?:control|hands)",
        r"(?:we|i) (?:have|had|'ve got) (?:no|little) (?:control|say) over",
        r"(?:there's|there is) only so much (?:we|i|anyone|one) can do",
        # Round-25 wordings: the outcome was bound to happen, or someone's bad day.
        r"no matter how (?:careful|hard|much care)",
        r"rather than anything (?:we|i|our [\w ]{1,20}?) did",
        r"(?:was|were) having a (?:rough|bad|hard|tough|long) (?:afternoon|day|morning|evening"
        r"|night|week|shift)",
        r"(?:had )?(?:just )?dealt with an? (?:very |really )?(?:difficult|rude|aggressive"
        r"|demanding) customer",
        r"(?:garments|items|orders|parcels|bags|pairs) (?:inevitably|will inevitably)",
        r"with (?:that|this) (?:sort|kind|amount|level) of (?:volume|demand)",
        r"(?:can't|cannot|can not) (?:possibly )?check every (?:individual |single )?(?:label|item"
        r"|bag|garment|order)",
        r"(?:it's|it has) been (?:pouring|bucketing|chucking it down)",
        r"(?:nothing|clothes|washing|laundry) (?:dries|dry) (?:properly )?in (?:this|the)"
        r" (?:humidity|weather|rain|damp)",
        r"(?:it|this|that)(?:(?:'s| is| was)(?: really| entirely| strictly)* not|n't|wasn't"
        r"| isn't| was not| is not)(?: really| entirely| strictly)* (?:our|my) fault",
        r"not (?:our|my) fault",
        r"(?:not|wasn't|isn't) (?:down to|on) us",
        r"(?:short|under)[- ]?staffed",
        r"staff(?:ing)? (?:shortages?|issues|problems)",
        r"(?:short|lack) of staff",
        # Not "new starter places", "new starter classes".
        # Nor the customer's own: "in good time for your new starter".
        r"(?<!your )(?<!their )"
        r"new (?:staff|starters?|team members?|employees?|hires?|trainees?)(?! (?:places?"
        r"|class(?:es)?|lessons?|courses?|packs?|kits?|sessions?|groups?|motors?)\b)",
        r"(?:still )?(?:in|during) training",
        # Not the fix: "I've gone through the new process with every member of the team".
        r"(?<!through )(?<!introduced )(?<!added )"
        r"(?:a|our|the) new (?:system|software|platform|till|website|process)",
        r"teething (?:problems|issues)",
        r"(?:really |very |extremely |incredibly |unusually |exceptionally )?busy"
        r" (?:night|period|day|weekend|evening|shift|time|season|week|spell)",
        r"(?:we were|we've been|we have been|it was|it's been|things were)"
        r" (?:really |very |extremely |incredibly |so |unusually )?(?:busy|slammed|swamped|rushed)",
        r"(?:high|higher than (?:usual|normal|expected)|unprecedented|huge|record|heavy|increased)"
        r" (?:demand|volumes?(?: of \w+)?|call volumes?|order volumes?)",
        r"(?:volume|number) of (?:orders|calls|enquiries|requests|customers|bookings)",
        r"(?:these|such) things (?:happen|can happen)",
        r"(?:mistakes|errors|delays|problems|issues) (?:happen|can happen|do happen)",
        # "It can happen to anyone", not "it should never happen to anyone".
        r"(?<!never )(?<!not )(?<!doesn't )(?<!won't )(?:happens?|happened|get damaged|go wrong)"
        r" (?:occasionally"
        r"|from time to time"
        r"|sometimes|now and then|to everyone|to anyone|to anybody)"
        # Not when the sentence goes on to own it: "... and our system should be catching it".
        r"(?![^.]*\bshould (?:have|be|not|never)\b)",
        r"(?<!why )(?<!how )(?:these|such|things|mistakes|errors|delays|accidents|problems"
        r"|issues|it|this|that|damage|breakages?) (?:do|does|can|will) (?:sometimes"
        r" |occasionally |still )?(?:happen|occur|get damaged|go wrong)",
        r"(?:it|this|that|these things|mistakes) (?:happens?|happened) (?:to (?:the )?best of us"
        r"|sometimes|occasionally)(?![^.]*\bshould (?:have|be|not|never)\b)",
        r"(?:(?:very|extremely|incredibly|quite) )?rare (?:for (?:us|this)|occurrence|thing)"
        r"|(?:this|it|that) (?:is|was|'s) (?:very |extremely |incredibly |quite )?rare",
        r"(?:very |extremely |incredibly |quite )?rarely (?:happens?|get|goes)",
        r"(?:not|no(?:-| )one's|nobody's|no one's|isn't anyone's|wasn't anyone's) (?:anyone's )?"
        r"fault",
        r"(?:couldn't|could not|can't|cannot) (?:have been|be) (?:avoided|prevented|foreseen"
        r"|helped)",
        r"(?:unavoidable|unforeseen|unforeseeable|unexpected|exceptional|extraordinary)"
        r" (?:circumstances|events|delays?|issues|problems|situation)",
        r"(?:(?:out|outside) of|beyond) (?:our|my|anyone's) (?:control|hands|remit)",
        r"(?:there was|there's) (?:nothing|little|not much) (?:we|i|anyone) (?:could|can)"
        r"(?: have)? do(?:ne)?",
        r"(?:nothing|little|not much) (?:we|i|anyone) (?:could|can) (?:have )?(?:done|do)"
        r"(?: about (?:it|that|this))?",
        r"(?:the )?(?:problem|issue|fault|error|delay) (?:was|is|lies|lay) (?:on|at|with)"
        r" (?:their|the \w+'s|the \w+) (?:end|side)",
        r"on (?:their|its|the \w+'s) (?:end|side)",
        r"(?:the|our|their) \w+ let us down",
        r"a small (?:number|proportion|percentage) (?:of \w+ )?(?:do|will|can|get)",
        r"(?:are|is) (?:very |extremely )?(?:fragile|delicate)",
        r"(?:nothing|not much|little) (?:we|i|anyone|our [\w ]{0,20}?team) (?:could|can)"
        r" (?:do|have done)",
        r"(?:wasn't|was not|isn't|is not) (?:much|a lot|anything) (?:we|i|anyone|our [\w ]{0,20}"
        r"?team) could (?:do|have done)",
        r"(?:wasn't|isn't|is not|was not|not) (?:really )?something (?:we|anyone) (?:could|can)"
        r"(?: have)? (?:prevent|control|avoid|help|foresee)\w*",
        r"(?:wasn't|isn't|is not|was not|not) (?:really |entirely )?(?:something )?(?:on|at|from)"
        r" our (?:side|end)",
        r"(?:hands|hands were|hands are) tied",
        r"(?:isn't|is not|wasn't|was not|not) (?:really )?(?:our|my|the [\w ]{1,20}?'s) (?:decision"
        r"|choice|call|doing|policy)",
        r"(?:isn't|is not|wasn't|was not|not) (?:really )?something (?:we|i|the [\w ]{1,25}?)"
        r" (?:chose|decided|can|could|control|set)(?: \w+)?",
        r"(?:not something we can|we can't|we cannot|nothing we can) (?:\w+ ){0,3}?from our"
        r" (?:side|end)",
        r"forced (?:on|upon) us|imposed (?:on us|by)|(?:we|i) had no (?:real )?(?:choice|option"
        r"|alternative)",
        r"(?:required|mandated|dictated|decided|set|controlled|imposed) (?:centrally|by (?:the"
        r" |our )?(?:regulator|law|head office|government|hmrc|fca|ofcom|council|insurers?"
        r"|landlord|franchisor|group|parent company))",
        r"(?:let down|caught out|in the dark) (?:too|as well)",
        r"(?:added|applied|set|generated|triggered|charged|issued|sent|done|calculated)"
        r" (?:automatically )?by (?:our|the)(?: [\w-]+){0,2} (?:system|software|computer"
        r"|algorithm|platform|app)",
        r"perfect storm",
        r"(?:were|was|are|is|been|being|we're|they're|i'm|i was)(?: \w+)? under (?:a lot of |real"
        r" |huge |enormous |a great deal of |extra )?pressure",
        # Structures: a cause handed to someone else, luck, or the customer's patience.
        r"(?:wasn't|isn't|was not|is not|not|never) (?:really |entirely |fully )?in (?:our|my)"
        r" (?:hands|gift|control)",
        r"(?:it's|it is|it was|that's|that was|they're|this is|this was|are|is|was|were)"
        r" (?:really |all |entirely |purely |largely )?(?:down to|on) (?:him|her|them|the \w+"
        r"(?: \w+)?'s? (?:end|side|team))\b",
        r"(?:their|his|her|the [\w-]+'s) (?:error|mistake|fault|doing)(?:,? (?:rather than|not)"
        r" (?:ours|us|mine))?",
        r"(?:rather than (?:ours|us)|not ours)\b(?=[.!,;]|$)",
        r"(?:left|leaves|leave|leaving) (?:us|me) (?:with )?(?:no|little) (?:choice|option"
        r"|alternative)",
        r"(?:i'm|i am|we're|we are) sure you(?:'ll| will| can| would)? (?:understand|appreciate)"
        r"|(?:i|we) (?:hope|trust) you (?:can |will |'ll )?(?:understand|appreciate)",
        r"(?:unlucky|bad luck|a fluke|hit and miss|hit-and-miss|luck of the draw)",
        r"(?:a|the|national|global|nationwide|countrywide|industry-wide|local)(?: [\w-]+){0,2}"
        r" shortages?",
        r"(?:nobody|no one|no-one|anyone|no(?: [\w-]+){1,2}) could(?:n't)? (?:realistically )?"
        r"have (?:foreseen|predicted|prevented|known|avoided|stopped)",
        r"(?:most|many|lots of)(?: [\w-]+)? (?:people|buyers|sellers|customers|clients|guests"
        r"|members|patients|owners|users|passengers|shoppers|diners) (?:don't|do not|never|rarely"
        r"|won't|can't|aren't)",
        r"(?:affected|hit|happened to|happens to) (?:many|lots of|a lot of|plenty of|other|all"
        r" our)(?: [\w-]+)?,? not (?:just|only) you",
        r"(?:[\w-]+(?:'s|s')|was|were|is|it's) (?:[\w-]+ )?first (?:week|day|shift|month"
        r"|weekend)\b",
        r"(?:called|phoned|went|were|was|been) (?:in |off )?sick|sickness|staff absences?",
        r"(?:one of )?(?:our|the) busiest \w+",
        r"(?:volumes?|demand|numbers) (?:have|has|had) been (?:very |really |extremely |unusually"
        r" |exceptionally |so )?(?:high|heavy)",
        r"(?:swamped|inundated|overwhelmed|snowed under|stretched thin)|(?:was|were|been) flat out",
        r"(?:right |all )?across the (?:\w+ )?industry|industry[- ]wide|every (?:retailer|company"
        r"|business|restaurant|shop|bank) (?:has|is|does)",
        r"(?:it|that|this)(?:'ll| will| must| would)? have been (?:the|your|their) [\w']+",
        r"(?:it|that|this) (?:was|is) (?:probably|likely|most likely) (?:the|your|their) \w+",
        r"(?:an? )?(?:isolated|one-off|rare) (?:incident|occurrence|case|event)",
        r"(?:supply chain|global|stock|industry-wide|worldwide) (?:issues|problems|shortages?"
        r"|disruption|delays)",
        r"(?:held|stuck|delayed) (?:up )?(?:at|in) (?:customs|the port|transit|the depot)",
        r"(?:human|clerical|admin|administrative|computer|technical|system) (?:error|glitch)",
        r"(?:road ?works|traffic(?: jams?)?(?! lights?)|road closures?"
        r"|an? (?:accident|breakdown) on the \w+)",
        # Circumstances and minimising, written as structures rather than stock phrases.
        r"(?:are|is|were|was) (?:always |often )?(?:chaos|chaotic|mad|manic|hectic|crazy|mayhem)",
        r"(?:are|is|were|was) (?:very |extremely |incredibly |quite |really )?rare\b",
        # "It was a one-off", not "we'll refund it as a one-off".
        r"(?<!as )(?<!been )(?:a|genuine|genuinely a) one-off",
        r"(?:nobody|no one|no-one|anyone|we) could(?:n't)? have (?:foreseen|predicted|prevented"
        r"|known|avoided|seen (?:it|this|that) coming)",
        r"(?:can't|cannot|couldn't|could not|don't|do not) control",
        r"(?:sudden|unexpected|unusual) (?:demand|surge|rush|spike|influx)",
        r"went viral",
        # Not the customer's move: "the last thing you need while settling in".
        r"(?:finding (?:its|their|our) feet|learning the ropes|bedding in"
        r"|(?<!while )(?<!you're )(?<!you are )settling in)",
        r"(?:were|was|are|is|went|go|going) on strike",
        r"(?:dropping|dropped|drops|pulled|pulling) out (?:at the last minute|on us|last minute)",
        r"before (?:it|they|the [\w ]{1,20}?) (?:ever )?(?:reached|got to|arrived at|came to)"
        r" (?:us|our)",
        # "It wasn't an error on our side" denies; "it wasn't logged properly on our side" owns.
        r"(?:wasn't|isn't|was not|is not|weren't|were not)(?! \w+(?:ed|en)\b)(?: [\w-]+){0,2}"
        r" (?:on|at|from) our"
        r" (?:side|end)",
        r"(?:wasn't|isn't|was not|is not) something (?:we|anyone|our [\w ]{0,20}?team|they|i)"
        r" (?:could|can)(?: have)? (?:prevent|control|avoid|help|foresee|fix)\w*",
        r"who (?:has|have|'s) (?:since )?left",
        # Not when it is owned at once: "wasn't logged properly on our side".
        r"(?:weren't|wasn't|were not|was not|never got|never were|never was) (?:passed on"
        r"|registered|actioned|logged|forwarded)(?!(?: \w+)? (?:on|at) our (?:side|end)\b)",
        r"(?:was|were|got|had been) (?:mis-\w+ed|mis(?:sorted|routed|directed|labell?ed|picked"
        r"|placed|read|handled|delivered|addressed)|held in a queue|lost (?:at|in) (?:the )?\w+)",
        r"(?:the|a|an|our|their|some)(?: [\w'-]+){0,3} (?:didn't|did not|failed to|doesn't"
        r"|does not) (?:register|record|come through|get through|pass (?:it|them|this) on)",
    ]
)

#: Owner-reply circumstances: a busy or short-handed day, an off day, a new or stand-in
#: worker, a family emergency, kit or a supplier that failed, the small size of the business,
#: and "so ..." clauses that hand the failure to those circumstances.
CIRCUMSTANCES = phrases(
    [
        r"(?:are|is|were|was|we're|it's|get|gets)(?: always| often| completely| totally)?"
        r" (?:rammed|packed out|heaving|chock-a-block|fully booked(?: back to back)?)",
        r"(?:an?|one) (?:bad |off )day|one of those days|(?:an? |one )?off day",
        r"happens? to the best(?: of us)?",
        r"family emergency|(?:was|were|been) off (?:with|sick|ill|that|on)\b",
        r"(?:were|was|'re|are|being|we're)(?: \w+)? (?:a|one|two|three|four|five|several)"
        r" (?!bit\b|little\b|lot\b)[\w-]+ (?:down|short)\b(?! (?:to|the|on|of)\b)",
        r"(?:\w+ )?(?:first|second|third) (?:week|day|shift|month|weekend|wedding|job)"
        r" (?:with us|on (?:her|his|their) own|in the job)\b",
        r"(?:only|just) (?:her|his|their|its|our) (?:first|second|third) (?:week|day|shift"
        r"|month|weekend)",
        r"learning curve",
        r"(?:was|were|is|are) covering(?: for)?|(?:trainee|junior|stand-in|temp|locum)"
        r" (?:was |were )?(?:covering|in charge|on)",
        r"(?:playing|played|acting|acted) up|on the blink|(?:glitched|glitching|froze|crashed)"
        r"(?: and)?",
        r"(?:cancelled|dropped out|pulled out|let us down) (?:at )?(?:the )?last[- ]minute",
        r"(?:was|were|been) (?:working|running|rushing|rushed|run) (?:flat out|off (?:our|their"
        r"|his|her) feet)",
        # Not the fix: "so the faulty part is properly replaced".
        r"(?:faulty|bad|dodgy|defective|wrong) (?:batch|delivery|shipment|grade|stock|parts?"
        r"|consignment)(?! (?:is|are|will be|gets?|has been|have been)(?: \w+)? (?:replaced"
        r"|fixed|repaired|swapped|removed)\b)",
        r"(?:sent|gave|supplied|delivered|sold) us (?:the |a )?(?:wrong|faulty|bad|damaged"
        r"|defective)",
        r"(?:hadn't|had not|never|didn't|did not) (?:delivered|arrived|turned up|shown up"
        r"|showed up|come in(?! for\b))",
        r"(?:the|our)(?: [\w-]+)? previous (?:owners?|tenants?|occupants?|management|landlord)"
        r"|previous (?:owner|tenant|occupant)'s",
        r"as a (?:small|tiny|little|family-run|family|independent|one-man|one-woman)(?: [\w-]+)?"
        r" (?:team|business|company|shop|firm|b&b|outfit|operation)(?:,)? we(?:'re|'ve| are"
        r"| have| just| only| simply)? (?:can't|cannot|don't|do not|didn't|couldn't|rely|only"
        r"|just|had no|have no|have to)",
        r"(?:notoriously|famously|naturally|inherently) (?:delicate|fragile|difficult|tricky"
        r"|temperamental|unpredictable)",
        r"(?:affected|hit|hammered|battered) [\w-]+(?: [\w-]+)? (?:everywhere|across the"
        r"(?: whole)? \w+|all over)",
        r"(?:hammered|battered|wiped out|scorched)",
        r"(?:sadly |really |very )?(?:hard|difficult|impossible) to (?:avoid|prevent|help)",
        r"did (?:their|his|her|our) best with what (?:they|he|she|we) had",
        r"so (?:we|the|our|he|she|they|it|a few|some|a couple)(?: [\w'-]+){0,3}? (?:couldn't"
        r"|could not|didn't|did not|wasn't able to|weren't able to|was unable to|were unable to"
        r"|hadn't|had not) (?:yet )?(?:see|know|cover|cope|get|make|keep|check|spot|notice"
        r"|finish|reach|call|find)",
        r"so (?:we|the|our|he|she|they|it)(?: [\w-]+){0,3}? (?:was|were|got|fell|ended up"
        r"|ran) (?:\w+ )?(?:behind|overloaded|overwhelmed|stretched|short)",
    ]
)

#: Parties and forces a reply might blame; only an excuse with a cause word nearby.
CULPRITS = phrases(
    [
        # Not a place passed through: "a second scan before bags leave the depot".
        r"(?<!\bleave )(?<!\bleaves )(?<!\bleaving )"
        r"(?:the|our|their|a|an|your)(?: [\w-]+){0,2}? (?:third[- ]party )?(?:couriers?|delivery"
        r" (?:partners?|company|companies|firm|service|provider)|carriers?|suppliers?"
        r"|manufacturers?|makers?|vendors?|warehouse|depot|logistics (?:partner|provider|company)"
        r"|contractors?|partners?|providers?|drivers?|kitchen|bank|postal service|post office"
        r"|distributors?|factory(?! (?:fade|finish|settings?|seals?|defaults?|reset|new)\b)"
        r"|factories|card machine|shop|store|retailer|app store)",
        r"(?:royal mail|dpd|evri|hermes|ups|fedex|dhl|yodel|usps|parcelforce)",
        r"(?:the|bad|poor|severe|adverse|extreme) weather(?: conditions)?",
        r"(?:the )?(?:snow|storms?|flooding|heatwave|strikes?)",
        r"(?:the|a|an|our)(?: [\w-]+){0,2}? (?:system|software|it|technical|hosting|server|cloud)"
        r" (?:glitch|error|outage|issue|fault|problem|failure|bug)s?",
        r"(?:a|an|the) (?:outage|glitch|bug|fault)",
        r"(?:a|an|the)(?: [\w-]+){1,3} (?:fault|failure|outage|glitch|bug)s?(?= (?:at|in|on|caused"
        r"|meant|led|which))",
        # Not where a thing is kept: "switched to Platinum in our system".
        r"(?<!\bin )(?<!\bon )(?<!\binto )(?<!\bfrom )(?:the|our)(?: new)? (?:systems?|software"
        r"|till|computers?)",
        r"new (?:[\w-]+ )?(?:system|software|platform|till|website|process|app|provider"
        r"|supplier|courier|contractor)s?",
        r"(?:the )?(?:holiday|christmas|festive|summer|january|black friday|lunchtime|lunch"
        r"|dinner|weekend|morning|evening) (?:rush|period|season|peak|sales?)",
        # Third parties.
        r"(?:the|our|their|a|an)(?: [\w-]+){0,2}? (?:airport|air traffic control|airline|landlord"
        r"|council(?! (?:permit|licen[cs]e|approval|consent)\b)|head office|laboratory|lab"
        r"|franchisee|agency|subcontractors?|installers?"
        r"|fitters?|engineers? from|haulier|freight (?:company|partner)|payment (?:provider"
        r"|processor)|network provider|energy supplier|post(?:al)? (?:service|strike)"
        r"|mail ?room|sorting office|fulfil?ment (?:centre|center|partner))",
        # Systems.
        r"(?<!\bin )(?<!\bon )(?:the|our|a|an)(?: [\w-]+){0,2}? (?:app|website|site|server"
        r"|servers|platform"
        r"|database|booking system|payment system|phone lines?|network|it systems?|update"
        r"|upgrade|migration|maintenance)(?= (?:was|were|went|had|has|have|crashed|failed"
        r"|broke|is|are|kept|didn't|did not|couldn't|being))",
        r"(?:server|system|software|platform|database|it|network|app|website)"
        r" (?:migration|upgrade|update|maintenance|outage|failure|crash|change)s?",
        r"(?:a|an|the|some)(?: [\w-]+)? (?:technical|system|it|computer|software|IT)"
        r" (?:issues?|problems?|difficult(?:y|ies)|hitch|fault|glitch(?:es)?|errors?)",
        # Staffing, demand and volume, weather, circumstances.
        r"(?:staff(?:ing)?|staff) (?:shortages?|levels|sickness|absences?|changes|turnover)",
        r"(?:new|temporary|agency|seasonal|inexperienced|junior) (?:staff|starters?(?! motors?\b)"
        r"|colleagues?"
        r"|team members?|employees?|hires?|workers?|drivers?|chefs?|baristas?)",
        r"(?:(?:the|an?) )?(?:(?:high|higher|heavy|heavier|increased|unusual|huge|record"
        r"|unprecedented|exceptional|sheer|extra) )(?:demand|volumes?|numbers|footfall|traffic"
        r"|workload|(?:number|volume) of \w+)",
        r"(?:the )?(?:demand|volumes?|workload|backlog|queues?|peak|rush)(?= (?:was|were|has"
        r"|have|had|is|are)\b)",
        r"(?<!small )(?:the )?(?:sale|sales|promotion|launch|peak (?:period|season|time)"
        r"|busy (?:period"
        r"|season|spell|time))"
        # Not "sale or not", "the sales call", "our sales manager".
        r"(?! (?:or not|calls?|manager|team|reps?|staff|person|assistant|advis\w+|department)\b)",
        # Not where the customer stood: "a miserable wait in the rain".
        r"(?<!\bin )(?:the|bad|poor|severe|adverse|extreme|heavy|icy|freezing|wet|high) (?:rain"
        r"|winds?|fog|ice|frost|snowfall|conditions|storms?)",
        r"(?:the )?(?:pandemic|covid(?:-19)?|coronavirus|lockdown)",
        r"(?:the )?(?:circumstances|situation|events) (?:on the day|that day|at the time)",
        r"hmrc|the regulator|the fca|ofcom|the government|the council|head office|the (?:couple"
        r"|client|organiser|bride|groom|host)'s (?:own )?\w+|(?:their|the) (?:own )?(?:wedding"
        r"|event) planner|(?:our|the) (?:fabric )?mill|(?:the )?(?:receiving|sending|other)"
        r" bank|(?:our|the)(?: [\w-]+)? (?:hosting|energy|fuel|shipping|raw material|supplier"
        r"|wholesale|bean|ingredient|staff|labou?r) (?:costs|prices|bills|rates)"
        r"|(?:coffee|bean|fuel|energy|food|ingredient|wholesale) prices|poor harvests?",
        # Culprits that need no article.
        r"air traffic control(?: restrictions| delays| strikes?)?|(?:industrial|strike) action"
        r"|staff shortages?|technical (?:issues|problems|difficulties|faults?)"
        # Not the product: "our rain pants", "snow boots".
        r"|(?:bad|severe|adverse|extreme|poor) weather"
        r"|(?<!\bin the )(?<!\bin )(?:heavy )?(?:snow|fog|ice|rain|flooding)"
        r"(?! (?:pants|trousers|jackets?|coats?|covers?|boots|gear|suits?|macs?|capes?)\b)"
        r"|(?:supply|parts?|stock) (?:issues|problems|shortages?|delays)",
        r"(?:a|an|the|our) separate(?: [\w-]+){0,2} (?:company|firm|business|provider|team"
        r"|department|organisation|organization|contractor)",
        r"(?:the|our|their)(?: [\w-]+)? (?:control room|control centre|dispatch(?:ers)?|bureau"
        r"|operations centre|call centre)",
        r"(?:manufacturers|suppliers|couriers|carriers|wholesalers|insurers|airlines)",
        r"openreach|the card network|the payment network|the (?:mobile )?network provider",
        r"(?:other|a large|the previous|noisy|a noisy|a late|the late|a busy) (?:guests|group"
        r"|party|passengers|diners|tenants|occupants|flight|aircraft|delivery|deliveries"
        r"|booking|coach party)",
        r"(?:a|an|the) (?:third[- ]party|external|outside) (?:\w+ )?(?:company|firm|service"
        r"|provider|partner|supplier|contractor|integration|system|team)",
    ]
)

#: The idioms of dodging that remain excuses even when the business was not at fault:
#: naming a real cause is then the truth, but disowning the decision is not.
DODGES = phrases(
    [
        r"(?:beyond|outside(?: of)?) (?:our|my|the company's) control",
        r"forced (?:on|upon) us",
        r"(?:we|i) (?:had|have|were left with|was left with) no (?:real |other )?(?:choice|option)",
        r"(?:my|our) hands are tied",
        r"nothing (?:i|we) can do anything about",
        r"(?:it's|it is|this is|that's|that is) not (?:our|my) fault",
        r"(?:isn't|is not|wasn't|was not) (?:our|my) fault",
        r"head office(?: policy)? (?:doesn't|does not|won't|will not|says|decides|sets)",
    ]
)
