"""Markdown, HTML, feeds and JSON; dedupe; bad sources; a feed and a page served over loopback HTTP."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler
from typing import ClassVar

import pytest

from newsletter import pool
from newsletter.errors import SourceError
from newsletter.ingest import ingest, read_items, read_source
from tests import loopback
from tests.conftest import FIXTURES, REPO

SOURCES = FIXTURES / "sources"


def test_markdown_front_matter():
    [a] = read_source(str(REPO / "samples/articles/01-grid-storage.md"))
    assert a.title.startswith("Europe's largest grid battery")
    assert a.section == "Business" and a.author == "Lena Vos"
    assert a.published == datetime(2026, 11, 27, 8, 10, tzinfo=UTC)
    assert a.image_url == "https://images.example.com/2026/eemshaven-battery.jpg"
    assert a.image_credit == "Example Energy" and a.image_alt.startswith("Rows of white battery")
    assert a.tags == ["energy", "batteries", "Netherlands"]
    assert a.summary.startswith("The 1.2 GWh installation")
    assert len(a.body) == 3


def test_rss_feed_entries_with_content_and_media():
    harbour, museum = read_source(str(SOURCES / "feed.rss"))
    assert harbour.title == "Harbour reopens after storm repairs"
    assert harbour.section == "World" and harbour.tags == ["World", "Weather"]
    assert harbour.image_url == "https://img.example.com/harbour.jpg"
    assert harbour.summary == "The harbour reopened on Friday after three weeks of repairs."
    assert harbour.body == ["The harbour reopened on Friday after three weeks of repairs.",
                            "Ferries will run a reduced timetable until December.", "• First sailing: 06:30"]
    assert harbour.published == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    assert museum.published == datetime(2026, 11, 26, 14, 30, tzinfo=UTC)
    assert museum.body == [museum.summary]


def test_atom_and_rss1_feeds():
    [glacier] = read_source(str(SOURCES / "feed.atom"))
    assert glacier.url == "https://atom.example.com/glacier" and glacier.author == "Ice Team"
    [item] = read_source(str(SOURCES / "rdf.xml"))
    assert item.title == "RSS 1.0 item" and item.published == datetime(2026, 11, 27, 8, tzinfo=UTC)


def test_html_page_main_content_and_metadata():
    [a] = read_source(str(SOURCES / "page.html"))
    assert a.title == "Night trains return to the Alps"
    assert a.author == "Clara Weiss"
    assert a.section == "Travel"
    assert a.image_url == "https://img.example.com/night-train.jpg"
    assert a.summary == "A sleeper service links Paris and Vienna again after a ten-year gap."
    assert a.published is not None and a.published.date().isoformat() == "2026-11-27"
    assert a.body[0].startswith("A sleeper train between Paris and Vienna")
    text = " ".join(a.body)
    assert "cookies" not in text and "tracking" not in text and "All rights reserved" not in text


def test_json_list():
    solar, plain = read_source(str(SOURCES / "articles.json"))
    assert solar.section == "Business" and solar.body == ["The farm covers 200 hectares.",
                                                          "It will power 40,000 homes."]
    assert plain.body == ["First paragraph.", "Second paragraph."] and plain.url is None


def test_what_articles_show_json_prints_reads_back_without_a_warning(tmp_path):
    """`id` and `publication` are the pool's own keys: read past on purpose, where a typo of a field is warned of."""
    [a] = read_source(str(REPO / "samples/articles/01-grid-storage.md"))
    a.publication = "Example Wire"
    (tmp_path / "back.json").write_text(json.dumps([a.to_json()]), encoding="utf-8")
    warnings: list[str] = []
    [back], errors = read_items(str(tmp_path / "back.json"), warn=warnings.append)
    assert (warnings, errors) == ([], [])
    assert (back.title, back.image_url, back.body) == (a.title, a.image_url, a.body)


def test_front_matter_of_other_tools_is_read_past_and_a_near_miss_of_ours_is_warned_of(tmp_path):
    page = tmp_path / "post.md"
    page.write_text("---\ntitle: Night buses\nlayout: post\ndraft: false\nslug: night-buses\ncategories: [city]\n"
                    "image_credits: Ann Lee\n---\nThe night buses run again.\n", encoding="utf-8")
    warnings: list[str] = []
    [a], _ = read_items(str(page), warn=warnings.append)
    assert warnings == [f"{page}: front matter 'image_credits' (line 7) ignored (did you mean 'image_credit'?)"]
    assert a.image_credit is None and a.body == ["The night buses run again."]


def test_markup_cannot_get_into_the_pool():
    [a] = read_source(str(SOURCES / "hostile.md"))
    assert a.title == "Hostile headline"
    assert a.body == ["A paragraph with markup and a link."]
    assert "<" not in json.dumps(a.to_json())


@pytest.mark.parametrize(("name", "reason"), [
    ("broken_front_matter.md", "broken front matter at line"),
    ("undecodable.txt", "undecodable bytes"),
    ("no_article.html", "no article found"),
    ("invalid.rss", "not a valid feed"),
    ("missing.txt", "No such file"),
])
def test_bad_sources_name_the_source_and_reason(name, reason):
    with pytest.raises(SourceError) as info:
        read_source(str(SOURCES / name))
    assert str(info.value).startswith(str(SOURCES / name) + ": ")
    assert reason in str(info.value)


