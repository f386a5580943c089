"""Score the reply checks against labelled replies and real agent replies.

Loads every `evals/data/labelled_replies*.jsonl` file and keeps only rows whose split is
"tune" (a file with "holdout" in its name is not even opened) unless `--holdout` is given.
Prints per-check precision/recall/F1 per file and overall (a check "fails" a reply when the
row lists it in `expected_fail`), the share of real IBM customer-care agent replies each
check flags (a check that flags many professional replies is too strict), and the
throughput of all nine checks together.

`--errors CHECK [--file NAME]` lists that check's false positives and negatives on the tune
rows (of one file when NAME, a substring of the file name, is given); `--ibm CHECK` lists
the real agent replies CHECK flags; `--no-ibm` skips the IBM section.

`--dev` adds the dev rows (their tables, and their mistakes under `--errors`).

Usage: python evals/score_checks.py [--errors CHECK] [--file NAME] [--ibm CHECK] [--no-ibm]
       [--dev] [--holdout]
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
DATA = ROOT / "evals" / "data"
IBM = ROOT.parent / "shared" / "data" / "ibm-twitter-customer-care"


def load_rows(holdout: bool = False, dev: bool = False) -> dict[str, list[dict]]:
    """Rows of every labelled file, keyed by file name: tune rows, plus dev and holdout rows
    when asked.

    Ids are prefixed with the file's stem so rows of different files never clash. A line
    that is not valid JSON (a file may still be being written) is skipped. Without
    `holdout`, files named "*holdout*" are never read.
    """
    out: dict[str, list[dict]] = {}
    for path in sorted(DATA.glob("labelled_replies*.jsonl")):
        if "holdout" in path.name and not holdout:
            continue
        rows: list[dict] = []
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(row, dict) or "reply" not in row or "id" not in row:
                continue
            split = row.get("split") or "tune"
            if "tune_extra" in path.name:
                split = "tune"
            if (split == "holdout" and not holdout) or (split == "dev" and not (dev or holdout)):
                continue
            rows.append({**row, "id": f"{path.stem}:{row['id']}", "split": split})
        out[path.name] = rows
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


def _table(title: str, part: list[dict], failed: dict[str, set[str]]) -> None:
    print(f"\n{title}: {len(part)} replies")
    print(f"{'check':<14}{'P':>6}{'R':>6}{'F1':>6}{'n+':>5}{'FP':>4}{'FN':>4}")
    for name in CHECK_NAMES:
        p, r, f, n = prf(part, failed, name)
        fp = sum(name in failed[x["id"]] and name not in x["expected_fail"] for x in part)
        fn = sum(name not in failed[x["id"]] and name in x["expected_fail"] for x in part)
        print(f"{name:<14}{p:6.2f}{r:6.2f}{f:6.2f}{n:5d}{fp:4d}{fn:4d}")


def main() -> None:
    """Print the tables; with --errors, list that check's mistakes on the tune rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", help="show false positives/negatives of this check")
    parser.add_argument("--file", help="with --errors: only rows of files whose name has this")
    parser.add_argument("--ibm", help="list the IBM agent replies this check flags")
    parser.add_argument("--no-ibm", action="store_true", help="skip the IBM section")
    parser.add_argument(
        "--dev", action="store_true", help="also score dev rows; --errors then lists theirs too"
    )
    parser.add_argument(
        "--holdout", action="store_true", help="also load and score holdout rows (default off)"
    )
    args = parser.parse_args()

    files = load_rows(holdout=args.holdout, dev=args.dev)
    rows = [r for part in files.values() for r in part]
    if rows:
        run_checks(context(rows[0]))  # warm up: loads the tone weights once
        start = time.perf_counter()
        results = {r["id"]: run_checks(context(r)) for r in rows}
        rate = len(rows) / (time.perf_counter() - start)
        failed = {k: {c.name for c in v if not c.passed} for k, v in results.items()}
        splits = ("tune", "dev", "holdout") if args.holdout else ("tune", "dev")
        for split in splits:
            for fname, part in files.items():
                sub = [r for r in part if r["split"] == split]
                if sub:
                    _table(f"{split} / {fname}", sub, failed)
            _table(f"{split} / ALL", [r for r in rows if r["split"] == split], failed)
        print(f"\nspeed: {rate:.0f} replies/s (all checks, {len(rows)} replies)")
        if args.errors:
            for fname, part in files.items():
                if args.file and args.file not in fname:
                    continue
                for row in part:
                    if row["split"] not in ("tune", "dev"):
                        continue
                    truth = args.errors in row["expected_fail"]
                    res = next(c for c in results[row["id"]] if c.name == args.errors)
                    if truth == (not res.passed):
                        continue
                    kind = "FN" if truth else "FP"
                    print(f"\n[{kind}] {row['id']} at_fault={row.get('business_at_fault')}")
                    print("  REPLY:", row["reply"])
                    if row.get("note"):
                        print("  NOTE:", row["note"])
                    if args.errors == "grounding":
                        print("  POLICY:", row.get("policy_context"))
                    print("  ->", res.reason, [s.text for s in res.evidence])
    else:
        print(f"no labelled data yet in {DATA}")
    if not args.no_ibm:
        print("\nIBM agent replies flagged:")
        for name, share in ibm_flag_rates(args.ibm).items():
            print(f"  {name:<14}{share:6.1%}")


if __name__ == "__main__":
    main()
