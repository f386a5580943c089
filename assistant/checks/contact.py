"""`contact`: the reply gives a direct way to reach a person, so the issue can go offline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.checks.base import CheckContext, result
from assistant.schemas import Channel, CheckResult, Span

_CHANNELS = [
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # an e-mail address
    re.compile(r"(?<!\w)\+?\d[\d ()-]{6,}\d"),  # a phone number
    re.compile(
        r"\b(?:send|drop|shoot)\s+(?:us|me)\s+(?:a\s+)?(?:DM|direct message|private message|PM"
        r"|message|note|line|e-?mail)\b",
        re.I,
    ),
    re.compile(r"\b(?:DM|message|e-?mail|call|ring|phone|text|contact|reach)\s+(?:us|me)\b", re.I),
    re.compile(r"\bin\s+(?:a\s+)?(?:DM|direct message|private message)s?\b", re.I),
    re.compile(r"\b(?:DMs?|inbox) (?:are|is) open\b", re.I),
    re.compile(r"\b(?:give us a call|get in touch|reach out to (?:us|me))\b", re.I),
    re.compile(r"\bcall (?:our|the) [\w ]{0,20}(?:team|line|desk)\b", re.I),
    re.compile(r"\bhttps?://\S+/(?:contact|support|help)\S*", re.I),
    # "give us a DM", "DM for assistance", "I'll DM you", "reply to this e-mail".
    re.compile(
        r"\b(?:give|send|drop|pop|shoot|fire) (?:us|me) a (?:quick |short )?(?:DM|message|call"
        r"|ring|e-?mail|line|note)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:DM|message|e-?mail|call|ring|phone|text) (?:us )?(?:for|with) (?:help"
        r"|assistance|support|details|your)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:I|we)(?:'ll| will| can)? (?:DM|message|call|ring|e-?mail|phone|text)"
        r" you\b",
        re.I,
    ),
    re.compile(
        r"\breply (?:straight |directly |back )?to (?:this|my|our) (?:e-?mail|message|DM)\b", re.I
    ),
    # "Please DM your unit number", "DM your receipt if you want a swap".
    re.compile(r"\bDM (?:us )?(?:your|the|a|with)\b", re.I),
    # "I'll chase it today, then email you".
    re.compile(r"\bthen (?:e-?mail|call|ring|phone|text|message|DM) you\b", re.I),
    # "Send it by DM", "flick us a DM".
    re.compile(
        r"\b(?:by|via|over|through|in a) (?:DM|direct message|private message|PM)\b"
        r"|\b(?:flick|shoot|drop|slide) us a (?:DM|message|line|note|e-?mail)\b"
        r"|\bslide into (?:my|our) (?:DMs?|inbox)\b",
        re.I,
    ),
    # "I'll give you a ring", "we'll drop you a line".
    re.compile(
        r"\b(?:I|we)(?:'ll| will)? (?:give|drop) you a (?:ring|call|bell|line|message|e-?mail)\b",
        re.I,
    ),
    # An e-mail or DM thread is itself a direct line: "reply here and I'll restore them".
    re.compile(
        r"(?<!the )(?<!your )(?<!a )(?<!our )(?<!my )\b(?:reply|write back|respond) (?:here"
        r"|to me)\b",
        re.I,
    ),
    re.compile(r"\bcall the number on (?:your|the)\b", re.I),
    re.compile(r"\b(?:call|ring|dial) (?:reception|the (?:front )?desk|the front office)\b", re.I),
    re.compile(
        r"\b(?:pop|come) (?:in|into|by) (?:the |our |any )?(?:branch|store|shop|desk"
        r"|office)\b",
        re.I,
    ),
]


#: In an e-mail, replying reaches the writer: "just reply with whichever you'd prefer".
_EMAIL_REPLY = re.compile(
    r"\b(?:just|simply|please|you can|feel free to|do|if you|could you|can you|would you)"
    r" (?:reply|write back|respond)\b|\bby replying to this (?:e-?mail|message)\b"
    # "If you'd like, reply with your mechanic's report."
    r"|(?:^|[.!?,;]\s*)(?:reply|write back|respond) (?:with|and|to let|if)\b"
    r"|\breplies to this (?:address|e-?mail|inbox) (?:are|will be) (?:monitored|read|answered)",
    re.I,
)


def _digits_or_text(text: str) -> str:
    """Phone numbers compare by digits (spacing varies); everything else by lower-case text."""
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 7 and "@" not in text else text.lower()


@dataclass(frozen=True)
class ContactCheck:
    """Passes when at least one direct channel (DM, e-mail, phone, contact link) is offered."""

    name: str = "contact"

    def __call__(self, ctx: CheckContext) -> CheckResult:
        theirs = ctx.complaint.lower()
        patterns = [*_CHANNELS, _EMAIL_REPLY] if ctx.channel == Channel.EMAIL else _CHANNELS
        for pattern in patterns:
            for m in pattern.finditer(ctx.reply):
                if _digits_or_text(m.group(0)) in _digits_or_text(theirs):
                    continue  # the customer's own e-mail or number is no way to reach us
                span = Span(start=m.start(), end=m.end(), text=m.group(0))
                return result(self.name, True, f"Offers a direct contact: “{m.group(0)}”.", [span])
        return result(
            self.name,
            False,
            "No direct way to reach a person (DM, e-mail or phone) is offered.",
            suggestion="Add a line such as “Please DM us your order number” or an e-mail address.",
        )
