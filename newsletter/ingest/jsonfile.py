"""JSON: one article object or a list of them, in the shape `articles show --json` prints."""

from __future__ import annotations

import json
from datetime import datetime

from newsletter.article import Article
from newsletter.errors import SourceError

_TEXT_FIELDS = ("url", "section", "author", "summary", "image_url", "image_alt", "image_credit")


def _article(obj: object, source: str, where: str) -> Article:
    if not isinstance(obj, dict):
        raise SourceError(source, f"{where}: expected an object, got {type(obj).__name__}")
    title = obj.get("title")
    if not isinstance(title, str) or not title.strip():
        raise SourceError(source, f"{where}: 'title' is missing or empty")
    for name in _TEXT_FIELDS:
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise SourceError(source, f"{where}: '{name}' must be a string")
    body = obj.get("body") or []
    if isinstance(body, str):
        body = [p for p in body.split("\n\n") if p.strip()]
    tags = obj.get("tags") or []
    if not isinstance(body, list) or not all(isinstance(p, str) for p in body):
        raise SourceError(source, f"{where}: 'body' must be a string or a list of strings")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise SourceError(source, f"{where}: 'tags' must be a list of strings")
    published = None
    if obj.get("published"):
        try:
            published = datetime.fromisoformat(str(obj["published"]).replace("Z", "+00:00"))
        except ValueError as exc:
            raise SourceError(source, f"{where}: 'published' is not an ISO 8601 date") from exc
    return Article(title=title, source=obj.get("source") or source, body=body, tags=tags, published=published,
                   **{name: obj.get(name) for name in _TEXT_FIELDS})


def read_json(text: str, source: str) -> list[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    items = data if isinstance(data, list) else [data]
    return [_article(obj, source, f"item {n}" if isinstance(data, list) else "article")
            for n, obj in enumerate(items, 1)]
