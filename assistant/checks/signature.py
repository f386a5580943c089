"""`signature`: the reply says who is writing, a person, a role or the company's team.

The company's name alone ("– Northvale Water") does not count: nobody answers for the reply.

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
    "Regards Cheers Sincerely Team Enjoy Apologies Congratulations Welcome Merry Happy Good "
    "Have Hope Stay Give Let Call Ring Email E-mail DM Message Contact Speak Talk See Take "
    "Bonne Love Lots Yours With All Any If When Once As For And But Or Of On In At To From"
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


_CLOSE_WORDS = re.compile(
    r"(?i:(?:(?:many|huge|big|with) )?thanks(?: again| so much| a lot)?"
    r"|thank you(?: again| so much)?|cheers|ta|(?:all the |very )?best(?: wishes| regards)?"
    r"|(?:kind|warm|warmest|best|many) "
    r"(?:regards|wishes)|regards|warmly|sincerely|yours(?: sincerely| faithfully| truly)?"
    r"|take care|speak soon|talk soon|(?:with |lots of )?love)(?![\w'])[\s,.!:;]*(?:[-–—~]\s*)?"
)
#: "from all of us at", "on behalf of", "from the": a lead-in to a team or company.
_LEAD_IN = re.compile(
    r"(?i:(?:from\s+)?(?:all\s+of\s+us|everyone|us\s+all)\s+(?:at|from|@)|on\s+behalf\s+of"
    r"|from)\s+"
)
_MARKER = re.compile(r"[-–—~/|^*]+\s*")
_PARTICLES_WORDS = "de da di du le la van von der den del bin al ap dos das st"
_PARTICLES = frozenset(_PARTICLES_WORDS.split())
_TITLES_WORDS = "Dr Mr Mrs Ms Miss Mx Prof Dr. Mr. Mrs. Ms. Prof."
_TITLES = frozenset(_TITLES_WORDS.split())
#: Words after a name that introduce who they work for ("Sam at Acme", "Ade from Spokes").
_AFTER_NAME_WORDS = "at from of here on for"
_AFTER_NAME = frozenset(_AFTER_NAME_WORDS.split())
_SEPARATORS = ",|/@()&\n–—-+:;"
#: Lower-case words a team or role line may hold ("the Bramley Bikes crew", "plant area").
_TEAM_LIST = (
    "team crew staff gang folks family everyone all us desk office services service care "
    "support reception bookings booking operations ops manager lead director owner founder "
    "partner chef host agent advisor adviser officer coordinator supervisor representative "
    "rep executive head assistant nurse engineer admin administrator area department dept "
    "counter shop store branch workshop helpdesk centre center guest guests customer customers "
    "member members relations experience social media"
)
_TEAM_WORDS = frozenset(_TEAM_LIST.split())
_FUNCTION_WORDS_WORDS = "the of at from and for on behalf x xx in"
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_WORDS.split())
#: A sign-off is short; a longer last line is content.
_MAX_SIGNOFF = 70
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+|[^\w\s.,!?;:'\"()&@/|~^*–—-]+\s*")
#: A spaced dash or slash, or a kiss ("next time x Kerry, Reception"), before a sign-off.
_SPACED_MARKER = re.compile(r"\s[-–—~/|^]\s*(?=\S)|\sx{1,3}\s+(?=[A-Z])")
_GREETING = re.compile(
    r"^\W*(?:(?:hi|hello|hey|dear|morning|evening)\s+)?([^\W\d_][\w'’-]*)\s*[,!]", re.I
)


def _tokens(text: str) -> list[str]:
    """Words and separators of a candidate sign-off, in order."""
    return re.findall(r"[^\W\d_][\w'’.-]*|\d+|[^\w\s]|\n", text)


def _identity(text: str, skip: frozenset[str], introduced: bool) -> bool:
    """True when `text` (a sign-off with its marker and closing word removed) names a person,
    a role, a team or a company.

    Two shapes count: a name of one to four capitalised words (particles and initials
    allowed) followed by a separator, "at"/"from", or the end ("Siobhán O'Brien, Customer
    Care Lead", "Kev – plant area"); or a line of capitalised words and role or team words
    only ("the Bramley Bikes crew", "Member Services"). `introduced` says a marker or a
    closing word came first, which lets a bare company name count.
    """
    toks = _tokens(text)
    if not toks:
        return False
    # Shape 1: a name, then a separator, an "at"/"from", or the end.
    n = 0
    i = 0
    while i < len(toks) and n < 5:
        t = toks[i]
        if t[0].isupper() or (n and t.lower() in _PARTICLES):
            n += 1
            i += 1
            continue
        break
    first = toks[0].rstrip(".")
    if (
        1 <= n <= 4
        and first not in _NOT_NAMES
        and first.lower() not in skip
        and (
            i == len(toks)
            or toks[i] in _SEPARATORS
            or toks[i] in _AFTER_NAME
            or toks[i] in ("x", "xx")
        )
        and (first not in _TITLES or n > 1)
    ):
        # A single bare word must not be sentence-final ("Enjoy!" is not a name).
        return introduced or n > 1 or i < len(toks) or not text.rstrip().endswith((".", "!", "?"))
    # Shape 2: capitalised words, team or role words and function words only.
    words = [t for t in toks if t[0].isalpha()]
    if not words or any(t[0].isdigit() for t in toks) or len(words) > 9:
        return False
    caps = [w for w in words if w[0].isupper() and w != "The"]
    has_team = any(w.lower() in _TEAM_WORDS for w in words)
    # "Kind" opens "Kind regards" but also "Kind Spine Studio Team", a team's name.
    named_team = len(caps) > 2 and caps[-1].lower() in {"team", "crew", "staff"}
    if any((w.rstrip(".") in _NOT_NAMES and not named_team) or w.lower() in skip for w in caps[:1]):
        return False
    lower = [w for w in words if not w[0].isupper()]
    if any(w not in _TEAM_WORDS and w not in _FUNCTION_WORDS for w in lower):
        return False
    return bool(caps) and (has_team or introduced)


def _analyse(cand: str, skip: frozenset[str]) -> bool:
    """True when one candidate tail (a last line, block of lines or last segment) is a
    sign-off."""
    s = cand.strip()
    s = re.sub(r"(?:\s+x{1,3})?[^\w)]*$", "", s)
    if not s or len(s) > _MAX_SIGNOFF:
        return False
    introduced = False
    m = _MARKER.match(s)
    if m:
        introduced = True
        s = s[m.end() :]
        if re.fullmatch(r"[A-Z]{1,3}", s):
            return True  # "^AK", "/VM", "- JS": initials after a marker
    m = _CLOSE_WORDS.match(s)
    if m and m.end() > 0:
        introduced = True
        s = s[m.end() :]
    m = _LEAD_IN.match(s)
    if m:
        introduced = True
        s = s[m.end() :]
    s = s.lstrip(" ,\n\t-–—~:;")
    return bool(s) and _identity(s, skip, introduced)


def _structural(reply: str, skip: frozenset[str]) -> str | None:
    """The sign-off at the end of the reply, found by its shape: the last one to three short
    lines, or the end of the last line after its final sentence or a spaced dash/slash."""
    text = reply.rstrip()
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines:
        return None
    cands: list[str] = []
    for k in (1, 2, 3):
        if k < len(lines) and all(len(ln) <= _MAX_SIGNOFF for ln in lines[-k:]):
            cands.append("\n".join(lines[-k:]))
    last = lines[-1]
    cuts = [m.end() for m in _SENTENCE_END.finditer(last) if m.end() < len(last)]
    cuts += [m.start() for m in _SPACED_MARKER.finditer(last)]
    for cut in sorted(set(cuts), reverse=True)[:3]:
        cands.append(last[cut:])
    for cand in cands:
        if _analyse(cand, skip):
            return cand.strip()
    return None


#: Greetings that name nobody ("Dear Customer,"): their word may still sign ("Customer Care").
_SALUTATIONS = frozenset(
    [
        "customer",
        "customers",
        "guest",
        "guests",
        "sir",
        "madam",
        "valued",
        "member",
        "all",
        "there",
        "everyone",
        "team",
        "friend",
        "friends",
        "folks",
    ]
)


def _customer_names(reply: str, customer: str | None) -> frozenset[str]:
    """Lower-cased names of the customer: configured, and greeted at the start ("Hi Zoe,")."""
    names = {w.lower() for w in (customer or "").split() if w}
    m = _GREETING.match(reply)
    if m and m.group(1).lower() not in _SALUTATIONS:
        names.add(m.group(1).lower())
    return frozenset(names)


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


def _only_the_company(closing: str, company: str | None) -> bool:
    """The reply's closing is the company's bare name ("... on site. – Northvale Water"): no
    person, role or team answers for it, and the playbook asks replies to come from a
    person."""
    if not company:
        return False
    bare = _MARKER.sub("", norm(closing).strip())
    m = _CLOSE_WORDS.match(bare)
    bare = bare[m.end() :] if m else bare
    bare = re.sub(r"^the\s+", "", bare.strip(" \n\t.,!-–—~"), flags=re.I)
    said = re.sub(r"\s+", " ", bare).lower()
    # "The Gentleman's Chair" signs as "— The Gentleman's Chair" or "— Gentleman's Chair".
    name = re.sub(r"^the ", "", re.sub(r"\s+", " ", company.strip()).lower())
    # "- SwiftLane" for SwiftLane Courier, "- Anchor Fitness" for Anchor Fitness Co., and
    # "- Hollowmere GC" for Hollowmere Golf Club.
    words = name.split()
    short = " ".join([*words[:1], "".join(w[0] for w in words[1:])]) if len(words) > 2 else name
    return bool(said) and (said in (name, short) or name.startswith(said + " "))


def _team_above(reply: str, ctx: CheckContext) -> bool:
    """A sign-off on the line above the company's name: "Customer Support Team\nApex"."""
    lines = reply.rstrip().split("\n")
    if len(lines) < 2 or not _only_the_company(lines[-1], ctx.company_name):
        return False
    above = "\n".join(lines[:-1]).rstrip()
    if not above or len(above.split("\n")[-1]) > _MAX_SIGNOFF:
        return False
    found = _structural(above, _customer_names(above, ctx.customer_name))
    return found is not None and not _only_the_company(found, ctx.company_name)


@dataclass(frozen=True)
class SignatureCheck:
    """Passes when the reply names its writer, their role, or the company's team (not the
    company's bare name)."""

    name: str = "signature"

    def __call__(self, ctx: CheckContext) -> CheckResult:
        reply = norm(ctx.reply)
        found = (
            _known(reply, ctx)
            or _generic(reply, ctx.customer_name)
            or _structural(reply, _customer_names(reply, ctx.customer_name))
        )
        start, end = _closing(ctx.reply)
        if (
            found
            and _only_the_company(ctx.reply[start:end], ctx.company_name)
            and _only_the_company(found, ctx.company_name)
            and not _team_above(reply, ctx)
        ):
            return result(
                self.name,
                False,
                "The reply is signed only with the company's name: no person, role or team "
                "says who is writing.",
                [span_at(ctx.reply, start, end)],
                suggestion="Add who is writing: “– Maya, Customer Care Lead” or “The "
                f"{ctx.company_name} team”.",
            )
        if found:
            return result(self.name, True, f"The reply says who is writing: “{found}”.")
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
