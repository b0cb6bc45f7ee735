"""The preview server in headless Chromium (live reload, error page, recovery) and the static archive."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from newsletter.render.build import build_issue
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


def test_archive_index_pages_and_feed(sample, cli_in):
    import feedparser

    build_issue(sample, date(2026, 11, 28))
    second = sample.issues_dir / "2026-11-29.toml"
    second.write_text((sample.issues_dir / "2026-11-28.toml").read_text().replace("2026-11-28", "2026-11-29")
                      .replace('subject = "Coalition', 'subject = "Sunday: coalition'))
    build_issue(sample, date(2026, 11, 29))
    draft = sample.issues_dir / "2026-11-30.toml"
    draft.write_text(second.read_text().replace("2026-11-29", "2026-11-30"))
    result = cli_in(sample, "archive", "--out", "site")
    assert result.exit_code == 0 and "Archived 2 issues" in result.stdout
    site = sample.root / "site"
    index = (site / "index.html").read_text()
    links = re.findall(r'href="([^"]+)"', index)
    assert links == ["feed.xml", "archive/2026-11-29.html", "archive/2026-11-28.html"]  # newest first
    for link in links:
        assert (site / link).is_file(), link
    assert "2026-11-30" not in index  # a draft is not published
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert [e.title for e in feed.entries] == ["Sunday: coalition talks begin after no party wins a majority in "
                                               "Portugal", "Coalition talks begin after no party wins a majority in "
                                               "Portugal"]
    assert feed.entries[1].link == "https://brief.example.com/archive/2026-11-28.html"
    assert "Riverside cycle bridge approved" in feed.entries[1].content[0].value
    # The email's view-in-browser link points at the archive page.
    assert "https://brief.example.com/archive/2026-11-28.html" in (sample.dist_dir / "2026-11-28" / "index.html"
                                                                   ).read_text()
