"""`signature`: the reply says who is writing, a person, a role or the company's team.

The playbook says "be a person": a named sign-off ("– Maya, Oakhaven Home", "^JS", "Sam
from the Acme team") makes a public reply accountable and human. Known signers and the
company name are used when given; generic sign-off shapes are recognised without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.checks.base import CheckContext, result
from assistant.checks.patterns import norm, sentences, span_at
from assistant.schemas import CheckResult

_NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?: [A-Z]\.?| [A-Z][a-z]+)?"
_ROLE = (
    r"(?:customer (?:care|service|support|experience|relations)|support|care|social media"
    r"|guest relations|community)?\s*(?:team|lead|manager|agent|advisor|adviser|specialist"
    r"|executive|representative|rep|director|owner|founder|co-founder|head chef|chef|supervisor"
    r"|officer|coordinator|host|ceo|general manager|gm)"
)
#: Words that follow "I'm"/"This is" without being a name.
_NOT_NAMES_WORDS = (
    "Sorry So Really Very Truly Glad Happy Afraid Here Not Sure Just Still Also Going Able "
    "Unable Always Really Deeply Terribly Keen Delighted Thrilled Pleased Grateful Thank "
    "Thanks Hi Hello Hey Dear Please We Our The This That It Your You Best Kind Warm Many "
    "Regards Cheers Sincerely Team"
)
_NOT_NAMES = frozenset(_NOT_NAMES_WORDS.split())
_SIGNOFFS = [
    re.compile(r"(?:^|\s)[\^*/~]\s?[A-Z]{1,3}[a-z]?\s*$"),  # ^JS, *TB, /VM, -MD
    re.compile(r"(?:^|\s)-[A-Z]{2,3}\s*$"),
    re.compile(rf"(?:^|\s)[-–—~]\s*(?P<name>{_NAME})(?:\s*[,(|@]|\s+(?:from|at|of)\b|\s*$)"),
    re.compile(
        rf"(?i:thanks|thank you|best|regards|kind regards|warm regards|best wishes|many thanks"
        rf"|cheers|sincerely|all the best|warmly|take care|speak soon)[,!.]?[ \t]*\n?[ \t]*"
        rf"(?P<name>{_NAME})[ \t]*(?:[,(|@.!\n]|\s+(?:from|at|of)\b|\s*$)"
    ),
    re.compile(rf"(?m)^[ \t]*(?:[A-Z][\w&'.-]*[ \t,]+){{0,5}}(?i:{_ROLE})[ \t.]*\Z"),
    re.compile(rf"\b(?:I'm|I am|this is|my name is)\s+(?P<name>{_NAME})\b"),
    re.compile(rf"(?P<name>{_NAME})\s*\(\s*[\w\s&-]{{0,30}}?{_ROLE}\s*\)", re.I),
    re.compile(rf"(?P<name>{_NAME}),?\s+(?:our |the )?[\w\s&-]{{0,25}}?{_ROLE}\b\W*$"),
    re.compile(
        r"(?:^|[-–—~,.!]\s*)(?:the|all of us at|everyone at|from the)\s+(?:[\w&'-]+\s+)"
        r"{0,4}team\b[^\n]{0,30}$",
        re.I | re.M,
    ),
    re.compile(rf"(?P<name>{_NAME})\s+(?:here\s+)?(?:from|at)\s+(?:the\s+)?[A-Z]"),
    # A last line "Jo, Bramble & Bean Guest Care": a name, a comma, then capitalised words.
    re.compile(rf"(?m)^[ \t]*(?P<name>{_NAME}),[ \t]+(?:[A-Z&][\w&'.-]*[ \t]*){{1,6}}\Z"),
    re.compile(r"\bon behalf of\s+(?:the\s+)?[A-Z]"),
    # "– JS": initials after a dash at the very end.
    re.compile(r"(?:^|\s)[-–—~]\s?[A-Z]{2,3}\s*$"),
    # "Sam | Customer Team", "Sam / Guest Services": a name, a bar or slash, then a role line.
    re.compile(rf"(?m)^[ \t]*(?P<name>{_NAME})[ \t]*[|/][ \t]*[A-Z][^\n]{{0,40}}\Z"),
    # A name on its own line followed by a role or team line: "Jo\nGuest Care".
    re.compile(rf"(?m)^[ \t]*(?P<name>{_NAME})[ \t]*\n[ \t]*(?:[A-Z][\w&'.-]*[ \t,]*){{1,6}}\Z"),
]


def _closing(reply: str) -> tuple[int, int]:
    """Offsets of the last sentence, where a sign-off would be."""
    last = sentences(reply)
    return (last[-1].start, last[-1].end) if last else (0, 0)


def _known(reply: str, ctx: CheckContext) -> str | None:
    """A configured signer's name or the company's name, as written near the end or as a
    self-introduction."""
    tail = reply[-max(80, len(reply) // 3) :]
    for signer in ctx.signers:
        first = signer.split(",")[0].split("(")[0].strip()
        if first and re.search(rf"\b{re.escape(first.split()[0])}\b", tail):
            return first
    if ctx.company_name:
        company = re.escape(ctx.company_name.strip()).replace(r"\ ", r"\s+")
        if re.search(
            rf"[-–—,]\s*(?:the\s+)?{company}|\b(?:from|at|of|the)\s+{company}"
            rf"|(?:^|[.!?]\s*){company}(?:\s+team)?\W*$|{company}\s+team",
            tail,
            re.I | re.M,
        ):
            return ctx.company_name
    return None


def _generic(reply: str, customer: str | None) -> str | None:
    """A sign-off shape recognised without knowing the staff or company names.

    A name that is the customer's own ("Thanks, Sarah") addresses them, so it does not count.
    """
    tail = reply[-160:]
    skip = _NOT_NAMES | {w for w in (customer or "").split() if w}
    for pattern in _SIGNOFFS:
        for m in pattern.finditer(tail):
            name = m.groupdict().get("name")
            if name and name.split()[0] in skip:
                continue
            return m.group(0).strip()
    return None


@dataclass(frozen=True)
class SignatureCheck:
    """Passes when the reply names its writer, their role, or the company's team."""

    name: str = "signature"

    def __call__(self, ctx: CheckContext) -> CheckResult:
        reply = norm(ctx.reply)
        found = _known(reply, ctx) or _generic(reply, ctx.customer_name)
        if found:
            return result(self.name, True, f"The reply says who is writing: “{found}”.")
        start, end = _closing(ctx.reply)
        evidence = [span_at(ctx.reply, start, end)] if end > start else []
        return result(
            self.name,
            False,
            "The reply does not say who is writing: no name, role or team is given "
            "(the closing line is highlighted).",
            evidence,
            suggestion="End with a sign-off such as “– Maya, Customer Care Lead” or "
            f"“The {ctx.company_name or 'customer care'} team”.",
        )
