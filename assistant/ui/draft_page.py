"""The Draft page: paste a complaint, review triage and the draft, edit, approve or reject.

Buttons only queue an action (in on_click callbacks); the action runs near the top of the
next run, before the widgets it updates are drawn, so the draft text box can be refilled
and a streaming LLM can write into a placeholder. Every generated, edited and revised text
goes to the history store as it appears, and the draft's id goes in the address
(`?draft=<id>`), so a reload or a closed tab reopens the draft exactly as it was.
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from pydantic import ValidationError

from assistant.history import HistoryRepo, VersionSource
from assistant.llm import LLMError
from assistant.pipeline import CalmReply
from assistant.schemas import Channel, Complaint, DraftResult
from assistant.ui import draft_view as view
from assistant.ui import state
from assistant.ui.restore import RestoreError, parse_draft_id, restore

DRAFT = "cr_draft"
PENDING = "cr_pending"
REVISIONS = ["Make it shorter", "Make it warmer", "Make it more formal", "Custom instruction"]
#: The query parameter naming the draft on screen; it is all a reloaded session still has.
URL_KEY = "draft"


def _queue(action: str) -> None:
    st.session_state[PENDING] = action


def _current() -> dict[str, Any] | None:
    return st.session_state.get(DRAFT)


def _complaint_from_inputs() -> Complaint:
    return Complaint(
        text=st.session_state.get("k_complaint", ""),
        channel=Channel(st.session_state.get("k_channel", "twitter")),
        customer_name=(st.session_state.get("k_customer") or "").strip() or None,
    )


def _generate(app: CalmReply, complaint: Complaint, at_fault: Any, force: bool) -> DraftResult:
    """Draft with the offline composer, or stream the LLM's words into a placeholder."""
    signer = st.session_state.get("k_signer")
    if app.llm is None:
        with st.spinner("Drafting…"):
            return app.draft(complaint, at_fault=at_fault, signer=signer, force=force)
    box = st.empty()

    def on_text(text: str) -> None:
        box.info(text, icon=":material/edit:")

    result = app.stream(
        complaint,
        on_text,
        at_fault=at_fault,
        signer=signer,
        force=force,
    )
    box.empty()
    return result


def _adopt(result: DraftResult, record_id: int | None, at_fault: Any) -> None:
    """Make `result` the draft on screen and refill the widgets that show it."""
    text = result.draft.text if result.draft else ""
    st.session_state[DRAFT] = {
        "result": result,
        "id": record_id,
        "at_fault": at_fault,
        "text": text,
        "checks": result.checks,
        "status": "draft",
    }
    st.session_state["k_reply"] = text
    st.session_state["k_at_fault"] = at_fault
    st.session_state["k_override"] = ""
    st.session_state["k_reject"] = ""
    if record_id is not None:
        st.query_params[URL_KEY] = str(record_id)


def _restore_from_url(app: CalmReply, hist: HistoryRepo) -> None:
    """In a fresh session (a reload), reopen the draft the address names, widgets and all.

    Runs before any widget is drawn, so their values can be refilled. A bad or unknown id
    gets a warning and is dropped from the address, leaving an empty page.
    """
    if DRAFT in st.session_state or URL_KEY not in st.query_params:
        return
    raw = st.query_params.get(URL_KEY)
    try:
        draft_id = parse_draft_id(raw)
        try:
            record = hist.get(draft_id)
        except KeyError:
            raise RestoreError(f"There is no draft #{draft_id} in the history.") from None
        restored = restore(record, app.check)
    except RestoreError as exc:
        st.warning(f"Could not reopen the draft: {exc}", icon=":material/warning:")
        del st.query_params[URL_KEY]
        return
    st.session_state[DRAFT] = restored.draft
    st.session_state.update(restored.widgets)


def _keep_in_url(d: dict[str, Any]) -> None:
    """Put the draft on screen back in the address (switching pages clears the query)."""
    if d["id"] is not None and st.query_params.get(URL_KEY) != str(d["id"]):
        st.query_params[URL_KEY] = str(d["id"])


def _run_pending(app: CalmReply, hist: HistoryRepo) -> None:
    """Do the queued draft/regenerate/revise action before the page's widgets are drawn."""
    action = st.session_state.pop(PENDING, None)
    if action is None:
        return
    d = _current()
    try:
        if action == "draft":
            result = _generate(app, _complaint_from_inputs(), None, force=False)
            _adopt(result, hist.save_draft(result), result.triage.business_at_fault)
            return
        if d is None:
            return
        res: DraftResult = d["result"]
        if action == "revise":
            choice = st.session_state.get("k_revise_choice", REVISIONS[0])
            custom = (st.session_state.get("k_revise_text") or "").strip()
            instruction = custom if choice == REVISIONS[-1] else choice
            if not instruction:
                st.error("Type an instruction for the revision.")
                return
            with st.spinner("Revising…"):
                text = st.session_state.get("k_reply", d["text"])
                result = app.revise(res, text, instruction, at_fault=d["at_fault"])
            source: VersionSource = "revised"
        else:  # regenerate, force (draft anyway) or refault (at-fault changed)
            at_fault = st.session_state.get("k_at_fault") if action == "refault" else d["at_fault"]
            force = action == "force" or res.draft is not None
            result = _generate(app, res.complaint, at_fault, force=force)
            d["at_fault"] = at_fault
            source = "generated"
        if d["id"] is not None and result.draft is not None:
            hist.add_version(
                d["id"], result.draft.text, result.checks, source, result, d["at_fault"]
            )
        _adopt(result, d["id"], d["at_fault"])
    except ValidationError as exc:
        st.error("; ".join(str(e["msg"]).removeprefix("Value error, ") for e in exc.errors()))
    except LLMError as exc:
        st.error(str(exc))


