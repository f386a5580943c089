"""The History page: filters, the table, one record's detail, CSV and charts."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from assistant.config import Settings
from assistant.history import SQLiteHistory
from tests.test_history import BAD, OK, make_result

TIMEOUT = 30


def _script() -> None:
    from assistant.ui.history_page import page

    page()


def test_empty_history_says_so(app_env: Settings) -> None:
    at = AppTest.from_function(_script, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.info[0].value == "No drafts yet: draft a reply on the Draft page."


def test_filters_detail_and_charts(app_env: Settings) -> None:
    repo = SQLiteHistory.from_settings(app_env)
    a = repo.save_draft(make_result("sofa never came", "twitter"))
    b = repo.save_draft(make_result("rude driver", "facebook", "escalate"))
    repo.save_draft(make_result("spam", "twitter", "do_not_engage"))
    repo.approve(a, "the courier lost it – Maya", "ana", [OK, BAD], override_reason="fine")
    repo.reject(b, "legal threat", "bo")

    at = AppTest.from_function(_script, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 3
    assert at.download_button(key="b_csv") is not None
    assert len(at.image) == 2  # both charts drawn

    at.selectbox(key="k_h_status").set_value("approved").run()
    table = at.dataframe[0].value
    assert list(table["id"]) == [a] and table["failed checks"][0] == "excuses"
    assert "Approved despite failing checks because: fine" in [w.value for w in at.warning]
    assert any("<mark" in m.value for m in at.markdown)  # final reply with evidence

    at.selectbox(key="k_h_status").set_value("all")
    at.selectbox(key="k_h_channel").set_value("facebook").run()
    assert list(at.dataframe[0].value["id"]) == [b]
    assert "Rejected because: legal threat" in [w.value for w in at.warning]

    at.selectbox(key="k_h_channel").set_value("all")
    at.selectbox(key="k_h_action").set_value("do_not_engage").run()
    assert len(at.dataframe[0].value) == 1
    at.selectbox(key="k_h_action").set_value("all")
    at.text_input(key="k_h_text").input("nothing like this").run()
    assert at.info[0].value == "No drafts match these filters."
