"""The line-start patterns' guards (firstchar.py): a guard may let through a character no match opens with, never
turn away one that a match opens with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped.firstchar import opening
from tests.test_ingest_body_kinds import AFTER_BODY_ALL, MID_BODY_ALL

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


@pytest.mark.parametrize(("pattern", "opens", "not_opens"), [
    (r"(?:skip|jump) to (the )?content", "sSjJ", "tT ©"),
    (r"[-–—=*•·\[(<\s]*(advertisement|anzeige)$", "-–[( \taA", "bBäZ1"),
    (r"(?:©|\(c\)\s|copyright\b)", "©(cC", "aA1"),
    (r"\d{1,3}$|@\w+", "0@9", "aA-"),
    (r"(?i:x)y", "xXyYaA", ""),               # a flag of its own inside: any character
    (r"(?=[^.!?]{0,80}$)(?=.*x)", "aA.", ""),  # only look-arounds: any character
    (r"[^\w]*$", "-( \n", "aA1"),            # an empty line matches; a line opening with a letter does not
    (r"stra(ß|ss)e", "sSſ", "tT"),            # (the long s folds to s)
    (r"kelvin", "kK\u212a", "lL"),            # (and the Kelvin sign to k)
    ("\U00010400x|y", "\U00010400yY", ""),   # (a cased letter beyond the BMP: CPython's classes miss it, no guard)
])
def test_a_guard_lets_through_what_opens_a_match(pattern, opens, not_opens):
    compiled = re.compile(pattern, re.I)
    guard = opening(compiled)
    if not not_opens:
        assert guard is None
        return
    assert all(guard.match(c) for c in opens), guard.pattern
    assert not any(guard.match(c) for c in not_opens), guard.pattern


def test_every_line_a_start_pattern_matches_passes_its_guard():
    lines = {line.strip() for page in sorted((CORPUS / "dev").glob("*.txt"))
             for line in page.read_text(encoding="utf-8").splitlines() if line.strip()}
    lines |= {part for box in MID_BODY_ALL + AFTER_BODY_ALL for part in box.split(" // ")}
    matched = 0
    for (_, start), guard in zip(F._STARTS, F.guards(), strict=True):
        for line in lines:
            if start.match(line):
                matched += 1
                assert guard is None or guard.match(line[0]), (start.pattern[:80], line)
    assert matched > 300  # (the check ran on lines the patterns know)


def test_the_guarded_tries_find_the_same_kinds(monkeypatch):
    """Once a process has tried enough lines, only the parts a line can match are tried (starts.py): the same kinds,
    an empty line too."""
    lines = ["", "Advertisement", "Skip to main content", "© 2027 Riverbank Media Ltd", "The council met on Tuesday.",
             "Read more: Residents fear for the site", "12", "—", "Sponsored: compare the best rates today",
             # (lines whose folding lowering does not give: the parts as written, on the line as it is)
             "Werbung – ΑΣ", "ΔΙΑΦΉΜΙΣΗ", "ſponſored content", "ADVERTİSEMENT", "µ-Werbung"]
    unguarded = [F.kind_of.__wrapped__(line) for line in lines]
    monkeypatch.setattr(F.T, "GUARDS_AFTER_LINES", 0)
    assert [F.kind_of.__wrapped__(line) for line in lines] == unguarded
    assert sum(kind is not None for kind in unguarded) >= 5
    parts = sum(len(F.KINDS[index].start_parts) for index, _ in F._STARTS)
    assert F._screen()._admitted("1").bit_count() < parts / 4  # (most patterns open with a word, not a digit)
