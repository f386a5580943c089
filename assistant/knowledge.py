"""The knowledge base as files: company profile, policies and past good replies.

Files under `knowledge/` are the source of truth (reviewable in git, editable in the app);
Chroma is only an index of them. Loading validates every file and names the file and field
that is wrong, because the people who edit policies are not programmers.
"""

from __future__ import annotations

import hashlib
import re
from datetime import time
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.schemas import Action, AtFault, Channel

_ID = r"^[a-z0-9][a-z0-9-]{1,60}$"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class KnowledgeError(ValueError):
    """A knowledge file is missing or invalid; the message names the file and the field."""


class Signer(BaseModel):
    """A member of staff who may sign replies (the playbook's "be a person")."""

    name: str = Field(min_length=1)
    role: str = Field(min_length=1)


class Contact(BaseModel):
    """Direct channels offered to customers so a complaint can be taken offline."""

    email: str | None = None
    phone: str | None = None
    dm: str | None = None
    web: str | None = None


class Company(BaseModel):
    """Who the replies speak for, how they sound and when staff are at work."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    short_name: str | None = None
    industry: str = ""
    voice: str = ""
    timezone: str = "UTC"
    business_hours: dict[str, str]
    contact: Contact
    signers: list[Signer] = Field(min_length=1)
    default_signer: str | None = None

    @field_validator("business_hours")
    @classmethod
    def _hours(cls, value: dict[str, str]) -> dict[str, str]:
        for day, span in value.items():
            if day not in DAYS:
                raise ValueError(f"unknown day {day!r}; use {', '.join(DAYS)}")
            if span != "closed" and not re.fullmatch(r"\d\d:\d\d-\d\d:\d\d", span):
                raise ValueError(f"{day}: use 'HH:MM-HH:MM' or 'closed', got {span!r}")
        return value

    def hours_for(self, day_index: int) -> tuple[time, time] | None:
        """Opening and closing time on a weekday (0 = Monday), or None when closed."""
        span = self.business_hours.get(DAYS[day_index], "closed")
        if span == "closed":
            return None
        start, end = span.split("-")
        return time.fromisoformat(start), time.fromisoformat(end)

    def signer(self, name: str | None = None) -> Signer:
        """The named signer, else the default one, else the first."""
        wanted = name or self.default_signer
        for s in self.signers:
            if wanted and s.name.lower() == wanted.lower():
                return s
        if name:
            return Signer(name=name, role="Customer Care")
        return self.signers[0]


class Policy(BaseModel):
    """A customer-care policy: what customers get, and whether failures are our fault."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=_ID)
    title: str = Field(min_length=1)
    tags: list[str] = Field(default_factory=list)
    categories: list[str] = Field(
        default_factory=list, description="Triage categories this policy answers."
    )
    business_at_fault: AtFault = "unsure"
    problem: str = Field(min_length=1)
    customer_gets: list[str] = Field(default_factory=list)
    next_step: str = ""
    prevention: str = ""
    action: Action = "reply"
    body: str = ""

    @field_validator("business_at_fault", mode="before")
    @classmethod
    def _yaml_bool(cls, value: Any) -> Any:
        # YAML reads a bare yes/no as a boolean; people write it that way.
        if isinstance(value, bool):
            return "yes" if value else "no"
        return value

    def customer_text(self) -> str:
        """What a drafter may promise: title, remedies and the policy body."""
        gets = "\n".join(f"- {g}" for g in self.customer_gets) or "- (no remedy to offer)"
        return f"{self.title}\nWhat customers get:\n{gets}\n\n{self.body}".strip()

    def index_text(self) -> str:
        """Text embedded for retrieval: what customers would say, not internal rules."""
        return f"{self.title}: {self.problem}. Customers mention: {', '.join(self.tags)}."


