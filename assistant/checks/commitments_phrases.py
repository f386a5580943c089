"""The words of commitments: remedy kinds, free items, amounts, deadlines and their limits.

Data for `assistant.checks.commitments`, kept apart so the parsing logic reads in one
sitting; both replies and policies are read with these same patterns.
"""

from __future__ import annotations

import re

#: Kind of commitment -> the words that express it.
_KINDS: dict[str, str] = {
    "refund": r"refund\w*|reimburs\w*|money back|pay (?:you )?back|repay\w*|cashback",
    "voucher": r"vouchers?|coupons?|(?:promo|discount|voucher) codes?|e-?vouchers?",
    "gift_card": r"gift ?cards?|e-?gift cards?",
    "discount": r"discount\w*|\d+ ?(?:%|percent|per cent) (?:off|reduction)|half[- ]price"
    r"|price match\w*|money off|off (?:your|the|their)(?: \w+'s)? next|reductions?"
    r"|(?:a quarter|half|a third) off",
    # "End up in credit" is a balance, not a credit given; nor is "credit notes" or "your
    # credit card" one.
    "credit": r"(?<!in )(?:account |store |bill )?credit(?:ed|ing|s)?"
    r"(?! (?:notes?|cards?|checks?|scores?|limits?|ratings?|history|unions?|reports?)\b)",
    # Not "the points you raised".
    "points": r"(?:loyalty |bonus |reward )?(?:points|stamps)(?! (?:you|you've|raised|made|above"
    r"|below|of)\b)|air ?miles|(?:bonus |reward )?miles",
    # Not a message sent again ("resent the confirmation"), nor one the customer asks
    # someone else for ("contact the retailer to get it resent").
    "replacement": r"replac\w*|(?<!get it )(?:re-?send\w*|re-?sent)(?! (?:you )?(?:the |your |a )?"
    r"(?:confirmation|e-?mail|link|code|details|invoice|receipt|message|text|form|password"
    r"|feedback|letter|statement|notification|verification)s?\b)"
    r"|re-?ship\w*|re-?deliver\w*|remak\w*|remade"
    r"|(?:a|another) new one|(?:send|dispatch|post|ship)(?: you| out)? the (?:correct|right)"
    r" (?:item|size|colour|color|one|product|order|part)s?"
    r"|(?:pay for|buy you|cover the (?:full )?cost of) (?:a |an |the )?(?:brand[- ])?new\b"
    r"|send (?:you )?(?:a|another) (?:brand[- ])new \w+"
    r"|send (?:you )?(?:a|another) (?:fresh|new) \w+"
    r"|(?:a|another) (?:brand[- ])?new [\w-]+ (?:is|will be|'s) (?:on (?:its|the) way|being sent"
    r"|in the post|coming)",
    "compensation": r"compensat\w*|goodwill (?:gesture|payment)|gesture of goodwill"
    r"|as (?:a )?goodwill\b"
    r"|(?:cover|pay)s? (?:the |your |all |any |their )?(?:full )?(?:[\w'-]+ ){0,3}(?:costs?|bills?"
    r"|fees?|expenses|invoices?)|cover (?:it|them|that|this|everything|the lot) in full"
    r"|foot the bill",
    "warranty": r"extend\w* (?:the |your |its |our |that )?(?:[\w-]+ )?(?:cover|warranty"
    r"|guarantee)|extended (?:cover|warranty|guarantee)|(?:warranty|guarantee) extension",
    "upgrade": r"upgrad\w*",
    "waiver": r"waiv\w*|(?:remov|wip)\w* (?:the |that |this |your |any )?(?:[£$€]"
    r"\d[\d.,]* )?(?:[\w-]+ )?(?:charges?|fees?|fines?|penalt(?:y|ies))|(?:won't|will not"
    r"|wouldn't|will never) (?:charge|bill|invoice) you"
    r"|(?:charges?|fees?|fines?)\b[^.;]{0,40}? (?:are|is|will be|can be|have been|has been)"
    r" (?:removed|waived|wiped)",
    # Data, minutes or storage added to a plan: "10GB of extra data".
    "allowance": r"\d+ ?(?:gb|mb|tb)\b|(?:extra|bonus|free) (?:data|minutes|texts|storage)",
    # "Suspended" a person, not "suspended the £180 charge".
    # Not a kitchen's "order was fired at 7:02", a suspended train service, or the customer
    # "spoken to like that".
    # Not a feeling: "left you feeling dismissed".
    # Not "a bug in our renewal retry fired twice".
    "personnel": r"(?<!retry )(?<!alarm )(?<!system )(?<!script )(?<!trigger )(?<!bug )"
    r"fired(?! (?:at|off|up|on|twice)\b)|sacked|(?<!feeling )(?<!feel )(?<!felt )dismissed"
    r"|let go|disciplin\w*|retrain\w*|(?:refresher|further|extra) training"
    r"|suspended(?! (?:(?:the|your|that|this|any) )?(?:[\w£$€.,-]+ ){0,2}(?:charges?|payments?"
    r"|fees?|account|debit|bills?|invoices?|subscription|membership|claim|service|collection))"
    r"|(?<!way to )(?<!should )(?<!deserves to )(?<!deserve to )(?:been|be|being) (?:spoken|talked)"
    r" to(?! (?:like|that way|this way|in that|so |rudely|in a |with such))"
    r"|(?:formal|written|verbal|final) warning"
    # Not "I've had a word with the team", which reports a conversation (as "spoken to"
    # does), not a sanction.
    r"|(?:had|have|having) (?:strong|stern) words with|(?:no longer|won't be|will not be)"
    r" (?:(?:working|employed) (?:with|for|here|at)|works? (?:here|at|with us|for us))"
    r"|(?:taken|removed|stood down|banned|barred) (?:off|from)"
    r" (?:the |our |all )?(?:future )?(?:rota|roster|floor|shifts?|duty|role|platform|counter"
    r"|team|route|service|job|post|position|branch|store|app|events?|pool|venue|site)"
    # "taken off residential jobs", "off customer jobs", "taken off home visits" (round 26-28)
    r"|(?:taken |been |are |is )off (?:(?:all |any )?(?:customer|client|residential|home"
    r"|domestic|site|delivery|install(?:ation)?) )(?:jobs|visits|work|rounds|routes|deliveries)"
    r"|(?:has|have) been (?:formally )?written up"
    r"|(?:has been|have been|was|were|'s been) stood down"
    r"|(?:faces?|facing) (?:action|consequences)"
    # "has been written up", "won't be working the register going forward".
    r"|(?:has been|have been|got|will be|'ll be) written up"
    r"|(?:no longer|won't be|will not be) (?:working|on) (?:the |our )?(?:register|till|tills"
    r"|door|desk|front desk|counter|floor|rota|reception|shifts?)",
    "deletion": r"(?:delet\w*|eras(?:e|ed|ing)|wip(?:e|ed|ing)|purg\w*|destroy\w*) (?:all |every"
    r" |any )?(?:of )?(?:your |the |our )?(?:personal )?(?:data|records?|details|information"
    r"|account|history)|(?:data|records?|details|information|account|history)(?: \w+){0,4}?"
    r" (?:deleted|erased|wiped|purged|destroyed)|deletion|erasure",
    # "Under our guarantee we'll fix them free" names the terms it keeps, not a new promise;
    # so do "our delivery guarantee", "your 10-year guarantee" and "the refund our policy
    # guarantees" (round 26), where "guarantee" is a guarantee the business already has.
    "guarantee": r"(?<!under our )(?<!under the )(?<!under your )(?<!our )(?<!your )(?<!its )"
    r"(?<!service )(?<!delivery )(?<!booking )(?<!price )(?<!satisfaction )(?<!workmanship )"
    r"(?<!money-back )(?<!policy )(?<!year )guarantee[ds]?",
    # A vehicle or device lent while the customer's is repaired.
    "loan": r"courtesy (?:car|vehicle|bike|phone|device)s?|loan(?:er)? (?:car|vehicle|phone|bike"
    r"|device)s?|(?:hire|rental) car",
    # Faster delivery than standard: a cost the policy must back ("free express shipping" is
    # read as a free item, "a priority delivery slot" as a booking).
    "express": r"(?<!free )(?:overnight|next[- ](?:working[- ]|business[- ])?day|express|priority"
    r"|same[- ]day|expedited)"
    r" (?:shipping|delivery|post(?:age)?|courier)(?! (?:slot|window|time|date)s?\b)",
    # Not the wait: "the supplier is taking forever".
    "lifetime": r"for (?:life|ever)|(?<!taking )(?<!takes )(?<!took )(?<!waited )(?<!waiting )"
    r"forever|lifetime|permanent(?:ly)?",
}
_KIND_RE = {k: re.compile(rf"(?<![\w-])(?:{v})(?![\w])", re.I) for k, v in _KINDS.items()}
_FREE = re.compile(
    # Not the verb: "any earlier sessions that free up".
    r"(?<!feel )(?<!-)(?<!ist is )(?<!one is )(?<!ody is )\b(?:free(?! up\b)|complimentary"
    r"|gratis)\b(?: of charge)?"
    # "a complimentary 60-minute massage": the thing, past its length.
    r"(?: (?:\d+-[a-z]+ |(?:one|two|half)-(?:hour|day|night|week|month|year) )?"
    # The thing, past its size: "a complimentary full detail" is a detail, not a "full" one.
    r"(?:(?:full|whole|extra|additional|second) )?(?P<obj>[a-z]+))?"
    r"|\b(?P<obj2>desserts?|drinks?|meals?|dinner|lunch|breakfast|coffees?|round|stay|nights?"
    r"|room|delivery|bill|treats?|cakes?|wine|bottle|pudding|starters?|teas?|(?<!that )(?<!no )one"
    r"|visit)"
    r"(?: is| are| will be|'s)? (?:on us|on the house|at no (?:extra )?(?:cost|charge"
    r"|surcharge))\b"
    r"|\b(?:on the house|at no (?:extra )?(?:cost|charge|surcharge)|no charge|waiv\w*"
    r"|(?:next|first|this|your next) (?:(?!(?:and|it|that|is|was)\b)[a-z]+(?:'s)? ){0,2}?"
    r"(?!(?:it|that|this|all|is|was|are|were|be|been)\b)(?P<obj3>[a-z]+)(?: for [\w ]{1,20}?)?"
    r"(?:, [^,.;]{1,60},)?"
    r"(?:'s| is| are| will be| would be)?(?: completely| entirely| totally| all)?"
    r" on (?:us|the house)"
    r"|(?P<obj7>[a-z]{3,})(?: itself)? (?:is|are|will be|'s) (?:also )?on (?:us|the house)"
    r" this time"
    # Not someone who is free: "I'll make sure an artist is free for you".
    r"|(?!(?:someone|somebody|anyone|everyone|staff|he|she|they|who|i|we)\b)(?![a-z]+ist\b)"
    r"(?P<obj4>[a-z]+) (?:is|are|will be|'s) (?:free|complimentary)"
    # "Your cut and blow-dry will be on us"; not "the delay is on us", which owns a failure.
    r"|\b(?:your|the) (?:[\w-]+ ){0,3}?(?!(?:fault|mistake|error|blame|problem|delay|mess|issue"
    r"|failure|lapse|oversight|slip|confusion|wait|responsibility|rest|part|bit)\b)"
    r"(?P<obj8>[a-z]{3,})(?:-[a-z]+)? (?:will be|would be) on (?:us|the house))\b"
    r"|\b(?!(?:feel|is|are|be|was|were)\b)(?P<obj5>[a-z]+) free(?= to\b| for\b|[.,;!]|$)"
    r"|\b(?!(?:that|this|it|all|entirely|squarely|completely|totally|really|fully|firmly|fault"
    r"|mistake|error|blame|one|is|was|are|were|be|been|s)\b)"
    # Not a thing that went wrong: "the till kept freezing on us".
    r"(?<!kept )(?<!keeps )(?<!started )(?<!went )(?P<obj6>[a-z]{3,})"
    r"(?: for (?:two|three|four|five|six|\w+ of you|you(?: both| all)?))? on (?:us|the house)\b",
    re.I,
)
_STOP_WORDS = (
    "within until when once one it them now too so "
    "to for of and or the a an with on as if this that next your you we it in at is are was from by"
)
_STOP = frozenset(_STOP_WORDS.split())
#: Words after "free" that are not the free thing ("free two-hour rental", "free today").
_NOT_OBJECTS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"today", "tomorrow", "tonight", "again", "until", "any", "right", "too", "also", "all"}
    | {"out", "over", "under", "instead"}
)
_WORDNUM = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fourteen": 14,
    "twenty": 20,
    "thirty": 30,
    "a": 1,
    "an": 1,
    "a couple of": 2,
    "a few": 3,
}
_NUM = (
    r"(?P<{}>\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
    r"|fourteen|twenty|thirty|an?|a couple of|a few)"
)
_MONEY_WORDS = {
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "twenty five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "seventy-five": 75,
    "a hundred": 100,
    "one hundred": 100,
    "two hundred": 200,
    "five hundred": 500,
}
_MONEY = re.compile(
    r"(?P<cur>[£$€])\s?(?P<a>\d[\d,]*(?:\.\d+)?)(?: ?(?:k|grand)\b)?"
    r"|(?P<b>\d[\d,]*(?:\.\d+)?) ?(?:pounds|dollars|euros|quid|gbp|usd|eur)\b"
    r"|\b(?:gbp|usd|eur)\s?(?P<c>\d[\d,]*(?:\.\d+)?)"
    r"|\b(?P<w>" + "|".join(sorted(_MONEY_WORDS, key=len, reverse=True)) + r")"
    r" (?:pounds|dollars|euros|quid)\b",
    re.I,
)
_PCT = re.compile(
    r"(?P<n>\d+(?:\.\d+)?) ?(?:%|percent|per cent)|\b(?P<w>a quarter|half|a third)(?= off\b"
    r"|[- ]price\b| (?:of )?(?:your|the) (?:[\w-]+ )?(?:price|fare|fee|cost|bill|ticket|order"
    r"|amount|charge)s?\b)",
    re.I,
)
_PCT_WORDS = {"a quarter": 25.0, "half": 50.0, "a third": 33.0}
_TIME = re.compile(
    # Not a day being picked: "lock in a day that works for you".
    r"\b(?<!lock )(?<!book )(?<!fit )(?:within|in|up to|under|less than|the next|next)"
    r"(?: the next)? " + _NUM.format("n") + r"[- ]"
    r"(?:(?:working|business|calendar) )?(?P<u>hour|hr|minute|min|day|week|month|year)s?\b"
    r"(?! (?:that|which|when|to suit)\b)"
    r"|(?:(?P<n2>\d+) (?=working |business )|(?P<n3>\d+|two|three|four|five|six|seven|ten|twelve"
    r"|fourteen|twenty)-)(?:(?:working|business) )?(?P<u2>hour|hr|day|week)s?(?: or less)?\b"
    r"|(?:within|in|inside) the (?:next )?(?P<u3>hour|day|week|month|year)\b",
    re.I,
)
#: In a policy, any duration ("valid for 3 months", "a 14-day window") allows that deadline.
_DURATION = re.compile(
    r"\b" + _NUM.format("n") + r"[- ](?:(?:working|business|calendar) )?"
    r"(?P<u>hour|hr|minute|min|day|week|month|year)s?\b",
    re.I,
)
#: A clock time ("by 6pm", "before 10:30am") is a deadline.
#: ("at 8am" says when something happens, not a deadline.)
_CLOCK = re.compile(r"\b(?:by|before|until|from) (?P<d>\d{1,2}(?:[:.]\d\d)? ?(?:am|pm))\b", re.I)
_DATE = re.compile(
    r"\b(?:by|on|before|until|this|next|from) (?P<d>monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|tomorrow|tonight|the end of (?:the |this )?(?:day|week|month)"
    r"|end of (?:the )?(?:day|week|month)|close of business|the weekend|the morning)\b"
    r"|\b(?P<d2>tomorrow|tonight|same[- ](?:working[- ]|business[- ])?day"
    r"|next[- ](?:working[- ])?day|(?:the )?(?:next|following) morning|(?<!the )first thing)\b",
    re.I,
)
#: "today" and "right away" are deadlines only when they say something is done by then
#: ("refunded today", "deleted every record we hold today", "fixed by tonight"), not when
#: they time a step of the process ("we'll book it straight away", "chase it today").
_DONE = (
    r"(?:delet\w*|eras\w*|wiped|removed|refunded|fixed|repaired|resolved|arrive|arrives"
    r"|delivered|with you|in your (?:account|bank)|processed|restored|reconnected|replaced"
    r"|back (?:up|on|online)|paid|credit|credited|sorted|added)"
)
#: A step of the process just before the completed action ("chase the refund today").
_PROCESS_BEFORE = re.compile(
    r"\b(?:chase|chasing|book|arrange|look into|check|investigat\w*|escalat\w*|ask|request)\b"
    r"[^,;.!?]{0,25}$",
    re.I,
)
_PROCESS = (
    r"(?:book|chase|arrange|moving|look|call|ring|contact|reply|answer|send|get back|update"
    r"|confirm|pass|start|begin|raise|dm|e-?mail|check|investigat\w*|escalat\w*|and|but|or)"
)
_TODAY = re.compile(
    rf"\b{_DONE}\b(?:(?!\b{_PROCESS}\b)[^,;.!?]){{0,50}}?\b(?P<d3>today|tonight|right away"
    r"|straight away|immediately|within minutes|this (?:afternoon|evening|morning|week"
    r"|weekend)|by the weekend)\b",
    re.I,
)
_DAY_ALIASES = {
    "tomorrow": "next day",
    "next working day": "next day",
    "next morning": "next day",
    "the next morning": "next day",
    "following morning": "next day",
    "the following morning": "next day",
    "tonight": "today",
    "end of day": "today",
    "close of business": "today",
    "right away": "today",
    "straight away": "today",
    "immediately": "today",
    "within minutes": "today",
    "afternoon": "today",
    "evening": "today",
    "morning": "today",
    "same day": "today",
    "same working day": "today",
    "same business day": "today",
    "weekend": "saturday",
}
_POINTS = re.compile(
    r"(?P<n>\d[\d,]*) ?(?:loyalty |bonus |reward |extra |free )?(?:points|miles|stamps|gems"
    r"|coins|tokens)\b",
    re.I,
)
_UPTO = re.compile(
    r"(?:up to|maximum(?: of)?|max\.?|no more than|capped at|at most|not exceed"
    r"\w*|limit(?: of)?)\s*$",
    re.I,
)
#: The upper end of a range ("£25 to £50", "£25-£50"): a ceiling like "up to £50".
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|-|–|and)\s*[£$€]?$", re.I)
#: Around an amount, words showing it is the customer's own money, not something offered.
_THEIRS_BEFORE = re.compile(r"\byour\s$", re.I)
_THEIRS_AFTER = re.compile(
    r"\s?(?:difference|you paid|you were charged|you spent|back\b|(?:\w+ )?(?:fee|charge|cost"
    r"|price|bill)\b)",
    re.I,
)
_UNITS = {"hr": "hour", "min": "minute"}
#: Free things that are one another: "free returns" give "a free label", free delivery is
#: free shipping, a free hour is a free 60-minute session.
_SAME_THING = {
    "label": ("retur", "posta"),
    "posta": ("retur", "label", "deliv", "shipp"),
    "retur": ("label", "posta"),
    "hour": ("minut",),
    "deliv": ("shipp", "posta"),
    "shipp": ("deliv", "posta"),
}


