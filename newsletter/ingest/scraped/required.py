"""The words a match of a pattern must hold: a substring test that spares most texts a search.

A signal pattern searched in every paragraph (`DIGEST`, `CALL_TO_ACTION`) finds nothing in almost all of them, and
the regex engine pays for that at every position of the text. `required_words(pattern)` reads the pattern's parse
tree for literal words of which every match holds one (`\\b(?:news|email|digest)\\b` holds `news`, `email` or
`digest`), so that a text holding none of them is answered at once, with the same answer. With IGNORECASE the words
are tested on the text lower-cased, where `caseless.lowered` says that lowering folds as the engine does (a text it
returns None for is searched as it is). The test is worth it only when the words are few and not too short:
otherwise `required_words` returns None, and the pattern is searched as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.caseless import lowered, parsed

try:  # (CPython's own parser of patterns: without it, no words, and every text is searched)
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover
    C = P = None

_MAX_SET = 64  # (the texts a run of literals and small alternations can spell, before it counts as unknown)
MIN_CHARS = 3  # a word shorter than this is in most texts, unless it is a rare sign (`@`, `:`, `–`): no screen
# (the dotless i and the long s match `i` and `s` too; a Greek or Cyrillic letter matches only letters that make
# `lowered` answer None)
_FOLDS_PLAIN = frozenset("\u0131\u017f")
_COMMON = re.compile(r"[\w\s.,'’-]")
MAX_WORDS = 64  # (each word is one substring test: more cost as much as the search they would spare)
_ZERO_WIDTH = () if C is None else (C.AT, C.ASSERT, C.ASSERT_NOT)


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words of which every match of `pattern` holds one (lower-cased with IGNORECASE), or None."""
    return required_words_of(pattern.pattern, pattern.flags)


def required_words_of(source: str | bytes, flags: int, any_words: bool = False) -> tuple[str, ...] | None:
    """`required_words` of the pattern `source` compiled with `flags`, without compiling it. With `any_words`, for
    a screen that finds all its words in one search (starts.py): however many the words, the set whose shortest word
    is longest."""
    if P is None or not isinstance(source, str) or flags & (re.A | re.L | re.X):
        return None
    key = _rarest if any_words else _fewest
    try:
        words = _best(_candidates(parsed(source, flags), bool(flags & re.I), key), key)
    except (AttributeError, TypeError, ValueError, IndexError):  # (a parse tree of a shape this module does not know)
        return None
    if words is None or not all(map(_screens, words)) or (not any_words and len(words) > MAX_WORDS):
        return None
    return tuple(sorted(words))


def _screens(word: str) -> bool:
    """A word not in most texts."""
    return len(word) >= MIN_CHARS or _COMMON.search(word) is None


def _char(code: int, folded: bool) -> str | None:
    """A literal's character as it stands in the (lowered) text; None for one whose case folding is not lowering."""
    char = chr(code)
    if folded and (char.lower() != char or char in _FOLDS_PLAIN):
        return None  # (a lower-case literal matches only what lowers to it, in a text `lowered` answers for)
    return char


def _exact_seq(items, folded: bool) -> set[str] | None:
    """Every text the sequence can match (zero-width items match ''), or None when they are many or unknown."""
    out = {""}
    for op, av in items:
        texts = _exact(op, av, folded)
        if texts is None:
            return None
        out = {a + b for a in out for b in texts}
        if len(out) > _MAX_SET:
            return None
    return out


def _exact(op, av, folded: bool) -> set[str] | None:
    if op is C.LITERAL:
        char = _char(av, folded)
        return None if char is None else {char}
    if op in _ZERO_WIDTH:
        return {""}
    if op is C.IN and all(o is C.LITERAL for o, _ in av) and len(av) <= 4:
        chars = {_char(a, folded) for _, a in av}
        return None if None in chars else chars  # type: ignore[return-value]
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            texts = _exact_seq(branch, folded)
            if texts is None:
                return None
            out |= texts
        return out if len(out) <= _MAX_SET else None
    if op is C.SUBPATTERN and not (av[1] or av[2]):
        return _exact_seq(av[3], folded)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        texts = _exact_seq(av[2], folded)
        return None if texts is None else texts | {""}
    return None


