"""The configured sources (`[[sources]]` in newsletter.toml), read all at once by a bare `newsletter ingest`.

    ingest_sources(ws, conn) -> [SourceReport, ...]
        fetch     every URL source at the same time (a bounded thread pool), each with its own deadline and a
                  conditional GET (the ETag and Last-Modified it answered last time): a 304 costs nothing
        read      in configuration order, in this thread: the bytes through the ingest readers
        save      each source's articles and what it answered in one transaction; a failure is that source's
                  alone and the others go on

Files and folders are read as `newsletter ingest PATH` reads them. Every article carries its source's
`name` as its publication; one that names no section of the newsletter gets the source's `section`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from newsletter import clock
from newsletter.article import Article
from newsletter.config import SourceSettings
from newsletter.db import Connection, Row, transaction
from newsletter.errors import SourceError
from newsletter.ingest.fetch import Loaded
from newsletter.workspace import Workspace

TIMEOUT = 20.0
"""Seconds one source may take in all (connect, answer, body)."""
WORKERS = 4
"""Sources fetched at the same time."""


@dataclass
class Fetched:
    """What a URL source answered: bytes, or nothing new (304), and the validators for next time."""
    loaded: Loaded | None
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class SourceReport:
    source: SourceSettings
    result: str = "ok"
    """`ok`, `not modified` or `failed`."""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def complete(self) -> bool:
        """Read in full: the source answered and every article in it could be read. `newsletter ingest` exits 1
        and `daily`'s ingest step fails otherwise (the good articles are saved either way)."""
        return self.result != "failed" and not self.errors

    def to_json(self) -> dict:
        return {"name": self.source.label, "source": self.source.where, "result": self.result, "added": self.added,
                "updated": self.updated, "unchanged": self.unchanged, "failed": self.failed, "errors": self.errors,
                "seconds": round(self.seconds, 3)}

    def line(self) -> str:
        if self.result == "not modified":
            return "not modified"
        counts = f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged"
        if self.result == "failed":
            return f"failed: {self.errors[0]}" + (f" ({counts})" if self.added or self.updated else "")
        return counts + (f", {self.failed} failed" if self.failed else "")


def conditional_get(url: str, etag: str | None, last_modified: str | None, timeout: float = TIMEOUT) -> Fetched:
    """GET `url` unless it is unchanged since the validators were given; the whole fetch within `timeout`
    (ingestion's own fetcher: http(s) only, redirects checked, size capped, a watchdog on the deadline)."""
    from newsletter.ingest.fetch import load

    headers = {name: value for name, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified))
               if value}
    loaded = load(url, headers, timeout)
    if loaded.not_modified:
        return Fetched(None, loaded.etag or etag, loaded.last_modified or last_modified)
    return Fetched(loaded, loaded.etag, loaded.last_modified)


def _state(conn: Connection, source: SourceSettings) -> Row | None:
    return conn.execute("SELECT * FROM source_state WHERE source = ?", (source.where,)).fetchone()


def _remember(conn: Connection, report: SourceReport, fetched: Fetched | None) -> None:
    """What the source answered, and its validators when the answer was read in full (else the old ones stay)."""
    keep = report.result == "failed" or fetched is None
    old = _state(conn, report.source)
    etag = (old["etag"] if old else None) if keep else fetched.etag  # type: ignore[union-attr]
    modified = (old["last_modified"] if old else None) if keep else fetched.last_modified  # type: ignore[union-attr]
    conn.execute(
        "INSERT INTO source_state (source, etag, last_modified, fetched_at, result, added, updated, unchanged, failed, "
        "error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET etag = excluded.etag, "
        "last_modified = excluded.last_modified, fetched_at = excluded.fetched_at, result = excluded.result, "
        "added = excluded.added, updated = excluded.updated, unchanged = excluded.unchanged, "
        "failed = excluded.failed, error = excluded.error",
        (report.source.where, etag, modified, clock.stamp(), report.result, report.added, report.updated,
         report.unchanged, report.failed, report.errors[0] if report.errors else None))


def _adopt(article: Article, source: SourceSettings, sections: list[str]) -> Article:
    """The source's publication name, and its section for an article that names none of the newsletter's."""
    if source.name:
        article.publication = source.name
    known = {s.casefold() for s in sections}
    if source.section and (article.section or "").casefold() not in known:
        article.section = source.section
    return article


