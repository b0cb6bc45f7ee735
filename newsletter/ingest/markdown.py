"""Markdown with YAML front matter: the format an editor writes by hand."""

from __future__ import annotations

import datetime as dt

import frontmatter
import yaml
from markdown_it import MarkdownIt

from newsletter.article import Article
from newsletter.errors import SourceError
from newsletter.ingest.htmltext import html_paragraphs

FIELDS = {"title", "url", "section", "author", "published", "date", "image", "image_url", "image_alt",
          "image_credit", "summary", "tags"}


def _as_datetime(value: object, source: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise SourceError(source, f"front matter 'published': '{value}' is not an ISO date") from exc


def read_markdown(text: str, source: str) -> list[Article]:
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        # Where the bad value starts (context_mark) beats where the parser gave up. The YAML text handed to
        # the parser starts with the newline after the opening `---`, so its 0-based line is the file's line.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SourceError(source, f"broken front matter{line}: {problem}") from exc
    meta = post.metadata
    if not isinstance(meta, dict):
        raise SourceError(source, "front matter must be a mapping of keys to values")
    content = post.content
    title = meta.get("title")
    if not title:  # a leading `# Heading` serves as the title
        first, _, rest = content.lstrip().partition("\n")
        if first.startswith("# "):
            title, content = first[2:].strip(), rest
    if not title:
        raise SourceError(source, "no title (set `title:` in the front matter or start with `# Heading`)")
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    if not isinstance(tags, list):
        raise SourceError(source, "front matter 'tags' must be a list")
    body = html_paragraphs(MarkdownIt("commonmark").render(content))
    return [Article(
        title=str(title),
        source=source,
        url=meta.get("url"),
        section=meta.get("section"),
        author=meta.get("author"),
        published=_as_datetime(meta.get("published", meta.get("date")), source),
        summary=str(meta.get("summary") or ""),
        body=body,
        image_url=meta.get("image") or meta.get("image_url"),
        image_alt=meta.get("image_alt"),
        image_credit=meta.get("image_credit"),
        tags=[str(t) for t in tags],
    )]
