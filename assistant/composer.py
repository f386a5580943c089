"""The offline grounded composer: a playbook-shaped reply with no model and no API key.

It writes from three things only: the company profile (who signs, how to reach a person),
the best-matching policy (the problem it covers and, verbatim, what customers get), and the
complaint itself (name, the item it is about). It never adds a remedy, amount or deadline
that the policy does not state, so its drafts are truthful by construction. Phrasing varies
with the complaint so replies do not read as one template pasted everywhere.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from assistant.knowledge import Company, PastReply, Policy
from assistant.schemas import AtFault, Channel

_ITEMS = (
    "sofa bed",
    "corner sofa",
    "dining table",
    "coffee table",
    "bedside table",
    "chest of drawers",
    "bed frame",
    "office chair",
    "dining chairs",
    "armchair",
    "sofa",
    "couch",
    "wardrobe",
    "mattress",
    "bookcase",
    "bookshelf",
    "desk",
    "dresser",
    "sideboard",
    "bed",
    "table",
    "chairs",
    "chair",
    "rug",
    "lamp",
    "mirror",
    "cabinet",
    "stool",
    "ottoman",
    "headboard",
    "footstool",
    "cushions",
    "curtains",
    "shelves",
)
_ITEM_RX = re.compile(r"\b(" + "|".join(re.escape(i) for i in _ITEMS) + r")\b", re.I)

_THANKS = (
    "Thank you for telling us about {problem}.",
    "Thanks for letting us know about {problem}.",
    "Thank you for flagging {problem}, and for taking the time to write.",
    "Thank you for taking the time to tell us about {problem}.",
)
_SORRY = {
    "yes": (
        "I'm really sorry. That's not the experience we want for anyone.",
        "I'm so sorry we let you down here.",
        "I'm sorry. We got this wrong and it's on us to fix it.",
        "I'm truly sorry about this; you deserved better from us.",
    ),
    "unsure": (
        "I'm sorry this has been so frustrating.",
        "I'm sorry you've had this experience, and I want to get to the bottom of it.",
        "I'm sorry it's come to this; let's sort it out together.",
    ),
    "no": (
        "I'm sorry this has been frustrating.",
        "I'm sorry it's been a frustrating experience.",
        "I understand why this is frustrating.",
    ),
}
_OFFER = {
    "yes": (
        "To put it right, we can offer you {remedy}",
        "Here's what we can do for you: {remedy}",
        "We'd like to make this right. We can offer you {remedy}",
    ),
    "unsure": (
        "Once we've looked into it, we can offer you {remedy}",
        "Depending on what we find, we can offer you {remedy}",
    ),
    "no": ("What we can offer is {remedy}", "Here's what we can do: {remedy}"),
}
_SHORT_CONTACT = "Please DM us so we can sort it out."
_SOCIAL = (Channel.TWITTER, Channel.INSTAGRAM, Channel.FACEBOOK, Channel.OTHER)
_ESCALATED = (
    "A senior member of our team is taking this on personally.",
    "I've passed this straight to a senior colleague, who will handle it personally.",
)
# Escalations (injury, legal, discrimination) need gravity, not "sorry it was frustrating".
_SORRY_ESCALATED = (
    "I'm so sorry to hear this.",
    "I'm really sorry to hear what happened.",
)


@dataclass(frozen=True)
class ComposerInput:
    """What the composer needs; all of it comes from retrieval, triage and the profile."""

    complaint: str
    channel: Channel
    company: Company
    policy: Policy | None
    at_fault: AtFault
    escalate: bool = False
    customer_name: str | None = None
    signer: str | None = None
    example: PastReply | None = None
    max_chars: int = 1500


def _pick(options: tuple[str, ...], seed: int, salt: int) -> str:
    return options[(seed + salt) % len(options)]


def _offer(template: str, items: list[str]) -> str:
    """One remedy inline; several as a list, since policies mix options and extras."""
    if len(items) == 1:
        return template.format(remedy=items[0]) + "."
    head = template.format(remedy="").rstrip(" :") + ":"
    return head + "".join(f"\n- {item}" for item in items)


def _problem(policy: Policy | None, complaint: str) -> str:
    phrase = policy.problem if policy else "what happened"
    m = _ITEM_RX.search(complaint)
    if m:
        item = m.group(1).lower()
        if "your order" in phrase:
            return phrase.replace("your order", f"your {item}", 1)
        if "your delivery" in phrase:
            return phrase.replace("your delivery", f"your {item} delivery", 1)
        if phrase == "what happened":
            return f"what happened with your {item}"
    return phrase


def _contact_line(inp: ComposerInput, short: bool) -> str:
    c = inp.company.contact
    social = inp.channel in _SOCIAL
    policy_step = inp.policy.next_step if inp.policy and not inp.escalate else ""
    # Review sites and e-mail have no DMs: a "DM us" step only fits social channels.
    if (
        policy_step
        and (social or "DM" not in policy_step)
        and (not short or len(policy_step) < 110)
    ):
        return policy_step
    if social:
        return "Please send us a DM with your order number so we can sort this out directly."
    parts = [f"e-mail {c.email}" if c.email else "", f"call {c.phone}" if c.phone else ""]
    how = " or ".join(p for p in parts if p) or "reply here"
    return f"Please {how} with your order number and we'll take it from there."


def _sign_off(inp: ComposerInput, short: bool) -> str:
    signer = inp.company.signer(inp.signer)
    name = inp.company.short_name if short and inp.company.short_name else inp.company.name
    # Follow the sign-off style of the closest past reply on this channel, when there is one.
    if inp.example is not None and re.search(r"\n?\s*[–—-]\s*\w+,[^\n]*\Z", inp.example.reply):
        short = True
    if short:
        return f"– {signer.name}, {name}"
    return f"{signer.name}, {signer.role}, {inp.company.name}"


def compose(inp: ComposerInput) -> str:
    """Write the reply; optional parts shrink or drop until it fits the channel."""
    seed = int(hashlib.sha256(inp.complaint.encode()).hexdigest()[:8], 16)
    short = inp.max_chars <= 400
    greeting = f"Hi {inp.customer_name.split()[0]}, " if inp.customer_name else ""
    problem = _problem(None if inp.escalate else inp.policy, inp.complaint)

    def opener(compact: bool) -> str:
        thanks = (_THANKS[1] if compact else _pick(_THANKS, seed, 0)).format(problem=problem)
        return greeting + (thanks[0].lower() + thanks[1:] if greeting else thanks)

    sorry_options = _SORRY_ESCALATED if inp.escalate else _SORRY[inp.at_fault]
    remedies = list(inp.policy.customer_gets) if inp.policy and not inp.escalate else []
    middle = [_pick(_ESCALATED, seed, 2)] if inp.escalate else []
    prevention = inp.policy.prevention if inp.policy and not inp.escalate else ""
    sign = _sign_off(inp, short)

    def render(offer_items: list[str], with_prevention: bool, compact: bool) -> str:
        sorry = min(sorry_options, key=len) if compact else _pick(sorry_options, seed, 1)
        body = [opener(compact), sorry, *middle]
        if offer_items:
            body.append(_offer(_pick(_OFFER[inp.at_fault], seed, 3), offer_items))
        body.append(
            _SHORT_CONTACT if compact and inp.channel in _SOCIAL else _contact_line(inp, short)
        )
        if with_prevention and prevention:
            body.append(prevention)
        sep = " " if short else "\n\n"
        return sep.join([" ".join(body[:2]), *body[2:]]) + ("\n" if short else "\n\n") + sign

    attempts = [] if short else [(remedies, True, False), (remedies, False, False)]
    attempts += [
        (remedies[:1], False, False),
        (remedies[:1], False, True),
        ([], False, False),
        ([], False, True),
    ]
    for offer_items, with_prevention, compact in attempts:
        text = render(offer_items, with_prevention, compact)
        if len(text) <= inp.max_chars:
            return text
    return text  # the length check will flag it; never cut mid-sentence
