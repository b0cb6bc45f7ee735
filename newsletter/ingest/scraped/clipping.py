"""Header lines a text clipping may start with: `URL:`, `Section:`, `Date:`/`Published:`, `Author:`, `Image:`.

They come from the editor (or the tool that clipped the page), so they win over what the reader guesses, and
they are not part of the page text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from newsletter.errors import SourceError
from newsletter.ingest.scraped.dates import day_first, parse_date
from newsletter.ingest.scraped.lines import detect_language
from newsletter.urls import safe_image, safe_link

_HEADER = re.compile(r"^\s*(?P<name>url|link|section|date|published|author|image)\s*:\s*(?P<value>.*?)\s*$", re.I)


@dataclass
class Clipping:
    url: str | None = None
    section: str | None = None
    published: datetime | None = None
    author: str | None = None
    image_url: str | None = None


def read_headers(lines: list[str], source: str) -> tuple[Clipping, int]:
    """The clipping's header values and the index of the first line of page text.

    Header lines stand first (blank lines between them are allowed); the first other line ends them.
    A value that is there but unusable is an error naming the line, not a silent guess.
    """
    clip = Clipping()
    dated: tuple[str, str, str] | None = None  # (header, value, where): read once the page's language is known
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        m = _HEADER.match(line)
        if not m or not m["value"] or " | " in m["value"]:
            break  # page text (a compound header line such as `Author: X | Published: Y` is the page's own)
        name, where = m["name"].lower(), f"{source}:{i + 1}"
        if name in ("date", "published"):
            dated = (name, m["value"], where)
        else:
            _set(clip, name, m["value"], where)
        i += 1
    if dated:
        clip.published = _header_date(*dated, lines[i:])
    return clip, i


def _header_date(name: str, value: str, where: str, page: list[str]) -> datetime:
    """`03/04/2027` is 3 April above a French page and March 4 above an American one, as on the page itself."""
    published = parse_date(value, day_first(detect_language("\n".join(page[:2000]))))
    if published is None:
        raise SourceError(where, f"{name.capitalize()} header '{value}' is not a date")
    return published


def _set(clip: Clipping, name: str, value: str, where: str) -> None:
    if name in ("url", "link"):
        clip.url = safe_link(value)
        if clip.url is None or clip.url.startswith("mailto:"):
            raise SourceError(where, f"URL header '{value}' is not an http(s) address")
    elif name == "image":
        clip.image_url = safe_image(value)
        if clip.image_url is None:
            raise SourceError(where, f"Image header '{value}' is not an http(s) address")
    elif name == "section":
        clip.section = value
    else:
        clip.author = value
