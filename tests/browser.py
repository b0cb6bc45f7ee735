"""Headless Chromium (Debian's package) driven by Playwright with the system executable.

Debian's `chromium-headless-shell` first: the same Blink and V8 without the browser's UI layer, which Playwright
itself uses for headless runs. The suite's browser tests took 8-10 s of its CPU against 24-29 s with `chromium`.

One browser per test process, launched on first use and shared: a launch costs about two seconds of CPU, and
every test opens its own pages (each page its own context: no cookie or storage crosses tests)."""

from __future__ import annotations

import atexit
import os
import shutil
from contextlib import contextmanager

import pytest

CHROMIUM = shutil.which("chromium-headless-shell") or shutil.which("chromium") or shutil.which("chromium-browser")
# One renderer process for every page, without a process per site: a renderer's start cost ~0.4 s of CPU per page
# (the suite's browser tests took 26-29 s of CPU with these two flags, 30-31 s without). What the tests check does not
# depend on it: the iframe sandbox and the Content-Security-Policy are enforced inside the renderer.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--renderer-process-limit=1", "--disable-site-isolation-trials"]

# Skipped on a developer's machine without Chromium; in CI (CI=true) a missing browser fails instead.
needs_chromium = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                                    reason="no Chromium (apt-get install chromium-headless-shell)")

_shared: dict = {}


def _stop() -> None:
    browser, driver = _shared.pop("browser", None), _shared.pop("driver", None)
    for close in (browser and browser.close, driver and driver.stop):
        try:
            if close:
                close()
        except Exception:  # the process is ending: a driver already gone is fine
            pass


@contextmanager
def chromium():
    """The shared browser; the pages and contexts a test opened are closed when its block ends."""
    browser = _shared.get("browser")
    if browser is None or not browser.is_connected():
        from playwright.sync_api import sync_playwright

        _stop()
        _shared["driver"] = driver = sync_playwright().start()
        _shared["browser"] = browser = driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        atexit.register(_stop)
    try:
        yield browser
    finally:
        for context in browser.contexts:
            context.close()