def _read(ws: Workspace, source: SourceSettings, fetched: Fetched | None) -> tuple[list[Article], list[str]]:
    """The articles of one source (a fetched URL, or every file of a path) and the errors of its bad items."""
    from newsletter.ingest import expand, read_items

    fmt = source.format or None
    if fetched is not None:
        assert fetched.loaded is not None
        found, bad = read_items(source.url, fmt, loaded=fetched.loaded)
        return found, [str(e) for e in bad]
    articles: list[Article] = []
    errors: list[str] = []
    for name in expand([str(ws.root / source.path)]):
        try:
            found, bad = read_items(name, fmt)
        except SourceError as exc:
            found, bad = [], [exc]
        articles += found
        errors += [str(e) for e in bad]
    return articles, errors


def _ingest_one(ws: Workspace, conn: Connection, source: SourceSettings,
                fetched: Fetched | SourceError | None, seconds: float) -> SourceReport:
    from newsletter import pool
    from newsletter.selection import resolve_section

    report = SourceReport(source, seconds=seconds)
    if isinstance(fetched, SourceError):
        report.result, report.errors = "failed", [fetched.reason]
    elif fetched is not None and fetched.loaded is None:
        report.result = "not modified"
    else:
        try:
            articles, report.errors = _read(ws, source, fetched)
        except SourceError as exc:
            articles, report.errors = [], [exc.reason]
        report.failed = len(report.errors)
        if report.errors and not articles:
            report.result = "failed"
        with transaction(conn):
            for article in articles:
                article = _adopt(article, source, ws.config.selection.sections)
                article.section = resolve_section(article.section, ws.config.selection.aliases)
                outcome = pool.save(conn, article)
                name = {"added": "added", "updated": "updated"}.get(outcome, "unchanged")
                setattr(report, name, getattr(report, name) + 1)
    with transaction(conn):
        _remember(conn, report, fetched if isinstance(fetched, Fetched) else None)
    return report


def ingest_sources(ws: Workspace, conn: Connection, timeout: float = TIMEOUT, workers: int = WORKERS,
                   progress: Callable[[SourceReport], None] | None = None) -> list[SourceReport]:
    """Read every configured source into the pool; one report per source, in configuration order."""
    sources = ws.config.sources
    urls = [s for s in sources if s.url]
    # The validators are read here: the pool's threads only talk to the network, never to the database.
    validators = {s.where: _state(conn, s) for s in urls}

    def fetch(source: SourceSettings) -> tuple[Fetched | SourceError, float]:
        start = time.perf_counter()
        old = validators[source.where]
        try:
            result: Fetched | SourceError = conditional_get(source.url, old["etag"] if old else None,
                                                            old["last_modified"] if old else None, timeout)
        except SourceError as exc:
            result = exc
        return result, time.perf_counter() - start

    reports = []
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(urls) or 1))) as executor:
        futures = {s.where: executor.submit(fetch, s) for s in urls}
        for source in sources:
            fetched, seconds = futures[source.where].result() if source.url else (None, 0.0)
            report = _ingest_one(ws, conn, source, fetched, seconds)
            reports.append(report)
            if progress:
                progress(report)
    return reports


@dataclass
class SourceStatus:
    source: SourceSettings
    fetched_at: str | None
    result: str | None
    detail: str

    def to_json(self) -> dict:
        return {"name": self.source.label, "url": self.source.url or None, "path": self.source.path or None,
                "section": self.source.section or None, "format": self.source.format or None,
                "last_fetch": self.fetched_at, "result": self.result, "detail": self.detail}


def list_sources(ws: Workspace, conn: Connection) -> list[SourceStatus]:
    """Every configured source with its last fetch and what it answered."""
    out = []
    for source in ws.config.sources:
        row = _state(conn, source)
        if row is None:
            out.append(SourceStatus(source, None, None, "never read"))
            continue
        detail = row["error"] or ("" if row["result"] == "not modified" else
                                  f"{row['added']} added, {row['updated']} updated, {row['unchanged']} unchanged")
        out.append(SourceStatus(source, row["fetched_at"], row["result"], detail))
    return out
