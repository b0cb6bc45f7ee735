"""JSON: one article object or a list of them, in the shape `articles show --json` prints.

In a list, each object stands alone: a bad one is reported by its position (`item 3: …`) and the others land.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from newsletter.article import Article, to_utc
from newsletter.errors import SourceError
from newsletter.ingest.keys import hint, unread

_TEXT_FIELDS = ("url", "section", "author", "summary", "image_url", "image_alt", "image_credit")
# What `articles show --json` prints, so its output reads back without a word (`id` and `publication` are the
# pool's own: read past on purpose).
_KNOWN = ("title", "source", "body", "tags", "published", "id", "publication", *_TEXT_FIELDS)
_KINDS = {list: "a list", dict: "an object", bool: "true/false", int: "a number", float: "a number",
          type(None): "null", str: "a string"}


def _kind(value: object) -> str:
    return _KINDS.get(type(value), type(value).__name__)


def _article(obj: object, source: str, where: str, warn: Callable[[str], None]) -> Article:
    if not isinstance(obj, dict):
        raise SourceError(source, f"{where}: expected an object, got {_kind(obj)}")
    for key, near in unread(obj, _KNOWN):
        warn(f"{source}: {where}: unknown key '{key[:40]}' ignored{hint(near)}")
    title = obj.get("title")
    if not isinstance(title, str) or not title.strip():
        raise SourceError(source, f"{where}: 'title' is missing or not a string")
    for name in _TEXT_FIELDS:
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise SourceError(source, f"{where}: '{name}' must be a string, not {_kind(obj[name])}")
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
        if not isinstance(obj["published"], str):
            raise SourceError(source, f"{where}: 'published' must be an ISO 8601 date string, not "
                                      f"{_kind(obj['published'])}")
        try:
            published = datetime.fromisoformat(obj["published"].strip().replace("Z", "+00:00"))
        except ValueError:
            raise SourceError(source, f"{where}: 'published' '{obj['published'][:40]}' is not an ISO 8601 "
                                      f"date") from None
        try:
            to_utc(published)
        except (OverflowError, ValueError):
            raise SourceError(source, f"{where}: 'published' {obj['published'][:40]} is out of range in "
                                      f"UTC") from None
    origin = obj.get("source")
    return Article(title=title, source=origin if isinstance(origin, str) and origin.strip() else source,
                   body=body, tags=tags, published=published, **{name: obj.get(name) for name in _TEXT_FIELDS})


def read_json(text: str, source: str, warn: Callable[[str], None]) -> list[Article | SourceError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise SourceError(source, "JSON nested too deeply to be an article") from None
    if isinstance(data, list):
        found: list[Article | SourceError] = []
        for n, obj in enumerate(data, 1):
            try:
                found.append(_article(obj, source, f"item {n}", warn))
            except SourceError as exc:
                found.append(exc)
        return found
    return [_article(data, source, "article", warn)]
