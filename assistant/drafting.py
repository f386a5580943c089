"""Drafting backends behind one interface, and the check-and-revise loop.

Two backends write drafts from the same retrieved context: the offline composer (default,
no key needed) and an LLM through `assistant.llm.ChatModel`. Every draft records which
backend, model, prompt and version made it, the sources used, token counts and timings, so a
reviewer (and the eval suite) can tell exactly where a reply came from.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from assistant.checks import CheckContext, run_checks
from assistant.composer import ComposerInput, compose
from assistant.config import Settings
from assistant.knowledge import KnowledgeBase
from assistant.llm import ChatModel
from assistant.prompts import Message, load_prompt
from assistant.retrieval import Retrieved
from assistant.schemas import (
    AtFault,
    CheckResult,
    Complaint,
    Draft,
    DraftRound,
    TokenUsage,
    TriageResult,
)
from assistant.tokens import count_tokens

COMPOSER_VERSION = "1.0"


@dataclass(frozen=True)
class DraftRequest:
    """Everything a backend may use to write one reply."""

    complaint: Complaint
    triage: TriageResult
    retrieved: Retrieved
    kb: KnowledgeBase
    at_fault: AtFault
    signer: str | None = None

    @property
    def escalate(self) -> bool:
        """Escalated cases get a holding reply only: no remedies in public."""
        return self.triage.action == "escalate"


def check_context(req: DraftRequest, reply: str, settings: Settings) -> CheckContext:
    """The context checks need, built the same way for every backend."""
    company = req.kb.company
    return CheckContext(
        reply=reply,
        complaint=req.complaint.text,
        channel=req.complaint.channel,
        business_at_fault={"yes": True, "no": False}.get(req.at_fault),
        policy_context=tuple(p.text for p in req.retrieved.policies),
        customer_name=req.complaint.customer_name,
        company_name=company.name,
        signers=tuple(s.name for s in company.signers),
        length_limits=settings.length_limits,
    )


class Backend(Protocol):
    """A way of writing drafts."""

    def draft(self, req: DraftRequest) -> Draft: ...


class ComposerBackend:
    """The offline grounded composer: deterministic, instant, never invents a remedy."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def draft(self, req: DraftRequest) -> Draft:
        start = time.perf_counter()
        policy = (
            req.kb.policies.get(req.retrieved.policies[0].id) if req.retrieved.policies else None
        )
        example = next(
            (
                req.kb.replies[r.id]
                for r in req.retrieved.replies
                if r.id in req.kb.replies and req.kb.replies[r.id].channel == req.complaint.channel
            ),
            None,
        )
        text = compose(
            ComposerInput(
                complaint=req.complaint.text,
                channel=req.complaint.channel,
                company=req.kb.company,
                policy=policy,
                at_fault=req.at_fault,
                escalate=req.escalate,
                customer_name=req.complaint.customer_name,
                signer=req.signer,
                example=example,
                max_chars=self.settings.length_limit(req.complaint.channel.value),
            )
        )
        elapsed = time.perf_counter() - start
        checks = run_checks(check_context(req, text, self.settings))
        checked = time.perf_counter() - start - elapsed
        return Draft(
            text=text,
            backend="composer",
            model="offline-composer",
            prompt="composer",
            prompt_version=COMPOSER_VERSION,
            sources=[policy.id] if policy else [],
            tokens=TokenUsage(context_budget=req.retrieved.budget, context_used=req.retrieved.used),
            timings={"draft_ms": round(elapsed * 1000, 2), "checks_ms": round(checked * 1000, 2)},
            rounds=[DraftRound(text=text, checks=checks)],
        )


def failed_instruction(checks: list[CheckResult]) -> str:
    """Turn failed checks into a revision instruction a model can follow."""
    lines = []
    for c in checks:
        if c.passed:
            continue
        words = "; ".join(f"“{s.text}”" for s in c.evidence[:3])
        line = f"- {c.name}: {c.reason}"
        if words:
            line += f" Offending words: {words}."
        if c.suggestion:
            line += f" Fix: {c.suggestion}"
        lines.append(line)
    return "\n".join(lines)


