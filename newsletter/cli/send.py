"""`newsletter send`: deliver an issue (or a test copy), and `newsletter send status`."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from newsletter.cli.common import console, parse_date, print_json, warn, workspace


def send(
    day: Annotated[str | None, typer.Argument(metavar="DATE", help="The issue's date (default: the newest); "
                                              "`send status [DATE]` shows the ledger instead.")] = None,
    status_day: Annotated[str | None, typer.Argument(metavar="STATUS_DATE", hidden=True)] = None,
    provider: Annotated[str | None, typer.Option(help="dry-run, smtp or sendgrid (default: delivery.provider "
                                                 "in newsletter.toml).")] = None,
    to_test: Annotated[list[str] | None, typer.Option("--to-test", help="Send only to this address ([TEST] "
                                                      "subject, no ledger); repeat for more.")] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted send: nobody gets a second "
                                         "copy.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Send despite build errors or too few items.")] = False,
    sample: Annotated[int | None, typer.Option(min=0, help="dry-run: write only the first N messages.")] = None,
    sandbox: Annotated[bool | None, typer.Option("--sandbox/--no-sandbox", help="sendgrid: SendGrid validates "
                                                 "and delivers nothing.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the outcome as JSON.")] = False,
) -> None:
    """Send an issue to every active subscriber through the provider (dry-run by default)."""
    if day == "status":
        return _status(status_day, as_json)
    if status_day is not None:
        from newsletter.errors import NewsletterError

        raise NewsletterError(f"unexpected argument '{status_day}'")
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from newsletter import compose
    from newsletter.deliver import ledger, tokens
    from newsletter.deliver import send as delivery
    from newsletter.deliver.providers import make_provider
    from newsletter.errors import NewsletterError

    ws = workspace()
    target = parse_date(day) if day else compose.newest(ws)
    compose.existing(ws, target)
    conn = ws.connect()
    name = provider or ws.config.delivery.provider
    prepared = delivery.prepare(ws, target, force=force)
    for message in prepared.warnings:
        warn(message)
    if prepared.rebuilt and not as_json:
        out = ws.dist_dir / target.isoformat()
        console.print(f"Built {target} into {out.relative_to(ws.root) if out.is_relative_to(ws.root) else out}/",
                      markup=False)
    job = prepared.job
    chosen = make_provider(name, ws.config, ws.root, sample=sample, sandbox=sandbox)
    key, throwaway = tokens.signing_key(throwaway_ok=not chosen.records)
    if throwaway:
        warn("NEWSLETTER_SECRET is not set: this dry run signs unsubscribe links with a throwaway key")
    if to_test:
        job = delivery.as_test(job)
        recipients = delivery.test_recipients(ws, conn, to_test, key)
    else:
        recipients = delivery.list_recipients(ws, conn, key)
        if not recipients:
            raise NewsletterError("no active subscribers (add some with `newsletter subscribers add` or `import`)")
    if chosen.records and not to_test and not resume and ledger.started(conn, target.isoformat()):
        raise NewsletterError(f"the issue of {target} was sent already (see `newsletter send status {target}`; "
                              f"--resume continues an interrupted send)")
    if not yes and chosen.records and not to_test:
        if not sys.stdin.isatty():
            raise NewsletterError(f"sending to {len(recipients)} recipients needs confirmation: run in a terminal "
                                  f"or pass --yes")
        if not typer.confirm(f"Send \"{job.subject}\" to {len(recipients)} recipients via {chosen.describe()}?"):
            raise typer.Exit(1)
    columns = (TextColumn("Sending"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}/s"),
               TimeRemainingColumn())
    quiet = as_json or len(recipients) < 50
    with chosen, Progress(*columns, console=console, transient=True, disable=quiet) as progress:
        task = progress.add_task("send", total=len(recipients), rate="-")

        def tick(result) -> None:
            if result.ok or not result.transient:
                progress.advance(task)
                elapsed = progress.tasks[0].elapsed or 0
                progress.update(task, rate=f"{progress.tasks[0].completed / elapsed:.0f}" if elapsed else "-")

        try:
            summary = delivery.send(conn, chosen, job, recipients, resume=resume, on_result=tick)
        except KeyboardInterrupt:
            done = progress.tasks[0].completed
            raise NewsletterError(f"interrupted after {done:.0f} of {len(recipients)}; the ledger knows who has it: "
                                  f"continue with `newsletter send {target} --resume`") from None
    if as_json:
        print_json({"date": target.isoformat(), "provider": chosen.name, "subject": job.subject, **summary.to_json()})
    else:
        _report(ws, chosen, job, summary)
    if summary.failed:
        raise typer.Exit(1)


def _report(ws, provider, job, summary) -> None:
    for email, reason in summary.failures:
        typer.echo(f"Error: {email}: {reason}", err=True)
    if provider.name == "dry-run":
        real = ws.config.delivery.provider
        would = real if real != "dry-run" else "none configured (set delivery.provider)"
        size = summary.bytes / max(summary.sent, 1)
        written = len(provider.written)
        people = f"{summary.recipients} recipient{'s' if summary.recipients != 1 else ''}"
        console.print(f"Dry run of \"{job.subject}\": {people}, {size / 1024:.1f} KB per message; {written} written "
                      f"to {provider.folder}", markup=False)
        console.print(f"Nothing was sent. A real send would use: {would}.", markup=False)
        return
    console.print(f"Sent \"{job.subject}\" via {provider.describe()}: {summary.sent} sent, {summary.failed} failed, "
                  f"{summary.skipped} skipped, {summary.seconds:.1f} s", markup=False)


def _status(day: str | None, as_json: bool) -> None:
    from newsletter import compose
    from newsletter.deliver import ledger

    ws = workspace()
    target = parse_date(day) if day else compose.newest(ws)
    status = ledger.status(ws.connect(), target.isoformat())
    if as_json:
        print_json(status.to_json())
        return
    if status.provider is None:
        console.print(f"{target}: not sent", markup=False)
        return
    c = status.counts
    state = "finished" if status.finished_at else "not finished (resume with `newsletter send --resume`)"
    console.print(f"{target} via {status.provider}, started {status.started_at}, {state}", markup=False)
    console.print(f"  pending {c['pending']}, sent {c['sent']}, failed {c['failed']}", markup=False)
    for email, reason in status.failures:
        console.print(f"  failed {email}: {reason}", markup=False)


def register(app: typer.Typer) -> None:
    app.command()(send)
