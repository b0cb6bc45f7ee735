"""The selection rules without a database: what counts as the same story, and for how long a headline is
remembered."""

from __future__ import annotations

import difflib
import random
from datetime import UTC, date, datetime, timedelta

from newsletter.article import Article, normalise_title
from newsletter.config import SelectionSettings
from newsletter.issue import Item
from newsletter.selection import HEADLINE_MEMORY_DAYS, STOPWORDS, Seen, select, similar

DAY = date(2026, 11, 30)


def reference(a: str, b: str) -> float:
    """The likeness as defined (the better of difflib's ratio and the content-word overlap), computed in full."""
    na, nb = normalise_title(a), normalise_title(b)
    if na == nb:
        return 1.0
    wa = {w[:5] for w in na.split() if w not in STOPWORDS}
    wb = {w[:5] for w in nb.split() if w not in STOPWORDS}
    words = len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0
    return max(difflib.SequenceMatcher(None, na, nb).ratio(), words)


def test_the_quick_bounds_never_change_a_decision():
    """`similar` skips difflib's ratio where its bounds decide: on 900 pairs (unrelated headlines, a word
    changed, reordered, empty) at every threshold from 0.50 to 1.00 it answers exactly as the full computation."""
    rng = random.Random(5)
    words = ["storm", "harbour", "ferry", "fares", "rise", "council", "budget", "vote", "school", "bridge", "closes",
             "after", "night", "of", "the", "in", "Brücke", "Sturm", "schließt", "après", "la", "tempête", "cierra",
             "el", "puerto", "2026", "€4m"]

    def headline() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(1, 10)))

    pairs = []
    for _ in range(300):
        a = headline()
        b = a.split()
        b[rng.randrange(len(b))] = rng.choice(words)  # one word changed
        pairs += [(a, headline()), (a, " ".join(b)), (a, " ".join(reversed(a.split())))]
    pairs += [("", "Storm"), ("!!!", "???"), ("orm bri", "storm bridges xyzw")]  # (the last at 0.56 exactly)
    likeness = [(a, b, reference(a, b)) for a, b in pairs]
    for threshold in [round(0.5 + k / 100, 2) for k in range(51)]:  # (rounding bites at 0.55, 0.56, 0.68 …)
        wrong = [(a, b) for a, b, like in likeness if similar(a, b, threshold) != (like >= threshold)]
        assert not wrong, (threshold, wrong[:5])


def _ran(days_ago: int, title: str, url: str) -> tuple[date, Item]:
    return DAY - timedelta(days=days_ago), Item.from_article(Article(title=title, source="s", url=url))


def test_a_like_headline_is_the_same_story_for_a_month_and_a_url_for_ever():
    cutoff = datetime(2026, 11, 30, 6, tzinfo=UTC)

    def candidate(title: str, url: str) -> Article:
        return Article(title=title, source="wire", url=url, section="World", published=cutoff - timedelta(hours=2))

    earlier = [_ran(3, "Storm warning issued for the coast", "https://a.example/1"),
               _ran(HEADLINE_MEMORY_DAYS + 10, "Ferry fares rise again this winter", "https://a.example/2"),
               _ran(400, "Bridge closes for repairs", "https://a.example/3")]
    seen = Seen.of(earlier, DAY)
    refused: list[tuple[str, str]] = []
    picked = select([candidate("Storm warning issued for the coast tonight", "https://b.example/1"),
                     candidate("Ferry fares rise again this winter", "https://b.example/2"),
                     candidate("A headline of its own", "https://a.example/3?utm_source=x")],
                    SelectionSettings(), seen, lambda article, reason, detail: refused.append((article.url, reason)))
    assert [i.url for s in picked for i in s.items] == ["https://b.example/2"]  # news again after a month
    assert refused == [("https://b.example/1", "ran before"), ("https://a.example/3?utm_source=x", "ran before")]
