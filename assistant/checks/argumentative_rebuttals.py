"""Rebuttals for the `argumentative` check: records, doubt, policy lectures, comparisons.

The second half of the phrase families in `argumentative_phrases` (kept apart so each file
reads in one sitting): what a reply says against the customer's account rather than about
their behaviour. Plain regex fragments; `argumentative_phrases.ARGUING` compiles them with
the rest.
"""

from __future__ import annotations

REBUTTALS: list[str] = [
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
    # A routine as evidence ("we check every box"), not a fix ("we now scan every box",
    # "we'll check every order") nor what cannot be done ("we can't check every bag").
    r"(?<!now )(?<!'ll )(?<!will )(?<!can't )(?<!cannot )(?<!to )(?<!can )"
    r"(?:check|checks|inspect|inspects|scan|scans|test|tests) every (?:item|piece|order|parcel"
    r"|ball|product|delivery|bag|dish|meal|box|unit)",
    # Winning by comparison ("preorder like everyone else does", "everyone else managed"),
    # not the people around them ("while everyone else had a proper meal", "disturbs
    # everyone else").
    r"(?:like|unlike|same as|just as) (?:everyone|everybody) else",
    r"(?:everyone|everybody) else (?:manages|managed|seems|seemed|finds|found|knows|knew"
    r"|understands|understood|copes|coped|(?:is|was|were) able|has no|had no|did fine"
    r"|does fine|follows|followed|read|reads|remembered|remembers)\b",
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
    # Not the feeling: "I know that can't have been easy".
    r"(?:can't|cannot|couldn't|could not) (?:possibly )?have (?:been(?! (?:easy|nice|fun|much fun"
    r"|pleasant|comfortable|a nice|a pleasant|great|good)\b)|happened|come"
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
    # A denial, not a wish: "we'd never want that to happen to you".
    r"(?:we|our (?:staff|team|drivers?|crew))(?: would|'d) never(?! (?:want|wish)\b)",
    r"(?:there's|there is|there was) no (?:way|chance) (?:that|this|it|our|we)",
    r"(?:was|were|is|are) (?:entirely |completely |perfectly )?(?:within|in line with)"
    r" (?:our|the) (?:guidelines|policy|rules|terms|procedures?|standards)",
    r"(?:was|were|is|are|been) (?:correctly|rightly|properly|legitimately|validly|fairly)"
    r" (?:charged|applied|taken|declined|blocked|cancelled|issued|calculated|billed|refused)",
    # Not agreeing with theirs: "your figure is right".
    r"(?<!your )(?:charge|fee|price|amount|bill|decline|block|figure|fine|penalty)s?"
    r" (?:is|was|are|were)"
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
    # Rebuttals from round 31 (2026-11-28): "let me guess, hot wash?", "that's just how paper
    # works", "nobody 'ripped you off'", a bare "Check again.", "if you compare other art
    # shops you'll find ...", "it was most likely overloaded".
    r"let me guess\b",
    r"(?:that's|that is|it's|it is) (?:just|simply) how (?:\w+ ){0,3}(?:works?|is|are|goes)\b",
    r"(?:nobody|no one|no-one) ['\"]?(?:ripped you off|scammed you|conned you|robbed you)['\"]?",
    r"(?:^|(?<=[.!?] ))check again[.!]",
    r"if you compare (?:\w+ ){1,4}(?:you'll|you will) find\b",
    r"(?:was|were) (?:most likely|probably|almost certainly) (?:overloaded|overfilled|misused"
    r"|mishandled|dropped|left|put|washed|used)\b",
]
