"""An LLM's second opinion on a reply's checks, shown beside the offline verdicts.

The offline checks are fast, deterministic and measured; a model can catch what patterns
miss (an excuse phrased in a new way). Its opinion is advisory: it is reported next to the
offline results and never changes them, so a model outage or a bad answer cannot let a bad
reply through or block a good one.
"""

from __future__ import annotations

import json
import re

from pydantic import BaseModel, ValidationError

from assistant.checks.base import CheckContext
from assistant.llm import ChatModel
from assistant.prompts import PromptTemplate
from assistant.schemas import CheckResult, Span

JUDGED = ("excuses", "argumentative", "tone", "apology", "grounding", "contact", "pii", "signature")


class _Opinion(BaseModel):
    check: str
    passed: bool
    reason: str = ""
    quote: str = ""


def _apology_rule(ctx: CheckContext) -> str:
    if ctx.business_at_fault:
        return (
            'the business was at fault, so a sincere apology is required; "sorry you '
            'feel that way" or "any inconvenience" do not count.'
        )
    return (
        "fault is unclear or not the business's: pass unless the reply contains a "
        'non-apology such as "sorry you feel that way".'
    )


def parse_opinions(answer: str, reply: str) -> list[CheckResult]:
    """Turn the model's JSON into check results; evidence is the quote's place in the reply.

    Raises:
        ValueError: the answer is not a JSON list of opinions on known checks.
    """
    m = re.search(r"\[.*\]", answer, re.S)
    if not m:
        raise ValueError("the judge's answer had no JSON list")
    try:
        items = [_Opinion.model_validate(x) for x in json.loads(m.group(0))]
    except (json.JSONDecodeError, ValidationError, TypeError) as exc:
        raise ValueError(f"the judge's answer is not a list of opinions: {exc}") from exc
    results = []
    for item in items:
        if item.check not in JUDGED:
            continue
        evidence = []
        start = reply.find(item.quote) if item.quote else -1
        if start >= 0:
            evidence.append(Span(start=start, end=start + len(item.quote), text=item.quote))
        results.append(
            CheckResult(
                name=item.check,
                passed=item.passed,
                score=1.0 if item.passed else 0.0,
                reason=item.reason or ("Passes." if item.passed else "Fails."),
                evidence=evidence,
            )
        )
    if not results:
        raise ValueError("the judge gave no opinion on any known check")
    return results


def judge(chat: ChatModel, template: PromptTemplate, ctx: CheckContext) -> list[CheckResult]:
    """Ask the model for its verdict on every judged check."""
    messages = template.render(
        apology_rule=_apology_rule(ctx),
        policies="\n\n".join(ctx.policy_context) or "(none: any promised remedy fails)",
        complaint=ctx.complaint,
        reply=ctx.reply,
    )
    return parse_opinions(chat.complete(messages), ctx.reply)
