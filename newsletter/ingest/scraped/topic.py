"""Whether the headline speaks of the story.

The header rules find the headline by its shape and place. On a whole-page copy a line of the page's furniture can
take that place (a log-in row, a subscription offer, a player's title, a gallery counter, a channel's name): it
shares no word with the story, which a headline almost always does (846 of the corpus's 848 headlines share a
content word with their story's first paragraphs, in every language). Such a line gives way to the line above
the body that speaks most of the story.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.labels import MENU, NEAR, PROSE, SHORT, Label
from newsletter.ingest.scraped.lines import LIST_ITEM, Line, page_language, stoplist
from newsletter.ingest.scraped.sections import breadcrumb

_WORD = re.compile(r"[^\W\d_]{4,}")


def on_topic(lines: list[Line], labels: list[Label], headline: int, start: int, end: int) -> int:
    """`headline`, or the headline-shaped line above the body sharing most of its words with the story when
    `headline` shares none (and the story is long enough to tell); a page's title line confirms a headline whatever
    its words."""
    stops = stoplist(page_language(lines))
    story = set().union(*(_words(lines[i].text, stops) for i in _opening(labels, start, end)))
    if len(story) < T.TOPIC_MIN_STORY_WORDS or _words(lines[headline].text, stops) & story \
            or _in_title_line(lines, headline, start):
        return headline
    best, best_score = headline, (0, 0.0)
    for i in range(max(0, start - T.HEADLINE_WINDOW), start):
        if i == headline or not _headline_shaped(lines[i], labels[i]) \
                or (i < headline and lines[i].words <= lines[headline].words):
            continue  # (above it, only a longer line: a kicker over a quote or a question is no headline)
        words = _words(lines[i].text, stops)
        shared = len(words & story)
        # (the most words shared: a kicker over the headline, `Eastbrook rail line`, shares all of its few)
        if shared >= T.TOPIC_MIN_SHARED and shared / len(words) >= T.TOPIC_MIN_SHARE \
                and (shared, shared / len(words)) > best_score:
            best, best_score = i, (shared, shared / len(words))
    return best


def _in_title_line(lines: list[Line], headline: int, start: int) -> bool:
    """The page repeats the line with a separator beside it (`Kicker: Headline - Site`, `Headline | Site`): a title
    line says what the page's headline is, whatever words it uses (`Der See, der nicht voll werden will`)."""
    text = lines[headline].text
    return any(j != headline and text in lines[j].text and _SEPARATOR.search(lines[j].text.replace(text, "", 1))
               for j in range(start))


_SEPARATOR = re.compile(r"\s[|:·•–—-]\s|:\s|\s[|–—-]$")


def _opening(labels: list[Label], start: int, end: int) -> list[int]:
    """The story's first paragraphs (its prose lines)."""
    return [i for i in range(start, end) if labels[i].cls == PROSE][:T.TOPIC_PARAGRAPHS]


def _headline_shaped(line: Line, label: Label) -> bool:
    """A headline's shape: a few words and no full stop (a standfirst, which speaks of the story too, is longer or
    a sentence); Title Case allowed (`Acme: Margins Are Back (Upgrade)` is shaped like a one-line menu)."""
    return label.cls in (SHORT, NEAR, PROSE, MENU) and T.HEADLINE_MIN_WORDS <= line.words < T.STANDFIRST_MIN_WORDS \
        and not line.full_stop \
        and not line.part and not F.is_ui(line.text) and not LIST_ITEM.match(line.text) \
        and not breadcrumb(line.text)


def _words(text: str, stops: frozenset[str]) -> set[str]:
    """Content words, accents and case aside, cut to their first four letters (`menders` ~ `mending`)."""
    return {_plain(word)[:4] for word in _WORD.findall(text.casefold()) if word not in stops}


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
