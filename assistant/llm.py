"""The one interface every LLM call goes through, and the only place vendor clients appear.

Drafting, revision and LLM triage talk to a `ChatModel`. The real adapter wraps any LangChain
chat model (ChatOpenAI against OpenAI or any OpenAI-compatible server); tests hand in
LangChain's fake chat models or point the real adapter at a local stub server, so no test
ever patches SDK internals or reaches a real API.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import SecretStr

from assistant.config import Settings
from assistant.prompts import Message
from assistant.tokens import seed_tiktoken_cache

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


class LLMError(RuntimeError):
    """The model could not answer; the message says what to check."""


class ChatModel(Protocol):
    """What the rest of the package needs from a chat model."""

    model_name: str

    def complete(self, messages: list[Message]) -> str:
        """The whole answer at once."""
        ...

    def stream(self, messages: list[Message]) -> Iterator[str]:
        """The answer in pieces as they arrive, for the app's live draft."""
        ...


def _to_langchain(messages: list[Message]) -> list[Any]:
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[m.role](content=m.content) for m in messages]


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content blocks
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content)


class LangChainChat:
    """Adapter from a LangChain chat model to `ChatModel`, turning failures into LLMError."""

    def __init__(self, chat: BaseChatModel, model_name: str, endpoint: str = "") -> None:
        self.chat = chat
        self.model_name = model_name
        self.endpoint = endpoint

    def _error(self, exc: Exception) -> LLMError:
        where = f" at {self.endpoint}" if self.endpoint else ""
        return LLMError(
            f"the model {self.model_name!r}{where} failed: {type(exc).__name__}: {exc}. Check "
            "OPENAI_API_KEY / OPENAI_BASE_URL / CALMREPLY_MODEL, or set CALMREPLY_LLM=offline."
        )

    def complete(self, messages: list[Message]) -> str:
        try:
            answer = self.chat.invoke(_to_langchain(messages))
        except Exception as exc:  # SDKs raise many types; callers need one
            raise self._error(exc) from exc
        text = _text(answer.content).strip()
        if not text:
            raise LLMError(f"the model {self.model_name!r} returned an empty answer")
        return text

    def stream(self, messages: list[Message]) -> Iterator[str]:
        try:
            for chunk in self.chat.stream(_to_langchain(messages)):
                piece = _text(chunk.content)
                if piece:
                    yield piece
        except Exception as exc:
            raise self._error(exc) from exc


def build_chat_model(settings: Settings) -> ChatModel:
    """The configured OpenAI or OpenAI-compatible chat model."""
    from langchain_openai import ChatOpenAI

    seed_tiktoken_cache()  # langchain-openai counts tokens with tiktoken, which would download

    key = settings.openai_api_key or SecretStr("not-needed")  # local servers ignore the key
    if settings.openai_api_key is None and not settings.openai_base_url:
        raise LLMError(
            "no LLM configured: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local "
            "server), or use CALMREPLY_LLM=offline for the offline composer"
        )
    chat = ChatOpenAI(
        model=settings.model,
        api_key=key,
        base_url=settings.openai_base_url,
        temperature=settings.temperature,
        timeout=settings.request_timeout,
        max_retries=1,
    )
    return LangChainChat(chat, settings.model, settings.openai_base_url or "api.openai.com")


def openai_embedding_function(settings: Settings) -> Any:
    """A Chroma embedding function backed by the endpoint's embeddings model."""
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
    from langchain_openai import OpenAIEmbeddings

    seed_tiktoken_cache()

    client = OpenAIEmbeddings(
        model=settings.openai_embedding_model,
        api_key=settings.openai_api_key or SecretStr("not-needed"),
        # Compatible servers (Ollama, vLLM...) take text, not OpenAI's pre-tokenised chunks.
        check_embedding_ctx_length=settings.openai_base_url is None,
        base_url=settings.openai_base_url,
    )

    class _OpenAIFunction(EmbeddingFunction[Documents]):
        def __init__(self) -> None:
            pass

        def __call__(self, input: Documents) -> Embeddings:
            import numpy as np

            try:
                vectors = client.embed_documents(list(input))
            except Exception as exc:
                raise LLMError(f"embedding request failed: {exc}") from exc
            return [np.asarray(v, dtype=np.float32) for v in vectors]

        @staticmethod
        def name() -> str:
            return "calmreply-openai"

        def get_config(self) -> dict[str, Any]:
            return {"model": settings.openai_embedding_model}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> Any:
            return _OpenAIFunction()

    return _OpenAIFunction()
