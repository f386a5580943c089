"""Turn one eval run into a one-screen summary, summary.md, report.json and PNG charts.

The console summary is what a developer reads after `calmreply eval`; report.json is what
a later run or a dashboard compares against; the charts make a regression visible at a
glance in CI artefacts.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.checks import CHECK_NAMES
from assistant.evals.metrics import Verdict, failures
from assistant.evals.suite import SuiteResult


def _pct(x: float) -> str:
    return f"{x:.1%}"


def summary_lines(res: SuiteResult, verdicts: list[Verdict], backend: str) -> list[str]:
    """The one-screen summary, as plain lines (also the body of summary.md)."""
    m, d = res.metrics, res.details
    lines = [f"CalmReply eval · drafts by {backend} · {res.seconds:.1f} s"]
    if "checks" in d:
        c = d["checks"]
        lines.append(
            f"\nChecks on labelled replies: holdout n={c['holdout']['n']}, "
            f"dev n={c.get('dev', {}).get('n', 0)}, tune n={c['tune']['n']} "
            f"({c['replies_per_s']:.0f} replies/s)"
        )
        fresh_n = c.get("fresh", {}).get("n", 0)
        lines.append(
            f"  {'check':<14}{'P':>6}{'R':>6}{'F1':>6}{'n+':>5}   {'fresh F1':>9}{'dev F1':>7}"
            f"{'tune F1':>8}{'all F1':>7}"
        )
        for n in CHECK_NAMES:
            h = c["holdout"][n]
            dev_f1 = c.get("dev", {}).get(n, {}).get("f1")
            dev = f"{dev_f1:7.2f}" if c.get("dev", {}).get("n") else f"{'–':>7}"
            fresh = f"{c['fresh'][n]['f1']:9.2f}" if fresh_n else f"{'–':>9}"
            lines.append(
                f"  {n:<14}{h['precision']:6.2f}{h['recall']:6.2f}{h['f1']:6.2f}"
                f"{h['support']:5d}   {fresh}{dev}{c['tune'][n]['f1']:8.2f}"
                f"{c['all'][n]['f1']:7.2f}"
            )
        if fresh_n:
            lines.append(
                f"  (fresh: the {fresh_n} newest holdout rows, written blind and never used"
                " for tuning; also part of the holdout columns)"
            )
    if "ibm" in d:
        rates = d["ibm"]["flag_rate"]
        lines.append(f"\nReal IBM agent replies flagged (n={d['ibm']['n']}):")
        lines.append("  " + " · ".join(f"{n} {_pct(rates[n])}" for n in CHECK_NAMES))
    if d.get("politeness"):
        lines.append("\nPoliteness scorer, Stanford binary task (accuracy, median / 0.5 cut):")
        lines.append(
            "  "
            + " · ".join(
                f"{dom} {v['accuracy_median']:.3f} / {v['accuracy_decision']:.3f} (n={v['n']})"
                for dom, v in d["politeness"].items()
            )
        )
    if d.get("politeness_held_out"):
        lines.append(
            "  held out (refit on folds / across domains): "
            + " · ".join(f"{k} {v:.3f}" for k, v in d["politeness_held_out"].items())
        )
    if "triage" in d:
        t = d["triage"]
        parts = [
            f"{k.split('.')[1].replace('_', ' ')} {m[k]:.3f}"
            for k in (
                "triage.action_accuracy",
                "triage.escalate_recall",
                "triage.category_accuracy",
                "triage.ibm_action_accuracy",
                "triage.ibm_escalate_recall",
            )
            if k in m
        ]
        lines.append(
            f"\nTriage (n={t.get('n', 0)}, escalate n={t.get('escalate_n', 0)}, "
            f"IBM n={t.get('ibm_n', 0)}): " + " · ".join(parts)
        )
    if "retrieval.hit_rate_at_3" in m:
        lines.append(
            f"Retrieval (n={d['retrieval']['n']}): hit@3 {m['retrieval.hit_rate_at_3']:.3f}"
            f" · hit@1 {m['retrieval.hit_rate_at_1']:.3f} · MRR {m['retrieval.mrr']:.3f}"
        )
    for label, v in d.get("drafting", {}).items():
        lines.append(
            f"Drafting {label} ({v['model']}, n={v['n']}): pass-all {_pct(v['pass_all_rate'])}"
            f" · must_not_contain {int(v['must_not_contain_violations'])}"
            f" · latency {v['latency_ms_mean']:.0f}/{v['latency_ms_p95']:.0f} ms mean/p95"
            f" · tokens {v['prompt_tokens_mean']:.0f}+{v['completion_tokens_mean']:.0f}"
        )
        if v["failing_checks"]:
            lines.append(
                "  failing: "
                + ", ".join(f"{k} ×{n}" for k, n in sorted(v["failing_checks"].items()))
            )
    bad = failures(verdicts)
    ok = sum(v.status == "ok" for v in verdicts)
    skipped = sum(v.status == "skipped" for v in verdicts)
    lines.append(f"\nThresholds: {ok} met, {len(bad)} failed, {skipped} skipped")
    lines += [f"  FAIL {v.message}" for v in bad[:15]]
    if len(bad) > 15:
        lines.append(f"  … and {len(bad) - 15} more (see report.json)")
    lines += [f"Note: {n}" for n in res.notes]
    return lines


def write_report(
    res: SuiteResult, verdicts: list[Verdict], backend: str, out_dir: Path
) -> list[Path]:
    """Write summary.md, report.json and the charts; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "backend": backend,
        "seconds": res.seconds,
        "passed": not failures(verdicts),
        "thresholds": [
            {
                "metric": v.threshold.metric,
                "min": v.threshold.min,
                "max": v.threshold.max,
                "value": v.value,
                "status": v.status,
            }
            for v in verdicts
        ],
        "metrics": {k: round(v, 4) for k, v in sorted(res.metrics.items())},
        "details": res.details,
        "notes": res.notes,
        "skipped": res.skipped,
    }
    written = [out_dir / "report.json", out_dir / "summary.md"]
    written[0].write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    body = "\n".join(summary_lines(res, verdicts, backend))
    written[1].write_text(f"# CalmReply eval summary\n\n```text\n{body}\n```\n", encoding="utf-8")
    return written + charts(res, out_dir)


