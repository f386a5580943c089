"""The vocabulary of triage: which words signal escalation, spam, trolling or a category.

Kept apart from the decision logic in `assistant.triage` so the word lists can grow (and be
reviewed) without touching how verdicts are made.
"""

from __future__ import annotations

import re


def _rx(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")", re.I)


#: Escalation: a person takes over; the reason is shown to staff.
ESCALATE: dict[str, re.Pattern[str]] = {
    "legal": _rx(
        r"lawyers?\b",
        r"solicitors?\b",
        r"attorneys?\b",
        r"su(?:e|ing)\b",
        r"court\b",
        r"legal action",
        r"trading standards",
        r"small claims",
        r"lawsuit",
        r"ombudsman",
        r"legal team",
        r"legal claim",
        r"attorney ?general",
        r"regulator\b",
    ),
    "safety": _rx(
        r"injur",
        r"hurt\b",
        r"hospital",
        r"a&e\b",
        r"fire\b",
        r"smok(?:e|ing)\b",
        r"sparks?\b",
        r"electric shock",
        r"collaps",
        r"tipped over",
        r"tip(?:ped)? "
        r"(?:over|onto)",
        r"fell on",
        r"burn(?:s|t|ed)?\b",
        r"unsafe",
        r"dangerous",
        r"broken (?:arm|leg|wrist|finger|bone)",
        r"bleed",
        r"stitches",
        r"concussion",
        r"nearly killed",
        r"could have killed",
    ),
    "health": _rx(
        r"food poisoning",
        r"allergic reaction",
        r"anaphyla",
        r"made (?:me|us|my "
        r"\w+) (?:sick|ill)",
        r"mould",
        r"toxic",
    ),
    "threat": _rx(
        r"i(?:'ll| will) (?:kill|hurt|find)",
        r"burn (?:it|the place|you) down",
        r"bomb",
        r"you'll regret",
        r"watch your back",
        r"know where you live",
    ),
    "security": _rx(
        r"hack(?:ed|er|ers)\b",
        r"compromised",
        r"phishing",
        r"account takeover",
        r"unauthori[sz]ed (?:access|login|charge|transaction)s?",
        r"(?:logging|logged|log) ?(?:in|into) (?:to )?my",
        r"trying to log ?in",
        r"signed up (?:\w+ )*using my e-?mail",
        r"vulnerabilit",
        r"security (?:flaw|hole|breach|issue)",
        r"stolen (?:card|identity)",
        r"identity theft",
    ),
    "harmful_content": _rx(
        r"tortur", r"animal cruelty", r"child abuse", r"self[- ]harm", r"suicid", r"terroris"
    ),
    "discrimination": _rx(
        r"racis",
        r"discriminat",
        r"sexis",
        r"homophob",
        r"transphob",
        r"because i(?:'m| am) (?:black|disabled|gay|muslim|jewish|a woman)",
        r"ableis",
        r"slur",
        r"racial",
        r"profil(?:ed|ing)",
        r"because of (?:my|our|his|her|their) (?:race|colou?r|skin|religion|"
        r"disability|accent|age|wheelchair)",
        r"(?:were|was) the only (?:black|asian|muslim|disabled|gay|brown)",
    ),
    "data_leak": _rx(
        r"data breach",
        r"leak(?:ed)? (?:my|our|customer)",
        r"(?:some(?:one|body)|"
        r"another (?:customer|person))(?:'s| else's) (?:order|details|address|data|"
        r"personal|full name|invoice)",
        r"hacked",
        r"my (?:details|data|"
        r"address) (?:was|were) (?:sent|shared|leaked)",
        r"gdpr breach",
    ),
}

SPAM = _rx(
    r"bitcoin",
    r"crypto",
    r"forex",
    r"earn \$?\d",
    r"make money",
    r"click here",
    r"follow (?:me|back)",
    r"check out my",
    r"dm me for",
    r"giveaway",
    r"onlyfans",
    r"cheap followers",
    r"promo code \w+ at",
    r"investment opportunity",
    r"use (?:my |the )?code \w+ for",
    r"\w+\.(?:example|shop|xyz|biz)\b.{0,20}\d+% off",
)
TROLL = _rx(
    r"ratio\b",
    r"nobody asked",
    r"🤡",
    r"cope\b",
    r"seethe",
    r"imagine (?:buying|"
    r"shopping|using|paying)",
    r"\bL \+",
    r"touch grass",
)
COMPETITOR = _rx(
    r"buy from \w+ instead",
    r"go to \w+ instead",
    r"shop at \w+ instead",
    r"\w+ is (?:way |much |so much )?(?:better|cheaper)",
    r"switch(?:ed)? to \w+",
    r"use \w+ instead",
)
PROMO = _rx(
    r"via @\w+",
    r"tweet and tag",
    r"#\w+tuesdays",
    r"watch now",
    r"out now",
    r"(?:part of|welcome to) the \w+ family",
    r"what are your fav(?:ou)?rite",
    r"head to https?://",
    r"(?:sign up|register) (?:now|today) at",
)
FAKE = _rx(
    r"never (?:even )?(?:been|shopped|bought|ordered)",
    r"not (?:even )?a customer",
    r"heard (?:it|that) from a friend",
    r"paid (?:me )?to (?:write|post)",
)
INSULT = _rx(
    r"idiots?",
    r"morons?",
    r"scum",
    r"clowns?",
    r"losers?",
    r"pathetic",
    r"trash",
    r"junk",
    r"garbage",
    r"useless",
    r"f+u+c+k",
    r"shit",
    r"crap",
    r"bastards?",
    r"muppets?",
    r"joke of a",
    r"stupid",
)
PROBLEM = _rx(
    r"order",
    r"deliver",
    r"arriv",
    r"broke",
    r"damag",
    r"refund",
    r"return",
    r"wait",
    r"charg",
    r"paid",
    r"bought",
    r"staff",
    r"call",
    r"item",
    r"missing",
    r"wrong",
    r"late",
    r"cancel",
    r"warrant",
    r"still",
    r"never came",
    r"account",
    r"service",
    r"flight",
    r"bill",
    r"app",
    r"website",
    r"help",
    r"crash",
    r"banned",
    r"suspend",
    r"block",
    r"error",
    r"not working",
    r"doesn'?t work",
    r"can'?t",
    r"won'?t",
    r"log ?in",
    r"password",
    r"price",
    r"issue",
    r"problem",
    r"[£$€]\d",
)

