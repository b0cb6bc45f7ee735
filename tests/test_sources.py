"""Configured sources: feeds served on loopback (one slow, one failing, one answering 304), files, config errors."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler

import pytest
import tomlkit

from newsletter import pool
from newsletter.errors import ConfigError
from newsletter.sources import ingest_sources, list_sources
from tests import loopback

SLOW_SECONDS = 5.0


def rss(title: str, items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><category>{c}</category>"
                      f"<pubDate>Sat, 28 Nov 2026 04:00:00 GMT</pubDate><description>About {t}.</description></item>"
                      for t, link, c in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://example.com/</link>{entries}</channel></rss>").encode()


WIRE = rss("Wire", [("Harbour reopens after storm", "https://wire.example/harbour", "World"),
                    ("Chip maker posts record quarter", "https://wire.example/chips", "Gossip")])
TECH = rss("Tech", [("A new compiler for tiny boards", "https://tech.example/compiler", "Technology")])


class FeedServer:
    """/wire.xml answers with an ETag (304 when it matches), /tech.xml with Last-Modified (likewise), /slow.xml
    after SLOW_SECONDS, /broken.xml with 500."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                outer.requests.append((self.path, dict(self.headers)))
                if self.path == "/wire.xml":
                    if self.headers.get("If-None-Match") == '"v1"':
                        return self.reply(304, b"", {"ETag": '"v1"'})
                    return self.reply(200, WIRE, {"ETag": '"v1"', "Content-Type": "application/rss+xml"})
                if self.path == "/tech.xml":
                    stamp = "Sat, 28 Nov 2026 05:00:00 GMT"
                    if self.headers.get("If-Modified-Since") == stamp:
                        return self.reply(304, b"", {})
                    return self.reply(200, TECH, {"Last-Modified": stamp, "Content-Type": "application/rss+xml"})
                if self.path == "/slow.xml":
                    time.sleep(SLOW_SECONDS)
                    return self.reply(200, WIRE, {})
                return self.reply(500, b"oops", {})

            def reply(self, status, body, headers):
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:  # the client gave up (the slow feed)
                    pass

        self.server = loopback.start(Handler)

    def url(self, path: str) -> str:
        return loopback.url(self.server) + path

    def close(self) -> None:
        loopback.stop(self.server)


@pytest.fixture
def feeds():
    server = FeedServer()
    yield server
    server.close()


def configure(ws, sources: list[dict], reload: bool = True) -> None:
    doc = tomlkit.parse(ws.config_path.read_text(encoding="utf-8"))
    array = tomlkit.aot()
    for source in sources:
        array.append(tomlkit.item(source))
    doc["sources"] = array
    ws.config_path.write_text(tomlkit.dumps(doc), encoding="utf-8")
    if reload:
        ws.reload()


def test_feeds_concurrently_with_conditional_get_and_failures_by_name(ws, feeds):
    configure(ws, [{"url": feeds.url("/wire.xml"), "name": "Example Wire", "section": "Business"},
                   {"url": feeds.url("/slow.xml"), "name": "Slow Times"},
                   {"url": feeds.url("/broken.xml"), "name": "Broken Post"},
                   {"url": feeds.url("/tech.xml"), "name": "Tech Daily"}])
    conn = ws.connect()
    start = time.perf_counter()
    reports = ingest_sources(ws, conn, timeout=1.0)
    elapsed = time.perf_counter() - start
    assert elapsed < 3.5  # the slow one (5 s) gave up after 1 s: bounded; 2.5 s leaves a loaded machine room
    by_name = {r.source.label: r for r in reports}
    assert [r.source.label for r in reports] == ["Example Wire", "Slow Times", "Broken Post", "Tech Daily"]
    assert (by_name["Example Wire"].result, by_name["Example Wire"].added) == ("ok", 2)
    slow = by_name["Slow Times"]
    assert slow.result == "failed" and "took longer than 1 s in total" in slow.errors[0]
    assert by_name["Broken Post"].result == "failed" and by_name["Broken Post"].errors == ["HTTP 500 Internal Server "
                                                                                           "Error"]
    assert by_name["Tech Daily"].added == 1
    articles = {a.title: a for a in pool.list_articles(conn)}
    assert articles["Harbour reopens after storm"].publication == "Example Wire"
    assert articles["Harbour reopens after storm"].section == "World"  # its own section is one of ours
    assert articles["Chip maker posts record quarter"].section == "Business"  # 'Gossip' is not: the source's
    assert articles["A new compiler for tiny boards"].publication == "Tech Daily"

    feeds.requests.clear()
    again = {r.source.label: r for r in ingest_sources(ws, conn, timeout=1.0)}
    assert again["Example Wire"].result == "not modified" and again["Tech Daily"].result == "not modified"
    sent = {path: headers for path, headers in feeds.requests}
    assert sent["/wire.xml"]["If-None-Match"] == '"v1"'
    assert sent["/tech.xml"]["If-Modified-Since"] == "Sat, 28 Nov 2026 05:00:00 GMT"
    assert "If-None-Match" not in sent["/broken.xml"]
    assert len(pool.list_articles(conn)) == 3

    status = {s.source.label: s for s in list_sources(ws, conn)}
    assert status["Example Wire"].result == "not modified" and status["Example Wire"].fetched_at
    assert status["Broken Post"].result == "failed" and "HTTP 500" in status["Broken Post"].detail


