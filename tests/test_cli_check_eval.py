"""`calmreply check` and `calmreply eval` end to end through `assistant.cli.main`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import cli
from assistant.checks import CHECK_NAMES
from assistant.pipeline import CalmReply

POLICY = ["If a delivery is late, we apologise, track the order and offer a new delivery slot."]
GOOD = (
    "Hi Aisha, thank you for telling us, and I'm so sorry your sofa is late. That's our "
    "mistake. Please DM us your order number and I'll find out where it is today. "
    "– Maya, Oakhaven"
)
EXCUSE = (
    "Unfortunately the courier lost your sofa, which was beyond our control. Please DM "
    "us your order number. – Maya, Oakhaven"
)


def _row(id_: str, reply: str, **extra: object) -> dict:
    return {
        "id": id_,
        "complaint": "My sofa is three days late!",
        "reply": reply,
        "channel": "twitter",
        "business_at_fault": True,
        "policy_context": POLICY,
        "customer_name": "Aisha",
        **extra,
    }


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def use_app(app: CalmReply, monkeypatch: pytest.MonkeyPatch) -> CalmReply:
    """Make the CLI use the session's offline assistant instead of building one."""
    monkeypatch.setattr("assistant.pipeline.CalmReply", lambda *a, **k: app)
    return app


def test_check_json_good_and_excuse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(
        tmp_path / "in.jsonl",
        [json.dumps(_row("good", GOOD)), "", json.dumps(_row("excuse", EXCUSE))],
    )
    assert cli.main(["check", "--input", src, "--json"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["good", "excuse"]
    good, excuse = ({c["name"]: c for c in o["checks"]} for o in out)
    assert list(good) == list(CHECK_NAMES)
    assert out[0]["passed"] is True
    if "excuses" in CHECK_NAMES:
        assert excuse["excuses"]["passed"] is False
        assert out[1]["passed"] is False
        assert any("courier" in s["text"].lower() for s in excuse["excuses"]["evidence"])


def test_check_retrieves_policies_when_absent(
    tmp_path: Path, use_app: CalmReply, capsys: pytest.CaptureFixture[str]
) -> None:
    row = _row("r", GOOD)
    del row["policy_context"]
    src = _write(tmp_path / "in.jsonl", [json.dumps(row)])
    assert cli.main(["check", "--input", src]) == 0
    assert capsys.readouterr().out.startswith("r: ")


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("{not json", "line 2: not valid JSON"),
        ('["a list"]', "line 2: expected a JSON object"),
        (json.dumps({"id": "x", "complaint": "late"}), "line 2: field 'reply' is missing"),
        (
            json.dumps(_row("x", GOOD, business_at_fault="perhaps")),
            "line 2: field 'business_at_fault' must be true, false or null",
        ),
        (json.dumps(_row("x", GOOD, channel="carrier pigeon")), "line 2: field 'channel'"),
    ],
)
def test_check_bad_line_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, error: str
) -> None:
    src = _write(tmp_path / "bad.jsonl", [json.dumps(_row("ok", GOOD)), line])
    assert cli.main(["check", "--input", src, "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # no partial output before the error
    assert captured.err.startswith("calmreply: error: ")
    assert error in captured.err and "bad.jsonl" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize(
    ("thresholds", "code", "listed"),
    [
        ("triage.action_accuracy: {min: 0.0}\n  retrieval.hit_rate_at_3: {min: 0.0}", 0, None),
        ("triage.action_accuracy: {min: 1.01}", 1, "triage.action_accuracy"),
        ("retrieval.no_such_metric: {min: 0.5}", 1, "retrieval.no_such_metric"),
        ("drafting.composer.pass_all_rate: {min: 1.0}", 0, None),
    ],  # skipped by --no-drafts
)
def test_eval_exit_code_follows_thresholds(
    tmp_path: Path,
    use_app: CalmReply,
    capsys: pytest.CaptureFixture[str],
    thresholds: str,
    code: int,
    listed: str | None,
) -> None:
    path = _write(tmp_path / "t.yaml", ["thresholds:", f"  {thresholds}"])
    report = tmp_path / "report"
    rc = cli.main(
        [
            "eval",
            "--only",
            "triage,retrieval,drafting",
            "--no-drafts",
            "--quiet",
            "--thresholds",
            path,
            "--report",
            str(report),
        ]
    )
    captured = capsys.readouterr()
    assert rc == code
    assert "Triage (n=" in captured.out
    assert json.loads((report / "report.json").read_text())["passed"] is (code == 0)
    assert (report / "summary.md").exists()
    if listed:
        assert listed in captured.err and f"FAIL {listed}" in captured.out


def test_eval_rejects_unknown_section(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["eval", "--only", "vibes", "--report", str(tmp_path)]) == 2
    assert "unknown section(s) vibes" in capsys.readouterr().err
