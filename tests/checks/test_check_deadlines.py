"""Weekday deadlines against a policy's time frame, from the day the clock started."""

from __future__ import annotations

import pytest

from assistant.checks.base import CheckContext
from assistant.checks.deadlines import WEEKDAYS, days_until, reference_day
from assistant.checks.grounding import GroundingCheck

CHECK = GroundingCheck()
VISITS = ("Warranty faults: an engineer visits within 3 working days of the fault being reported.",)
REFUNDS = ("Refunds reach the original card within 5-7 working days of the return arriving.",)


@pytest.mark.parametrize(
    ("ref", "target", "following", "expected"),
    [
        ("monday", "thursday", False, (3, 3)),
        ("tuesday", "friday", False, (3, 3)),
        ("friday", "wednesday", False, (3, 5)),
        ("monday", "wednesday", True, (7, 9)),
        ("thursday", "monday", True, (2, 4)),  # "next Monday" said on Thursday: 4 days on
    ],
)
def test_days_until(ref: str, target: str, following: bool, expected: tuple[int, int]) -> None:
    assert days_until(WEEKDAYS.index(ref), WEEKDAYS.index(target), following) == expected


@pytest.mark.parametrize(
    ("reply", "complaint", "day"),
    [
        ("As you called on Monday, we'll be there by Thursday.", "", "monday"),
        ("Your parcel arrived at our warehouse on Monday.", "", "monday"),
        ("We'll be with you by Friday.", "I'm writing this Tuesday morning.", "tuesday"),
        ("We'll be with you by Friday.", "Been without heating since Sunday!", "sunday"),
        ("We'll be with you by Friday.", "My boiler broke.", None),
    ],
)
def test_reference_day(reply: str, complaint: str, day: str | None) -> None:
    ref = reference_day(reply, complaint)
    assert (WEEKDAYS[ref.day] if ref else None) == day


@pytest.mark.parametrize(
    ("policy", "reply", "complaint", "passes"),
    [
        (VISITS, "As you called on Monday, an engineer will be with you by Thursday.", "", True),
        (VISITS, "As you called on Monday, an engineer will be with you by Wednesday.", "", False),
        (VISITS, "An engineer will be with you by Friday.", "Writing this Tuesday morning.", True),
        (VISITS, "An engineer will be with you by Friday.", "Writing this Monday morning.", False),
        (
            REFUNDS,
            "Your parcel arrived on Monday, so you'll have the refund by next Wednesday.",
            "",
            True,
        ),
        # Without a day to count from, a weekday stays a deadline the policy must name.
        (VISITS, "An engineer will be with you by Thursday.", "My washer broke.", False),
    ],
)
def test_weekday_deadlines(
    policy: tuple[str, ...], reply: str, complaint: str, passes: bool
) -> None:
    res = CHECK(CheckContext(reply=reply, complaint=complaint, policy_context=policy))
    assert res.passed is passes, res.reason