def charts(res: SuiteResult, out_dir: Path) -> list[Path]:
    """PNG bar charts: holdout P/R/F1 per check, IBM flag rates, drafting pass rate/latency."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written: list[Path] = []
    d = res.details
    names = list(CHECK_NAMES)
    x = range(len(names))
    if "checks" in d:
        fig, ax = plt.subplots(figsize=(10, 4))
        hold = d["checks"]["holdout"]
        for i, metric in enumerate(("precision", "recall", "f1")):
            ax.bar(
                [j + (i - 1) * 0.27 for j in x],
                [hold[n][metric] for n in names],
                width=0.27,
                label=metric,
            )
        ax.axhline(0.85, color="grey", linestyle="--", linewidth=1, label="F1 target 0.85")
        ax.set_xticks(list(x), names, rotation=30)
        ax.set_ylim(0, 1.2)
        ax.set_title(f"Checks on holdout labelled replies (n={hold['n']})")
        ax.legend(loc="upper center", ncol=4, frameon=False)
        written.append(_save(fig, out_dir / "checks_holdout.png"))
    if "ibm" in d:
        fig, ax = plt.subplots(figsize=(10, 3.5))
        ax.bar(list(x), [d["ibm"]["flag_rate"][n] for n in names], color="tab:orange")
        ax.axhline(0.10, color="grey", linestyle="--", linewidth=1)
        ax.set_xticks(list(x), names, rotation=30)
        ax.set_title(f"Share of real IBM agent replies flagged (n={d['ibm']['n']})")
        written.append(_save(fig, out_dir / "ibm_flag_rates.png"))
    if d.get("drafting"):
        labels = list(d["drafting"])
        fig, (a1, a2) = plt.subplots(1, 2, figsize=(8, 3.5))
        a1.bar(labels, [d["drafting"][k]["pass_all_rate"] for k in labels], color="tab:green")
        a1.set_ylim(0, 1.05)
        a1.set_title("Drafts passing every check")
        a2.bar(labels, [d["drafting"][k]["latency_ms_mean"] for k in labels], label="mean")
        a2.bar(labels, [d["drafting"][k]["latency_ms_p95"] for k in labels], alpha=0.4, label="p95")
        a2.set_title("Latency per draft (ms)")
        a2.legend()
        written.append(_save(fig, out_dir / "drafting.png"))
    return written


def _save(fig: Any, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return path
