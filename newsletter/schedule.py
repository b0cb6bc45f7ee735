"""Scheduled sends: an issue's send time, and `run_due`, which cron or a systemd timer calls every minute.

    run_due(ws, conn)
        lease     one `schedule run` at a time in the whole workspace (a second one returns at once)
        for each schedule not finished, oldest first:
            hand over   a provider that can hold a send (SendGrid) gets it HANDOVER_AHEAD before its time, once
                        the issue is approved: `send_at` and a batch id, so the minute it leaves does not depend
                        on this machine being up, and it goes to the list as it is 15 minutes before
            send        a schedule whose time has come goes out now through `deliver.send.run` (the same policy
                        as `newsletter send`: approval, ledger, lease); an interrupted one is resumed
            wait        one that is not approved yet stays scheduled, and says so

The `Date:` header is set when the message leaves (`deliver.send.prepare` runs at send time). A handed-over
send is cancelled through the provider (`schedule cancel`), which also clears its ledger: nobody got it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from newsletter import clock
from newsletter.db import Connection, Row, transaction
from newsletter.errors import NewsletterError
from newsletter.workspace import Workspace

HANDOVER_AHEAD = timedelta(minutes=15)
"""How far ahead an approved send is handed over. Late, so that it goes to the list as it is then: whoever
unsubscribes after the hand-over is in SendGrid's copy, which only a cancel changes (SendGrid would hold a send
for 72 hours). Early enough that SendGrid, not this machine, keeps the minute, and that `schedule cancel` still
works for a few minutes (SendGrid refuses a cancel in the last 10)."""
CANCEL_MARGIN = timedelta(minutes=10)
"""SendGrid cannot cancel a batch later than this before its send time."""
LEASE = "schedule"


class ScheduleError(NewsletterError):
    """A schedule that cannot be made, changed or cancelled as asked."""


@dataclass
class Scheduled:
    day: date
    send_at: datetime
    """UTC."""
    provider: str
    state: str
    """`scheduled`, `sending` (started, not finished), `handed over`, `sent`, `failed` or `cancelled`."""
    handover: bool = True
    batch_id: str | None = None
    error: str | None = None

    def to_json(self, zone=None) -> dict:
        at = self.send_at.astimezone(zone) if zone else self.send_at
        return {"date": self.day.isoformat(), "send_at": at.isoformat(), "provider": self.provider,
                "state": self.state, "batch_id": self.batch_id, "note": self.error}


def parse_at(ws: Workspace, day: date, at: str) -> datetime:
    """`06:00` (on the issue's date) or `2026-12-01 06:00`, in the workspace's time zone; returned in UTC."""
    text = at.strip()
    zone = ws.config.zone
    if m := re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", text):
        moment = datetime.combine(day, time(int(m[1]), int(m[2])), tzinfo=zone)
    else:
        try:
            moment = datetime.fromisoformat(text.replace(" ", "T", 1))
        except ValueError:
            raise ScheduleError(f"--at: '{at}' is not a time (use HH:MM or 'YYYY-MM-DD HH:MM')") from None
        moment = moment if moment.tzinfo else moment.replace(tzinfo=zone)
    try:
        return moment.astimezone(clock.now().tzinfo)
    except OverflowError:  # (the last hours of year 9999 in a zone west of UTC)
        raise ScheduleError(f"--at: '{at}' is out of range") from None


def _row(row: Row) -> Scheduled:
    return Scheduled(date.fromisoformat(row["issue_date"]), datetime.fromisoformat(row["send_at"]), row["provider"],
                     row["state"], bool(row["handover"]), row["batch_id"], row["error"])


def get(conn: Connection, day: date) -> Scheduled | None:
    row = conn.execute("SELECT * FROM schedules WHERE issue_date = ?", (day.isoformat(),)).fetchone()
    return _row(row) if row else None


def list_schedules(conn: Connection) -> list[Scheduled]:
    return [_row(r) for r in conn.execute("SELECT * FROM schedules ORDER BY send_at")]


def _set(conn: Connection, day: date, **values: object) -> None:
    names = ", ".join(f"{k} = ?" for k in values)
    with transaction(conn):
        conn.execute(f"UPDATE schedules SET {names}, updated_at = ? WHERE issue_date = ?",
                     (*values.values(), clock.stamp(), day.isoformat()))


def add(ws: Workspace, conn: Connection, day: date, at: str, provider: str | None = None,
        handover: bool = True, now: datetime | None = None) -> Scheduled:
    """Schedule the issue of `day` (replacing a schedule that has not started)."""
    from newsletter.compose import existing, refuse_sent
    from newsletter.deliver.providers import provider_class

    existing(ws, day)
    refuse_sent(conn, day)
    name = provider or ws.config.delivery.provider
    provider_class(name)  # an unknown name is refused here, with the known ones
    moment = parse_at(ws, day, at)
    if moment <= (now or clock.now()):
        raise ScheduleError(f"--at: {moment.astimezone(ws.config.zone):%Y-%m-%d %H:%M} is in the past")
    stamp = clock.stamp()
    with transaction(conn, lock=f"schedule:{day}"):  # the check and the write are one step
        old = get(conn, day)
        if old and old.state in ("sending", "handed over"):
            raise ScheduleError(f"the send of {day} is {old.state} already; `newsletter schedule cancel {day}` first")
        conn.execute("INSERT INTO schedules (issue_date, send_at, provider, state, handover, batch_id, error, "
                     "created_at, updated_at) VALUES (?, ?, ?, 'scheduled', ?, NULL, NULL, ?, ?) "
                     "ON CONFLICT (issue_date) DO UPDATE SET send_at = excluded.send_at, provider = excluded.provider, "
                     "state = excluded.state, handover = excluded.handover, batch_id = NULL, error = NULL, "
                     "created_at = excluded.created_at, updated_at = excluded.updated_at",
                     (day.isoformat(), clock.stamp(moment), name, int(handover), stamp, stamp))
    return get(conn, day)  # type: ignore[return-value]


def cancel(ws: Workspace, conn: Connection, day: date, now: datetime | None = None) -> Scheduled:
    """Cancel a schedule; a handed-over one through the provider (its ledger rows go: nobody got it)."""
    entry = get(conn, day)
    if entry is None or entry.state == "cancelled":
        raise ScheduleError(f"no schedule for {day} to cancel (see `newsletter schedule list`)")
    if entry.state in ("sent", "sending"):
        raise ScheduleError(f"the scheduled send of {day} is {entry.state}: it cannot be cancelled"
                            + (f" (see `newsletter send status {day}`)" if entry.state == "sending" else ""))
    if entry.state == "handed over":
        left = entry.send_at - (now or clock.now())
        if left < CANCEL_MARGIN:
            raise ScheduleError(f"{entry.provider} cannot cancel a send less than {CANCEL_MARGIN.seconds // 60} "
                                f"minutes before its time ({entry.send_at.astimezone(ws.config.zone):%H:%M})")
        provider = _provider(ws, entry)
        provider.cancel_batch(entry.batch_id)  # type: ignore[attr-defined]
        with transaction(conn):
            conn.execute("DELETE FROM deliveries WHERE issue_date = ?", (day.isoformat(),))
            conn.execute("DELETE FROM sends WHERE issue_date = ?", (day.isoformat(),))
    _set(conn, day, state="cancelled", error=None)
    return get(conn, day)  # type: ignore[return-value]


def _provider(ws: Workspace, entry: Scheduled, extra: dict | None = None):
    from newsletter.deliver.providers import Options, make_provider

    return make_provider(entry.provider, ws.config, ws.root, Options(extra=extra or {}))


def hands_over(entry: Scheduled) -> bool:
    """Whether this schedule's provider holds the send until its time (and the schedule allows it)."""
    from newsletter.deliver.providers import provider_class

    return entry.handover and provider_class(entry.provider).capabilities.schedule


@dataclass
class Outcome:
    day: date
    action: str
    """`sent`, `handed over`, `waiting` (not due yet), `not approved`, `unfinished` or `failed`."""
    detail: str = ""


def _send(ws: Workspace, conn: Connection, entry: Scheduled, now: datetime, **send_options) -> Outcome:
    """Send (or hand over) one schedule through the send policy; the schedule's state follows the ledger."""
    from newsletter.approval import NotApprovedError
    from newsletter.deliver import ledger
    from newsletter.deliver import send as delivery

    ahead = hands_over(entry) and entry.send_at > now
    extra = {}
    if ahead:
        batch = entry.batch_id or _provider(ws, entry).create_batch()  # type: ignore[attr-defined]
        _set(conn, entry.day, batch_id=batch)
        extra = {"send_at": int(entry.send_at.timestamp()), "batch_id": batch}
    if ledger.finished_at(conn, entry.day):
        _set(conn, entry.day, state="sent", error="sent by `newsletter send`")
        return Outcome(entry.day, "sent", "sent already by `newsletter send`")
    if unsure := ledger.count_unanswered(conn, entry.day):
        # The editor decides, not cron: a resume would leave them out for good.
        detail = (f"{unsure} recipients' requests got no answer (they may have it): decide with `newsletter send "
                  f"{entry.day} --resume` (the others only) or `--resume --resend-unanswered`")
        _set(conn, entry.day, state="sending", error=detail)
        return Outcome(entry.day, "unfinished", detail)
    from newsletter.deliver.providers import Options

    try:
        summary = delivery.run(ws, entry.day, entry.provider, resume=ledger.started(conn, entry.day),
                               options=Options(extra=extra), on_plan=lambda plan: _set(conn, entry.day,
                                                                                       state="sending"),
                               **send_options)
    except NotApprovedError as exc:
        _set(conn, entry.day, error=str(exc))
        return Outcome(entry.day, "not approved", str(exc))
    except NewsletterError as exc:  # this schedule's failure (a lease held by `send`, a provider error) only
        state = "sending" if ledger.started(conn, entry.day) else "scheduled"
        _set(conn, entry.day, state=state, error=str(exc))
        return Outcome(entry.day, "failed", str(exc))
    if not summary.finished:
        _set(conn, entry.day, state="sending", error=f"{summary.failed} failed; the next run continues")
        return Outcome(entry.day, "unfinished", f"{summary.sent} sent, {summary.failed} failed")
    state = "handed over" if ahead else "sent"
    _set(conn, entry.day, state=state, error=None)
    return Outcome(entry.day, state, f"{summary.sent} sent, {summary.skipped} skipped" if not ahead else
                   f"{summary.sent} recipients; {entry.provider} sends at {entry.send_at.isoformat()}")


def run_due(ws: Workspace, conn: Connection, now: datetime | None = None, only: date | None = None,
            on_outcome: Callable[[Outcome], None] | None = None, **send_options) -> list[Outcome]:
    """Send every schedule whose time has come, hand over what a provider can hold; once, under a lease."""
    from newsletter.locks import lease

    now = now or clock.now()
    outcomes = []
    with lease(conn, LEASE, "`newsletter schedule run`") as held:
        beats = [clock.now()]

        def beat(result: object) -> None:  # a long send keeps the run's lease fresh, so no other run takes it over
            if (moment := clock.now()) - beats[0] > timedelta(seconds=30):
                beats[0] = moment
                held.beat()

        send_options.setdefault("on_result", beat)
        for entry in list_schedules(conn):
            if entry.state not in ("scheduled", "sending") or (only and entry.day != only):
                continue
            due = entry.send_at <= now
            early = hands_over(entry) and entry.send_at - now <= HANDOVER_AHEAD
            if not (due or early or entry.state == "sending"):
                handed = f"; handed over to {entry.provider} at {(entry.send_at - HANDOVER_AHEAD).isoformat()}" \
                    if hands_over(entry) else ""
                outcome = Outcome(entry.day, "waiting", f"due at {entry.send_at.isoformat()}{handed}")
            else:
                outcome = _send(ws, conn, entry, now, **send_options)
                if outcome.action == "not approved" and not due:
                    outcome = Outcome(entry.day, "waiting", "not approved yet: it is handed over once approved")
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
    return outcomes
