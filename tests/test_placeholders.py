"""Per-recipient placeholders come only from the theme: article, issue and config text that spells
`%%first_name%%` or `%%unsubscribe_url%%` reaches every reader as that text, through every provider, while the
theme's own placeholders are still filled per reader."""

from __future__ import annotations

import json
from datetime import date

import pytest
from lxml import html as lxml_html

from newsletter.deliver import send as delivery
from newsletter.deliver import subscribers, tokens
from newsletter.deliver.retry import RetryPolicy
from newsletter.render.build import build_issue, current_build, is_current, personalise_preview
from tests.conftest import REPO, import_people, set_config
from tests.sendgrid_server import FakeSendGrid
from tests.smtp_server import Server

DAY = date(2026, 11, 28)
FAST = RetryPolicy(attempts=3, base=0.01, cap=0.05)
TITLE = "JSON item %%first_name%%"
SUMMARY = "Leak %%unsubscribe_url%% to %%first_name%% (%%first_name_html%%)."
TRACKER = "https://tracker.example/px.gif?u=%%unsubscribe_url%%"
INTRO = "Intro for %%first_name%%: %%unsubscribe_url%%"
READERS = [("ann@example.com", "Ann Lee"), ("bob@example.com", "<Bob> & Co"), ("cy@example.com", "")]


def hostile_issue(sample, cli_in, tmp_path) -> None:
    """The reviewer's reproduction: a JSON article spelling the placeholders, added to the sample issue, and an
    intro that spells them too; three readers."""
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps({
        "title": TITLE, "url": "https://news.example.com/json-item", "section": "World", "summary": SUMMARY,
        "image_url": TRACKER, "image_alt": "Pixel %%first_name%%", "published": "2026-11-28T05:00:00Z",
        "body": ["A body paragraph."]}), encoding="utf-8")
    assert cli_in(sample, "ingest", str(source)).exit_code == 0
    listed = json.loads(cli_in(sample, "articles", "list", "--json").stdout)
    [article] = [a for a in listed if a["title"] == TITLE]
    assert cli_in(sample, "issue", "add", "2026-11-28", article["id"], "--position", "1").exit_code == 0
    assert cli_in(sample, "issue", "set", "2026-11-28", "--intro", INTRO).exit_code == 0
    import_people(sample, READERS)


def expected(sample) -> dict[str, tuple[str, str]]:
    """Each reader's first name (as the theme shows it) and own unsubscribe URL."""
    conn = sample.connect()
    out = {}
    for email, name in READERS:
        url = tokens.unsubscribe_url(sample.config, subscribers.get(conn, email).id)
        out[email] = (name.split()[0] if name else "there", url)
    return out


def assert_reader_gets(text: str, html: str, first: str, url: str) -> None:
    """The article's and intro's spellings arrive as text; the theme's placeholders carry this reader's values,
    and the reader's unsubscribe URL is nowhere but in the theme's unsubscribe link."""
    assert f"Hi {first}," in text and f"Unsubscribe: {url}" in text
    assert text.count(url) == 1
    assert TITLE in text and "Leak %%unsubscribe_url%% to %%first_name%%" in text
    assert "Intro for %%first_name%%: %%unsubscribe_url%%" in text
    root = lxml_html.document_fromstring(html)
    assert f"Hi {first}," in root.text_content()
    assert [a.get("href") for a in root.iter("a") if a.get("href") == url] == [url]  # the theme's link, once
    assert html.count(url) == 1
    assert [img.get("src") for img in root.iter("img") if "tracker.example" in img.get("src")] == [TRACKER]
    [pixel] = [img for img in root.iter("img") if "tracker.example" in img.get("src")]
    assert pixel.get("alt") == "Pixel %%first_name%%"
    page = root.text_content()
    assert TITLE in page and SUMMARY in page and INTRO in page
    for slot in ("%%first_name-", "%%unsubscribe_url-", "%%first_name_html-"):
        assert slot not in text and slot not in html  # no slot left unfilled


def test_dry_run_outbox_carries_the_article_text_literally(sample, cli_in, tmp_path):
    hostile_issue(sample, cli_in, tmp_path)
    result = cli_in(sample, "send", "--yes")
    assert result.exit_code == 0, result.output
    files = sorted((sample.root / "outbox" / "2026-11-28").glob("*.eml"))
    assert len(files) == len(READERS)
    import email
    import email.policy

    want = expected(sample)
    for path in files:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        rcpt = msg["To"].addresses[0].addr_spec
        first, url = want[rcpt]
        assert msg["List-Unsubscribe"] == f"<{url}>"
        html = msg.get_body(("html",)).get_content()
        assert_reader_gets(msg.get_body(("plain",)).get_content(), html, first, url)


