"""The whole morning in one call, for `newsletter daily` (and a cron line or a systemd timer):

    ingest     every configured source (`[[sources]]`)
    compose    the day's issue, unless it exists (the editor's work is never replaced)
    explain    what the rules picked and left out, in one line
    build      the issue into dist/, with the check findings
    test       a [TEST] copy to `[newsletter] editors` through the configured provider
    schedule   with `send`: the send at `[delivery] send_time`, handed over at once where the provider can hold it

Each step reports through `on_step` as it ends; a step that fails is reported and the ones that do not depend on
it still run (a failed feed does not stop the issue, a failed build stops the test copy and the schedule, a failed
test copy stops the schedule).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from newsletter.db import Connection
from newsletter.errors import NewsletterError
from newsletter.workspace import Workspace


@dataclass
class Step:
    name: str
    ok: bool
    lines: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"step": self.name, "ok": self.ok, "lines": self.lines}


def _ingest(ws: Workspace, conn: Connection) -> Step:
    from newsletter.sources import ingest_sources

    if not ws.config.sources:
        return Step("ingest", True, ["no [[sources]] configured: nothing ingested"])
    reports = ingest_sources(ws, conn)
    lines = [f"{r.source.label}: {r.line()}" for r in reports]
    lines += [f"{r.source.label}: {message}" for r in reports if r.result != "failed" for message in r.errors]
    return Step("ingest", all(r.complete for r in reports), lines)


def _compose(ws: Workspace, conn: Connection, day: date) -> Step:
    from newsletter import compose
    from newsletter.explain import explain

    path = compose.path_for(ws, day)
    if path.exists():
        issue_line = f"kept {path.relative_to(ws.root)} (it exists: the editor's work is never replaced)"
    else:
        created = compose.new_issue(ws, conn, day)
        issue_line = f"created {path.relative_to(ws.root)}: {len(created.issue.items)} items — " \
                     f"{created.issue.subject}"
        issue_line += "".join(f"; {w}" for w in created.warnings)
    return Step("issue", True, [issue_line, explain(ws, conn, day).summary()])


def _build(ws: Workspace, day: date) -> Step:
    from newsletter.render.build import build_issue

    built = build_issue(ws, day)
    lines = [f"built into {built.out_dir.relative_to(ws.root) if built.out_dir else 'dist'}/"]
    lines += [("error: " if w in built.blocking else "warning: ") + w for w in built.warnings]
    return Step("build", not built.blocking, lines)


def _test_copy(ws: Workspace, day: date, **send_options) -> Step:
    from newsletter.deliver import addresses
    from newsletter.deliver import send as delivery

    editors = ws.config.newsletter.editors
    if not editors:
        return Step("test", True, ["no [newsletter] editors: no test copy sent"])
    summary = delivery.run(ws, day, to_test=editors, **send_options)
    ok = summary.failed == 0
    where = f" via {ws.config.delivery.provider}"
    left = {addresses.key(e) for e, _ in summary.withheld}  # editors who left the list get no copy
    sent_to = [e for e in editors if addresses.key(e) not in left]
    lines = [f"[TEST] copy to {', '.join(sent_to)}{where}: {summary.sent} sent, {summary.failed} failed"]
    lines += [delivery.withheld_line(e, s) for e, s in summary.withheld]
    return Step("test", ok, lines + [f"{e}: {r}" for e, r in summary.failures])


def _schedule(ws: Workspace, conn: Connection, day: date) -> Step:
    from newsletter import schedule

    entry = schedule.get(conn, day)
    if entry is not None and entry.state not in ("cancelled",):
        line = f"already scheduled for {entry.send_at.astimezone(ws.config.zone):%Y-%m-%d %H:%M} ({entry.state})"
        return Step("schedule", True, [line])
    entry = schedule.add(ws, conn, day, ws.config.delivery.send_time)
    lines = [f"scheduled for {entry.send_at.astimezone(ws.config.zone):%Y-%m-%d %H:%M %Z} via {entry.provider}"]
    from newsletter.deliver.providers import provider_class

    for outcome in schedule.run_due(ws, conn, only=day):  # a provider that can hold the send gets it now
        if outcome.action != "waiting":
            lines.append(f"{outcome.action}: {outcome.detail}" if outcome.detail else outcome.action)
    if ws.config.delivery.require_approval and provider_class(entry.provider).capabilities.records:
        lines.append(f"it goes out once approved: `newsletter issue approve {day}`")
    return Step("schedule", True, lines)


def run_daily(ws: Workspace, day: date, send: bool = False, on_step: Callable[[Step], None] | None = None,
              **send_options) -> list[Step]:
    """The morning's steps for the issue of `day` (see the module docstring)."""
    conn = ws.connect()
    steps: list[Step] = []

    def attempt(name: str, action: Callable[[], Step]) -> Step:
        try:
            step = action()
        except NewsletterError as exc:
            step = Step(name, False, [str(exc)])
        steps.append(step)
        if on_step:
            on_step(step)
        return step

    attempt("ingest", lambda: _ingest(ws, conn))
    if not attempt("issue", lambda: _compose(ws, conn, day)).ok:
        return steps
    if not attempt("build", lambda: _build(ws, day)).ok:
        return steps
    tested = attempt("test", lambda: _test_copy(ws, day, **send_options))
    if send:
        attempt("schedule", lambda: _schedule(ws, conn, day) if tested.ok else _held_back(ws, conn, day))
    return steps


def _held_back(ws: Workspace, conn: Connection, day: date) -> Step:
    """The test copy is how the editor sees the issue before it goes out: a failed one schedules nothing. A
    schedule an earlier run made is left as it is, and the step says so (and how to hold it back)."""
    from newsletter import schedule

    entry = schedule.get(conn, day)
    if entry is None or entry.state == "cancelled":
        return Step("schedule", False, [
            f"not scheduled: the [TEST] copy failed; once it reaches the editors, run `newsletter daily --date {day} "
            f"--send` again (or `newsletter schedule add {day} --at HH:MM`)"])
    when = f"{entry.send_at.astimezone(ws.config.zone):%Y-%m-%d %H:%M}"
    return Step("schedule", False, [
        f"the [TEST] copy failed, but an earlier run scheduled the send for {when} ({entry.state}): it stands; "
        f"`newsletter schedule cancel {day}` holds it back"])
