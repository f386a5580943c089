from __future__ import annotations

import pytest

from assistant.checks.base import CheckContext
from assistant.checks.contact import ContactCheck
from assistant.checks.length import LengthCheck, posted_length
from assistant.schemas import Channel

LONG_URL = "https://web.archive.org/web/20200401224734/https://support.example.com/answer/185111"


@pytest.mark.parametrize(
    ("reply", "channel", "passed"),
    [
        ("x" * 280, Channel.TWITTER, True),
        ("x" * 281, Channel.TWITTER, False),
        ("x" * 281, Channel.FACEBOOK, True),
        ("y" * 200 + " " + LONG_URL, Channel.TWITTER, True),  # the link counts as 23
        ("y" * 200 + " " + LONG_URL, Channel.EMAIL, True),
        ("z" * 1501, Channel.GOOGLE, False),
    ],
)
def test_length_per_channel(reply, channel, passed):
    assert LengthCheck()(CheckContext(reply=reply, channel=channel)).passed is passed


def test_overflow_evidence_is_the_part_that_does_not_fit():
    reply = "a" * 270 + " " + LONG_URL + " bbbb"
    res = LengthCheck()(CheckContext(reply=reply, channel=Channel.TWITTER))
    assert not res.passed
    span = res.evidence[0]
    assert reply[span.start : span.end] == span.text
    assert posted_length(reply[: span.start], Channel.TWITTER) <= 280
    assert "280" in res.reason


@pytest.mark.parametrize(
    ("reply", "passed", "evidence"),
    [
        ("Please DM us your order number. – Maya", True, "DM us"),
        ("E-mail care@shop.example and we'll sort it.", True, "care@shop.example"),
        ("Call us on 0330 555 0142 any time.", True, "0330 555 0142"),
        ("Send us a direct message so we can help.", True, "Send us a direct message"),
        ("Pop us a DM and we'll send a gift card your way.", True, "Pop us a DM"),
        ("If anything looks wrong, reply here and I'll restore them.", True, "reply here"),
        ("I'll give you a ring tomorrow to talk it over.", True, "I'll give you a ring"),
        ("Send us the late fee notice by DM and we'll reimburse it.", True, "by DM"),
        ("Flick us a DM and I'll get it sorted.", True, "Flick us a DM"),
        ("Slide into my DMs with what you'd want to hear. – Marcus", True, "Slide into my DMs"),
        ("Call reception on 0 from your room if it drops again.", True, "Call reception"),
        ("Noted. DM your receipt if you want a swap. – Bex", True, "DM your"),
        (
            "I'll chase it with finance today, then email you with an update.",
            True,
            "then email you",
        ),
        (
            "If it hasn't shown, reply straight to this email; it comes to me.",
            True,
            "reply straight to this email",
        ),
        ("Thanks for the reply here, we're sorry. – Maya", False, None),
        ("We're sorry. We'll look into it. – Maya", False, None),
    ],
)
def test_contact(reply, passed, evidence):
    res = ContactCheck()(CheckContext(reply=reply))
    assert res.passed is passed
    if evidence:
        assert res.evidence[0].text == evidence
    else:
        assert res.suggestion


@pytest.mark.parametrize(
    ("complaint", "reply", "passed"),
    [
        ("Email me at jo@x.com", "We emailed jo@x.com.", False),
        ("Call me on 07700 900123", "Your number 07700-900-123 is on file.", False),
        ("Email me at jo@x.com", "We emailed you; or write to care@shop.example.", True),
        ("", "E-mail care@shop.example.", True),
    ],
)
def test_the_customers_own_contact_is_not_ours(complaint, reply, passed):
    res = ContactCheck()(CheckContext(reply=reply, complaint=complaint))
    assert res.passed is passed


@pytest.mark.parametrize(
    ("channel", "passed"),
    [(Channel.EMAIL, True), (Channel.FACEBOOK, False)],
)
@pytest.mark.parametrize(
    "reply",
    [
        "Would you like a refund? Just reply with whichever you'd prefer. – Olivia",
        "If you'd like, reply with your mechanic's written report and we'll consider it.",
    ],
)
def test_replying_reaches_the_writer_only_in_an_email(channel, passed, reply):
    assert ContactCheck()(CheckContext(reply=reply, channel=channel)).passed is passed
