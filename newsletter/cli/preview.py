"""`newsletter preview`."""

from __future__ import annotations

from typing import Annotated

import typer

from newsletter.cli.common import console, parse_date, workspace


def preview(
    day: Annotated[str | None, typer.Argument(metavar="DATE", help="The issue's date (default: the newest).")] = None,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0: any free port).")] = 8000,
    no_open: Annotated[bool, typer.Option("--no-open", help="Do not open a browser.")] = False,
) -> None:
    """Serve a live preview on 127.0.0.1: phone and desktop widths, dark mode, text, headers; reloads on save."""
    import socket
    import threading
    import webbrowser

    import uvicorn

    from newsletter import compose
    from newsletter.preview import PreviewState, create_app, watch

    ws = workspace()
    target = parse_date(day) if day else compose.newest(ws)
    compose.existing(ws, target)
    if port == 0:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
    state = PreviewState(ws.root)
    state.get(target)
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(state, stop), daemon=True)
    watcher.start()
    url = f"http://127.0.0.1:{port}/?date={target}"
    console.print(f"Previewing {target} at {url} (Ctrl-C stops)", markup=False)
    if not no_open:
        threading.Timer(0.8, webbrowser.open, args=(url,)).start()
    server = uvicorn.Server(uvicorn.Config(create_app(state), host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    try:
        server.run()
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it handled: stopping is the normal way out
        pass
    finally:
        stop.set()
        watcher.join(timeout=2)
    console.print("Preview stopped.")


def register(app: typer.Typer) -> None:
    app.command()(preview)
