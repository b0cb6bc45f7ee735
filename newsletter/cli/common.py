"""Helpers shared by the command modules: the workspace, the console, JSON output."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

import typer

from newsletter.errors import NewsletterError
from newsletter.workspace import Workspace, find_workspace


class LazyConsole:
    """rich's Console, made on the first print: importing rich costs tens of milliseconds, which a command that
    fails early, prints JSON or prints nothing need not pay."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Any = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    @property
    def real(self) -> Any:
        """The rich Console itself (for `with console:` and for passing it on)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __enter__(self) -> Any:
        return self.real.__enter__()

    def __exit__(self, *exc: object) -> None:
        self.real.__exit__(*exc)


console = LazyConsole(highlight=False, soft_wrap=True)
err_console = LazyConsole(stderr=True, highlight=False)


def workspace() -> Workspace:
    from newsletter.cli import state

    ws = find_workspace(state.workspace)
    ws.config  # noqa: B018 - validate newsletter.toml before any work, reporting every problem at once
    return ws


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def error(message: str) -> None:
    """One `Error: …` line on stderr (for errors that do not stop the command)."""
    typer.echo(f"Error: {message}", err=True)


def warn(message: str) -> None:
    typer.echo(f"Warning: {message}", err=True)


def parse_date(value: str, what: str = "date") -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise NewsletterError(f"'{value}' is not a {what} (use YYYY-MM-DD)") from None