# Matching a reply's remedy to a policy's: the same remedy in other words.

#: A price the policy charges as a share: "rebook once at 50%", "charged at 50%".
_AT_SHARE = re.compile(
    r"\b(?:charged|rebook\w*|priced|paid|billed)(?: \w+)? at (\d{1,3}) ?%"
    # "a replacement bouquet at 50% of the bouquet price"
    r"|\bat (\d{1,3}) ?% of (?:the|its|their) (?:[\w-]+ )?(?:price|fee|cost|rate)\b"
)


def same_share(policy_text: str, kind: str | None, quantity: tuple[str, object] | None) -> bool:
    """A share off or back that is the same money as the price the policy charges: "rebook
    once at 50%" backs "half price", and "charged at 50%" backs refunding the other half.

    Not a share refunded against a share off: "20% off your next stay" is not the "20% of
    the room rate" refunded, nor does "15% off the food" refund 15% of the whole bill.
    """
    if kind not in {"discount", "refund"} or quantity is None:
        return False
    unit, value = quantity
    if unit != "pct" or not isinstance(value, float):
        return False
    return any(
        float(m.group(1) or m.group(2)) in {value, 100 - value}
        for m in _AT_SHARE.finditer(policy_text)
    )


#: Remedies that give the same money back: refunding a charge the policy says is removed.
#: A credit on the account is a refund the policy allows, paid another way.
_SAME_REMEDY = {
    "refund": {"waiver"},
    "waiver": {"refund"},
    "credit": {"refund"},
    # "£30 off your next bill" is the "£30 credit applied to the next bill".
    "discount": {"credit"},
}
#: A policy that reimburses costs backs covering them ("reimburse late fees charged by
#: third parties" allows "we'll cover any late fee your landlord charges").
#: A policy that pays for costs backs covering them: "we pay for a locksmith, up to £250",
#: "keys lost in our care are replaced at our cost".
_REIMBURSES = re.compile(
    r"\breimburs\w*|\b(?:we|the company) (?:will )?pay for\b|\bat (?:our|the company's)"
    r" (?:own )?(?:cost|expense)\b|(?:^|[:;]\s*)pay for\b",
    re.I,
)
_NEAR_DAYS = frozenset({"today", "first thing"})
#: A policy deadline of a day at most, which "first thing" or "today" keeps.
_WITHIN_A_DAY = re.compile(
    r"\b(?:within|in|inside) (?:24|twenty-four) ?(?:hours|hrs|h)\b|\bwithin (?:a|one|1) (?:working"
    r" )?day\b|\bsame[- ](?:working[- ]|business[- ])?day\b|\bon the (?:same )?day\b"
    r"|\b(?:the )?next[- ]morning\b",
    re.I,
)


