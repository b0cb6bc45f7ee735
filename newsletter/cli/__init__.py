"""The `newsletter` command: thin wrappers that parse, call the library and print.

Library errors (NewsletterError) become one line `Error: …` on stderr and exit code 1. Heavy libraries are
imported inside the commands that need them, so `--help` and quick commands start fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from newsletter import __version__
from newsletter.errors import NewsletterError

app = typer.Typer(
    help="Build, preview and send a daily email newsletter.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class State:
    workspace: Path | None = None


state = State()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsletter {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    workspace: Annotated[Path | None, typer.Option(
        "--workspace", "-w", help="The workspace folder (default: NEWSLETTER_WORKSPACE, or the first folder "
        "upward from here with newsletter.toml).", file_okay=False)] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    state.workspace = workspace


_registered = False


def register() -> None:
    """Attach the command modules once (each is small and imports only typer at module level)."""
    global _registered
    if _registered:
        return
    _registered = True
    from newsletter.cli import articles, build, issue, preview, send, serve, subscribers, workspace

    for module in (workspace, articles, issue, build, preview, send, subscribers, serve):
        module.register(app)


def format_error(exc: NewsletterError) -> str:
    """`Error: …` on one line, whatever the message holds."""
    return "Error: " + " ".join(str(exc).split())


def main() -> None:
    register()
    try:
        app()
    except NewsletterError as exc:
        typer.echo(format_error(exc), err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        sys.exit(130)