class PastReply(BaseModel):
    """A reply that worked, kept as an example of the company's voice."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=_ID)
    channel: Channel
    policy: str | None = None
    tags: list[str] = Field(default_factory=list)
    complaint: str = Field(min_length=1)
    reply: str = Field(min_length=1)

    @field_validator("channel", mode="before")
    @classmethod
    def _channel(cls, value: Any) -> Any:
        return Channel.parse(value) if isinstance(value, str) else value


class KnowledgeBase(BaseModel):
    """Everything loaded from the knowledge folder, validated and cross-checked."""

    company: Company
    policies: dict[str, Policy]
    replies: dict[str, PastReply]

    def policy_for(self, reply: PastReply) -> Policy | None:
        """The policy a past reply followed, if it names one."""
        return self.policies.get(reply.policy) if reply.policy else None


def content_hash(text: str) -> str:
    """Stable fingerprint of a document, used to make ingest idempotent."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def describe(err: ValidationError) -> str:
    """A validation error as "field 'x': message" parts, for people, not programmers."""
    parts = []
    for e in err.errors():
        field = ".".join(str(p) for p in e["loc"]) or "(file)"
        parts.append(f"field '{field}': {e['msg']}")
    return "; ".join(parts)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping of fields at the top level")
    return data


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    """Split a Markdown file into its YAML front matter and body."""
    m = re.match(r"\A---\s*\n(.*?)\n---\s*\n?(.*)\Z", text, re.S)
    if not m:
        raise KnowledgeError(f"{path}: must start with YAML front matter between '---' lines")
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: front matter is not valid YAML ({exc})") from exc
    if not isinstance(meta, dict):
        raise KnowledgeError(f"{path}: front matter must be a mapping of fields")
    return meta, m.group(2).strip()


def load_policy(path: Path) -> Policy:
    """Read and validate one policy file."""
    meta, body = split_front_matter(path, path.read_text(encoding="utf-8"))
    try:
        policy = Policy(**meta, body=body)
    except (ValidationError, TypeError) as exc:
        detail = describe(exc) if isinstance(exc, ValidationError) else str(exc)
        raise KnowledgeError(f"{path}: {detail}") from exc
    if policy.id != path.stem:
        raise KnowledgeError(f"{path}: field 'id' is {policy.id!r} but the file is {path.stem}.md")
    return policy


def load_reply(path: Path) -> PastReply:
    """Read and validate one past-reply file."""
    try:
        reply = PastReply(**_read_yaml(path))
    except ValidationError as exc:
        raise KnowledgeError(f"{path}: {describe(exc)}") from exc
    if reply.id != path.stem:
        raise KnowledgeError(f"{path}: field 'id' is {reply.id!r} but the file is {path.stem}.yaml")
    return reply


def load_company(path: Path) -> Company:
    """Read and validate the company profile."""
    if not path.exists():
        raise KnowledgeError(f"{path}: missing; the knowledge folder needs a company.yaml")
    try:
        return Company(**_read_yaml(path))
    except ValidationError as exc:
        raise KnowledgeError(f"{path}: {describe(exc)}") from exc


def load_knowledge(root: Path) -> KnowledgeBase:
    """Load and cross-check the whole knowledge folder.

    Raises:
        KnowledgeError: the first invalid file, naming the file and the field.
    """
    if not root.is_dir():
        raise KnowledgeError(f"{root}: knowledge folder not found (set CALMREPLY_KNOWLEDGE_DIR)")
    company = load_company(root / "company.yaml")
    policies = {p.id: p for p in map(load_policy, sorted((root / "policies").glob("*.md")))}
    replies = {r.id: r for r in map(load_reply, sorted((root / "replies").glob("*.yaml")))}
    if not policies:
        raise KnowledgeError(f"{root / 'policies'}: no policy files (*.md) found")
    for r in replies.values():
        if r.policy and r.policy not in policies:
            raise KnowledgeError(
                f"{root / 'replies' / (r.id + '.yaml')}: field 'policy' names unknown policy "
                f"{r.policy!r}"
            )
    return KnowledgeBase(company=company, policies=policies, replies=replies)


def dump_policy(policy: Policy) -> str:
    """Serialise a policy back to its Markdown file format (for the app's editor)."""
    meta = policy.model_dump(exclude={"body"})
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{front}---\n{policy.body.strip()}\n"


def dump_reply(reply: PastReply) -> str:
    """Serialise a past reply back to its YAML file format."""
    data = reply.model_dump(mode="json")
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