CATEGORIES: list[tuple[str, re.Pattern[str]]] = [
    (
        "privacy",
        _rx(
            r"privacy",
            r"personal (?:data|details|information)",
            r"gdpr",
            r"my data",
            r"unsubscribe",
            r"spam(?:ming)? me",
            r"how did you (?:even )?get my",
            r"never signed up",
            r"(?:texting|calling|emailing) me (?:offers|adverts|marketing)",
        ),
    ),
    (
        "staff",
        _rx(
            r"rude",
            r"staff",
            r"employee",
            r"manager",
            r"attitude",
            r"driver was",
            r"sales ?(?:person|man|woman|assistant)",
            r"laughed at",
            r"shouted",
            r"sw(?:ore|orn) at",
            r"(?:driver|crew|assistant|staff|employee)s? (?:was|were) "
            r"(?:rude|awful|abusive|aggressive)",
        ),
    ),
    (
        "wrong_item",
        _rx(
            r"wrong (?:item|colou?r|size|product|one|model|sofa|table|bed)",
            r"not what i ordered",
            r"sent (?:me )?the wrong",
            r"different "
            r"(?:colou?r|item|model)",
            r"sent (?:me )?(?:the|a) [\w ]{1,25}[,;]?\s*"
            r"(?:but |when |and |yet )?i (?:ordered|asked for|paid for)",
            r"(?:got|received|came in|arrived in|(?:you )?(?:delivered|sent)(?: me| us)?) "
            r"(?:a |the |it in )?"
            r"(?:white|black|grey|gray|green|blue|red|brown|oak|walnut|pink|navy|beige|cream)\b",
        ),
    ),
    (
        "missing_parts",
        _rx(
            r"missing (?:parts?|screws?|pieces?|legs?|bolts?|fittings?)",
            r"parts? (?:were|was|are|is) missing",
            r"no (?:screws|instructions)",
            r"no (?:hinges?|bolts?|legs?|fittings?|hardware)\b",
            r"(?:hinge|hardware|fittings?|screw) pack",
        ),
    ),
    (
        "damage",
        _rx(
            r"damag",
            r"broken",
            r"scratch",
            r"ripped",
            r"torn",
            r"dent",
            r"crack",
            r"chipped",
            r"stain",
            r"smashed",
            r"snapped",
            r"gouge",
            r"shattered",
            r"split\b",
        ),
    ),
    ("assembly", _rx(r"assembl", r"fitter", r"put together", r"build (?:it|the)")),
    (
        "warranty",
        _rx(
            r"warrant",
            r"guarantee",
            r"sagg",
            r"fell apart",
            r"after (?:a|one|two|"
            r"\d+) (?:month|year)s?",
            r"faulty",
            r"defect",
            r"bought (?:it |them |the [\w ]{1,25})?in (?:19|20)\d\d",
            r"(?:bought|had) (?:it|them|this|the \w+) (?:\w+ )?(?:years?|months?) ago",
            r"years? ago",
            r"sags?\b",
            r"stopped working",
            r"mechanism",
        ),
    ),
    ("cancellation", _rx(r"cancel")),
    (
        "returns",
        _rx(
            r"return",
            r"refund",
            r"money back",
            r"send (?:it )?back",
            r"sent (?:it|them|the [\w ]{1,20}) back",
        ),
    ),
    (
        "delivery",
        _rx(
            r"deliver",
            r"shipping",
            r"shipped",
            r"parcel",
            r"package",
            r"courier",
            r"tracking",
            r"arriv",
            r"dispatch",
            r"no.?show",
            r"never (?:came|turned)",
            r"time slot",
            r"waited in",
            r"late\b",
            r"no sign of",
            r"where(?:'s| is) my",
            r"still (?:not|hasn't|has not) (?:arrived|come)",
            r"slot\b",
            r"no ?(?:one|body) (?:came|turned up|showed)",
            r"missed (?:deliver|slot)",
            r"(?:meant|supposed) to (?:come|arrive|be delivered)",
            r"(?:van|crew|driver)s? (?:never|didn't|did not)",
        ),
    ),
    (
        "pricing",
        _rx(
            r"price",
            r"overcharg",
            r"charged",
            r"expensive",
            r"fee\b",
            r"bill",
            r"cheaper",
            r"discount",
            r"sale\b",
            r"payment",
        ),
    ),
    (
        "service_wait",
        _rx(
            r"on hold",
            r"no (?:one|body) (?:answers|replied|got back)",
            r"no (?:reply|response|answer)",
            r"ignor",
            r"still waiting",
            r"waiting for (?:a )?(?:reply|response|call)",
            r"chat",
            r"hours",
            r"days",
            r"e-?mailed",
            r"called",
        ),
    ),
]

#: Categories named by specific phrases; a hit counts double against broad vocabulary.
SPECIFIC = {"privacy", "staff", "wrong_item", "missing_parts", "cancellation"}
