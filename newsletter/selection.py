"""The selection rules: which pool articles go into a new issue, and in what order.

window -> not run before -> near-duplicates collapsed -> per-section and total caps (newest first) ->
sections in the configured order -> a lead.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from newsletter.article import Article, canonical_url, normalise_title
from newsletter.config import SelectionSettings
from newsletter.issue import MORE_SECTION, Item, Section

STOPWORDS = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "as", "at", "by", "is", "after", "with",
              "from", "its", "it", "be", "says", "say", "said"}


def window(day: date, rules: SelectionSettings, zone) -> tuple[datetime, datetime]:
    """[start, cut-off) in the workspace's time zone."""
    hour, minute = map(int, rules.cutoff.split(":"))
    cutoff = datetime.combine(day, time(hour, minute), tzinfo=zone)
    return cutoff - timedelta(hours=rules.window_hours), cutoff


def similar(a: str, b: str, threshold: float) -> bool:
    """Whether two headlines are this alike (0-1): the better of character and content-word overlap reaches
    `threshold`. difflib's ratio runs only where its cheap upper bounds (the lengths, then the letters in common)
    leave it open: a year of earlier issues holds thousands of headlines, each compared with every candidate (200
    candidates against 4,380 headlines took 85 s of CPU)."""
    (na, wa, ca), (nb, wb, cb) = _compared(a), _compared(b)
    if na == nb:
        return True
    if wa and wb and len(wa & wb) / min(len(wa), len(wb)) >= threshold:
        return True
    total = len(na) + len(nb)  # (the bounds computed as difflib computes its ratio, so rounding agrees)
    if not total or 2.0 * min(len(na), len(nb)) / total < threshold \
            or 2.0 * sum((ca & cb).values()) / total < threshold:
        return False
    return difflib.SequenceMatcher(None, na, nb).ratio() >= threshold


@lru_cache(maxsize=16384)
def _compared(title: str) -> tuple[str, frozenset[str], Counter[str]]:
    """A headline as compared: normalised, its content words crudely stemmed by their first five letters (closes ~
    closed), and its letters counted."""
    normal = normalise_title(title)
    return normal, frozenset(w[:5] for w in normal.split() if w not in STOPWORDS), Counter(normal)


HEADLINE_MEMORY_DAYS = 30
"""A headline like one that ran within this many days of the issue is the same story again (an id or a URL that
ran is never picked again, however long ago): after that a like headline is news again (`Storm warning for the
coast` every winter), and comparing every candidate with years of headlines would take minutes."""


@dataclass
class Seen:
    """What ran before: ids and canonical URLs of earlier issues' items, and the headlines of recent ones."""
    ids: set[str]
    urls: set[str]
    titles: list[str]

    @classmethod
    def of(cls, earlier: Iterable[tuple[date, Item]], day: date) -> Seen:
        """From (issue date, item) of the other issues, for the issue of `day`."""
        earlier = list(earlier)
        return cls({i.id for _, i in earlier}, {canonical_url(i.url) for _, i in earlier if i.url},
                   [i.title for ran, i in earlier if abs((ran - day).days) <= HEADLINE_MEMORY_DAYS])

    def __contains__(self, article: Article) -> bool:
        return article.id in self.ids or (article.url is not None and canonical_url(article.url) in self.urls)


def duplicate_of(article: Article, others: Iterable[Article | Item], threshold: float) -> Article | Item | None:
    """The first of `others` that is the same story (same canonical URL, or a headline this similar)."""
    url = canonical_url(article.url) if article.url else None
    for other in others:
        if url and other.url and canonical_url(other.url) == url:
            return other
        if similar(article.title, other.title, threshold):
            return other
    return None


Note = Callable[[Article, str, object], None]
"""What `select` tells about an article it leaves out: (article, reason, detail), for `issue new --explain`."""


def resolve_section(section: str | None, aliases: dict[str, str]) -> str | None:
    """The newsletter's own name for an incoming section (`[selection] aliases`, case-insensitive)."""
    if not section:
        return section
    wanted = section.casefold()
    return next((target for alias, target in aliases.items() if alias.casefold() == wanted), section)


def section_of(article: Article, sections: list[str], aliases: dict[str, str] | None = None) -> str:
    """The configured section an article goes into (through the aliases), else `More`."""
    wanted = (resolve_section(article.section, aliases or {}) or "").casefold()
    return next((s for s in sections if s.casefold() == wanted), MORE_SECTION)


def select(candidates: list[Article], rules: SelectionSettings, seen: Seen, note: Note | None = None) -> list[Section]:
    """Pick from candidates (any order) into ordered sections, marking one lead; `note` hears every refusal."""
    note = note or (lambda article, reason, detail: None)
    newest = sorted(candidates, key=lambda a: a.published.timestamp() if a.published else 0, reverse=True)
    chosen: list[Article] = []
    per_section: dict[str, int] = {}
    for index, article in enumerate(newest):
        if len(chosen) >= rules.max_total:
            for rest in newest[index:]:
                note(rest, "total cap", rules.max_total)
            break
        if article in seen:
            note(article, "ran before", article)
            continue
        if (twin := duplicate_of(article, chosen, rules.similarity)) is not None:
            note(article, "duplicate", twin)
            continue
        if (title := next((t for t in seen.titles if similar(article.title, t, rules.similarity)), None)):
            note(article, "ran before", title)
            continue
        name = section_of(article, rules.sections, rules.aliases)
        if per_section.get(name, 0) >= rules.max_per_section:
            note(article, "section cap", name)
            continue
        per_section[name] = per_section.get(name, 0) + 1
        chosen.append(article)
    order = [*rules.sections, MORE_SECTION]
    sections = []
    for name in order:
        items = [Item.from_article(a) for a in chosen if section_of(a, rules.sections, rules.aliases) == name]
        for item in items:  # the kicker shows the newsletter's section, not the source's word for it
            if name != MORE_SECTION:
                item.section = name
        if items:
            sections.append(Section(name, items))
    # The lead: the first story of the issue with a picture (the theme shows it large), else the first.
    items = [i for s in sections for i in s.items]
    if items:
        next((i for i in items if i.image_url), items[0]).lead = True
    return sections
