"""`pii`: the public reply does not repeat the customer's personal data.

Customers often paste e-mail addresses, phone numbers, addresses or order numbers into a
public complaint; echoing them back in a public reply spreads them further. The check finds
such data in the complaint, then looks for it in the reply (digits compared without spaces
or dashes, e-mail addresses without case). A card-like number in the reply is flagged even
when it did not come from the complaint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.checks.base import CheckContext, merge_spans, result
from assistant.checks.patterns import quote, span_at
from assistant.schemas import CheckResult, Span

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w/.=-])\+?\(?\d[\d ()-]{7,}\d(?![\w/])")
_CARD = re.compile(r"(?<![\d/=])(?:\d[ -]?){12,18}\d(?![\d/])")
_STREET = re.compile(
    r"\b\d{1,5}[a-z]?,? (?:[A-Z][\w'-]+ ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr"
    r"|Close|Way|Crescent|Cres|Place|Pl|Court|Ct|Terrace|Gardens|Boulevard|Blvd|Square|Sq"
    r"|Grove|Hill|Row|Mews|Parade|Walk|View|Park)\b\.?",
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_REFERENCE = re.compile(
    r"\b(?:order|account|acct|booking|reservation|reference|ref|invoice|ticket|case|membership"
    r"|customer|policy|tracking|confirmation|transaction|loyalty|card)\.?(?:\s+(?:no|number|num"
    r"|id|code|ref))?\.?\s*(?:is|was|:|#)?\s*#?\s*(?P<ref>[A-Z]{0,4}[-/]?\d[\w-]{3,})",
    re.I,
)
_CARD_END = re.compile(
    r"\b(?:card|account|amex|visa|mastercard|debit card|credit card)\s+(?:ending|ends"
    r"|ending in|ends in|finishing|last (?:4|four)"
    r"(?: digits)?)\s*(?:in|with|:)?\s*(?P<ref>\d{4})\b",
    re.I,
)
_HASHREF = re.compile(r"(?<![\w&])#(?P<ref>[A-Z]{0,4}-?\d{4,}[\w-]*)", re.I)


def _digit_pattern(value: str) -> re.Pattern[str] | None:
    """A regex finding `value`'s digits in any spacing, with its letter prefix if present."""
    digits = re.sub(r"\D", "", value)
    if len(digits) < 4:
        return None
    prefix = re.match(r"[A-Za-z]+", value.lstrip("#+"))
    pre = rf"(?:#?{re.escape(prefix.group(0))}[-/ ]?)?" if prefix else r"#?"
    body = r"[\s().-]?".join(digits)
    return re.compile(rf"(?<![\w]){pre}\+?{body}(?!\d)", re.I)


def personal_data(complaint: str) -> tuple[set[str], list[re.Pattern[str]]]:
    """E-mail addresses and digit-based identifiers (as search patterns) in the complaint."""
    emails = {m.group(0).lower().rstrip(".") for m in _EMAIL.finditer(complaint)}
    patterns: list[re.Pattern[str]] = []
    numbers = [m.group(0) for m in _PHONE.finditer(complaint)]
    numbers += [m.group(0) for m in _CARD.finditer(complaint)]
    numbers += [m.group("ref") for m in _REFERENCE.finditer(complaint)]
    numbers += [m.group("ref") for m in _HASHREF.finditer(complaint)]
    numbers += [m.group("ref") for m in _CARD_END.finditer(complaint)]
    for value in dict.fromkeys(numbers):
        pattern = _digit_pattern(value)
        if pattern:
            patterns.append(pattern)
    for m in list(_STREET.finditer(complaint)) + list(_POSTCODE.finditer(complaint)):
        words = re.escape(m.group(0).rstrip(".")).replace(r"\ ", r"\s+")
        patterns.append(re.compile(rf"\b{words}", re.I))
    return emails, patterns


def _email_spans(reply: str, emails: set[str]) -> list[Span]:
    return [
        span_at(reply, m.start(), m.end())
        for m in _EMAIL.finditer(reply)
        if m.group(0).lower().rstrip(".") in emails
    ]


@dataclass(frozen=True)
class PiiCheck:
    """Fails when the reply repeats the customer's contact details, address or numbers."""

    name: str = "pii"

    def __call__(self, ctx: CheckContext) -> CheckResult:
        emails, patterns = personal_data(ctx.complaint)
        found = _email_spans(ctx.reply, emails)
        for pattern in patterns:
            found += [span_at(ctx.reply, m.start(), m.end()) for m in pattern.finditer(ctx.reply)]
        found += [
            span_at(ctx.reply, m.start(), m.end())
            for m in _CARD.finditer(ctx.reply)
            if 13 <= len(re.sub(r"\D", "", m.group(0))) <= 19
        ]
        evidence = merge_spans(s for s in found if s.text)
        if not evidence:
            return result(
                self.name, True, "The reply repeats none of the customer's personal details."
            )
        return result(
            self.name,
            False,
            f"The reply repeats the customer's personal details in public: {quote(evidence)}.",
            evidence,
            suggestion="Remove the details and ask the customer to send them by direct "
            "message instead.",
        )