def _candidates(items, folded: bool, key: _Key) -> Iterator[frozenset[str]]:
    """Sets of words, each of which a match of the sequence holds one of: every run of items that can spell only a
    few texts (none of them empty), and what each item further in requires."""
    run = {""}
    for op, av in items:
        if op is C.ASSERT and (inner := _best(_candidates(av[1], folded, key), key)) is not None:
            yield inner  # (a positive look-around's text is in the text too; zero-width, it leaves the run as it is)
        texts = _exact(op, av, folded)
        if texts is not None:
            if "" not in texts:
                yield _reduced(texts)
            joined = {a + b for a in run for b in texts}
            if len(joined) <= _MAX_SET:
                run = joined
                continue
            if "" not in run:
                yield _reduced(run)
            run = texts
            continue
        if "" not in run:
            yield _reduced(run)
        run = {""}
        if (inner := _required(op, av, folded, key)) is not None:
            yield inner
    if "" not in run:
        yield _reduced(run)


def _required(op, av, folded: bool, key: _Key) -> frozenset[str] | None:
    if op is C.SUBPATTERN and not (av[1] or av[2]):
        return _best(_candidates(av[3], folded, key), key)
    if op is C.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            best = _best(_candidates(branch, folded, key), key)
            if best is None:
                return None
            words |= best
        return _reduced(words)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
        return _best(_candidates(av[2], folded, key), key)
    return None


def _reduced(words: set[str]) -> frozenset[str]:
    """The words without those holding another of them (`news` holds for `newsletter`)."""
    kept: list[str] = []
    for word in sorted(words, key=len):
        if not any(k in word for k in kept):
            kept.append(word)
    return frozenset(kept)


def _fewest(words: frozenset[str]) -> tuple:
    """The set that screens best with a substring test a word: no short word, then the fewest words, then the
    longest shortest word."""
    return all(map(_screens, words)), -len(words), min(map(len, words))


def _rarest(words: frozenset[str]) -> tuple:
    """... with all words found in one search: no short word, then the longest shortest word, then the fewest."""
    return all(map(_screens, words)), min(map(len, words)), -len(words)


_Key = Callable[[frozenset[str]], tuple]


def _best(candidates: Iterator[frozenset[str]], key: _Key = _fewest) -> frozenset[str] | None:
    return max(candidates, key=key, default=None)


class Screened:
    """A pattern searched only in texts that hold one of its required words (same answers, found sooner). The words
    are read from the parse when the pattern has been asked CASELESS_AFTER_CALLS times: a process reading one page
    does not pay for it."""

    __slots__ = ("_countdown", "_folded", "_words", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._folded = bool(pattern.flags & re.I)
        self._words: tuple[str, ...] | None = None
        self._countdown = T.CASELESS_AFTER_CALLS

    def absent(self, text: str) -> bool:
        """Whether `text` surely holds no match."""
        if self._words is None:
            if self._countdown:
                self._countdown -= 1
                if not self._countdown:
                    self._words = required_words(self.pattern)
            return False
        low = lowered(text) if self._folded else text
        return low is not None and not any(map(low.__contains__, self._words))

    def search(self, text: str) -> re.Match[str] | None:
        return None if self.absent(text) else self.pattern.search(text)

    def findall(self, text: str) -> list:
        return [] if self.absent(text) else self.pattern.findall(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter(()) if self.absent(text) else self.pattern.finditer(text)

    def split(self, text: str, maxsplit: int = 0) -> list:
        return [text] if self.absent(text) else self.pattern.split(text, maxsplit)
