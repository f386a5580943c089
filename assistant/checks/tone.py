"""`tone`: the reply sounds like a calm, warm person, not a sneer, a shout or a form letter.

Three signals, in order: phrase patterns for what reviewers name outright (sarcasm,
rudeness, condescension, shouting, corporate boilerplate; `tone_phrases.py`) with the
stance model's `tone` label beside them; the learned warmth score from `warmth.py` for
replies that are merely cold; and a second look (`cold_rebuttal.py`) at replies the model
reads as arguing, which fails a rebuttal with no thanks, apology or feeling in it. Short,
plain, professional replies ("Sorry to hear that. Please DM us your booking reference.
^JS") must pass, so coldness alone only fails a reply with no warm word at all and a very
low score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from assistant.checks.base import CheckContext, merge_spans, result
from assistant.checks.cold_rebuttal import read_cold
from assistant.checks.patterns import norm, quote, sentences, span_at, spans
from assistant.checks.stance_checks import Phrased, stance_evidence
from assistant.checks.tone_phrases import RUDE
from assistant.checks.warmth import warmth
from assistant.schemas import CheckResult, Span

_BANGS = re.compile(r"[!?]*!{2,}[!?]*|\?+!+[!?]*|!+\?+[!?]*")
_CAPS = re.compile(r"(?<![\w@#^/.])[A-Z][A-Z']{2,}(?![\w/]|\.\w)")
#: Upper-case tokens that are not shouting: acronyms and common abbreviations.
_ACRONYMS_WORDS = (
    "DM DMS UK USA US ID FAQ TV OK PM AM PIN SMS URL USB PDF CEO GPS ATM VAT NHS BBQ RSVP "
    "ASAP EU NYC LA BBC APP IOS MAC PC PS4 PS5 HDMI WIFI LED LCD HD UPS DHL DPD EVRI GMT "
    "BST EST PST CST UTC APR ISBN SKU MOT HR IT FYI ETA TBC TBA NB RE FWD AKA DIY GBP USD "
    "EUR CCTV SIM ESIM VPN API CVV CVC IBAN HTTP HTTPS WWW COM AI NFC QR SSD RAM CPU GPU OS "
    "PSN COVID WHO CDC FAQS IMEI SSN DOB UPC PDT EDT CET NBA NFL PS XBOX HBO LTE VIP VIPS SUV"
    " HVAC GP MRI RV PTA"
)
_ACRONYMS = frozenset(_ACRONYMS_WORDS.split())
#: Words that shout on their own: "the plug is NOT included".
_EMPHATIC = frozenset(
    [
        "NOT",
        "YOU",
        "NEVER",
        "ALWAYS",
        "MUST",
        "ONLY",
        "CLEARLY",
        "DID",
        "DOES",
        "READ",
        "ANY",
        "BEFORE",
        "AFTER",
        "EVERY",
    ]
)
#: Below this warmth probability, a reply with no warm marker at all reads as cold. 0.50
#: (0.45 until round 21): on the tune and dev rows it caught 9 more cold replies for 3 new
#: false alarms, and moved the IBM agents' tone flag rate from 1.9% to 2.2%.
COLD_BELOW = 0.50
_WARM = re.compile(
    r"\b(?:thanks?|thank you|sorry|apologi|appreciate|glad|happy to|hi|hello|hey|please"
    r"|hope|understand|love|welcome|frustrat|disappoint|to hear|afraid"
    # Feeling for them: "Oh no, Ellie, a typo on an anniversary gift is gutting."
    r"|oh no|gutting|gutted|(?:what|such) a shame|congrat)",
    re.I,
)


def _shouting(text: str, company: str | None) -> list[Span]:
    """All-caps words (not known acronyms or the company's name) that shout.

    One emphatic word shouts ("the plug is NOT included"), and so do two side by side ("WE
    DO NOT"), two different word-like ones ("LOTS ... DOWN") or any three different ones.
    Scattered abbreviations the list does not know do not: "WHOIS" twice, "RGB, not CMYK",
    "your BAS ... the ATO" are names, not raised voices.
    """
    own = {w.upper() for w in re.findall(r"[A-Za-z']+", company or "")}
    hits = [m for m in _CAPS.finditer(text) if m.group(0) not in _ACRONYMS | own]
    distinct = {m.group(0) for m in hits}
    side_by_side = any(_BETWEEN.fullmatch(text[a.end() : b.start()]) for a, b in pairwise(hits))
    if (
        side_by_side
        or distinct & _EMPHATIC
        or len(distinct) >= 3
        or len({w for w in distinct if _WORDLIKE.fullmatch(w)}) >= 2
    ):
        return [span_at(text, m.start(), m.end()) for m in hits]
    return []


#: What may stand between two shouted words of one phrase.
_BETWEEN = re.compile(r"[\s,.!?:;'\-]*")
#: An all-caps token that reads as a word rather than an initialism: four letters or more,
#: with a vowel ("WORST", "DOWN"; not "CMYK", "HMRC").
_WORDLIKE = re.compile(r"(?=.*[AEIOU])[A-Z']{4,}")


#: Strong words a reply may use about its own failure or the customer's feeling.
_STRONG = re.compile(r"ridiculous|absurd|unacceptable|outrageous|silly", re.I)
#: A strong word about our own slip or a thing's name: "a silly mistake on our side",
#: "silly string".
_OURS_AFTER = re.compile(
    r"\s+(?:string\b|(?:mistake|error|slip) (?:on our (?:side|part|end)|of ours|by us)\b)", re.I
)
#: Feeling with the customer: "I understand why it felt ridiculous", "two hours for noodles
#: is ridiculous and I'm really sorry".
_WITH_THEM = re.compile(
    r"\b(?:sorry|apologi[sz]e|understand|get why|know why|can see why|felt|feel|feels)\b", re.I
)
#: The word aimed at the customer: "you're being silly", and "your" a few words before it
#: ("your ridiculous demands", "your complaint is ridiculous"); "your" elsewhere in the
#: sentence ("I know that can feel silly, and I'm sorry we didn't say so in your order
#: confirmation") aims at nobody.
_AT_THEM = re.compile(r"\b(?:you're|you are|you were|you've been)\b", re.I)
_YOUR_BEFORE = re.compile(r"\byour\b(?:\s+\S+){0,3}\s*$", re.I)


#: A sheepish emoji after an apology or thanks ("Oh no, sorry about the sticky bow! 😅"),
#: not after a laugh at the customer ("Haha sorry, Saturdays are crazy 😅").
_SHEEPISH = re.compile(r"😅")
_APOLOGY_BEFORE = re.compile(r"\b(?:sorry|thanks|thank you|apologi[sz]e)\b", re.I)
_LAUGH_BEFORE = re.compile(r"\b(?:ha(?:ha)+|ha|lol|wow|bit dramatic)\b", re.I)


def _on_our_side(text: str, span: Span) -> bool:
    """A strong word said with the customer, about our failure or their feeling, not at them."""
    if _SHEEPISH.fullmatch(span.text):
        before = text[max(0, span.start - 80) : span.start]
        return bool(_APOLOGY_BEFORE.search(before)) and not _LAUGH_BEFORE.search(before)
    if not _STRONG.fullmatch(span.text):
        return False
    if _OURS_AFTER.match(text, span.end):
        return True
    sent = next((s.text for s in sentences(text) if s.start <= span.start < s.end), "")
    near = text[max(0, span.start - 40) : span.start]
    return (
        bool(_WITH_THEM.search(sent))
        and not _AT_THEM.search(sent)
        and not _YOUR_BEFORE.search(near)
    )


@dataclass(frozen=True)
class ToneCheck:
    """Fails on sarcasm, rudeness, condescension, shouting, boilerplate or a cold reply."""

    name: str = "tone"
    #: Add the stance model's "tone" label, when the shipped model has one, to the phrases.
    use_stance: bool = True
    #: Take the second look at a rebuttal with no warmth (`cold_rebuttal`); needs the model.
    second_look: bool = True

    def __call__(self, ctx: CheckContext) -> CheckResult:
        return self.conclude(ctx, self.phrases(ctx))

    def phrases(self, ctx: CheckContext) -> Phrased:
        """Rude words, bangs and shouting, without waiting for the model."""
        text = norm(ctx.reply)
        loud = spans(_BANGS, text, ctx.reply) + _shouting(ctx.reply, ctx.company_name)
        return Phrased(
            merge_spans(
                [s for s in spans(RUDE, text, ctx.reply) if not _on_our_side(text, s)] + loud
            ),
            self.use_stance,
            fixed=lambda span: any(span.start < x.end and x.start < span.end for x in loud),
        )

    def conclude(self, ctx: CheckContext, found: Phrased) -> CheckResult:
        """The verdict: phrases, then the model, then warmth for a reply that is only cold."""
        text = norm(ctx.reply)
        evidence, note = stance_evidence(
            self.name, ctx.reply, found.evidence, found.use_model, fixed=found.fixed
        )
        warm = warmth(text)
        if evidence:
            return result(
                self.name,
                False,
                f"Parts of the reply may read as rude, sarcastic, shouting or robotic: "
                f"{quote(evidence)}{note}.",
                evidence,
                score=min(warm, max(0.0, 0.45 - 0.15 * (len(evidence) - 1))),
                suggestion="Rewrite those words plainly and warmly, as you would say them to "
                "the customer face to face.",
            )
        if warm < COLD_BELOW and not _WARM.search(text):
            first = text.strip().split("\n")[0]
            start = text.index(first) if first else 0
            return result(
                self.name,
                False,
                "The reply reads as cold: it has no thanks, apology, greeting or kind word "
                "(the opening is highlighted).",
                [span_at(ctx.reply, start, start + len(first))] if first else [],
                score=warm,
                suggestion="Open by thanking the customer or saying you are sorry to hear it.",
            )
        cold = read_cold(ctx.reply) if found.use_model and self.second_look else None
        if cold is not None:
            *rest, last = cold.missing or ("warmth",)
            lacks = f"{', '.join(rest)} or {last}" if rest else last
            return result(
                self.name,
                False,
                f"The reply argues its point with no {lacks}, so it reads as cold: "
                f"{quote([cold.evidence])} (cold-rebuttal score {cold.probability:.2f}).",
                [cold.evidence],
                score=min(warm, 1.0 - cold.probability),
                suggestion="Acknowledge how the customer feels before giving the facts, and "
                "thank them or say sorry where it is due.",
            )
        return result(self.name, True, "The reply sounds calm and courteous.", score=max(warm, 0.6))
