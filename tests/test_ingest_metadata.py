"""Metadata that survives ingestion: section aliases, HTML publication times and image details, feed summaries
without link furniture, one article for one URL whatever the way in. Web cases use a real loopback server."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest

from newsletter import issuefile, pool
from newsletter.config import parse_config
from newsletter.errors import ConfigError
from newsletter.ingest import ingest, read_source
from newsletter.ingest.feed import strip_furniture
from tests import loopback
from tests.conftest import FIXTURES, set_config

SOURCES = FIXTURES / "sources"
DAY = "2026-11-28"  # the test workspace: UTC, cut-off 06:00, a 24-hour window from 2026-11-27 06:00


class _Handler(SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map, ".rss": "application/rss+xml"}

    def log_message(self, *args):
        pass


@pytest.fixture
def serve(tmp_path):
    """serve({"name": text}) -> the base URL of a loopback server holding those files."""
    servers = []

    def start(files: dict[str, str]) -> str:
        root = tmp_path / f"site{len(servers)}"
        root.mkdir()
        for name, text in files.items():
            (root / name).write_text(text, encoding="utf-8")
        servers.append(loopback.start(partial(_Handler, directory=str(root))))
        return loopback.url(servers[-1])

    yield start
    for server in servers:
        loopback.stop(server)


def _with_aliases(ws, aliases: dict[str, str]) -> None:
    set_config(ws, "selection.aliases", aliases)


def _md(path: Path, title: str, section: str, published: str = "2026-11-27T20:00:00Z") -> str:
    path.write_text(f"---\ntitle: {title}\nsection: {section}\npublished: {published}\n"
                    f"url: https://example.com/{abs(hash(title))}\n---\n\n{title} in a sentence of body text.\n")
    return str(path)


# Section aliases -------------------------------------------------------------------------------------------

def test_aliases_config_is_checked():
    path = Path("newsletter.toml")
    head = '[newsletter]\nsender = "a@example.com"\n'
    cfg = parse_config(head + '[selection]\naliases = { Europe = "World", "Art & design" = "science" }', path)
    assert cfg.selection.aliases == {"Europe": "World", "Art & design": "science"}
    with pytest.raises(ConfigError) as info:
        parse_config(head + '[selection]\naliases = { Europe = "Wrold" }', path)
    assert "Config value 'selection.aliases.Europe': 'Wrold' is not one of the sections" in str(info.value)
    assert "did you mean 'World'?" in str(info.value)
    with pytest.raises(ConfigError) as info:
        parse_config(head + '[selection]\naliases = ["Europe"]', path)
    assert "Config value 'selection.aliases' (line 4): expected a table of strings" in str(info.value)
    with pytest.raises(ConfigError) as info:
        parse_config(head + '[selection]\naliases = { Europe = 1 }', path)
    assert "selection.aliases" in str(info.value)


def test_aliases_map_sections_at_ingest(ws, cli, tmp_path):
    _with_aliases(ws, {"Europe": "World", "Funding": "Business"})
    result = cli("ingest", _md(tmp_path / "a.md", "Ports strike in three countries", "EUROPE"),
                 _md(tmp_path / "b.md", "Startup raises a seed round", "funding"),
                 _md(tmp_path / "c.md", "Bees return to the city", "Nature"))
    assert result.exit_code == 0, result.output
    sections = {a.title: a.section for a in pool.list_articles(ws.connect())}
    assert sections == {"Ports strike in three countries": "World", "Startup raises a seed round": "Business",
                        "Bees return to the city": "Nature"}


def test_aliases_apply_at_pick_time_and_the_kicker_shows_the_newsletters_section(ws, cli, tmp_path):
    # Ingested before the alias existed: the pool keeps "Europe", the pick maps it.
    assert cli("ingest", _md(tmp_path / "a.md", "Ports strike in three countries", "Europe")).exit_code == 0
    _with_aliases(ws, {"europe": "World"})
    assert cli("issue", "new", "--date", DAY).exit_code == 0
    issue = issuefile.load(ws.issues_dir / f"{DAY}.toml")
    [section] = issue.sections
    assert section.name == "World" and section.items[0].section == "World"
    assert cli("build", DAY).exit_code == 0
    html = (ws.root / "dist" / DAY / "index.html").read_text()
    assert ">World</p>" in html.split('class="kicker"', 1)[1][:200]
    assert "Europe" not in html


def test_issue_move_section_updates_the_items_section(ws, cli, tmp_path):
    assert cli("ingest", _md(tmp_path / "a.md", "Ports strike in three countries", "World"),
               _md(tmp_path / "b.md", "Bank holds rates", "Business")).exit_code == 0
    assert cli("issue", "new", "--date", DAY).exit_code == 0
    ports = next(a for a in pool.list_articles(ws.connect()) if a.title.startswith("Ports"))
    result = cli("issue", "move", DAY, ports.id, "--position", "1", "--section", "business")
    assert result.exit_code == 0, result.output
    issue = issuefile.load(ws.issues_dir / f"{DAY}.toml")
    [business] = [s for s in issue.sections if s.name == "Business"]
    assert [i.section for i in business.items] == ["Business", "Business"]
    assert business.items[0].id == ports.id


# HTML publication times and image details -------------------------------------------------------------------

ARTICLE_BODY = "".join(f"<p>{s}</p>" for s in (
    "Two new container cranes arrived at the harbour on Friday morning after a four-day voyage by barge.",
    "They will be assembled over the winter and start work in the spring, doubling the port's capacity.",
    "The port authority said the investment would create forty jobs and cut waiting times in half.",
))
TIME_MARKUP = {
    "meta": '<meta property="article:published_time" content="2026-11-27T09:30:00+01:00">',
    "json-ld": '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
               '"headline": "Harbour cranes arrive", "datePublished": "2026-11-27T09:30:00+01:00"}</script>',
    "time": "",
}


def _page(how: str) -> str:
    time_tag = '<time datetime="2026-11-27T09:30:00+01:00">27 November</time>' if how == "time" else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour cranes arrive | Port News'
            f'</title><meta property="og:image" content="https://img.example.com/cranes.jpg?w=1200">'
            f'{TIME_MARKUP[how]}</head><body><article><h1>Harbour cranes arrive</h1>{time_tag}'
            f'<figure><img src="https://img.example.com/cranes.jpg?w=600" alt="Two blue cranes on a barge at dawn">'
            f'<figcaption>The cranes came from Rotterdam. Photo: Jan de Vries/Port Authority</figcaption></figure>'
            f'{ARTICLE_BODY}</article></body></html>')


@pytest.mark.parametrize("how", list(TIME_MARKUP))
def test_html_pages_keep_their_time_and_fall_in_the_right_window(how, ws, cli, serve):
    base = serve({"cranes.html": _page(how)})
    result = cli("ingest", f"{base}/cranes.html")
    assert result.exit_code == 0, result.output
    [article] = pool.list_articles(ws.connect())
    assert article.published == datetime(2026, 11, 27, 8, 30, tzinfo=UTC)
    # 08:30 UTC is inside the window of the 28th (from 06:00 on the 27th); midnight, a date-only guess, is not.
    assert cli("issue", "new", "--date", DAY).exit_code == 0
    assert [i.id for i in issuefile.load(ws.issues_dir / f"{DAY}.toml").items] == [article.id]


def test_html_image_alt_and_figcaption_credit(tmp_path):
    page = tmp_path / "cranes.html"
    page.write_text(_page("meta"))
    [a] = read_source(str(page))
    assert a.image_url == "https://img.example.com/cranes.jpg?w=1200"
    assert a.image_alt == "Two blue cranes on a barge at dawn"
    assert a.image_credit == "Jan de Vries/Port Authority"
    assert not any("Rotterdam" in p for p in a.body)


def test_html_credit_from_a_credit_element(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(_page("meta").replace("Photo: Jan de Vries/Port Authority",
                                          '<span class="credit">© Port Authority</span>'))
    [a] = read_source(str(page))
    assert a.image_credit == "Port Authority"


# Feed summaries without link furniture ----------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "clean"), [
    ("The harbour reopened on Friday. Read more", "The harbour reopened on Friday."),
    ("The harbour reopened on Friday. Read More »", "The harbour reopened on Friday."),
    ("The harbour reopened on Friday. Continue reading…", "The harbour reopened on Friday."),
    ("The harbour reopened on Friday. Continue reading Harbour reopens →", "The harbour reopened on Friday."),
    ("The harbour reopened on Friday. The post Harbour reopens appeared first on Port News.",
     "The harbour reopened on Friday."),
    ("The harbour reopened on Friday after three weeks of [&hellip;]",
     "The harbour reopened on Friday after three weeks of…"),
    ("The harbour reopened on Friday after three weeks of [...]",
     "The harbour reopened on Friday after three weeks of…"),
    ("The harbour reopened on Friday after three weeks of […] Read more",
     "The harbour reopened on Friday after three weeks of…"),
    ("Le port a rouvert vendredi. Lire la suite", "Le port a rouvert vendredi."),
    ("Der Hafen ist wieder offen. Weiterlesen", "Der Hafen ist wieder offen."),
    # Not furniture: the words inside a sentence stay.
    ("Doctors urge parents to read more to their children.", "Doctors urge parents to read more to their children."),
    ("Continue reading the report, officials said, before deciding.",
     "Continue reading the report, officials said, before deciding."),
])
def test_strip_furniture(raw, clean):
    assert strip_furniture(raw) == clean


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Port News</title>
<item><title>Harbour reopens</title><link>https://port.example.com/harbour?utm_source=rss</link>
<description>&lt;p&gt;The harbour reopened on Friday after three weeks of repairs. [&amp;#8230;]&lt;/p&gt;
&lt;p&gt;The post &lt;a href="https://port.example.com/harbour"&gt;Harbour reopens&lt;/a&gt; appeared first on
&lt;a href="https://port.example.com"&gt;Port News&lt;/a&gt;.&lt;/p&gt;</description>
<pubDate>Fri, 27 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Ferries resume</title><link>https://port.example.com/ferries</link>
<description>Ferries resume a reduced timetable. &lt;a href="https://port.example.com/ferries"&gt;Continue reading
&lt;span&gt;Ferries resume&lt;/span&gt; &#8594;&lt;/a&gt;</description></item>
</channel></rss>"""


