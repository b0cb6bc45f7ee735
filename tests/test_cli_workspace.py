"""`newsletter init` (newsletter/cli/workspace.py): what it creates and says, and what it refuses."""

from __future__ import annotations

import tomllib

import pytest

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


def _user_folder(tmp_path):
    """The reviewer's folder: a .gitignore and a template of the user's own, before `newsletter init`."""
    proj = tmp_path / "proj"
    (proj / "templates").mkdir(parents=True)
    (proj / ".gitignore").write_text("secrets.env\n")
    (proj / "templates" / "email.mjml.j2").write_text("theme\n")
    (proj / "templates" / "README.md").write_text("my notes\n")
    return proj


def test_init_copy_theme_into_a_folder_with_files_keeps_every_one(cli, tmp_path):
    proj = _user_folder(tmp_path)
    result = cli("init", proj, "--copy-theme")
    assert result.exit_code == 0, result.output
    assert (proj / ".gitignore").read_text() == "secrets.env\n"
    assert (proj / "templates" / "email.mjml.j2").read_text() == "theme\n"
    assert (proj / "templates" / "README.md").read_text() == "my notes\n"
    assert (proj / "templates" / "email.txt.j2").read_text() == (REPO / "templates" / "email.txt.j2").read_text()
    assert Workspace(proj).config.newsletter.name == "My Newsletter"
    lines = result.stdout.splitlines()
    assert lines[:3] == [f"Created a workspace in {proj.resolve()}",
                         "Left as they were (they exist already):",
                         "  .gitignore"]
    assert "  templates/email.mjml.j2" in lines and "  templates/README.md" not in lines  # not a theme file
    hint = next(line for line in lines if "ignore" in line and line.startswith("Note"))
    assert "newsletter.db*" in hint and "dist/" in hint


def test_init_without_copy_theme_keeps_the_users_templates_readme(cli, tmp_path):
    proj = _user_folder(tmp_path)
    (proj / ".gitignore").write_text("secrets.env\nnewsletter.db*\ndist/\noutbox/\n_site/\n")
    result = cli("init", proj)
    assert result.exit_code == 0, result.output
    assert (proj / "templates" / "README.md").read_text() == "my notes\n"
    assert result.stdout.splitlines()[1:4] == ["Left as they were (they exist already):", "  .gitignore",
                                               "  templates/README.md"]
    assert "Note" not in result.stdout  # their .gitignore ignores all the workspace's own files already


def test_init_returns_the_files_it_left(tmp_path):
    from newsletter.workspace import init_workspace

    proj = _user_folder(tmp_path)
    ws = init_workspace(proj, copy_theme=True)
    assert ws.kept == [proj / ".gitignore", proj / "templates" / "email.mjml.j2"]
    assert ws.unignored == ["newsletter.db*", "dist/", "outbox/", "_site/"]
    assert init_workspace(tmp_path / "fresh").kept == []


def test_init_never_writes_through_a_link(tmp_path):
    """A dangling link counts as a file that exists: init writes neither it nor where it points."""
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / ".gitignore").symlink_to(tmp_path / "elsewhere")
    from newsletter.workspace import init_workspace

    assert init_workspace(proj).kept == [proj / ".gitignore"]
    assert not (tmp_path / "elsewhere").exists() and (proj / ".gitignore").is_symlink()


def test_init_with_a_file_where_a_folder_goes_names_it(cli, tmp_path):
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "templates").write_text("mine")
    result = cli("init", proj)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {proj / 'templates'}: a file is in the way (init makes a folder here)\n"
    assert (proj / "templates").read_text() == "mine" and sorted(p.name for p in proj.iterdir()) == ["templates"]


def test_init_with_a_name_too_long_is_one_line(cli, tmp_path):
    target = tmp_path / ("x" * 300)
    result = cli("init", target)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {target}: cannot create the workspace (File name too long)\n"


def test_init_or_a_config_with_an_empty_name_is_refused(cli, ws, tmp_path):
    """`init --name ''` had made a newsletter whose subjects began `: Saturday …` and whose header was blank."""
    result = cli("init", tmp_path / "new", "--name", " ")
    assert result.exit_code == 1 and result.stderr == "Error: the newsletter's name is empty: give one with --name\n"
    assert not (tmp_path / "new").exists()
    from newsletter.errors import ConfigError
    from tests.conftest import set_config

    with pytest.raises(ConfigError) as caught:
        set_config(ws, "newsletter.name", "")
    assert any(p.startswith("Config value 'newsletter.name'") and "is empty" in p for p in caught.value.problems)
