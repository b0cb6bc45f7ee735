"""premailer's CSS parsing kept between processes.

premailer parses every <style> block, and every style text it merges, with cssutils: importing cssutils and its
first parses (which compile dozens of regular expressions) are a third of a cold build. What comes out is plain
data that depends only on the text parsed, the versions of premailer and cssutils and the inlining options:
per style block its rules `(specificity, selector, declarations)` and the CSS that stays in <style>, per style
text its `(property, value)` pairs. It is kept as one JSON file in the user's cache folder and read back by the
next build: a build whose CSS was all seen before never loads cssutils. A file that cannot be read, or holds
anything but that data, is no memo; one that cannot be written is not kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from newsletter.cachedir import cache_folder

FORMAT = 1
"""Bump when what is kept, or the inlining options it depends on (inline.py), change."""

STALE_DAYS = 30
"""A memo file not written for this long belongs to an installation that is gone (or idle): it is removed."""

MAX_ENTRIES = 20_000
"""A theme edited over months leaves texts no build will parse again: past this many, start afresh."""

Rules = list[tuple[tuple[int, ...], str, str]]
Pairs = list[tuple[str, str]]


@dataclass
class CssMemo:
    path: Path | None = None
    sheets: dict[str, tuple[Rules, str | None]] = field(default_factory=dict)
    pairs: dict[str, Pairs] = field(default_factory=dict)
    dirty: bool = False

    @classmethod
    def open(cls, stamp: str) -> CssMemo:
        """The memo for premailer and cssutils as installed (`stamp`: a file per installation)."""
        folder = cache_folder("css")
        if folder is None:
            return cls()
        path = folder / f"premailer-{stamp}-v{FORMAT}.json"
        try:
            with path.open(encoding="utf-8") as f:
                sheets, pairs = _checked(json.load(f))
        except (OSError, ValueError, TypeError, KeyError):  # missing, truncated, foreign: start empty
            sheets, pairs = {}, {}
        return cls(path, sheets, pairs)

    def save(self) -> None:
        if not self.dirty or self.path is None:
            return
        if len(self.sheets) + len(self.pairs) > MAX_ENTRIES:
            self.sheets, self.pairs = {}, {}
        data = {"sheets": dict(self.sheets), "pairs": dict(self.pairs)}  # copies: a preview may build meanwhile
        tmp = None
        try:  # whole or not at all: a concurrent build reads the old file or the new one
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, self.path)
            self.dirty = False
        except OSError:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            return
        # Memos of other installations (an upgrade makes a new one) go once unused for STALE_DAYS: not at once, as
        # two installations sharing the folder (a test venv, a production one) would keep deleting each other's.
        cutoff = time.time() - STALE_DAYS * 86400
        for other in self.path.parent.glob("premailer-*.json"):
            with contextlib.suppress(OSError):
                if other != self.path and other.stat().st_mtime < cutoff:
                    other.unlink()


def _checked(data: object) -> tuple[dict, dict]:
    """The memo's two tables with tuples restored, or a TypeError/ValueError if anything is not what save wrote."""
    if not isinstance(data, dict):
        raise TypeError("not a memo")
    sheets: dict[str, tuple[Rules, str | None]] = {}
    for key, (rules, leftover) in data["sheets"].items():
        if not (isinstance(key, str) and (leftover is None or isinstance(leftover, str))):
            raise TypeError("bad sheet")
        sheets[key] = ([_rule(r) for r in rules], leftover)
    pairs: dict[str, Pairs] = {}
    for text, items in data["pairs"].items():
        pairs[text] = [_pair(item) for item in items]
    return sheets, pairs


def _rule(rule: list) -> tuple[tuple[int, ...], str, str]:
    specificity, selector, bulk = rule
    if not (all(type(n) is int for n in specificity) and isinstance(selector, str) and isinstance(bulk, str)):
        raise TypeError("bad rule")
    return tuple(specificity), selector, bulk


def _pair(item: list) -> tuple[str, str]:
    name, value = item
    if not (isinstance(name, str) and isinstance(value, str)):
        raise TypeError("bad pair")
    return name, value
