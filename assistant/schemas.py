"""Typed data that crosses module boundaries.

Every boundary (CLI, UI, eval suite, LLM output) speaks these models, so bad data fails
loudly where it enters instead of surfacing as a confusing reply later.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Channel(StrEnum):
    """Where the complaint was posted; decides length limits and the reply's register."""

    TWITTER = "twitter"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    YELP = "yelp"
    GOOGLE = "google"
    EMAIL = "email"
    OTHER = "other"

    @classmethod
    def parse(cls, value: str) -> Channel:
        """Accept common spellings ("X", "tweet", "Google review") from people and files."""
        key = value.strip().lower().replace(" review", "").replace("-", "")
        aliases = {
            "x": "twitter",
            "tweet": "twitter",
            "fb": "facebook",
            "ig": "instagram",
            "mail": "email",
            "e-mail": "email",
            "googlemaps": "google",
        }
        key = aliases.get(key, key)
        try:
            return cls(key)
        except ValueError:
            choices = ", ".join(c.value for c in cls)
            raise ValueError(f"unknown channel {value!r}; choose one of: {choices}") from None


AtFault = Literal["yes", "no", "unsure"]
Action = Literal["reply", "escalate", "do_not_engage"]
Severity = Literal["low", "medium", "high", "critical"]


class Complaint(BaseModel):
    """A customer's public post, treated as untrusted data throughout."""

    model_config = ConfigDict(str_strip_whitespace=True)

    text: str = Field(max_length=10_000)
    channel: Channel = Channel.OTHER
    customer_name: str | None = Field(default=None, max_length=100)
    posted_at: datetime | None = None

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the complaint is empty: paste the customer's message")
        return value


class TriageResult(BaseModel):
    """What to do with a complaint before anyone drafts a word."""

    action: Action
    category: str
    severity: Severity
    business_at_fault: AtFault
    reason: str
    advice: str = ""
    signals: list[str] = Field(default_factory=list)
    respond_by: datetime
    source: Literal["rules", "llm"] = "rules"


class SourceDoc(BaseModel):
    """A retrieved policy or past reply, as shown to the drafter and the user."""

    kind: Literal["policy", "reply"]
    id: str
    title: str
    text: str
    score: float
    tokens: int = 0
    metadata: dict[str, str | int | float | bool] = Field(default_factory=dict)


class Span(BaseModel):
    """The exact characters of the reply that a check objects to."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class CheckResult(BaseModel):
    """One check's verdict on one reply, with the evidence a reviewer needs to act on it."""

    name: str
    passed: bool
    score: float = Field(ge=0.0, le=1.0)
    reason: str
    evidence: list[Span] = Field(default_factory=list)
    suggestion: str | None = None


class TokenUsage(BaseModel):
    """Prompt and completion sizes, so cost and context trimming are visible per draft."""

    prompt: int = 0
    completion: int = 0
    context_budget: int = 0
    context_used: int = 0


class DraftRound(BaseModel):
    """One attempt at the reply; revisions keep every round for review."""

    text: str
    checks: list[CheckResult]
    instruction: str | None = None


class Draft(BaseModel):
    """The reply offered for human approval, with everything needed to audit how it was made."""

    text: str
    backend: Literal["composer", "llm"]
    model: str
    prompt: str
    prompt_version: str
    sources: list[str]
    tokens: TokenUsage
    timings: dict[str, float]
    rounds: list[DraftRound] = Field(default_factory=list)


class DraftResult(BaseModel):
    """The whole answer for one complaint: triage, sources, draft and its checks."""

    complaint: Complaint
    triage: TriageResult
    sources: list[SourceDoc]
    draft: Draft | None
    checks: list[CheckResult]
    second_opinion: list[CheckResult] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when every check passed: the reviewer can approve without an override."""
        return all(c.passed for c in self.checks)
