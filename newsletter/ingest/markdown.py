"""Markdown with YAML front matter: the format an editor writes by hand.

Every front matter value is checked for its type: a list where a string belongs is an error naming the field
and its line, never a string made of the list (`title: [1, 2]` is not the headline "[1, 2]").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import yaml
from markdown_it import MarkdownIt

from newsletter.article import Article
from newsletter.errors import SourceError
from newsletter.ingest.htmltext import html_paragraphs
from newsletter.ingest.keys import hint, unread

TEXT_FIELDS = ("title", "url", "section", "author", "image", "image_url", "image_alt", "image_credit", "summary")
_FENCE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)(?:^(?:---|\.\.\.)[ \t]*\r?$\n?)", re.S | re.M)
_EMPTY_FENCE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")


MAX_DEPTH = 64
"""Front matter with lists or mappings nested deeper than this (`[[[…` or `{{{…`) is refused before parsing."""


def _flow_depth(text: str) -> int:
    """The deepest nesting of [ and { (quotes ignored: a bracket inside a string only ever overestimates)."""
    depth = deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}" and depth:
            depth -= 1
    return deepest


def split_front_matter(text: str, source: str) -> tuple[dict, str]:
    """(front matter, Markdown body); a front matter that is not a mapping is an error, not ignored."""
    if _EMPTY_FENCE.match(text):
        return {}, text[_EMPTY_FENCE.match(text).end():]
    match = _FENCE.match(text)
    if not match:
        if re.match(r"\A\ufeff?---[ \t]*\r?\n", text):
            raise SourceError(source, "front matter opened with `---` on line 1 is never closed")
        return {}, text
    if _flow_depth(match[1]) > MAX_DEPTH:  # PyYAML would take seconds to recurse its way to the same refusal
        raise SourceError(source, "front matter nested too deeply")
    try:
        meta = yaml.safe_load(match[1])
    except yaml.YAMLError as exc:
        # Where the bad value starts (context_mark) beats where the parser gave up; +2: the opening `---` line.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SourceError(source, f"broken front matter{line}: {problem}") from None
    except RecursionError:
        raise SourceError(source, "front matter nested too deeply") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise SourceError(source, f"front matter must be a mapping of keys to values, not a "
                                  f"{_kind(meta)} (write `title: …` lines)")
    return meta, text[match.end():]


def _kind(value: object) -> str:
    return {list: "list", dict: "mapping", bool: "true/false", int: "number", float: "number"}.get(
        type(value), type(value).__name__)


def _line_of(text: str, key: str) -> str:
    match = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return f" (line {text.count(chr(10), 0, match.start()) + 1})" if match else ""


def _text(meta: dict, key: str, source: str, raw: str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and key in ("title", "section", "author"):
        return str(value)  # `title: 1984` or `section: 2024` are meant as text
    raise SourceError(source, f"front matter '{key}'{_line_of(raw, key)} must be text, not a {_kind(value)}")


def _as_datetime(meta: dict, source: str, raw: str) -> dt.datetime | None:
    key = "published" if "published" in meta else "date"
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        raise SourceError(source, f"front matter '{key}'{_line_of(raw, key)} must be a date, not a {_kind(value)}")
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise SourceError(source, f"front matter '{key}'{_line_of(raw, key)}: '{value[:40]}' is not an "
                                  f"ISO date") from None


def _tags(meta: dict, source: str, raw: str) -> list[str]:
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    if not isinstance(tags, list) or not all(isinstance(t, (str, int, float)) for t in tags):
        raise SourceError(source, f"front matter 'tags'{_line_of(raw, 'tags')} must be a list of words")
    return [str(t) for t in tags]


def read_markdown(text: str, source: str, warn: Callable[[str], None]) -> list[Article]:
    meta, content = split_front_matter(text, source)
    raw = text[: len(text) - len(content)]
    # Front matter often carries other tools' keys (layout, draft, slug): only a near-miss of ours is a typo.
    for key, near in unread(meta, (*TEXT_FIELDS, "published", "date", "tags"), alike=0.8):
        if near:
            warn(f"{source}: front matter '{key[:40]}'{_line_of(raw, key)} ignored{hint(near)}")
    fields = {key: _text(meta, key, source, raw) for key in TEXT_FIELDS}
    title = fields["title"]
    if not title:  # a leading `# Heading` serves as the title
        first, _, rest = content.lstrip().partition("\n")
        if first.startswith("# "):
            title, content = first[2:].strip(), rest
    if not title:
        raise SourceError(source, "no title (set `title:` in the front matter or start with `# Heading`)")
    md = MarkdownIt("commonmark")
    # Links become plain text in the pool, so a `javascript:` one is rendered too (to its words, not its raw
    # Markdown); no href ever leaves this function.
    md.validateLink = lambda url: True
    body = html_paragraphs(md.render(content))
    return [Article(
        title=title,
        source=source,
        url=fields["url"],
        section=fields["section"],
        author=fields["author"],
        published=_as_datetime(meta, source, raw),
        summary=fields["summary"] or "",
        body=body,
        image_url=fields["image"] or fields["image_url"],
        image_alt=fields["image_alt"],
        image_credit=fields["image_credit"],
        tags=_tags(meta, source, raw),
    )]
