"""The phrases `tone` fails on: sarcasm, rudeness, condescension and corporate boilerplate.

Kept apart from the check (`tone.py`) as the other phrase checks keep theirs: the list
grows with every round of labelled replies, while the check's logic does not. Each entry's
comment says which wording it was added for and what it must not match.
"""

from __future__ import annotations

from assistant.checks.argumentative_structures import READ_IT_NEXT_TIME
from assistant.checks.patterns import phrases

#: What reviewers name outright: sarcasm, rudeness and dismissal, condescension, and cold,
#: robotic boilerplate (one compiled alternation, matched on the normalised reply).
RUDE = phrases(
    [
        # Sarcasm.
        r"(?:sorry|apologies) (?:that )?(?:our|the) [\w\s,-]{0,40}(?:wasn't|weren't|isn't|aren't)"
        r" (?:good|fancy|posh|cheap|fast|perfect) enough",
        r"(?:good|fancy|posh|perfect) enough for you",
        r"(?:heaven|god) forbid",
        r"how (?:dare|terrible|awful) (?:of )?(?:us|we)",
        r"must be nice",
        r"(?:your|such) (?:high|impossible|exacting|lofty|very high) standards",
        r"(?:good luck|best of luck) (?:with that|finding|elsewhere|getting)",
        r"(?:feel free to|you're welcome to|you are welcome to) (?:shop|eat|go|take your"
        r" business|dine|stay) elsewhere",
        r"(?:enjoy|have fun) (?:shopping|eating|dining|staying) elsewhere",
        r"(?:we'll|we will) (?:try to |try and )?(?:survive|manage|cope) without",
        r"(?:sorry|apologies) (?:that )?(?:we|our \w+) (?:couldn't|didn't|failed to)"
        r" (?:live up to|meet) your (?:expectations|standards) (?:of|for) ",
        r"(?:congratulations|bravo|well done) (?:on|for) (?:leaving|writing|your (?:review"
        r"|complaint|rant|post|comment))",
        r"thanks? (?:so much |a lot )?for (?:nothing|the lecture|your (?:lovely|kind|generous)"
        r" (?:review|words|feedback))",
        r"oh (?:dear|well|really)[,.!]",
        r"(?:apparently|evidently),",
        # "Shocking, I know." mocks; "traffic was shocking" only describes.
        r"(?:newsflash|surprise surprise)|(?:^|(?<=[.!?] ))shocking[,.!]",
        r"clearly you",
        r"i guess (?:we|you|that|our)",
        r"who(?:'d| would) have thought",
        r"what a (?:surprise|shock)",
        r"quite the (?:[\w-]+ )?(?:adventure|saga|drama|story|ordeal|experience)",
        r"on the bright side",
        r"(?:^|(?<=[\s,.!]))bless (?:you|your heart)(?! for)",
        r"(?:let's|let us) (?:all )?(?:keep|stay) calm|keep calm",
        r"no need to (?:threaten|get|be|make|shout|kick up)",
        r"😉",
        r"(?:🙄|🙃|😒|🤷|😏|😅|🤦)",
        # Laughing at a complaint: "LOL... not a pillow 😂", "funny 🤔".
        r"(?:😂|🤣|🤔)",
        r"(?<!not )(?:lol|lmao|rofl)(?![\w'])",  # not "Not lol at all, and I'm sorry"
        r"funny how",
        r"who knew[?!.]",
        r"rules are rules",
        r"not sure how (?:much )?(?:clearer|else|more clearly)",
        r"(?:tricky|hard|confusing|difficult) for some (?:people|folks|customers)",
        # Rudeness and dismissal.
        r"(?:ridiculous|absurd|nonsense|pathetic|stupid|silly|idiotic|laughable"
        r"|unreasonable|outrageous|hysterical|childish|(?-i:petty)|entitled(?! to))",
        # "Lying awake" and "the fault lies with us" are no accusation; "you're entitled to"
        # is a right.
        r"(?:whining|whinging|moaning|ranting|rant|tantrum|troll(?:ing)?|liar"
        r"|lies(?! (?:with|in|on|at|behind|ahead|within|elsewhere)\b)"
        r"|lying(?! (?:awake|in|on|down|around|there|still|across|about|flat|under|by|beside"
        r"|outside|loose)\b))",
        # Not "I'll deal with it personally", "a marshal should stop the game and deal with it".
        r"(?<!not )(?<!n't )(?<!'ll )(?<!will )(?<!to )(?<!me )(?<!and )(?<!should )"
        r"(?:deal|live) with it",
        r"(?:^|(?<=[.!?] ))(?:it|stuff|that) happens[.!]",
        r"(?:thanks|thank you|cheers) for (?:nothing|the (?:sarcasm|lecture|attitude|essay|novel"
        r"|rant|abuse|insults?|tone))",
        r"(?:not|isn't|is not) (?:our|my) (?:problem|concern|responsibility)",
        r"(?:tough|hard) luck",
        r"get over it",
        r"(?:don't|do not|never) (?:come back|bother coming|return)",
        r"(?:we|I) (?:don't|do not) need (?:your|customers like)",
        r"(?<!standing )(?<!loyal )(?<!regular )(?<!valued )customers like you",
        r"(?:whatever|so what)[.!?,]",
        r"take it or leave it",
        # Dismissal in a condition or a parting shot: "if you'd bothered to look", "contact
        # support if you must", "if you want to argue about it", "enjoy it regardless".
        r"if you(?:'d| had| could| can)? (?:even )?(?:be )?bother(?:ed)?\b",
        # "If you'd read the booking confirmation, you'd know": the curt contraction; 8 of
        # the 9 tune and dev replies saying so fail tone.
        r"if you'd (?:read|looked|checked)\b[^.!?\n]{0,80}?,? you(?:'d| would)(?: have)?"
        r" (?:know|known|see|seen)\b",
        # Round-25 sneers: "if you'd care to look", "pricing is what it is", "pretty common
        # knowledge", "let's take it nice and slow".
        r"if you'd care to (?:look|read|check)\b",
        r"(?:pricing|price|it|that) is what it is\b",
        r"(?:pretty |fairly )?common knowledge\b",
        r"nice and slow(?:ly)?\b",
        # Telling the customer they are one of many: "as we've told everyone who's asked".
        r"as (?:we|i)(?:'ve| have) (?:already )?(?:told|said to|explained to) (?:everyone"
        r"|everybody|all)\b",
        r"if you (?:really )?must\b",
        r"if you (?:want|wish|'d like) to argue",
        r"(?:enjoy|hope you enjoy) (?:it|them|your [\w-]+) (?:regardless|anyway)\b",
        r"(?:out of|from) thin air",
        # Doubt and sneers: "if you genuinely have a complaint", "funny, nobody else has",
        # "we hear the 'it came like that' line often", "easy mistake to make".
        r"if you (?:really|genuinely|actually|truly|honestly) (?:want|wish|have|had|need)\b",
        r"(?:^|(?<=[.!?] )|hmm,? )funny,",
        r"we (?:hear|get) (?:that|the|this) [\w' ]{0,40}(?:line|excuse|story)\b",
        r"(?:an? |it's an? |that's an? )?easy mistake to make",
        r"(?:we're|we are|i'm|i am) not (?:a charity|here to)",
        # Condescension.
        # Not "being told to calm down", which reports how they were treated.
        r"(?<!told to )(?<!told you to )(?<!told her to )(?<!told him to )calm down",
        r"(?:can't|cannot|can not) read (?:minds|your mind)",
        r"before (?:leaving|posting|writing) (?:a|an|your) (?:one-star|1-star|bad|negative"
        r"|angry) review",
        r"even you (?:will|can|could|should|'ll|might)",
        r"customers who (?:don't|do not|can't|won't|never) (?:read|bother|check)",
        r"relax[,.!]",
        r"(?:take a |take |)deep breaths?",
        r"no need to (?:shout|get upset|be rude|use capitals)",
        r"(?:^|(?<=[.!?] ))(?:easy|simple|done|fine|sorted|noted|received)[.!]",
        # Not on the customer's side: "you're obviously over 18", "even when it's obviously you",
        # "those photos obviously mean a great deal to you"; nor at ourselves: "our briefing
        # should make that clearer than it obviously did", "we obviously got it wrong".
        r"(?<!than it )(?<!we )(?<!we've )(?<!we're )"
        r"obviously(?! (?:you|over|genuine|legit|upset|frustrat\w*|disappoint\w*|mean|means|meant"
        r"|matters?|mattered)\b)",
        r"(?:as )?any (?:reasonable|sensible|normal|intelligent) (?:person|customer|adult)",
        # Sneers from the dev rows (2026-11-28): "as anyone who reads a care label will know".
        # Not "with respect,": the dev rows that open a rebuttal with it pass tone.
        r"as anyone who|anyone familiar with",
        r"which you(?:'d| would) (?:know|have (?:known|seen|noticed))\b",
        r"(?<!helping )(?<!help )people like you\b",
        r"(?:if you|had you)(?:'d| had)? (?:actually )?listened\b",
        r"(?:it's|it is|this is|that's|it really is) (?:really |very |quite |pretty )+simple\b",
        r"you (?:still )?somehow\b",
        r"that's literally what\b",
        r"(?:in|for) future,? please\b",
        r"just because it's (?:more |a bit more )?(?:convenient|easier)\b",
        r"need (?:it|this|that) explain(?:ing|ed)|simple as that\b|judging by your\b",
        r"(?:kind of |sort of )?the whole point\b|this is exactly why (?:we|you)\b",
        r"if you(?:'d| had) (?:kept up|been on time|arrived on time)\b",
        r"see (?:it|things|this) (?:in|into) perspective|no need to panic\b",
        # Taunts from round 31 (2026-11-28): "if the place down the street is so great, go
        # there", "hire some guy off Craigslist and see how that works out", "hold your
        # horses", "it's rather the point", "a little tip for next time".
        r"(?:is|are) so (?:great|good|much better|cheap),? (?:go|use|try) (?:there|them|it)\b",
        r"and see how (?:that|it) (?:works|turns) out\b|hold your horses\b",
        r"(?:it's|that's|is|was) rather the point\b|tip for next time\b",
        r"(?:might|may) not be familiar with how\b",
        r"i'm sure (?:the|your) [\w-]+ (?:won't|will not|wouldn't) mind\b",
        r"(?:confusing|technical|a lot to take in) for (?:first-timers|beginners|newcomers)"
        r"|(?:most|many) first-timers\b",
        r"simply (?:read|follow|check|look at|click|scroll)",
        r"you (?:simply|just) (?:need|have|had) to",
        r"it's not (?:rocket science|that hard|difficult|complicated)",
        r"(?:common|basic) sense",
        r"let me (?:be clear|explain (?:this|again)|make this clear)",
        r"as i (?:said|explained|told you)",
        # Exasperation: "as I've explained to you on the phone twice now".
        r"as (?:i|we)(?:'ve| have) (?:already )?(?:explained|said|told you|mentioned)"
        r"(?: [\w-]+){0,5}? (?:twice|three times|several times|more than once|repeatedly)",
        r"(?:i'm|we're|i am|we are) sure you (?:understand|can appreciate|know)",
        # Pet names talk down to a customer; "mate" and "hun" are only friendly UK and
        # salon register ("Sorry hun, DM us"), so they count only when they scold.
        # Not the thing: "premium has 4 teas plus a honey, which your box had".
        r"(?<!a )(?<!some )(?:sweetie|sweetheart|honey|darling|buddy|pal)[,.!]",
        r"(?:listen|look|ok|okay|right|well|now|alright|calm down),? (?:mate|hun|dear)[,.!]",
        r"(?:in|for) future,? (?:please )?(?:make sure|remember|read|check)",
        r"next time,? (?:please )?(?:make sure|remember|read|check|try)",
        READ_IT_NEXT_TIME,
        r"maybe (?:check|have a look|read|try|look at|take a look)",
        # Advice on what the customer should have done: "maybe keep a closer eye", "perhaps
        # pace yourselves".
        r"(?:maybe|perhaps) (?:keep (?:a closer|an) eye|pace yourself|pace yourselves|plan ahead"
        r"|arrive earlier|be quicker|double-?check(?:ing)?|read up)",
        r"(?:perhaps|maybe) (?:have|give (?:it|them)|take) a (?:read|look)",
        r"(?:perhaps|maybe) (?:it's|it is|it'd be|it would be|it might be) worth (?:[\w-]+ ){0,2}"
        r"(?:another |a second |a closer )?(?:look|read|re-?read)",
        r"(?:read|reading|check|checking) (?:the |our |your |product )?(?:[\w-]+ )?(?:descriptions?"
        r"|listings?|labels?|instructions|details|terms|menu|signs?|documents?|paperwork|policy"
        r"|contract|small print|e-?mails?) (?:more )?(?:carefully|properly|thoroughly)",
        r"we (?:note|have noted|acknowledge) your (?:comments|feedback|complaint|concerns)",
        r"(?:we|i) (?:do )?(?:hope|trust) you(?: will|'ll| can) understand",
        # Not the business: "we are waiting on them like everyone else".
        r"(?<!them )(?<!us )like everyone else(?: does| did| has to| had to| manages)?",
        r"anyone (?:in the (?:industry|trade|business)|who knows \w+) (?:would|will|could)"
        r" (?:tell|say)",
        # "It takes 30 seconds", "if you'd checked the screen properly": it was easy, you failed.
        r"takes (?:about |just |only |literally |all of )?(?:\d+|a few|ten|five|thirty|two)"
        r" (?:seconds|minutes)",
        r"you(?:'d| had| didn't| did not| hadn't| haven't)? (?:checked|read|looked at|followed"
        r"|used) (?:[\w-]+ ){0,3}properly",
        r"before (?:posting|leaving|writing) (?:a |your |any |more )?(?:reviews?|again|comments?"
        r"|posts?)",
        r"(?:find|found) (?:your|this|that|the) (?:claim|story|account|review|complaint)"
        r" (?:very |extremely |rather |quite )?(?:hard|difficult) to believe",
        # Cold, robotic boilerplate.
        r"your (?:feedback|call|business|opinion|custom|satisfaction) is (?:very |extremely )?"
        r"(?:important|valuable) to us",
        r"dear (?:valued )?(?:customer|guest|client|sir(?: or|/) madam|sir|madam)",
        r"valued (?:customer|guest|client)",
        r"(?:we|i) (?:apologi[sz]e|are sorry|am sorry) for any (?:inconvenience|trouble)"
        r"(?: (?:this|that) (?:may|might) have caused)?",
        r"please be (?:advised|informed|aware)",
        r"kindly (?:be )?(?:note|advised|informed)",
        r"(?:we|i) regret to inform",
        r"(?:this|the) (?:matter|issue|complaint) (?:has been|will be) (?:noted|logged|escalated"
        r" (?:accordingly|to the relevant department))",
        r"(?:the )?relevant (?:department|team|party)",
        r"(?:your|the) (?:case|ticket|query|request|matter) (?:has been|is being|will be) "
        r"(?:logged|progressed|processed|actioned)",
        r"in due course",
        r"(?:we|i) (?:acknowledge|confirm) (?:receipt|your (?:complaint|comments))",
        r"(?:your|the) (?:complaint|comments?|feedback) (?:has|have) been (?:noted|received"
        r" and noted|logged|passed on)",
        r"(?:we|i) (?:thank you for|appreciate) your (?:feedback|comments)\.? (?:it|this|they)"
        r" will be (?:taken into account|considered|reviewed)",
        r"we pride ourselves",
        r"(?:customer satisfaction|your satisfaction) is (?:our )?(?:top|number one|highest)"
        r" priority",
        r"(?:our )?commitment to (?:excellence|quality|customer)",
        r"(?:world[- ]class|best[- ]in[- ]class|industry[- ]leading|award[- ]winning)",
        r"(?:we )?strive to (?:provide|deliver|exceed|ensure)",
        r"(?:regards|sincerely),? management",
        r"(?:the )?management (?:team )?(?:has|have) been (?:notified|informed)",
    ]
)
