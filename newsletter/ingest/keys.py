"""What a reader says about a key it does not read: a typo (`image` for `image_url`) must not vanish silently."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches


def unread(keys: Iterable[object], known: Iterable[str], alike: float = 0.6) -> list[tuple[str, str | None]]:
    """Each key not in `known`, with the known name it looks most like, if at least `alike` alike (difflib's ratio:
    0.6 takes `image` for `image_url`, 0.8 only a slip of a letter or two, not `draft` for `date`)."""
    known = list(known)
    return [(str(key), next(iter(get_close_matches(str(key), known, n=1, cutoff=alike)), None))
            for key in keys if key not in known]


def hint(near: str | None) -> str:
    return f" (did you mean '{near}'?)" if near else ""
