"""The Issue: one daily edition, a snapshot of its articles that never changes when the pool does."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from newsletter.article import Article
from newsletter.blocks import Block

# What an item copies from its article (the snapshot) and what the editor may override.
SNAPSHOT_FIELDS = ("id", "title", "url", "summary", "section", "author", "published", "image_url", "image_alt",
                   "image_credit", "publication")
OVERRIDE_FIELDS = ("headline", "blurb")
MORE_SECTION = "More"


@dataclass
class Item:
    id: str
    title: str
    url: str | None = None
    summary: str = ""
    section: str | None = None
    author: str | None = None
    published: datetime | None = None
    image_url: str | None = None
    image_alt: str | None = None
    image_credit: str | None = None
    publication: str | None = None
    """The publication or site the story comes from (a feed's title, a site's name), shown on the item."""
    headline: str = ""
    """The editor's headline, shown instead of the article's title."""
    blurb: str = ""
    """The editor's shorter text, shown instead of the summary."""
    lead: bool = False

    @classmethod
    def from_article(cls, article: Article) -> Item:
        # An Article may not carry every field (publication is optional): missing ones stay empty.
        return cls(**{name: getattr(article, name, None) for name in SNAPSHOT_FIELDS})

    @property
    def display_title(self) -> str:
        return self.headline or self.title

    @property
    def display_summary(self) -> str:
        return self.blurb or self.summary

    def to_json(self) -> dict:
        data = {name: getattr(self, name) for name in SNAPSHOT_FIELDS}
        data["published"] = self.published.isoformat() if self.published else None
        return {**data, "headline": self.headline or None, "blurb": self.blurb or None, "lead": self.lead}


@dataclass
class Section:
    name: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Issue:
    date: date
    subject: str = ""
    preheader: str = ""
    intro: str = ""
    sections: list[Section] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    """Sponsor, quote, numbers and note blocks, each placed after a section or the intro."""

    @property
    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    @property
    def lead(self) -> Item | None:
        return next((item for item in self.items if item.lead), None)

    def find(self, item_id: str) -> tuple[Section, Item] | None:
        for section in self.sections:
            for item in section.items:
                if item.id == item_id:
                    return section, item
        return None

    def to_json(self) -> dict:
        return {
            "date": self.date.isoformat(),
            "subject": self.subject,
            "preheader": self.preheader,
            "intro": self.intro,
            "sections": [{"name": s.name, "items": [i.to_json() for i in s.items]} for s in self.sections],
            "blocks": [b.to_json() for b in self.blocks],
        }


def default_preheader(issue: Issue, limit: int = 100) -> str:
    """The headlines after the lead, joined and cut at a word to about `limit` characters."""
    lead = issue.lead
    titles = [i.display_title for i in issue.items if i is not lead]
    text = " · ".join(titles)
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ·,;:") + "…"
