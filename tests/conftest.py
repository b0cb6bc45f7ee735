"""Shared fixtures: a fresh workspace per test, the CLI runner, paths."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seeds" / "000_ca9cef448d309662.txt"  # a copy of shared/seeds, so the test never skips


def set_config(workspace, dotted: str, value) -> None:
    """Set one key of a workspace's newsletter.toml (through tomlkit, comments kept) and reload its config."""
    import tomlkit

    doc = tomlkit.parse(workspace.config_path.read_text(encoding="utf-8"))
    *tables, key = dotted.split(".")
    table = doc
    for name in tables:
        if name not in table:
            table[name] = tomlkit.table()
        table = table[name]
    table[key] = value
    workspace.config_path.write_text(tomlkit.dumps(doc), encoding="utf-8")
    workspace.reload()


@pytest.fixture
def ws(tmp_path: Path):
    from newsletter.workspace import init_workspace

    workspace = init_workspace(tmp_path / "ws", name="Test Daily")
    set_config(workspace, "newsletter.postal_address", "1 Test Street, Testville")
    set_config(workspace, "newsletter.sender", "Test Daily <daily@example.com>")
    return workspace


@pytest.fixture
def sample(tmp_path):
    """A copy of the repository's sample workspace (config, issues, templates)."""
    root = tmp_path / "sample"
    root.mkdir()
    shutil.copy(REPO / "newsletter.toml", root)
    shutil.copytree(REPO / "issues", root / "issues")
    (root / "templates").mkdir()
    from newsletter.workspace import Workspace

    return Workspace(root)


@pytest.fixture
def cli(ws, monkeypatch):
    """Run the CLI in the test workspace: cli("ingest", "x.txt") -> Result (stdout and stderr apart)."""
    from newsletter.cli import app, register

    register()
    runner = CliRunner()
    monkeypatch.chdir(ws.root)
    monkeypatch.delenv("NEWSLETTER_WORKSPACE", raising=False)

    def run(*args: str, input: str | None = None):
        from newsletter.errors import NewsletterError

        try:
            return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)
        except NewsletterError as exc:  # what main() turns into `Error: …`
            from newsletter.cli import format_error

            return _Failed(format_error(exc) + "\n")

    return run


class _Failed:
    def __init__(self, stderr: str):
        self.exit_code = 1
        self.stdout = ""
        self.stderr = stderr
        self.output = stderr


@pytest.fixture(autouse=True)
def _no_secrets(monkeypatch):
    for name in ("SENDGRID_API_KEY", "NEWSLETTER_SMTP_PASSWORD"):
        if not name.startswith("SENDGRID") or not os.environ.get("NEWSLETTER_LIVE_TEST_TO"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSLETTER_SECRET", "test-secret-key")


@pytest.fixture
def cli_in(monkeypatch):
    """Run the CLI in a given workspace: cli_in(ws, "send", "--yes")."""
    from newsletter.cli import app, register

    register()
    runner = CliRunner()

    def run(workspace, *args: str):
        from newsletter.errors import NewsletterError

        monkeypatch.chdir(workspace.root)
        try:
            return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        except NewsletterError as exc:
            from newsletter.cli import format_error

            return _Failed(format_error(exc) + "\n")

    return run


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI (CI=true) a skipped test is a failure, except the live-provider ones (they need credentials)."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") and "live" not in item.keywords:
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where every test must run: {reason}"
