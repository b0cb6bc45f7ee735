"""The data a theme renders: the issue, the newsletter's settings and derived values (links, intro, blocks).

This is the one place where URLs enter the rendered output: every link passes `safe_link` and every image
`safe_image` here, so a `javascript:` or `data:` URL that reached the pool never reaches an href or a src.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from markupsafe import Markup

from newsletter.blocks import INTRO, Block
from newsletter.config import Config
from newsletter.issue import Issue, Item
from newsletter.pages import lighten
from newsletter.render.markdown import markdown_html, markdown_text
from newsletter.urls import safe_image, safe_link

# Invisible characters after the preheader, so inboxes do not fill the preview with the first lines of the body.
PREHEADER_FILLER = Markup("&#847;&zwnj;&nbsp;" * 60)
# Words that mark a byline as a desk, an agency or a wire rather than a person.
_NOT_A_PERSON = re.compile(r"\b(desk|wire|news|staff|agency|agencies|press|team|editors?|reporters|service|"
                           r"bureau|correspondents?|newsroom|reuters|afp|ap|pa|dpa|bbc|cnn|media|times|post)\b", re.I)


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


def is_person(author: str | None) -> bool:
    """A byline worth showing: two to four capitalised words that do not name a desk, wire or agency."""
    if not author:
        return False
    words = author.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words if len(w) > 3) \
        and not _NOT_A_PERSON.search(author)


def anchor(name: str) -> str:
    """A section's id for the table of contents: `s-` and the name's letters and digits."""
    return "s-" + (re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "section")


@dataclass
class Card:
    """An item as the theme sees it: overrides applied, the link checked and tagged, the byline a person."""
    id: str
    title: str
    summary: str
    link: str | None
    """None when the article has no safe URL: the headline is shown without a link."""
    section: str | None
    byline: str | None
    publication: str | None
    image_url: str | None
    image_alt: str
    image_credit: str | None
    number: int = 0
    label: str = ""
    """The item's number in the text part, right-aligned to the widest number (` 9.`, `10.`)."""


@dataclass
class SectionView:
    name: str
    items: list[Card]
    anchor: str = ""
    blocks: list[dict] = field(default_factory=list)


def _card(item: Item, config: Config, day) -> Card:
    link = safe_link(item.url)
    alt = (item.image_alt or "").strip()
    if alt.casefold() == item.display_title.strip().casefold():
        alt = ""  # screen readers would hear the headline twice
    return Card(id=item.id, title=item.display_title, summary=item.display_summary,
                link=tag_link(link, config, day) if link else None, section=item.section,
                byline=item.author if is_person(item.author) else None, publication=item.publication,
                image_url=safe_image(item.image_url), image_alt=alt, image_credit=item.image_credit)


def block_view(block: Block, config: Config, day) -> dict:
    """A block's fields for its template, URLs checked again and Markdown rendered."""
    from newsletter.blocks import KINDS

    spec = KINDS[block.kind]
    view: dict = {"kind": block.kind, **dict.fromkeys(spec.optional), **block.fields}
    if "url" in view:
        link = safe_link(view["url"])
        view["url"] = tag_link(link, config, day) if link else None
    if "image" in view:
        view["image"] = safe_image(view["image"])
    if block.kind == "note":
        view["html"] = markdown_html(str(block.get("text")))
        view["text"] = markdown_text(str(block.get("text")))
    return view


def _number(views: list[SectionView]) -> None:
    cards = [card for view in views for card in view.items]
    width = len(str(len(cards)))
    for n, card in enumerate(cards, 1):
        card.number = n
        card.label = f"{n:>{width}}."


def build_context(issue: Issue, config: Config, web: bool = False, number: int | None = None) -> dict:
    """Everything the email, web and text templates use; `number` is the issue's `No.` (None: not shown)."""
    day = issue.date
    archive = web_url(config, day)
    lead_item = issue.lead
    lead = _card(lead_item, config, day) if lead_item else None
    placed = {}
    for block in issue.blocks:
        placed.setdefault(block.after.casefold(), []).append(block_view(block, config, day))
    sections = []
    for section in issue.sections:
        cards = [_card(i, config, day) for i in section.items if i is not lead_item]
        blocks = placed.get(section.name.casefold(), [])
        if cards or blocks:
            sections.append(SectionView(section.name, cards, anchor(section.name), blocks))
    text_sections = ([SectionView("Top story", [lead], "top")] if lead else []) + sections
    _number(text_sections)
    theme = config.theme
    return {
        "issue": issue,
        "newsletter": config.newsletter,
        "theme": theme,
        "logo_url": safe_image(theme.logo_url),
        "accent_dark": lighten(theme.accent_color),
        "issue_number": number,
        "language": config.newsletter.language,
        "date_long": f"{day:%A} {day.day} {day:%B %Y}",
        "web_url": archive,
        "subscribe_url": config.newsletter.base_url.rstrip("/") + "/subscribe",
        "intro_html": markdown_html(issue.intro),
        "intro_text": markdown_text(issue.intro),
        "intro_blocks": placed.get(INTRO, []),
        "preheader_filler": PREHEADER_FILLER,
        "lead": lead,
        "sections": sections,
        "toc": [s for s in sections if s.items] if theme.table_of_contents else [],
        "text_sections": text_sections,
        "text_indent": " " * (len(str(sum(len(v.items) for v in text_sections))) + 2),
        "web": web,
    }
