"""HTML pages: main-content extraction with trafilatura, metadata from the page's head."""

from __future__ import annotations

from newsletter.article import Article
from newsletter.ingest.plaintext import _BYLINE, parse_date


def read_html(data: bytes | str, source: str, url: str | None = None) -> list[Article]:
    import trafilatura  # heavy: imported only when an HTML page is read

    doc = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    doc = doc.as_dict() if doc is not None else None
    if not doc or not doc.get("title") or not (doc.get("text") or "").strip():
        return []
    body = [p.strip() for p in doc["text"].split("\n") if p.strip()]
    body = [("• " + p[2:]) if p.startswith("- ") else p for p in body]
    # The page's own headline and byline often lead the extracted text.
    while body and (body[0] == doc["title"] or _BYLINE.match(body[0])):
        body.pop(0)
    categories = doc.get("categories") or []
    tags = doc.get("tags") or []
    if isinstance(categories, str):
        categories = [c for c in categories.split(",") if c]
    if isinstance(tags, str):
        tags = [t for t in tags.split(",") if t]
    return [Article(
        title=doc["title"],
        source=source,
        url=doc.get("url") or url,
        section=categories[0] if categories else None,
        author=doc.get("author"),
        published=parse_date(doc.get("date") or ""),
        summary=doc.get("description") or "",
        body=body,
        image_url=doc.get("image"),
        tags=list(tags),
    )]
