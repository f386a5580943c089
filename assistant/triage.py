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

from assistant.knowledge import Company
from assistant.sanitize import query_text
from assistant.schemas import Action, AtFault, Complaint, Severity, TriageResult
from assistant.triage_patterns import (
    CATEGORIES,
    COMPETITOR,
    ESCALATE,
    FAKE,
    INSULT,
    PROBLEM,
    PROMO,
    SPAM,
    SPECIFIC,
    TROLL,
)

#: Every category triage can return, for pickers in the knowledge-base editor.
CATEGORY_NAMES: tuple[str, ...] = (
    *(name for name, _ in CATEGORIES),
    "safety",
    "legal",
    "discrimination",
    "spam",
    "abuse",
    "other",
)

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


def categorise(text: str) -> str:
    """The category with the most evidence; list order breaks ties (specific ones first)."""
    best, best_score = "other", 0
    for name, rx in CATEGORIES:
        hits = {m.group(0).lower() for m in rx.finditer(text)}
        score = len(hits) * (2 if name in SPECIFIC else 1)
        if score > best_score:
            best, best_score = name, score
    return best


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


def triage_rules(complaint: Complaint, company: Company, now: datetime) -> TriageResult:
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
    problem = PROBLEM.search(text)
    for kind, rx in (
        ("spam", SPAM),
        ("competitor", COMPETITOR),
        ("fake", FAKE),
        ("troll", TROLL),
        ("promo", PROMO),
    ):
        m = rx.search(text)
        lenient = kind in ("competitor", "troll", "promo")
        if m and (not lenient or not problem or (kind != "promo" and INSULT.search(text))):
            return _ignore(kind, m.group(0), deadline)
    insults = INSULT.findall(text)
    if insults and not problem:
        return _ignore("abuse", insults[0], deadline)
    category = categorise(query_text(text))
    fault = FAULT.get(category, "unsure")
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
