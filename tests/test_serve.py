"""`newsletter serve` (newsletter/cli/serve.py): refuses to start without NEWSLETTER_SECRET, serves the subscriber
pages in a real process, and stops on Ctrl-C with exit 0 and no traceback."""

from __future__ import annotations

import os
import signal

import httpx

from tests import forked
from tests.smtp_server import free_port
from tests.test_preview import wait_for


def test_serve_without_a_secret_refuses_before_announcing_anything(cli, monkeypatch):
    monkeypatch.delenv("NEWSLETTER_SECRET")
    result = cli("serve", "--port", "1")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("Error: ") and "NEWSLETTER_SECRET" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_serve_in_a_real_process_answers_and_stops_on_ctrl_c(ws):
    port = free_port()
    env = {**os.environ, "NEWSLETTER_SECRET": "a-key-for-this-test"}
    proc = forked.start(["--workspace", ws.root, "serve", "--port", port], env=env)
    try:
        wait_for(f"http://127.0.0.1:{port}/subscribe")
        page = httpx.get(f"http://127.0.0.1:{port}/subscribe")
        forged = httpx.get(f"http://127.0.0.1:{port}/unsubscribe/not-a-token")
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert page.status_code == 200 and "Test Daily" in page.text
    assert forged.status_code in (400, 404) and "not-a-token" not in forged.text
    assert proc.returncode == 0 and "Traceback" not in stderr, stderr
    assert stdout.startswith(f"Serving Test Daily subscriber pages on http://127.0.0.1:{port} (Ctrl-C stops)")
    assert "not-a-token" not in stderr  # tokens are cut from the access log
