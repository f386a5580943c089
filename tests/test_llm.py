from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from stub_openai import StubOpenAI

from assistant.config import Settings
from assistant.llm import LangChainChat, LLMError, build_chat_model
from assistant.prompts import Message

MESSAGES = [Message("system", "be kind"), Message("user", "hello")]


def fake(*answers: str) -> LangChainChat:
    return LangChainChat(
        GenericFakeChatModel(messages=iter(AIMessage(a) for a in answers)), "fake-model"
    )


def test_fake_model_completes_and_streams():
    assert fake("Hi there").complete(MESSAGES) == "Hi there"
    assert "".join(fake("Hi there friend").stream(MESSAGES)) == "Hi there friend"


def test_empty_answer_is_an_error():
    with pytest.raises(LLMError, match="empty"):
        fake("   ").complete(MESSAGES)


def test_no_llm_configured_says_how_to_configure():
    with pytest.raises(LLMError, match="OPENAI_API_KEY"):
        build_chat_model(Settings(_env_file=None))  # type: ignore[call-arg]


def _settings(url: str) -> Settings:
    return Settings(openai_base_url=url, model="stub-model", request_timeout=5, _env_file=None)  # type: ignore[call-arg]


def test_openai_compatible_server_complete_and_stream():
    with StubOpenAI(["First answer", "Streamed answer in pieces"]) as stub:
        chat = build_chat_model(_settings(stub.base_url))
        assert chat.complete(MESSAGES) == "First answer"
        pieces = list(chat.stream(MESSAGES))
        assert len(pieces) > 1 and "".join(pieces) == "Streamed answer in pieces"
    assert stub.requests[0]["model"] == "stub-model"
    assert stub.requests[0]["messages"][0] == {"role": "system", "content": "be kind"}
    assert stub.requests[1]["stream"] is True


@pytest.mark.parametrize("status", [401, 500])
def test_server_errors_become_one_clear_error(status):
    with StubOpenAI(fail_status=status) as stub:
        chat = build_chat_model(_settings(stub.base_url))
        with pytest.raises(LLMError, match="CALMREPLY_LLM=offline") as err:
            chat.complete(MESSAGES)
        assert stub.base_url in str(err.value)
        with pytest.raises(LLMError):
            list(chat.stream(MESSAGES))


def test_unreachable_server_is_an_llm_error():
    chat = build_chat_model(_settings("http://127.0.0.1:9/v1"))
    with pytest.raises(LLMError, match="failed"):
        chat.complete(MESSAGES)