def test_reingest_updates_instead_of_duplicating(ws, tmp_path):
    conn = ws.connect()
    first = ingest(conn, [str(SOURCES / "feed.rss")])
    assert (first.added, first.updated, first.skipped) == (2, 0, 0)
    again = ingest(conn, [str(SOURCES / "feed.rss")])
    assert (again.added, again.updated, again.skipped) == (0, 0, 2)
    # Same story under another URL form (tracking parameters, fragment): updated, not added.
    changed = tmp_path / "same.json"
    changed.write_text(json.dumps({"title": "Harbour reopens after storm repairs (updated)",
                                   "url": "https://WIRE.example.com/harbour-reopens?utm_campaign=x",
                                   "body": ["New text."]}))
    third = ingest(conn, [str(changed)])
    assert (third.added, third.updated) == (0, 1)
    assert len(pool.list_articles(conn)) == 2
    # Without a URL: the same normalised title from the same source is the same article.
    titled = tmp_path / "titled.json"
    titled.write_text(json.dumps({"title": "Quiet day", "body": ["x"]}))
    ingest(conn, [str(titled)])
    titled.write_text(json.dumps({"title": "QUIET   day!", "body": ["y"]}))
    assert ingest(conn, [str(titled)]).updated == 1


def test_good_sources_survive_a_bad_one(ws):
    conn = ws.connect()
    report = ingest(conn, [str(SOURCES / "broken_front_matter.md"), str(SOURCES / "feed.atom"),
                           str(SOURCES / "undecodable.txt")])
    assert report.failed == 2 and report.added == 1
    assert [a.title for a in pool.list_articles(conn)] == ["Glacier retreat measured from space"]


@pytest.fixture
def http_server():
    handler = partial(_QuietHandler, directory=str(SOURCES))
    with loopback.serving(handler) as base:
        yield base


class _QuietHandler(SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map, ".rss": "application/rss+xml"}

    def log_message(self, *args):
        pass


def test_feed_and_page_over_http(ws, http_server):
    conn = ws.connect()
    report = ingest(conn, [f"{http_server}/feed.rss", f"{http_server}/page.html", f"{http_server}/nope.rss"])
    assert (report.added, report.failed) == (3, 1)
    assert str(report.errors[0]) == f"{http_server}/nope.rss: HTTP 404 File not found"
    titles = {a.title for a in pool.list_articles(conn)}
    assert "Night trains return to the Alps" in titles and "Museum returns bronze heads" in titles
    [page] = [a for a in pool.list_articles(conn) if a.title.startswith("Night trains")]
    assert page.source == f"{http_server}/page.html"


def test_sniffing_without_extension(tmp_path):
    feed = tmp_path / "download"
    feed.write_bytes((SOURCES / "feed.atom").read_bytes())
    from newsletter.ingest import sniff
    from newsletter.ingest.fetch import Loaded

    assert sniff(Loaded(feed.read_bytes()), "https://x.example.com/download") == "feed"
    assert sniff(Loaded((SOURCES / "page.html").read_bytes()), "https://x.example.com/p") == "html"
    assert sniff(Loaded(b'{"title": "x"}'), "https://x.example.com/a") == "json"
    assert sniff(Loaded(b"Home\nHeadline here"), "https://x.example.com/t") == "text"


@pytest.mark.parametrize(("start", "target", "refused"), [
    ("http://93.184.216.34/story", "http://127.0.0.1:8099/admin", True),  # a public page into this machine
    ("https://93.184.216.34/story", "http://169.254.169.254/latest/meta-data/", True),  # a cloud's metadata
    ("http://93.184.216.34/story", "http://10.0.0.7/intranet", True),
    ("http://93.184.216.34/story", "http://[::1]/", True),
    ("http://127.0.0.1:8099/a", "http://127.0.0.1:8099/b", False),  # the editor asked for this machine itself
    ("http://93.184.216.34/story", "https://93.184.216.35/story", False),
])
def test_a_redirect_from_outside_into_the_local_network_is_refused(start, target, refused):
    """The answer is read into an article that may be mailed out: a public page may not point the fetch at an
    address inside this machine's network (the editor naming such a URL themselves may)."""
    from newsletter.errors import SourceError
    from newsletter.ingest.fetch import _redirect

    if refused:
        with pytest.raises(SourceError, match="an address inside this machine's network"):
            _redirect(start, target)
    else:
        assert _redirect(start, target) == target


def test_after_a_redirect_from_outside_the_socket_itself_must_lead_outside():
    """The name may resolve one way for the redirect's check and another for the connection (DNS rebinding): the
    address actually connected to is checked too, before anything is sent."""
    import http.server
    import threading

    from newsletter.errors import SourceError
    from newsletter.ingest.fetch import _get

    requests: list[str] = []

    class Answer(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        with pytest.raises(SourceError, match="was redirected to an address inside this machine's network"):
            _get(f"http://127.0.0.1:{port}/secret", "http", "127.0.0.1", port, "/secret", 5.0, {},
                 inside_refused=True)
        assert requests == []  # refused on connecting: no request was made
        assert _get(f"http://127.0.0.1:{port}/ok", "http", "127.0.0.1", port, "/ok", 5.0, {}).url.endswith("/ok")
    finally:
        server.shutdown()
