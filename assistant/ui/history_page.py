"""The History page: every draft and decision, filterable, exportable, with two charts.

The numbers come from the history store and `charts`; this page only lays them out.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import streamlit as st

from assistant.history import DraftRecord
from assistant.schemas import Channel
from assistant.ui import charts, state
from assistant.ui.highlight import highlight_html

ALL = "all"


def _filters() -> dict[str, str | None]:
    a, b, c, d = st.columns(4)
    status = a.selectbox("Status", [ALL, "draft", "approved", "rejected"], key="k_h_status")
    channel = b.selectbox("Channel", [ALL, *(ch.value for ch in Channel)], key="k_h_channel")
    action = c.selectbox(
        "Triage action", [ALL, "reply", "escalate", "do_not_engage"], key="k_h_action"
    )
    text = d.text_input("Search text", key="k_h_text")
    return {
        "status": None if status == ALL else status,
        "channel": None if channel == ALL else channel,
        "action": None if action == ALL else action,
        "text": text or None,
    }


def _detail(r: DraftRecord) -> None:
    st.subheader(f"Draft #{r.id}")
    st.markdown(
        f"**{r.status.capitalize()}**"
        + (f" by {r.decided_by} at {r.decided_at:%Y-%m-%d %H:%M} UTC" if r.decided_at else "")
    )
    if r.reject_reason:
        st.warning(f"Rejected because: {r.reject_reason}")
    if r.override_reason:
        st.warning(f"Approved despite failing checks because: {r.override_reason}")
    st.markdown("**Complaint**")
    st.text(r.complaint)
    st.caption(
        f"{r.channel} · triage {r.action} / {r.category} / {r.severity} · respond by "
        f"{r.respond_by:%Y-%m-%d %H:%M %Z} · {r.backend} {r.model}"
    )
    if r.final_text is not None:
        st.markdown("**Final reply**")
        with st.container(border=True):
            st.markdown(highlight_html(r.final_text, r.checks), unsafe_allow_html=True)
    st.markdown(f"**Versions ({len(r.versions)})**")
    for n, v in enumerate(r.versions, 1):
        failed = [c.name for c in v.checks if not c.passed]
        with st.expander(
            f"{n}. {v.source} at {v.at:%H:%M:%S} · "
            + (f"fails: {', '.join(failed)}" if failed else "all checks pass")
        ):
            st.markdown(highlight_html(v.text, v.checks), unsafe_allow_html=True)


def _charts(rows: list[DraftRecord]) -> None:
    left, right = st.columns(2)
    times = charts.response_times(rows)
    with left:
        if times.empty:
            st.caption("Response times appear once drafts are approved or rejected.")
        else:
            fig = charts.response_figure(times)
            st.pyplot(fig)
            plt.close(fig)
            st.caption(
                f"{int(times['on time'].sum())} of {len(times)} decided before the deadline."
            )
    rates = charts.failure_rates(rows)
    with right:
        if rates.empty:
            st.caption("Check failure rates appear once drafts are checked.")
        else:
            fig = charts.failure_figure(rates)
            st.pyplot(fig)
            plt.close(fig)


def page() -> None:
    """Draw the History page."""
    state.page_setup()
    hist = state.get_history()
    st.title("History")
    f = _filters()
    rows = hist.list_drafts(
        status=f["status"], channel=f["channel"], action=f["action"], text=f["text"]
    )
    st.download_button(
        f"Download {len(rows)} shown as CSV",
        hist.export_csv(rows),
        file_name="calmreply.csv",
        mime="text/csv",
        key="b_csv",
    )
    if not rows:
        st.info(
            "No drafts match these filters."
            if hist.list_drafts()
            else "No drafts yet: draft a reply on the Draft page."
        )
        return
    st.caption(f"{len(rows)} record{'s' if len(rows) != 1 else ''}")
    st.dataframe(charts.records_frame(rows), hide_index=True)
    by_id = {r.id: r for r in rows}
    if st.session_state.get("k_h_pick") not in by_id:
        st.session_state["k_h_pick"] = rows[0].id
    pick = st.selectbox(
        "Open a record",
        list(by_id),
        key="k_h_pick",
        format_func=lambda i: f"#{i} · {by_id[i].complaint[:70]}",
    )
    _detail(by_id[pick])
    st.divider()
    _charts(rows)