def test_feed_summaries_lose_link_furniture_over_http(ws, serve):
    base = serve({"feed.rss": FEED})
    report = ingest(ws.connect(), [f"{base}/feed.rss"])
    assert report.added == 2 and not report.errors
    by_title = {a.title: a for a in pool.list_articles(ws.connect())}
    harbour, ferries = by_title["Harbour reopens"], by_title["Ferries resume"]
    assert harbour.summary == "The harbour reopened on Friday after three weeks of repairs."
    assert harbour.body == ["The harbour reopened on Friday after three weeks of repairs."]
    assert ferries.summary == "Ferries resume a reduced timetable." == ferries.body[-1]


def test_one_url_from_a_file_and_from_the_web_is_one_article(ws, serve, tmp_path):
    page = (SOURCES / "page.html").read_text()
    base = serve({"night-trains.html": page.replace('<link rel="canonical" href="https://travel.example.com/'
                                                     'night-trains-alps">', "")})
    clipping = tmp_path / "night-trains.md"
    clipping.write_text(f"---\ntitle: Night trains return\nurl: {base}/night-trains.html/?utm_source=x#top\n"
                        f"---\n\nA sleeper train between Paris and Vienna carried its first passengers.\n")
    conn = ws.connect()
    assert ingest(conn, [str(clipping)]).added == 1
    web = ingest(conn, [f"{base}/night-trains.html"])
    assert (web.added, web.updated) == (0, 1)
    [article] = pool.list_articles(conn)
    assert article.title == "Night trains return to the Alps" and article.source == f"{base}/night-trains.html"
    # http and https are one page too.
    https = tmp_path / "https.json"
    https.write_text(f'{{"title": "Night trains", "url": "{base.replace("http:", "https:")}/night-trains.html"}}')
    assert ingest(conn, [str(https)]).updated == 1


