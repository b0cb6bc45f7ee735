"""Why `issue new` picked what it picked: the fate of every article in the pool near the issue's window.

The selection rules run again with a `note` hook (they are deterministic: same pool, same earlier issues, same
result) and every article gets one outcome:

    picked          in SECTION at RANK (and, when its own section is not one of ours, the alias that would take it)
    outside window  published before the window opened or after the cut-off
    ran before      the same article or URL ran in the issue of DATE, or a like headline within 30 days
    near-duplicate  the same story as ID, which was picked (newer)
    section cap     SECTION already had max_per_section items
    total cap       the issue already had max_total items
    no date         an article without a publication time is never picked by the rules
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from newsletter import pool
from newsletter.article import Article, canonical_url, normalise_title
from newsletter.compose import earlier_items
from newsletter.db import Connection
from newsletter.errors import suggest
from newsletter.issue import MORE_SECTION, Section
from newsletter.selection import Seen, section_of, select, window
from newsletter.workspace import Workspace

LABELS = {"outside window": "outside the window", "ran before": "already ran", "duplicate": "near-duplicates",
          "section cap": "cut by a section cap", "total cap": "cut by the total cap", "no date": "without a date"}


@dataclass
class Candidate:
    article: Article
    outcome: str
    """`picked` or one of LABELS."""
    reason: str
    section: str | None = None
    rank: int | None = None
    alias: str | None = None
    """For an article whose section is not the newsletter's: the `[selection] aliases` entry that would take it."""

    def to_json(self) -> dict:
        a = self.article
        return {"id": a.id, "title": a.title, "published": a.published.isoformat() if a.published else None,
                "article_section": a.section, "outcome": self.outcome, "reason": self.reason,
                "section": self.section, "rank": self.rank, "alias": self.alias}


@dataclass
class Explanation:
    day: date
    start: datetime
    cutoff: datetime
    candidates: list[Candidate] = field(default_factory=list)
    lead: str = ""

    @property
    def left_out(self) -> Counter:
        return Counter(c.outcome for c in self.candidates if c.outcome != "picked")

    def summary(self) -> str:
        """One line: how many were picked, and how many were left out for what reasons."""
        picked = sum(1 for c in self.candidates if c.outcome == "picked")
        out = self.left_out
        if not out:
            return f"Picked {picked} of {len(self.candidates)} articles near the window; none left out."
        reasons = ", ".join(f"{n} {LABELS[k]}" for k, n in out.most_common())
        return f"Picked {picked} of {len(self.candidates)} articles near the window; left out {sum(out.values())}: " \
               f"{reasons}."

    def to_json(self) -> dict:
        return {"window": {"start": self.start.isoformat(), "cutoff": self.cutoff.isoformat()}, "lead": self.lead,
                "summary": self.summary(), "candidates": [c.to_json() for c in self.candidates]}


class _RanBefore:
    """Where an earlier issue's item ran: by id and canonical URL (the first run), and by headline (the run
    nearest the issue: a like headline counts within HEADLINE_MEMORY_DAYS only)."""

    def __init__(self, ws: Workspace, day: date):
        self.by_key: dict[str, date] = {}
        self.by_title: dict[str, date] = {}
        self.items = earlier_items(ws, day)
        for other, item in self.items:
            for key in (item.id, canonical_url(item.url) if item.url else None):
                if key:
                    self.by_key.setdefault(key, other)
            title = normalise_title(item.title)
            if title not in self.by_title or abs((other - day).days) < abs((self.by_title[title] - day).days):
                self.by_title[title] = other

    def when(self, article: Article, title: str | None = None) -> str:
        for key in (article.id, canonical_url(article.url) if article.url else None):
            if key and key in self.by_key:
                return self.by_key[key].isoformat()
        ran = self.by_title.get(normalise_title(title or article.title))
        return ran.isoformat() if ran else "an earlier issue"


def _alias(article: Article, sections: list[str]) -> str:
    """The `[selection] aliases` line that would send this article's section into one of ours."""
    target = suggest(article.section or "", sections)
    name = target.split("'")[1] if target else sections[0]
    return f'{article.section} = "{name}"'


def _section(article: Article, rules) -> str:
    aliases = getattr(rules, "aliases", None)  # `[selection] aliases`, where the release has them
    return section_of(article, rules.sections, aliases) if aliases else section_of(article, rules.sections)


def _picked(sections: list[Section], pool_articles: dict[str, Article], rules) -> list[Candidate]:
    out = []
    for section in sections:
        for rank, item in enumerate(section.items, 1):
            article = pool_articles[item.id]
            text = f"picked: {section.name} #{rank}"
            alias = None
            if section.name == MORE_SECTION and article.section:
                alias = _alias(article, rules.sections)
                text += f" (section '{article.section}' is not in the newsletter; `{alias}` under [selection] " \
                        f"aliases would take it)"
            out.append(Candidate(article, "picked", text, section.name, rank, alias))
    return out


def explain(ws: Workspace, conn: Connection, day: date) -> Explanation:
    """What the selection rules do with the pool for the issue of `day`, article by article."""
    rules = ws.config.selection
    start, cutoff = window(day, rules, ws.config.zone)
    earlier = _RanBefore(ws, day)
    notes: list[Candidate] = []

    def note(article: Article, reason: str, detail: object) -> None:
        if reason == "ran before":
            title = detail if isinstance(detail, str) else None
            text = f"already ran on {earlier.when(article, title)}"
        elif reason == "duplicate":
            text = f"near-duplicate of {detail.id} ({detail.title})"  # type: ignore[attr-defined]
        elif reason == "section cap":
            text = f"cut: {detail} already has {rules.max_per_section} items (max_per_section)"
        else:
            text = f"cut: the issue already has {detail} items (max_total)"
        notes.append(Candidate(article, reason, text, section=_section(article, rules)))

    inside = pool.list_articles(conn, since=start, until=cutoff)
    sections = select(inside, rules, Seen.of(earlier.items, day), note)
    result = Explanation(day, start, cutoff, _picked(sections, {a.id: a for a in inside}, rules) + notes)
    span = cutoff - start
    for article in pool.list_articles(conn, since=start - span, until=cutoff + max(span, timedelta(hours=24))):
        if not start <= article.published < cutoff:  # type: ignore[operator]
            when = article.published.astimezone(ws.config.zone)  # type: ignore[union-attr]
            side = "before the window opened" if when < start else "after the cut-off"
            result.candidates.append(Candidate(article, "outside window", f"outside the window: published "
                                               f"{when:%Y-%m-%d %H:%M}, {side} ({start:%Y-%m-%d %H:%M} to "
                                               f"{cutoff:%Y-%m-%d %H:%M})"))
    for row in conn.execute("SELECT * FROM articles WHERE published IS NULL ORDER BY ingested_at DESC LIMIT 50"):
        result.candidates.append(Candidate(pool.from_row(row), "no date", "no date: the rules pick only articles "
                                           "published in the window (add it with `newsletter issue add`)"))
    result.lead = _lead(sections)
    return result


def _lead(sections: list[Section]) -> str:
    items = [i for s in sections for i in s.items]
    lead = next((i for i in items if i.lead), None)
    if lead is None:
        return "no lead: the issue has no items"
    how = "the first story with a picture" if lead.image_url else "the first story (none has a picture)"
    return f"{lead.id} ({lead.display_title}): {how}"
