"""Loading a source's bytes: a file, or an http(s) URL (the only network ingestion does)."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from newsletter import __version__
from newsletter.errors import SourceError

TIMEOUT = 20
MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Loaded:
    data: bytes
    content_type: str = ""
    url: str | None = None


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def load(source: str) -> Loaded:
    if is_url(source):
        return _fetch(source)
    try:
        return Loaded(Path(source).read_bytes())
    except OSError as exc:
        raise SourceError(source, exc.strerror or str(exc)) from exc


def _fetch(url: str) -> Loaded:
    request = urllib.request.Request(url, headers={
        "User-Agent": f"newsletter/{__version__} (+https://pypi.org/project/newsletter)",
        "Accept": "text/html, application/rss+xml, application/atom+xml, application/xml, application/json, */*",
    })
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            data = response.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise SourceError(url, f"larger than {MAX_BYTES // 1024 // 1024} MB")
            return Loaded(data, response.headers.get("Content-Type", ""), response.geturl())
    except urllib.error.HTTPError as exc:
        raise SourceError(url, f"HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise SourceError(url, f"cannot fetch ({exc.reason})") from exc
    except TimeoutError as exc:
        raise SourceError(url, f"no answer within {TIMEOUT} s") from exc
