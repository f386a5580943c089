from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import SHARED_DATA

from assistant.config import PROJECT_ROOT
from assistant.knowledge import load_company
from assistant.schemas import Complaint
from assistant.triage import merge_llm_opinion, respond_by, triage_rules

COMPANY = load_company(PROJECT_ROOT / "knowledge" / "company.yaml")
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)  # a Wednesday, 11:00 in London

CASES = [
    # (complaint, action, category, at_fault)
    (
        "Two weeks late and still no sign of my dining table. Nobody tells me anything.",
        "reply",
        "delivery",
        "yes",
    ),
    ("The delivery guys left a massive scratch on the new sideboard", "reply", "damage", "yes"),
    ("You sent me the grey sofa, I ordered the green one!!", "reply", "wrong_item", "yes"),
    ("Ordered the bed in oak and you delivered WHITE. Who checks?", "reply", "wrong_item", "yes"),
    (
        "Flat pack bed arrived with missing screws so I can't build it",
        "reply",
        "missing_parts",
        "yes",
    ),
    ("The woman at the till was so rude to my elderly dad", "reply", "staff", "yes"),
    ("I've been on hold for 50 minutes trying to reach someone", "reply", "service_wait", "yes"),
    ("Where is my refund? I sent the chair back a month ago", "reply", "returns", "unsure"),
    ("Recliner mechanism stopped working after 8 months", "reply", "warranty", "unsure"),
    (
        "Saw the same lamp £30 cheaper on your site today, bought it last week",
        "reply",
        "pricing",
        "no",
    ),
    (
        "My toddler was hurt when the chest of drawers tipped over onto her",
        "escalate",
        "safety",
        "unsure",
    ),
    ("The lamp started smoking and sparking last night", "escalate", "safety", "unsure"),
    (
        "My solicitor will be in touch about this. Expect legal action.",
        "escalate",
        "legal",
        "unsure",
    ),
    (
        "Your staff treated me differently because I'm in a wheelchair: pure discrimination",
        "escalate",
        "discrimination",
        "unsure",
    ),
    (
        "I got an email with someone else's address and phone number in it",
        "escalate",
        "privacy",
        "unsure",
    ),
    ("Earn $500 a day from home!!! click here bit.ly/xyz", "do_not_engage", "spam", "no"),
    ("you lot are absolute clowns and morons", "do_not_engage", "abuse", "no"),
    ("Never even shopped there but I heard it's awful, 1 star", "do_not_engage", "abuse", "no"),
    ("imagine shopping at Oakhaven lmao 🤡 ratio", "do_not_engage", "abuse", "no"),
]


@pytest.mark.parametrize(
    ("text", "action", "category", "fault"), CASES, ids=[c[0][:30] for c in CASES]
)
def test_labelled_examples(text, action, category, fault):
    t = triage_rules(Complaint(text=text), COMPANY, NOW)
    assert (t.action, t.category, t.business_at_fault) == (action, category, fault)
    assert t.reason
    if action != "reply":
        assert t.advice and t.signals


def test_do_not_engage_never_advises_deleting_genuine_criticism():
    t = triage_rules(Complaint(text="you are all scum"), COMPANY, NOW)
    assert "never delete genuine criticism" in t.advice.lower()


def test_escalation_beats_spam_and_insults():
    t = triage_rules(
        Complaint(
            text="useless idiots, the shelf fell on my son, he needed "
            "stitches. click here for my blog"
        ),
        COMPANY,
        NOW,
    )
    assert t.action == "escalate" and t.severity in ("high", "critical")


def test_angry_caps_raise_severity():
    calm = triage_rules(Complaint(text="My order is late."), COMPANY, NOW)
    angry = triage_rules(
        Complaint(
            text="My order is LATE AGAIN!!! WORST company, absolutely DISGUSTING, never again"
        ),
        COMPANY,
        NOW,
    )
    assert calm.severity == "medium" and angry.severity == "high"


@pytest.mark.parametrize(
    ("received", "minutes"),
    [
        (datetime(2026, 11, 25, 11, 0, tzinfo=UTC), 30),  # Wednesday, open
        (datetime(2026, 11, 25, 20, 0, tzinfo=UTC), 60),  # Wednesday evening, closed
        (datetime(2026, 11, 29, 15, 30, tzinfo=UTC), 30),  # Sunday 15:30, open until 16:00
        (datetime(2026, 11, 29, 16, 30, tzinfo=UTC), 60),  # Sunday after closing
        (datetime(2026, 7, 1, 8, 30, tzinfo=UTC), 30),  # 09:30 BST: summer time counts
    ],
)
def test_respond_by_follows_business_hours(received, minutes):
    deadline = respond_by(COMPANY, received)
    assert deadline - received == __import__("datetime").timedelta(minutes=minutes)
    assert str(deadline.tzinfo) == "Europe/London"


def test_llm_opinion_can_escalate_but_never_de_escalate():
    routine = triage_rules(Complaint(text="My order is late"), COMPANY, NOW)
    merged = merge_llm_opinion(
        routine,
        '{"action": "escalate", "category": "legal", '
        '"severity": "high", "business_at_fault": "unsure", '
        '"reason": "mentions court"}',
    )
    assert merged.action == "escalate" and merged.source == "llm"
    urgent = triage_rules(Complaint(text="I was injured by your chair"), COMPANY, NOW)
    assert merge_llm_opinion(urgent, '{"action": "reply"}').action == "escalate"
    with pytest.raises(ValueError):
        merge_llm_opinion(routine, "I think you should reply")
    with pytest.raises(ValueError):
        merge_llm_opinion(routine, '{"action": "ignore"}')


IBM_LABELS = PROJECT_ROOT / "evals" / "data" / "ibm_triage_labels.jsonl"


def _ibm_cases() -> list[tuple[str, str]]:
    if not IBM_LABELS.exists():
        return []
    cases = []
    files: dict[str, list] = {}
    for line in IBM_LABELS.read_text().splitlines():
        row = json.loads(line)
        items = files.setdefault(
            row["file"],
            json.loads((SHARED_DATA / "ibm-twitter-customer-care" / row["file"]).read_text()),
        )
        cases.append((items[row["index"]]["dialogContent"][0]["message"], row["expected_action"]))
    return cases


def test_real_ibm_complaints():
    """Real tweets nobody here wrote: actions must agree with the human labels."""
    cases = _ibm_cases()
    assert len(cases) >= 40, "labels for real complaints are missing"
    got = [(triage_rules(Complaint(text=text), COMPANY, NOW).action, want) for text, want in cases]
    accuracy = sum(a == w for a, w in got) / len(got)
    escalations = [a for a, w in got if w == "escalate"]
    assert accuracy >= 0.85
    assert sum(a == "escalate" for a in escalations) / len(escalations) >= 0.8


def test_triage_labels_path_exists():
    assert Path(SHARED_DATA).is_dir(), "../shared/data must sit beside the project"
