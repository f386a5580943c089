"""Edit the knowledge files from the app: validated, atomic, audited.

The people who edit policies are not programmers, and a broken file would stop every draft,
so each change is validated (fields, unique ids, cross references) before it is written,
written atomically, checked by reloading the whole knowledge folder (and undone if that
fails), and logged with a unified diff naming who made it. Re-indexing is the caller's job
(`CalmReply.reload(progress)`), so the app can show a progress bar.
"""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.config import Settings
from assistant.history import DraftRecord, HistoryRepo, open_history
from assistant.knowledge import (
    KnowledgeError,
    PastReply,
    Policy,
    describe,
    dump_policy,
    dump_reply,
    load_knowledge,
)


def build_policy(fields: dict[str, Any]) -> Policy:
    """Validate form fields into a Policy. Raises KnowledgeError naming the bad field."""
    try:
        return Policy(**fields)
    except ValidationError as exc:
        raise KnowledgeError(describe(exc)) from exc


def build_reply(fields: dict[str, Any]) -> PastReply:
    """Validate form fields into a PastReply. Raises KnowledgeError naming the bad field."""
    try:
        return PastReply(**fields)
    except (ValidationError, ValueError) as exc:
        detail = describe(exc) if isinstance(exc, ValidationError) else f"field 'channel': {exc}"
        raise KnowledgeError(detail) from exc


def _policy_path(settings: Settings, item_id: str) -> Path:
    return settings.knowledge_dir / "policies" / f"{item_id}.md"


def _reply_path(settings: Settings, item_id: str) -> Path:
    return settings.knowledge_dir / "replies" / f"{item_id}.yaml"


def _atomic_write(path: Path, text: str) -> None:
    """Write via a temp file and rename, so a crash never leaves half a policy on disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _diff(path: Path, old: str, new: str, root: Path) -> str:
    name = str(path.relative_to(root)) if path.is_relative_to(root) else path.name
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
    )


def _change(
    settings: Settings,
    path: Path,
    new: str | None,
    who: str,
    kind: str,
    item_id: str,
    action: str,
    history: HistoryRepo | None,
) -> str:
    """Write (or delete) one file, prove the folder still loads, and log the diff."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if new is None:
        path.unlink()
    else:
        _atomic_write(path, new)
    try:
        load_knowledge(settings.knowledge_dir)
    except KnowledgeError:
        if old:
            _atomic_write(path, old)
        else:
            path.unlink(missing_ok=True)
        raise
    diff = _diff(path, old, new or "", settings.knowledge_dir)
    (history or open_history(settings)).record_kb_change(who, kind, item_id, action, diff)
    return diff


def save_policy(
    settings: Settings,
    policy: Policy,
    who: str,
    *,
    is_new: bool,
    history: HistoryRepo | None = None,
) -> str:
    """Add (is_new) or edit a policy file; returns the diff.

    Raises:
        KnowledgeError: the id is taken on add, unknown on edit, or the folder would not load.
    """
    policy = build_policy(policy.model_dump())
    path = _policy_path(settings, policy.id)
    if is_new and path.exists():
        raise KnowledgeError(f"field 'id': a policy named {policy.id!r} already exists")
    if not is_new and not path.exists():
        raise KnowledgeError(f"field 'id': no policy named {policy.id!r} to edit")
    return _change(
        settings,
        path,
        dump_policy(policy),
        who,
        "policy",
        policy.id,
        "add" if is_new else "edit",
        history,
    )


def delete_policy(
    settings: Settings, policy_id: str, who: str, history: HistoryRepo | None = None
) -> str:
    """Delete a policy that no past reply follows; returns the diff.

    Raises:
        KnowledgeError: unknown id, or past replies still name it (they would break).
    """
    path = _policy_path(settings, policy_id)
    if not path.exists():
        raise KnowledgeError(f"field 'id': no policy named {policy_id!r}")
    kb = load_knowledge(settings.knowledge_dir)
    users = sorted(r.id for r in kb.replies.values() if r.policy == policy_id)
    if users:
        raise KnowledgeError(
            f"policy {policy_id!r} is used by past replies "
            f"{', '.join(users)}; change or delete those first"
        )
    return _change(settings, path, None, who, "policy", policy_id, "delete", history)


def save_reply(
    settings: Settings,
    reply: PastReply,
    who: str,
    *,
    is_new: bool,
    history: HistoryRepo | None = None,
    action: str | None = None,
) -> str:
    """Add (is_new) or edit a past reply; returns the diff.

    Raises:
        KnowledgeError: the id is taken on add, unknown on edit, or its policy does not exist.
    """
    reply = build_reply(reply.model_dump())
    path = _reply_path(settings, reply.id)
    if is_new and path.exists():
        raise KnowledgeError(f"field 'id': a past reply named {reply.id!r} already exists")
    if not is_new and not path.exists():
        raise KnowledgeError(f"field 'id': no past reply named {reply.id!r} to edit")
    if reply.policy and not _policy_path(settings, reply.policy).exists():
        raise KnowledgeError(f"field 'policy': no policy named {reply.policy!r}")
    return _change(
        settings,
        path,
        dump_reply(reply),
        who,
        "reply",
        reply.id,
        action or ("add" if is_new else "edit"),
        history,
    )


def delete_reply(
    settings: Settings, reply_id: str, who: str, history: HistoryRepo | None = None
) -> str:
    """Delete a past reply; returns the diff. Raises KnowledgeError for an unknown id."""
    path = _reply_path(settings, reply_id)
    if not path.exists():
        raise KnowledgeError(f"field 'id': no past reply named {reply_id!r}")
    return _change(settings, path, None, who, "reply", reply_id, "delete", history)


def next_reply_id(settings: Settings) -> str:
    """The next free id of the form r001, r002, … (one past the highest in use)."""
    numbers = [
        int(m.group(1))
        for p in (settings.knowledge_dir / "replies").glob("r*.yaml")
        if (m := re.fullmatch(r"r(\d+)", p.stem))
    ]
    return f"r{max(numbers, default=0) + 1:03d}"


def promote_approved(
    settings: Settings,
    draft: DraftRecord,
    policy_id: str,
    who: str,
    history: HistoryRepo | None = None,
) -> PastReply:
    """Turn an approved reply into a past-reply example, so the next drafts learn from it.

    Raises:
        KnowledgeError: the draft is not approved, was promoted already, or the policy is
            unknown.
    """
    if draft.status != "approved" or not draft.final_text:
        raise KnowledgeError(
            f"draft {draft.id} is {draft.status}: only approved replies can become examples"
        )
    if draft.promoted_as:
        raise KnowledgeError(f"draft {draft.id} was already promoted as {draft.promoted_as}")
    repo = history or open_history(settings)
    kb = load_knowledge(settings.knowledge_dir)
    policy = kb.policies.get(policy_id)
    if policy is None:
        raise KnowledgeError(f"field 'policy': no policy named {policy_id!r}")
    tags = list(dict.fromkeys([draft.category, *policy.tags[:4]]))
    reply = build_reply(
        {
            "id": next_reply_id(settings),
            "channel": draft.channel,
            "policy": policy_id,
            "tags": tags,
            "complaint": draft.complaint,
            "reply": draft.final_text,
        }
    )
    save_reply(settings, reply, who, is_new=True, history=repo, action="promote")
    repo.mark_promoted(draft.id, reply.id)
    return reply
