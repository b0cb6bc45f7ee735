"""RSS 0.9x/1.0/2.0 and Atom feeds with feedparser: one article per entry."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime

from newsletter.article import Article
from newsletter.errors import SourceError
from newsletter.ingest.htmltext import html_paragraphs, html_to_text


def _image(entry) -> str | None:
    for media in entry.get("media_content", []) + entry.get("media_thumbnail", []):
        if media.get("url") and media.get("medium", "image") == "image":
            return media["url"]
    for link in entry.get("links", []):
        if link.get("rel") == "enclosure" and str(link.get("type", "")).startswith("image/"):
            return link.get("href")
    return None


def _when(entry) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC) if parsed else None


def read_feed(data: bytes | str, source: str) -> list[Article]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            raise SourceError(source, f"not a valid feed ({parsed.bozo_exception})")
        if not parsed.version:
            raise SourceError(source, "not a feed (no RSS or Atom root element)")
        return []
    articles = []
    for entry in parsed.entries:
        summary_html = entry.get("summary", "")
        content = entry.get("content") or []
        body = html_paragraphs(content[0].get("value", "")) if content else []
        summary = html_to_text(summary_html)
        if not body:
            body = html_paragraphs(summary_html)
        title = html_to_text(entry.get("title", "")) or (summary[:80] if summary else "")
        if not title:
            continue
        terms = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
        articles.append(Article(
            title=title,
            source=source,
            url=entry.get("link"),
            section=terms[0] if terms else None,
            author=entry.get("author"),
            published=_when(entry),
            summary=summary,
            body=body,
            image_url=_image(entry),
            tags=terms,
        ))
    return articles
