"""Shared app state: the cached CalmReply, the history store and session-state helpers.

Loading the knowledge base and the embedding model takes seconds, so one CalmReply is cached
per configuration for the whole server. Settings are read from the environment on every run
(cheap), which lets tests point the app at temporary folders with CALMREPLY_DATA_DIR and
CALMREPLY_KNOWLEDGE_DIR, and `set_app_factory` lets them hand in a fake chat model without
any test-only switch in production code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from assistant.config import Settings
from assistant.history import HistoryRepo, open_history
from assistant.pipeline import CalmReply

AppFactory = Callable[[Settings], CalmReply]

#: Session keys of widgets whose values must survive page switches (Streamlit drops the state
#: of widgets that are not drawn in a run; re-assigning it keeps what the user typed).
KEEP_PREFIX = "k_"

_factory: AppFactory = CalmReply
_generation = 0


def set_app_factory(factory: AppFactory | None) -> None:
    """Build CalmReply with `factory` from now on (None restores the default).

    Tests use it to inject a fake LLM: `set_app_factory(lambda s: CalmReply(s, chat=fake))`.
    Bumping the generation makes the resource cache build a fresh object.
    """
    global _factory, _generation
    _factory = factory or CalmReply
    _generation += 1


def settings() -> Settings:
    """Settings read from the environment now (not the process-wide cached copy)."""
    return Settings()


@st.cache_resource(show_spinner="Loading the knowledge base…")
def _cached_app(_settings: Settings, key: tuple[str, ...], generation: int) -> CalmReply:
    return _factory(_settings)


def _key(s: Settings) -> tuple[str, ...]:
    return (
        str(s.data_dir),
        str(s.knowledge_dir),
        s.llm,
        s.model,
        str(s.openai_base_url),
        str(bool(s.openai_api_key)),
        s.embeddings,
        s.chroma,
    )


def get_app() -> CalmReply:
    """The CalmReply for the current configuration (built once, then shared)."""
    s = settings()
    return _cached_app(s, _key(s), _generation)


@st.cache_resource(show_spinner=False)
def _cached_history(_settings: Settings, db_path: str) -> HistoryRepo:
    return open_history(_settings)


def get_history() -> HistoryRepo:
    """The history store for the configured data folder."""
    s = settings()
    return _cached_history(s, str(s.db_path))


def default(key: str, value: Any) -> None:
    """Give a session key its first value without overwriting what the user typed."""
    if key not in st.session_state:
        st.session_state[key] = value


def keep_widget_values() -> None:
    """Re-assign every `k_` widget value so it survives a visit to another page."""
    for key in list(st.session_state.keys()):
        if str(key).startswith(KEEP_PREFIX):
            st.session_state[key] = st.session_state[key]


def who() -> str:
    """The reviewer's name for decisions and change records."""
    return str(st.session_state.get("k_who") or "staff").strip() or "staff"


def page_setup() -> None:
    """Run at the top of every page: keep typed values and draw the "who are you" box."""
    keep_widget_values()
    default("k_who", "staff")
    st.sidebar.text_input(
        "Who are you?",
        key="k_who",
        help="Recorded with every approval, rejection and policy change.",
    )


def flash(key: str, kind: str, message: str) -> None:
    """Queue a message to show after the next rerun (e.g. after saving and re-indexing)."""
    st.session_state[f"flash_{key}"] = (kind, message)


def show_flash(key: str) -> None:
    """Show, once, the message queued under `key`."""
    item = st.session_state.pop(f"flash_{key}", None)
    if item:
        kind, message = item
        {"success": st.success, "error": st.error, "info": st.info, "warning": st.warning}.get(
            kind, st.info
        )(message)
