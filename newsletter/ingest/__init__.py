"""Ingestion: one reader per source kind behind one dispatch keyed by what it reads.

    ingest(conn, ["page.txt", "feeds/", "https://example.com/rss"]) -> IngestReport

A source is a file, a folder (read recursively), or an http(s) URL. The reader is chosen from the
extension, then from the content, unless a format is forced.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsletter.article import Article
from newsletter.db import Connection
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


Warn = Callable[[str], None]


def _ignore(message: str) -> None:
    pass


def _decode(loaded: Loaded, source: str) -> str:
    if loaded.data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 byte order mark (Windows "Unicode")
        try:
            return loaded.data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SourceError(source, f"undecodable bytes (not UTF-16) at byte {exc.start}") from None
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


def _read_text(loaded: Loaded, source: str, warn: Warn) -> list[Article]:
    from newsletter.ingest.scraped import read_plaintext

    return read_plaintext(_decode(loaded, source), source)


def _read_markdown(loaded: Loaded, source: str, warn: Warn) -> list[Article | SourceError]:
    from newsletter.ingest.markdown import read_markdown

    return read_markdown(_decode(loaded, source), source, warn)


def _read_html(loaded: Loaded, source: str, warn: Warn) -> list[Article | SourceError]:
    from newsletter.ingest.html import read_html

    return read_html(loaded.data, source, loaded.url)


def _read_feed(loaded: Loaded, source: str, warn: Warn) -> list[Article | SourceError]:
    from newsletter.ingest.feed import read_feed

    return read_feed(loaded.data, source)


def _read_json(loaded: Loaded, source: str, warn: Warn) -> list[Article | SourceError]:
    from newsletter.ingest.jsonfile import read_json

    return read_json(_decode(loaded, source), source, warn)


# A reader returns the articles of a source, and a SourceError in place of each item it had to refuse; it tells
# `warn` what it read past (a key it does not know).
READERS: dict[str, Callable[[Loaded, str, Warn], list[Article | SourceError]]] = {
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


def read_items(source: str, fmt: str | None = None, warn: Warn | None = None,
               overrides: Overrides | None = None,
               loaded: Loaded | None = None) -> tuple[list[Article], list[SourceError]]:
    """The good articles of one file or URL, and why each bad one (or the whole source) was refused.

    One bad item of a feed or a JSON list does not cost the others; a refused URL field is dropped with a
    warning and the article kept.
    """
    loaded = loaded or load(source)
    kind = fmt or sniff(loaded, source)
    try:
        found = READERS[kind](loaded, source, warn or _ignore)
    except SourceError:
        raise
    except RecursionError:
        raise SourceError(source, f"nested too deeply to be read as {kind}") from None
    except Exception as exc:  # a third-party parser's bug on hostile input costs this source only
        raise SourceError(source, f"cannot be read as {kind} ({type(exc).__name__}: {exc})") from None
    if overrides and overrides.url and len(found) > 1:
        raise SourceError(source, f"--url names one article, but the source holds {len(found)}")
    articles, errors = [], []
    for item in found:
        if isinstance(item, SourceError):
            errors.append(item)
            continue
        try:
            articles.append((overrides.apply(item) if overrides else item).finish(warn))
        except SourceError as exc:
            errors.append(exc)
    if not articles and not errors:
        raise SourceError(source, f"no article found (read as {kind})")
    return articles, errors


def read_source(source: str, fmt: str | None = None, overrides: Overrides | None = None) -> list[Article]:
    """All articles in one file or URL; SourceError when it, or any article in it, cannot be read."""
    articles, errors = read_items(source, fmt, overrides=overrides)
    if errors:
        raise errors[0]
    return articles


def _files(folder: Path) -> list[Path]:
    """Files of a folder, recursively and in name order; hidden files and unknown extensions skipped."""
    return [item for item in sorted(folder.rglob("*"))
            if item.is_file() and not any(part.startswith(".") for part in item.relative_to(folder).parts)
            and item.suffix.lower() in EXTENSIONS]


def expand(sources: list[str]) -> Iterator[str]:
    """Every source with folders replaced by their files (a folder with none stays, to be reported)."""
    for source in sources:
        path = Path(source)
        if not is_url(source) and path.is_dir():
            yield from (str(item) for item in _files(path)) if _files(path) else [source]
        else:
            yield source


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[SourceError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    articles: list[tuple[str, Article]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "added": self.added, "updated": self.updated, "skipped": self.skipped, "failed": self.failed,
            "errors": [str(e) for e in self.errors], "warnings": self.warnings,
            "articles": [{"outcome": o, "id": a.id, "title": a.title, "source": a.source} for o, a in self.articles],
        }


def ingest(conn: Connection, sources: list[str], fmt: str | None = None,
           progress: Callable[[str], None] | None = None, aliases: dict[str, str] | None = None,
           overrides: Overrides | None = None) -> IngestReport:
    """Read every source and save its articles; a bad source or article is recorded and the rest go on.

    `aliases` maps incoming sections to the newsletter's own (`[selection] aliases`), case-insensitively;
    `overrides` are the editor's `--url` / `--section`.
    """
    from newsletter import pool
    from newsletter.selection import resolve_section

    report = IngestReport()
    for source in expand(sources):
        if progress:
            progress(source)
        try:
            if not is_url(source) and Path(source).is_dir():
                raise SourceError(source, f"the folder holds no file to ingest ({', '.join(sorted(EXTENSIONS))})")
            articles, errors = read_items(source, fmt, report.warnings.append, overrides)
        except SourceError as exc:
            articles, errors = [], [exc]
        report.failed += len(errors)
        report.errors += errors
        for article in articles:
            article.section = resolve_section(article.section, aliases or {})
            outcome = pool.save(conn, article)
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.articles.append((outcome, article))
    return report


# -- for configured sources (newsletter/sources.py), which fetch with a conditional GET themselves ----------------
