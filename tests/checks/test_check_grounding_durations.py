"""Grounding: a remedy that lasts longer than the policy's, or refunds half where the policy
refunds a smaller share, fails with the length or share as evidence; the same or a shorter
length passes, and lengths that are deadlines or ages are not read as remedies."""

from __future__ import annotations

import pytest
from check_asserts import verdict_is

from assistant.checks.base import CheckContext
from assistant.checks.grounding import GroundingCheck

CHECK = GroundingCheck()
#: The rules alone: these cases test what they read, whatever the reader would clear.
RULES = GroundingCheck(use_model=False)


@pytest.mark.parametrize(
    ("policy", "reply", "evidence"),
    [
        (
            "Goodwill for safety defects at delivery: 3 days' subscription credit.",
            "We'll credit a full week of your subscription for the hassle.",
            "full week",
        ),
        (
            "Install appointment more than 1 hour late: one month's monitoring free.",
            "To make up for it, we'll give you three months' monitoring free.",
            "three months",
        ),
        (
            "If the portal fails on deadline day, applicants receive a 48-hour deadline extension.",
            "DM us now and we'll give you a one-week deadline extension.",
            "one-week",
        ),
        (
            "Event packages: if the promised seating isn't provided, refund 25% of the package"
            " price.",
            "DM us and we'll refund half your package.",
            "refund half",
        ),
    ],
)
def test_longer_remedies_and_bigger_shares_fail(policy: str, reply: str, evidence: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert not res.passed, res.reason
    assert any(evidence in s.text for s in res.evidence), res.evidence


@pytest.mark.parametrize(
    ("policy", "reply"),
    [
        (
            "Goodwill for safety defects at delivery: 3 days' subscription credit.",
            "We'll credit 3 days of your subscription for the hassle.",
        ),
        (
            "Install appointment more than 1 hour late: one month's monitoring free.",
            "We'll give you a month's monitoring free. DM us.",
        ),
        # A deadline, not how long the remedy lasts.
        (
            "Install appointment more than 1 hour late: one month's monitoring free.",
            "The engineer was over 2 hours late, so a month's monitoring is on us.",
        ),
        (
            "Event packages: if the promised seating isn't provided, refund 50% of the package"
            " price.",
            "DM us and we'll refund half your package.",
        ),
    ],
)
def test_the_same_length_or_share_passes(policy: str, reply: str) -> None:
    res = CHECK(CheckContext(reply=reply, policy_context=(policy,)))
    assert res.passed, res.reason


#: Whole working weeks in the policy cover that many calendar weeks (round 28: "within 5
#: working days" against "within the week"); a shorter calendar span is still faster.
@pytest.mark.parametrize(
    ("policy", "reply", "passes"),
    [
        (
            "Incomplete fitting: a return visit to finish the job is free, within 5 working days.",
            "We'll come back and fit them, free of course, within the week. Shona, Fitting Team",
            True,
        ),
        (
            "Refunds are issued within 10 business days.",
            "Your refund will land within 14 days. Sam, Accounts",
            True,
        ),
        (
            "Refunds are issued within 10 business days.",
            "Your refund will land within 7 days. Sam, Accounts",
            False,
        ),
        (
            "Refunds are issued within 5 working days.",
            "Your refund will land within 3 days. Sam, Accounts",
            False,
        ),
        (
            "Refunds are issued within 5 days.",
            "Your refund will land within the week. Sam, Accounts",
            False,
        ),
    ],
)
def test_working_weeks_cover_calendar_weeks(policy: str, reply: str, passes: bool) -> None:
    verdict_is(RULES, CheckContext(reply=reply, policy_context=(policy,)), not passes)
