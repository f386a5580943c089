"""The Chroma index of the knowledge files, and the idempotent sync that keeps it current.

Files are the source of truth; this module mirrors them into two collections (policies and
past replies). Sync compares content hashes so a second run with nothing changed writes
nothing, and each collection records which embedding model built it so vectors from two
models are never mixed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection

from assistant.config import Settings
from assistant.embeddings import LOCAL_MODEL_ID, LocalMiniLMFunction
from assistant.knowledge import KnowledgeBase, content_hash

POLICIES = "calmreply_policies"
REPLIES = "calmreply_replies"

Progress = Callable[[str, int, int], None]
"""Called as (stage, done, total) while syncing, for progress bars."""


class StoreError(RuntimeError):
    """The index cannot be used as configured; the message names the fix."""


@dataclass
class SyncReport:
    """What one sync changed, per collection."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    @property
    def writes(self) -> int:
        """Documents written or removed; zero means the index was already current."""
        return sum(self.added.values()) + sum(self.updated.values()) + sum(self.deleted.values())


def embedding_model_id(settings: Settings) -> str:
    """The name recorded on collections for the configured embedding model."""
    return LOCAL_MODEL_ID if settings.embeddings == "local" else settings.openai_embedding_model


def embedding_function(settings: Settings) -> Any:
    """The Chroma embedding function for the configured model."""
    if settings.embeddings == "local":
        return LocalMiniLMFunction()
    from assistant.llm import openai_embedding_function

    return openai_embedding_function(settings)


def open_client(settings: Settings) -> ClientAPI:
    """Embedded Chroma in the data folder, or a Chroma server when `chroma` is host:port."""
    if settings.chroma:
        host, port = settings.chroma.rsplit(":", 1)
        try:
            return chromadb.HttpClient(host=host, port=int(port))
        except Exception as exc:  # the client raises several types for an unreachable server
            raise StoreError(
                f"cannot reach the Chroma server at {settings.chroma} ({exc}); start it or unset "
                "CALMREPLY_CHROMA to use the embedded store"
            ) from exc
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path))


class KnowledgeStore:
    """The two collections, opened with the configured embedding model."""

    def __init__(self, settings: Settings, client: ClientAPI | None = None) -> None:
        self.settings = settings
        self.client = client or open_client(settings)
        self.model_id = embedding_model_id(settings)
        self._ef = embedding_function(settings)
        self.policies = self._collection(POLICIES)
        self.replies = self._collection(REPLIES)

    def _collection(self, name: str) -> Collection:
        try:
            coll = self.client.get_or_create_collection(
                name,
                embedding_function=self._ef,
                metadata={"embedding_model": self.model_id, "hnsw:space": "cosine"},
            )
        except ValueError as exc:  # Chroma's own guard against a different embedding function
            raise StoreError(
                f"collection {name!r} was built with another embedding model than "
                f"{self.model_id!r}; run `calmreply ingest --rebuild` to re-index ({exc})"
            ) from exc
        built_with = (coll.metadata or {}).get("embedding_model")
        if built_with != self.model_id:
            raise StoreError(
                f"collection {name!r} was built with embeddings {built_with!r} but "
                f"{self.model_id!r} is configured; run `calmreply ingest --rebuild` to re-index"
            )
        return coll

    def is_empty(self) -> bool:
        """True before the first ingest."""
        return self.policies.count() == 0

    def sync(self, kb: KnowledgeBase, progress: Progress | None = None) -> SyncReport:
        """Make the index match the knowledge files: add new, update changed, drop removed."""
        report = SyncReport()
        policy_docs = {
            p.id: (p.index_text(), {"title": p.title, "tags": ", ".join(p.tags)})
            for p in kb.policies.values()
        }
        reply_docs = {
            r.id: (
                f"{r.complaint}\n{', '.join(r.tags)}",
                {
                    "title": f"{r.channel.value} reply ({r.policy or 'general'})",
                    "channel": r.channel.value,
                    "policy": r.policy or "",
                },
            )
            for r in kb.replies.values()
        }
        self._sync_one(self.policies, "policies", policy_docs, report, progress)
        self._sync_one(self.replies, "replies", reply_docs, report, progress)
        return report

    @staticmethod
    def _sync_one(
        coll: Collection,
        label: str,
        docs: dict[str, tuple[str, dict[str, Any]]],
        report: SyncReport,
        progress: Progress | None,
    ) -> None:
        existing = coll.get(include=["metadatas"])
        current = {
            i: (m or {}).get("hash")
            for i, m in zip(existing["ids"], existing["metadatas"] or [], strict=False)
        }
        stale = sorted(set(current) - set(docs))
        changed = [i for i in sorted(docs) if current.get(i) != content_hash(docs[i][0])]
        if stale:
            coll.delete(ids=stale)
        total = len(changed)
        if progress:
            progress(label, 0, total)
        for start in range(0, total, 16):
            batch = changed[start : start + 16]
            coll.upsert(
                ids=batch,
                documents=[docs[i][0] for i in batch],
                metadatas=[{**docs[i][1], "hash": content_hash(docs[i][0])} for i in batch],
            )
            if progress:
                progress(label, start + len(batch), total)
        report.added[label] = sum(1 for i in changed if i not in current)
        report.updated[label] = sum(1 for i in changed if i in current)
        report.deleted[label] = len(stale)
        report.unchanged[label] = len(docs) - len(changed)


def reset(settings: Settings) -> None:
    """Drop both collections, e.g. after switching embedding model."""
    client = open_client(settings)
    for name in (POLICIES, REPLIES):
        try:
            client.delete_collection(name)
        except Exception:  # absent collections raise different errors across Chroma versions
            continue
