"""`newsletter schedule …`: send an issue at a set time; `schedule run` (from cron or a timer) sends what is due."""

from __future__ import annotations

from typing import Annotated

import typer

from newsletter.cli.common import JsonFlag, cell, console, parse_date, print_json, workspace
from newsletter.deliver.providers import REGISTRY

schedule_app = typer.Typer(help="Schedule sends; `schedule run`, every minute from cron or a systemd timer, sends "
                           "what is due.", no_args_is_help=True)
DateArg = Annotated[str, typer.Argument(metavar="DATE", help="The issue's date, YYYY-MM-DD.")]


@schedule_app.command()
def add(
    day: DateArg,
    at: Annotated[str, typer.Option("--at", help="When: HH:MM on the issue's date, or 'YYYY-MM-DD HH:MM' "
                                    "(workspace time zone).")],
    provider: Annotated[str | None, typer.Option(help=f"{', '.join(REGISTRY)} (default: delivery.provider).")] = None,
    handover: Annotated[bool, typer.Option("--handover/--no-handover", help="sendgrid: hand the send over 15 minutes "
                                           "ahead once approved (send_at), so its minute does not depend on this "
                                           "machine.")] = True,
) -> None:
    """Schedule an issue's send (replacing a schedule that has not started)."""
    from newsletter import schedule

    ws = workspace()
    conn = ws.connect()
    target = parse_date(day)
    entry = schedule.add(ws, conn, target, at, provider, handover)
    when = entry.send_at.astimezone(ws.config.zone)
    console.print(f"Scheduled the issue of {day} for {when:%Y-%m-%d %H:%M %Z} via {entry.provider}.", markup=False)
    for outcome in schedule.run_due(ws, conn, only=target):  # a provider that can hold it gets it now if it may
        if outcome.action == "handed over":
            console.print(f"Handed over to {entry.provider}: {outcome.detail}", markup=False)
        elif outcome.action == "waiting" and schedule.hands_over(entry):
            minutes = schedule.HANDOVER_AHEAD.seconds // 60
            console.print(f"{entry.provider} gets it at {when - schedule.HANDOVER_AHEAD:%H:%M}, {minutes} minutes "
                          f"before its time, with the list as it is then (`schedule run` must run then).",
                          markup=False)


@schedule_app.command("list")
def list_(as_json: JsonFlag = False) -> None:
    """Every schedule: date, time, provider, state and a note."""
    from rich.table import Table

    from newsletter import schedule

    ws = workspace()
    rows = schedule.list_schedules(ws.connect())
    if as_json:
        print_json([r.to_json(ws.config.zone) for r in rows])
        return
    if not rows:
        console.print("Nothing scheduled.")
        return
    table = Table("date", "send at", "provider", "state", "note", box=None, header_style="bold")
    for r in rows:
        table.add_row(r.day.isoformat(), f"{r.send_at.astimezone(ws.config.zone):%Y-%m-%d %H:%M %Z}",
                      cell(r.provider), r.state, cell(r.error or ""))  # (a note may quote a server's reply)
    console.print(table)


@schedule_app.command()
def cancel(day: DateArg) -> None:
    """Cancel a schedule (a send handed over to SendGrid is cancelled through its API)."""
    from newsletter import schedule

    ws = workspace()
    entry = schedule.cancel(ws, ws.connect(), parse_date(day))
    console.print(f"Cancelled the scheduled send of {day}" + (f" (SendGrid batch {entry.batch_id})" if
                                                              entry.batch_id else "") + ".", markup=False)


@schedule_app.command()
def run(as_json: JsonFlag = False) -> None:
    """Send every scheduled issue whose time has come (approved, when approval is required); safe every minute."""
    from newsletter import schedule
    from newsletter.locks import LockedError

    ws = workspace()
    try:
        outcomes = schedule.run_due(ws, ws.connect())
    except LockedError as exc:  # another run is at work: it sends what is due, this one has nothing to do
        console.print(f"Nothing done: {exc}", markup=False)
        return
    if as_json:
        print_json([{"date": o.day.isoformat(), "action": o.action, "detail": o.detail} for o in outcomes])
    else:
        for o in outcomes:
            console.print(f"{o.day}: {o.action}" + (f" ({o.detail})" if o.detail else ""), markup=False)
    if any(o.action in ("failed", "unfinished", "not approved") for o in outcomes):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(schedule_app, name="schedule")
