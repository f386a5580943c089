from __future__ import annotations

import hashlib

import pytest

from assistant import tokens


def test_cache_is_seeded_offline_and_verified(tmp_path, monkeypatch):
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    cache = tokens.seed_tiktoken_cache()
    assert cache == tmp_path
    for url, sha in tokens._BLOBS.values():
        blob = tmp_path / hashlib.sha1(url.encode()).hexdigest()
        assert hashlib.sha256(blob.read_bytes()).hexdigest() == sha


def test_corrupt_cache_file_is_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    url, sha = tokens._BLOBS["cl100k_base"]
    blob = tmp_path / hashlib.sha1(url.encode()).hexdigest()
    blob.write_bytes(b"garbage")
    tokens.seed_tiktoken_cache()
    assert hashlib.sha256(blob.read_bytes()).hexdigest() == sha


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [("Hello world", "gpt-4o-mini", 2), ("Hello world", "gpt-3.5-turbo", 2), ("", "gpt-4o", 0)],
)
def test_count_tokens(text, model, expected):
    assert tokens.count_tokens(text, model) == expected


def test_special_tokens_in_complaints_are_plain_text():
    assert tokens.count_tokens("<|endoftext|> please refund") > 3
