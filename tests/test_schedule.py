"""Scheduled sends: due and not due, approval, the Date header, two runs at once, a kill midway, SendGrid send_at."""

from __future__ import annotations

import email.utils
import os
import signal
import time
from datetime import UTC, date, datetime, timedelta

import pytest

from newsletter import approval, clock, schedule
from newsletter.deliver import ledger, subscribers
from newsletter.deliver.retry import RetryPolicy
from tests import forked
from tests.conftest import set_config
from tests.sendgrid_server import FakeSendGrid
from tests.smtp_server import Handler, Server
from tests.test_send import add_subscribers, assert_each_once, use_smtp

pytestmark = pytest.mark.databases  # each test on SQLite and on PostgreSQL

DAY = date(2026, 11, 28)
FAST = RetryPolicy(attempts=2, base=0.01, cap=0.05)
BEFORE = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # "now" when the schedules below are made


def test_times_in_the_workspace_zone(sample):
    assert schedule.parse_at(sample, DAY, "06:00") == datetime(2026, 11, 28, 6, 0, tzinfo=UTC)  # London = UTC now
    set_config(sample, "newsletter.timezone", "Europe/Berlin")
    assert schedule.parse_at(sample, DAY, "2026-12-01 06:00") == datetime(2026, 12, 1, 5, 0, tzinfo=UTC)
    with pytest.raises(schedule.ScheduleError, match="is not a time"):
        schedule.parse_at(sample, DAY, "tomorrow-ish")


def test_add_list_cancel_and_refusals(sample, cli_in):
    assert "in the past" in cli_in(sample, "schedule", "add", "2026-11-28", "--at", "06:00").stderr
    bad = cli_in(sample, "schedule", "add", "2026-11-28", "--at", "2099-01-01 06:00", "--provider", "smpt")
    assert "unknown provider 'smpt' (did you mean 'smtp'?)" in bad.stderr
    assert "no issue for 2026-11-30" in cli_in(sample, "schedule", "add", "2026-11-30", "--at", "06:00").stderr
    ok = cli_in(sample, "schedule", "add", "2026-11-28", "--at", "2099-01-01 06:00", "--provider", "smtp")
    assert ok.exit_code == 0 and "for 2099-01-01 06:00 GMT via smtp" in ok.stdout
    listing = cli_in(sample, "schedule", "list").stdout
    assert "2026-11-28" in listing and "scheduled" in listing and "smtp" in listing
    assert cli_in(sample, "schedule", "cancel", "2026-11-28").exit_code == 0
    assert schedule.get(sample.connect(), DAY).state == "cancelled"
    assert "no schedule for 2026-11-28" in cli_in(sample, "schedule", "cancel", "2026-11-28").stderr
    # A note quoting a server's reply is shown as written: not read as rich markup, no terminal escapes.
    from newsletter.db import transaction

    conn = sample.connect()
    with transaction(conn):
        conn.execute("UPDATE schedules SET error = ? WHERE issue_date = ?",
                     ("smtp: 554 go away [/bold] \x1b]0;OWNED\x07", DAY.isoformat()))
    listing = cli_in(sample, "schedule", "list")
    assert listing.exit_code == 0 and "554 go away" in listing.stdout and "[/bold] ]0;OWNED" in listing.stdout
    assert "\x1b" not in listing.stdout


def test_due_approved_issue_goes_once_with_the_date_it_left(sample, monkeypatch):
    set_config(sample, "delivery.require_approval", True)
    conn = sample.connect()
    with Server() as server:
        use_smtp(sample, server.port)
        emails = add_subscribers(sample, 4)
        schedule.add(sample, conn, DAY, "06:00", "smtp", now=BEFORE)
        early = schedule.run_due(sample, conn, now=datetime(2026, 11, 28, 5, 59, tzinfo=UTC), policy=FAST)
        assert [o.action for o in early] == ["waiting"] and not server.handler.received
        due = datetime(2026, 11, 28, 6, 0, 30, tzinfo=UTC)
        waiting = schedule.run_due(sample, conn, now=due, policy=FAST)
        assert waiting[0].action == "not approved" and "not approved" in waiting[0].detail
        assert schedule.get(conn, DAY).state == "scheduled" and not server.handler.received
        approval.approve(sample, conn, DAY, "Ada")
        leaving = datetime(2026, 11, 28, 6, 1, 7, tzinfo=UTC)
        monkeypatch.setattr(clock, "now", lambda: leaving)
        sent = schedule.run_due(sample, conn, now=due, policy=FAST)
        assert [o.action for o in sent] == ["sent"]
        assert schedule.run_due(sample, conn, now=due + timedelta(minutes=1), policy=FAST) == []
    assert_each_once(server.handler, emails)
    dates = {email.utils.parsedate_to_datetime(m.message["Date"]) for m in server.handler.received}
    assert dates == {leaving}  # the moment it left, not the moment it was built
    assert schedule.get(conn, DAY).state == "sent"


