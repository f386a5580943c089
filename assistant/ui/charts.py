"""Tables and charts for the History page, as pure functions of the stored records.

Kept free of Streamlit so the numbers (response time against the deadline, check failure
rates) can be unit-tested and reused by reports.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from assistant.history import DraftRecord


def records_frame(rows: Sequence[DraftRecord]) -> pd.DataFrame:
    """One line per complaint for the history table."""
    return pd.DataFrame(
        [
            {
                "id": r.id,
                "created": r.created_at.strftime("%Y-%m-%d %H:%M"),
                "channel": r.channel,
                "action": r.action,
                "severity": r.severity,
                "status": r.status,
                "failed checks": ", ".join(c.name for c in r.checks if not c.passed),
                "complaint": r.complaint[:90],
                "decided by": r.decided_by or "",
            }
            for r in rows
        ]
    )


def response_times(rows: Sequence[DraftRecord]) -> pd.DataFrame:
    """Minutes from drafting to decision, next to the minutes the deadline allowed."""
    data = []
    for r in rows:
        if r.decided_at is None:
            continue
        data.append(
            {
                "id": r.id,
                "minutes taken": round((r.decided_at - r.created_at).total_seconds() / 60, 1),
                "deadline (min)": round((r.respond_by - r.created_at).total_seconds() / 60, 1),
            }
        )
    df = pd.DataFrame(data, columns=["id", "minutes taken", "deadline (min)"])
    df["on time"] = df["minutes taken"] <= df["deadline (min)"]
    return df


def failure_rates(rows: Sequence[DraftRecord]) -> pd.DataFrame:
    """Share of replies failing each check, per day (rows: day, columns: check)."""
    data = [
        {"day": r.created_at.date().isoformat(), "check": c.name, "failed": not c.passed}
        for r in rows
        for c in r.checks
    ]
    if not data:
        return pd.DataFrame()
    df = pd.DataFrame(data)
    return df.pivot_table(index="day", columns="check", values="failed", aggfunc="mean")


def response_figure(df: pd.DataFrame) -> Figure:
    """Bars of minutes taken (red when late) against each complaint's deadline."""
    fig, ax = plt.subplots(figsize=(6, 3))
    labels = [f"#{i}" for i in df["id"]]
    colors = ["#2e7d32" if ok else "#c62828" for ok in df["on time"]]
    ax.bar(labels, df["minutes taken"], color=colors, label="minutes taken")
    ax.plot(labels, df["deadline (min)"], "k_", markersize=18, label="deadline")
    ax.set_ylabel("minutes")
    ax.set_title("Response time vs respond-by deadline")
    ax.legend(fontsize=7, ncol=2, loc="upper center", bbox_to_anchor=(0.5, -0.18), frameon=False)
    fig.tight_layout()
    return fig


def failure_figure(df: pd.DataFrame) -> Figure:
    """One line per check: the share of replies it failed, day by day."""
    fig, ax = plt.subplots(figsize=(6, 3))
    for check in df.columns:
        ax.plot(df.index, df[check] * 100, marker="o", label=str(check))
    ax.set_ylabel("% of replies failing")
    ax.set_ylim(-5, 105)
    ax.set_title("Check failure rate per day")
    ax.legend(fontsize=7, ncol=5, loc="upper center", bbox_to_anchor=(0.5, -0.18), frameon=False)
    fig.tight_layout()
    return fig
