from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT
from assistant.knowledge import (
    KnowledgeError,
    dump_policy,
    dump_reply,
    load_knowledge,
    load_policy,
    load_reply,
)
from assistant.schemas import Channel


def test_demo_knowledge_base_is_complete():
    kb = load_knowledge(PROJECT_ROOT / "knowledge")
    assert len(kb.policies) >= 12
    assert len(kb.replies) >= 25
    assert len({r.channel for r in kb.replies.values()}) >= 5
    assert kb.company.signers and kb.company.contact.email
    for reply in kb.replies.values():
        if reply.channel is Channel.TWITTER:
            assert len(reply.reply) <= 280, reply.id


BAD_POLICIES = [
    ("no front matter", "# Just a title\n", "front matter"),
    ("bad yaml", "---\nid: [unclosed\n---\nbody\n", "not valid YAML"),
    ("missing problem", "---\nid: late\ntitle: Late\n---\nbody\n", "field 'problem'"),
    (
        "bad fault",
        "---\nid: late\ntitle: Late\nproblem: x\nbusiness_at_fault: maybe\n---\n",
        "field 'business_at_fault'",
    ),
    (
        "bad action",
        "---\nid: late\ntitle: Late\nproblem: x\naction: shout\n---\n",
        "field 'action'",
    ),
    (
        "unknown field",
        "---\nid: late\ntitle: Late\nproblem: x\nrefund: all\n---\n",
        "field 'refund'",
    ),
    ("id mismatch", "---\nid: other\ntitle: Late\nproblem: x\n---\n", "field 'id'"),
]


@pytest.mark.parametrize(
    ("case", "text", "message"), BAD_POLICIES, ids=[c[0] for c in BAD_POLICIES]
)
def test_invalid_policy_names_file_and_field(tmp_path, case, text, message):
    path = tmp_path / "late.md"
    path.write_text(text)
    with pytest.raises(KnowledgeError) as err:
        load_policy(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_yaml_booleans_for_fault_are_understood(tmp_path):
    path = tmp_path / "late.md"
    path.write_text("---\nid: late\ntitle: Late\nproblem: x\nbusiness_at_fault: yes\n---\nB\n")
    assert load_policy(path).business_at_fault == "yes"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: r1x\nchannel: pigeon\ncomplaint: a\nreply: b\n", "unknown channel"),
        ("id: r1x\nchannel: twitter\nreply: b\n", "field 'complaint'"),
        ("- just\n- a list\n", "mapping"),
    ],
)
def test_invalid_reply_names_file_and_field(tmp_path, text, message):
    path = tmp_path / "r1x.yaml"
    path.write_text(text)
    with pytest.raises(KnowledgeError, match=message):
        load_reply(path)


def test_reply_naming_unknown_policy_is_rejected(knowledge_copy: Path):
    (knowledge_copy / "replies" / "r999.yaml").write_text(
        "id: r999\nchannel: twitter\npolicy: teleportation\ncomplaint: a\nreply: b\n"
    )
    with pytest.raises(KnowledgeError, match="r999.yaml.*teleportation"):
        load_knowledge(knowledge_copy)


def test_missing_folder_says_which_setting_to_fix(tmp_path):
    with pytest.raises(KnowledgeError, match="CALMREPLY_KNOWLEDGE_DIR"):
        load_knowledge(tmp_path / "nope")


def test_dump_round_trips(knowledge_copy: Path):
    kb = load_knowledge(knowledge_copy)
    policy = next(iter(kb.policies.values()))
    reply = next(iter(kb.replies.values()))
    (knowledge_copy / "policies" / f"{policy.id}.md").write_text(dump_policy(policy))
    (knowledge_copy / "replies" / f"{reply.id}.yaml").write_text(dump_reply(reply))
    again = load_knowledge(knowledge_copy)
    assert again.policies[policy.id] == policy
    assert again.replies[reply.id] == reply
