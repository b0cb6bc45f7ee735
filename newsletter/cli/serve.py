"""`newsletter serve`: the subscriber-facing web application."""

from __future__ import annotations

from typing import Annotated

import typer

from newsletter.cli.common import console, workspace


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on (behind a reverse proxy: keep 127.0.0.1).")] =
    "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8080,
) -> None:
    """Run the subscriber pages: one-click unsubscribe, sign-up with double opt-in, SendGrid events.

    NEWSLETTER_SECRET signs every link. It may hold several keys separated by commas or spaces: the first signs,
    all verify. To rotate, put a new key first and keep the old ones after it while their emails matter.
    Behind a reverse proxy, name it in `[web] trusted_proxies` so that its X-Forwarded-For is believed."""
    from newsletter.deliver import tokens
    from newsletter.web.app import create_app
    from newsletter.web.server import listen, make_server

    ws = workspace()
    tokens.signing_key(throwaway_ok=False)  # refuse to start without NEWSLETTER_SECRET: every link depends on it
    sock = listen(host, port)
    port = sock.getsockname()[1]  # (--port 0: the port the system chose)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"Serving {ws.config.newsletter.name} subscriber pages on http://{shown}:{port} (Ctrl-C stops)",
                  markup=False)
    server = make_server(create_app(ws), host, port)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()


def register(app: typer.Typer) -> None:
    app.command()(serve)
