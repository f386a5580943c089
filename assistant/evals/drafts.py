"""The drafting section of the eval suite: draft every complaint with one backend, measure.

Split from `suite.py` because it is the only section that runs a backend (and, with an LLM,
the only slow and costly one), so it is also what `--no-drafts` leaves out.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, Literal

from assistant.evals.metrics import mean, percentile, share
from assistant.pipeline import CalmReply
from assistant.schemas import Channel, Complaint

Bar = Callable[[Iterable[dict[str, Any]], str], Iterator[dict[str, Any]]]


def complaint_of(row: dict[str, Any]) -> Complaint:
    """The Complaint a complaints.jsonl row describes."""
    return Complaint(
        text=row["complaint"],
        channel=Channel.parse(row.get("channel") or "other"),
        customer_name=row.get("customer_name"),
    )


def run_backend(
    app: CalmReply,
    label: Literal["composer", "llm"],
    rows: list[dict[str, Any]],
    now: datetime,
    bar: Bar,
) -> tuple[dict[str, float], dict[str, Any]]:
    """Draft every row with `backend`; metrics (pass rate, banned phrases, cost) and details.

    Every row is drafted (like `--force`): these complaints deserve a reply even where triage
    disagrees, and the backend is chosen explicitly so the composer is measured even when an
    LLM is configured. Latency is wall-clock for the whole pipeline: retrieval, triage,
    drafting (with revisions) and checks.
    """
    latency: list[float] = []
    prompt: list[int] = []
    completion: list[int] = []
    passed: list[bool] = []
    banned: list[bool] = []
    failing: Counter[str] = Counter()
    problems = []
    for row in bar(rows, f"drafting: {label}"):
        t = time.perf_counter()
        result = app.draft(complaint_of(row), now=now, force=True, backend=label)
        draft = result.draft
        assert draft is not None  # forced drafts always exist
        latency.append((time.perf_counter() - t) * 1000)
        prompt.append(draft.tokens.prompt)
        completion.append(draft.tokens.completion)
        passed.append(result.passed)
        failed = [c.name for c in result.checks if not c.passed]
        failing.update(failed)
        text = draft.text.lower()
        hit = [p for p in row.get("must_not_contain", []) if p.lower() in text]
        banned.append(bool(hit))
        if hit or failed:
            evidence = {c.name: [e.text for e in c.evidence] for c in result.checks if not c.passed}
            problems.append(
                {"id": row.get("id"), "banned": hit, "failed": evidence, "text": draft.text}
            )
    metrics = {
        "pass_all_rate": share(passed),
        "must_not_contain_rate": share(banned),
        "must_not_contain_violations": float(sum(banned)),
        "latency_ms_mean": mean(latency),
        "latency_ms_p95": percentile(latency, 95),
        "prompt_tokens_mean": mean(prompt),
        "completion_tokens_mean": mean(completion),
    }
    details = {
        "n": len(rows),
        "model": app.chat.model_name if label == "llm" and app.chat else "offline-composer",
        **{k: round(v, 4) for k, v in metrics.items()},
        "failing_checks": dict(failing),
        "problems": problems[:20],
    }
    return metrics, details
