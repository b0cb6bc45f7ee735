"""The data a theme renders: the issue, the newsletter's settings and derived values (links, intro)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import nh3
from markupsafe import Markup

from newsletter.config import Config
from newsletter.issue import Issue, Item

FIRST_NAME = "%%first_name%%"
UNSUBSCRIBE_URL = "%%unsubscribe_url%%"
PLACEHOLDERS = (FIRST_NAME, UNSUBSCRIBE_URL)


def web_url(config: Config, day) -> str:
    return config.newsletter.base_url.rstrip("/") + "/" + config.build.archive_path.format(date=day.isoformat())


def tag_link(url: str, config: Config, day) -> str:
    """Add utm_* parameters when link tagging is on; parameters already in the URL win."""
    b = config.build
    if not b.utm_source or not url.startswith(("http://", "https://")):
        return url
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    present = {k for k, _ in query}
    wanted = {"utm_source": b.utm_source, "utm_medium": b.utm_medium,
              "utm_campaign": b.utm_campaign.format(date=day.isoformat())}
    query += [(k, v) for k, v in wanted.items() if v and k not in present]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def markdown_html(text: str) -> Markup:
    """The editor's Markdown as sanitised HTML (nh3: no scripts, handlers or styles)."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark", {"linkify": False}).render(text or "")
    clean = nh3.clean(html, tags={"p", "a", "em", "strong", "ul", "ol", "li", "br", "blockquote", "code"},
                      attributes={"a": {"href", "title"}}, url_schemes={"http", "https", "mailto"})
    return Markup(clean)


def markdown_text(text: str) -> str:
    """The intro for the plain-text part: paragraphs wrapped, links as `text (url)`."""
    import re

    from newsletter.render.theme import wrap

    text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r"\1 (\2)", text or "")
    text = re.sub(r"(\*\*|__|\*|_|`)(.+?)\1", r"\2", text)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n\n".join(wrap(p) for p in paragraphs)


@dataclass
class Card:
    """An item as the theme sees it: overrides applied, link tagged."""
    id: str
    title: str
    summary: str
    link: str
    section: str | None
    author: str | None
    image_url: str | None
    image_alt: str | None
    image_credit: str | None
    number: int = 0


@dataclass
class SectionView:
    name: str
    items: list[Card]


def _card(item: Item, config: Config, day, fallback: str) -> Card:
    return Card(id=item.id, title=item.display_title, summary=item.display_summary,
                link=tag_link(item.url, config, day) if item.url else fallback, section=item.section,
                author=item.author, image_url=item.image_url, image_alt=item.image_alt,
                image_credit=item.image_credit)


def build_context(issue: Issue, config: Config, web: bool = False) -> dict:
    day = issue.date
    archive = web_url(config, day)
    lead_item = issue.lead
    lead = _card(lead_item, config, day, archive) if lead_item else None
    sections = []
    for section in issue.sections:
        cards = [_card(i, config, day, archive) for i in section.items if i is not lead_item]
        if cards:
            sections.append(SectionView(section.name, cards))
    text_sections = ([SectionView("Top story", [lead])] if lead else []) + sections
    number = 0
    for view in text_sections:
        for card in view.items:
            number += 1
            card.number = number
    return {
        "issue": issue,
        "newsletter": config.newsletter,
        "language": config.newsletter.language,
        "date_long": f"{day:%A} {day.day} {day:%B %Y}",
        "web_url": archive,
        "subscribe_url": config.newsletter.base_url.rstrip("/") + "/subscribe",
        "intro_html": markdown_html(issue.intro),
        "intro_text": markdown_text(issue.intro),
        "lead": lead,
        "sections": sections,
        "text_sections": text_sections,
        "web": web,
    }
