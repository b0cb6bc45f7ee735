"""A threaded HTTP server on loopback for the tests: started in a thread, stopped promptly.

`serve_forever` checks for shutdown every `poll_interval` (0.5 s by default): each test that stopped a server
waited up to half a second for nothing, about 5 s of the suite.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

POLL_SECONDS = 0.02


def start(handler: type[BaseHTTPRequestHandler] | object) -> ThreadingHTTPServer:
    """A server on a free loopback port, already answering; stop it with `stop`."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)  # type: ignore[arg-type]
    server.daemon_threads = True  # a handler still writing to a client that gave up never holds the test
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": POLL_SECONDS}, daemon=True).start()
    return server


def stop(server: ThreadingHTTPServer) -> None:
    server.shutdown()
    server.server_close()


def url(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler] | object) -> Iterator[str]:
    """with serving(Handler) as base: … — the server's base URL, the server stopped afterwards."""
    server = start(handler)
    try:
        yield url(server)
    finally:
        stop(server)
