"""The eval suite's arithmetic, thresholds, loaders and sections, on tiny hand-made data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.checks import CHECK_NAMES
from assistant.evals import check_reply, check_rows, politeness_score
from assistant.evals.checking import RowError, parse_row
from assistant.evals.datasets import DataError, Paths, politeness_quartiles, read_jsonl
from assistant.evals.metrics import (
    PRF,
    Threshold,
    compare,
    confusion,
    failures,
    load_thresholds,
    mean,
    per_check_prf,
    percentile,
    share,
)
from assistant.evals.report import summary_lines, write_report
from assistant.evals.suite import FRESH, Suite, SuiteResult
from assistant.pipeline import CalmReply

T, F = True, False


@pytest.mark.parametrize(
    ("truth", "pred", "p", "r", "f1"),
    [
        ([T, T, F, F], [T, F, T, F], 0.5, 0.5, 0.5),
        ([T, T, T, F], [T, T, T, F], 1.0, 1.0, 1.0),
        ([F, F], [F, F], 1.0, 1.0, 1.0),  # nothing to find, nothing flagged
        ([T, F], [F, F], 1.0, 0.0, 0.0),  # missed everything, raised no false alarm
        ([F, F], [T, F], 0.0, 1.0, 0.0),  # only false alarms
        ([T, F], [F, T], 0.0, 0.0, 0.0),  # both zero: F1 defined as 0, not NaN
        ([], [], 1.0, 1.0, 1.0),
        ([T, T, T, T, F], [T, F, F, F, T], 0.5, 0.25, 1 / 3),
    ],
)
def test_precision_recall_f1(
    truth: list[bool], pred: list[bool], p: float, r: float, f1: float
) -> None:
    s = confusion(truth, pred)
    assert (s.precision, s.recall) == pytest.approx((p, r))
    assert s.f1 == pytest.approx(f1)
    assert s.tp + s.fp + s.fn + s.tn == len(truth)


def test_confusion_rejects_unpaired_labels() -> None:
    with pytest.raises(ValueError, match="3 labels but 2 predictions"):
        confusion([T, F, T], [T, F])


def test_per_check_prf_counts_each_name() -> None:
    scores = per_check_prf(
        [["tone"], [], ["tone", "pii"]], [["tone"], ["pii"], []], ["tone", "pii", "length"]
    )
    assert scores["tone"] == PRF(tp=1, fp=0, fn=1, tn=1)
    assert scores["pii"] == PRF(tp=0, fp=1, fn=1, tn=1)
    assert scores["length"].f1 == 1.0
    assert scores["tone"].as_dict()["support"] == 2


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([], 95, 0.0),
        ([5.0], 95, 5.0),
        ([1, 2, 3, 4], 50, 2.5),
        ([1, 2, 3, 4, 5], 100, 5),
        (list(range(1, 101)), 95, 95.05),
        ([3, 1, 2], 0, 1),
    ],
)
def test_percentile(values: list[float], q: float, expected: float) -> None:
    assert percentile(values, q) == pytest.approx(expected)


def test_percentile_rejects_bad_q() -> None:
    with pytest.raises(ValueError):
        percentile([1.0], 101)


@pytest.mark.parametrize(
    ("fn", "values", "expected"),
    [(share, [], 0.0), (share, [T, F, T, T], 0.75), (mean, [], 0.0), (mean, [1.0, 2.0], 1.5)],
)
def test_share_and_mean(fn: object, values: list, expected: float) -> None:
    assert fn(values) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("threshold", "metrics", "skipped", "status"),
    [
        (Threshold("a", min=0.8), {"a": 0.8}, (), "ok"),
        (Threshold("a", min=0.8), {"a": 0.79}, (), "fail"),
        (Threshold("a", max=0.1), {"a": 0.1}, (), "ok"),
        (Threshold("a", max=0.1), {"a": 0.2}, (), "fail"),
        (Threshold("a", min=0.0, max=0.0), {"a": 0}, (), "ok"),
        (Threshold("drafting.x", min=1.0), {}, (), "missing"),
        (Threshold("drafting.x", min=1.0), {}, ("drafting.",), "skipped"),
        (Threshold("checks.x", min=1.0), {}, ("drafting.",), "missing"),
        (Threshold("a", min=0.5), {"a": True}, (), "missing"),
    ],
)
def test_compare(threshold: Threshold, metrics: dict, skipped: tuple, status: str) -> None:
    (verdict,) = compare(metrics, [threshold], skipped)
    assert verdict.status == status
    assert bool(failures([verdict])) == (status in ("fail", "missing"))
    assert threshold.metric in verdict.message


def test_load_thresholds(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("thresholds:\n  a.b: {min: 0.5}\n  c: {max: 0, note: why}\n")
    assert load_thresholds(path) == [Threshold("a.b", 0.5, None), Threshold("c", None, 0.0, "why")]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("thresholds:\n  a: 0.5\n", "needs 'min' or 'max'"),
        ("thresholds:\n  a: {min: high}\n", "must be numbers"),
        ("- a\n", "top-level 'thresholds:'"),
        ("thresholds: [\n", "not valid YAML"),
    ],
)
def test_load_thresholds_errors(tmp_path: Path, text: str, error: str) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(text)
    with pytest.raises(ValueError, match=error):
        load_thresholds(path)


def test_project_thresholds_file_is_valid() -> None:
    thresholds = load_thresholds(
        Path(__file__).resolve().parent.parent / "evals" / "thresholds.yaml"
    )
    names = {t.metric for t in thresholds}
    assert {f"checks.holdout.{n}.f1" for n in CHECK_NAMES} <= names
    assert "drafting.composer.pass_all_rate" in names


def test_read_jsonl_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\n\n[1]\n')
    with pytest.raises(DataError, match="line 3: expected a JSON object"):
        read_jsonl(path)


def test_politeness_quartiles(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    rows = [f"r{i},{s}" for i, s in enumerate([-2.0, -1.0, 0.0, 0.1, 0.2, 1.0, 2.0, 3.0])]
    path.write_text("Request,Normalized Score\n" + "\n".join(rows) + "\n")
    picked = dict(politeness_quartiles(path))
    assert picked == {"r0": False, "r1": False, "r6": True, "r7": True}


def test_politeness_score_orders_polite_above_rude() -> None:
    polite = politeness_score("Hi, thanks so much for your help! Could you please take a look?")
    rude = politeness_score("Why would you do that? This is wrong. Just fix it.")
    assert 0.0 <= rude < polite <= 1.0


GOOD = {"complaint": "My sofa is late.", "reply": "Sorry!", "channel": "twitter"}


@pytest.mark.parametrize(
    ("row", "error"),
    [
        ({"complaint": "x", "reply": "y"}, "field 'id' is missing"),
        ({"id": 1, "reply": "y"}, "field 'complaint' is missing"),
        ({"id": 1, "complaint": "x", "reply": "  "}, "field 'reply' is empty"),
        ({"id": 1, "complaint": "x", "reply": 5}, "field 'reply' must be a string"),
        ({**GOOD, "id": 1, "channel": "fax"}, "field 'channel' is invalid"),
        ({**GOOD, "id": 1, "business_at_fault": "maybe"}, "field 'business_at_fault'"),
        ({**GOOD, "id": 1, "policy_context": "one"}, "field 'policy_context'"),
        ({**GOOD, "id": True}, "field 'id'"),
    ],
)
def test_parse_row_errors(row: dict, error: str) -> None:
    with pytest.raises(RowError, match=f"f.jsonl line 7: {error}"):
        parse_row(row, "f.jsonl line 7")


def test_parse_row_accepts_words_for_fault() -> None:
    assert parse_row({**GOOD, "id": "a", "business_at_fault": "yes"}, "x").business_at_fault
    assert parse_row({**GOOD, "id": "a"}, "x").policy_context is None


def test_check_rows_retrieves_policies_when_none_given(app: CalmReply) -> None:
    reply = (
        "Hi Aisha, thank you for telling us, and I'm so sorry your sofa is late. Please "
        "DM us your order number and I'll find out where it is today. – Maya, Oakhaven"
    )
    (out,) = check_rows(
        [
            {
                "id": "a",
                "complaint": "My sofa is a week late!",
                "reply": reply,
                "channel": "twitter",
                "business_at_fault": True,
            }
        ],
        app,
    )
    assert out["id"] == "a"
    assert [c["name"] for c in out["checks"]] == list(CHECK_NAMES)
    assert out["passed"] == all(c["passed"] for c in out["checks"])
    direct = check_reply(
        reply, "My sofa is a week late!", channel="twitter", business_at_fault=True, app=app
    )
    assert [c.passed for c in direct] == [c["passed"] for c in out["checks"]]


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_suite_sections_on_tiny_data(app: CalmReply, tmp_path: Path) -> None:
    complaints = _jsonl(
        tmp_path / "c.jsonl",
        [
            {
                "id": "c1",
                "complaint": "My sofa arrived with a ripped cushion.",
                "channel": "google",
                "customer_name": "Tom",
                "expected_action": "reply",
                "expected_category": "damage",
                "expected_policy": "damaged-on-arrival",
                "must_not_contain": ["zzz-never"],
            },
            {
                "id": "c2",
                "complaint": "The table tipped over and my son was injured, I'm calling my lawyer",
                "channel": "facebook",
                "expected_action": "escalate",
            },
            {
                "id": "c3",
                "complaint": "Earn $500 a day with crypto, click here!",
                "expected_action": "do_not_engage",
            },
        ],
    )
    labelled = _jsonl(
        tmp_path / "l.jsonl",
        [
            {
                "id": "l1",
                "complaint": "Late!",
                "reply": "Sorry it is late. DM us. – Maya, Oakhaven",
                "channel": "twitter",
                "business_at_fault": True,
                "policy_context": [],
                "expected_fail": [],
                "split": "holdout",
            },
        ],
    )
    fresh_row = {
        "id": "f1",
        "complaint": "Cold food.",
        "reply": "Sorry. Our supplier let us down, not us. DM us. – Maya, Oakhaven",
        "channel": "twitter",
        "business_at_fault": True,
        "policy_context": [],
        "expected_fail": ["excuses"],
        "split": "holdout",
    }
    _jsonl(tmp_path / f"l_{FRESH}_a.jsonl", [fresh_row])
    paths = Paths(
        complaints=complaints,
        labelled=labelled,
        ibm_labels=tmp_path / "none.jsonl",
        politeness_dir=tmp_path,
    )
    res = Suite(app, paths, progress=False).run(["checks", "triage", "retrieval", "drafting"])
    m = res.metrics
    assert m["triage.action_accuracy"] == 1.0
    assert m["triage.escalate_recall"] == 1.0
    assert 0.0 <= m["retrieval.hit_rate_at_3"] <= 1.0
    assert res.details["drafting"]["composer"]["n"] == 2  # do_not_engage is not drafted
    assert m["drafting.composer.must_not_contain_violations"] == 0
    assert m["drafting.composer.latency_ms_p95"] > 0
    # The fresh file's row is holdout, and is also reported on its own.
    assert res.details["checks"]["holdout"]["n"] == 2
    assert res.details["checks"]["fresh"]["n"] == 1
    assert m["checks.fresh.excuses.recall"] == 1.0
    assert "ibm." in res.skipped and "politeness." in res.skipped
    assert any("IBM triage labels not found" in n for n in res.notes)


def test_report_files_and_summary(tmp_path: Path) -> None:
    names = list(CHECK_NAMES)
    prf = {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "support": 2}
    res = SuiteResult(
        metrics={"ibm.flag_rate.tone": 0.2},
        details={
            "checks": {
                "replies_per_s": 1000.0,
                **{s: {"n": 3, **dict.fromkeys(names, prf)} for s in ("tune", "holdout", "all")},
            },
            "ibm": {"n": 10, "flag_rate": dict.fromkeys(names, 0.2)},
        },
        notes=["something was missing"],
        seconds=1.0,
    )
    verdicts = compare(res.metrics, [Threshold("ibm.flag_rate.tone", max=0.1)])
    files = write_report(res, verdicts, "offline composer", tmp_path / "out")
    assert {f.name for f in files} == {
        "report.json",
        "summary.md",
        "checks_holdout.png",
        "ibm_flag_rates.png",
    }
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["passed"] is False
    assert report["thresholds"][0]["status"] == "fail"
    text = "\n".join(summary_lines(res, verdicts, "offline composer"))
    assert "FAIL ibm.flag_rate.tone = 0.200 (needs <= 0.1)" in text
    assert "Note: something was missing" in text
    assert "fresh F1" in text and "nan" not in text  # no fresh rows: a dash, not NaN


class _FakeChat:
    """A chat model that always answers with the same reply (no network)."""

    model_name = "fake-model"

    def complete(self, messages: list) -> str:
        return (
            "Hi Tom, thank you for telling us, and I'm so sorry your sofa arrived damaged. "
            "Please DM us your order number and we'll sort it out. – Maya, Oakhaven"
        )

    def stream(self, messages: list):  # type: ignore[no-untyped-def]
        yield self.complete(messages)


def test_drafting_measures_llm_backend_too(settings, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    llm_app = CalmReply(settings, chat=_FakeChat(), store=store)
    complaints = _jsonl(
        tmp_path / "c.jsonl",
        [
            {
                "id": "c1",
                "complaint": "My sofa arrived with a ripped cushion.",
                "channel": "google",
                "expected_action": "reply",
                "must_not_contain": ["ripped cushion", "DM US"],
            },
        ],
    )
    res = Suite(llm_app, Paths(complaints=complaints), progress=False).run(["drafting"])
    assert set(res.details["drafting"]) == {"composer", "llm"}
    assert res.details["drafting"]["llm"]["model"] == "fake-model"
    assert res.metrics["drafting.llm.prompt_tokens_mean"] > 0
    assert res.metrics["drafting.llm.must_not_contain_violations"] == 1  # "DM US", any case
    assert res.metrics["drafting.composer.prompt_tokens_mean"] == 0
