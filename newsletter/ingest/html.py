"""HTML pages: main-content extraction with trafilatura, metadata from the page's head.

The publication time comes from htmldate, which reads `article:published_time`, JSON-LD `datePublished` and
`<time datetime>` with their time of day and offset (trafilatura keeps only the date, and a story published at
09:30 must fall in the right daily window). The lead image's alt text and credit come from the page's `<img>`
and `<figcaption>`.
"""

from __future__ import annotations

import re
from datetime import datetime

from newsletter.article import Article, tidy

MIN_PARAGRAPH_WORDS = 6
"""A page whose extracted text has no paragraph this long is navigation, not an article."""
_BYLINE = re.compile(r"^(?:(?:story|words|written|text|reporting|posted)\s+by|by|von|par|por)\s+\S.{0,120}$", re.I)
_CREDIT = re.compile(r"(?:^|[\s(\[|/·-])(?:photo(?:graph)?|image|picture|credit|source|foto|bild|crédit)s?\s*:\s*"
                     r"(?P<who>[^()\[\]|]{2,120}?)[)\]]?\s*$|(?P<copy>©\s*[^()\[\]|]{2,120}?)\s*$", re.I)


def published_time(data: bytes | str) -> datetime | None:
    """The page's publication time with its offset where the page gives one, else its date, else None."""
    from htmldate import find_date

    try:
        found = find_date(data, extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%dT%H:%M:%S%z")
    except (ValueError, TypeError):  # htmldate on a page it cannot parse
        return None
    if not found:
        return None
    try:
        return datetime.strptime(found, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        try:
            return datetime.strptime(found[:19], "%Y-%m-%dT%H:%M:%S")
        except ValueError:
            return None


def _tree(data: bytes | str):
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return None


def image_details(data: bytes | str, image_url: str | None) -> tuple[str | None, str | None]:
    """(alt text, credit) of the page's lead image: the `<img>` showing it, else the first in the article."""
    tree = _tree(data)
    if tree is None:
        return None, None
    meta_alt = next(iter(tree.xpath("//meta[@property='og:image:alt' or @name='twitter:image:alt']/@content")), None)
    images = tree.xpath("//article//img | //main//img") or tree.xpath("//img")
    name = image_url.rsplit("/", 1)[-1].split("?")[0] if image_url else None
    img = next((i for i in images if name and name in (i.get("src") or "")), images[0] if images else None)
    alt = tidy(img.get("alt")) if img is not None else ""
    credit = None
    figure = next(iter(img.iterancestors("figure")), None) if img is not None else None
    if figure is not None:
        credit = _credit(figure)
    return alt or tidy(meta_alt) or None, credit


def _credit(figure) -> str | None:
    marked = figure.xpath(".//*[contains(@class, 'credit') or contains(@class, 'copyright') "
                          "or contains(@class, 'source')]")
    if marked:
        return tidy(marked[0].text_content()).removeprefix("©").strip() or None
    captions = figure.xpath(".//figcaption")
    match = _CREDIT.search(tidy(captions[0].text_content())) if captions else None
    if not match:
        return None
    return (match["who"] or match["copy"].removeprefix("©")).strip() or None


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
    if not any(len(p.split()) >= MIN_PARAGRAPH_WORDS for p in body):  # a menu or a link list, not a story
        return []
    # The page's own headline and byline often lead the extracted text.
    while body and (body[0] == doc["title"] or _BYLINE.match(body[0])):
        body.pop(0)
    categories = doc.get("categories") or []
    tags = doc.get("tags") or []
    if isinstance(categories, str):
        categories = [c for c in categories.split(",") if c]
    if isinstance(tags, str):
        tags = [t for t in tags.split(",") if t]
    image_alt, image_credit = image_details(data, doc.get("image"))
    return [Article(
        title=doc["title"],
        source=source,
        url=doc.get("url") or url,
        section=categories[0] if categories else None,
        author=doc.get("author"),
        published=published_time(data) or _date_only(doc.get("date")),
        summary=doc.get("description") or "",
        body=body,
        image_url=doc.get("image"),
        image_alt=image_alt,
        image_credit=image_credit,
        tags=list(tags),
    )]


def _date_only(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
