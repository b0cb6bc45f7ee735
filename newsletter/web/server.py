"""The uvicorn server for the subscriber pages, configured the one way `newsletter serve` and the tests use."""

from __future__ import annotations

from typing import Any

from newsletter.web import logs


def make_server(app: Any, host: str, port: int, log_level: str = "info") -> Any:
    """A uvicorn.Server: proxy headers off (the app believes X-Forwarded-For from [web] trusted_proxies only;
    uvicorn's own handling would believe any local process), tokens cut from its logs."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level, proxy_headers=False,
                                           lifespan="off"))
    logs.redact_tokens("uvicorn.access", "uvicorn.error", "newsletter.web")
    return server
