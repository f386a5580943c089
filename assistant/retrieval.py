"""Find the policies and past replies that apply to a complaint, within a token budget.

Vector search over Chroma finds meaning ("my couch came ripped" ~ damaged on arrival); a
small bonus for the policy's own tags keeps exact vocabulary from being outranked by vague
neighbours. The budget keeps prompts cheap and drops the least relevant context first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chromadb.api.models.Collection import Collection

from assistant.config import Settings
from assistant.knowledge import KnowledgeBase
from assistant.sanitize import query_text
from assistant.schemas import SourceDoc
from assistant.store import KnowledgeStore
from assistant.tokens import count_tokens

_TAG_BONUS = 0.08
_EXAMPLES = 50
_CATEGORY_BONUS = 0.06
_WORD = re.compile(r"[a-z][a-z']+")


@dataclass(frozen=True)
class Retrieved:
    """Policies (best first) and past replies chosen for one complaint."""

    policies: list[SourceDoc]
    replies: list[SourceDoc]
    budget: int
    used: int

    @property
    def all(self) -> list[SourceDoc]:
        """Policies then replies, the order the UI lists them."""
        return self.policies + self.replies


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ed|es|s)$", "", word) if len(word) > 4 else word


def _tag_hits(text: str, tags: list[str]) -> int:
    words = {_stem(w) for w in _WORD.findall(text.lower())}
    hits = 0
    for tag in tags:
        parts = [_stem(w) for w in _WORD.findall(tag.lower())]
        if parts and all(p in words for p in parts):
            hits += 1
    return hits


class Retriever:
    """Retrieval over a synced store; cheap to call repeatedly once constructed."""

    def __init__(self, store: KnowledgeStore, kb: KnowledgeBase, settings: Settings) -> None:
        self.store = store
        self.kb = kb
        self.settings = settings

    def _nearest(self, coll: Collection, text: str, n: int) -> list[tuple[str, float]]:
        if n <= 0:
            return []
        res = coll.query(query_texts=[text], n_results=n, include=["distances"])
        dists = (res["distances"] or [[]])[0]
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], dists, strict=False)]

    def rank_policies(self, text: str, category: str | None = None) -> list[tuple[str, float]]:
        """Every policy id with its relevance score, best first.

        A policy scores by its own description and by the past complaints it answered:
        customers describe problems in their own words, which past complaints capture better
        than a policy title does. A policy filed under triage's `category` gets a bonus, so
        "a stain on my new rug" lands on damage even when "not what I expected" sounds like a
        wrong item.
        """
        text = query_text(text)
        by_example: dict[str, float] = {}
        for rid, sim in self._nearest(
            self.store.replies, text, min(self.store.replies.count(), _EXAMPLES)
        ):
            r = self.kb.replies.get(rid)
            if r is not None and r.policy:
                by_example[r.policy] = max(by_example.get(r.policy, 0.0), sim)
        scored = []
        for pid, sim in self._nearest(self.store.policies, text, self.store.policies.count()):
            policy = self.kb.policies.get(pid)
            if policy is None:
                continue  # index is behind the files; ingest will catch up
            example = by_example.get(pid, sim)
            score = 0.5 * sim + 0.5 * max(sim, example)
            score += _TAG_BONUS * _tag_hits(text, policy.tags)
            if category and category in policy.categories:
                score += _CATEGORY_BONUS
            scored.append((pid, score))
        return sorted(scored, key=lambda s: -s[1])

    def retrieve(self, text: str, category: str | None = None) -> Retrieved:
        """Top policies and past replies for `text`, trimmed to the context budget.

        The budget is filled in order of usefulness to a drafter: the best policy (always,
        it says what may be offered), then the past replies (short, and the only examples of
        the company's voice), then further policies while they fit.
        """
        text = query_text(text)
        model = self.settings.model
        ranked = self.rank_policies(text, category)[: self.settings.top_policies]
        policies = [self._policy_doc(pid, score, model) for pid, score in ranked]
        replies: list[SourceDoc] = []
        k = self.settings.top_replies
        if k:
            nearest = self._nearest(self.store.replies, text, min(k, self.store.replies.count()))
            replies = [
                self._reply_doc(rid, sim, model) for rid, sim in nearest if rid in self.kb.replies
            ]
        budget = self.settings.context_tokens
        used = policies[0].tokens if policies else 0
        kept_replies = []
        for doc in replies:
            if used + doc.tokens > budget:
                break
            kept_replies.append(doc)
            used += doc.tokens
        kept_policies = policies[:1]
        for doc in policies[1:]:
            if used + doc.tokens > budget:
                break
            kept_policies.append(doc)
            used += doc.tokens
        return Retrieved(policies=kept_policies, replies=kept_replies, budget=budget, used=used)

    def _policy_doc(self, pid: str, score: float, model: str) -> SourceDoc:
        p = self.kb.policies[pid]
        body = p.customer_text()
        return SourceDoc(
            kind="policy",
            id=pid,
            title=p.title,
            text=body,
            score=round(score, 4),
            tokens=count_tokens(body, model),
            metadata={"business_at_fault": p.business_at_fault, "action": p.action},
        )

    def _reply_doc(self, rid: str, sim: float, model: str) -> SourceDoc:
        r = self.kb.replies[rid]
        body = f"Complaint ({r.channel.value}): {r.complaint}\nReply: {r.reply}"
        return SourceDoc(
            kind="reply",
            id=rid,
            title=f"Past {r.channel.value} reply ({r.policy or 'general'})",
            text=body,
            score=round(sim, 4),
            tokens=count_tokens(body, model),
            metadata={"channel": r.channel.value, "policy": r.policy or ""},
        )
