"""The Evals page: a clear message without a report, and a run that shows the new one."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.config import Settings
from assistant.ui import evals_page

TIMEOUT = 30
FAKE_EVAL = (
    "import sys, pathlib; p = pathlib.Path(sys.argv[-1]); p.mkdir(parents=True); "
    "(p / 'summary.md').write_text('# Eval summary\\n\\nAll 12 cases pass.'); "
    "(p / 'report.json').write_text('{\"cases\": 12}'); print('done')"
)


def _script() -> None:
    from assistant.ui.evals_page import page

    page()


def test_no_report_then_run(
    app_env: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evals_page, "REPORT_DIR", tmp_path / "reports" / "latest")
    monkeypatch.setattr(evals_page, "EVAL_ARGS", ["-c", FAKE_EVAL])
    at = AppTest.from_function(_script, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.info[0].value.startswith("No eval report yet")
    at.button(key="b_evals").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["Eval suite finished."]
    assert any("All 12 cases pass." in m.value for m in at.markdown)
    assert not at.info


def test_failed_run_shows_output(
    app_env: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evals_page, "REPORT_DIR", tmp_path / "none")
    monkeypatch.setattr(evals_page, "EVAL_ARGS", ["-c", "import sys; sys.exit('boom')"])
    at = AppTest.from_function(_script, default_timeout=TIMEOUT).run()
    at.button(key="b_evals").click().run()
    assert at.error[0].value.startswith("The eval suite exited with code 1")
    assert "boom" in at.code[0].value
