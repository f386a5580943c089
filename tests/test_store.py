from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.knowledge import load_knowledge
from assistant.store import KnowledgeStore, StoreError, reset


@pytest.fixture
def private(tmp_path: Path, knowledge_copy: Path) -> Settings:
    return Settings(
        llm="offline", data_dir=tmp_path / "data", knowledge_dir=knowledge_copy, _env_file=None
    )  # type: ignore[call-arg]


def test_sync_is_idempotent_and_tracks_changes(private: Settings):
    store = KnowledgeStore(private)
    kb = load_knowledge(private.knowledge_dir)
    first = store.sync(kb)
    assert first.added == {"policies": len(kb.policies), "replies": len(kb.replies)}
    assert store.sync(kb).writes == 0

    policy = private.knowledge_dir / "policies" / "delivery-late.md"
    policy.write_text(policy.read_text().replace("Late deliveries", "Late deliveries (v2)", 1))
    (private.knowledge_dir / "replies" / "r001.yaml").unlink()
    progress: list[tuple[str, int, int]] = []
    report = store.sync(
        load_knowledge(private.knowledge_dir),
        lambda stage, done, total: progress.append((stage, done, total)),
    )
    assert report.updated["policies"] == 1 and report.added["policies"] == 0
    assert report.deleted["replies"] == 1
    assert report.writes == 2
    assert ("policies", 1, 1) in progress
    assert store.replies.count() == len(kb.replies) - 1

    reopened = KnowledgeStore(private)
    assert reopened.sync(load_knowledge(private.knowledge_dir)).writes == 0


def test_refuses_to_mix_embedding_models(private: Settings):
    KnowledgeStore(private).sync(load_knowledge(private.knowledge_dir))
    other = private.model_copy(update={"embeddings": "openai"})
    with pytest.raises(StoreError, match="ingest --rebuild"):
        KnowledgeStore(other)
    reset(private)
    assert KnowledgeStore(private).is_empty()


def test_unreachable_chroma_server_names_the_fix(tmp_path: Path):
    settings = Settings(chroma="127.0.0.1:9", data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    with pytest.raises(StoreError, match="CALMREPLY_CHROMA"):
        KnowledgeStore(settings)


def test_openai_compatible_embeddings_index_and_query(private: Settings):
    from stub_openai import StubOpenAI

    with StubOpenAI() as stub:
        s = private.model_copy(
            update={
                "embeddings": "openai",
                "openai_base_url": stub.base_url,
                "openai_embedding_model": "stub-embed",
            }
        )
        store = KnowledgeStore(s)
        report = store.sync(load_knowledge(s.knowledge_dir))
        assert report.added["policies"] == 16
        res = store.policies.query(query_texts=["late delivery"], n_results=3)
        assert len(res["ids"][0]) == 3
    assert any("/embeddings" for r in stub.requests)
    assert (store.policies.metadata or {})["embedding_model"] == "stub-embed"
    with pytest.raises(StoreError, match="rebuild"):
        KnowledgeStore(private)


def test_reopened_collection_rebuilds_the_offline_embedder(store: KnowledgeStore):
    """A client that names no embedding function still embeds queries with the same model."""
    from assistant.store import POLICIES

    reopened = store.client.get_collection(POLICIES)
    res = reopened.query(query_texts=["my sofa arrived ripped"], n_results=1)
    assert (
        res["ids"][0]
        == store.policies.query(query_texts=["my sofa arrived ripped"], n_results=1)["ids"][0]
    )
