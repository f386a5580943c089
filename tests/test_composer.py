from __future__ import annotations

import json
import re

import pytest

from assistant.config import PROJECT_ROOT
from assistant.schemas import Channel, Complaint

EVAL_COMPLAINTS = [
    json.loads(line)
    for line in (PROJECT_ROOT / "evals" / "data" / "complaints.jsonl").read_text().splitlines()
    if line.strip()
]
REPLY_CASES = [r for r in EVAL_COMPLAINTS if r["expected_action"] != "do_not_engage"]

# Remedy words the composer may only use when the chosen policy states them.
REMEDY_WORDS = re.compile(
    r"voucher|discount|refund|replacement|credit|gift card|free|£\d+|\d+%", re.I
)


@pytest.fixture(scope="module")
def drafts(app):
    out = []
    for row in REPLY_CASES:
        complaint = Complaint(
            text=row["complaint"],
            channel=Channel.parse(row["channel"]),
            customer_name=row.get("customer_name"),
        )
        out.append((row, app.draft(complaint)))
    return out


def test_every_draft_passes_every_check(drafts):
    failures = [
        (row["id"], c.name, c.reason) for row, res in drafts for c in res.checks if not c.passed
    ]
    assert not failures


def test_never_names_a_remedy_absent_from_the_policy(app, drafts):
    for row, res in drafts:
        policy_text = " ".join(s.text for s in res.sources if s.kind == "policy")
        for word in {m.group(0).lower() for m in REMEDY_WORDS.finditer(res.draft.text)}:
            assert word in policy_text.lower(), (row["id"], word)


def test_never_contains_forbidden_phrases(drafts):
    for row, res in drafts:
        for phrase in row["must_not_contain"]:
            assert phrase.lower() not in res.draft.text.lower(), (row["id"], phrase)


def test_fits_channel_and_signs_with_a_name(app, drafts):
    names = [s.name for s in app.kb.company.signers]
    for row, res in drafts:
        assert len(res.draft.text) <= app.settings.length_limit(row["channel"])
        assert any(n in res.draft.text.splitlines()[-1] for n in names)


def test_apologises_only_where_at_fault(app):
    at_fault = app.draft(
        Complaint(
            text="Your crew dented my new fridge door moving the sofa in", channel=Channel.FACEBOOK
        ),
        at_fault="yes",
    )
    no_fault = app.draft(
        Complaint(
            text="Saw the same lamp cheaper on your site a week later", channel=Channel.FACEBOOK
        ),
        at_fault="no",
    )
    assert re.search(r"\bI'm (?:really |so |truly )?sorry\b(?! this| it| you)", at_fault.draft.text)
    assert "got this wrong" not in no_fault.draft.text and "let you down" not in no_fault.draft.text


def test_uses_name_and_item_and_varies(app):
    a = app.draft(
        Complaint(
            text="My wardrobe arrived with a cracked door",
            channel=Channel.TWITTER,
            customer_name="Sam Jones",
        )
    )
    b = app.draft(
        Complaint(text="The mirror came smashed to pieces in the box", channel=Channel.TWITTER)
    )
    assert a.draft.text.startswith("Hi Sam,") and "wardrobe" in a.draft.text
    assert "mirror" in b.draft.text
    first = lambda t: t.split(".")[0].split(",", 1)[-1].strip().lower()  # noqa: E731
    assert first(a.draft.text) != first(b.draft.text) or a.draft.text[-40:] != b.draft.text[-40:]


def test_escalations_get_a_holding_reply_without_remedies(app):
    res = app.draft(
        Complaint(
            text="The bookcase tipped over onto my daughter, she was hurt", channel=Channel.FACEBOOK
        )
    )
    assert res.triage.action == "escalate"
    assert not REMEDY_WORDS.search(res.draft.text)
    assert "senior" in res.draft.text


def test_do_not_engage_has_no_draft_unless_forced(app):
    spam = Complaint(text="Earn $500 a day from home, click here")
    assert app.draft(spam).draft is None
    assert app.draft(spam, force=True).draft is not None


def test_review_sites_get_email_or_phone_not_dm(app):
    res = app.draft(Complaint(text="Sofa arrived ripped", channel=Channel.GOOGLE))
    contact = app.kb.company.contact
    assert contact.email in res.draft.text or contact.phone in res.draft.text
    assert "DM" not in res.draft.text
