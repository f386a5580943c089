"""Signature: the reply names its writer, role or team; generic sign-offs work unconfigured."""

from __future__ import annotations

import pytest

from assistant.checks.base import CheckContext
from assistant.checks.signature import SignatureCheck

CHECK = SignatureCheck()


@pytest.mark.parametrize(
    "reply",
    [
        "Sorry about that. – Maya, Oakhaven Home",
        # A team whose name starts with a closing word ("Kind regards").
        "Please DM us should you wish to discuss further. – Kind Spine Studio Team",
        "Thanks for the review. DM us any time.\n\nJo, Bramble & Bean Guest Care",
        "I can move you to a cheaper plan. Send us a DM.\n\nCarl, Nimbus Social Care",
        "Please DM us your booking reference. ^JS",
        "Thanks, Sam from the Acme team",
        "We're on it.\n— The Oakhaven Home team",
        "I'm Maya from Oakhaven and I'm sorry about your sofa.",
        "Please DM us.\nMaya (Customer Care Lead)",
        "Please try again. *TB",
    ],
)
def test_sign_offs_pass(reply: str) -> None:
    assert CHECK(CheckContext(reply=reply)).passed


def test_known_signer_and_company_pass() -> None:
    ctx = CheckContext(reply="Sorry to hear that. Best, Priya", signers=("Priya (Manager)",))
    assert CHECK(ctx).passed
    ctx = CheckContext(reply="Sorry! The Oakhaven Home team", company_name="Oakhaven Home")
    assert CHECK(ctx).passed


@pytest.mark.parametrize(
    "reply",
    [
        "Sorry! Oakhaven Home",
        "Engineers are on site. – Northvale Water",
        "Please call to rebook.\n\nKind regards,\nNorthvale Water",
        "Please call to rebook.\n\nKind regards,\n\nNorthvale Water",
    ],
)
def test_the_company_name_alone_does_not_say_who_is_writing(reply: str) -> None:
    company = "Oakhaven Home" if "Oakhaven" in reply else "Northvale Water"
    res = CHECK(CheckContext(reply=reply, company_name=company))
    assert not res.passed
    assert res.evidence and company in res.evidence[0].text


@pytest.mark.parametrize(
    "reply",
    [
        "We're sorry. Our team will call you.",
        "I'm sorry. We'll refund you from Monday.",
        "Please DM us your order number.",
    ],
)
def test_unsigned_replies_fail_with_closing_line(reply: str) -> None:
    res = CHECK(CheckContext(reply=reply))
    assert not res.passed
    assert res.evidence and reply.endswith(res.evidence[0].text)


def test_customer_name_is_not_a_signature() -> None:
    ctx = CheckContext(reply="We're sorry. Thank you, Sarah.", customer_name="Sarah Jones")
    assert not CHECK(ctx).passed


@pytest.mark.parametrize(
    ("reply", "company", "passes"),
    [
        ("Please call us with your tracking number. - SwiftLane", "SwiftLane Courier", False),
        ("I'll call you to explain. - Anchor Fitness", "Anchor Fitness Co", False),
        (
            "We'll look into it.\n\nCustomer Support Team\nApex Auto Rentals",
            "Apex Auto Rentals",
            True,
        ),
        (
            "Dear Customer,\n\nNo refund is due.\n\nCustomer Relations Department"
            "\nBluefin Airlines",
            "Bluefin Airlines",
            True,
        ),
        (
            "Keep flossing. DM us if you'd prefer a different hygienist x Kerry, Reception",
            None,
            True,
        ),
    ],
)
def test_sign_offs_with_the_company_and_kisses(
    reply: str, company: str | None, passes: bool
) -> None:
    res = SignatureCheck()(CheckContext(reply=reply, company_name=company))
    assert res.passed is passes, res.reason


@pytest.mark.parametrize(
    ("reply", "company"),
    [
        ("Call us on 0113 555 0290. – The Gentleman's Chair", "The Gentleman's Chair"),
        ("Call us on 0113 555 0290. – Gentleman's Chair", "The Gentleman's Chair"),
        ("DM us your booking details. – Hollowmere GC", "Hollowmere Golf Club"),
    ],
)
def test_a_shortened_company_name_is_still_only_the_company(reply: str, company: str) -> None:
    assert not CHECK(CheckContext(reply=reply, company_name=company)).passed
