"""The build: golden output for the sample issue, the MIME message, checks, errors, Chromium layout."""

from __future__ import annotations

import email
import email.policy
import os
import re
import time
from datetime import date
from pathlib import Path

import pytest

from newsletter.errors import BuildError
from newsletter.render.build import build_issue
from newsletter.workspace import theme_dir
from tests.browser import chromium, needs_chromium
from tests.conftest import REPO, set_config

SAMPLE_DAY = date(2026, 11, 28)
GOLDEN = Path(__file__).parent / "golden" / SAMPLE_DAY.isoformat()


def dom_summary(html: str) -> str:
    """What a reader meets in the HTML, one line each: headings, links (text -> href), images (alt, width,
    height). Compared with a golden file instead of the inlined bytes, so a CSS tweak is not a golden change
    but a lost link, alt text or heading is."""
    from lxml import html as lxml_html

    root = lxml_html.document_fromstring(html)
    lines = []
    for el in root.iter("h1", "h2", "h3", "a", "img", "title"):
        text = " ".join(el.text_content().split())
        if el.tag == "a":
            lines.append(f"a {text!r} -> {el.get('href')}")
        elif el.tag == "img":
            lines.append(f"img alt={el.get('alt')!r} width={el.get('width')} height={el.get('height')} {el.get('src')}")
        else:
            lines.append(f"{el.tag} {text!r}" + (f" #{el.get('id')}" if el.get("id") else ""))
    return "\n".join(lines) + "\n"


def message_headers(raw: bytes) -> str:
    text = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    text = re.sub(r"^Date: .*$", "Date: <date>", text, flags=re.M)
    return re.sub(r'boundary="[^"]+"', 'boundary="<boundary>"', text).replace("\r\n", "\n") + "\n"


def as_written(build, text: str) -> str:
    """A build's output with its slots spelled as the theme writes them (the nonce is a hash of the output: any
    golden change would change every line holding one)."""
    return build.slots.fill(text, "%%first_name%%", "%%unsubscribe_url%%")


def test_sample_issue_matches_golden_output(sample):
    build = build_issue(sample, SAMPLE_DAY)
    out = build.out_dir
    actual = {
        "index.mjml": as_written(build, (out / "index.mjml").read_text()),
        "email-dom.txt": dom_summary(as_written(build, (out / "index.html").read_text())),
        "web-dom.txt": dom_summary((out / "web.html").read_text()),
        "index.txt": as_written(build, (out / "index.txt").read_text()),
        "headers.txt": message_headers((out / "message.eml").read_bytes()),
    }
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name, text in actual.items():
            (GOLDEN / name).write_text(text)
    for name, text in actual.items():
        assert text == (GOLDEN / name).read_text(), f"{name} differs from tests/golden (UPDATE_GOLDEN=1 to accept)"
    assert build.warnings == []


