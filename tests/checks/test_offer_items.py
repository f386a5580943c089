"""`mentioned_only`: items an offer clause names without promising them to this customer."""

from __future__ import annotations

import pytest

from assistant.checks.commitments import terms
from assistant.checks.offer_items import mentioned_only


@pytest.mark.parametrize(
    ("before", "clause", "kind", "named_only"),
    [
        # A message sent again, once the reply has named the message; goods sent again.
        ("Your confirmation got stuck. ", "I'll resend it straight away", "replacement", True),
        ("Your tent poles went missing. ", "I'll resend them today", "replacement", False),
        # Our own kit already replaced; a replacement for the customer.
        ("", "we've taken the dryer out of service and replaced it", "replacement", True),
        ("", "we'll send you a replacement kettle", "replacement", False),
        # A remedy refused or set aside; the same remedy given.
        ("", "we don't do free consultations", "free", True),
        ("", "we'll credit it rather than refund it", "refund", True),
        ("", "we'll refund it today", "refund", False),
        # A thing, not a person, suspended; a person suspended.
        ("", "your account was suspended for exceeding the limits", "personnel", True),
    ],
)
def test_mentioned_only(before: str, clause: str, kind: str, named_only: bool) -> None:
    items = list(terms(clause).items)
    item = next(i for i in items if i.kind == kind)
    assert mentioned_only(item, items, clause, before) is named_only