@pytest.mark.sqlite_only  # the database is incidental here
def test_a_scheduled_send_stopped_by_an_unanswered_message_waits_for_the_editor(sample, cli_in):
    """The next `schedule run` does not resume it: a resume would leave the unanswered reader out for good."""
    conn = sample.connect()
    handler = Handler(on_data=lambda item, count: "DROP" if item.rcpt_tos == ["reader0001@example.com"] else None)
    with Server(handler) as server:
        use_smtp(sample, server.port, connections=1)
        add_subscribers(sample, 4)
        schedule.add(sample, conn, DAY, "06:00", "smtp", now=BEFORE)
        due = datetime(2026, 11, 28, 6, 0, 30, tzinfo=UTC)
        [stopped] = schedule.run_due(sample, conn, now=due, policy=FAST)
        assert stopped.action == "failed" and "the server may have accepted it" in stopped.detail
        handler.on_data = None
        for minute in (1, 2):
            [outcome] = schedule.run_due(sample, conn, now=due + timedelta(minutes=minute), policy=FAST)
            assert outcome.action == "unfinished" and "--resume --resend-unanswered" in outcome.detail
        assert ledger.status(conn, DAY).state == "interrupted" and schedule.get(conn, DAY).state == "sending"
        assert cli_in(sample, "send", "--provider", "smtp", "--yes", "--resume", "--resend-unanswered").exit_code == 0
        [done] = schedule.run_due(sample, conn, now=due + timedelta(minutes=3), policy=FAST)
        assert done.action == "sent" and schedule.get(conn, DAY).state == "sent"


def _command(sample):
    env = {**os.environ, "NEWSLETTER_SECRET": "test-secret-key"}
    return ["--workspace", sample.root, "schedule", "run"], env


