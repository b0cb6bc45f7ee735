"""The HTML pages the tool serves or writes itself (preview shell, archive index, subscriber pages)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "pages")),
                              autoescape=True, undefined=jinja2.StrictUndefined)


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)
