"""Scraped plain-text pages: a news page copied as text, with the page's furniture still in it.

The page is read top to bottom: breadcrumb -> headline -> header furniture (standfirst, byline, dateline,
caption and credit) -> body -> tail (author bio, related lists, sign-up prompts). Furniture is recognised by
its shape, not by matching any one site, and the body keeps subheadings, lists and quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from dateutil import parser as dateparser
from dateutil.tz import gettz

from newsletter.article import Article, tidy

# --- lines that are page furniture wherever they stand --------------------------------------------------
_JUNK = [re.compile(p, re.I) for p in (
    r"^skip to (main )?(content|navigation|search)\b",
    r"^(jump|go) to (content|navigation)",
    r"^(menu|search|sign in|log in|subscribe|sign up|home|close|next|previous|print|follow|listen|share|save"
    r"|clap|reuse this content|view comments|more|top)$",
    r"^[^A-Za-z\u00c0-\u024f\u0370-\u1fff\u3040-\u9fff]*$",  # nothing but digits and punctuation (`--`, `12`)
    r"^advertisement$|^ad$|^sponsored( content)?$|^(skip|hide|close) (this )?(advertisement|ad)$",
    r"^share (the |this )?(full )?(article|story|page|on \w+)$|^(print|email) this (article|page|story)$",
    r"^continue reading( the main story| below)?$|^(open|view) (image|gallery) in (full ?screen|lightbox)$",
    r"^(story|article) continues (below|after) (the )?(advertisement|ad)\b",
    r"^(read|see) (more|also)\s*[:\-–—]|^related( articles?| stories| content)?\s*:|^also read\s*[:\-–—]",
    r"^listen to (this )?(article|story)\b",
    r"^\d+\s*(min|mins|minutes?)\s*(read|listen)\b",
    r"^(reading time|estimated reading time)\b",
    r"^\d+\s+(comments?|responses?|replies)$",
    r"^(comments?|discussion)\s*\(?\d*\)?$",
    r"^(view|show|read|load|see) (all )?\d*\s*comments?\b",
    r"^(join|start) the (conversation|discussion)\b",
    r"^(©|\(c\)\s|copyright\b).*\b(all rights reserved|\d{4})|.*\ball rights reserved\b",
    r"\bcookies?\b.*\b(accept|consent|agree|preferences|policy|settings|use)\b",
    r"^(accept|reject) (all|cookies)\b|^manage (preferences|cookies|consent)\b|^(i agree|got it|ok, got it)$",
    r"^(sign up|subscribe|register)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(sign up|sign-up|subscribe|inbox)\b",
    r"^(get|receive)\b.*\b(newsletter|in your inbox|straight to your inbox)\b",
    r"^enter your email( address)?\b|^thank you for (signing up|subscribing)\b|^by signing up\b",
    r"^follow (us|\w+( \w+)?) on (twitter|x|facebook|instagram|linkedin|bluesky|threads)\b",
    r"^(click|tap) here to\b",
    r"^(reporting|additional reporting|writing|editing) by\b",
    r"^(image|picture|video|photo) (source|caption)\s*,",
    r"^(this|the) (article|story) (was|has been) (updated|amended|corrected)\b",
    r"^our standards\b|^(fact check|corrections?)\s*:",
    r"^(privacy( policy| notice)?|terms( of (use|service)| and conditions)?|cookie (policy|settings)|accessibility"
    r"|contact us|about us|advertise with us|all topics)$",
)]
# A row of share buttons: every word from this set.
_SHARE_WORDS = {"share", "save", "saved", "tweet", "facebook", "twitter", "x", "whatsapp", "email", "e-mail",
                "linkedin", "copy", "link", "print", "pinterest", "reddit", "telegram", "messenger", "this",
                "article", "story", "on", "via", "gift", "comment", "comments", "bluesky", "threads", "flipboard",
                "mail", "sms", "the", "page", "copied", "url", "|", "·", "•"}
# Where the article is over: everything from such a line on is navigation or promotion.
_TAIL = re.compile(
    r"^(about the (author|writer|reporter)s?|more (on|about) this (story|topic)|most (read|popular|viewed|shared)"
    r"|related (stories|articles|content|coverage|reading|links)|you (may|might) (also )?(like|be interested)"
    r"|recommended( for you| stories| reading)?|trending( now)?|top stories|latest (news|stories)|read next"
    r"|more (from|stories|news)\b.*|around the web|what to read next|(more )?in this (series|section)"
    r"|popular (now|today)|editor'?s picks|(daily|weekly|morning|evening) newsletter|get in touch|have your say"
    r"|related( content)?|comments?|join the discussion|share your (views|thoughts|story)|written by .+"
    r"|more (from|by) .+)\s*:?$",
    re.I,
)
_TAGS = re.compile(r"^(tags?|topics?|related topics|filed under|categories|keywords|(explore )?more on (these|this)"
                   r" topics?)\s*[:\-–—]?\s*(.*)$", re.I)

# --- header furniture -------------------------------------------------------------------------------------
_CREDIT = re.compile(
    r"^\(?\s*(photo credit|image credit|image source|picture source|source|photograph|photo|image|picture|pic"
    r"|credit|copyright|©|illustration|video)\s*[:,]?\s+(?P<credit>[^()]{2,120}?)\s*\)?$",
    re.I,
)
_CREDIT_SUFFIX = re.compile(
    r"^(?P<caption>.{10,}?)\s*[\(\[]?\s*(photograph|photo|image|picture|credit|source|illustration)\s*:\s*"
    r"(?P<credit>[^()\[\]]{2,80}?)\s*[\)\]]?$",
    re.I,
)
_BYLINE = re.compile(r"^(?:(?:story|words|written|text|reporting|report|posted|analysis)\s+by|by|authors?\s*:)\s+"
                     r"(?P<who>[^\d].{1,120}?)\s*$", re.I)
_DATELINE = re.compile(
    r"^(published|updated|posted|last updated|last modified|first published|modified|date)\b"
    r"\s*(on|at)?\s*:?\s*(?P<when>.*)$",
    re.I,
)
_AGENCIES = re.compile(
    r"^(afp|agence france[- ]presse( \(afp\))?|reuters|thomson reuters|associated press|the associated press|ap"
    r"|pa( media)?|press association|bloomberg|dpa|ani|pti|ians|xinhua|efe|ansa|kyodo( news)?|yonhap|tass|upi"
    r"|aap|cnn|bbc news|staff( reporter| writer)?|our (correspondent|reporter)|news desk|web desk)$",
    re.I,
)
_ROLE = re.compile(
    r"\b(correspondent|editor|reporter|writer|journalist|columnist|analyst|contributor|producer|staff|author"
    r"|presenter|critic|bureau chief|news desk)s?\b",
    re.I,
)
_NAME = re.compile(r"^[A-Z][\w'’.-]+(\s+(van|von|de|del|da|di|le|la|bin|al)?\s*[A-Z][\w'’.-]+){1,3}$")
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE_LIKE = re.compile(rf"\b({_MONTHS})[a-z]*\.?\b|\d{{4}}-\d{{2}}-\d{{2}}|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b", re.I)
# `TOKYO (Reuters) -` opening a story, alone on a line or before the first sentence.
_AGENCY_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{1,40}(,\s*[A-Za-z .]+)?\s*\((?P<agency>[^)]{2,40})\)\s*[-–—]+\s*")
_GENERIC_CRUMBS = {"home", "news", "index", "homepage", "front page", "latest"}
_RELATIVE = re.compile(r"\b(ago|yesterday|today|just now)\b", re.I)
# A dateline that is only a relative time: `12 minutes ago`, `2 hrs ago`, `Yesterday`.
_RELATIVE_LINE = re.compile(r"^((about |an? |\d+ ?)(sec|second|min|minute|hr|hour|day|week|month)s? ago|yesterday|today"
                            r"|just now|\d+ ?[smhdw])(\s*[,·|-].*)?$", re.I)
# Header lines that pack several things: `Author: X | Published: … | Updated: …`, `Story by X • 2d`.
_SEGMENTS = re.compile(r"\s+[|•·]\s+")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_CRUMB_SEPARATORS = re.compile(r"\s+[>|/»›·•]\s+|\s*[»›]\s*")
_BIO = re.compile(r"^(?P<who>[A-Z][^.!?]{1,80}?)\s+(is|was|has been|covers|writes)\s+(a|an|the|for|about)\b")
_TZINFOS = {name: gettz(zone) for name, zone in {
    "GMT": "UTC", "UTC": "UTC", "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris",
    "EST": "America/New_York", "EDT": "America/New_York", "CST": "America/Chicago", "CDT": "America/Chicago",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "IST": "Asia/Kolkata", "JST": "Asia/Tokyo",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
}.items()}


def _words(line: str) -> list[str]:
    return line.split()


def is_junk(line: str) -> bool:
    if any(p.search(line) for p in _JUNK):
        return True
    words = [w.strip(",:;").lower() for w in _words(line)]
    if words and len(words) <= 12 and all(w in _SHARE_WORDS for w in words) and {"share", "save", "tweet",
                                                                               "facebook", "whatsapp"} & set(words):
        return True
    # A short line naming a newsletter (a page widget such as `Daily Newsletter`).
    return len(words) <= 4 and "newsletter" in " ".join(words)


def parse_date(text: str) -> datetime | None:
    """A date from a dateline, or None (relative times such as `3 hours ago` give None)."""
    if not text or _RELATIVE.search(text) or not re.search(r"\d", text):
        return None
    cleaned = re.sub(r"\b(\d{1,2})\.(\d{2})\b", r"\1:\2", text)  # 10.15 GMT
    cleaned = re.sub(r"\b(at|on|published|updated)\b", " ", cleaned, flags=re.I)
    try:
        return dateparser.parse(cleaned, fuzzy=True, tzinfos=_TZINFOS)
    except (ValueError, OverflowError):
        return None


def _is_bare_date(line: str) -> bool:
    return len(_words(line)) <= 9 and bool(_DATE_LIKE.search(line)) and not _SENTENCE_END.search(line.rstrip(".")) \
        and parse_date(line) is not None


def _credit(line: str) -> tuple[str | None, str] | None:
    """(caption or None, credit) when the line is an image credit."""
    if m := _CREDIT.match(line):
        return None, m["credit"].strip(" .")
    m = _CREDIT_SUFFIX.match(line)
    if m and len(_words(m["credit"])) <= 8:
        return m["caption"].strip(" .,;"), m["credit"].strip(" .")
    if m := re.match(r"^(?P<caption>.{10,}?)\s*[\(\[](?P<credit>(getty|afp|reuters|ap|epa|shutterstock|alamy)[^()]*)"
                     r"[\)\]]$", line, re.I):
        return m["caption"].strip(), m["credit"].strip()
    return None


_JUNK_PART = re.compile(r"\b(min(ute)?s? read|read(ing)? time)\b|^\d+$", re.I)


def _leads_header(lines: list[str], i: int) -> bool:
    """A short line followed by a byline, dateline or credit is a (short) headline, not a breadcrumb."""
    nxt = next((line for line in lines[i + 1:i + 3] if not is_junk(line)), "")
    return bool(_BYLINE.match(nxt) or _DATELINE.match(nxt) or _RELATIVE_LINE.match(nxt) or _credit(nxt)
                or _AGENCIES.match(nxt) or (_is_bare_date(nxt) if nxt else False))


def _crumbs(line: str) -> list[str] | None:
    """The parts of a breadcrumb line, or None."""
    parts = [p.strip() for p in _CRUMB_SEPARATORS.split(line) if p.strip()]
    if len(parts) >= 2 and all(len(_words(p)) <= 4 and not _SENTENCE_END.search(p) for p in parts):
        return parts
    words = _words(line)
    # Separators lost in copying: `News World` - a few capitalised words and nothing else.
    if 1 <= len(words) <= 4 and all(w[:1].isupper() or w == "&" for w in words) and not _SENTENCE_END.search(line):
        return words
    return None


def _clean_author(who: str) -> str:
    who = re.sub(r"\s*[|,]\s*(updated|published|posted).*$", "", who, flags=re.I)
    who = re.sub(r",?\s+(in|from)\s+[A-Z][\w ]+$", "", who)  # `By Jane Doe in Kyiv`
    who = re.sub(r"\s*&\s*", " and ", who)
    return who.strip(" ,.-–—|")


@dataclass
class _Page:
    lines: list[str]
    section: str | None = None
    title: str = ""
    author: str | None = None
    published: datetime | None = None
    standfirst: str | None = None
    image_alt: str | None = None
    image_credit: str | None = None
    tags: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


def _header_kind(page: _Page, lines: list[str], i: int, after_prose: bool = False) -> str:
    """Classify a line in the header zone, recording what it tells; returns 'furniture' or 'prose'."""
    line = lines[i]
    segments = _SEGMENTS.split(line)
    if len(segments) > 1 and len(_words(line)) <= 30:
        kinds = [_header_kind(page, [s], 0) for s in segments]
        if all(k == "furniture" or len(_words(s)) <= 3 for k, s in zip(kinds, segments, strict=True)) \
                and "furniture" in kinds:
            return "furniture"
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if (m := _AGENCY_DATELINE.match(line + " ")) and m.end() >= len(line):
        page.author = page.author or m["agency"]
        return "furniture"
    if m := re.match(r"^(image|picture|video|photo) caption\s*,\s*(?P<alt>.+)$", line, re.I):
        page.image_alt = page.image_alt or m["alt"]
        return "furniture"
    if line == page.title:
        page.image_alt = page.image_alt or line
        return "furniture"
    if credit := _credit(line):
        caption, who = credit
        page.image_credit = page.image_credit or who
        if caption:
            page.image_alt = page.image_alt or caption
        return "furniture"
    if (m := _BYLINE.match(line)) and len(_words(m["who"])) <= 12:
        page.author = page.author or _clean_author(m["who"])
        return "furniture"
    if _AGENCIES.match(line.strip(" .-–—")):
        page.author = page.author or line.strip(" .-–—")
        return "furniture"
    if (m := _DATELINE.match(line)) and len(_words(line)) <= 12:
        page.published = page.published or parse_date(m["when"])
        return "furniture"
    if _RELATIVE_LINE.match(line):
        return "furniture"
    if _is_bare_date(line):
        page.published = page.published or parse_date(line)
        return "furniture"
    if _NAME.match(line) and nxt and len(_words(nxt)) <= 8 and _ROLE.search(nxt) and not _SENTENCE_END.search(nxt):
        page.author = page.author or line
        return "furniture"
    # A name alone (`Maya Chen`, `Shaun Walker in Kyiv`) among the header furniture is a byline.
    m = re.match(r"^(?P<who>.+?)(\s+in\s+[A-Z][\w .'-]+)?$", line)
    if m and _NAME.match(m["who"]) and not _AGENCIES.match(line):
        page.author = page.author or m["who"]
        return "furniture"
    if _ROLE.search(line) and len(_words(line)) <= 6 and not _SENTENCE_END.search(line) and i > 0 \
            and (_NAME.match(lines[i - 1]) or _BYLINE.match(lines[i - 1])):
        return "furniture"  # the job-title line under a name
    # A caption: the line above a credit (a bracketed credit such as `(Image credit: X)` stands alone).
    # Right after a prose line, a sentence above a credit is more likely body text than a caption.
    below = _credit(nxt)
    if below and below[0] is None and not nxt.startswith("(") and len(line) < 300 \
            and not (after_prose and _SENTENCE_END.search(line)):
        page.image_alt = page.image_alt or line  # a caption: the line above a credit
        return "furniture"
    return "prose"


def _take_tags(rest: str) -> list[str]:
    return [t.strip(" #") for t in re.split(r"\s*[,|;·•]\s*", rest) if t.strip(" #")]


_LIST_ITEM = re.compile(r"^([-•*–]|\d+[.)])\s")


def _unwrap(raw: list[str]) -> list[str]:
    """Join paragraphs that were hard-wrapped at a fixed width (text copied from a terminal or an email).

    Only when the page looks wrapped: no line over 110 characters and a good share of long lines that stop
    mid-sentence. A line then continues the one above when that one is long and stops mid-sentence.
    """
    filled = [line for line in raw if line]
    if not filled or max(map(len, filled)) > 110:
        return raw
    cut = [line for line in filled if len(line) >= 50 and not _SENTENCE_END.search(line)]
    if len(cut) < max(2, len(filled) // 6):
        return raw
    out: list[str] = []
    for line in raw:
        if out and out[-1] and line and len(out[-1]) >= 45 and not _SENTENCE_END.search(out[-1]) \
                and not _LIST_ITEM.match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def read_plaintext(text: str, source: str) -> list[Article]:
    raw = _unwrap([tidy(line) for line in text.splitlines()])
    lines = [line for line in raw if line]
    page = _Page(lines)

    # Breadcrumb and headline: short lines before the headline are breadcrumbs (one per line, or separated by
    # `>`, `|`, `/`, `·`); a date or reading time among them is a dateline, not a section.
    i, crumbs = 0, []
    while i < len(lines):
        line = lines[i]
        if is_junk(line):
            i += 1
            continue
        parts = _crumbs(line)
        words = len(_words(line))
        short = words <= 3 and not _SENTENCE_END.search(line) and not _leads_header(lines, i)
        separated = parts is not None and len(parts) > 1 and parts != _words(line) and words <= 16
        if separated or (parts is not None and words < 4) or short:
            for part in parts if parts and len(parts) > 1 and parts != _words(line) else [line]:
                if _is_bare_date(part) or _RELATIVE_LINE.match(part):
                    page.published = page.published or parse_date(part)
                elif not _JUNK_PART.search(part):
                    crumbs.append(part)
            i += 1
            continue
        page.title = line.rstrip(" |")
        break
    specific = [c for c in crumbs if c.lower() not in _GENERIC_CRUMBS]
    if len(specific) == 1 and " " in specific[0] and _crumbs(specific[0]) == _words(specific[0]):
        specific = [w for w in _words(specific[0]) if w.lower() not in _GENERIC_CRUMBS]  # `News World`
    if specific:
        page.section = specific[-1]

    # Header zone: furniture lines; prose standing before the last furniture is the standfirst.
    start = i + 1
    header_end, pending = start, []
    j = start
    while j < len(lines) and j < start + 14:
        line = lines[j]
        kind = _header_kind(page, lines, j, after_prose=bool(pending))
        if kind == "prose" and is_junk(line):
            j += 1
            continue
        if kind == "furniture":
            if pending and page.standfirst is None:
                page.standfirst = lines[pending[0]]
            pending = []
            header_end = j + 1
        else:
            pending.append(j)
            if len(pending) >= 2:
                break
        j += 1

    # Body: up to the first tail marker; furniture inside the body is dropped.
    body: list[str] = []
    k = header_end
    while k < len(lines):
        line = lines[k]
        if m := _TAGS.match(line):
            if m.group(m.lastindex):
                page.tags += _take_tags(m.group(m.lastindex))
            else:  # a `Topics` heading over a list of short lines
                k += 1
                while k < len(lines) and len(_words(lines[k])) <= 4 and not _SENTENCE_END.search(lines[k]):
                    if not is_junk(lines[k]):
                        page.tags.append(lines[k])
                    k += 1
                continue
            k += 1
            continue
        if _TAIL.match(line) and body:
            if re.match(r"^about the", line, re.I):
                bio = next((b for b in lines[k + 1:k + 4] if _BIO.match(b)), None)
                if bio and not page.author:
                    page.author = _BIO.match(bio)["who"]  # type: ignore[index]
            break
        if is_junk(line) or line == page.title or (k in (header_end,) and line == page.standfirst):
            k += 1
            continue
        if credit := _credit(line):
            if credit[0] is None and body and len(body[-1]) < 160 and not _SENTENCE_END.search(body[-1]):
                body.pop()  # the caption above a standalone credit line
            k += 1
            continue
        if (m := _BYLINE.match(line)) and len(_words(line)) <= 8:
            page.author = page.author or _clean_author(m["who"])
            k += 1
            continue
        if not body and (m := _AGENCY_DATELINE.match(line)):
            page.author = page.author or m["agency"]
            line = line[m.end():]
        body.append(line)
        k += 1

    # An author bio closing the body (`Jane Doe is a reporter ...`).
    while body and (m := _BIO.match(body[-1])) and (
        (page.author and m["who"].startswith(page.author.split(" and ")[0])) or _ROLE.search(body[-1])
    ) and len(body) > 1:
        page.author = page.author or m["who"]
        body.pop()
    # Trailing agency sign-off (`— AFP`).
    if body and _AGENCIES.match(body[-1].strip(" .-–—()")):
        page.author = page.author or body.pop().strip(" .-–—()")

    if not page.title or not body:
        return []
    return [Article(
        title=page.title,
        source=source,
        section=page.section,
        author=page.author,
        published=page.published,
        summary=page.standfirst or "",
        body=body,
        image_alt=page.image_alt,
        image_credit=page.image_credit,
        tags=page.tags,
    )]
