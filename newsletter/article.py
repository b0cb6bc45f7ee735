"""The Article: one story as it sits in the pool, with its stable id, canonical URL and summary."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsletter.errors import SourceError
from newsletter.urls import safe_image, safe_link

# Crockford's base32 without the look-alikes: ids are easy to read aloud and to type.
_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
ID_LENGTH = 7
SUMMARY_CHARS = 300
_TRACKING_PARAMS = re.compile(r"^(utm_[a-z_]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.I)


@dataclass
class Article:
    title: str
    source: str
    url: str | None = None
    section: str | None = None
    author: str | None = None
    published: datetime | None = None
    summary: str = ""
    body: list[str] = field(default_factory=list)
    image_url: str | None = None
    image_alt: str | None = None
    image_credit: str | None = None
    tags: list[str] = field(default_factory=list)
    publication: str | None = None
    """The publication's name from its `[[sources]]` table (e.g. "Example Wire"), shown on its items."""

    @property
    def key(self) -> str:
        """What makes two ingests the same article: the canonical URL, else title and source."""
        if self.url:
            return "url:" + canonical_url(self.url)
        return f"title:{normalise_title(self.title)}|{self.source}"

    @property
    def id(self) -> str:
        return short_id(self.key)

    def finish(self, warn: Callable[[str], None] | None = None) -> Article:
        """Fill what readers leave out (a summary, UTC time, tidy strings) and check what they found.

        A `url` or `image_url` that is not http(s) (or mailto, for the link) is dropped through the one URL gate,
        with a warning naming the field; a missing title or a date out of range is a SourceError.
        """
        self.title = tidy(self.title)
        if not self.title:
            raise SourceError(self.source, "the article has no title")
        self.body = [p for p in (tidy(p) for p in self.body) if p]
        if self.published is not None:
            try:
                self.published = to_utc(self.published)
            except (OverflowError, ValueError):
                raise SourceError(self.source, f"'published' {self.published.isoformat()} is out of range "
                                               f"in UTC") from None
        self.summary = tidy(self.summary) if self.summary else make_summary(self.body)
        self.tags = list(dict.fromkeys(t for t in (tidy(t) for t in self.tags) if t))
        for name in ("section", "author", "image_url", "image_alt", "image_credit", "url", "publication"):
            value = getattr(self, name)
            setattr(self, name, tidy(value) or None if isinstance(value, str) else value)
        for name, gate in (("url", safe_link), ("image_url", safe_image)):
            value = getattr(self, name)
            if value is not None and gate(value) is None:
                if warn:
                    kinds = "http(s) or mailto" if name == "url" else "http(s)"
                    warn(f"{self.source}: dropped '{name}' of '{self.title[:60]}': '{value[:80]}' is not an "
                         f"{kinds} URL")
                setattr(self, name, None)
        if self.url:
            self.url = without_tracking(self.url)
        return self

    def to_json(self) -> dict:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        return {"id": self.id, **data}


def strip_markup(text: str) -> str:
    """Plain text: tags removed (script and style with their content) by nh3, entities decoded."""
    if "<" not in text and "&" not in text:
        return text
    import nh3

    return html.unescape(nh3.clean(text, tags=set(), clean_content_tags={"script", "style"}))


def tidy(text: str | None) -> str:
    """Plain text: no markup, Unicode NFC, no control characters, single spaces."""
    if not text:
        return ""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", strip_markup(text)))
    if not text.isprintable():  # the per-character pass only when needed: it is slow on a long page
        text = re.sub(r"\s+", " ", "".join(ch if ch.isprintable() else " " for ch in text))
    return text.strip()


def to_utc(moment: datetime) -> datetime:
    """Aware datetimes converted; naive ones taken as UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def short_id(key: str) -> str:
    digest = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")
    chars = []
    for _ in range(ID_LENGTH):
        digest, rest = divmod(digest, 32)
        chars.append(_ALPHABET[rest])
    return "".join(chars)


@lru_cache(maxsize=16384)  # (selection asks it of the same URLs many times: every candidate against every pick)
def canonical_url(url: str) -> str:
    """Lower-case host, no fragment, no tracking parameters, no default port or trailing slash, and http taken
    as https: the same page reached either way (a file's front matter, the web) is one article."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and (parts.scheme, parts.port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{parts.port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING_PARAMS.match(k)))
    path = parts.path.rstrip("/") or "/"
    scheme = parts.scheme.lower()
    return urlunsplit(("https" if scheme == "http" else scheme, host, path, query, ""))


def without_tracking(url: str) -> str:
    """The URL without utm_* and click-id parameters; everything else as it was."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING_PARAMS.match(k)])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def normalise_title(title: str) -> str:
    """Case, accents, punctuation and spacing removed: for comparing headlines."""
    text = unicodedata.normalize("NFKD", title.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", text))


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])")


def make_summary(paragraphs: list[str], limit: int = SUMMARY_CHARS) -> str:
    """The lead paragraph cut at a sentence boundary to about `limit` characters."""
    if not paragraphs:
        return ""
    lead = paragraphs[0]
    if len(lead) <= limit:
        return lead
    cut = ""
    for match in _SENTENCE_END.finditer(lead):
        if match.end() > limit * 1.15:
            break
        cut = lead[: match.end()]
    if cut and len(cut) >= limit * 0.4:
        return cut.strip()
    # No usable sentence end: cut at a word and mark the cut.
    return lead[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
