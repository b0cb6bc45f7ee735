"""Helpers shared by the command modules: the workspace, the console, JSON output."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from newsletter.errors import NewsletterError
from newsletter.workspace import Workspace, find_workspace

# The --json flag of the commands that print a listing or an outcome.
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON.")]
JsonOutcome = Annotated[bool, typer.Option("--json", help="Print the outcome as JSON.")]

console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False)


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


def existing_issue(ws: Workspace, value: str | None) -> tuple[date, Path]:
    """The issue named on the command line (default: the newest) and its file, which must exist."""
    from newsletter import compose

    day = parse_date(value) if value else compose.newest(ws)
    return day, compose.existing(ws, day)


def parse_date(value: str, what: str = "date") -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise NewsletterError(f"'{value}' is not a {what} (use YYYY-MM-DD)") from None
