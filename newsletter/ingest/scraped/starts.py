"""The line-start furniture patterns tried part by part: only the parts a line can match.

`furniture.kind_of` asks every distinct line whether one of 31 line-start patterns matches it, in table order; the
patterns are alternations of 335 parts in all, and the regex engine tries every part a line's first character lets
through (firstchar.py), each part's look-arounds scanning the line. A part can match only a line that opens with a
character its guard admits and that holds one of the words every match of it holds (required.py, on the lowered
line). `StartScreen` finds all those words in a line in one search (the words as a trie, asked at every position,
since words overlap), keeps the parts whose word was found and whose guard admits the first character (both as
bitsets over the parts), and matches only those, one by one: the first that matches names the kind, as the
alternation in table order would (its parts come kind by kind). Over the corpus's 72,000 distinct lines that is a
search and about two matches a line instead of some sixty guarded alternatives: 5.9 -> 2.8 s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsletter.ingest.scraped.caseless import caseless_source_of
from newsletter.ingest.scraped.firstchar import _opening_source
from newsletter.ingest.scraped.required import required_words_of

# Each required word cut to its first WORD_CHARS: the trie of 2,100 words, not 5,800, builds in a third of the time
# (0.25 s of CPU less in each process that reads many pages) and searches as fast; a part whose word merely starts so
# is tried in vain now and then (about 0.1 s over the corpus), and the first part that matches decides as before.
WORD_CHARS = 6


class StartScreen:
    """The line-start patterns `kinds` ((kind index, its parts), in table order, the parts compiled with `flags`)."""

    def __init__(self, kinds: Sequence[tuple[int, Sequence[str]]], flags: int,
                 trie: Callable[[list[str]], re.Pattern[str]]) -> None:
        self._kind: list[int] = []  # each part's kind
        self._sources: list[tuple[str, int]] = []  # each part as written
        self._plain: list[tuple[str, int] | None] = []  # its caseless form (caseless.py), for the lowered line
        self._guards: list[str | None] = []  # the characters its matches open with (None: any)
        self._flags = flags
        words: list[tuple[str, ...] | None] = []
        for index, parts in kinds:
            for part in parts:
                self._kind.append(index)
                self._sources.append((part, flags))
                self._plain.append(caseless_source_of(part, flags))
                self._guards.append(_opening_source(part, flags))
                found = required_words_of(part, flags, any_words=True)
                words.append(tuple(dict.fromkeys(word[:WORD_CHARS] for word in found)) if found else found)
        self._words = words
        self._free = sum(1 << n for n, found in enumerate(words) if found is None)  # (parts that require no word)
        every = sorted({word for found in words if found for word in found})
        # (at each position the longest word found there: a word stands for the parts requiring it or a start of it)
        self._search = re.compile(f"(?=({trie(every).pattern}))") if every else None
        self._by_word: dict[str, int] = {}
        self._by_char: dict[str, int] = {}
        self._forms: dict[tuple[int, bool], re.Pattern[str]] = {}
        self._guard_forms: dict[str, re.Pattern[str]] = {}

    def first(self, head: str, low: str | None) -> int | None:
        """The kind of the first part that matches `head` (not empty) at its start, None when none does; `low` is
        `caseless.lowered(head)` (when None, every part the first character admits is matched as written)."""
        if low is None:
            parts = self._admitted(head[0])
        else:
            parts = self._free
            if self._search is not None:
                for word in set(self._search.findall(low)):
                    parts |= self._by_word.get(word) or self._parts_of(word)
            parts &= self._admitted(head[0])
        while parts:
            bit = parts & -parts
            n = bit.bit_length() - 1
            plain = low is not None and self._plain[n] is not None
            if self._form(n, plain).match(low if plain else head):  # type: ignore[arg-type]
                return self._kind[n]
            parts ^= bit
        return None

    def _parts_of(self, word: str) -> int:
        mask = sum(1 << n for n, found in enumerate(self._words) if found and word.startswith(found))
        self._by_word[word] = mask
        return mask

    def _admitted(self, char: str) -> int:
        mask = self._by_char.get(char)
        if mask is None:
            mask = self._by_char[char] = sum(
                1 << n for n, guard in enumerate(self._guards) if guard is None or self._guard(guard).match(char))
        return mask

    def _guard(self, source: str) -> re.Pattern[str]:
        """A guard compiled once: its 284 sources asked through `re.match` overflowed the `re` module's cache of 512
        patterns with the reader's others, and each new first character compiled dozens of them again."""
        guard = self._guard_forms.get(source)
        if guard is None:
            guard = self._guard_forms[source] = re.compile(source, self._flags & (re.I | re.A))
        return guard

    def _form(self, n: int, plain: bool) -> re.Pattern[str]:
        """Part `n` compiled when first asked: caseless for the lowered line, or as written."""
        form = self._forms.get((n, plain))
        if form is None:
            form = self._forms[n, plain] = re.compile(*(self._plain[n] if plain else self._sources[n]))  # type: ignore[misc]
        return form
