"""`newsletter init` (newsletter/cli/workspace.py): what it creates and says, and what it refuses."""

from __future__ import annotations

import tomllib

from newsletter.workspace import Workspace
from tests.conftest import REPO


def test_init_creates_a_workspace_that_loads_and_says_what_next(cli, tmp_path):
    target = tmp_path / "brief"
    result = cli("init", target, "--name", "The Brief")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"Created a workspace in {target.resolve()}",
        "Next: edit newsletter.toml, then `newsletter ingest SOURCE…` and `newsletter issue new`."]
    assert Workspace(target).config.newsletter.name == "The Brief"
    assert tomllib.loads((target / "newsletter.toml").read_text())["newsletter"]["name"] == "The Brief"
    assert sorted(p.name for p in (target / "templates").iterdir()) == ["README.md"]


def test_init_copy_theme_copies_every_theme_file(cli, tmp_path):
    result = cli("init", tmp_path / "themed", "--copy-theme")
    assert result.exit_code == 0, result.output
    copied = {p.name for p in (tmp_path / "themed" / "templates").iterdir()}
    shipped = {p.name for p in (REPO / "templates").iterdir() if p.is_file() and not p.name.startswith(("_", "."))
               and p.suffix != ".py"}
    assert copied == shipped and "email.mjml.j2" in copied


def test_init_over_an_existing_workspace_or_a_file_is_refused_and_changes_nothing(cli, ws, tmp_path):
    before = ws.config_path.read_text()
    result = cli("init", ws.root)
    assert result.exit_code == 1 and result.stderr == f"Error: {ws.config_path}: already exists\n"
    assert ws.config_path.read_text() == before
    (tmp_path / "afile").write_text("keep me")
    result = cli("init", tmp_path / "afile")
    assert result.exit_code != 0 and (tmp_path / "afile").read_text() == "keep me"
