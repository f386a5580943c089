"""Shared fixtures: one indexed knowledge base per test session, in a temporary data dir.

Indexing takes a few seconds, so the store is built once; tests that mutate knowledge use
their own copies (see `knowledge_copy`).
"""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# Never let a developer's key or server leak into tests.
for var in (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "CALMREPLY_LLM",
    "CALMREPLY_CHROMA",
    "CALMREPLY_STANCE_MODEL",
    "CALMREPLY_STANCE_PROCESS",
    "CALMREPLY_STANCE_GATE",
):
    os.environ.pop(var, None)

from assistant.config import PROJECT_ROOT, Settings  # noqa: E402
from assistant.pipeline import CalmReply  # noqa: E402
from assistant.store import KnowledgeStore  # noqa: E402

SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that tries to reach a host other than this machine."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if self.family in (socket.AF_INET, socket.AF_INET6) and host not in (
            "127.0.0.1",
            "::1",
            "localhost",
        ):
            raise OSError(f"tests must not use the network (tried {address!r})")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("calmreply-data")


@pytest.fixture(scope="session")
def settings(data_dir: Path) -> Settings:
    """Offline settings over the demo knowledge base and a throwaway data folder."""
    return Settings(llm="offline", data_dir=data_dir, _env_file=None)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def store(settings: Settings) -> KnowledgeStore:
    return KnowledgeStore(settings)


@pytest.fixture(scope="session")
def app(settings: Settings, store: KnowledgeStore) -> CalmReply:
    """The offline assistant over the indexed demo knowledge base."""
    return CalmReply(settings, store=store)


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A private, editable copy of the demo knowledge folder."""
    target = tmp_path / "knowledge"
    shutil.copytree(PROJECT_ROOT / "knowledge", target)
    return target
