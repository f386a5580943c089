"""CalmReply end to end: triage, retrieve, draft, check. The CLI and the app both call this.

One object holds the loaded knowledge base, the Chroma index and the chosen backend, so a
warm process answers in milliseconds; nothing here prints or knows about the UI.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Literal

from assistant.checks import run_checks
from assistant.config import Settings, get_settings
from assistant.drafting import (
    Backend,
    ComposerBackend,
    DraftRequest,
    LLMBackend,
    check_context,
)
from assistant.judge import judge
from assistant.knowledge import KnowledgeBase, load_knowledge
from assistant.llm import ChatModel, LLMError, build_chat_model
from assistant.prompts import load_prompt
from assistant.retrieval import Retrieved, Retriever
from assistant.schemas import AtFault, CheckResult, Complaint, Draft, DraftResult, TriageResult
from assistant.store import KnowledgeStore, Progress, SyncReport
from assistant.triage import merge_llm_opinion, triage_rules


class CalmReply:
    """The drafting assistant for one knowledge base.

    Args:
        settings: Configuration; read from the environment when omitted.
        chat: A chat model to draft with. When omitted, one is built from the settings if an
            LLM is configured, else drafts come from the offline composer. Tests pass a fake.
        store: An already-open index (tests share one per session).
        auto_ingest: Index the knowledge files on first use when the index is empty.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        chat: ChatModel | None = None,
        store: KnowledgeStore | None = None,
        auto_ingest: bool = True,
    ) -> None:
        self.settings = settings or get_settings()
        self.kb: KnowledgeBase = load_knowledge(self.settings.knowledge_dir)
        self.store = store or KnowledgeStore(self.settings)
        if auto_ingest and self.store.is_empty():
            self.store.sync(self.kb)
        self.retriever = Retriever(self.store, self.kb, self.settings)
        if chat is None and self.settings.use_llm:
            chat = build_chat_model(self.settings)
        self.chat = chat
        self.composer = ComposerBackend(self.settings)
        self.llm = LLMBackend(self.settings, chat) if chat is not None else None

    @property
    def backend_label(self) -> str:
        """What writes the drafts, for the UI and logs."""
        return f"LLM: {self.chat.model_name}" if self.chat else "offline composer"

    def reload(self, progress: Progress | None = None) -> SyncReport:
        """Re-read the knowledge files and sync the index (after an edit)."""
        self.kb = load_knowledge(self.settings.knowledge_dir)
        report = self.store.sync(self.kb, progress)
        self.retriever = Retriever(self.store, self.kb, self.settings)
        return report

    def triage(self, complaint: Complaint, now: datetime | None = None) -> TriageResult:
        """Offline triage, with the model's second opinion when one is configured."""
        verdict = triage_rules(complaint, self.kb.company, now or datetime.now(UTC))
        if self.chat is None:
            return verdict
        template = load_prompt("triage", self.settings.prompts_dir)
        messages = template.render(company=self.kb.company.name, complaint=complaint.text)
        try:
            return merge_llm_opinion(verdict, self.chat.complete(messages))
        except (LLMError, ValueError) as exc:
            return verdict.model_copy(
                update={"signals": [*verdict.signals, f"LLM triage unavailable: {exc}"]}
            )

    def _prepare(
        self,
        complaint: Complaint,
        at_fault: AtFault | None,
        signer: str | None,
        now: datetime | None,
    ) -> tuple[DraftRequest, dict[str, float]]:
        t0 = time.perf_counter()
        verdict = self.triage(complaint, now)
        t1 = time.perf_counter()
        retrieved = self.retriever.retrieve(complaint.text, verdict.category)
        t2 = time.perf_counter()
        if verdict.category == "other" and retrieved.policies:
            # No category rule fired: the best-matching policy knows whose fault it usually is.
            top = self.kb.policies[retrieved.policies[0].id]
            verdict = verdict.model_copy(update={"business_at_fault": top.business_at_fault})
        req = DraftRequest(
            complaint=complaint,
            triage=verdict,
            retrieved=retrieved,
            kb=self.kb,
            at_fault=at_fault or verdict.business_at_fault,
            signer=signer,
        )
        return req, {
            "triage_ms": round((t1 - t0) * 1000, 2),
            "retrieval_ms": round((t2 - t1) * 1000, 2),
        }

    def _result(
        self, req: DraftRequest, draft: Draft | None, timings: dict[str, float]
    ) -> DraftResult:
        checks: list[CheckResult] = []
        opinion: list[CheckResult] = []
        notes: list[str] = []
        if draft is not None:
            checks = draft.rounds[-1].checks if draft.rounds else []
            if self.settings.llm_judge and self.chat is not None:
                t = time.perf_counter()
                template = load_prompt("judge_reply", self.settings.prompts_dir)
                try:
                    ctx = check_context(req, draft.text, self.settings)
                    opinion = judge(self.chat, template, ctx)
                except (LLMError, ValueError) as exc:
                    notes.append(f"LLM second opinion unavailable: {exc}")
                timings["judge_ms"] = round((time.perf_counter() - t) * 1000, 2)
            draft.timings = {**timings, **draft.timings}
        return DraftResult(
            complaint=req.complaint,
            triage=req.triage,
            sources=req.retrieved.all,
            draft=draft,
            checks=checks,
            second_opinion=opinion,
            notes=notes,
        )

    def draft(
        self,
        complaint: Complaint,
        *,
        at_fault: AtFault | None = None,
        signer: str | None = None,
        now: datetime | None = None,
        force: bool = False,
        backend: Literal["auto", "composer", "llm"] = "auto",
    ) -> DraftResult:
        """Triage, retrieve and draft one reply, with its checks.

        Args:
            at_fault: The reviewer's override of triage's fault verdict.
            force: Draft even when triage says do not engage.
            backend: `auto` drafts with the LLM when one is configured, else the composer;
                the eval suite names one to measure each backend separately.

        Raises:
            LLMError: `backend="llm"` but no model is configured.
        """
        start = time.perf_counter()
        req, timings = self._prepare(complaint, at_fault, signer, now)
        draft = None
        if req.triage.action != "do_not_engage" or force:
            draft = self._backend(backend).draft(req)
        timings["total_ms"] = round((time.perf_counter() - start) * 1000, 2)
        return self._result(req, draft, timings)

    def _backend(self, name: str) -> Backend:
        if name == "composer" or (name == "auto" and self.llm is None):
            return self.composer
        if self.llm is None:
            raise LLMError("the LLM backend was asked for but no model is configured")
        return self.llm

    def stream(
        self,
        complaint: Complaint,
        on_text: Callable[[str], None],
        *,
        at_fault: AtFault | None = None,
        signer: str | None = None,
        now: datetime | None = None,
        force: bool = False,
    ) -> DraftResult:
        """Like `draft`, calling `on_text` with the growing text as an LLM writes it."""
        if self.llm is None:
            result = self.draft(complaint, at_fault=at_fault, signer=signer, now=now, force=force)
            if result.draft:
                on_text(result.draft.text)
            return result
        start = time.perf_counter()
        req, timings = self._prepare(complaint, at_fault, signer, now)
        if req.triage.action == "do_not_engage" and not force:
            return self._result(req, None, timings)
        text = ""
        t = time.perf_counter()
        pieces: Iterator[str] = self.llm.stream(req)
        for piece in pieces:
            text += piece
            on_text(text)
        draft = self.llm.finish(req, text, time.perf_counter() - t)
        if draft.text != text:
            on_text(draft.text)
        timings["total_ms"] = round((time.perf_counter() - start) * 1000, 2)
        return self._result(req, draft, timings)

    def _request_for(self, result: DraftResult, at_fault: AtFault | None) -> DraftRequest:
        """Rebuild the request behind `result`, with the very sources the reviewer saw."""
        policies = [s for s in result.sources if s.kind == "policy"]
        replies = [s for s in result.sources if s.kind == "reply"]
        return DraftRequest(
            complaint=result.complaint,
            triage=result.triage,
            retrieved=Retrieved(
                policies=policies,
                replies=replies,
                budget=self.settings.context_tokens,
                used=sum(s.tokens for s in result.sources),
            ),
            kb=self.kb,
            at_fault=at_fault or result.triage.business_at_fault,
        )

    def revise(
        self,
        result: DraftResult,
        text: str,
        instruction: str,
        at_fault: AtFault | None = None,
    ) -> DraftResult:
        """Rewrite `text` following a reviewer's instruction (needs an LLM).

        Raises:
            LLMError: no model is configured; the offline composer cannot follow free text.
        """
        if self.llm is None:
            raise LLMError(
                "revising with an instruction needs an LLM: set OPENAI_API_KEY or "
                "OPENAI_BASE_URL; you can still edit the text by hand"
            )
        draft = self.llm.revise(self._request_for(result, at_fault), text, instruction)
        return result.model_copy(update={"draft": draft, "checks": draft.rounds[-1].checks})

    def check(
        self, result: DraftResult, text: str, at_fault: AtFault | None = None
    ) -> list[CheckResult]:
        """Re-run every check on an edited reply, against the same sources."""
        return run_checks(check_context(self._request_for(result, at_fault), text, self.settings))
