"""Amounts that restate a share or money already paid: the promise is checked, not the sum."""

from __future__ import annotations

import pytest

from assistant.checks.amounts import as_known, unrestated
from assistant.checks.commitments import terms

KNOWN = {("money", 118.0), ("money", 9.5), ("money", 80.0), ("money", 12.5)}


@pytest.mark.parametrize(
    ("clause", "restated"),
    [
        ("refund half your ticket price (£30)", True),
        ("refund 10% of the move price, £110", True),
        ("refund £30 of your ticket price", False),
    ],
)
def test_unrestated_drops_only_a_restated_share(clause: str, restated: bool) -> None:
    money = [i for i in terms(clause).items if i.quantity and i.quantity[0] == "money"]
    assert money
    assert (unrestated(money[0], clause).quantity is None) is restated


@pytest.mark.parametrize(
    ("reply", "known"),
    [
        ("I've refunded £236 in total (2 x £118).", True),
        ("I've refunded £92.50 (£80 for the tickets plus £12.50 fees).", True),
        ("I've refunded the three missed lessons (£28.50).", True),
        ("I've refunded £236 to your card.", False),
        ("I've refunded £50 for the trouble.", False),
    ],
)
def test_as_known_reads_sums_of_what_was_paid(reply: str, known: bool) -> None:
    item = next(i for i in terms(reply).items if i.quantity and i.quantity[0] == "money")
    assert (as_known(item, KNOWN, reply).quantity is None) is known
