"""Checks after every build: what would make the email clipped, inaccessible, insecure or unlawful.

Each finding is a warning; `build --strict` turns them into errors. A blocking finding (no unsubscribe link,
no postal address, no subject) also makes `send` refuse the issue without --force.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import html as lxml_html

from newsletter.config import Config
from newsletter.findings import Finding
from newsletter.issue import Issue
from newsletter.issuefile import subject_too_long
from newsletter.render.placeholders import UNSUBSCRIBE_URL, Slots
from newsletter.urls import safe_image, safe_link

ACTIVE_ELEMENTS = frozenset({"script", "iframe", "frame", "object", "embed", "applet", "base"})
"""Elements that run code or load a document of their own."""
_SCRIPT_URL = re.compile(r"^\s*(javascript|vbscript|livescript)\s*:", re.I)
_CONTROL = re.compile(r"[\x00-\x1f]+")


def active(root) -> list[str]:
    """What in a parsed document could run: active elements, event-handler attributes (`onclick`), and script URLs
    in any attribute (`action`, `data`, `xlink:href`, …; a link's href and an image's src go through the http(s)
    gate instead), each named once."""
    found: dict[str, None] = {}
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.lower() in ACTIVE_ELEMENTS:
            found[f"<{tag.lower()}>"] = None
        for name, value in element.attrib.items():
            cleaned = _CONTROL.sub("", value)  # `java\tscript:` is still one to a browser
            if name.lower().startswith("on"):
                found[f"{name.lower()}= on <{tag}>"] = None
            elif _SCRIPT_URL.match(cleaned) and (tag, name) not in (("a", "href"), ("img", "src")):
                found[f"{name}={cleaned[:40]!r} on <{tag}>"] = None
    return list(found)


def check_build(issue: Issue, html: str, text: str, config: Config, slots: Slots) -> list[Finding]:
    """The findings on a build whose per-recipient placeholders are `slots` (an article's `%%unsubscribe_url%%`
    is no unsubscribe link)."""
    findings: list[str] = []
    blocking: list[str] = []
    size = len(html.encode("utf-8"))
    limit = config.build.max_html_kb * 1024
    if size > limit:
        findings.append(f"the HTML is {size / 1024:.0f} KB, over {config.build.max_html_kb} KB: Gmail clips it "
                        f"(remove items or shorten summaries)")
    root = lxml_html.document_fromstring(html)
    for img in root.iter("img"):
        src = img.get("src", "")
        if not (img.get("alt") or "").strip():
            findings.append(f"image {src} has no alt text")
        if not (img.get("width") or "").isdigit():
            findings.append(f"image {src} has no width in pixels (Outlook sizes images by it)")
    insecure = sorted({a.get("href") for a in root.iter("a")
                       if urlsplit(a.get("href") or "").scheme == "http"})
    findings += [f"link is not https: {href}" for href in insecure]
    unsafe = sorted({a.get("href") for a in root.iter("a") if a.get("href") and not a.get("href").startswith("#")
                     and a.get("href") != slots.unsubscribe_url and not safe_link(a.get("href"))}
                    | {img.get("src") for img in root.iter("img") if not safe_image(img.get("src"))})
    dangerous = [f"the HTML carries a link or image that is not http(s): {url!r}" for url in unsafe]
    dangerous += [f"the HTML carries active content, which mail clients drop and the archive would run: {what} "
                  f"(escaped article text cannot make it: look at the theme's templates)" for what in active(root)]
    findings += [f"item '{i.id}' has no http(s) url: its headline is shown without a link" for i in issue.items
                 if not safe_link(i.url)]
    findings += [f"section '{s.name}' is empty" for s in issue.sections if not s.items]
    if not issue.preheader.strip():
        findings.append("the preheader is missing (set it with `newsletter issue set DATE --preheader …`)")
    if not issue.subject.strip():
        blocking.append("the subject is missing")
    elif long_subject := subject_too_long(issue.subject):
        findings.append(long_subject)
    if not any(a.get("href") == slots.unsubscribe_url for a in root.iter("a")):
        blocking.append(f"the HTML has no unsubscribe link (a link to {UNSUBSCRIBE_URL})")
    if slots.unsubscribe_url not in text:
        blocking.append(f"the text part has no unsubscribe link ({UNSUBSCRIBE_URL})")
    if not config.newsletter.base_url.startswith("https://"):
        findings.append(f"newsletter.base_url is not https ({config.newsletter.base_url}): mail providers accept only "
                        f"https one-click unsubscribe links (RFC 8058)")
    if not config.newsletter.postal_address.strip():
        blocking.append("newsletter.postal_address is empty: anti-spam law requires the sender's postal address")
    elif config.newsletter.postal_address not in text:
        findings.append("the text part does not show the postal address")
    return ([Finding("warning", m) for m in findings] + [Finding("error", m) for m in blocking]
            + [Finding("unsafe", m) for m in dangerous])
