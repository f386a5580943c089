"""Fixtures for the app tests: a private data folder and knowledge copy per test.

The knowledge index is built once per session in a subprocess (so its files are closed
cleanly) and copied into each test's data folder, which keeps every test isolated without
paying for embedding the knowledge base each time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT, Settings
from assistant.ui import state

TIMEOUT = 30


@pytest.fixture(scope="session")
def template_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("template") / "data"
    env = {
        **os.environ,
        "CALMREPLY_DATA_DIR": str(data),
        "CALMREPLY_LLM": "offline",
        "ANONYMIZED_TELEMETRY": "False",
    }
    subprocess.run(
        [sys.executable, "-c", "from assistant.cli import main; main(['ingest'])"],
        cwd=PROJECT_ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    return data


@pytest.fixture
def app_env(
    tmp_path: Path, template_data: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Settings]:
    """Point the app at a fresh data folder and knowledge copy; offline unless a test says."""
    data, knowledge = tmp_path / "data", tmp_path / "knowledge"
    shutil.copytree(template_data, data)
    shutil.copytree(PROJECT_ROOT / "knowledge", knowledge)
    monkeypatch.setenv("CALMREPLY_DATA_DIR", str(data))
    monkeypatch.setenv("CALMREPLY_KNOWLEDGE_DIR", str(knowledge))
    monkeypatch.setenv("CALMREPLY_LLM", "offline")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    state.set_app_factory(None)  # a fresh CalmReply for this folder
    yield Settings()
    state.set_app_factory(None)
