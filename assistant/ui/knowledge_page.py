"""The Knowledge base page: browse, add, edit and delete policies and past replies.

All validation, file writing and change logging is `kb_admin`'s; this page turns form
fields into calls, re-indexes with a progress bar, and keeps the form filled in when a save
is refused so nobody loses what they typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from assistant import kb_admin
from assistant.config import Settings
from assistant.history import HistoryRepo
from assistant.knowledge import KnowledgeError, PastReply, Policy
from assistant.pipeline import CalmReply
from assistant.schemas import Channel
from assistant.triage import CATEGORY_NAMES
from assistant.ui import state

NEW = "+ New"
FAULT = ["yes", "no", "unsure"]
ACTIONS = ["reply", "escalate", "do_not_engage"]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def reindex(app: CalmReply) -> str:
    """Re-read the knowledge files into the index, showing progress; returns a summary."""
    bar = st.progress(0.0, text="Re-indexing the knowledge base…")

    def progress(stage: str, done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0, text=f"Re-indexing {stage}: {done}/{total}")

    report = app.reload(progress)
    bar.empty()
    return f"Re-indexed: {report.writes} index entr{'y' if report.writes == 1 else 'ies'} changed."


def _apply(app: CalmReply, change: Callable[[], Any], done: str, select: tuple[str, str]) -> None:
    """Run one kb_admin change; on success re-index, queue a message and move the selection."""
    try:
        change()
    except KnowledgeError as exc:
        st.error(f"Not saved: {exc}")
        return
    state.flash("kb", "success", f"{done} {reindex(app)}")
    st.session_state[f"next_{select[0]}"] = select[1]
    st.rerun()


def _picker(key: str, ids: list[str], label: str) -> str:
    """A selectbox of `ids` plus "New", honouring a selection queued by the last save."""
    options = [NEW, *ids]
    queued = st.session_state.pop(f"next_{key}", None)
    if queued is not None:
        st.session_state[key] = queued if queued in options else NEW
    elif st.session_state.get(key) not in options:
        st.session_state[key] = NEW
    return str(st.selectbox(label, options, key=key))


def _search(key: str, rows: list[dict[str, Any]], label: str) -> list[str]:
    query = st.text_input(label, key=key, placeholder="words in the id, title, tags or text")
    q = (query or "").strip().lower()
    hits = [r for r in rows if not q or q in " ".join(map(str, r.values())).lower()]
    st.dataframe(pd.DataFrame(hits), hide_index=True, height=220)
    return [str(r["id"]) for r in hits]


def _delete(app: CalmReply, kind: str, item_id: str, remove: Callable[[], Any]) -> None:
    with st.expander(f"Delete {item_id}"):
        ok = st.checkbox(f"Yes, delete the {kind} {item_id}", key=f"del_ok_{kind}_{item_id}")
        if st.button(f"Delete {kind}", key=f"del_{kind}_{item_id}"):
            if not ok:
                st.error("Tick the box to confirm the deletion.")
            else:
                _apply(app, remove, f"Deleted {kind} {item_id}.", (f"k_sel_{kind}", NEW))


def _policies(app: CalmReply, hist: HistoryRepo, s: Settings) -> None:
    rows = [
        {
            "id": p.id,
            "title": p.title,
            "at fault": p.business_at_fault,
            "action": p.action,
            "tags": ", ".join(p.tags),
        }
        for p in app.kb.policies.values()
    ]
    ids = _search("k_search_policy", rows, "Search policies")
    sel = _picker("k_sel_policy", ids, "Policy")
    p = app.kb.policies.get(sel)
    if p is not None:
        with st.expander("What a draft may promise", expanded=False):
            st.markdown(p.customer_text())
    k = f"pf_{sel}"
    with st.form(f"form_policy_{sel}"):
        st.subheader(f"Edit {sel}" if p else "New policy")
        f: dict[str, Any] = {
            "id": st.text_input(
                "id (lower-case words joined by -)",
                p.id if p else "",
                key=f"{k}_id",
                disabled=p is not None,
            ),
            "title": st.text_input("title", p.title if p else "", key=f"{k}_title"),
            "problem": st.text_input(
                "problem (in the customer's terms)", p.problem if p else "", key=f"{k}_problem"
            ),
            "tags": _lines(
                st.text_area("tags (one per line)", "\n".join(p.tags) if p else "", key=f"{k}_tags")
            ),
            "categories": st.multiselect(
                "triage categories this policy answers",
                CATEGORY_NAMES,
                default=[c for c in (p.categories if p else []) if c in CATEGORY_NAMES],
                key=f"{k}_categories",
            ),
            "business_at_fault": st.selectbox(
                "business_at_fault",
                FAULT,
                key=f"{k}_fault",
                index=FAULT.index(p.business_at_fault) if p else 2,
            ),
            "customer_gets": _lines(
                st.text_area(
                    "customer_gets (one remedy per line)",
                    "\n".join(p.customer_gets) if p else "",
                    key=f"{k}_gets",
                )
            ),
            "next_step": st.text_input("next_step", p.next_step if p else "", key=f"{k}_next"),
            "prevention": st.text_input("prevention", p.prevention if p else "", key=f"{k}_prev"),
            "action": st.selectbox(
                "action", ACTIONS, key=f"{k}_action", index=ACTIONS.index(p.action) if p else 0
            ),
            "body": st.text_area(
                "body (Markdown)", p.body if p else "", key=f"{k}_body", height=200
            ),
        }
        submitted = st.form_submit_button("Save policy", type="primary")
    if submitted:

        def change() -> None:
            # fields the form does not show (added to Policy later) are kept as they were
            policy: Policy = kb_admin.build_policy({**(p.model_dump() if p else {}), **f})
            kb_admin.save_policy(s, policy, state.who(), is_new=p is None, history=hist)

        _apply(app, change, f"Saved policy {f['id']}.", ("k_sel_policy", str(f["id"])))
    if p is not None:
        _delete(
            app, "policy", p.id, lambda: kb_admin.delete_policy(s, p.id, state.who(), history=hist)
        )


def _replies(app: CalmReply, hist: HistoryRepo, s: Settings) -> None:
    rows = [
        {
            "id": r.id,
            "channel": r.channel.value,
            "policy": r.policy or "",
            "complaint": r.complaint[:80],
            "tags": ", ".join(r.tags),
        }
        for r in app.kb.replies.values()
    ]
    ids = _search("k_search_reply", rows, "Search past replies")
    sel = _picker("k_sel_reply", ids, "Past reply")
    r = app.kb.replies.get(sel)
    channels = [c.value for c in Channel]
    policies = ["(none)", *sorted(app.kb.policies)]
    k = f"rf_{sel}"
    with st.form(f"form_reply_{sel}"):
        st.subheader(f"Edit {sel}" if r else "New past reply")
        f: dict[str, Any] = {
            "id": st.text_input(
                "id",
                r.id if r else kb_admin.next_reply_id(s),
                key=f"{k}_id",
                disabled=r is not None,
            ),
            "channel": st.selectbox(
                "channel",
                channels,
                key=f"{k}_channel",
                index=channels.index(r.channel.value) if r else 0,
            ),
            "policy": st.selectbox(
                "policy",
                policies,
                key=f"{k}_policy",
                index=policies.index(r.policy) if r and r.policy else 0,
            ),
            "tags": _lines(
                st.text_area("tags (one per line)", "\n".join(r.tags) if r else "", key=f"{k}_tags")
            ),
            "complaint": st.text_area("complaint", r.complaint if r else "", key=f"{k}_c"),
            "reply": st.text_area("reply", r.reply if r else "", key=f"{k}_r"),
        }
        submitted = st.form_submit_button("Save past reply", type="primary")
    if submitted:
        f["policy"] = None if f["policy"] == "(none)" else f["policy"]

        def change() -> None:
            reply: PastReply = kb_admin.build_reply({**(r.model_dump() if r else {}), **f})
            kb_admin.save_reply(s, reply, state.who(), is_new=r is None, history=hist)

        _apply(app, change, f"Saved past reply {f['id']}.", ("k_sel_reply", str(f["id"])))
    if r is not None:
        _delete(
            app, "reply", r.id, lambda: kb_admin.delete_reply(s, r.id, state.who(), history=hist)
        )


def _promote(app: CalmReply, hist: HistoryRepo, s: Settings) -> None:
    st.subheader("Promote approved replies")
    waiting = [d for d in hist.list_drafts(status="approved") if not d.promoted_as]
    if not waiting:
        st.caption("No approved reply is waiting to become an example.")
        return
    labels = {f"#{d.id} · {d.channel} · {d.complaint[:70]}": d for d in waiting}
    d = labels[st.selectbox("Approved reply", list(labels), key="k_promote_draft")]
    st.text(d.final_text or "")
    first = next((x["id"] for x in d.sources if x.get("kind") == "policy"), None)
    ids = sorted(app.kb.policies)
    policy = st.selectbox(
        "Policy it follows",
        ids,
        key=f"promote_policy_{d.id}",
        index=ids.index(first) if first in ids else 0,
    )
    if st.button("Promote to past replies", key="b_promote"):
        _apply(
            app,
            lambda: kb_admin.promote_approved(s, d, policy, state.who(), history=hist),
            f"Promoted draft #{d.id} to the past replies.",
            ("k_sel_reply", NEW),
        )


def _changes(hist: HistoryRepo) -> None:
    changes = hist.list_kb_changes()
    if not changes:
        st.caption("No changes made in the app yet.")
        return
    st.dataframe(pd.DataFrame([c.model_dump(exclude={"diff"}) for c in changes]), hide_index=True)
    pick = st.selectbox(
        "Show the diff of",
        [f"#{c.id} {c.action} {c.kind} {c.item_id}" for c in changes],
        key="k_change",
    )
    change = changes[[f"#{c.id} {c.action} {c.kind} {c.item_id}" for c in changes].index(pick)]
    st.code(change.diff or "(no textual change)", language="diff")


def page() -> None:
    """Draw the Knowledge base page."""
    state.page_setup()
    app, hist, s = state.get_app(), state.get_history(), state.settings()
    st.title("Knowledge base")
    st.caption(f"Files in {s.knowledge_dir}; every change is logged with a diff and re-indexed.")
    state.show_flash("kb")
    policies, replies, changes = st.tabs(["Policies", "Past replies", "Changes"])
    with policies:
        _policies(app, hist, s)
    with replies:
        _replies(app, hist, s)
        st.divider()
        _promote(app, hist, s)
    with changes:
        _changes(hist)
