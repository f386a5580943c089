"""End to end in headless Chromium: draft, approve, find it in History; screenshot each page.

Runs the real `streamlit run` server against a temporary data folder, so it exercises what
AppTest cannot: the browser, the websocket and the page navigation.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = PROJECT_ROOT / "screenshots"
COMPLAINT = (
    "@OakhavenHome my Hartley sofa was due YESTERDAY, I took the day off and nobody "
    "came. No call, no text, and now the website just says awaiting dispatch?!"
)

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"streamlit did not answer at {url} within {timeout}s")


def test_draft_approve_and_find_in_history(tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("/usr/bin/chromium is missing (apt-get install chromium)")
        pytest.skip("/usr/bin/chromium is not installed")
    from playwright.sync_api import expect, sync_playwright

    knowledge = tmp_path / "knowledge"
    shutil.copytree(PROJECT_ROOT / "knowledge", knowledge)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "CALMREPLY_DATA_DIR": str(tmp_path / "data"),
        "CALMREPLY_KNOWLEDGE_DIR": str(knowledge),
        "CALMREPLY_LLM": "offline",
        "ANONYMIZED_TELEMETRY": "False",
    }
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "streamlit_app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    SHOTS.mkdir(exist_ok=True)
    try:
        _wait_healthy(url, proc)
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=str(CHROMIUM),
                args=[
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                ],
            )
            page = browser.new_page(viewport={"width": 1400, "height": 2200})
            page.set_default_timeout(60_000)
            expect.set_options(timeout=60_000)
            page.goto(url)
            expect(page.get_by_role("heading", name="Draft a reply")).to_be_visible()
            page.get_by_label("Customer's complaint").fill(COMPLAINT)
            page.keyboard.press("Tab")
            page.get_by_role("button", name="Draft reply").click()
            expect(page.get_by_text("Reply publicly")).to_be_visible()
            expect(
                page.get_by_text("checks pass").or_(page.get_by_text("checks fail"))
            ).to_be_visible()
            expect(page.get_by_text("PASS · contact")).to_be_visible()
            page.screenshot(path=str(SHOTS / "draft.png"), full_page=True)

            reply = page.get_by_label("Reply (edit freely; checks re-run on every change)")
            reply.fill(
                "Actually, the courier let you down, but that's on us.\n– Maya, Oakhaven Home"
            )
            page.keyboard.press("Tab")
            expect(page.get_by_text("FAIL · contact")).to_be_visible()
            page.screenshot(path=str(SHOTS / "draft_failing_check.png"), full_page=True)
            page.get_by_label("Override reason").fill("customer asked for a public answer")
            page.keyboard.press("Tab")
            page.get_by_role("button", name="Approve").click()
            expect(page.get_by_text("Approved by staff")).to_be_visible()
            page.screenshot(path=str(SHOTS / "approved.png"), full_page=True)

            page.get_by_role("link", name="History").click()
            expect(page.get_by_role("heading", name="History")).to_be_visible()
            expect(page.get_by_text("Approved despite failing checks")).to_be_visible()
            expect(page.get_by_text("1 record")).to_be_visible()
            page.wait_for_timeout(1500)  # let the charts load
            page.screenshot(path=str(SHOTS / "history.png"), full_page=True)

            page.get_by_role("link", name="Knowledge base").click()
            expect(page.get_by_role("heading", name="Knowledge base")).to_be_visible()
            page.screenshot(path=str(SHOTS / "knowledge.png"), full_page=True)
            page.get_by_role("link", name="Evals").click()
            expect(page.get_by_role("heading", name="Evals")).to_be_visible()
            page.screenshot(path=str(SHOTS / "evals.png"), full_page=True)
            browser.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
