"""Decide what to do with a complaint before drafting: reply, escalate, or do not engage.

The offline rules are deterministic and explainable (every verdict lists the words that
triggered it). Safety beats speed: any escalation signal wins, because a legal threat or an
injury must reach a person even when the rest of the message reads like a routine gripe.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from assistant.knowledge import Company, Policy
from assistant.schemas import Action, AtFault, Complaint, Severity, TriageResult


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

_SPAM = _rx(
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
_TROLL = _rx(
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
_COMPETITOR = _rx(
    r"buy from \w+ instead",
    r"go to \w+ instead",
    r"shop at \w+ instead",
    r"\w+ is (?:way |much |so much )?(?:better|cheaper)",
    r"switch(?:ed)? to \w+",
    r"use \w+ instead",
)
_PROMO = _rx(
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
_FAKE = _rx(
    r"never (?:even )?(?:been|shopped|bought|ordered)",
    r"not (?:even )?a customer",
    r"heard (?:it|that) from a friend",
    r"paid (?:me )?to (?:write|post)",
)
_INSULT = _rx(
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
_PROBLEM = _rx(
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
        ),
    ),
    (
        "missing_parts",
        _rx(
            r"missing (?:parts?|screws?|pieces?|legs?|bolts?|fittings?)",
            r"parts? (?:were|was|are|is) missing",
            r"no (?:screws|instructions)",
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
        ),
    ),
    ("returns", _rx(r"return", r"refund", r"money back", r"send (?:it )?back")),
    ("cancellation", _rx(r"cancel")),
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

#: Whether failures in each category are normally the business's fault (overridable).
FAULT: dict[str, AtFault] = {
    "delivery": "yes",
    "damage": "yes",
    "wrong_item": "yes",
    "missing_parts": "yes",
    "assembly": "yes",
    "service_wait": "yes",
    "staff": "yes",
    "warranty": "unsure",
    "returns": "unsure",
    "pricing": "no",
    "cancellation": "unsure",
    "privacy": "unsure",
}

_ADVICE: dict[str, str] = {
    "spam": "Do not reply. Hide or report the post as spam and block the account.",
    "promo": "Nothing to answer. Leave it; like or share it if it is a partner's post.",
    "competitor": "Do not reply. Report the account if it is fake; never delete genuine "
    "criticism, only clear spam or abuse.",
    "fake": "Do not reply publicly. Check for an order; if none exists, report the review "
    "to the platform as not based on a real experience.",
    "troll": "Do not engage: a reply feeds the thread. Monitor it; report the account if it "
    "turns abusive.",
    "abuse": "Do not engage. Hide or report abusive content and block the account if it "
    "continues; keep a record. Never delete genuine criticism.",
    "escalate": "Hand this to a manager now. Post at most a short holding reply with a "
    "direct contact; make no promises in public.",
}


def respond_by(company: Company, received: datetime) -> datetime:
    """The reply deadline: 30 minutes during business hours, one hour otherwise."""
    tz = ZoneInfo(company.timezone)
    local = received.astimezone(tz)
    hours = company.hours_for(local.weekday())
    open_now = hours is not None and hours[0] <= local.time().replace(tzinfo=None) < hours[1]
    return local + timedelta(minutes=30 if open_now else 60)


def _severity(text: str, action: Action, category: str) -> Severity:
    if action == "escalate":
        return (
            "critical" if re.search(r"injur|hospital|fire|kill|child|baby", text, re.I) else "high"
        )
    if action == "do_not_engage":
        return "low"
    heat = len(re.findall(r"\b[A-Z]{3,}\b", text)) + text.count("!") // 2
    heat += len(
        re.findall(
            r"never again|worst|disgust|furious|appalling|unacceptable|"
            r"scam|joke|ridiculous|third time|still",
            text,
            re.I,
        )
    )
    if heat >= 4 or category in {"staff", "privacy"}:
        return "high"
    return "medium" if heat >= 1 or category != "other" else "low"


def triage_rules(
    complaint: Complaint, company: Company, now: datetime, policy: Policy | None = None
) -> TriageResult:
    """Offline, deterministic triage with the words that triggered it as signals."""
    text = complaint.text
    deadline = respond_by(company, complaint.posted_at or now)
    hits = {name: m.group(0) for name, rx in ESCALATE.items() if (m := rx.search(text))}
    if hits:
        kind = next(iter(hits))
        category = {
            "data_leak": "privacy",
            "security": "privacy",
            "threat": "safety",
            "health": "safety",
            "harmful_content": "safety",
        }.get(kind, kind)
        return TriageResult(
            action="escalate",
            category=category,
            severity=_severity(text, "escalate", kind),
            business_at_fault="unsure",
            respond_by=deadline,
            advice=_ADVICE["escalate"],
            reason=f"Possible {kind.replace('_', ' ')} issue: a person must handle this.",
            signals=[f"{k}: “{v}”" for k, v in hits.items()],
        )
    problem = _PROBLEM.search(text)
    for kind, rx in (
        ("spam", _SPAM),
        ("competitor", _COMPETITOR),
        ("fake", _FAKE),
        ("troll", _TROLL),
        ("promo", _PROMO),
    ):
        m = rx.search(text)
        lenient = kind in ("competitor", "troll", "promo")
        if m and (not lenient or not problem or (kind != "promo" and _INSULT.search(text))):
            return _ignore(kind, m.group(0), deadline)
    insults = _INSULT.findall(text)
    if insults and not problem:
        return _ignore("abuse", insults[0], deadline)
    category = next((name for name, rx in CATEGORIES if rx.search(text)), "other")
    fault = FAULT.get(category, "unsure")
    if policy is not None and category == "other":
        fault = policy.business_at_fault
    return TriageResult(
        action="reply",
        category=category,
        severity=_severity(text, "reply", category),
        business_at_fault=fault,
        respond_by=deadline,
        reason=f"A genuine {category.replace('_', ' ')} complaint: reply publicly and take it "
        "to a direct channel.",
        signals=[m.group(0) for _, rx in CATEGORIES if (m := rx.search(text))][:4],
    )


def _ignore(kind: str, word: str, deadline: datetime) -> TriageResult:
    category = "spam" if kind in ("spam", "promo") else "abuse"
    reasons = {
        "spam": "Looks like spam or self-promotion, not a customer.",
        "competitor": "Reads as a competitor's promotion or attack, not a customer.",
        "fake": "The writer says they are not a customer: likely a fake review.",
        "abuse": "Insults with no complaint to answer.",
        "troll": "Trolling for a reaction, with no complaint to answer.",
        "promo": "A promotion or announcement, not a complaint: nothing to answer.",
    }
    return TriageResult(
        action="do_not_engage",
        category=category,
        severity="low",
        business_at_fault="no",
        respond_by=deadline,
        reason=reasons[kind],
        advice=_ADVICE[kind],
        signals=[f"{kind}: “{word}”"],
    )


def merge_llm_opinion(rules: TriageResult, answer: str) -> TriageResult:
    """Combine the rules with an LLM's JSON verdict; escalation from either side wins.

    Raises:
        ValueError: the answer is not the JSON the triage prompt asks for.
    """
    m = re.search(r"\{.*\}", answer, re.S)
    if not m:
        raise ValueError("the model's triage answer had no JSON object")
    data = json.loads(m.group(0))
    action = data.get("action")
    if action not in ("reply", "escalate", "do_not_engage"):
        raise ValueError(
            f"the model's triage action {action!r} is not reply/escalate/do_not_engage"
        )
    if rules.action == "escalate":
        return rules
    fault = data.get("business_at_fault", rules.business_at_fault)
    severity = data.get("severity", rules.severity)
    return rules.model_copy(
        update={
            "action": action,
            "category": str(data.get("category") or rules.category),
            "severity": severity
            if severity in ("low", "medium", "high", "critical")
            else rules.severity,
            "business_at_fault": fault
            if fault in ("yes", "no", "unsure")
            else rules.business_at_fault,
            "reason": str(data.get("reason") or rules.reason),
            "advice": _ADVICE["escalate"]
            if action == "escalate"
            else (
                rules.advice
                if action == rules.action
                else _ADVICE["abuse"]
                if action == "do_not_engage"
                else ""
            ),
            "source": "llm",
        }
    )
