"""`newsletter preview` (newsletter/cli/preview.py) in-process, its server replaced: what it announces, the browser
it opens at the announced address (unless --no-open, or Ctrl-C came first), and the port given back on the way out.
A real preview process is in test_preview.py."""

from __future__ import annotations

import re
import socket
import time
from datetime import date

import pytest


@pytest.fixture
def fake_serve(monkeypatch):
    """serve() that records its socket's port, waits `seconds`, then stops as uvicorn does on Ctrl-C."""
    import newsletter.preview

    seen: dict = {"opened": []}

    def arm(seconds: float):
        def serve(state, sock):
            seen["port"] = sock.getsockname()[1]
            seen["state"] = state
            time.sleep(seconds)
            raise KeyboardInterrupt

        monkeypatch.setattr(newsletter.preview, "serve", serve)
        monkeypatch.setattr("webbrowser.open", lambda url: seen["opened"].append(url))
        return seen

    return arm


def test_preview_opens_the_browser_at_the_announced_address_and_frees_the_port(sample, cli_in, fake_serve):
    seen = fake_serve(1.0)
    result = cli_in(sample, "preview", "--port", "0")
    assert result.exit_code == 0, result.output
    url = f"http://127.0.0.1:{seen['port']}/?date=2026-11-28"
    assert result.stdout.splitlines() == [f"Previewing 2026-11-28 at {url} (Ctrl-C stops)", "Preview stopped."]
    assert seen["opened"] == [url]
    assert seen["state"].get(date(2026, 11, 28)).error is None  # built before announcing
    with socket.socket() as again:  # the listening socket was closed
        again.bind(("127.0.0.1", seen["port"]))


def test_no_browser_with_no_open_or_when_stopped_at_once(sample, cli_in, fake_serve):
    seen = fake_serve(0.0)
    assert cli_in(sample, "preview", "--port", "0").exit_code == 0
    seen_no_open = fake_serve(0.7)
    result = cli_in(sample, "preview", "--port", "0", "--no-open")
    assert re.search(r"Previewing 2026-11-28 at http://127\.0\.0\.1:\d+/", result.stdout)
    assert seen["opened"] == [] and seen_no_open["opened"] == []
