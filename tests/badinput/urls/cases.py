"""URL cases of the bad-input corpus: what a loopback server does, or a URL that must be refused before any
connection. `tests/test_bad_input.py` serves every `path` from one raw TCP server, so a behaviour can answer
anything at all: garbage, half an answer, one byte a second, a redirect anywhere.

A case is ingested together with the good companion article; `expect` holds the substrings the `Error:` lines
must contain (none: the case must succeed), `kept` how many of its own articles must land.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# The test shortens the fetch limits so each case stays well under the corpus's 10 s: a per-read timeout of
# READ_TIMEOUT and a total deadline of TOTAL_SECONDS (a trickle of one byte every tenth of a second never trips the
# first).
READ_TIMEOUT = 0.5
TOTAL_SECONDS = 1

FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Tram line opens '
        b'to the university</title><link>https://example.com/tram</link><description>The tram opened on Monday.'
        b'</description></item></channel></rss>')


@dataclass
class UrlCase:
    name: str
    url: str
    """A path on the loopback server (`/x`), or a whole URL refused before any connection."""
    expect: list[str] = field(default_factory=list)
    behaviour: Callable[[socket.socket, Callable[[], bool]], None] | None = None
    """Writes the raw answer to the connection; the second argument says whether the test is over."""
    kept: int = 0
    warnings: list[str] = field(default_factory=list)


def answer(status: str = "200 OK", body: bytes = b"", headers: str = "Content-Type: text/plain\r\n",
           length: int | None = None) -> Callable:
    def write(conn: socket.socket, stopped: Callable[[], bool]) -> None:
        size = len(body) if length is None else length
        conn.sendall(f"HTTP/1.1 {status}\r\n{headers}Content-Length: {size}\r\nConnection: close\r\n\r\n".encode()
                     + body)
    return write


def raw(data: bytes) -> Callable:
    def write(conn: socket.socket, stopped: Callable[[], bool]) -> None:
        conn.sendall(data)
    return write


def redirect(location: str, status: str = "302 Found") -> Callable:
    return answer(status, headers=f"Location: {location}\r\n")


def close_at_once(conn: socket.socket, stopped: Callable[[], bool]) -> None:
    conn.close()


def silent(conn: socket.socket, stopped: Callable[[], bool]) -> None:
    while not stopped():
        time.sleep(0.1)


def trickle(head: bytes, every: float = 0.1) -> Callable:
    """`head`, then one byte every `every` seconds until the client goes away or the test ends."""
    def write(conn: socket.socket, stopped: Callable[[], bool]) -> None:
        conn.sendall(head)
        while not stopped():
            time.sleep(every)
            try:
                conn.sendall(b"x")
            except OSError:
                return
    return write


def stream(total: int, chunk: int = 1 << 20) -> Callable:
    """A body of `total` bytes with no Content-Length (read until the server closes)."""
    def write(conn: socket.socket, stopped: Callable[[], bool]) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n")
        sent = 0
        while sent < total and not stopped():
            try:
                conn.sendall(b"a" * chunk)
            except OSError:
                return
            sent += chunk
    return write


CASES = [
    # Refused before any connection.
    UrlCase("space_in_url", "http://exa mple.com/feed", ["a URL cannot hold spaces or control characters"]),
    UrlCase("control_char_in_url", "http://example.com/\x01feed", ["a URL cannot hold spaces or control characters"]),
    UrlCase("newline_in_url", "http://example.com/feed\r\nHost: evil", ["cannot hold spaces or control"]),
    UrlCase("broken_ipv6_host", "http://[::1/feed", ["not a valid URL (Invalid IPv6 URL)"]),
    UrlCase("port_out_of_range", "http://127.0.0.1:99999/feed", ["not a valid URL (Port out of range"]),
    UrlCase("no_host", "http:///feed", ["the URL has no host"]),
    UrlCase("empty_label_host", "http://a..b.example/feed", ["is not a valid host name"]),
    UrlCase("ftp_scheme", "ftp://example.com/feed.xml", ["only http(s) URLs, files and folders can be ingested"]),
    UrlCase("file_scheme", "file:///etc/passwd", ["only http(s) URLs, files and folders can be ingested"]),
    UrlCase("refused", "http://127.0.0.1:9/feed", ["cannot fetch"]),
    # The server misbehaves.
    UrlCase("closes_at_once", "/closes", ["the server closed the connection without an answer"], close_at_once),
    UrlCase("answers_garbage", "/garbage", ["not an HTTP answer"], raw(b"garbage garbage garbage\r\n\r\n")),
    UrlCase("answers_http09", "/http09", ["not an HTTP answer"], raw(FEED)),
    UrlCase("never_answers", "/silent", [f"no answer within {READ_TIMEOUT} s"], silent),
    UrlCase("trickles_body", "/trickle-body", [f"took longer than {TOTAL_SECONDS} s in total"],
            trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n")),
    # no length: read until the server closes, which it never does (the deadline must still stop it)
    UrlCase("trickles_body_without_length", "/trickle-unsized", [f"took longer than {TOTAL_SECONDS} s in total"],
            trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<p>")),
    UrlCase("trickles_headers", "/trickle-headers", [f"took longer than {TOTAL_SECONDS} s in total"],
            trickle(b"HTTP/1.1 200 OK\r\nX-Slow: ")),
    UrlCase("truncated_body", "/truncated", ["closed the connection"],
            answer(body=b"Tram line opens", length=5000)),
    UrlCase("declares_30_mb", "/huge-declared", ["larger than the 20 MB limit"], answer(length=30 * 1024 * 1024)),
    UrlCase("streams_21_mb", "/huge-streamed", ["larger than the 20 MB limit"], stream(21 * 1024 * 1024)),
    UrlCase("bad_chunked", "/bad-chunked", ["closed the connection before the answer was complete"],
            raw(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n")),
    UrlCase("too_many_headers", "/many-headers", ["not an HTTP answer"],
            raw(b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 150 + b"\r\n")),
    UrlCase("header_line_too_long", "/long-header", ["not an HTTP answer"],
            raw(b"HTTP/1.1 200 OK\r\nX-A: " + b"b" * 100_000 + b"\r\n\r\n")),
    UrlCase("status_500", "/error", ["HTTP 500 Internal Server Error"], answer("500 Internal Server Error")),
    UrlCase("status_404", "/missing", ["HTTP 404 Not Found"], answer("404 Not Found")),
    UrlCase("binary_as_html", "/binary", ["no article found (read as html)"],
            answer(body=bytes(range(256)) * 10, headers="Content-Type: text/html\r\n")),
    UrlCase("gzip_unasked", "/gzip", ["undecodable bytes"],
            answer(body=b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xf3\xcb\xcf\xd0\xe2\x02\x00",
                   headers="Content-Type: text/plain\r\nContent-Encoding: gzip\r\n")),
    # Redirects: only to http(s), at most five.
    UrlCase("redirect_to_file", "/to-file", ["redirects to 'file:///etc/passwd', which is not an http(s) URL"],
            redirect("file:///etc/passwd")),
    UrlCase("redirect_to_javascript", "/to-js", ["which is not an http(s) URL"], redirect("javascript:alert(1)")),
    UrlCase("redirect_to_ftp", "/to-ftp", ["which is not an http(s) URL"], redirect("ftp://example.com/x")),
    UrlCase("redirect_loop", "/loop", ["more than 5 redirects"], redirect("/loop")),
    UrlCase("redirect_to_broken_ipv6", "/to-ipv6", ["redirects to 'http://[::1/x', which is not a valid URL"], redirect("http://[::1/x")),
    UrlCase("redirect_to_good_feed", "/to-feed", [], redirect("/feed", "301 Moved Permanently"), kept=1),
    UrlCase("feed_with_javascript_link", "/js-feed", [], answer(
        body=FEED.replace(b"https://example.com/tram", b"javascript:alert(1)"),
        headers="Content-Type: application/rss+xml\r\n"), kept=1, warnings=["dropped 'url'"]),
    UrlCase("json_one_bad_item", "/items.json", ["item 2: 'title' is missing or not a string"], answer(
        body=b'[{"title": "Tram line opens", "url": "https://example.com/t"}, {"title": 3}]',
        headers="Content-Type: application/json\r\n"), kept=1),
]
# Served by the good-feed redirect above.
ROUTES = {"/feed": answer(body=FEED, headers="Content-Type: application/rss+xml\r\n")}