def test_build_touches_no_network(sample, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the build opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    build = build_issue(sample, SAMPLE_DAY)
    assert build.html_size > 10_000 and "fonts.googleapis" not in build.html


def test_outputs_and_message_structure(sample):
    build = build_issue(sample, SAMPLE_DAY)
    out = build.out_dir
    assert sorted(p.name for p in out.iterdir()) == [".newsletter-output", "build.json", "index.html", "index.mjml",
                                                     "index.txt", "message.eml", "web.html"]
    msg = email.message_from_bytes((out / "message.eml").read_bytes(), policy=email.policy.default)
    assert msg.get_content_type() == "multipart/alternative"
    text, html = msg.get_payload()
    assert text.get_content_type() == "text/plain" and html.get_content_type() == "text/html"
    assert not msg.defects and not text.defects and not html.defects
    for name in ("From", "To", "Subject", "Date", "Message-ID", "List-Id", "List-Unsubscribe",
                 "List-Unsubscribe-Post"):
        assert msg[name], name
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert msg["To"] == "Sam Reader <reader@brief.example.com>"  # the workspace's base_url, not example.com
    body_text, body_html = text.get_content(), html.get_content()
    assert "Hi Sam," in body_text and "Hi Sam," in body_html
    assert "%%" not in body_text and "%%" not in body_html
    assert "Unsubscribe: https://brief.example.com/unsubscribe/sample-token" in body_text
    assert 'href="https://brief.example.com/unsubscribe/sample-token"' in body_html
    assert body_html.replace("\r\n", "\n") == build.slots.fill(
        (out / "index.html").read_text(), "Sam", "https://brief.example.com/unsubscribe/sample-token")
    # The raw message keeps to the line limits of quoted-printable.
    assert max(len(line) for line in (out / "message.eml").read_bytes().split(b"\r\n")) <= 998


def test_theme_essentials(sample):
    build = build_issue(sample, SAMPLE_DAY)
    html, web = build.html, build.web_html
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert '<html lang="en"' in html
    assert 'name="color-scheme" content="light dark"' in html and "prefers-color-scheme: dark" in html
    assert "@media only screen and (max-width: 480px)" in html  # kept in a style block by premailer
    assert "fonts.googleapis.com" not in html and "<link" not in html
    tables = re.findall(r"<table[^>]*>", html)
    assert tables and all('role="presentation"' in t for t in tables)
    assert re.search(r'<img [^>]*alt="The Portuguese parliament building', html)
    assert 'style="' in html and "class=\"headline\"" in html  # inlined
    assert "The Daily Brief, 12 Example Street" in html and ">Unsubscribe</a>" in html
    assert "View in your browser" in html and "https://brief.example.com/archive/2026-11-28.html" in html
    assert 'display:none' in html.replace(" ", "") and "Riverside cycle bridge approved" in html  # preheader
    # The web version: no per-recipient values, a subscribe link instead.
    assert "%%" not in web and "Hi " not in web and "/subscribe" in web


def test_link_tagging_keeps_existing_parameters(sample):
    set_config(sample, "build.utm_source", "brief")
    path = sample.issues_dir / "2026-11-28.toml"
    path.write_text(path.read_text().replace('url = "https://example.com/tech/2026/11/27/quantum-error-correction"',
                                             'url = "https://example.com/q?utm_source=keep&x=1"'))
    html = build_issue(sample, SAMPLE_DAY).html
    assert "https://example.com/q?utm_source=keep&amp;x=1&amp;utm_medium=email&amp;utm_campaign=2026-11-28" in html
    assert ("https://example.com/world/2026/11/27/portugal-coalition-talks?utm_source=brief&amp;utm_medium=email"
            "&amp;utm_campaign=2026-11-28") in html


def test_checks_warn_and_strict_fails(sample):
    path = sample.issues_dir / "2026-11-28.toml"
    text = path.read_text().replace('preheader = "', 'preheader = "" # "', 1)
    text = text.replace('subject = "', 'subject = "' + "A paragraph pasted into the subject. " * 5, 1)
    text = text.replace("https://example.com/culture/2026/11/27/library-ebook-record",
                        "http://example.com/insecure")
    text = text.replace('image_alt = "The Portuguese parliament building in Lisbon under a grey sky"\n', "")
    text = text.replace('title = "Coalition talks begin after no party wins a majority in Portugal"',
                        'title = ""\nheadline = "x"', 0)
    path.write_text(text)
    set_config(sample, "build.max_html_kb", 10)
    warnings = build_issue(sample, SAMPLE_DAY).warnings
    assert any(w.startswith("the HTML is") and "over 10 KB: Gmail clips it" in w for w in warnings)
    assert "link is not https: http://example.com/insecure" in warnings
    assert any(w.startswith("the preheader is missing") for w in warnings)
    assert any(w.startswith("the subject is ") and w.endswith(" characters long: inboxes show the first 40 to 90")
               for w in warnings)
    with pytest.raises(BuildError, match=r"problems \(--strict\)"):
        build_issue(sample, SAMPLE_DAY, strict=True)


def test_missing_alt_text_and_unsubscribe_link_are_found(sample):
    (sample.templates_dir / "email.mjml.j2").write_text(
        (REPO / "templates" / "email.mjml.j2").read_text()
        .replace('alt="{{ lead.image_alt }}"', 'alt=""')
        .replace('<a href="%%unsubscribe_url%%">Unsubscribe</a>', "Unsubscribe"))
    warnings = build_issue(sample, SAMPLE_DAY).warnings
    assert "image https://images.example.com/2026/lisbon-parliament.jpg has no alt text" in warnings
    assert "the HTML has no unsubscribe link (a link to %%unsubscribe_url%%)" in warnings


def test_template_errors_name_file_and_line(sample):
    override = sample.templates_dir / "email.txt.j2"
    override.write_text("line one\n{{ newsletter.name }}\n{{ no_such_variable }}\n")
    with pytest.raises(BuildError) as info:
        build_issue(sample, SAMPLE_DAY)
    assert str(info.value) == f"{override}:3: 'no_such_variable' is undefined"
    override.write_text("{% for x in %}\n")
    with pytest.raises(BuildError) as info:
        build_issue(sample, SAMPLE_DAY)
    assert str(info.value).startswith(f"{override}:1: template syntax error:")


def test_mjml_error_names_the_template(sample):
    (sample.templates_dir / "email.mjml.j2").write_text("<mjml><mj-body><mj-section></mj-body></mjml>")
    with pytest.raises(BuildError, match=r"^email.mjml.j2: MJML error: unexpected end of stream"):
        build_issue(sample, SAMPLE_DAY)


def test_cli_build_prints_where(sample, monkeypatch):
    from typer.testing import CliRunner

    from newsletter.cli import app, register

    register()
    monkeypatch.chdir(sample.root)
    result = CliRunner().invoke(app, ["build", "--out", "site"])
    assert result.exit_code == 0, result.output
    assert "Built 2026-11-28: 10 items" in result.stdout and "site/2026-11-28/index.html" in result.stdout
    assert (sample.root / "site" / "2026-11-28" / "message.eml").exists()
    assert "Warning" not in result.stderr and not sample.db_path.exists()  # (a build needs no database)
    import json

    from newsletter import approval
    from newsletter.deliver import ledger
    from newsletter.deliver.send import prepare

    day = date(2026, 11, 28)
    ledger.start(sample.connect(), day, "smtp", "s", approval.fingerprint(prepare(sample, day)))  # sent as it is
    assert "Warning" not in CliRunner().invoke(app, ["build", "--out", "site"]).stderr
    path = sample.issues_dir / f"{day}.toml"  # then edited by hand and built again
    path.write_text(path.read_text(encoding="utf-8").replace('subject = "', 'subject = "Fixed: ', 1), encoding="utf-8")
    again = CliRunner().invoke(app, ["build", "--out", "site"])
    assert again.exit_code == 0 and again.stderr.startswith(
        "Warning: the issue of 2026-11-28 was sent via smtp (started ") and again.stderr.endswith(
        "): subscribers keep the email they got; this build (and the web archive made from it) shows the issue file "
        "as it is now\n")
    shown = json.loads(CliRunner().invoke(app, ["build", "--out", "site", "--json"]).stdout)["warnings"]
    assert shown[-1].startswith("the issue of 2026-11-28 was sent via smtp")
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/x")  # a database that is down
    assert CliRunner().invoke(app, ["build", "--out", "site"]).exit_code == 0
    monkeypatch.delenv("NEWSLETTER_DATABASE_URL")
    from tests.conftest import damage_table

    damage_table(sample.db_path, "sends")  # a damaged database: the ledger's table unreadable, the rest sound
    damaged = CliRunner().invoke(app, ["build", "--out", "site"])
    assert damaged.exit_code == 0 and "Built 2026-11-28" in damaged.stdout


@needs_chromium
@pytest.mark.browser
@pytest.mark.parametrize("issue", ["sample", "twenty"])
def test_nothing_overflows_at_phone_and_desktop_widths_in_light_and_dark(sample, tmp_path, issue):
    """The sample (pictures, numbers, sponsor and quote blocks) and the benchmark's 20 stories with a picture each:
    no horizontal overflow at 320, 375 and 600 px in either colour scheme; pictures beside the text on desktop
    and above it on phones; dark mode really applies."""
    from bench.bench_build import DAY, make_workspace
    from newsletter.workspace import Workspace

    if issue == "twenty":
        (tmp_path / "twenty").mkdir()
        make_workspace(tmp_path / "twenty", 20)
    ws, day = (sample, SAMPLE_DAY) if issue == "sample" else (Workspace(tmp_path / "twenty"), DAY)
    url = (build_issue(ws, day).out_dir / "index.html").as_uri()
    with chromium() as browser:
        # One page, resized and re-schemed: media queries apply to the viewport and scheme as they change, and a
        # page load costs about half a second of Chromium's CPU.
        page = browser.new_page(viewport={"width": 320, "height": 800})
        page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:")
                   else route.continue_())
        page.goto(url)
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            for width in (320, 375, 600):
                page.set_viewport_size({"width": width, "height": 800})
                overflow = page.evaluate("""() => {
                    const doc = document.documentElement;
                    const wide = [...document.querySelectorAll('body *')].filter(
                        el => el.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.className);
                    return {scroll: doc.scrollWidth, inner: window.innerWidth, wide};
                }""")
                assert overflow["scroll"] <= overflow["inner"] and not overflow["wide"], (scheme, width, overflow)
                thumb = page.locator("img.thumb").first.bounding_box()
                text = page.locator(".textcell").first.bounding_box()
                assert (text["x"] >= thumb["x"] + thumb["width"]) == (width == 600), (scheme, width, thumb, text)
                colour = page.evaluate("getComputedStyle(document.querySelector('.headline a')).color")
                assert (colour == "rgb(249, 250, 251)") == (scheme == "dark"), (scheme, colour)


