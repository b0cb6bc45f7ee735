"""`newsletter daily`: the whole morning in one command (ingest, issue, build, test copy, and the scheduled send)."""

from __future__ import annotations

from typing import Annotated

import typer

from newsletter.cli.common import console, parse_date, print_json, workspace


def daily(
    day: Annotated[str | None, typer.Option("--date", help="The issue's date (default: today in the workspace's "
                                            "time zone).")] = None,
    send: Annotated[bool, typer.Option("--send", help="Also schedule the send at [delivery] send_time (it goes "
                                       "out once approved, when approval is required).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the steps as JSON.")] = False,
) -> None:
    """The morning in one command: ingest, the day's issue if missing, build, a [TEST] copy, --send schedules it.

    Ingests every [[sources]] table, creates the issue unless it exists, builds it, sends a [TEST] copy to
    [newsletter] editors, and prints what was picked and the check findings; --send schedules the send at
    [delivery] send_time.
    """
    from newsletter import compose
    from newsletter.daily import run_daily

    ws = workspace()
    target = parse_date(day) if day is not None else compose.today(ws)

    def show(step) -> None:
        if as_json:
            return
        mark = "ok" if step.ok else "FAILED"
        console.print(f"{step.name}: {mark}", style="bold", markup=False)
        for line in step.lines:
            console.print(f"  {line}", markup=False)

    steps = run_daily(ws, target, send=send, on_step=show)
    if as_json:
        print_json({"date": target.isoformat(), "steps": [s.to_json() for s in steps]})
    failed = [s.name for s in steps if not s.ok]
    if failed:
        typer.echo(f"Error: the daily run of {target} had problems in: {', '.join(failed)}", err=True)
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(daily)
