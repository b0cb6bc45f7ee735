"""The preview server in headless Chromium (live reload, error page, recovery); the archive is in test_archive.py."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser import chromium, needs_chromium
from tests.conftest import REPO
from tests.smtp_server import free_port

TITLE = "Riverside cycle bridge approved after decade-long campaign"


def wait_for(url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{url} did not answer")


@pytest.fixture
def preview(sample):
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "newsletter", "--workspace", str(sample.root), "preview",
                             "--no-open", "--port", str(port)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        wait_for(f"http://127.0.0.1:{port}/health")
        yield f"http://127.0.0.1:{port}", proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=10)


@needs_chromium
@pytest.mark.browser
def test_live_reload_error_page_and_recovery(sample, preview):
    url, proc = preview
    issue = sample.issues_dir / "2026-11-28.toml"
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        page.goto(f"{url}/?date=2026-11-28&view=both")
        phone = page.frame_locator("iframe").first
        phone.get_by_role("link", name=TITLE, exact=True).wait_for(timeout=10_000)
        assert phone.get_by_role("link", name=TITLE, exact=True).is_visible()
        page.evaluate("window.__marker = 'still the same page'")

        # Save an edit to the issue file: the open page shows it without the test reloading anything.
        issue.write_text(issue.read_text().replace(f'title = "{TITLE}"', 'title = "Bridge plan edited live"'))
        phone.get_by_role("link", name="Bridge plan edited live", exact=True).wait_for(timeout=8_000)
        assert page.evaluate("window.__marker") == "still the same page"

        # A broken template: the error shows in the page, the server keeps running.
        override = sample.templates_dir / "email.mjml.j2"
        override.write_text((REPO / "templates" / "email.mjml.j2").read_text().replace("{% endfor %}", "{% endfo %}",
                                                                                     1))
        page.locator("#error").wait_for(state="visible", timeout=8_000)
        assert "email.mjml.j2" in page.locator("#error").inner_text()
        phone.get_by_text("The build failed").wait_for(timeout=8_000)
        assert proc.poll() is None

        # The next good save recovers.
        override.unlink()
        phone.get_by_role("link", name="Bridge plan edited live", exact=True).wait_for(timeout=8_000)
        page.locator("#error").wait_for(state="hidden", timeout=8_000)
        assert page.evaluate("window.__marker") == "still the same page"

        # The other views.
        for view, text in (("text", "TOP STORY"), ("headers", "List-Unsubscribe-Post"), ("web", "Subscribe to")):
            page.goto(f"{url}/?date=2026-11-28&view={view}")
            page.frame_locator("iframe").first.get_by_text(text).first.wait_for(timeout=5_000)
        page.goto(f"{url}/?date=2026-11-28&view=dark")
        background = page.frame_locator("iframe").first.locator("body").evaluate(
            "el => getComputedStyle(el).backgroundColor")
        assert background == "rgb(17, 24, 39)"


def test_preview_listens_on_loopback_only_and_stops_cleanly(sample, preview):
    url, proc = preview
    port = int(url.rsplit(":", 1)[1])
    out = subprocess.run(["ss", "-ltn"], capture_output=True, text=True).stdout if Path("/usr/bin/ss").exists() \
        else ""
    if out:
        listening = [line for line in out.splitlines() if f":{port} " in line]
        assert listening and all("127.0.0.1" in line for line in listening)
    proc.send_signal(signal.SIGINT)
    stdout, _ = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "Previewing 2026-11-28 at http://127.0.0.1:" in stdout and "Preview stopped." in stdout
