"""The Evals page: the latest eval report, and a button to run the suite again.

The report lives in <project>/reports/latest whatever the data folder, because CI and
`scripts/test.sh` write it there; the suite runs as the `calmreply eval` command in a
subprocess so a crash in it cannot take the app down.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import streamlit as st

from assistant.config import PROJECT_ROOT
from assistant.ui import state

REPORT_DIR = PROJECT_ROOT / "reports" / "latest"
#: Arguments after the Python executable that (re)write the report folder given last;
#: tests replace them with a quick stand-in.
EVAL_ARGS = ["-m", "assistant.cli", "eval", "--report"]
TIMEOUT_S = 1800


def show_report(folder: Path) -> None:
    """Render summary.md, the charts and report.json from `folder`, or say none exists."""
    summary, report = folder / "summary.md", folder / "report.json"
    images = sorted(folder.glob("*.png")) if folder.is_dir() else []
    if not (summary.exists() or report.exists() or images):
        st.info(
            f"No eval report yet in {folder}. Press **Run evals** (or run "
            "`calmreply eval --report reports/latest`) to create one."
        )
        return
    if summary.exists():
        st.markdown(summary.read_text(encoding="utf-8"))
    for img in images:
        st.image(str(img), caption=img.stem.replace("_", " "))
    if report.exists():
        with st.expander("report.json"):
            try:
                st.json(json.loads(report.read_text(encoding="utf-8")), expanded=1)
            except json.JSONDecodeError as exc:
                st.error(f"report.json is not valid JSON: {exc}")


def run_evals(command: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the eval suite from the project root and capture what it printed."""
    return subprocess.run(
        command, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )


def page() -> None:
    """Draw the Evals page."""
    state.page_setup()
    st.title("Evals")
    st.caption("How well the drafts and checks do on the labelled eval set.")
    if st.button("Run evals", key="b_evals", type="primary"):
        with st.spinner("Running the eval suite (this can take a few minutes)…"):
            try:
                done = run_evals([sys.executable, *EVAL_ARGS, str(REPORT_DIR)])
            except (OSError, subprocess.TimeoutExpired) as exc:
                st.error(f"Could not run the eval suite: {exc}")
            else:
                if done.returncode == 0:
                    st.success("Eval suite finished.")
                else:
                    st.error(f"The eval suite exited with code {done.returncode}; its output:")
                tail = (done.stdout + done.stderr)[-4000:]
                if tail.strip():
                    with st.expander("Output", expanded=done.returncode != 0):
                        st.code(tail, language=None)
    show_report(REPORT_DIR)