def test_a_renderer_upgrade_or_a_template_in_a_subfolder_makes_the_build_stale(sample, monkeypatch):
    """The fingerprint covers what shapes the output: the renderers as installed, the render code, theme
    subfolders."""
    from newsletter.render import build as build_module
    from newsletter.render.build import fingerprint, is_current

    build_issue(sample, SAMPLE_DAY)
    assert is_current(sample, SAMPLE_DAY)
    (sample.templates_dir / "parts").mkdir()
    (sample.templates_dir / "parts" / "footer.j2").write_text("{# an include #}")
    assert not is_current(sample, SAMPLE_DAY)
    shared = sample.root.parent / "shared-parts"  # a folder linked in (Jinja reads through the link), and a loop
    shared.mkdir()
    (shared / "header.j2").write_text("{# shared #}")
    (sample.templates_dir / "shared").symlink_to(shared)
    (shared / "again").symlink_to(shared)
    (shared / "up").symlink_to(sample.root.parent)  # a link up to the tree the workspace is in: not walked (its
    build_issue(sample, SAMPLE_DAY)                  # dist/ and database are no part of the theme)
    assert is_current(sample, SAMPLE_DAY)
    (shared / "header.j2").write_text("{# shared, edited #}")
    assert not is_current(sample, SAMPLE_DAY)
    build_issue(sample, SAMPLE_DAY)
    before = fingerprint(sample, SAMPLE_DAY)
    real = build_module.installed
    monkeypatch.setattr(build_module, "installed", lambda names: real(names) + "|premailer upgraded")
    build_module._code_digest.cache_clear()
    try:
        assert fingerprint(sample, SAMPLE_DAY) != before and not is_current(sample, SAMPLE_DAY)
    finally:
        build_module._code_digest.cache_clear()


