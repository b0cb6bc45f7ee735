"""A line's class, as `classify` gives it and the field readers use it."""

from __future__ import annotations

from dataclasses import dataclass

PROSE, NEAR, SHORT, MENU, FURNITURE, META, STOP = "prose", "near", "short", "menu", "furniture", "meta", "stop"
"""prose, near (a short sentence), short (headline, subheading, label), menu, furniture, meta (byline, dateline,
credit, caption) or stop (after the body began, the article is over)."""
TEXT_CLASSES = (PROSE, NEAR, SHORT)
LIST_ITEM_KIND = "list item"  # (a short line's kind: an item of the story's list under its lead-in)


@dataclass
class Label:
    cls: str
    kind: str = ""  # the furniture kind, or for meta: byline, dateline, date, credit, caption


def neighbour(labels: list[Label], i: int, step: int) -> str | None:
    """The class of the nearest line above (step -1) or below (+1) that is not furniture."""
    i += step
    while 0 <= i < len(labels) and labels[i].cls == FURNITURE:
        i += step
    return labels[i].cls if 0 <= i < len(labels) else None
