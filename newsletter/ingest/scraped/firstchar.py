"""Which characters can open a match of a pattern: a guard that skips a line-start pattern at once.

The furniture table tries 28 line-start patterns on every line, each a long alternation of words; most lines open
with a letter that none of the words of most patterns open with. `opening(pattern)` reads the pattern's parse
tree and returns a one-character pattern that matches every character a match can open with (a superset: what
the tree does not tell for sure, it lets through), compiled with the same flags, so that case-folding is the regex
engine's own. `None` when any character may open a match (a pattern that can match nothing, `.`, a back-reference,
a change of flags inside). A match of an empty text is not covered: ask the guard only of a text's first character.
"""

from __future__ import annotations

import re

from newsletter.ingest.scraped.caseless import parsed

try:  # (CPython's own parser of patterns: without it, no guards, and every pattern is tried)
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover
    C = P = None

_CATEGORIES = {} if C is None else {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = () if C is None else (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = () if C is None else (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
# Case-insensitive classes holding a cased letter beyond the Basic Multilingual Plane do not match it on CPython
# 3.11 (`re.compile('\U00010400|y', re.I)` misses `\U00010400`): such a character makes the pattern unguarded.
_BMP_END = 0xFFFF


class _Any(Exception):
    """Any character may open a match."""


def opening(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern for one character that matches every character a match of `pattern` can open with."""
    source = _opening_source(pattern.pattern, pattern.flags)
    return None if source is None else re.compile(source, pattern.flags & (re.I | re.A))


def _opening_source(source: str, flags: int) -> str | None:
    """`opening`'s pattern as source, read from the parse of `source` (nothing is compiled)."""
    if P is None:
        return None
    try:
        classes, nullable = _sequence(parsed(source, flags))
    except (_Any, AttributeError):  # (AttributeError: a parse tree of a shape this module does not know)
        return None
    if nullable or not classes:
        return None
    return "|".join(dict.fromkeys(classes))


def _sequence(items) -> tuple[list[str], bool]:
    """The opening classes of a sequence, and whether all of it can match nothing."""
    classes: list[str] = []
    for op, av in items:
        opened, nullable = _item(op, av)
        classes += opened
        if not nullable:
            return classes, False
    return classes, True


def _char(code: int) -> str:
    if code > _BMP_END:
        raise _Any
    return re.escape(chr(code))


def _item(op, av) -> tuple[list[str], bool]:
    if op is C.LITERAL:
        return [_char(av)], False
    if op is C.NOT_LITERAL:
        return [f"[^{_char(av)}]"], False
    if op is C.IN:
        return [_charset(av)], False
    if op is C.AT and av in (C.AT_END, C.AT_END_STRING):
        return [r"\n"], False  # the end: only an empty line (or a final newline) is left to open a match there
    if op in _ZERO_WIDTH:
        return [], True  # (a look-around or an anchor opens nothing; skipping it lets more through, never less)
    if op is C.BRANCH:
        classes, nullable = [], False
        for branch in av[1]:
            opened, empty = _sequence(branch)
            classes += opened
            nullable = nullable or empty
        return classes, nullable
    if op is C.SUBPATTERN and not (av[1] or av[2]):  # a group without flags of its own
        return _sequence(av[3])
    if op in _REPEATS:
        low, _, item = av
        opened, nullable = _sequence(item)
        return opened, nullable or low == 0
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(av)
    raise _Any


def _charset(items) -> str:
    parts, negate = [], False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            parts.append(_char(av))
        elif op is C.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Any
    return f"[{'^' if negate else ''}{''.join(parts)}]"