def test_a_link_in_templates_to_a_large_folder_is_one_line_not_a_walk_of_it(sample, tmp_path, monkeypatch):
    from newsletter.render import build as build_module
    from newsletter.render.build import fingerprint

    monkeypatch.setattr(build_module, "THEME_MAX_FILES", 50)  # (5,000 files took the suite 4 s to write)
    big = tmp_path / "home"
    big.mkdir()
    for n in range(51):
        (big / f"{n}.txt").touch()
    (sample.templates_dir / "home").symlink_to(big)
    with pytest.raises(BuildError, match=r"templates: more than 50 files, links followed \(a link to a large "
                                         r"folder\?\): a theme holds templates and stylesheets$"):
        fingerprint(sample, SAMPLE_DAY)


def test_an_upgrade_or_a_reinstall_of_a_library_changes_what_it_is_installed_as(tmp_path, monkeypatch):
    """pip replaces the package's files and its NAME-VERSION.dist-info folder beside it: both folders change."""
    from newsletter.cachedir import installed

    site = tmp_path / "site"
    (site / "nl_fake_renderer").mkdir(parents=True)
    (site / "nl_fake_renderer" / "__init__.py").write_text("VERSION = 1\n")
    (site / "nl_fake_renderer-1.0.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(site))
    first = installed(("nl_fake_renderer", "nl_not_installed_anywhere"))
    assert first.startswith(f"nl_fake_renderer={site / 'nl_fake_renderer'}:")
    assert first.endswith("|nl_not_installed_anywhere=none")
    time.sleep(0.05)  # past the file system's timestamp tick
    assert installed(("nl_fake_renderer", "nl_not_installed_anywhere")) == first  # nothing changed: same stamp
    (site / "nl_fake_renderer-1.0.dist-info").rmdir()  # the upgrade
    (site / "nl_fake_renderer-1.1.dist-info").mkdir()
    assert installed(("nl_fake_renderer", "nl_not_installed_anywhere")) != first


def test_compiled_templates_are_reused_never_stale_and_a_bad_cache_is_no_cache(sample, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = build_issue(sample, SAMPLE_DAY)
    first = as_written(first, first.text)
    cached = sorted((tmp_path / "cache" / "newsletter").rglob("*.cache"))
    assert len(cached) >= 2  # the HTML and the text template at least
    theme_text = (theme_dir() / "email.txt.j2").read_text(encoding="utf-8")
    (sample.templates_dir / "email.txt.j2").write_text("EDITED\n" + theme_text, encoding="utf-8")
    edited = build_issue(sample, SAMPLE_DAY).text
    assert edited.startswith("EDITED") and not first.startswith("EDITED")
    assert as_written(build_issue(sample, SAMPLE_DAY), edited).endswith(first[-200:])
    for path in (tmp_path / "cache" / "newsletter").rglob("*.cache"):
        path.write_bytes(b"garbage")
    assert build_issue(sample, SAMPLE_DAY).text == edited
    from newsletter.render import theme

    assert theme._bytecode_cache() is not None
    for folder in (tmp_path / "cache" / "newsletter").iterdir():
        folder.chmod(0o777)  # writable by others: compiled code from there is never loaded
    assert theme._bytecode_cache() is None and build_issue(sample, SAMPLE_DAY).text == edited
    (tmp_path / "blocked").write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "blocked"))
    assert build_issue(sample, SAMPLE_DAY).text == edited


