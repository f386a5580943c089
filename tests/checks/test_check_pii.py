"""PII: the customer's details from the complaint must not be echoed in the public reply."""

from __future__ import annotations

import pytest

from assistant.checks.base import CheckContext
from assistant.checks.pii import PiiCheck

CHECK = PiiCheck()
COMPLAINT = (
    "Order 48213377 never came! Email me at Jo.Smith@example.com or call 07700 900123. "
    "I live at 14 Elm Grove Road. Booking #OH-55812, account no. 1234. "
    "They charged my card ending 4417 twice, and my Amex ending 3006 once."
)


@pytest.mark.parametrize(
    ("reply", "evidence"),
    [
        ("We've emailed jo.smith@example.com.", "jo.smith@example.com"),
        ("We'll call you on 07700-900-123 today.", "07700-900-123"),
        ("Your order 4821 3377 is on its way.", "4821 3377"),
        ("The driver will go back to 14 Elm Grove Road.", "14 Elm Grove Road"),
        ("I've found booking OH-55812.", "OH-55812"),
        ("Account 1234 has been credited.", "1234"),
        ("Is your card 4111 1111 1111 1111?", "4111 1111 1111 1111"),
        ("The refund goes back to your card ending 4417.", "4417"),
        ("I've refunded your Amex ending 3006.", "3006"),
    ],
)
def test_repeated_personal_data_fails(reply: str, evidence: str) -> None:
    res = CHECK(CheckContext(reply=reply, complaint=COMPLAINT))
    assert not res.passed
    assert [s.text for s in res.evidence] == [evidence]
    assert all(reply[s.start : s.end] == s.text for s in res.evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "Please DM us your order number and we'll check it.",
        "Sorry Jo, please e-mail care@oakhaven.example or call 0800 123 4567.",
        "We're on it. ^JS",
    ],
)
def test_replies_without_customer_data_pass(reply: str) -> None:
    assert CHECK(CheckContext(reply=reply, complaint=COMPLAINT)).passed
