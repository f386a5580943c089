"""Mark the words a failed check objects to, so a reviewer sees exactly what to fix.

Pure and UI-free: reply text and check results in, safe HTML out. Everything the customer
or a model wrote is escaped; only our own <mark> tags are markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from itertools import pairwise

from assistant.schemas import CheckResult


def _locate(text: str, start: int, end: int, quoted: str) -> tuple[int, int] | None:
    """The span's position in `text`, re-found by its words if the offsets are stale."""
    start, end = max(0, start), min(len(text), end)
    if start < end and (not quoted or text[start:end] == quoted):
        return start, end
    if quoted and (found := text.find(quoted)) >= 0:
        return found, found + len(quoted)
    return None


def _escape(fragment: str) -> str:
    # "$" would start Streamlit's inline maths; newlines become <br> so the HTML block
    # never ends at a blank line and Markdown never reinterprets the customer's text.
    return html.escape(fragment, quote=True).replace("$", "&#36;").replace("\n", "<br>")


def highlight_html(text: str, checks: Sequence[CheckResult]) -> str:
    """The reply as HTML with each failed check's evidence wrapped in <mark>.

    Overlapping spans from several checks become one mark per stretch of text, titled with
    every check that covers it ("check: reason", joined by " | "), so nothing is nested.

    Args:
        text: The reply as the reviewer currently sees it.
        checks: All check results; passed checks are ignored.

    Returns:
        A single <div> of escaped HTML, for st.markdown(..., unsafe_allow_html=True).
    """
    spans: list[tuple[int, int, str]] = []
    for check in checks:
        if check.passed:
            continue
        label = f"{check.name}: {check.reason}"
        for ev in check.evidence:
            where = _locate(text, ev.start, ev.end, ev.text)
            if where:
                spans.append((*where, label))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    parts: list[str] = []
    for a, b in pairwise(cuts):
        labels = list(dict.fromkeys(lbl for s, e, lbl in spans if s <= a and b <= e))
        chunk = _escape(text[a:b])
        if labels:
            title = html.escape(" | ".join(labels), quote=True)
            parts.append(f'<mark title="{title}">{chunk}</mark>')
        else:
            parts.append(chunk)
    return f'<div class="calmreply-reply">{"".join(parts)}</div>'
