"""Case-insensitive patterns matched as plain ones on the lower-cased line: the same decisions at about half the cost.

The line-start furniture patterns and the reader's signals (house.py, prompts.py) are long alternations of words
matched with IGNORECASE, which makes the regex engine fold every character it compares. A pattern whose source
holds no capital decides the same, compiled without the flag, on the line lower-cased, except where the engine's
folding is wider than `str.lower`: a dotless `ı` or a long `ſ` match `i` and `s`, a final `ς` matches `σ`, `İ`
lowers to two characters, and a few Greek and Cyrillic symbols fold to letters. A line holding one of those
(`lowered` returns None) is matched the old way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsletter.ingest.scraped import thresholds as T

try:  # (CPython's own parser of patterns: without it, no pattern is made caseless)
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover
    C = P = None

# Every character whose folding `str.lower` does not give exactly (the engine's extra equivalences, which are Greek,
# Cyrillic and these Latin ones, and the letters that lower to them): lines with one take the folding engine.
_UNSAFE = re.compile("[\u00b5\u0130\u0131\u017f\u0345\u0370-\u03ff\u0400-\u052f\u1c80-\u1c8f\u1e60\u1e61\u1e9b"
                     "\u1f00-\u1fff\u2126\ua640-\ua69f\ufb00-\ufb06]")
_FOLDED = frozenset("\u0131\u017f")  # (a pattern naming these by an escape keeps its flag)
TO_PLAIN = str.maketrans("\u0131\u017f", "is")


def lowered(text: str) -> str | None:
    """The text lower-cased, or None when its folding differs from the engine's."""
    global _last
    last = _last
    if last[0] is text:  # (the signal counters ask it of the same text for pattern after pattern)
        return last[1]
    # (most lines are ASCII: a cheaper test than the search)
    low = None if not text.isascii() and _UNSAFE.search(text) else text.lower()
    _last = (text, low)
    return low


_last: tuple[str, str | None] = ("", "")


@lru_cache(maxsize=2048)
def parsed(source: str | bytes, flags: int) -> object:  # (CPython's private SubPattern)
    """The parse of a pattern's source: caseless.py, firstchar.py and required.py each read the same patterns'."""
    return P.parse(source, flags)


def caseless(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without IGNORECASE, to match on `lowered` text; None when it would decide differently."""
    found = caseless_source(pattern)
    return None if found is None else re.compile(*found)


def caseless_source(pattern: re.Pattern[str]) -> tuple[str, int] | None:
    """`caseless`'s source and flags, read from the parse (nothing is compiled)."""
    return caseless_source_of(pattern.pattern, pattern.flags)


def caseless_source_of(source: str, flags: int) -> tuple[str, int] | None:
    """`caseless_source` of the pattern `source` compiled with `flags`, without compiling it."""
    if P is None or not flags & re.I or flags & (re.A | re.L):
        return None
    # A dotless `ı` or a long `ſ` written in the pattern matches `i` and `s` too: a line holding either of them takes
    # the folding engine (`lowered`), so on the lowered lines the plain pattern sees, they are `i` and `s`.
    source = source.translate(TO_PLAIN) if isinstance(source, str) else source
    try:
        if not _all_lower(parsed(source, flags)):
            return None
    except (AttributeError, TypeError, ValueError):  # (a parse tree of a shape this module does not know)
        return None
    return source, flags & ~re.I


class Caseless:
    """A case-insensitive pattern asked only whether it is in a text: searched plain on the lowered text where that
    decides the same. It answers yes or no, never a match, whose groups would hold the lowered text. The plain form
    costs a second compile, so it is built once the pattern has been asked CASELESS_AFTER_CALLS times: a process
    reading one page does not pay for it."""

    __slots__ = ("_countdown", "_plain", "_words", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._plain: re.Pattern[str] | None = None
        self._words: tuple[str, ...] = ("",)  # (the words one of which a match holds, required.py: "" is in any)
        self._countdown = T.CASELESS_AFTER_CALLS

    def found(self, text: str) -> bool:
        if self._plain is not None and (low := lowered(text)) is not None:
            return any(map(low.__contains__, self._words)) and self._plain.search(low) is not None
        if self._countdown:
            self._countdown -= 1
            if not self._countdown:
                from newsletter.ingest.scraped.required import required_words  # (it builds on this module)

                self._plain = caseless(self.pattern)
                self._words = required_words(self.pattern) or ("",)
        return self.pattern.search(text) is not None


def _lower(code: int) -> bool:
    char = chr(code)
    return char.lower() == char and char not in _FOLDED


def _all_lower(items) -> bool:
    """Every character the pattern names is lower case, and no group sets flags of its own."""
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            ok = _lower(av)
        elif op is C.RANGE:
            ok = all(_lower(code) for code in range(av[0], av[1] + 1))
        elif op is C.IN:
            ok = _all_lower(av)
        elif op is C.BRANCH:
            ok = all(_all_lower(branch) for branch in av[1])
        elif op is C.SUBPATTERN:
            ok = not (av[1] or av[2]) and _all_lower(av[3])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
            ok = _all_lower(av[2])
        elif op in (C.ASSERT, C.ASSERT_NOT):
            ok = _all_lower(av[1])
        elif op is getattr(C, "ATOMIC_GROUP", None):
            ok = _all_lower(av)
        elif op is C.GROUPREF_EXISTS:
            ok = _all_lower(av[1]) and (av[2] is None or _all_lower(av[2]))
        else:  # (anchors, categories, `.`, back-references, NEGATE: no character of their own)
            ok = True
        if not ok:
            return False
    return True
