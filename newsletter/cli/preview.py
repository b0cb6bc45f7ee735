"""`newsletter preview`."""

from __future__ import annotations

from typing import Annotated

import typer

from newsletter.cli.common import console, existing_issue, workspace


def preview(
    day: Annotated[str | None, typer.Argument(metavar="DATE", help="The issue's date (default: the newest).")] = None,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0: any free port).")] = 8000,
    no_open: Annotated[bool, typer.Option("--no-open", help="Do not open a browser.")] = False,
) -> None:
    """Serve a live preview on 127.0.0.1: phone and desktop widths, dark mode, text, headers; reloads on save."""
    import threading
    import webbrowser

    from newsletter.preview import PreviewState, listen, serve

    ws = workspace()
    target, _ = existing_issue(ws, day)
    sock = listen(port)  # a bad or busy port fails here, before any URL is announced
    try:
        state = PreviewState(ws.root)
        state.get(target)
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/?date={target}"
        console.print(f"Previewing {target} at {url} (Ctrl-C stops)", markup=False)
        opener = threading.Timer(0.5, webbrowser.open, args=(url,))
        if not no_open:
            opener.start()
        try:
            serve(state, sock)
        except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it handled: stopping is the normal way out
            pass
        finally:
            opener.cancel()
    finally:
        sock.close()
    console.print("Preview stopped.", markup=False)


def register(app: typer.Typer) -> None:
    app.command()(preview)
