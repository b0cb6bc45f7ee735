"""Ingestion: one reader per source kind behind one dispatch keyed by what it reads.

    ingest(conn, ["page.txt", "feeds/", "https://example.com/rss"]) -> IngestReport

A source is a file, a folder (read recursively), or an http(s) URL. The reader is chosen from the
extension, then from the content, unless a format is forced.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsletter.article import Article
from newsletter.errors import SourceError
from newsletter.ingest.fetch import Loaded, is_url, load

FORMATS = ("text", "markdown", "html", "feed", "json")
EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
    ".json": "json",
}


def _decode(loaded: Loaded, source: str) -> str:
    try:
        return loaded.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        charset = re.search(r"charset=([\w-]+)", loaded.content_type or "")
        if charset:
            try:
                return loaded.data.decode(charset[1])
            except (LookupError, UnicodeDecodeError):
                pass
        raise SourceError(source, f"undecodable bytes (not UTF-8) at byte {exc.start}") from exc


def _read_text(loaded: Loaded, source: str) -> list[Article]:
    from newsletter.ingest.plaintext import read_plaintext

    return read_plaintext(_decode(loaded, source), source)


def _read_markdown(loaded: Loaded, source: str) -> list[Article]:
    from newsletter.ingest.markdown import read_markdown

    return read_markdown(_decode(loaded, source), source)


def _read_html(loaded: Loaded, source: str) -> list[Article]:
    from newsletter.ingest.html import read_html

    return read_html(loaded.data, source, loaded.url)


def _read_feed(loaded: Loaded, source: str) -> list[Article]:
    from newsletter.ingest.feed import read_feed

    return read_feed(loaded.data, source)


def _read_json(loaded: Loaded, source: str) -> list[Article]:
    from newsletter.ingest.jsonfile import read_json

    return read_json(_decode(loaded, source), source)


READERS: dict[str, Callable[[Loaded, str], list[Article]]] = {
    "text": _read_text,
    "markdown": _read_markdown,
    "html": _read_html,
    "feed": _read_feed,
    "json": _read_json,
}


def sniff(loaded: Loaded, source: str) -> str:
    """The format of a source from its extension, its Content-Type, then its first bytes."""
    if not is_url(source):
        suffix = Path(source).suffix.lower()
        if suffix in EXTENSIONS:
            return EXTENSIONS[suffix]
    ctype = loaded.content_type.lower()
    if any(t in ctype for t in ("rss", "atom", "rdf")):
        return "feed"
    if "json" in ctype:
        return "json"
    head = loaded.data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
        return "feed" if re.search(rb"<(rss|feed|rdf:rdf)\b", head) or b"<rss" in loaded.data[:8192] else "html"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or "html" in ctype:
        return "html"
    if head.startswith((b"{", b"[")):
        return "json"
    if head.startswith(b"---"):
        return "markdown"
    return "text"


@dataclass(frozen=True)
class Overrides:
    """What the editor says about a source (`--url`, `--section`): it wins over what the reader found."""
    url: str | None = None
    section: str | None = None

    def apply(self, article: Article) -> Article:
        article.url = self.url or article.url
        article.section = self.section or article.section
        return article


def read_source(source: str, fmt: str | None = None, overrides: Overrides | None = None) -> list[Article]:
    """All articles in one file or URL; SourceError when it cannot be read or holds no article."""
    loaded = load(source)
    kind = fmt or sniff(loaded, source)
    articles = READERS[kind](loaded, source)
    if not articles:
        raise SourceError(source, f"no article found (read as {kind})")
    if overrides and overrides.url and len(articles) > 1:
        raise SourceError(source, f"--url names one article, but the source holds {len(articles)}")
    return [(overrides.apply(a) if overrides else a).finish() for a in articles]


def expand(sources: list[str]) -> Iterator[str]:
    """Files of folders, recursively and in name order; hidden files and unknown extensions skipped."""
    for source in sources:
        path = Path(source)
        if not is_url(source) and path.is_dir():
            for item in sorted(path.rglob("*")):
                if item.is_file() and not any(part.startswith(".") for part in item.relative_to(path).parts) \
                        and item.suffix.lower() in EXTENSIONS:
                    yield str(item)
        else:
            yield source


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[SourceError] = field(default_factory=list)
    articles: list[tuple[str, Article]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "added": self.added, "updated": self.updated, "skipped": self.skipped, "failed": self.failed,
            "errors": [str(e) for e in self.errors],
            "articles": [{"outcome": o, "id": a.id, "title": a.title, "source": a.source} for o, a in self.articles],
        }


def ingest(conn: sqlite3.Connection, sources: list[str], fmt: str | None = None,
           progress: Callable[[str], None] | None = None, overrides: Overrides | None = None) -> IngestReport:
    """Read every source and save its articles; a bad source is recorded and the rest go on."""
    from newsletter import pool

    report = IngestReport()
    for source in expand(sources):
        if progress:
            progress(source)
        try:
            articles = read_source(source, fmt, overrides)
        except SourceError as exc:
            report.failed += 1
            report.errors.append(exc)
            continue
        for article in articles:
            outcome = pool.save(conn, article)
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.articles.append((outcome, article))
    return report
