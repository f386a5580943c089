"""Small, pure metric functions and the threshold comparison the eval suite gates on.

Kept free of I/O and of the assistant itself so the arithmetic that decides whether CI
passes can be tested with tables of hand-computed cases.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of one binary detector, with the counts behind them.

    The positive class is "the check fails the reply". Zero-division cases are defined,
    not NaN, so a summary never shows a blank: precision is 1.0 when nothing was flagged
    (no false alarm was raised), recall is 1.0 when there was nothing to find, and F1 is 0.0
    when precision and recall are both 0.
    """

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        """Share of flagged replies that truly fail."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of truly failing replies that were flagged."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """How many truly failing replies there were."""
        return self.tp + self.fn

    def as_dict(self) -> dict[str, float | int]:
        """Counts and rounded scores, for report.json."""
        return {
            **asdict(self),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.support,
        }


def confusion(truth: Iterable[bool], predicted: Iterable[bool]) -> PRF:
    """Count a detector's hits and misses over paired labels.

    Raises:
        ValueError: the two sequences differ in length, which would silently drop rows.
    """
    t, p = list(truth), list(predicted)
    if len(t) != len(p):
        raise ValueError(f"{len(t)} labels but {len(p)} predictions")
    tp = sum(a and b for a, b in zip(t, p, strict=True))
    fp = sum(b and not a for a, b in zip(t, p, strict=True))
    fn = sum(a and not b for a, b in zip(t, p, strict=True))
    return PRF(tp=tp, fp=fp, fn=fn, tn=len(t) - tp - fp - fn)


def per_check_prf(
    expected: Sequence[Iterable[str]], failed: Sequence[Iterable[str]], names: Iterable[str]
) -> dict[str, PRF]:
    """PRF per check name, given each row's expected and actual failing check names."""
    exp = [set(e) for e in expected]
    got = [set(f) for f in failed]
    return {n: confusion([n in e for e in exp], [n in g for g in got]) for n in names}


def share(flags: Iterable[bool]) -> float:
    """Fraction of True values; 0.0 for no values, so an empty set never divides by zero."""
    values = list(flags)
    return sum(values) / len(values) if values else 0.0


def mean(values: Iterable[float]) -> float:
    """Arithmetic mean; 0.0 for no values."""
    v = list(values)
    return sum(v) / len(v) if v else 0.0


def percentile(values: Iterable[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation, like numpy's default.

    Raises:
        ValueError: q outside 0..100.
    """
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be within 0..100, got {q}")
    v = sorted(values)
    if not v:
        return 0.0
    pos = (len(v) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


@dataclass(frozen=True)
class Threshold:
    """One gate: a metric that must stay at or above `min` or at or below `max`."""

    metric: str
    min: float | None = None
    max: float | None = None
    note: str = ""


@dataclass(frozen=True)
class Verdict:
    """The outcome of one gate: ok, failed, or not measured (a failure too, unless skipped)."""

    threshold: Threshold
    value: float | None
    status: str  # "ok" | "fail" | "missing" | "skipped"

    @property
    def message(self) -> str:
        """One line for the console and summary.md."""
        t = self.threshold
        bound = f">= {t.min:g}" if t.min is not None else f"<= {t.max:g}"
        if self.status == "missing":
            return f"{t.metric}: not measured (needs {bound})"
        if self.status == "skipped":
            return f"{t.metric}: skipped (needs {bound})"
        return f"{t.metric} = {self.value:.3f} (needs {bound})"


def load_thresholds(path: Path) -> list[Threshold]:
    """Read thresholds.yaml: `thresholds: {metric.name: {min: x} | {max: y}, ...}`.

    Raises:
        ValueError: the file is missing or an entry is malformed; the message names it.
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ValueError(f"cannot read thresholds file {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ValueError(f"{path} is not valid YAML: {exc}") from exc
    entries = data.get("thresholds") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise ValueError(f"{path}: expected a top-level 'thresholds:' mapping")
    out = []
    for metric, spec in entries.items():
        if not isinstance(spec, dict) or not ({"min", "max"} & spec.keys()):
            raise ValueError(f"{path}: threshold {metric!r} needs 'min' or 'max'")
        try:
            lo = None if spec.get("min") is None else float(spec["min"])
            hi = None if spec.get("max") is None else float(spec["max"])
        except (TypeError, ValueError):
            raise ValueError(f"{path}: threshold {metric!r} min/max must be numbers") from None
        out.append(Threshold(str(metric), lo, hi, str(spec.get("note", ""))))
    return out


def compare(
    metrics: Mapping[str, Any], thresholds: Iterable[Threshold], skipped: Iterable[str] = ()
) -> list[Verdict]:
    """Judge every threshold against the flat metric mapping.

    A metric that was not measured fails the gate (a renamed metric must not silently pass)
    unless its name starts with one of the `skipped` prefixes, i.e. the run deliberately
    left that section out (`--no-drafts`, `--only`).
    """
    skip = tuple(skipped)
    verdicts = []
    for t in thresholds:
        value = metrics.get(t.metric)
        if value is None or isinstance(value, bool) or not isinstance(value, int | float):
            status = "skipped" if skip and t.metric.startswith(skip) else "missing"
            verdicts.append(Verdict(t, None, status))
            continue
        ok = (t.min is None or value >= t.min) and (t.max is None or value <= t.max)
        verdicts.append(Verdict(t, float(value), "ok" if ok else "fail"))
    return verdicts


def failures(verdicts: Iterable[Verdict]) -> list[Verdict]:
    """The gates that make the run fail: below/above threshold, or not measured."""
    return [v for v in verdicts if v.status in ("fail", "missing")]
