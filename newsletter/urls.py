"""The one gate for every URL a reader can follow or load: only http(s), and mailto for links.

Every place that accepts a URL from outside (an article, a feed item, front matter, a config value) and every
output that writes one (the email, the web version, the archive, the feed, the preview) goes through
`safe_link` or `safe_image`; a URL they refuse is dropped, never passed on.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_SCHEMES = frozenset({"http", "https"})
# Browsers strip these before parsing a URL, so `java\tscript:` is `javascript:` to them.
_INVISIBLE = str.maketrans("", "", "\t\n\r\x00\x0b\x0c")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def safe_url(value: object, schemes: frozenset[str] = LINK_SCHEMES) -> str | None:
    """`value` when it is an absolute URL with an allowed scheme (and a host, for http/https), else None."""
    if not isinstance(value, str):
        return None
    url = value.strip().translate(_INVISIBLE)
    if not url or _CONTROL.search(url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in schemes:
        return None
    if scheme in ("http", "https") and not parts.hostname:
        return None
    if scheme == "mailto" and "@" not in parts.path:
        return None
    return url


def safe_link(value: object) -> str | None:
    """A URL for `href`: http, https or mailto."""
    return safe_url(value, LINK_SCHEMES)


def safe_image(value: object) -> str | None:
    """A URL for `src`: http or https only."""
    return safe_url(value, IMAGE_SCHEMES)
