"""The `calmreply` command line: ingest, draft, triage, check, eval, app.

Errors print as one line naming the fix (exit 2), never a traceback: the people running this
are support staff and CI logs, not Python developers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

from pydantic import ValidationError

from assistant.config import get_settings
from assistant.schemas import Channel, Complaint


class CLIError(Exception):
    """A user-facing failure: printed as one line."""


def _progress() -> Callable[[str, int, int], None]:
    from tqdm import tqdm

    bars: dict[str, Any] = {}

    def update(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(
                total=total,
                desc=f"indexing {stage}",
                unit="doc",
                file=sys.stderr,
                disable=total == 0,
                leave=True,
            )
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()

    return update


def _jsonl(path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    source = sys.stdin if path == "-" else None
    try:
        handle = source or open(path, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise CLIError(f"cannot read {path}: {exc.strerror}") from exc
    with handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CLIError(f"{path} line {n}: not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise CLIError(f"{path} line {n}: expected a JSON object")
            yield n, row


def cmd_ingest(args: argparse.Namespace) -> int:
    from assistant.knowledge import load_knowledge
    from assistant.store import KnowledgeStore, reset

    settings = get_settings()
    if args.rebuild:
        reset(settings)
    kb = load_knowledge(settings.knowledge_dir)
    report = KnowledgeStore(settings).sync(kb, _progress())
    for label in ("policies", "replies"):
        print(
            f"{label}: {report.added[label]} added, {report.updated[label]} updated, "
            f"{report.deleted[label]} deleted, {report.unchanged[label]} unchanged"
        )
    where = settings.chroma or settings.chroma_path
    print(f"index is current ({report.writes} writes) at {where}")
    return 0


def _complaint(text: str, channel: str, customer: str | None) -> Complaint:
    try:
        return Complaint(text=text, channel=Channel.parse(channel), customer_name=customer)
    except ValidationError as exc:
        raise CLIError("; ".join(e["msg"] for e in exc.errors())) from exc


def cmd_draft(args: argparse.Namespace) -> int:
    from assistant.pipeline import CalmReply

    text = sys.stdin.read() if args.text == "-" else args.text
    complaint = _complaint(text, args.channel, args.customer)
    app = CalmReply()
    if args.json:
        result = app.draft(complaint, at_fault=args.at_fault, signer=args.signer, force=args.force)
        print(json.dumps(draft_json(result), ensure_ascii=False, indent=2))
        return 0
    result = app.draft(complaint, at_fault=args.at_fault, signer=args.signer, force=args.force)
    t = result.triage
    print(
        f"Triage: {t.action.upper()} · {t.category} · severity {t.severity} · "
        f"at fault: {t.business_at_fault} · respond by {t.respond_by:%a %H:%M %Z}"
    )
    print(f"  {t.reason} {t.advice}".rstrip())
    print("Sources: " + ", ".join(f"{s.id} ({s.score:.2f})" for s in result.sources))
    if result.draft is None:
        print("\nNo draft: triage says do not engage (use --force to draft anyway).")
        return 0
    print(f"\n--- draft ({app.backend_label}) ---\n{result.draft.text}\n---")
    for c in result.checks:
        mark = "PASS" if c.passed else "FAIL"
        words = ", ".join(f"“{s.text}”" for s in c.evidence) if not c.passed else ""
        print(f"  {mark} {c.name:<14} {c.reason} {words}".rstrip())
    return 0


def draft_json(result: Any) -> dict[str, Any]:
    """The documented JSON shape of `calmreply draft --json`."""
    draft = None
    if result.draft is not None:
        d = result.draft
        draft = {
            "text": d.text,
            "backend": d.backend,
            "model": d.model,
            "prompt": d.prompt,
            "prompt_version": d.prompt_version,
            "sources": d.sources,
            "tokens": d.tokens.model_dump(),
            "timings": d.timings,
            "rounds": len(d.rounds),
        }
    return {
        "triage": result.triage.model_dump(mode="json"),
        "sources": [s.model_dump(mode="json", exclude={"text"}) for s in result.sources],
        "draft": draft,
        "checks": [c.model_dump(mode="json") for c in result.checks],
        "second_opinion": [c.model_dump(mode="json") for c in result.second_opinion],
        "notes": result.notes,
    }


def cmd_triage(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from assistant.knowledge import load_knowledge
    from assistant.triage import triage_rules

    settings = get_settings()
    company = load_knowledge(settings.knowledge_dir).company
    now = datetime.now(UTC)
    rows: list[tuple[int, dict[str, Any]]] = (
        list(_jsonl(args.input)) if args.input else [(1, {"id": "1", "complaint": args.text})]
    )
    for n, row in rows:
        if "complaint" not in row:
            raise CLIError(f"{args.input} line {n}: missing field 'complaint'")
        complaint = _complaint(str(row["complaint"]), str(row.get("channel") or "other"), None)
        t = triage_rules(complaint, company, now)
        out = {
            "id": row.get("id", n),
            "action": t.action,
            "category": t.category,
            "severity": t.severity,
            "business_at_fault": t.business_at_fault,
            "respond_by": t.respond_by.isoformat(),
        }
        if args.json:
            print(json.dumps(out, ensure_ascii=False))
        else:
            print(f"{out['id']}: {t.action} ({t.category}, {t.severity}) — {t.reason}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from assistant.evals.checking import check_rows

    for out in check_rows(_jsonl(args.input), source=args.input):
        if args.json:
            print(json.dumps(out, ensure_ascii=False))
            continue
        failed = [c for c in out["checks"] if not c["passed"]]
        print(
            f"{out['id']}: {'PASS' if out['passed'] else 'FAIL'}"
            + "".join(f"\n  FAIL {c['name']:<14} {c['reason']}" for c in failed)
        )
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.evals.datasets import THRESHOLDS
    from assistant.evals.metrics import compare, failures, load_thresholds
    from assistant.evals.report import summary_lines, write_report
    from assistant.evals.suite import SECTIONS, Suite
    from assistant.pipeline import CalmReply

    thresholds = load_thresholds(Path(args.thresholds) if args.thresholds else THRESHOLDS)
    sections = [s.strip() for s in args.only.split(",")] if args.only else list(SECTIONS)
    unknown = sorted(set(sections) - set(SECTIONS))
    if unknown:
        raise CLIError(
            f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}"
        )
    if args.no_drafts:
        sections = [s for s in sections if s != "drafting"]
    app = CalmReply()
    result = Suite(app, progress=not args.quiet).run(sections)
    verdicts = compare(result.metrics, thresholds, result.skipped)
    files = write_report(result, verdicts, app.backend_label, Path(args.report))
    print("\n".join(summary_lines(result, verdicts, app.backend_label)))
    print(f"\nReport: {', '.join(str(f) for f in files)}")
    bad = failures(verdicts)
    if bad:
        print(
            f"calmreply: eval failed: {len(bad)} threshold(s) not met: "
            + "; ".join(v.threshold.metric for v in bad),
            file=sys.stderr,
        )
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="calmreply", description="Draft calm, truthful replies to complaints."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="index the knowledge files into Chroma")
    p.add_argument("--rebuild", action="store_true", help="drop the index and rebuild it")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("draft", help="triage a complaint and draft a reply")
    p.add_argument("text", help="the complaint text, or - to read it from standard input")
    p.add_argument(
        "--channel",
        default="other",
        help="twitter, facebook, instagram, yelp, google, email or other",
    )
    p.add_argument("--customer", help="the customer's name")
    p.add_argument("--signer", help="who signs the reply (default: the company's default)")
    p.add_argument(
        "--at-fault",
        choices=["yes", "no", "unsure"],
        help="override triage's view of whether the business was at fault",
    )
    p.add_argument("--force", action="store_true", help="draft even when triage says do not engage")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_draft)

    p = sub.add_parser("triage", help="triage complaints without drafting")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--input", help="JSONL file with id and complaint per line (- for stdin)")
    src.add_argument("text", nargs="?", help="one complaint")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_triage)

    p = sub.add_parser("check", help="run every check on replies written elsewhere")
    p.add_argument(
        "--input",
        required=True,
        help="JSONL: id, complaint, reply, channel, "
        "business_at_fault, optional policy_context and customer_name (- for stdin)",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("eval", help="run the eval suite and gate on evals/thresholds.yaml")
    p.add_argument(
        "--report",
        default="reports/latest",
        help="folder for summary.md, report.json and charts (default: reports/latest)",
    )
    p.add_argument(
        "--no-drafts", action="store_true", help="skip drafting (the slow part with an LLM)"
    )
    p.add_argument("--thresholds", help="thresholds YAML (default: evals/thresholds.yaml)")
    p.add_argument(
        "--only",
        help="comma-separated sections to run: checks, ibm, "
        "politeness, triage, retrieval, drafting",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=cmd_eval)

    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `calmreply` script."""
    from assistant.knowledge import KnowledgeError
    from assistant.llm import LLMError
    from assistant.prompts import PromptError
    from assistant.store import StoreError

    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (CLIError, KnowledgeError, LLMError, PromptError, StoreError, ValueError) as exc:
        print(f"calmreply: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("calmreply: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