def _approve(app: CalmReply, hist: HistoryRepo) -> None:
    d = _current()
    if d is None or d["id"] is None:
        return
    text = st.session_state.get("k_reply", d["text"])
    checks = app.check(d["result"], text, d["at_fault"])
    try:
        hist.approve(d["id"], text, state.who(), checks, st.session_state.get("k_override"))
    except ValueError as exc:
        state.flash("decision", "error", str(exc))
        return
    d.update(status="approved", text=text, checks=checks, final=text, by=state.who())


def _reject(hist: HistoryRepo) -> None:
    d = _current()
    if d is None or d["id"] is None:
        return
    try:
        rec = hist.reject(d["id"], st.session_state.get("k_reject", ""), state.who())
    except ValueError as exc:
        state.flash("decision", "error", str(exc))
        return
    d.update(status="rejected", reason=rec.reject_reason or "", by=rec.decided_by)


def _inputs(app: CalmReply) -> None:
    company = app.kb.company
    signers = [s.name for s in company.signers]
    state.default("k_channel", Channel.TWITTER.value)
    state.default("k_customer", "")
    state.default("k_signer", company.signer().name if company.signers else None)
    state.default("k_complaint", "")
    left, right = st.columns([3, 2])
    left.text_area(
        "Customer's complaint",
        key="k_complaint",
        height=150,
        placeholder="Paste the public post or review here…",
    )
    right.selectbox("Channel", [c.value for c in Channel], key="k_channel")
    right.text_input("Customer name (optional)", key="k_customer")
    right.selectbox("Sign as", signers, key="k_signer")
    st.button("Draft reply", key="b_draft", type="primary", on_click=_queue, args=("draft",))
    label = app.backend_label
    if app.llm is None:
        st.caption(
            f"Backend: **{label}** (instant, no model). To draft with an LLM, set "
            "OPENAI_API_KEY, or OPENAI_BASE_URL for a local server, and restart; "
            "see README."
        )
    else:
        st.caption(f"Backend: **{label}**")


def _editor(app: CalmReply, hist: HistoryRepo, d: dict[str, Any]) -> None:
    """The editable reply; checks re-run and a version is stored whenever the text changes."""
    decided = d["status"] != "draft"
    st.text_area(
        "Reply (edit freely; checks re-run on every change)",
        key="k_reply",
        height=200,
        disabled=decided,
    )
    text = st.session_state.get("k_reply", d["text"])
    if text != d["text"] and not decided:
        d["checks"] = app.check(d["result"], text, d["at_fault"])
        d["text"] = text
        if d["id"] is not None:
            hist.add_version(d["id"], text, d["checks"], "edited")
    view.highlighted(text, d["checks"])


def _actions(app: CalmReply, hist: HistoryRepo, d: dict[str, Any]) -> None:
    state.show_flash("decision")
    if d["status"] == "approved":
        st.success(f"Approved by {d.get('by', state.who())}. Copy the reply and post it:")
        st.code(d.get("final") or d["text"], language=None, wrap_lines=True)
        return
    if d["status"] == "rejected":
        st.warning(f"Rejected: {d.get('reason', '')}")
        return
    a, b = st.columns(2)
    a.button("Regenerate", key="b_regen", on_click=_queue, args=("regenerate",))
    with b.popover("Revise with an instruction"):
        if app.llm is None:
            st.info(
                "Revising with an instruction needs an LLM (set OPENAI_API_KEY or "
                "OPENAI_BASE_URL). Hand edits work: change the text and the checks re-run."
            )
        st.selectbox("Instruction", REVISIONS, key="k_revise_choice")
        st.text_input("Custom instruction", key="k_revise_text")
        st.button(
            "Revise", key="b_revise", on_click=_queue, args=("revise",), disabled=app.llm is None
        )
    failed = [c.name for c in d["checks"] if not c.passed]
    if failed:
        st.text_input(
            f"Override reason (required: {', '.join(failed)} failing)",
            key="k_override",
            placeholder="Why is this reply fine to post anyway?",
        )
    st.button("Approve", key="b_approve", type="primary", on_click=_approve, args=(app, hist))
    st.text_input("Reason for rejecting", key="k_reject")
    st.button("Reject", key="b_reject", on_click=_reject, args=(hist,))


def page() -> None:
    """Draw the Draft page."""
    state.page_setup()
    app, hist = state.get_app(), state.get_history()
    st.title("Draft a reply")
    _restore_from_url(app, hist)
    _inputs(app)
    _run_pending(app, hist)
    d = _current()
    if d is None:
        st.info("Paste a complaint and press **Draft reply**.")
        return
    _keep_in_url(d)
    res: DraftResult = d["result"]
    st.divider()
    view.triage_banner(res.triage)
    view.triage_facts(res.triage)
    st.radio(
        "Was the business at fault?",
        ["yes", "no", "unsure"],
        key="k_at_fault",
        horizontal=True,
        on_change=_queue,
        args=("refault",),
        help="Changing this re-drafts and re-checks the apology.",
    )
    if res.draft is None:
        st.button("Draft anyway", key="b_force", on_click=_queue, args=("force",))
        return
    left, right = st.columns([3, 2])
    with left:
        _editor(app, hist, d)
        _actions(app, hist, d)
    with right:
        st.subheader("Checks")
        view.scorecard(d["checks"])
        view.second_opinion(res)
        st.subheader("Sources")
        view.sources(res.sources)