def test_bare_ingest_and_sources_command(ws, cli, feeds, tmp_path):
    folder = ws.root / "clippings"
    folder.mkdir()
    (folder / "one.md").write_text("---\ntitle: Local story\npublished: 2026-11-28T05:00:00Z\n---\n\nBody.\n")
    (folder / "bad.json").write_text("[1, 2")
    configure(ws, [{"path": "clippings", "name": "Desk"}, {"url": feeds.url("/wire.xml"), "name": "Example Wire"},
                   {"url": feeds.url("/broken.xml")}])
    result = cli("ingest")
    assert result.exit_code == 1
    assert "Example Wire" in result.stdout and "2 added, 0 updated, 0 unchanged" in result.stdout
    assert "Desk" in result.stdout and "1 added" in result.stdout
    assert f"Error: {feeds.url('/broken.xml')}: HTTP 500" in result.stderr
    assert "bad.json" in result.stderr  # the bad file of a folder is named, the good one kept
    assert "Ingested 3 sources: 3 added, 0 updated, 0 not modified, 1 failed; 1 article could not be read." \
        in result.stdout
    again = cli("ingest", "--json")
    import json

    data = json.loads(again.stdout)
    assert [s["result"] for s in data["sources"]] == ["ok", "not modified", "failed"]
    assert data["sources"][0]["unchanged"] == 1
    listing = cli("sources")
    assert listing.exit_code == 0
    assert "Example Wire" in listing.stdout and "not modified" in listing.stdout and "HTTP 500" in listing.stdout
    assert pool.list_articles(ws.connect())[0].publication in ("Desk", "Example Wire")


def test_a_source_with_unreadable_articles_is_no_success(ws, cli):
    """A folder source whose good files land and whose bad one fails: the summary counts the bad one and the exit
    code is 1, as `ingest FILE…` says for the same files (it had said `0 failed` and exited 0)."""
    desk = ws.root / "desk"
    desk.mkdir()
    (desk / "good.md").write_text("---\ntitle: Harbour reopens\nsection: World\n---\n\nThe harbour reopened.\n")
    (desk / "bad.json").write_text("{not json")
    configure(ws, [{"path": "desk", "name": "Desk"}])
    result = cli("ingest")
    assert result.exit_code == 1
    assert "Ingested 1 sources: 1 added, 0 updated, 0 not modified, 0 failed; 1 article could not be read." \
        in result.stdout
    assert "bad.json" in result.stderr
    same = cli("ingest", desk)
    assert same.exit_code == 1


def test_bare_ingest_without_sources_says_what_to_do(cli):
    result = cli("ingest")
    assert result.exit_code == 1 and "none configured" in result.stderr and "[[sources]]" in result.stderr


def test_source_problems_are_named_with_their_line(ws):
    configure(ws, [{"url": "https://ok.example/feed.xml"}, {"url": "javascript:alert(1)", "format": "rss"},
                   {"path": "missing-folder"}, {"url": "https://a.example/", "path": "issues"}, {"name": "nothing"},
                   {"url": "https://b.example/", "name": "Evil\x1b[2J"}],
              reload=False)
    with pytest.raises(ConfigError) as caught:
        ws.reload()
    text = ws.config_path.read_text().splitlines()
    second = next(n for n, line in enumerate(text, 1) if "javascript:" in line)
    problems = caught.value.problems
    assert f"Config value 'sources[2].url' (line {second}): 'javascript:alert(1)' is not an http(s) URL" in problems
    assert any(p.startswith("Config value 'sources[2].format'") and "feed" in p for p in problems)
    assert any(p.startswith("Config value 'sources[3].path'") and "does not exist" in p for p in problems)
    assert any(p.startswith("Config value 'sources[4]'") and "either url or path" in p for p in problems)
    assert any(p.startswith("Config value 'sources[5]'") and "either url or path" in p for p in problems)
    assert any(p.startswith("Config value 'sources[6].name'") and "control character" in p for p in problems)
    assert not any("sources[1]" in p for p in problems)


def test_init_documents_sources_and_new_settings(ws):
    text = ws.config_path.read_text()
    assert "require_approval = true" in text and 'send_time = "06:30"' in text and "editors = []" in text
    assert "# [[sources]]" in text