def test_two_runs_at_once_send_once(sample):
    handler = Handler(on_mail=lambda address, count: time.sleep(0.05))
    with Server(handler) as server:
        use_smtp(sample, server.port, connections=1)
        emails = add_subscribers(sample, 12)
        schedule.add(sample, sample.connect(), DAY, "06:00", "smtp", now=BEFORE)
        command, env = _command(sample)
        runs = [forked.start(command, env=env) for _ in range(2)]
        outputs = [run.communicate(timeout=90) for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    text = "".join(out for out, _ in outputs)
    assert text.count("2026-11-28: sent") == 1, outputs
    assert "Nothing done: `newsletter schedule run` is already running" in text or text.count("2026-11-28") == 1
    assert_each_once(server.handler, emails)


def test_a_scheduled_send_killed_midway_is_finished_by_the_next_run(sample):
    proc: dict[str, forked.Process] = {}

    def on_mail(address, count):
        if count == 6 and "p" in proc:
            os.kill(proc["p"].pid, signal.SIGKILL)
            return "421 going away"
        return None

    handler = Handler(on_mail=on_mail)
    with Server(handler) as server:
        use_smtp(sample, server.port, connections=1)
        emails = add_subscribers(sample, 15)
        schedule.add(sample, sample.connect(), DAY, "06:00", "smtp", now=BEFORE)
        command, env = _command(sample)
        proc["p"] = forked.start(command, env=env)
        proc["p"].wait(timeout=60)
        assert proc["p"].returncode == -signal.SIGKILL
        del proc["p"]
        assert ledger.status(sample.connect(), DAY).state == "interrupted"
        assert schedule.get(sample.connect(), DAY).state == "sending"
        again = forked.run(command, env=env)
        assert again.returncode == 0, again.stderr
        assert "2026-11-28: sent (10 sent, 5 skipped)" in again.stdout
    assert_each_once(server.handler, emails)
    assert schedule.get(sample.connect(), DAY).state == "sent"


@pytest.fixture
def sendgrid(sample, monkeypatch):
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.test-key-not-real")
    with FakeSendGrid() as server:
        set_config(sample, "delivery.sendgrid.api_host", server.url)
        set_config(sample, "delivery.sendgrid.timeout", 5.0)
        yield server


def test_sendgrid_hands_the_send_over_with_send_at_and_cancels_the_batch(sample, sendgrid, cli_in):
    emails = add_subscribers(sample, 5)
    at = (datetime.now(UTC) + timedelta(minutes=14)).replace(second=0, microsecond=0)  # within the 15 minutes
    shown = at.astimezone(sample.config.zone).strftime("%Y-%m-%d %H:%M")
    added = cli_in(sample, "schedule", "add", "2026-11-28", "--at", shown, "--provider", "sendgrid")
    assert added.exit_code == 0, added.stderr
    assert "Handed over to sendgrid: 5 recipients" in added.stdout
    [body] = sendgrid.state.accepted
    entry = schedule.get(sample.connect(), DAY)
    assert body["send_at"] == int(at.timestamp()) and body["batch_id"] == entry.batch_id
    assert entry.state == "handed over" and sendgrid.state.batches == {entry.batch_id: "none"}
    assert sorted(e for e, _ in sendgrid.recipients()) == sorted(emails)
    assert ledger.status(sample.connect(), DAY).counts["sent"] == 5
    assert "a sent issue is never changed" in cli_in(sample, "issue", "set", "2026-11-28", "--subject", "x").stderr
    assert cli_in(sample, "schedule", "run").stdout == ""  # nothing left to do here: SendGrid holds it
    cancelled = cli_in(sample, "schedule", "cancel", "2026-11-28")
    assert cancelled.exit_code == 0 and entry.batch_id in cancelled.stdout
    assert sendgrid.state.batches == {entry.batch_id: "cancel"}
    assert ledger.status(sample.connect(), DAY).state == "not sent"  # nobody got it: the issue may change again
    assert cli_in(sample, "issue", "set", "2026-11-28", "--subject", "Edited after cancelling").exit_code == 0


def test_a_later_send_is_handed_over_15_minutes_ahead_to_the_list_as_it_is_then(sample, sendgrid, cli_in):
    """SendGrid holds what it is handed; so the hand-over waits until 15 minutes before the time, and whoever
    unsubscribes before then is not in it."""
    emails = add_subscribers(sample, 5)
    at = (datetime.now(UTC) + timedelta(hours=2)).replace(second=0, microsecond=0)
    local = at.astimezone(sample.config.zone)
    added = cli_in(sample, "schedule", "add", "2026-11-28", "--at", f"{local:%Y-%m-%d %H:%M}", "--provider",
                   "sendgrid")
    assert added.exit_code == 0, added.stderr
    assert f"sendgrid gets it at {local - timedelta(minutes=15):%H:%M}, 15 minutes before its time" in added.stdout
    assert sendgrid.state.accepted == [] and schedule.get(sample.connect(), DAY).state == "scheduled"
    conn = sample.connect()
    subscribers.set_status(conn, emails[1], "unsubscribed")  # an hour before the send
    [waiting] = schedule.run_due(sample, conn, now=at - timedelta(minutes=16))
    assert waiting.action == "waiting" and "handed over to sendgrid at" in waiting.detail
    assert sendgrid.state.accepted == []
    [outcome] = schedule.run_due(sample, conn, now=at - timedelta(minutes=15))
    assert outcome.action == "handed over"
    assert sorted(e for e, _ in sendgrid.recipients()) == sorted(set(emails) - {emails[1]})


@pytest.mark.sqlite_only  # the database is incidental here
def test_sendgrid_cancel_too_late_and_a_refused_send_at(sample, sendgrid):
    add_subscribers(sample, 2)
    conn = sample.connect()
    at = datetime.now(UTC) + timedelta(minutes=14)
    schedule.add(sample, conn, DAY, at.strftime("%Y-%m-%d %H:%M+00:00"), "sendgrid")
    assert [o.action for o in schedule.run_due(sample, conn)] == ["handed over"]
    with pytest.raises(schedule.ScheduleError, match="less than 10 minutes before"):
        schedule.cancel(sample, conn, DAY, now=at - timedelta(minutes=5))
    schedule.cancel(sample, conn, DAY)
    # A send held longer than SendGrid allows is refused by the server with its own message, and nothing is
    # recorded as sent.
    from newsletter.deliver.providers.sendgrid import SendgridProvider
    from newsletter.errors import ProviderError

    provider = SendgridProvider(sample.config.delivery.sendgrid, "SG.test-key-not-real",
                                schedule=(int(time.time()) + 80 * 3600, provider_batch(sample)))
    with pytest.raises(ProviderError, match="72 hours"):
        list(provider.send_batch(_job(sample), _recipients(sample)))


def provider_batch(sample) -> str:
    from newsletter.deliver.providers.sendgrid import SendgridProvider

    return SendgridProvider(sample.config.delivery.sendgrid, "SG.test-key-not-real").create_batch()


def _job(sample):
    return approval.current_job(sample, DAY)


def _recipients(sample):
    from newsletter.deliver import send as delivery
    from newsletter.deliver import tokens

    return delivery.list_recipients(sample, sample.connect(), tokens.signing_key(False)[0])


def test_a_run_while_another_holds_the_lease_does_nothing(sample, cli_in):
    from newsletter.locks import lease

    add_subscribers(sample, 2)
    schedule.add(sample, sample.connect(), DAY, "06:00", "dry-run", now=BEFORE)
    with lease(sample.connect(), schedule.LEASE, "`newsletter schedule run`"):
        busy = cli_in(sample, "schedule", "run")
        assert busy.exit_code == 0 and "Nothing done: `newsletter schedule run` is already running" in busy.stdout
        assert schedule.get(sample.connect(), DAY).state == "scheduled"
    done = cli_in(sample, "schedule", "run")
    assert done.exit_code == 0 and "2026-11-28: sent" in done.stdout, done.output
