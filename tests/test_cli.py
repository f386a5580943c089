from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.config import PROJECT_ROOT, get_settings


@pytest.fixture
def cli_env(monkeypatch, data_dir: Path, store):
    """Point the CLI at the session's already-indexed data folder, offline."""
    monkeypatch.setenv("CALMREPLY_DATA_DIR", str(data_dir))
    monkeypatch.setenv("CALMREPLY_LLM", "offline")
    get_settings.cache_clear()
    yield {**os.environ}
    get_settings.cache_clear()


def run_cli(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=PROJECT_ROOT,
        timeout=120,
    )


def test_draft_json_end_to_end(cli_env):
    start = time.perf_counter()
    proc = run_cli(
        cli_env,
        "draft",
        "Your crew never turned up in my slot, I took the day off!",
        "--channel",
        "twitter",
        "--customer",
        "Alex",
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert {"triage", "sources", "draft", "checks"} <= set(out)
    assert out["second_opinion"] == [] and out["notes"] == []  # offline: no LLM judge
    assert out["triage"]["action"] == "reply"
    assert {"respond_by", "category", "severity", "business_at_fault"} <= set(out["triage"])
    assert out["sources"][0]["kind"] == "policy"
    draft = out["draft"]
    assert {"text", "backend", "model", "prompt", "tokens", "timings"} <= set(draft)
    assert draft["backend"] == "composer" and draft["text"].startswith("Hi Alex")
    assert len(draft["text"]) <= 280
    assert {c["name"] for c in out["checks"]} >= {"length", "contact"}
    assert all({"name", "passed", "score", "reason", "evidence"} <= set(c) for c in out["checks"])
    assert time.perf_counter() - start < 30


def test_draft_human_output_and_stdin(cli_env, capsys):
    assert main(["draft", "The mirror arrived smashed", "--channel", "facebook"]) == 0
    out = capsys.readouterr().out
    assert "Triage: REPLY" in out and "--- draft (offline composer) ---" in out
    assert "PASS" in out


def test_draft_do_not_engage_explains(cli_env, capsys):
    assert main(["draft", "Earn $500 a day from home click here"]) == 0
    out = capsys.readouterr().out
    assert "DO_NOT_ENGAGE" in out and "--force" in out


def test_triage_jsonl(cli_env, tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {"id": "a", "complaint": "The wardrobe fell on my son and he was injured"},
                {"id": "b", "complaint": "Where is my order?"},
                {"id": "c", "complaint": "buy crypto now click here"},
            ]
        )
        + "\n"
    )
    assert main(["triage", "--input", str(src), "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(x["id"], x["action"]) for x in lines] == [
        ("a", "escalate"),
        ("b", "reply"),
        ("c", "do_not_engage"),
    ]
    assert all({"category", "severity", "business_at_fault", "respond_by"} <= set(x) for x in lines)


@pytest.mark.parametrize(
    ("args", "content", "message"),
    [
        (["draft", "   "], None, "complaint is empty"),
        (["draft", "late sofa", "--channel", "fax"], None, "unknown channel 'fax'"),
        (["triage", "--input", "{file}"], "{not json\n", "line 1: not valid JSON"),
        (["triage", "--input", "{file}"], '{"id": 1}\n', "line 1: missing field 'complaint'"),
        (["triage", "--input", "/nope/missing.jsonl"], None, "cannot read /nope/missing.jsonl"),
    ],
)
def test_errors_are_one_clear_line(cli_env, tmp_path, capsys, args, content, message):
    path = tmp_path / "bad.jsonl"
    if content is not None:
        path.write_text(content)
    assert main([a.replace("{file}", str(path)) for a in args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_broken_knowledge_file_is_named(cli_env, monkeypatch, knowledge_copy, capsys):
    (knowledge_copy / "policies" / "delivery-late.md").write_text("no front matter")
    monkeypatch.setenv("CALMREPLY_KNOWLEDGE_DIR", str(knowledge_copy))
    get_settings.cache_clear()
    assert main(["draft", "late sofa"]) == 2
    assert "delivery-late.md: must start with YAML front matter" in capsys.readouterr().err


def test_ingest_twice_writes_nothing_the_second_time(tmp_path):
    env = {**os.environ, "CALMREPLY_DATA_DIR": str(tmp_path), "CALMREPLY_LLM": "offline"}
    first = run_cli(env, "ingest")
    assert first.returncode == 0, first.stderr
    assert "policies: 16 added" in first.stdout and "indexing policies" in first.stderr
    second = run_cli(env, "ingest")
    assert "(0 writes)" in second.stdout