@pytest.mark.parametrize("damage", [b"{not json", b"[1, 2]", b'{"fingerprint": 3, "warnings": "x"}', b"\xff\xfe"])
def test_a_damaged_build_json_means_a_rebuild_never_a_traceback(sample, cli_in, damage):
    build_issue(sample, SAMPLE_DAY)
    (sample.dist_dir / "2026-11-28" / "build.json").write_bytes(damage)
    result = cli_in(sample, "issue", "list", "--json")
    assert result.exit_code == 0 and '"status": "draft"' in result.stdout
    from newsletter.render.build import current_build

    build = current_build(sample, SAMPLE_DAY)
    assert build.rebuilt and "Coalition talks" in build.html


HOSTILE_THEME = '<mj-raw><script>alert(1)</script><a href="javascript:alert(2)">x</a></mj-raw>'


def test_force_never_sends_what_no_reader_may_get(sample, cli_in):
    """--force overrides a missing postal address or too few items, never a script or a javascript: link."""
    from tests.conftest import import_people
    from tests.test_preview import theme_with

    import_people(sample, [("ann@example.com", "Ann")])
    theme_with(sample, HOSTILE_THEME)
    result = cli_in(sample, "send", "--yes", "--force")
    assert result.exit_code == 1
    assert "carries what no reader may get" in result.stderr and "--force does not override this" in result.stderr
    assert "<script>" in result.stderr and "'javascript:alert(2)'" in result.stderr
    assert not (sample.root / "outbox" / "2026-11-28").exists()


