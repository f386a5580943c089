"""One typed settings object, read from the environment (and a `.env` file if present).

Everything configurable lives here so the CLI, the app and the eval suite agree, and so no
key ever has to be typed into code, a widget or a test.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent

#: Longest reply each channel accepts (characters). Twitter/X is a hard platform limit; the
#: others are the platforms' reply limits, kept shorter where a long public reply reads badly.
DEFAULT_LENGTH_LIMITS: dict[str, int] = {
    "twitter": 280,
    "instagram": 2200,
    "facebook": 1500,
    "yelp": 1500,
    "google": 1500,
    "email": 3000,
    "other": 1500,
}


class Settings(BaseSettings):
    """CalmReply configuration. Each field maps to `CALMREPLY_<NAME>` unless noted."""

    model_config = SettingsConfigDict(
        env_prefix="CALMREPLY_", env_file=".env", extra="ignore", populate_by_name=True
    )

    llm: Literal["auto", "offline", "openai"] = Field(
        default="auto",
        description="auto: use the LLM when OPENAI_API_KEY or OPENAI_BASE_URL is set, else the "
        "offline composer; offline: never call a model; openai: require a model.",
    )
    model: str = Field(default="gpt-4o-mini", description="Chat model name at the LLM endpoint.")
    temperature: float = Field(default=0.4, ge=0.0, le=2.0)
    request_timeout: float = Field(default=60.0, gt=0, description="Seconds per LLM request.")
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "CALMREPLY_OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("OPENAI_BASE_URL", "CALMREPLY_OPENAI_BASE_URL"),
        description="Any OpenAI-compatible server (Ollama, vLLM, llama.cpp, LM Studio, Azure).",
    )
    embeddings: Literal["local", "openai"] = Field(
        default="local",
        description="local: all-MiniLM-L6-v2 (ONNX, offline); openai: the endpoint's embeddings.",
    )
    openai_embedding_model: str = "text-embedding-3-small"
    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    data_dir: Path = PROJECT_ROOT / ".calmreply"
    chroma: str = Field(
        default="",
        description="Empty: embedded Chroma in <data_dir>/chroma; host:port: a Chroma server.",
    )
    context_tokens: int = Field(
        default=1200, ge=200, description="Token budget for retrieved policies and examples."
    )
    top_policies: int = Field(default=3, ge=1, le=10)
    top_replies: int = Field(default=3, ge=0, le=10)
    max_revisions: int = Field(default=2, ge=0, le=5)
    llm_judge: bool = Field(
        default=False,
        description="With an LLM configured, add the model's second opinion on the checks.",
    )
    stance_model: bool = Field(
        default=True,
        description="Add the fine-tuned MiniLM stance model to the excuses, argumentative and"
        " tone checks; false runs their phrase patterns alone (faster, fewer catches).",
    )
    stance_process: bool = Field(
        default=True,
        description="Run the stance model in a worker process beside the phrase checks (about"
        " 1.5x the throughput on two cores); false runs it on a thread, as where processes"
        " cannot be started.",
    )
    stance_gate: bool = Field(
        default=True,
        description="Let a word-level gate skip the stance model on sentences it is sure are"
        " harmless (greetings, thanks, contact lines); false reads every sentence with the"
        " model (slower, scores within a rounding of the same).",
    )
    grounding_model: bool = Field(
        default=True,
        description="Let the fine-tuned grounding reader clear promises the grounding rules"
        " flag but the policy backs; false runs the rules alone (more false alarms).",
    )
    length_limits: dict[str, int] = Field(default_factory=lambda: dict(DEFAULT_LENGTH_LIMITS))

    @field_validator("chroma")
    @classmethod
    def _host_port(cls, value: str) -> str:
        value = value.strip()
        if value and (":" not in value or not value.rsplit(":", 1)[1].isdigit()):
            raise ValueError(
                f"CALMREPLY_CHROMA must be host:port (e.g. localhost:8000), got {value!r}"
            )
        return value

    @property
    def chroma_path(self) -> Path:
        """Folder of the embedded Chroma database."""
        return self.data_dir / "chroma"

    @property
    def db_path(self) -> Path:
        """SQLite file for drafts, decisions and knowledge-base change records."""
        return self.data_dir / "calmreply.sqlite3"

    @property
    def use_llm(self) -> bool:
        """Whether drafts come from a model rather than the offline composer."""
        if self.llm == "offline":
            return False
        if self.llm == "openai":
            return True
        return self.openai_api_key is not None or bool(self.openai_base_url)

    def length_limit(self, channel: str) -> int:
        """Characters allowed on `channel`, falling back to the generic limit."""
        return self.length_limits.get(channel, self.length_limits.get("other", 1500))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
