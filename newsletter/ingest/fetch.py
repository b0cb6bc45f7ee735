"""Loading a source's bytes: a file, or an http(s) URL (the only network ingestion does).

Both are capped at MAX_BYTES, measured before anything is read whole. A URL is checked before any connection,
follows at most MAX_REDIRECTS redirects and only to http(s), and the whole fetch (connect, headers, body, every
redirect) has a total deadline: a server trickling one byte every few seconds never trips a per-read timeout,
so a watchdog shuts the socket when TOTAL_SECONDS have passed.
"""

from __future__ import annotations

import functools
import http.client
import os
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from newsletter import __version__
from newsletter.errors import SourceError

TIMEOUT = 20
"""Seconds one network operation (connect, one read) may take."""
TOTAL_SECONDS = 60
"""Seconds a whole fetch may take, redirects included."""
MAX_BYTES = 20 * 1024 * 1024
"""The largest source, file or URL, ingestion reads (20 MB: far above any article or feed)."""
MAX_REDIRECTS = 5
_HEADERS = {
    "User-Agent": f"newsletter/{__version__} (+https://pypi.org/project/newsletter)",
    "Accept": "text/html, application/rss+xml, application/atom+xml, application/xml, application/json, */*",
    "Accept-Encoding": "identity",
}


@dataclass
class Loaded:
    data: bytes
    content_type: str = ""
    url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    """A conditional GET answered 304: nothing new (`data` is empty)."""


def is_url(source: str) -> bool:
    return bool(re.match(r"(?i)https?://", source))


def shown(text: str) -> str:
    """`text` with control characters escaped, for a one-line message."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def load(source: str, headers: dict[str, str] | None = None, seconds: float | None = None) -> Loaded:
    """A file's or a URL's bytes. For a URL, `headers` go with the request (a conditional GET's validators) and
    `seconds` replaces the total deadline."""
    if is_url(source):
        return _fetch(source, headers or {}, TOTAL_SECONDS if seconds is None else seconds)
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]+://", source):
        raise SourceError(shown(source), "only http(s) URLs, files and folders can be ingested")
    return Loaded(_read_file(Path(source), source))


def _read_file(path: Path, source: str) -> bytes:
    """A file's bytes; a pipe (`/dev/stdin`, `<(command)`, a FIFO) is read to its end, within the same limit."""
    from newsletter.infile import open_input

    try:
        with open_input(path) as handle:
            if os.isatty(handle.fileno()):  # (`ingest /dev/stdin` typed at a prompt would wait for a paste's end)
                raise SourceError(source, "is a terminal: pipe the page in (`… | newsletter ingest /dev/stdin`)")
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                raise SourceError(source, f"{size / 1024 / 1024:.0f} MB, larger than the "
                                          f"{MAX_BYTES // 1024 // 1024} MB limit for one source")
            data = handle.read(MAX_BYTES + 1)  # a pipe, a device or a growing file can say 0 bytes and be endless
    except OSError as exc:
        raise SourceError(source, exc.strerror or str(exc)) from exc
    if len(data) > MAX_BYTES:
        raise SourceError(source, f"larger than the {MAX_BYTES // 1024 // 1024} MB limit for one source")
    return data


def check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path with query) of an http(s) URL, or SourceError saying what is wrong with it."""
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        raise SourceError(shown(url), "a URL cannot hold spaces or control characters (write a space as %20)")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise SourceError(url, f"not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise SourceError(url, "only http(s) URLs can be fetched")
    if not parts.hostname:
        raise SourceError(url, "the URL has no host")
    try:
        parts.hostname.encode("idna")
    except UnicodeError:
        raise SourceError(url, f"'{parts.hostname}' is not a valid host name") from None
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80), path


class _Watchdog:
    """Shuts a connection's socket at the deadline, which wakes a read blocked in another layer."""

    def __init__(self, conn: http.client.HTTPConnection, seconds: float):
        self.expired = False
        self._conn = conn
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.expired = True
        sock = self._conn.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self._timer.cancel()


def _fetch(url: str, headers: dict[str, str], seconds: float) -> Loaded:
    deadline = time.monotonic() + seconds
    named, outside = url, None  # the URL the editor named; whether it is outside this machine's network
    for hop in range(MAX_REDIRECTS + 1):
        scheme, host, port, path = check_url(url)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        if hop and outside is None:  # (asked at the first redirect only: most fetches have none)
            outside = not _internal(urlsplit(named).hostname or "")
        result = _get(url, scheme, host, port, path, remaining, headers, seconds, inside_refused=bool(hop and outside))
        if isinstance(result, Loaded):
            return result
        url = result
    else:
        raise SourceError(url, f"more than {MAX_REDIRECTS} redirects")
    raise SourceError(url, f"took longer than {seconds:g} s in total (the limit for one fetch)")


@functools.cache
def _tls() -> ssl.SSLContext:
    """One verifying TLS context per process, shared by every fetch (loading the certificates costs ~50 ms; a
    context is safe to share between threads)."""
    return ssl.create_default_context()


