"""The HTML pages the tool serves or writes itself (preview shell, archive index, subscriber pages)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from newsletter.printable import printable


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "pages")),
                              autoescape=True, undefined=jinja2.StrictUndefined, finalize=printable)


def lighten(colour: str, amount: float = 0.45) -> str:
    """A hex colour mixed with white: the accent as it reads on a dark background."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    channels = [int(digits[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in channels)


def brand(theme) -> dict:
    """What a page needs of the newsletter's [theme] (validated at config load): its accent, as it reads on a
    light and on a dark background, and its fonts."""
    return {"theme": theme, "accent_dark": lighten(theme.accent_color)}


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)
