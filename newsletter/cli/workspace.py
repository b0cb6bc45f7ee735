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
    """Create a workspace: newsletter.toml (commented), issues/ and templates/.

    In a folder that holds files already, only the missing ones are written: no file is overwritten."""
    from newsletter.workspace import init_workspace

    ws = init_workspace(folder, name=name, copy_theme=copy_theme)
    console.print(f"Created a workspace in {ws.root}", markup=False)
    if ws.kept:
        console.print("Left as they were (they exist already):", markup=False)
        for path in ws.kept:
            console.print(f"  {path.relative_to(folder).as_posix()}", markup=False)
    if ws.unignored:
        console.print(f"Note: .gitignore does not ignore {', '.join(ws.unignored)}; add them to keep the database "
                      "(subscriber addresses) and built files out of git.", markup=False)
    console.print(f"Next: edit {ws.config_path.name}, then `newsletter ingest SOURCE…` and `newsletter issue new`.",
                  markup=False)


def register(app: typer.Typer) -> None:
    app.command()(init)
