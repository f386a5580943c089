"""Score the reply checks against labelled replies and real agent replies.

Prints per-check precision/recall/F1 on the "tune" and "holdout" splits of
`evals/data/labelled_replies.jsonl` (a check "fails" a reply when the row lists it in
`expected_fail`), the share of real IBM customer-care agent replies each check flags (a
check that flags many professional replies is too strict), and the throughput of all checks
together. Tune on "tune" only; "holdout" is the honest number.

Extra tune rows in `evals/data/labelled_replies_tune_extra.jsonl` (same format, every row
"tune") are added to the tune split automatically when the file exists; `--no-extra` leaves
them out. `--tune-only` skips the holdout table (use it while iterating, so the holdout is
looked at rarely), and `--ibm CHECK` lists real agent replies that CHECK flags.

Usage: python evals/score_checks.py [--errors CHECK] [--split tune] [--no-extra]
       [--tune-only] [--ibm CHECK]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable
from pathlib import Path

from assistant.checks import CHECK_NAMES, CheckContext, run_checks
from assistant.schemas import Channel

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "evals" / "data" / "labelled_replies.jsonl"
EXTRA_TUNE = ROOT / "evals" / "data" / "labelled_replies_tune_extra.jsonl"
IBM = ROOT.parent / "shared" / "data" / "ibm-twitter-customer-care"


def load_rows(path: Path = LABELLED) -> list[dict]:
    """The labelled rows, one JSON object per line."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def load_extra_tune(path: Path = EXTRA_TUNE) -> list[dict]:
    """Extra tune rows, forced into the "tune" split; ids are prefixed if they clash.

    A line that is not valid JSON (the file may still be being written) is skipped.
    """
    if not path.exists():
        return []
    out: list[dict] = []
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(row, dict) or "reply" not in row or "id" not in row:
            continue
        out.append({**row, "id": f"X:{row['id']}", "split": "tune"})
    return out


def context(row: dict) -> CheckContext:
    """The CheckContext the pipeline would build for this labelled row."""
    return CheckContext(
        reply=row["reply"],
        complaint=row.get("complaint", ""),
        channel=Channel.parse(row.get("channel", "other")),
        business_at_fault=row.get("business_at_fault"),
        policy_context=tuple(row.get("policy_context") or ()),
        customer_name=row.get("customer_name"),
        company_name=row.get("company"),
    )


def prf(rows: Iterable[dict], failed: dict[str, set[str]], name: str) -> tuple[float, ...]:
    """Precision, recall, F1 and support of one check, counting "fail" as positive."""
    tp = fp = fn = 0
    for row in rows:
        truth = name in row["expected_fail"]
        pred = name in failed[row["id"]]
        tp += truth and pred
        fp += pred and not truth
        fn += truth and not pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp + fn


def ibm_replies() -> list[tuple[str, str]]:
    """(complaint, agent reply) pairs from the IBM customer-care dev and test sets."""
    replies: list[tuple[str, str]] = []
    for split in ("dev", "test"):
        for item in json.loads((IBM / f"{split}.json").read_text()):
            complaint = item["dialogContent"][0]["message"] if item["dialogContent"] else ""
            replies.append((complaint, item["agentURL"]["url_utterance"]))
    return replies


def ibm_flag_rates(show: str | None = None) -> dict[str, float]:
    """Share of real agent replies (dev + test) each check fails; prints `show`'s flags."""
    replies = ibm_replies()
    counts = dict.fromkeys(CHECK_NAMES, 0)
    for complaint, reply in replies:
        for res in run_checks(CheckContext(reply=reply, complaint=complaint)):
            counts[res.name] += not res.passed
            if show == res.name and not res.passed:
                print(f"[IBM {res.name}] {reply!r} -> {[s.text for s in res.evidence]}")
    return {k: v / len(replies) for k, v in counts.items()}


def main() -> None:
    """Print the tables; with --errors, list that check's mistakes on the chosen split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", help="show false positives/negatives of this check")
    parser.add_argument("--split", default="tune", help="split for --errors")
    parser.add_argument("--no-extra", action="store_true", help="leave out the extra tune rows")
    parser.add_argument("--tune-only", action="store_true", help="skip the holdout table")
    parser.add_argument("--ibm", help="list the IBM agent replies this check flags")
    args = parser.parse_args()

    if LABELLED.exists():
        extra = [] if args.no_extra else load_extra_tune()
        rows = load_rows() + extra
        if extra:
            print(f"including {len(extra)} extra tune rows from {EXTRA_TUNE.name}")
        run_checks(context(rows[0]))  # warm up: loads the tone weights once
        start = time.perf_counter()
        results = {r["id"]: run_checks(context(r)) for r in rows}
        rate = len(rows) / (time.perf_counter() - start)
        failed = {k: {c.name for c in v if not c.passed} for k, v in results.items()}
        tables: list[tuple[str, list[dict]]] = [
            (split, [r for r in rows if r.get("split") == split])
            for split in (("tune",) if args.tune_only else ("tune", "holdout"))
        ]
        if extra:
            tables.insert(1, ("tune (extra rows only)", extra))
        for split, part in tables:
            print(f"\n{split}: {len(part)} replies")
            print(f"{'check':<14}{'P':>6}{'R':>6}{'F1':>6}{'n+':>5}")
            for name in CHECK_NAMES:
                p, r, f, n = prf(part, failed, name)
                print(f"{name:<14}{p:6.2f}{r:6.2f}{f:6.2f}{n:5d}")
        print(f"\nspeed: {rate:.0f} replies/s (all checks, {len(rows)} replies)")
        if args.errors:
            for row in rows:
                if row.get("split") != args.split:
                    continue
                truth = args.errors in row["expected_fail"]
                res = next(c for c in results[row["id"]] if c.name == args.errors)
                if truth == (not res.passed):
                    continue
                kind = "FN" if truth else "FP"
                print(f"\n[{kind}] {row['id']} at_fault={row.get('business_at_fault')}")
                print("  REPLY:", row["reply"])
                if args.errors == "grounding":
                    print("  POLICY:", row.get("policy_context"))
                print("  ->", res.reason, [s.text for s in res.evidence])
    else:
        print(f"no labelled data yet at {LABELLED}")
    print("\nIBM agent replies flagged:")
    for name, share in ibm_flag_rates(args.ibm).items():
        print(f"  {name:<14}{share:6.1%}")


if __name__ == "__main__":
    main()
