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


@pytest.fixture
def ws(tmp_path: Path):
    from newsletter.workspace import init_workspace

    workspace = init_workspace(tmp_path / "ws", name="Test Daily")
    text = workspace.config_path.read_text()
    text = text.replace('postal_address = ""', 'postal_address = "1 Test Street, Testville"')
    text = text.replace('sender = "newsletter@example.com"', 'sender = "Test Daily <daily@example.com>"')
    workspace.config_path.write_text(text)
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