def test_smtp_readers_get_the_article_text_literally(sample, cli_in, tmp_path):
    hostile_issue(sample, cli_in, tmp_path)
    with Server() as server:
        for key, value in (("host", "127.0.0.1"), ("port", server.port), ("security", "none")):
            set_config(sample, f"delivery.smtp.{key}", value)
        summary = delivery.run(sample, DAY, "smtp", policy=FAST)
    assert (summary.sent, summary.failed) == (len(READERS), 0)
    want = expected(sample)
    assert sorted(item.rcpt_tos[0] for item in server.handler.received) == sorted(want)
    for item in server.handler.received:
        msg = item.message
        first, url = want[item.rcpt_tos[0]]
        assert msg["List-Unsubscribe"] == f"<{url}>"
        assert_reader_gets(msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content(), first,
                           url)


def test_sendgrid_substitutions_touch_only_the_theme_placeholders(sample, cli_in, tmp_path, monkeypatch):
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.test-key-not-real")
    hostile_issue(sample, cli_in, tmp_path)
    assert cli_in(sample, "issue", "set", "2026-11-28", "--subject", "Today for %%first_name%%").exit_code == 0
    with FakeSendGrid() as server:
        set_config(sample, "delivery.sendgrid.api_host", server.url)
        summary = delivery.run(sample, DAY, "sendgrid", policy=FAST)
    assert summary.sent == len(READERS)
    want = expected(sample)
    delivered = server.delivered()
    assert sorted(delivered) == sorted(want)
    for rcpt, parts in delivered.items():
        first, url = want[rcpt]
        assert parts["subject"] == "Today for %%first_name%%"  # SendGrid substitutes in the subject too
        assert_reader_gets(parts["text/plain"], parts["text/html"], first, url)
    # The keys SendGrid gets are not the spelling an article can write.
    for _, p in server.recipients():
        assert not {"%%first_name%%", "%%unsubscribe_url%%", "%%first_name_html%%"} & set(p["substitutions"])


def test_web_version_and_archive_show_the_text_and_no_placeholder(sample, cli_in, tmp_path):
    from newsletter.archive import make_archive

    hostile_issue(sample, cli_in, tmp_path)
    # A theme that greets in the web version too: its placeholders are filled with neutral values there.
    theme = (REPO / "templates" / "email.mjml.j2").read_text()
    marked = "{% if not web %}<p>Hi %%first_name%%,</p>{% endif %}"
    assert marked in theme
    (sample.templates_dir / "email.mjml.j2").write_text(theme.replace(marked, "<p>Hi %%first_name%%,</p>"))
    build = build_issue(sample, DAY)
    make_archive(sample, sample.root / "_site", include_drafts=True)
    archive = (sample.root / "_site" / "archive" / "2026-11-28.html").read_text()
    for page in (build.web_html, archive):
        text = lxml_html.document_fromstring(page).text_content()
        assert "Hi there," in text and TITLE in text and SUMMARY in text
        assert "%%first_name-" not in page and "%%unsubscribe_url-" not in page
    # The preview fills the email's slots with the sample reader's values and leaves the article's text alone.
    preview = lxml_html.document_fromstring(personalise_preview(build, "Sam")).text_content()
    assert "Hi Sam," in preview and TITLE in preview and SUMMARY in preview


def test_slots_are_stable_for_the_same_sources_and_a_build_without_them_is_redone(sample, cli_in, tmp_path):
    hostile_issue(sample, cli_in, tmp_path)
    first = build_issue(sample, DAY)
    again = build_issue(sample, DAY)
    assert first.slots == again.slots and first.html == again.html and first.text == again.text
    assert first.slots.first_name in first.text and first.slots.unsubscribe_url in first.html
    reused = current_build(sample, DAY)  # what `send --resume` and an approved send use
    assert not reused.rebuilt and reused.slots == first.slots and reused.html == first.html
    meta_path = sample.dist_dir / "2026-11-28" / "build.json"
    meta = json.loads(meta_path.read_text())
    del meta["placeholders"]
    meta_path.write_text(json.dumps(meta))
    assert is_current(sample, DAY) is None and current_build(sample, DAY).rebuilt
    # Another intro: other output, other slots.
    assert cli_in(sample, "issue", "set", "2026-11-28", "--intro", "Changed").exit_code == 0
    assert build_issue(sample, DAY).slots != first.slots


@pytest.mark.parametrize("value", ["%%first_name%%", "a%%first_name%%b", "%%unsubscribe_url%%"])
def test_only_the_template_text_becomes_a_slot(tmp_path, value):
    from newsletter.render import theme

    (tmp_path / "t.mjml.j2").write_text("[{{ value }}] %%first_name%% {# %%first_name%% #}<{{ value | upper }}>\n"
                                        "%%unsubscribe_url%%{{ value }}%%first_name%%\n")
    env = theme.environment(tmp_path)
    out = theme.render(env, "t.mjml.j2", {"value": value, "placeholders": {"first_name": "F", "unsubscribe_url": "U"}})
    assert out == f"[{value}] F <{value.upper()}>\nU{value}F\n"
