"""The web archive: every sent issue as a static page, an index (newest first) and an Atom feed.

Pages go where the email's view-in-browser link points (base_url + build.archive_path), so the output folder
can be copied as it is to any static host at base_url. Only issues whose send finished are published (a draft
built tonight for tomorrow stays private) unless the editor asks for drafts. The folder is written whole beside
the target and swapped in (newsletter/outdir.py): the tool never deletes a folder it did not write.
"""

from __future__ import annotations

import json
import posixpath
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

from markupsafe import Markup

from newsletter import clock, issuefile, outdir, pages
from newsletter.printable import printable
from newsletter.render.build import current_build
from newsletter.render.context import web_url
from newsletter.urls import safe_image
from newsletter.workspace import Workspace

ATOM = "http://www.w3.org/2005/Atom"
# No script at all, no plugins, no framing, images only over http(s); the email's styles are inline.
CSP = ("default-src 'none'; img-src https: http:; style-src 'unsafe-inline'; base-uri 'none'; "
       "form-action 'none'; frame-ancestors 'none'")


@dataclass
class Entry:
    date: date
    subject: str
    preheader: str
    href: str
    """The page's path inside the archive folder."""
    url: str
    """The page's public URL (base_url + href)."""
    styles: str
    body: str
    """The web version's body: the content of the page and of the feed entry."""
    published: datetime
    """When the send finished (drafts: when they were built)."""
    image: str | None = None
    draft: bool = False

    @property
    def date_long(self) -> str:
        return f"{self.date:%A} {self.date.day} {self.date:%B %Y}"


def sent_issues(ws: Workspace) -> dict[date, datetime]:
    """Issues whose send finished, with the moment it finished (the ledger's `sends` table)."""
    conn = ws.connect()
    rows = conn.execute("SELECT issue_date, finished_at FROM sends WHERE finished_at IS NOT NULL").fetchall()
    return {date.fromisoformat(day): _moment(finished) for day, finished in rows}


def _moment(value: object) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def split_document(html: str) -> tuple[str, str]:
    """A whole HTML document as (its <style> blocks, its body's content without comments), for embedding."""
    from lxml import etree
    from lxml import html as lxml_html

    root = lxml_html.document_fromstring(html)
    # Outlook's conditional comments serve no browser or feed reader.
    etree.strip_elements(root, etree.Comment, with_tail=False)
    styles = "".join(lxml_html.tostring(s, encoding="unicode") for s in root.iter("style"))
    for img in root.iter("img"):
        if img.get("height") == "auto":  # MJML's default; not a valid attribute value in a web page
            del img.attrib["height"]
    body = root.find("body")
    inner = (body.text or "") + "".join(lxml_html.tostring(child, encoding="unicode") for child in body)
    return styles, inner


def collect(ws: Workspace, include_drafts: bool = False) -> list[Entry]:
    """The issues to publish, newest first."""
    config = ws.config
    sent = sent_issues(ws)
    days = ws.issue_dates() if include_drafts else sorted(d for d in sent
                                                                                if issuefile.issue_path(
                                                                                    ws.issues_dir, d).exists())
    entries = []
    for day in sorted(days, reverse=True):
        issue = issuefile.load(issuefile.issue_path(ws.issues_dir, day))
        styles, body = split_document(current_build(ws, day).web_html)
        published = sent.get(day) or _built_at(ws, day)
        lead = issue.lead or next((i for i in issue.items if i.image_url), None)
        entries.append(Entry(day, printable(issue.subject), printable(issue.preheader),
                             config.build.archive_path.format(
            date=day.isoformat()), web_url(config, day), styles, body, published,
            image=safe_image(lead.image_url) if lead else None, draft=day not in sent))
    return entries


def _built_at(ws: Workspace, day: date) -> datetime:
    meta = ws.dist_dir / day.isoformat() / "build.json"
    try:
        return _moment(json.loads(meta.read_text(encoding="utf-8"))["built_at"])
    except (OSError, ValueError, KeyError):
        return clock.now()


def make_archive(ws: Workspace, out: Path, include_drafts: bool = False) -> list[Entry]:
    """Write index.html, one page per issue and feed.xml into `out` (replaced whole; see outdir)."""
    entries = collect(ws, include_drafts)
    n = ws.config.newsletter
    common = {"name": n.name, "language": n.language, "postal_address": n.postal_address, "csp": CSP,
              **pages.brand(ws.config.theme), "subscribe_url": n.base_url.rstrip("/") + "/subscribe"}
    with outdir.replacing(out) as tmp:
        for index, entry in enumerate(entries):
            newer = entries[index - 1] if index > 0 else None
            older = entries[index + 1] if index + 1 < len(entries) else None
            rel = partial(_relative, start=posixpath.dirname(entry.href) or ".")
            page = tmp / entry.href
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(pages.render(
                "archive_issue.html.j2", **common, entry=entry, styles=Markup(entry.styles),
                body=Markup(entry.body), index_href=rel("index.html"), feed_href=rel("feed.xml"),
                newer=newer, newer_href=rel(newer.href) if newer else None,
                older=older, older_href=rel(older.href) if older else None), encoding="utf-8")
        (tmp / "index.html").write_text(pages.render("archive_index.html.j2", **common, issues=entries,
                                                     base_url=n.base_url.rstrip("/") + "/"), encoding="utf-8")
        (tmp / "feed.xml").write_bytes(atom_feed(ws, entries))
    return entries


def _relative(target: str, start: str) -> str:
    """A link from a page in folder `start` to `target`, both relative to the archive's root."""
    return posixpath.relpath(target, start)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def atom_feed(ws: Workspace, entries: list[Entry]) -> bytes:
    n = ws.config.newsletter
    base = n.base_url.rstrip("/") + "/"
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")

    def add(parent, tag, text=None, **attrs):
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    add(feed, "title", n.name)
    add(feed, "id", base)
    add(feed, "link", href=base + "feed.xml", rel="self")
    add(feed, "link", href=base)
    add(feed, "updated", _stamp(max((e.published for e in entries), default=clock.now())))
    add(add(feed, "author"), "name", n.name)
    for entry in entries:
        item = add(feed, "entry")
        add(item, "title", entry.subject)
        add(item, "id", entry.url)
        add(item, "link", href=entry.url)
        add(item, "updated", _stamp(entry.published))
        add(item, "published", _stamp(entry.published))
        if entry.preheader:
            add(item, "summary", entry.preheader)
        add(item, "content", entry.body, type="html")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
