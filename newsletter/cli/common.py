"""Helpers shared by the command modules: the workspace, the console, JSON output."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from newsletter.errors import NewsletterError
from newsletter.printable import printable
from newsletter.workspace import Workspace, find_workspace

_TEXT_STYLES = frozenset({"bold", "dim", "italic", "underline"})
_RICH_STRIPS = dict.fromkeys((7, 8, 11, 12, 13))  # the control characters rich's Text removes


class LazyConsole:
    """rich's Console, made when first needed: importing rich costs tens of milliseconds, which a command that
    prints plain lines, JSON or nothing need not pay. A plain line (`markup=False`, at most bold, dim, italic,
    underline) is written with typer's echo, as rich would write it; tables, progress bars and markup go to rich."""

    def __init__(self, **options: Any) -> None:
        self._options = {"emoji": False, **options}  # untrusted titles: ':fire:' stays ':fire:'
        self._console: Any = None

    def print(self, *objects: Any, style: str | None = None, markup: bool | None = None, **kwargs: Any) -> None:
        words = set((style or "").split())
        if len(objects) == 1 and isinstance(objects[0], str) and markup is False and not kwargs \
                and words <= _TEXT_STYLES:
            # (no control character reaches the terminal: a subscriber's name or a page's title may hold `ESC ]`)
            text, err = printable(objects[0]).translate(_RICH_STRIPS), self._options.get("stderr", False)
            if words:
                typer.secho(text, err=err, **dict.fromkeys(words, True))
            else:
                typer.echo(text, err=err)
            return
        self.real.print(*objects, style=style, markup=markup, **kwargs)

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


def cell(value: str) -> Any:
    """A table cell of text from outside (a subscriber's name, a source's label): shown as written, not read as rich
    markup (`[/bold]` in a name made the listing fail), and without control characters."""
    from rich.text import Text

    return Text(printable(value))


console = LazyConsole(highlight=False, soft_wrap=True)
err_console = LazyConsole(stderr=True, highlight=False)


# The --json flag of the commands that print a listing or an outcome.
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON.")]
JsonOutcome = Annotated[bool, typer.Option("--json", help="Print the outcome as JSON.")]


def workspace() -> Workspace:
    from newsletter.cli import state

    ws = find_workspace(state.workspace)
    ws.config  # noqa: B018 - validate newsletter.toml before any work, reporting every problem at once
    return ws


def print_table(headers: list[str], rows: list[list[str]], shrink: int) -> None:
    """Columns aligned with two spaces between them, the header in bold, without importing rich (a listing is a
    read-only command that should start fast). Column `shrink` gives way, cut with an ellipsis, to fit the
    terminal."""
    import shutil

    rows = [[" ".join(str(cell).split()) for cell in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    room = shutil.get_terminal_size((120, 24)).columns - 2 * (len(headers) - 1) - sum(widths) + widths[shrink]
    widths[shrink] = max(len(headers[shrink]), min(widths[shrink], room))

    def line(cells: list[str]) -> str:
        fitted = [c if len(c) <= w else c[:max(w - 1, 0)] + "…" for c, w in zip(cells, widths, strict=True)]
        return "  ".join(c.ljust(w) for c, w in zip(fitted, widths, strict=True)).rstrip()

    typer.secho(line(headers), bold=True)
    for row in rows:
        typer.echo(printable(line(row)))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def error(message: str) -> None:
    """One `Error: …` line on stderr (for errors that do not stop the command)."""
    typer.echo(f"Error: {printable(message)}", err=True)


def warn(message: str) -> None:
    typer.echo(f"Warning: {printable(message)}", err=True)


def existing_issue(ws: Workspace, value: str | None) -> tuple[date, Path]:
    """The issue named on the command line (default: the newest) and its file, which must exist."""
    from newsletter import compose

    day = parse_date(value) if value is not None else ws.newest_issue()
    return day, compose.existing(ws, day)


EARLIEST, LATEST = date(1900, 1, 1), date(9998, 12, 31)
"""The dates an issue may have: the windows and schedules around a day must stay within the calendar Python
can count (year 9999's last day has no next day)."""


def parse_date(value: str, what: str = "date") -> date:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise NewsletterError(f"'{value}' is not a {what} (use YYYY-MM-DD)") from None
    if not EARLIEST <= day <= LATEST:
        raise NewsletterError(f"'{value}' is out of range for a {what} ({EARLIEST} to {LATEST})")
    return day
