from __future__ import annotations

import pytest
from pydantic import ValidationError

from assistant.config import Settings


@pytest.mark.parametrize(
    ("env", "use_llm"),
    [
        ({}, False),
        ({"OPENAI_API_KEY": "sk-test"}, True),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"}, True),
        ({"OPENAI_API_KEY": "sk-test", "CALMREPLY_LLM": "offline"}, False),
        ({"CALMREPLY_LLM": "openai"}, True),
    ],
)
def test_llm_is_used_only_when_configured(monkeypatch, env, use_llm):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert Settings(_env_file=None).use_llm is use_llm  # type: ignore[call-arg]


def test_prefixed_variables_are_read(monkeypatch, tmp_path):
    monkeypatch.setenv("CALMREPLY_MODEL", "llama3.1")
    monkeypatch.setenv("CALMREPLY_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CALMREPLY_CONTEXT_TOKENS", "900")
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (s.model, s.data_dir, s.context_tokens) == ("llama3.1", tmp_path, 900)
    assert s.chroma_path == tmp_path / "chroma"


@pytest.mark.parametrize("value", ["localhost", "localhost:http", ":"])
def test_chroma_server_must_be_host_port(value):
    with pytest.raises(ValidationError, match="host:port"):
        Settings(chroma=value, _env_file=None)  # type: ignore[call-arg]


def test_key_is_never_printed(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-value")
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert "sk-secret-value" not in repr(s)


@pytest.mark.parametrize(
    ("channel", "limit"), [("twitter", 280), ("yelp", 1500), ("unknown", 1500)]
)
def test_length_limits(channel, limit):
    assert Settings(_env_file=None).length_limit(channel) == limit  # type: ignore[call-arg]
