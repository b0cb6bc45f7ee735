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
    (r"ilgili haberler|ılgılı", False),        # a dotless ı also matches i and I: the flag stays
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
])
def test_every_caseless_pattern_decides_as_before_on_any_line(text):
    """Capitals, the long s, Turkish i's, a final sigma, a titlecase digraph: the plain pattern on the lowered line
    (or, where the engine folds otherwise, the pattern as written) decides as IGNORECASE does."""
    low = lowered(text)
    for _, start, plain in F._STARTS:
        expected = bool(start.match(text))
        got = bool(plain.match(low)) if plain is not None and low is not None else expected
        assert got == expected, (start.pattern[:60], text)
    assert sum(plain is not None for _, _, plain in F._STARTS) >= len(F._STARTS) * 2 // 3  # (most are caseless)
    signals = [v for module in (F, house) for v in vars(module).values() if isinstance(v, Caseless)]
    assert len(signals) >= 10
    for signal in signals:
        assert signal.found(text) is bool(signal.pattern.search(text)), (signal.pattern.pattern[:60], text)


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
