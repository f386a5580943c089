"""Knowledge-base editing: validated, atomic, audited with a diff, and promotion of replies."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant import kb_admin
from assistant.config import PROJECT_ROOT, Settings
from assistant.history import SQLiteHistory
from assistant.knowledge import KnowledgeError, PastReply, load_knowledge
from assistant.schemas import (
    CheckResult,
    Complaint,
    Draft,
    DraftResult,
    TokenUsage,
    TriageResult,
)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    kdir = tmp_path / "knowledge"
    shutil.copytree(PROJECT_ROOT / "knowledge", kdir)
    return Settings(knowledge_dir=kdir, data_dir=tmp_path / "data")


@pytest.fixture
def repo(settings: Settings) -> SQLiteHistory:
    return SQLiteHistory.from_settings(settings)


FIELDS = {
    "id": "gift-cards",
    "title": "Gift cards",
    "tags": ["gift card", "voucher"],
    "business_at_fault": "unsure",
    "problem": "a gift card that does not work",
    "customer_gets": ["a replacement card"],
    "body": "# Gift cards\nReplace it.",
}


def test_add_edit_delete_policy(settings: Settings, repo: SQLiteHistory) -> None:
    policy = kb_admin.build_policy(FIELDS)
    diff = kb_admin.save_policy(settings, policy, "ana", is_new=True, history=repo)
    assert "+title: Gift cards" in diff and "b/policies/gift-cards.md" in diff
    assert load_knowledge(settings.knowledge_dir).policies["gift-cards"].title == "Gift cards"
    with pytest.raises(KnowledgeError, match="field 'id'.*already exists"):
        kb_admin.save_policy(settings, policy, "ana", is_new=True, history=repo)

    edited = policy.model_copy(update={"title": "Gift cards and vouchers"})
    diff = kb_admin.save_policy(settings, edited, "bo", is_new=False, history=repo)
    assert "-title: Gift cards\n" in diff and "+title: Gift cards and vouchers" in diff

    kb_admin.delete_policy(settings, "gift-cards", "ana", history=repo)
    assert "gift-cards" not in load_knowledge(settings.knowledge_dir).policies
    changes = repo.list_kb_changes()
    assert [(c.action, c.who) for c in changes] == [
        ("delete", "ana"),
        ("edit", "bo"),
        ("add", "ana"),
    ]
    assert all(c.kind == "policy" and c.item_id == "gift-cards" for c in changes)
    assert not list((settings.knowledge_dir / "policies").glob("*.tmp"))


def test_invalid_policy_names_the_field(settings: Settings) -> None:
    with pytest.raises(KnowledgeError, match="field 'id'"):
        kb_admin.build_policy({**FIELDS, "id": "Bad Id!"})
    with pytest.raises(KnowledgeError, match="field 'title'"):
        kb_admin.build_policy({**FIELDS, "title": ""})
    with pytest.raises(KnowledgeError, match="field 'business_at_fault'"):
        kb_admin.build_policy({**FIELDS, "business_at_fault": "maybe"})


def test_policy_in_use_cannot_be_deleted(settings: Settings, repo: SQLiteHistory) -> None:
    with pytest.raises(KnowledgeError, match="r001"):
        kb_admin.delete_policy(settings, "delivery-late", "ana", history=repo)
    assert (settings.knowledge_dir / "policies" / "delivery-late.md").exists()
    assert repo.list_kb_changes() == []


def test_add_edit_delete_reply(settings: Settings, repo: SQLiteHistory) -> None:
    new_id = kb_admin.next_reply_id(settings)
    assert new_id == "r035"
    reply = kb_admin.build_reply(
        {
            "id": new_id,
            "channel": "X",
            "policy": "delivery-late",
            "complaint": "late!",
            "reply": "Sorry – Maya",
        }
    )
    assert reply.channel.value == "twitter"
    kb_admin.save_reply(settings, reply, "ana", is_new=True, history=repo)
    edited = reply.model_copy(update={"reply": "So sorry – Maya"})
    diff = kb_admin.save_reply(settings, edited, "ana", is_new=False, history=repo)
    assert "+reply: So sorry – Maya" in diff
    kb_admin.delete_reply(settings, new_id, "ana", history=repo)
    assert new_id not in load_knowledge(settings.knowledge_dir).replies
    assert [c.action for c in repo.list_kb_changes()] == ["delete", "edit", "add"]


def test_invalid_reply(settings: Settings, repo: SQLiteHistory) -> None:
    with pytest.raises(KnowledgeError, match="field 'channel'"):
        kb_admin.build_reply({"id": "r099", "channel": "myspace", "complaint": "a", "reply": "b"})
    with pytest.raises(KnowledgeError, match="field 'reply'"):
        kb_admin.build_reply({"id": "r099", "channel": "email", "complaint": "a", "reply": ""})
    bad = PastReply(id="r099", channel="email", policy="nope", complaint="a", reply="b")
    with pytest.raises(KnowledgeError, match="field 'policy'"):
        kb_admin.save_reply(settings, bad, "ana", is_new=True, history=repo)
    assert not (settings.knowledge_dir / "replies" / "r099.yaml").exists()


def test_promote_approved(settings: Settings, repo: SQLiteHistory) -> None:
    triage = TriageResult(
        action="reply",
        category="delivery",
        severity="medium",
        business_at_fault="yes",
        reason="genuine",
        respond_by=datetime.now(UTC) + timedelta(minutes=30),
    )
    draft = Draft(
        text="draft",
        backend="composer",
        model="m",
        prompt="p",
        prompt_version="1",
        sources=[],
        tokens=TokenUsage(),
        timings={},
    )
    ok = CheckResult(name="contact", passed=True, score=1.0, reason="ok")
    i = repo.save_draft(
        DraftResult(
            complaint=Complaint(text="Where is my sofa?", channel="facebook"),
            triage=triage,
            sources=[],
            draft=draft,
            checks=[ok],
        )
    )
    with pytest.raises(KnowledgeError, match="only approved"):
        kb_admin.promote_approved(settings, repo.get(i), "delivery-late", "ana", history=repo)
    repo.approve(i, "Sorry, Jo – DM us. – Maya", "ana", [ok])
    reply = kb_admin.promote_approved(settings, repo.get(i), "delivery-late", "ana", history=repo)
    assert reply.id == "r035" and reply.policy == "delivery-late"
    assert reply.complaint == "Where is my sofa?" and reply.reply.startswith("Sorry, Jo")
    assert load_knowledge(settings.knowledge_dir).replies["r035"].channel.value == "facebook"
    assert repo.get(i).promoted_as == "r035"
    assert repo.list_kb_changes()[0].action == "promote"
    with pytest.raises(KnowledgeError, match="already promoted"):
        kb_admin.promote_approved(settings, repo.get(i), "delivery-late", "ana", history=repo)
