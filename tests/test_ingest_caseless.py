"""Case-insensitive patterns matched as plain ones on lower-cased lines (caseless.py): the same decision on any line."""

from __future__ import annotations

import re

import pytest

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import house
from newsletter.ingest.scraped.caseless import _UNSAFE, Caseless, caseless, lowered

try:
    import _sre
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover (another Python's regex engine)
    _sre = None

_CATEGORIES = [re.compile(c) for c in (r"\w", r"\d", r"\s")]


@pytest.mark.parametrize(("pattern", "plain"), [
    (r"stra(ß|ss)e", True),
    (r"(skip|jump) to (the )?content", True),
    (r"\bwerbung\b\W*\S?$", True),             # (escapes with capitals are no capitals)
    (r"(?P<Who>\w+) said", True),              # (nor are group names)
    (r"Skip to content", False),               # a capital
    (r"[A-Z]{2,} \d+", False),                 # a range of capitals
    (r"ilgili haberler|ılgılı", True),         # a dotless ı also matches i and I: plain `i` on the lowered line
    (r"ilgili haberler|\u0131lg\u0131l\u0131", False),  # (named by an escape: the flag stays)
    (r"(?-i:x)y", False),                      # a group with flags of its own
])
def test_which_patterns_are_made_caseless(pattern, plain):
    assert (caseless(re.compile(pattern, re.I)) is not None) is plain
    assert caseless(re.compile(pattern)) is None  # (a case-sensitive pattern stays so)


@pytest.mark.parametrize("text", [
    "Skip to main content", "SKIP TO CONTENT", "Straße gesperrt", "STRASSE", "ſtraſſe", "İSTANBUL haberleri",
    "Iğdır'da ılgılı", "ΣΧΌΛΙΑ", "Werbung – ΑΣ", "Ǆemal SAID", "µ-Bereich", "ANZEIGE",
    "SUBSCRIBE to OUR Newsletter", "ſubſcribe to our newſletter", "Follow us on WHATSAPP", "PHOTO: İlker Kaya",
    "Suivez-nous sur Facebook", "Abonnez-vous à NOTRE lettre", "Every Friday in your inbox: THE WEEK'S NEWS",
    "AYRICA OKUYUN", "Ayrica bakiniz", "CANLI ▶", "canli ▶ 2:14", "BAGIMLILIK yapar",
])
def test_every_caseless_pattern_decides_as_before_on_any_line(text):
    """Capitals, the long s, Turkish i's, a final sigma, a titlecase digraph: the plain pattern on the lowered line
    (or, where the engine folds otherwise, the pattern as written) decides as IGNORECASE does."""
    low = lowered(text)
    starts = [(start, plain) for (_, start), plain in zip(F._STARTS, F.plains(), strict=True)]
    signals = [v.pattern for module in (F, house) for v in vars(module).values() if isinstance(v, Caseless)]
    assert sum(plain is not None for _, plain in starts) >= len(starts) * 2 // 3  # (most are caseless)
    assert len(signals) >= 10
    for pattern, plain in [*starts, *((signal, caseless(signal)) for signal in signals)]:
        expected = bool(pattern.search(text))
        got = bool(plain.search(low)) if plain is not None and low is not None else expected
        assert got == expected, (pattern.pattern[:60], text)


def test_a_signal_is_searched_plain_once_asked_often_and_answers_the_same(monkeypatch):
    """A process reading one page never builds the plain forms (a second compile of each pattern); one reading many
    builds each once it has been asked CASELESS_AFTER_CALLS times, and the answers stay the same."""
    monkeypatch.setattr(F.T, "CASELESS_AFTER_CALLS", 3)
    signal = Caseless(re.compile(r"\b(subscribe|abonnez-vous)\b", re.I))
    texts = ["SUBSCRIBE now", "The council met.", "Abonnez-vous", "ſubſcribe", "Subscribe today", "no"]
    answers = []
    for text in texts:
        answers.append(signal.found(text))
        assert (signal._plain is not None) is (len(answers) >= 3)
    assert answers == [True, False, True, True, True, False]


@pytest.mark.skipif(_sre is None, reason="needs CPython's regex engine to compare with")
def test_a_line_without_an_unsafe_character_lowers_as_the_engine_folds():
    """Outside `_UNSAFE`, `str.lower` gives one character, the engine's own lower case, and one that the engine
    folds with no other (but `i` and `s`, whose other forms `ı` and `ſ` are unsafe)."""
    for code in range(0x20000):
        char = chr(code)
        if _UNSAFE.search(char):
            continue
        low = char.lower()
        assert len(low) == 1 and _sre.unicode_tolower(code) == ord(low), hex(code)
        assert ord(low) not in _EXTRA_CASES or low in "is", hex(code)
        # (the engine tests `\w`, `\d`, `\s`, `\b` and uncased literals and classes on the character as written)
        assert low == char or _sre.unicode_iscased(ord(low)), hex(code)
        assert all(bool(c.match(char)) is bool(c.match(low)) for c in _CATEGORIES), hex(code)
