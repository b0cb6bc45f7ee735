"""`newsletter send [DATE]`: deliver an issue (or a test copy); `newsletter send status [DATE]`: the ledger.

The policy lives in `newsletter.deliver.send.run`; this module parses, asks, shows progress and reports.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from typer.core import TyperGroup

from newsletter.cli.common import console, error, parse_date, print_json, warn, workspace
from newsletter.deliver.providers import REGISTRY
from newsletter.printable import printable

PROVIDER_NAMES = ", ".join(REGISTRY)


class DefaultGroup(TyperGroup):
    """A group whose default command runs when the first word is not a subcommand (`send 2026-11-28 --yes`)."""

    default_command = "issue"

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def get_help(self, ctx) -> str:
        """The default command's help (its options are what `send` takes), then the other subcommands."""
        default = self.get_command(ctx, self.default_command)
        sub = default.make_context(ctx.info_name, [], parent=ctx.parent, resilient_parsing=True)
        others = [(name, self.get_command(ctx, name)) for name in self.list_commands(ctx)
                  if name != self.default_command]
        lines = [f"  {name:<8} {command.get_short_help_str(70)}" for name, command in others]
        return default.get_help(sub) + "\n\nCommands:\n" + "\n".join(lines)


send_app = typer.Typer(cls=DefaultGroup, help="Send an issue to every active subscriber through the provider "
                       "(dry-run by default); `send status` shows the ledger.", no_args_is_help=False)


@send_app.command("issue", hidden=True)
def send(
    day: Annotated[str | None, typer.Argument(metavar="DATE", help="The issue's date (default: the newest).")] = None,
    provider: Annotated[str | None, typer.Option(help=f"{PROVIDER_NAMES} (default: delivery.provider in "
                                                 "newsletter.toml).")] = None,
    to_test: Annotated[list[str] | None, typer.Option("--to-test", help="Send only to this address ([TEST] "
                                                      "subject, no ledger; not to one that left the list); repeat "
                                                      "for more.")] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted send: nobody gets a second "
                                         "copy.")] = False,
    resend_unanswered: Annotated[bool, typer.Option("--resend-unanswered", help="With --resume: send again to the "
                                                    "recipients of requests the provider never answered (they may "
                                                    "have it already).")] = False,
    force: Annotated[bool, typer.Option("--force", help="Send despite build errors or too few items.")] = False,
    send_changed: Annotated[bool, typer.Option("--send-changed", help="With --resume: send the rest of the list the "
                                               "issue as it is now, changed since the send started (the people it "
                                               "reached keep the earlier one).")] = False,
    sample: Annotated[int | None, typer.Option(min=0, help="dry-run: write only the first N messages.")] = None,
    sandbox: Annotated[bool | None, typer.Option("--sandbox/--no-sandbox", help="sendgrid: SendGrid validates "
                                                 "and delivers nothing.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the outcome as JSON.")] = False,
) -> None:
    """Send an issue to every active subscriber through the provider (dry-run by default)."""
    from newsletter import compose
    from newsletter.deliver import send as delivery
    from newsletter.deliver.providers import Options
    from newsletter.errors import NewsletterError

    ws = workspace()
    target = parse_date(day) if day is not None else ws.newest_issue()
    compose.existing(ws, target)
    shell = _Shell(ws, target, ask=not (yes or to_test), quiet=as_json)
    try:
        with shell.progress:
            summary = delivery.run(ws, target, provider, to_test=to_test, resume=resume,
                                   resend_unanswered=resend_unanswered, force=force, send_changed=send_changed,
                                   options=Options(sample=sample, sandbox=sandbox), confirm=shell.confirm,
                                   on_result=shell.tick, on_plan=shell.on_plan, on_stop=shell.on_stop)
    except KeyboardInterrupt:
        done, total = shell.progress.tasks[0].completed, shell.progress.tasks[0].total
        plan = shell.plan
        if to_test or plan is None or not plan.provider.records:  # (a dry run or a test copy keeps no ledger)
            raise NewsletterError(f"interrupted after {done:.0f} of {total:.0f}") from None
        raise NewsletterError(f"interrupted after {done:.0f} of {total:.0f}; the ledger knows who has it: continue "
                              f"with `newsletter send {target} --resume`") from None
    for email, left_as in summary.withheld:  # test addresses that unsubscribed, bounced or complained
        warn(delivery.withheld_line(email, left_as))
    if summary.cancelled:
        raise typer.Exit(1)
    plan = shell.plan
    if as_json:
        print_json({"date": target.isoformat(), "provider": plan.provider.name, "subject": plan.job.subject,
                    **summary.to_json()})
    else:
        _report(ws, plan, summary)
    if summary.failed or not summary.finished:
        raise typer.Exit(1)