# The URL gate at ingest -------------------------------------------------------------------------------------

def test_refused_urls_are_dropped_with_a_warning_and_the_article_kept(ws, tmp_path):
    md = tmp_path / "a.md"
    md.write_text("---\ntitle: Night buses\nurl: javascript:alert(1)\nimage: data:image/png;base64,AAAA\n---\n\n"
                  "Read [the plan](javascript:alert(2)) today.\n")
    report = ingest(ws.connect(), [str(md)])
    assert report.added == 1
    assert [w.split(": dropped ")[1].split(" of ")[0] for w in report.warnings] == ["'url'", "'image_url'"]
    [a] = pool.list_articles(ws.connect())
    assert a.url is None and a.image_url is None and a.body == ["Read the plan today."]


def test_a_date_on_utc_overflow_names_the_field(tmp_path):
    from newsletter.errors import SourceError

    md = tmp_path / "late.md"
    md.write_text("---\ntitle: Late\npublished: 9999-12-31T23:30:00-05:00\n---\nx\n")
    with pytest.raises(SourceError, match="'published' 9999-12-31T23:30:00-05:00 is out of range in UTC"):
        read_source(str(md))
    assert date(2026, 11, 28).isoformat() == DAY


def test_fetch_goes_through_the_proxy_the_environment_names(ws, monkeypatch):
    """http_proxy is honoured (the host below does not resolve: only the proxy can answer)."""
    from http.server import BaseHTTPRequestHandler

    seen = []

    class Proxy(BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append(self.path)
            body = FEED.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = loopback.start(Proxy)
    monkeypatch.setenv("http_proxy", loopback.url(server))
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    try:
        report = ingest(ws.connect(), ["http://feeds.invalid/port.rss"])
    finally:
        loopback.stop(server)
    assert report.added == 2 and seen == ["http://feeds.invalid/port.rss"]
