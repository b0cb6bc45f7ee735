"""newsletter/ingest/markdown.py: front matter nested too deeply is refused at once, before PyYAML recurses."""

from __future__ import annotations

import time

import pytest

from newsletter.errors import SourceError
from newsletter.ingest.markdown import MAX_DEPTH, split_front_matter


def front(value: str) -> str:
    return f"---\ntitle: Tram\ntags: {value}\n---\nBody text.\n"


def test_nesting_up_to_the_limit_parses():
    meta, body = split_front_matter(front("[" * MAX_DEPTH + "a" + "]" * MAX_DEPTH), "a.md")
    inner = meta["tags"]
    for _ in range(MAX_DEPTH - 1):
        [inner] = inner
    assert inner == ["a"] and body == "Body text.\n"


@pytest.mark.parametrize("opening", ["[", "{a: ", "[{b: "])
def test_deeper_nesting_is_refused_at_once(opening):
    started = time.monotonic()
    with pytest.raises(SourceError) as info:
        split_front_matter(front(opening * 20_000), "deep.md")
    assert str(info.value) == "deep.md: front matter nested too deeply"
    assert time.monotonic() - started < 1


def test_brackets_inside_strings_and_closed_lists_do_not_add_up():
    meta, _ = split_front_matter(front("'" + "[]" * 500 + "'"), "a.md")
    assert meta["tags"] == "[]" * 500
