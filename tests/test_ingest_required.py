"""The words every match of a pattern holds (required.py): a text without them holds no match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsletter.ingest.scraped import caseless, fields, furniture, house, prompts, published
from newsletter.ingest.scraped.required import Screened, required_words, required_words_of
from tests.conftest import REPO


@pytest.mark.parametrize(("pattern", "flags", "words"), [
    (r"\b(?:news|newsletter|e-?mail)\b", re.I, ("e-mail", "email", "news")),  # (`news` holds for `newsletter`)
    (r"(?:every|each) (?:day|week)[^.]{0,60}\bdigest", re.I, ("digest",)),   # the fewest words
    (r"jetzt\s+\w+\s+abonnieren", re.I, ("abonnieren",)),                    # (a tie: the longer word)
    (r"(?=.*\bpodcast)\w+ hören", re.I, ("podcast",)),                      # a look-ahead's words count too
    (r"\bIhnen\b|(?<=\w )(?:Sie|Ihr)\b", 0, ("Ihnen", "Ihr", "Sie")),       # case kept without IGNORECASE
    (r"Ihnen|sie", re.I, ("hnen", "sie")),                                   # (a capital under IGNORECASE: left out)
    (r"\u0131lg\u0131l\u0131 haber", re.I, (" haber",)),                     # a dotless ı matches `i`: not a word
    (r"\b(we|us|our)\b", re.I, None),                                        # too short to screen
    (r"[a-z]+@[a-z]+", re.I, ("@",)),                                        # a rare sign screens alone
    (r"(?:a|b)?c*", re.I, None),                                             # nothing required
])
def test_required_words(pattern, flags, words):
    assert required_words(re.compile(pattern, flags)) == words


def test_words_for_a_screen_that_finds_them_all_in_one_search():
    """For starts.py, the words one search finds (as many as they are): the set whose shortest word is longest."""
    many = "|".join(f"{n:03}word" for n in range(100))
    assert required_words_of(f"(?:{many})", re.I) is None  # (a hundred substring tests: no screen)
    assert len(required_words_of(f"(?:{many})", re.I, any_words=True)) == 100
    funded = r"(?:the|this) [\w ]{0,40}(?:financed|sponsored|underwritten)"
    assert required_words_of(funded, re.I) == ("the ", "this ")  # (the fewest words)
    assert required_words_of(funded, re.I, any_words=True) == ("financed", "sponsored", "underwritten")


def _screened_patterns() -> list[re.Pattern[str]]:
    """The reader's screened patterns (and the caseless ones, screened once they build their plain form)."""
    found = [value.pattern for module in (furniture, house, prompts, fields, published)
             for value in vars(module).values() if isinstance(value, (caseless.Caseless, Screened))]
    return [pattern for pattern in dict.fromkeys(found) if required_words(pattern) is not None]


def test_no_match_without_the_words():
    """Over a slice of the corpus's lines and some made-up ones, every screened pattern of the reader: where the
    screen says no match, the search finds none."""
    lines = ["ſee our newsletter", "İstanbul haberleri — ücretsiz", "Ihr Newsletter: jetzt ABONNIEREN",
             "ΣΥΝΕΧΕΙΑ · read more", "Pay £4 a month, cancel anytime.", "Email us at desk@example.com"]
    for path in sorted(Path(REPO, "tests/fixtures/corpus").glob("*/*.txt"))[::200]:
        lines += [line for line in path.read_text(encoding="utf-8").splitlines()[:60] if line]
    for pattern in _screened_patterns():
        screened = Screened(pattern)
        screened._words = required_words(pattern)  # (screened from the first call)
        for line in lines:
            assert pattern.search(line) is None or not screened.absent(line), (pattern.pattern[:80], line)
