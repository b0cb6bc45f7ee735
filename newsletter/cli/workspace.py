"""`newsletter init`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsletter.cli.common import console


def init(
    folder: Annotated[Path, typer.Argument(help="Where to create the workspace.", file_okay=False)],
    name: Annotated[str, typer.Option(help="The newsletter's name.")] = "My Newsletter",
    copy_theme: Annotated[bool, typer.Option("--copy-theme", help="Copy the default theme into templates/ "
                                             "instead of using the packaged one.")] = False,
) -> None:
    """Create a workspace: newsletter.toml (commented), issues/ and templates/."""
    from newsletter.workspace import init_workspace

    ws = init_workspace(folder, name=name, copy_theme=copy_theme)
    console.print(f"Created a workspace in {ws.root}")
    console.print(f"Next: edit {ws.config_path.name}, then `newsletter ingest SOURCE…` and `newsletter issue new`.")


def register(app: typer.Typer) -> None:
    app.command()(init)
