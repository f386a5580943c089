"""The entry script: four pages in the navigation, Draft first, no errors."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from assistant.config import PROJECT_ROOT, Settings

TIMEOUT = 30


def test_app_opens_on_the_draft_page(app_env: Settings) -> None:
    at = AppTest.from_file(str(PROJECT_ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Draft a reply"]
    assert at.sidebar.text_input(key="k_who").value == "staff"
    assert any("offline composer" in c.value for c in at.caption)
