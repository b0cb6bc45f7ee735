"""The uvicorn server for the subscriber pages, configured the one way `newsletter serve` and the tests use."""

from __future__ import annotations

import socket
from typing import Any

from newsletter.errors import NewsletterError
from newsletter.web import logs


def listen(host: str, port: int, hint: str = "") -> socket.socket:
    """A socket bound to HOST:PORT and listening, before anything announces the address (`newsletter serve`, and
    the preview on loopback): a port in use or a host that is no address here is one line (ending in `hint`), not
    a server log."""
    if not host.strip():
        raise NewsletterError("--host is empty: name the interface (127.0.0.1 behind a reverse proxy)")
    if not 0 <= port <= 65535:
        raise NewsletterError(f"--port {port}: not a TCP port (use 1-65535, or 0 for any free port)")
    try:
        # (IPv4 unless the host is an IPv6 address, as uvicorn itself binds: `localhost` may resolve to ::1 first)
        family, kind, proto, _, address = socket.getaddrinfo(host, port, socket.AF_INET6 if ":" in host else
                                                             socket.AF_INET, socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise NewsletterError(f"cannot listen on {host}:{port}: {(exc.strerror or str(exc)).lower()}{hint}") from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise NewsletterError(f"cannot listen on {host}:{port}: {(exc.strerror or str(exc)).lower()}{hint}") from exc
    return sock


def make_server(app: Any, host: str, port: int, log_level: str = "info") -> Any:
    """A uvicorn.Server: proxy headers off (the app believes X-Forwarded-For from [web] trusted_proxies only;
    uvicorn's own handling would believe any local process), tokens cut from its logs."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level, proxy_headers=False,
                                           lifespan="off"))
    logs.redact_tokens("uvicorn.access", "uvicorn.error", "newsletter.web")
    return server
