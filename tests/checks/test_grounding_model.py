"""The grounding reader: which policy lines it reads, what it may clear, how it fails safely."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from check_asserts import tampered_copy

from assistant.checks.base import CheckContext
from assistant.checks.grounding import GroundingCheck
from assistant.checks.grounding_model import (
    META_PATH,
    MODEL_PATH,
    GroundingReader,
    _figure_against_figure,
    policy_excerpt,
    second_reading,
    shared_reader,
)
from assistant.checks.onnx_models import CheckModelError
from assistant.config import get_settings
from assistant.schemas import Span

RULES, WITH_READER = GroundingCheck(use_model=False), GroundingCheck()

POLICIES = (
    "Late deliveries: a £10 voucher. Vouchers are valid for 12 months.",
    "Damaged items: a free replacement sent within 2 working days. Contact: 0800 111 222.",
    "Refunds reach the original card within 5 working days.",
)


@pytest.mark.parametrize(
    ("sentence", "must_hold", "must_not_hold"),
    [
        ("We'll send a replacement for the damaged mug.", "Damaged items", "£10 voucher"),
        ("Your refund is on its way to your card.", "Refunds reach", "Damaged items"),
        ("Here is a £10 voucher for the late parcel.", "Late deliveries", "Refunds reach"),
    ],
)
def test_the_excerpt_holds_the_policy_line_nearest_the_sentence(
    sentence: str, must_hold: str, must_not_hold: str
) -> None:
    excerpt = policy_excerpt(sentence, POLICIES, budget=70)
    assert must_hold in excerpt
    assert must_not_hold not in excerpt


def test_the_excerpt_keeps_policy_order_and_always_has_a_line() -> None:
    excerpt = policy_excerpt("voucher replacement", POLICIES, budget=200)
    assert excerpt.index("£10 voucher") < excerpt.index("free replacement")
    assert policy_excerpt("nothing shared", ("One long policy line " * 40,), budget=10)


@dataclass
class FakeReader:
    """Reads sentences containing any of `unsupported` as unsupported promises."""

    unsupported: tuple[str, ...]
    threshold: float = 0.5

    def probability(self, sentence: str, policies: Sequence[str]) -> float:
        return 0.9 if any(word in sentence for word in self.unsupported) else 0.1


REPLY = "I've refunded the £10 today. We'll also add a £50 voucher. Sorry again. Jo, Care"


def _spans(*words: str) -> list[Span]:
    out = []
    for word in words:
        start = REPLY.index(word)
        out.append(Span(start=start, end=start + len(word), text=word))
    return out


@pytest.mark.parametrize(
    ("flagged", "unsupported", "kept", "cleared"),
    [
        (("today", "£50 voucher"), ("£50",), ("£50 voucher",), 1),
        (("today",), (), (), 1),
        (("today", "£50 voucher"), ("today", "£50"), ("today", "£50 voucher"), 0),
    ],
)
def test_the_reader_clears_only_whole_sentences_it_reads_as_fine(
    flagged: tuple[str, ...], unsupported: tuple[str, ...], kept: tuple[str, ...], cleared: int
) -> None:
    ctx = CheckContext(reply=REPLY, policy_context=POLICIES)
    spans, n = second_reading(ctx, _spans(*flagged), FakeReader(unsupported))
    assert [s.text for s in spans] == list(kept)
    assert n == cleared


@pytest.mark.parametrize("reader", [None, FakeReader(())])
def test_without_a_reader_or_a_policy_every_flag_stands(reader: FakeReader | None) -> None:
    ctx = CheckContext(reply=REPLY, policy_context=() if reader else POLICIES)
    spans, n = second_reading(ctx, _spans("today", "£50 voucher"), reader)
    assert [s.text for s in spans] == ["today", "£50 voucher"]
    assert n == 0


def test_the_off_switch_runs_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALMREPLY_GROUNDING_MODEL", "false")
    get_settings.cache_clear()
    try:
        assert shared_reader() is None
    finally:
        monkeypatch.delenv("CALMREPLY_GROUNDING_MODEL")
        get_settings.cache_clear()
    assert shared_reader() is not None


def test_a_missing_model_names_the_fix(tmp_path: Path) -> None:
    reader = GroundingReader(model_path=tmp_path / "grounding.onnx", meta_path=META_PATH)
    with pytest.raises(CheckModelError, match="CALMREPLY_GROUNDING_MODEL=false"):
        reader.probability("We'll refund you.", POLICIES)


def test_an_altered_model_is_refused(tmp_path: Path) -> None:
    blob, meta = tampered_copy(MODEL_PATH, META_PATH, tmp_path)
    with pytest.raises(CheckModelError, match="sha256"):
        GroundingReader(model_path=blob, meta_path=meta).probability("We'll refund you.", POLICIES)


#: What the shipped reader adds: the rules flag these, the reader reads them as backed (a
#: paraphrase of the policy's remedy) or as no promise at all (a narrated day).
CLEARED = [
    (
        "If a meal isn't up to standard, the customer gets a free replacement meal on their"
        " next visit.",
        "I'm sorry the curry was cold. Pop back in and your next curry is on us. Ana, Manager",
    ),
    (
        "Rooms above the bar: guests disturbed by undisclosed live music get 50% of that"
        " night's room rate back.",
        "I'm sorry. The band we had in on Saturday was far louder than we were told it would"
        " be. I've refunded half of that night's rate. Ana, Manager",
    ),
    (
        "Missed pre-orders: the customer's copy is held from the next delivery with 10% off.",
        "Sorry! More copies arrive on Thursday and I'll hold one for you with 10% off. Ana",
    ),
]

#: Promises the reader must leave flagged: a bigger figure than the policy's, a remedy
#: beyond the policy's, a staff action the policy does not describe.
KEPT = [
    ("Late deliveries: a £10 voucher.", "We'll refund the whole order and add a £50 voucher."),
    (
        "Service complaints: a complimentary dessert or drink on a return visit.",
        "Please let us treat you to dinner for two on us.",
    ),
    (
        "Staff conduct complaints are investigated by the manager; outcomes are confidential.",
        "The driver has been dismissed.",
    ),
]


@pytest.mark.parametrize(("policy", "reply"), CLEARED)
def test_the_reader_clears_paraphrase_and_narration(policy: str, reply: str) -> None:
    ctx = CheckContext(reply=reply, policy_context=(policy,))
    assert not RULES(ctx).passed
    res = WITH_READER(ctx)
    assert res.passed, res.reason
    assert "grounding reader cleared" in res.reason


@pytest.mark.parametrize(("policy", "reply"), KEPT)
def test_the_reader_keeps_real_over_promises(policy: str, reply: str) -> None:
    ctx = CheckContext(reply=reply, policy_context=(policy,))
    assert not RULES(ctx).passed
    assert not WITH_READER(ctx).passed


@pytest.mark.parametrize(
    ("flagged", "policy", "protected"),
    [
        ("30% off", "a loyalty discount of up to 10%", True),
        ("$100 a day", "expenses reimbursed up to $50 per day", True),
        ("within 24 hours", "refunds are processed within 14 days", True),
        ("refund of £11.50", "refund the missing items within 5 working days", False),
        ("on Thursday", "held from the next delivery", False),
    ],
)
def test_a_figure_against_a_policy_figure_is_never_the_readers_to_clear(
    flagged: str, policy: str, protected: bool
) -> None:
    assert _figure_against_figure(flagged, policy) is protected
