"""Where the eval data lives and how it is read.

Project data (`evals/data/*.jsonl`) is written by us; the real public data sets sit beside
the project in `../shared/data` and are read in place, never copied. Every loader returns
plain dicts/tuples so the suite can be pointed at other files in tests.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.config import PROJECT_ROOT

EVAL_DATA = PROJECT_ROOT / "evals" / "data"
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"
THRESHOLDS = PROJECT_ROOT / "evals" / "thresholds.yaml"


@dataclass(frozen=True)
class Paths:
    """Every input file of the suite, overridable for tests."""

    complaints: Path = EVAL_DATA / "complaints.jsonl"
    labelled: Path = EVAL_DATA / "labelled_replies.jsonl"
    ibm_labels: Path = EVAL_DATA / "ibm_triage_labels.jsonl"
    ibm_dir: Path = SHARED_DATA / "ibm-twitter-customer-care"
    politeness_dir: Path = SHARED_DATA / "stanford-politeness"


class DataError(ValueError):
    """An eval data file is unreadable; the message names the file and line."""


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """All JSON objects of a JSONL file, skipping blank lines.

    Raises:
        DataError: a line is not a JSON object; names the file and line.
    """
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path} line {n}: not valid JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise DataError(f"{path} line {n}: expected a JSON object")
        rows.append(row)
    return rows


def ibm_items(ibm_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """The IBM conversations by file name (`dev.json`, `test.json`)."""
    return {
        name: json.loads((ibm_dir / name).read_text(encoding="utf-8"))
        for name in ("dev.json", "test.json")
    }


def first_message(item: dict[str, Any]) -> str:
    """The customer's opening tweet: the complaint the agent answered."""
    turns = item.get("dialogContent") or []
    return str(turns[0].get("message", "")) if turns else ""


@dataclass(frozen=True)
class IbmReply:
    """One real agent reply with the complaint it answered."""

    company: str
    complaint: str
    reply: str


def ibm_replies(ibm_dir: Path) -> list[IbmReply]:
    """Every agent reply in dev + test that has text."""
    out = []
    for items in ibm_items(ibm_dir).values():
        for item in items:
            reply = str((item.get("agentURL") or {}).get("url_utterance") or "")
            if reply.strip():
                company = str((item.get("dialogHeader") or {}).get("company") or "")
                out.append(IbmReply(company, first_message(item), reply))
    return out


def ibm_triage_cases(labels: Path, ibm_dir: Path) -> list[tuple[str, str, str]]:
    """(case id, complaint text, expected action) for each labelled IBM conversation.

    Raises:
        DataError: a label names a file or index that does not exist.
    """
    items = ibm_items(ibm_dir)
    cases = []
    for n, row in enumerate(read_jsonl(labels), 1):
        name = str(row.get("file", ""))
        name = name if name.endswith(".json") else f"{name}.json"
        try:
            item = items[name][int(row["index"])]
            action = str(row["expected_action"])
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise DataError(f"{labels} line {n}: bad file/index/expected_action ({exc})") from exc
        cases.append((f"{name}:{row['index']}", first_message(item), action))
    return cases


def politeness_quartiles(path: Path) -> list[tuple[str, bool]]:
    """(request, polite?) for the top and bottom quartiles by `Normalized Score`.

    This is the binary task of Danescu-Niculescu-Mizil et al. (2013), per domain.
    """
    with path.open(newline="", encoding="utf-8") as fh:
        rows = [(r["Request"], float(r["Normalized Score"])) for r in csv.DictReader(fh)]
    scores = sorted(s for _, s in rows)
    low, high = _quantile(scores, 0.25), _quantile(scores, 0.75)
    return [(text, s >= high) for text, s in rows if s <= low or s >= high]


def _quantile(sorted_values: list[float], q: float) -> float:
    pos = (len(sorted_values) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


POLITENESS_DOMAINS = {
    "wikipedia": "wikipedia.annotated.csv",
    "stack-exchange": "stack-exchange.annotated.csv",
}
