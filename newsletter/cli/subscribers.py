"""`newsletter subscribers …`: the list."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsletter.cli.common import JsonFlag, cell, console, error, print_json, workspace

subscribers_app = typer.Typer(help="Add, import, list, remove and export subscribers.", no_args_is_help=True)


@subscribers_app.command()
def add(
    email: Annotated[str, typer.Argument(help="The address.")],
    name: Annotated[str, typer.Option(help="The subscriber's name.")] = "",
) -> None:
    """Add an active subscriber (an unsubscribed address stays unsubscribed)."""
    from newsletter.deliver import subscribers

    outcome, s = subscribers.upsert(workspace().connect(), email, name)
    if outcome == "suppressed":
        console.print(f"{s.email} is {s.status}: not re-subscribed", markup=False)
        raise typer.Exit(1)
    console.print(f"{outcome.capitalize()} {s.email}", markup=False)


@subscribers_app.command("import")
def import_(file: Annotated[Path, typer.Argument(help="A CSV file with email, name (and optional status, "
                                                 "created) columns.", dir_okay=False)]) -> None:
    """Import subscribers from CSV; bad rows are reported by line and the good ones imported."""
    from newsletter.deliver import subscriber_csv

    report = subscriber_csv.import_csv(workspace().connect(), file)
    for message in report.errors:
        error(message)
    console.print(f"Imported: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
                  f"{report.suppressed} suppressed, {len(report.errors)} bad rows.", markup=False)
    if report.errors:
        raise typer.Exit(1)


@subscribers_app.command("list")
def list_(
    status: Annotated[str | None, typer.Option(help="Only active, unsubscribed, bounced, complained or "
                                               "pending.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """List subscribers."""
    from rich.table import Table

    from newsletter.deliver import subscribers

    rows = subscribers.list_subscribers(workspace().connect(), status)
    if as_json:
        print_json([s.to_json() for s in rows])
        return
    table = Table("email", "name", "status", "created", box=None, header_style="bold")
    for s in rows:
        table.add_row(cell(s.email), cell(s.name), s.status, s.created)
    console.print(table)
    console.print(f"{len(rows)} subscriber{'s' if len(rows) != 1 else ''}.")


@subscribers_app.command()
def remove(email: Annotated[str, typer.Argument(help="The address.")]) -> None:
    """Unsubscribe an address, kept as a suppression so no import re-subscribes it (one not on the list too)."""
    from newsletter.deliver import subscribers

    conn = workspace().connect()
    current = subscribers.get(conn, email)
    if current is not None and current.status in subscribers.SUPPRESSED:
        console.print(f"{current.email} is {current.status} already", markup=False)  # a complaint stays one
        return
    if current is None:
        s = subscribers.suppress(conn, email)
        console.print(f"{s.email} is not on the list: recorded as unsubscribed, so no import or add subscribes it",
                      markup=False)
        return
    s = subscribers.set_status(conn, email, "unsubscribed")
    console.print(f"Unsubscribed {s.email}", markup=False)


@subscribers_app.command()
def export(
    file: Annotated[Path | None, typer.Argument(help="Write to this CSV file (default: standard output); a file "
                                                "that exists is refused unless --force.", dir_okay=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists (the new export is written "
                                        "whole, then takes its place).")] = False,
) -> None:
    """Export every subscriber as CSV (email, name, status, created).

    Cells a spreadsheet would run as a formula get a leading ' (import removes it again)."""
    import sys

    from newsletter.deliver import subscriber_csv

    conn = workspace().connect()
    if file is None:
        subscriber_csv.write_csv(conn, sys.stdout)
    else:
        subscriber_csv.export_csv(conn, file, force=force)
        console.print(f"Wrote {file}", markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(subscribers_app, name="subscribers")