class LLMBackend:
    """Drafts with a chat model, then revises up to `max_revisions` times on failed checks."""

    def __init__(self, settings: Settings, chat: ChatModel) -> None:
        self.settings = settings
        self.chat = chat
        self.template = load_prompt("draft_reply", settings.prompts_dir)
        self.reviser = load_prompt("revise_reply", settings.prompts_dir)

    def _common(self, req: DraftRequest) -> dict[str, str]:
        company = req.kb.company
        signer = company.signer(req.signer)
        c = company.contact
        contact = ", ".join(x for x in (c.dm and "DM", c.email, c.phone) if x) or "a DM"
        return {
            "company": company.name,
            "contact": contact,
            "signer": f"{signer.name} ({signer.role})",
            "max_chars": str(self.settings.length_limit(req.complaint.channel.value)),
            "policies": "\n\n".join(f"[{p.id}] {p.text}" for p in req.retrieved.policies)
            or "(none retrieved: offer no remedy)",
            "complaint": req.complaint.text,
        }

    def messages(self, req: DraftRequest) -> list[Message]:
        """The rendered drafting prompt (public so the app can show what was sent)."""
        company = req.kb.company
        apology = {
            "yes": "The business was at fault: apologise plainly and sincerely for the "
            "specific failure.",
            "no": "The business was not at fault: be sorry for the experience without "
            "admitting a fault that did not happen.",
            "unsure": "Fault is unclear: be sorry for the experience without inventing guilt.",
        }[req.at_fault]
        triage = f"{req.triage.action} / {req.triage.category} / severity {req.triage.severity}"
        if req.escalate:
            triage += (
                ". ESCALATED: write only a short holding reply: acknowledge, say a senior "
                "colleague is taking it on personally, give the direct contact, promise "
                "nothing else."
            )
        return self.template.render(
            **self._common(req),
            industry=company.industry or "a business",
            voice=company.voice or "warm and plain-spoken",
            apology_rule=apology,
            channel=req.complaint.channel.value,
            examples="\n\n".join(r.text for r in req.retrieved.replies) or "(none)",
            customer_name=req.complaint.customer_name or "(unknown)",
            triage=triage,
        )

    def stream(self, req: DraftRequest) -> Iterator[str]:
        """The first draft as it is written (the caller then calls `finish`)."""
        return self.chat.stream(self.messages(req))

    def draft(self, req: DraftRequest) -> Draft:
        start = time.perf_counter()
        text = self.chat.complete(self.messages(req))
        return self.finish(req, text, time.perf_counter() - start)

    def finish(self, req: DraftRequest, text: str, first_s: float) -> Draft:
        """Check the first draft and revise it while checks fail, keeping every round."""
        prompt_tokens = sum(
            count_tokens(m.content, self.settings.model) for m in self.messages(req)
        )
        completion = count_tokens(text, self.settings.model)
        timings = {"draft_ms": round(first_s * 1000, 2)}
        rounds = [
            DraftRound(
                text=text.strip(),
                checks=run_checks(check_context(req, text.strip(), self.settings)),
            )
        ]
        for n in range(self.settings.max_revisions):
            if all(c.passed for c in rounds[-1].checks):
                break
            instruction = failed_instruction(rounds[-1].checks)
            start = time.perf_counter()
            revised, used = self._revise(req, rounds[-1].text, instruction)
            timings[f"revision_{n + 1}_ms"] = round((time.perf_counter() - start) * 1000, 2)
            prompt_tokens += used
            completion += count_tokens(revised, self.settings.model)
            rounds.append(
                DraftRound(
                    text=revised,
                    instruction=instruction,
                    checks=run_checks(check_context(req, revised, self.settings)),
                )
            )
        return Draft(
            text=rounds[-1].text,
            backend="llm",
            model=self.chat.model_name,
            prompt=self.template.name,
            prompt_version=self.template.version,
            sources=[d.id for d in req.retrieved.all],
            tokens=TokenUsage(
                prompt=prompt_tokens,
                completion=completion,
                context_budget=req.retrieved.budget,
                context_used=req.retrieved.used,
            ),
            timings=timings,
            rounds=rounds,
        )

    def _revise(self, req: DraftRequest, draft: str, instruction: str) -> tuple[str, int]:
        messages = self.reviser.render(**self._common(req), draft=draft, instruction=instruction)
        used = sum(count_tokens(m.content, self.settings.model) for m in messages)
        return self.chat.complete(messages).strip(), used

    def revise(self, req: DraftRequest, draft: str, instruction: str) -> Draft:
        """A reviewer's own instruction ("shorter", "warmer"), as one more round."""
        start = time.perf_counter()
        text, used = self._revise(req, draft, instruction)
        checks = run_checks(check_context(req, text, self.settings))
        return Draft(
            text=text,
            backend="llm",
            model=self.chat.model_name,
            prompt=self.reviser.name,
            prompt_version=self.reviser.version,
            sources=[d.id for d in req.retrieved.all],
            tokens=TokenUsage(
                prompt=used,
                completion=count_tokens(text, self.settings.model),
                context_budget=req.retrieved.budget,
                context_used=req.retrieved.used,
            ),
            timings={"revise_ms": round((time.perf_counter() - start) * 1000, 2)},
            rounds=[DraftRound(text=text, checks=checks, instruction=instruction)],
        )
