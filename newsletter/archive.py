"""The web archive: every built issue as a static page, an index (newest first) and an Atom feed.

Pages go where the email's view-in-browser link points (base_url + build.archive_path), so the output
folder can be copied as it is to any static host at base_url.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from newsletter import issuefile, pages
from newsletter.render.build import current_outputs
from newsletter.render.context import web_url
from newsletter.workspace import Workspace

ATOM = "http://www.w3.org/2005/Atom"


@dataclass
class Entry:
    date: date
    subject: str
    preheader: str
    href: str
    url: str
    html: str

    @property
    def date_long(self) -> str:
        return f"{self.date:%A} {self.date.day} {self.date:%B %Y}"


def built_issues(ws: Workspace) -> list[date]:
    """Issues with a build in dist/ (a draft never built is not published)."""
    return [d for d in issuefile.issue_dates(ws.issues_dir) if (ws.dist_dir / d.isoformat() / "web.html").exists()]


def make_archive(ws: Workspace, out: Path) -> list[Entry]:
    config = ws.config
    entries = []
    for day in sorted(built_issues(ws), reverse=True):
        issue = issuefile.load(issuefile.issue_path(ws.issues_dir, day))
        href = config.build.archive_path.format(date=day.isoformat())
        web_html = current_outputs(ws, day).web_html
        entries.append(Entry(day, issue.subject, issue.preheader, href, web_url(config, day), web_html))
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for entry in entries:
        page = out / entry.href
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(entry.html, encoding="utf-8")
    n = config.newsletter
    (out / "index.html").write_text(pages.render("archive_index.html.j2", name=n.name, language=n.language,
                                                 postal_address=n.postal_address, issues=entries), encoding="utf-8")
    (out / "feed.xml").write_bytes(atom_feed(ws, entries))
    return entries


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

    def stamp(day: date) -> str:
        return datetime.combine(day, time(), tzinfo=UTC).isoformat().replace("+00:00", "Z")

    add(feed, "title", n.name)
    add(feed, "id", base)
    add(feed, "link", href=base + "feed.xml", rel="self")
    add(feed, "link", href=base)
    add(feed, "updated", stamp(entries[0].date) if entries else datetime.now(UTC).isoformat())
    add(add(feed, "author"), "name", n.name)
    for entry in entries:
        item = add(feed, "entry")
        add(item, "title", entry.subject)
        add(item, "id", entry.url)
        add(item, "link", href=entry.url)
        add(item, "updated", stamp(entry.date))
        add(item, "published", stamp(entry.date))
        if entry.preheader:
            add(item, "summary", entry.preheader)
        add(item, "content", entry.html, type="html")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
