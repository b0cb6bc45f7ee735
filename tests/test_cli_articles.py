"""The CLI around the pool: ingest, articles list/show/remove, errors, the workspace."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import FIXTURES, REPO

SOURCES = FIXTURES / "sources"


def test_ingest_closing_line_and_exit_code(cli):
    result = cli("ingest", SOURCES / "feed.rss", SOURCES / "broken_front_matter.md")
    assert result.exit_code == 1
    assert "Ingested: 2 added, 0 updated, 0 skipped, 1 failed." in result.stdout
    assert f"Error: {SOURCES / 'broken_front_matter.md'}: broken front matter at line 2" in result.stderr
    again = cli("ingest", SOURCES / "feed.rss")
    assert again.exit_code == 0 and "0 added, 0 updated, 2 skipped, 0 failed" in again.stdout


def test_articles_json_list_show_and_remove(cli):
    cli("ingest", SOURCES / "feed.rss", SOURCES / "feed.atom")
    listed = json.loads(cli("articles", "list", "--json").stdout)
    assert [a["title"] for a in listed] == ["Glacier retreat measured from space",
                                            "Harbour reopens after storm repairs", "Museum returns bronze heads"]
    keys = {"id", "title", "url", "section", "author", "published", "image_url", "image_credit", "summary", "body",
            "tags", "source"}
    assert keys <= set(listed[0])
    assert listed[0]["published"] == "2026-11-27T10:00:00+00:00"
    world = json.loads(cli("articles", "list", "--json", "--section", "world").stdout)
    assert [a["title"] for a in world] == ["Harbour reopens after storm repairs"]
    since = json.loads(cli("articles", "list", "--json", "--since", "2026-11-27").stdout)
    assert len(since) == 2
    first = listed[0]["id"]
    shown = json.loads(cli("articles", "show", first, "--json").stdout)
    assert shown == listed[0]
    assert "Glacier retreat" in cli("articles", "show", first).stdout
    assert cli("articles", "remove", first).exit_code == 0
    missing = cli("articles", "show", first)
    assert missing.exit_code == 1 and missing.stderr.startswith(f"Error: no article with id '{first}'")


def test_unknown_id_suggests_the_closest(cli):
    cli("ingest", SOURCES / "feed.atom")
    [article] = json.loads(cli("articles", "list", "--json").stdout)
    typo = article["id"][:-1] + ("x" if article["id"][-1] != "x" else "y")
    result = cli("articles", "show", typo)
    assert f"(did you mean '{article['id']}'?)" in result.stderr


def test_unknown_format_is_refused(cli):
    result = cli("ingest", "--format", "markdwn", SOURCES / "feed.rss")
    assert result.exit_code == 1
    assert result.stderr.strip() == ("Error: unknown format 'markdwn' (did you mean 'markdown'?); choose one of "
                                     "text, markdown, html, feed, json")


def test_broken_config_reports_every_problem(ws, cli):
    text = ws.config_path.read_text()
    text = text.replace("max_total = 12", "max_total = \"ten\"").replace('cutoff = "06:00"', 'cutoff = "25:00"')
    ws.config_path.write_text(text.replace('provider = "dry-run"', 'provder = "smtp"'))
    result = cli("articles", "list")
    assert result.exit_code == 1
    message = result.stderr
    lines = {key: n for n, line in enumerate(text.splitlines(), 1) for key in ("max_total", "cutoff", "provider")
             if line.startswith(key + " =")}
    assert f"Config value 'selection.max_total' (line {lines['max_total']}): expected an integer, got 'ten'" in message
    assert f"Config value 'selection.cutoff' (line {lines['cutoff']}): '25:00' is not a time HH:MM" in message
    assert (f"Config value 'delivery.provder' (line {lines['provider']}): unknown key (did you mean 'provider'?)"
            in message)
    assert message.count("\n") == 1  # one line


def test_python_dash_m_and_help_do_not_import_heavy_libraries():
    code = ("import sys, runpy; sys.argv=['newsletter', '--help']\n"
            "try:\n    runpy.run_module('newsletter', run_name='__main__')\nexcept SystemExit: pass\n"
            "heavy = [m for m in ('premailer', 'sendgrid', 'trafilatura', 'mjml', 'feedparser', 'lxml') "
            "if m in sys.modules]\nprint('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert "Usage: newsletter" in out
    assert "HEAVY []" in out


def test_workspace_found_upward_and_by_env(ws, tmp_path, monkeypatch):
    from newsletter.errors import WorkspaceError
    from newsletter.workspace import find_workspace

    deep = ws.root / "issues" / "sub"
    deep.mkdir(parents=True)
    assert find_workspace(start=deep).root == ws.root
    monkeypatch.setenv("NEWSLETTER_WORKSPACE", str(ws.root))
    assert find_workspace(start=tmp_path).root == ws.root
    monkeypatch.delenv("NEWSLETTER_WORKSPACE")
    import pytest

    with pytest.raises(WorkspaceError, match=r"no newsletter\.toml in"):
        find_workspace(start=tmp_path)


def test_init_writes_a_valid_commented_config(tmp_path):
    from newsletter.config import load_config
    from newsletter.workspace import init_workspace

    ws = init_workspace(tmp_path / "new", name="Fresh", copy_theme=True)
    cfg = load_config(ws.config_path)
    assert cfg.newsletter.name == "Fresh" and cfg.delivery.provider == "dry-run"
    assert "# The sender's postal address" in ws.config_path.read_text()
    assert (ws.templates_dir / "email.mjml.j2").is_file()
    import pytest

    from newsletter.errors import WorkspaceError

    with pytest.raises(WorkspaceError, match="already exists"):
        init_workspace(tmp_path / "new")


def test_database_schema_version(ws):
    from newsletter.db import SCHEMA_VERSION

    conn = ws.connect()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 1
