"""RSS 0.9x/1.0/2.0 and Atom feeds with feedparser: one article per entry.

feedparser drops a document's entity declarations before parsing, so an entity bomb (billion laughs) or an
external entity is never expanded. Summaries lose the link furniture feeds append (`Read more`, `Continue
reading…`, `The post … appeared first on …`, `[…]`).
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime

from newsletter.article import Article
from newsletter.errors import SourceError
from newsletter.ingest.htmltext import html_paragraphs, html_to_text

# Link furniture at the END of a summary, after a sentence or on its own, in several languages. After `Read
# more` may come the headline (`Continue reading Harbour reopens →`) but no comma: a clause is a sentence.
_MORE = (r"read\ more|read\ the\ (?:full\ )?(?:story|article|post)|continue\ reading|keep\ reading|"
         r"lire\ la\ suite|weiterlesen|mehr\ lesen|leer\ más|seguir\ leyendo|continuar\ leyendo|leggi\ tutto")
_TAIL = re.compile(rf"""
    (?:^|(?<=[.!?…\]»"”’)]))\s*(?:
        the\ post\ .{{1,300}}?\ appeared\ first\ on\ .{{1,200}}?
      | (?:{_MORE})\b[^\n,;]{{0,120}}?
    )\s*[.…:»›→>\]\)]*\s*$
    | \s*\[\s*(?:…|\.\.\.|&hellip;)\s*\]\s*$
    | \s*(?:…|\.\.\.)\s*(?:{_MORE})\s*[.…:»›→>]*\s*$
""", re.I | re.X | re.S)


def strip_furniture(text: str) -> str:
    """`text` without trailing link furniture; a cut marked `[…]` keeps an ellipsis."""
    while True:
        match = _TAIL.search(text)
        if not match:
            return text
        cut = text[: match.start()].rstrip()
        if cut and re.search(r"\[\s*(?:…|\.\.\.|&hellip;)\s*\]|\.\.\.|…", match[0]) and cut[-1] not in ".!?…":
            cut += "…"
        text = cut


def _clean_body(body: list[str]) -> list[str]:
    body = list(body)
    while body:
        last = strip_furniture(body[-1])
        if last:
            body[-1] = last
            return body
        body.pop()
    return body


def _image(entry) -> str | None:
    for media in entry.get("media_content", []) + entry.get("media_thumbnail", []):
        if media.get("url") and media.get("medium", "image") == "image":
            return media["url"]
    for link in entry.get("links", []):
        if link.get("rel") == "enclosure" and str(link.get("type", "")).startswith("image/"):
            return link.get("href")
    return None


def _when(entry) -> datetime | None:
    parsed = entry.get("published_parsed") if "published" in entry else entry.get("updated_parsed")
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC) if parsed else None
    except (OverflowError, ValueError, OSError):
        return None


def _article(entry, source: str) -> Article | None:
    summary_html = entry.get("summary", "")
    content = entry.get("content") or []
    body = _clean_body(html_paragraphs(content[0].get("value", ""))) if content else []
    summary = strip_furniture(html_to_text(summary_html))
    if not body:
        body = _clean_body(html_paragraphs(summary_html))
    title = html_to_text(entry.get("title", "")) or (summary[:80] if summary else "")
    if not title:
        return None
    terms = [t.get("term") for t in entry.get("tags", []) if isinstance(t.get("term"), str) and t.get("term")]
    return Article(
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
    )


def read_feed(data: bytes | str, source: str) -> list[Article | SourceError]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            reason = " ".join(str(parsed.bozo_exception).split())[:160]
            raise SourceError(source, f"not a valid feed ({reason})")
        if not parsed.version:
            raise SourceError(source, "not a feed (no RSS or Atom root element)")
        return []
    found: list[Article | SourceError] = []
    for n, entry in enumerate(parsed.entries, 1):
        try:
            article = _article(entry, source)
        except (TypeError, ValueError, AttributeError) as exc:
            found.append(SourceError(source, f"entry {n}: cannot be read ({exc})"))
            continue
        if article is not None:
            found.append(article)
    return found