def _connection(scheme: str, host: str, port: int, path: str,
                timeout: float) -> tuple[http.client.HTTPConnection, str]:
    """A connection to the host, or through the proxy the environment names (http_proxy, https_proxy,
    no_proxy), and the request target to send on it."""
    import urllib.request

    proxy = urllib.request.getproxies().get(scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        if scheme == "https":
            return http.client.HTTPSConnection(host, port, timeout=timeout,
                                               context=_tls()), path
        return http.client.HTTPConnection(host, port, timeout=timeout), path
    via = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    if scheme == "https":  # a CONNECT tunnel through the proxy, TLS with the host itself
        conn = http.client.HTTPSConnection(via.hostname or "", via.port or 80, timeout=timeout,
                                           context=_tls())
        conn.set_tunnel(host, port)
        return conn, path
    name = f"[{host}]" if ":" in host else host
    target = f"http://{name}{'' if port == 80 else f':{port}'}{path}"  # a proxy takes the absolute URL
    return http.client.HTTPConnection(via.hostname or "", via.port or 80, timeout=timeout), target


def _get(url: str, scheme: str, host: str, port: int, path: str, remaining: float,
         headers: dict[str, str], total: float = TOTAL_SECONDS, inside_refused: bool = False) -> Loaded | str:
    """One request: the Loaded answer, or the URL a redirect points to. `inside_refused`: a redirect from outside
    led here, so the address connected to must be outside this machine's network too (checked on the socket,
    as the name may resolve differently from the check in `_redirect`)."""
    conn, path = _connection(scheme, host, port, path, min(TIMEOUT, remaining))
    watchdog = _Watchdog(conn, remaining)
    try:
        if inside_refused and conn.host == host:  # (through a proxy, the proxy resolves the name)
            conn.connect()
            if _internal(conn.sock.getpeername()[0]):
                raise SourceError(url, "was redirected to an address inside this machine's network; a page from "
                                       "outside may not send the fetch there")
        conn.request("GET", path, headers={**_HEADERS, **headers})
        response = conn.getresponse()
        if response.status in (301, 302, 303, 307, 308) and response.getheader("Location"):
            return _redirect(url, response.getheader("Location", ""))
        validators = {"etag": response.getheader("ETag"), "last_modified": response.getheader("Last-Modified")}
        if response.status == 304:
            return Loaded(b"", url=url, not_modified=True, **validators)
        if response.status >= 400:
            raise SourceError(url, f"HTTP {response.status} {response.reason}")
        loaded = Loaded(_body(response, url, watchdog), response.getheader("Content-Type", ""), url, **validators)
        if watchdog.expired:  # the watchdog's shutdown can look like a short but complete answer
            raise SourceError(url, "deadline")
        return loaded
    except SourceError as exc:
        if watchdog.expired:
            raise SourceError(url, f"took longer than {total:g} s in total (the limit for one fetch)") from None
        raise exc from None
    except (OSError, http.client.HTTPException, UnicodeError, ValueError) as exc:
        # (the socket's own timeout is the time left when that is shorter: then it, not the watchdog, may fire
        # first at the deadline)
        if watchdog.expired or (isinstance(exc, TimeoutError) and remaining < TIMEOUT):
            raise SourceError(url, f"took longer than {total:g} s in total (the limit for one fetch)") from None
        raise SourceError(url, _reason(exc)) from None
    finally:
        watchdog.cancel()
        conn.close()


def _redirect(url: str, location: str) -> str:
    """The absolute URL a redirect points to, when it is one ingestion may follow."""
    try:
        target = urljoin(url, location)
        urlsplit(target).port  # noqa: B018 - raises ValueError for a broken host or port
    except ValueError:
        raise SourceError(url, f"redirects to '{shown(location)}', which is not a valid URL") from None
    if urlsplit(target).scheme.lower() not in ("http", "https"):
        raise SourceError(url, f"redirects to '{shown(target)}', which is not an http(s) URL")
    if _internal(urlsplit(target).hostname or "") and not _internal(urlsplit(url).hostname or ""):
        raise SourceError(url, f"redirects to '{shown(target)}', an address inside this machine's network; a page "
                               f"from outside may not send the fetch there")
    return target


def _internal(host: str) -> bool:
    """Whether a host is this machine or its private network (loopback, private, link-local, unspecified): a
    redirect from a public page may not lead there (the answer would be read into an article and mailed out)."""
    import ipaddress

    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host.strip("[]"), None)}
    except (OSError, UnicodeError):
        return False  # not resolvable: the connection will say so
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:  # loopback, private, link-local, shared (CGNAT), reserved
            return True
    return False


def _body(response: http.client.HTTPResponse, url: str, watchdog: _Watchdog) -> bytes:
    limit = f"larger than the {MAX_BYTES // 1024 // 1024} MB limit for one source"
    length = response.getheader("Content-Length", "")
    if length.isdigit() and int(length) > MAX_BYTES:
        raise SourceError(url, limit)
    chunks, size = [], 0
    while chunk := response.read1(65536):
        if watchdog.expired:  # a shut socket may still hand over what had arrived: a trickle never ends by itself
            raise SourceError(url, "deadline")
        size += len(chunk)
        if size > MAX_BYTES:
            raise SourceError(url, limit)
        chunks.append(chunk)
    if length.isdigit() and size < int(length):
        raise SourceError(url, f"the server closed the connection after {size} of {length} bytes")
    return b"".join(chunks)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without an answer"
    if isinstance(exc, http.client.IncompleteRead):
        return "the server closed the connection before the answer was complete"
    if isinstance(exc, http.client.HTTPException):
        return f"not an HTTP answer ({shown(str(exc))[:120] or type(exc).__name__})"
    if isinstance(exc, TimeoutError):
        return f"no answer within {TIMEOUT} s"
    if isinstance(exc, socket.gaierror):
        return f"cannot find the host ({exc.strerror})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({exc.reason or exc})"
    if isinstance(exc, OSError):
        return f"cannot fetch ({exc.strerror or exc})"
    return f"cannot fetch ({shown(str(exc))[:120]})"
