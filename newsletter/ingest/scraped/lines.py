"""Lines of a pasted page and the features that hold across sites and languages.

A page becomes a list of `Line`s: CRLF and hard wrapping undone, compound header lines (`X | Y · Z`) split,
and each line measured: words, share of stopwords in the page's language (jusText's stoplists), sentence
punctuation, capitalisation. Every function here is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from newsletter.article import tidy
from newsletter.ingest.scraped import thresholds as T

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»“)\]]*$")
_FULL_STOP = re.compile(r"[.!…][\"'”’»“)\]]*$")
_COMPOUND = re.compile(r"\s+[|•·]\s+")
_LIST_ITEM = re.compile(r"^([-•*–]|\d+[.)])\s")


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext  # heavy-ish: the 100 stoplists are read once, when the first page is read

    return {name: justext.get_stoplist(name) for name in justext.get_stoplists()}


def detect_language(text: str) -> str:
    """The jusText stoplist that covers most words of the text (English when nothing matches)."""
    counts = Counter(w.lower() for w in _WORD.findall(text[:T.LANGUAGE_SAMPLE_CHARS]))
    best, best_hits = "English", 0
    for name, stops in _stoplists().items():
        hits = sum(n for w, n in counts.items() if w in stops)
        if hits > best_hits:
            best, best_hits = name, hits
    return best


def stoplist(language: str) -> frozenset[str]:
    return _stoplists().get(language, frozenset())


@dataclass
class Line:
    text: str
    words: int
    stop_share: float     # share of words in the page language's stoplist
    capitalised: float    # share of words starting with a capital letter
    sentence: bool        # ends like a sentence (. ! ? … : ;)
    full_stop: bool       # ends with . ! or … (a headline does not)
    blank_before: bool    # a blank line stood above it in the paste
    part: bool = False    # one part of a split compound line

    @property
    def prose(self) -> bool:
        """A sentence-shaped line of running text (jusText's good block)."""
        if self.words >= T.LONG_PROSE_WORDS and self.stop_share >= T.GOOD_MIN_STOPWORDS:
            return True
        return self.words >= T.GOOD_MIN_WORDS and self.sentence and self.stop_share >= T.GOOD_MIN_STOPWORDS

    @property
    def near_prose(self) -> bool:
        """A short sentence: `He declined to comment.`"""
        return self.words >= T.NEAR_GOOD_MIN_WORDS and self.full_stop and self.stop_share > 0

    @property
    def label(self) -> bool:
        return 1 <= self.words <= T.LABEL_MAX_WORDS and not self.sentence

    @property
    def menu(self) -> bool:
        """A one-line navigation menu: many capitalised words, hardly any stopwords, no sentence."""
        return self.words >= T.MENU_MIN_WORDS and not self.sentence and self.stop_share <= T.MENU_MAX_STOPWORDS \
            and self.capitalised >= T.MENU_MIN_CAPITALISED

    @property
    def headline(self) -> bool:
        return T.HEADLINE_MIN_WORDS <= self.words <= T.HEADLINE_MAX_WORDS and not self.full_stop and not self.menu


def measure(text: str, stops: frozenset[str], blank_before: bool = False, part: bool = False) -> Line:
    tokens = _WORD.findall(text)
    n = len(tokens)
    stop = sum(1 for t in tokens if t.lower() in stops)
    caps = sum(1 for t in tokens if t[0].isupper() or t[0].isdigit())
    return Line(text=text, words=len(text.split()), stop_share=stop / n if n else 0.0,
                capitalised=caps / n if n else 0.0, sentence=bool(SENTENCE_END.search(text)),
                full_stop=bool(_FULL_STOP.search(text)), blank_before=blank_before, part=part)


def raw_lines(text: str) -> list[str]:
    """Tidy lines, CRLF or CR or LF, with '' for blank lines; hard-wrapped paragraphs joined."""
    return unwrap([tidy(line) for line in text.splitlines()])


def unwrap(raw: list[str]) -> list[str]:
    """Join paragraphs hard-wrapped at a fixed width (~72 columns).

    Only when the page looks wrapped: no line longer than WRAP_MAX_WIDTH and many lines filling the width.
    A line then continues the one above when the first word of it would not have fitted on that line:
    that is exactly where a greedy wrapper breaks.
    """
    filled = [line for line in raw if line]
    if not filled:
        return raw
    width = max(map(len, filled))
    if width > T.WRAP_MAX_WIDTH:
        return raw
    full = [line for line in filled if len(line) >= width * T.WRAP_FILL]
    if len(full) < max(3, len(filled) * T.WRAP_SHARE):
        return raw
    out: list[list[str]] = []  # paragraphs as their wrapped segments (joining strings would be quadratic)
    for line in raw:
        prev = out[-1][-1] if out else ""
        first = line.split(" ", 1)[0] if line else ""
        if prev and line and len(prev) >= width * T.WRAP_FILL and len(prev) + 1 + len(first) > width - 2 \
                and not _LIST_ITEM.match(line):
            out[-1].append(line)
        else:
            out.append([line])
    return [" ".join(segments) for segments in out]


def split_compound(line: str) -> list[str]:
    """`Author: X | Published: Y` -> its parts, when every part is furniture-sized."""
    if not _COMPOUND.search(line[:T.MATCH_CHARS]):
        return [line]
    parts = [p.strip() for p in _COMPOUND.split(line) if p.strip()]
    if any(len(p.split()) > T.COMPOUND_PART_MAX_WORDS for p in parts):
        return [line]
    if len(parts) == 2 and len(parts[0].split()) >= 5 and len(parts[1].split()) <= 4:
        return [line]  # `Headline | Site`: the title reader strips the site name
    return parts


def words(text: str) -> list[str]:
    return _WORD.findall(text)