class _Shell:
    """What the terminal shows of a send: warnings, the question, a progress bar for long lists."""

    def __init__(self, ws, day, ask: bool, quiet: bool):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.ws, self.day, self.ask, self.quiet = ws, day, ask, quiet
        columns = (TextColumn("Sending"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}/s"),
                   TimeRemainingColumn())
        self.progress = Progress(*columns, console=console, transient=True, disable=True)
        self.task = self.progress.add_task("send", total=0, rate="-")
        self.plan = None

    def on_plan(self, plan) -> None:
        self.plan = plan
        for message in plan.job.build.warnings:
            warn(message)
        if plan.throwaway_key:
            warn("NEWSLETTER_SECRET is not set: this dry run signs unsubscribe links with a throwaway key")
        if plan.job.build.rebuilt and not self.quiet:
            out = self.ws.dist_dir / self.day.isoformat()
            shown = out.relative_to(self.ws.root) if out.is_relative_to(self.ws.root) else out
            console.print(f"Built {self.day} into {shown}/", markup=False)
        self.progress.update(self.task, total=plan.count)
        self.progress.disable = self.quiet or plan.count < 50

    def confirm(self, plan) -> bool:
        from newsletter.errors import NewsletterError

        if not self.ask or not plan.provider.records:
            return True
        if not sys.stdin.isatty():
            raise NewsletterError(f"sending to {plan.count} recipients needs confirmation: run in a terminal or "
                                  f"pass --yes")
        return typer.confirm(printable(f"Send \"{plan.job.subject}\" to {plan.count} recipients via "
                                       f"{plan.provider.describe()}?"))

    def on_stop(self) -> None:
        warn("stopping: the messages under way finish and are recorded first (Ctrl-C again stops at once)")

    def tick(self, result) -> None:
        if result.ok or not result.transient:
            self.progress.advance(self.task)
            elapsed = self.progress.tasks[0].elapsed or 0
            done = self.progress.tasks[0].completed
            self.progress.update(self.task, rate=f"{done / elapsed:.0f}" if elapsed else "-")


def _report(ws, plan, summary) -> None:
    provider, job = plan.provider, plan.job
    for email, reason in summary.failures:
        error(f"{email}: {reason}")
    kept = provider.kept()
    if kept is not None:  # a provider that delivers nothing (dry-run): say where the messages are
        real = ws.config.delivery.provider
        would = real if real != provider.name else "none configured (set delivery.provider)"
        size = summary.bytes / max(summary.sent, 1)
        people = f"{summary.recipients} recipient{'s' if summary.recipients != 1 else ''}"
        console.print(f"Dry run of \"{job.subject}\": {people}, {size / 1024:.1f} KB per message; {kept}",
                      markup=False)
        console.print(f"Nothing was sent. A real send would use: {would}.", markup=False)
        return
    left = f", {summary.left} left meanwhile" if summary.left else ""
    console.print(f"Sent \"{job.subject}\" via {provider.describe()}: {summary.sent} sent, {summary.failed} failed, "
                  f"{summary.skipped} skipped{left}, {summary.seconds:.1f} s", markup=False)
    if not summary.finished:
        typer.echo(f"Error: the send of {plan.day} did not finish: `newsletter send {plan.day} --resume` continues "
                   f"it", err=True)


@send_app.command("status")
def status(
    day: Annotated[str | None, typer.Argument(metavar="DATE", help="The issue's date (default: the newest).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show an issue's delivery ledger: not sent, running, interrupted or finished, with the counts."""
    from newsletter.deliver import ledger

    ws = workspace()
    target = parse_date(day) if day is not None else ws.newest_issue()
    state = ledger.status(ws.connect(), target)
    if as_json:
        print_json(state.to_json())
        return
    if state.provider is None:
        console.print(f"{target}: not sent", markup=False)
        return
    c = state.counts
    shown = {"finished": f"finished {state.finished_at}", "running": "running now",
             "interrupted": f"interrupted (continue with `newsletter send {target} --resume`)"}[state.state]
    console.print(f"{target} via {state.provider}, started {state.started_at}, {shown}", markup=False)
    console.print(f"  pending {c['pending']}, sent {c['sent']}, failed {c['failed']}, skipped {c['skipped']}",
                  markup=False)
    for email, reason in state.failures:
        console.print(f"  failed {email}: {reason}", markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(send_app, name="send")
