"""newsletter/ingest/fetch.py: redirects, proxies, TLS and DNS failures, size limits on files. (Timeouts, trickling
servers and oversize bodies are cases of the bad-input corpus, tests/badinput/urls/.)"""

from __future__ import annotations

import socket
from http.server import BaseHTTPRequestHandler
from typing import ClassVar

import pytest

from newsletter.errors import SourceError
from newsletter.ingest import fetch
from tests import loopback


class Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str]]] = []

    def log_message(self, *args) -> None:
        pass

    def _answer(self, status: int, body: bytes = b"", **headers: str) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.seen.append(("GET", self.path))
        path = self.path.split("://", 1)[-1].split("/", 1)[-1]  # a proxy is sent the absolute URL
        if path.startswith("loop/"):
            self._answer(302, Location=f"/loop/{int(path[5:]) + 1}")
        elif path == "to-javascript":
            self._answer(301, Location="javascript:alert(1)")
        elif path == "to-bad-port":
            self._answer(302, Location="http://127.0.0.1:99999/x")
        elif path == "hop":
            self._answer(307, Location="/article")
        else:
            self._answer(200, b"<p>Hello</p>", Content_Type="text/html; charset=utf-8")

    def do_CONNECT(self) -> None:
        Handler.seen.append(("CONNECT", self.path))
        self._answer(403)


@pytest.fixture(scope="module")
def server():
    with loopback.serving(Handler) as base:
        yield base


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "no_proxy", "NO_PROXY", "all_proxy",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    Handler.seen.clear()


def test_a_redirect_is_followed_and_the_final_url_kept(server):
    loaded = fetch.load(f"{server}/hop")
    assert loaded.data == b"<p>Hello</p>" and loaded.url == f"{server}/article"
    assert loaded.content_type == "text/html; charset=utf-8"


def test_more_than_five_redirects_stop(server):
    with pytest.raises(SourceError) as info:
        fetch.load(f"{server}/loop/0")
    assert str(info.value) == f"{server}/loop/6: more than {fetch.MAX_REDIRECTS} redirects"
    assert len(Handler.seen) == fetch.MAX_REDIRECTS + 1


def test_a_redirect_out_of_http_or_to_a_broken_url_is_refused(server):
    with pytest.raises(SourceError, match=r"/to-javascript: redirects to 'javascript:alert\(1\)', which is not an "
                                          r"http\(s\) URL$"):
        fetch.load(f"{server}/to-javascript")
    with pytest.raises(SourceError, match=r"redirects to 'http://127.0.0.1:99999/x', which is not a valid URL$"):
        fetch.load(f"{server}/to-bad-port")


def test_http_goes_through_the_proxy_the_environment_names(server, monkeypatch):
    monkeypatch.setenv("http_proxy", server.removeprefix("http://"))  # host:port without a scheme works too
    loaded = fetch.load("http://news.example:8080/story?id=1")
    assert loaded.data == b"<p>Hello</p>"
    assert Handler.seen == [("GET", "http://news.example:8080/story?id=1")]
    monkeypatch.setenv("no_proxy", "127.0.0.1")  # a bypassed host is fetched directly
    Handler.seen.clear()
    fetch.load(f"{server}/direct")
    assert Handler.seen == [("GET", "/direct")]


def test_https_through_a_proxy_is_a_tunnel_and_its_refusal_is_one_line(server, monkeypatch):
    monkeypatch.setenv("https_proxy", server)
    with pytest.raises(SourceError) as info:
        fetch.load("https://news.example/story")
    assert Handler.seen == [("CONNECT", "news.example:443")]
    assert str(info.value).startswith("https://news.example/story: cannot fetch (Tunnel connection failed: 403")


def test_tls_to_a_server_that_speaks_plain_http_fails_cleanly(server):
    with pytest.raises(SourceError) as info:
        fetch.load(server.replace("http://", "https://") + "/article")
    assert str(info.value).startswith(server.replace("http://", "https://") + "/article: TLS failed (")


def test_an_unknown_host_says_so(monkeypatch):
    def getaddrinfo(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with pytest.raises(SourceError) as info:
        fetch.load("http://no-such-host.example/feed")
    assert str(info.value) == "http://no-such-host.example/feed: cannot find the host (Name or service not known)"


def test_files_over_the_limit_and_things_that_are_not_files(tmp_path, monkeypatch):
    monkeypatch.setattr(fetch, "MAX_BYTES", 2 * 1024 * 1024)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (3 * 1024 * 1024))
    with pytest.raises(SourceError) as info:
        fetch.load(str(big))
    assert str(info.value) == f"{big}: 3 MB, larger than the 2 MB limit for one source"
    with pytest.raises(SourceError, match=r"Is a directory$"):
        fetch.load(str(tmp_path))
    with pytest.raises(SourceError, match=r"No such file or directory$"):
        fetch.load(str(tmp_path / "missing.txt"))
    small = tmp_path / "small.txt"
    small.write_text("ok")
    assert fetch.load(str(small)).data == b"ok"