#: Marks a free item that is the customer's next one ("his next cut is on us"): a policy
#: that makes the next service, visit or booking itself free backs it, whatever the service
#: is; not "your next two sessions", nor a policy's free extra "on the next order".
_NEXT = "+next"
_ONE_NEXT = re.compile(r"\bnext (?!(?:two|three|four|five|few|several|\d+)\b)\w+", re.I)
_NEXT_FREE = re.compile(
    r"\bnext (?:[\w'-]+ ){0,3}?(?:service|visit|appointment|session|booking|treatment|class"
    r"|lesson|clean)\b(?: of [\w ]{1,20}?)? (?:is|will be) (?:free|complimentary|on us)",
    re.I,
)


def words_around(text: str, start: int, end: int) -> str:
    """`text[start:end]` widened to whole words: a window cut mid-word gave stems such as
    "irst" for "first" or "sson" for "lesson", which matched nothing in the policy."""
    start, end = max(0, start), min(len(text), end)
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


_PER_AFTER = re.compile(
    r"\s*(?:a|per|each|every)\s+(?:day|night|person|ticket|guest|room|hour|week|month|passenger"
    r"|bag|seat|item)\b",
    re.I,
)
_PER = re.compile(
    r"\b(?:per|each|every|a) (?:affected )?(?:night|day|person|ticket|class|month|week|guest"
    r"|room|hour|item|passenger|member|bag|seat)\b"
    # "2 sessions refunded (£42 each)", "$150 per started 30 minutes missed".
    r"|\d\)? each\b|\bper (?:started|full|extra|additional) "
)


_IN_FULL = re.compile(
    r"\b(?:refund\w*(?: [\w-]+){0,3} in full|in full\b[^.;]{0,20}refund|full refund"
    r"|fully refund\w*)",
    re.I,
)
#: A thing the policy refunds, whole: "lesson time lost to our error is refunded".
_GRANTS_REFUND = re.compile(
    r"\b(?:is|are|will be|gets?) (?:fully |always )?refund(?:ed|able)\b"
    # "refund the difference", "refund lost coins or card charges"
    r"|\brefund (?:the |any |their |lost )?(?:price )?(?:difference|overcharge|charges?|coins"
    r"|amount overpaid)\b",
    re.I,
)
