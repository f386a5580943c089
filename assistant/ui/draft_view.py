"""Read-only pieces of the Draft page: triage banner, deadline, sources and check scorecard.

Kept apart from `draft_page` (which owns the widgets and actions) so each file stays small
and every piece only renders what the package computed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import streamlit as st

from assistant.schemas import CheckResult, DraftResult, SourceDoc, TriageResult
from assistant.ui.highlight import highlight_html

ACTION_LABEL = {
    "reply": "Reply publicly",
    "escalate": "Escalate to a person",
    "do_not_engage": "Do not engage",
}


def md_escape(text: str) -> str:
    """Stop "$" (maths) and Markdown emphasis in check reasons from changing how they read."""
    for ch in ("\\", "$", "*", "_", "`", "#"):
        text = text.replace(ch, "\\" + ch)
    return text


def minutes_left(respond_by: datetime, now: datetime | None = None) -> int:
    """Whole minutes until the response deadline (negative once it has passed)."""
    now = now or datetime.now(UTC)
    return int((respond_by - now).total_seconds() // 60)


def deadline_text(respond_by: datetime, now: datetime | None = None) -> str:
    """ "by 14:30 (25 min left)" or "by 14:30 (overdue by 5 min)", in the company's zone."""
    left = minutes_left(respond_by, now)
    when = respond_by.strftime("%H:%M %Z").strip()
    return f"by {when} ({left} min left)" if left >= 0 else f"by {when} (overdue by {-left} min)"


def triage_banner(t: TriageResult) -> None:
    """The verdict first, coloured by what the reviewer must do about it."""
    title = f"**{ACTION_LABEL.get(t.action, t.action)}** · {md_escape(t.reason)}"
    if t.action == "reply":
        st.success(title)
    elif t.action == "escalate":
        st.warning(f"{title}\n\n{md_escape(t.advice)}" if t.advice else title)
    else:
        advice = t.advice or (
            "Block or report the account if it is abuse or spam; never "
            "delete or hide genuine criticism."
        )
        st.error(f"{title}\n\n{md_escape(advice)}")


def triage_facts(t: TriageResult) -> None:
    """Severity, category and the response deadline as compact metrics."""
    a, b, c = st.columns(3)
    a.metric("Severity", t.severity.capitalize())
    b.metric(
        "Category",
        t.category.replace("_", " ").capitalize(),
        help=("Triage matched: " + ", ".join(t.signals)) if t.signals else None,
    )
    left = minutes_left(t.respond_by)
    c.metric(
        "Respond by",
        t.respond_by.strftime("%H:%M"),
        f"{left} min left" if left >= 0 else f"overdue by {-left} min",
        delta_color="normal" if left >= 0 else "inverse",
    )


def sources(docs: Sequence[SourceDoc]) -> None:
    """Each retrieved policy and past reply, folded, with its retrieval score."""
    if not docs:
        st.caption("No policy or past reply matched: the draft offers no remedy.")
        return
    for doc in docs:
        kind = "Policy" if doc.kind == "policy" else "Past reply"
        with st.expander(f"{kind} · {doc.title} ({doc.id}) · score {doc.score:.2f}"):
            st.markdown(doc.text)


def scorecard(checks: Sequence[CheckResult]) -> None:
    """Pass/fail per check with the reason, and the fix for each failure."""
    failed = [c.name for c in checks if not c.passed]
    if not checks:
        st.info("No checks ran.")
    elif failed:
        st.error(f"{len(failed)} of {len(checks)} checks fail: {', '.join(failed)}")
    else:
        st.success(f"All {len(checks)} checks pass.")
    for c in checks:
        mark = (
            ":green[:material/check_circle: PASS]" if c.passed else ":red[:material/cancel: FAIL]"
        )
        line = f"{mark} · **{c.name}** · {md_escape(c.reason)}"
        if not c.passed and c.suggestion:
            line += f"  \n  *Fix:* {md_escape(c.suggestion)}"
        st.markdown(line)


def second_opinion(result: DraftResult) -> None:
    """The LLM judge's advisory verdicts on the generated draft, where it disagrees."""
    for note in result.notes:
        st.caption(md_escape(note))
    if not result.second_opinion:
        return
    offline = {c.name: c.passed for c in result.checks}
    differs = [c for c in result.second_opinion if offline.get(c.name, c.passed) != c.passed]
    with st.expander(
        f"LLM second opinion on the generated draft: "
        f"{'disagrees on ' + str(len(differs)) if differs else 'agrees'}",
        expanded=bool(differs),
    ):
        st.caption("Advisory only: the offline checks above decide what needs an override.")
        for c in result.second_opinion:
            mark = "PASS" if c.passed else "FAIL"
            quote = f" (“{md_escape(c.evidence[0].text)}”)" if c.evidence else ""
            st.markdown(f"{mark} · **{c.name}** · {md_escape(c.reason)}{quote}")


def highlighted(text: str, checks: Sequence[CheckResult]) -> None:
    """The reply with every failed check's evidence marked; hover a mark for the reason."""
    flagged = any(not c.passed and c.evidence for c in checks)
    st.markdown("**Flagged words**" if flagged else "**Preview**")
    with st.container(border=True):
        st.markdown(highlight_html(text, checks), unsafe_allow_html=True)
    if flagged:
        st.caption("Highlighted words are what a failed check objects to; hover for why.")