def test_a_build_changed_in_dist_after_it_was_checked_is_built_again_before_a_send(sample, cli_in):
    from tests.conftest import import_people

    import_people(sample, [("ann@example.com", "Ann")])
    assert cli_in(sample, "build", "2026-11-28").exit_code == 0
    page = sample.dist_dir / "2026-11-28" / "index.html"
    page.write_text(re.sub(r"(<body[^>]*>)", lambda m: m[1] + HOSTILE_THEME, page.read_text(), count=1))
    result = cli_in(sample, "send", "--yes")
    assert result.exit_code == 0, result.stderr
    assert "Built 2026-11-28 into" in result.stdout  # not the changed copy: built again from the sources
    [message] = (sample.root / "outbox" / "2026-11-28").glob("*.eml")
    assert "alert(" not in message.read_text() and "alert(" not in page.read_text()


def test_the_sent_note_never_migrates_or_waits_on_the_database(sample, monkeypatch):
    """`build` only glances at the ledger: a database held by another process (a send, a migration) or at another
    schema is left as it is, and the build goes on at once, saying it could not check; the glance leaves no file
    behind."""
    import sqlite3
    import time

    from typer.testing import CliRunner

    from newsletter import db
    from newsletter.cli import app, register
    from newsletter.deliver import ledger
    from tests.conftest import table_locked

    register()
    monkeypatch.chdir(sample.root)
    monkeypatch.setattr(db, "PEEK_TIMEOUT", 0.2)
    day = date(2026, 11, 28)
    conn = sample.connect()
    ledger.start(conn, day, "smtp", "s", "an older email")  # sent, then the file changed
    conn.close()
    assert "subscribers keep the email" in CliRunner().invoke(app, ["build", "--out", "site"]).stderr
    assert sorted(p.name for p in sample.root.glob("newsletter.db*")) == ["newsletter.db"]
    with table_locked(sample, "sends"):
        started = time.monotonic()
        held = CliRunner().invoke(app, ["build", "--out", "site"])
        assert held.exit_code == 0 and held.stderr == (
            "Warning: could not check whether the issue of 2026-11-28 was sent: "
            f"{sample.db_path}: database is locked\n")
        assert time.monotonic() - started < 10  # (a writer's connection waits 30 s for the lock)
    older = db.SCHEMA_VERSION - 1
    with sqlite3.connect(sample.db_path) as conn:
        conn.execute(f"PRAGMA user_version = {older}")
    assert CliRunner().invoke(app, ["build", "--out", "site"]).stderr == (
        f"Warning: could not check whether the issue of 2026-11-28 was sent: the database is at schema version "
        f"{older} and this release reads {db.SCHEMA_VERSION} (any command that writes to it migrates it)\n")
    with sqlite3.connect(sample.db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == older  # not migrated by a build
