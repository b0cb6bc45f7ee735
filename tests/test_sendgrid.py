"""The SendGrid provider: the real SDK against a local server that speaks the v3 contract."""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from datetime import date

import pytest

from newsletter.deliver import ledger, subscribers, tokens
from newsletter.deliver import send as delivery
from newsletter.deliver.providers.sendgrid import SendgridProvider
from newsletter.deliver.retry import RetryPolicy
from newsletter.errors import DeliveryError, ProviderError, UnansweredProviderError
from newsletter.render.build import current_build
from tests import forked
from tests.conftest import import_people, set_config
from tests.sendgrid_server import FakeSendGrid

pytestmark = pytest.mark.databases  # each test on SQLite and on PostgreSQL

DAY = date(2026, 11, 28)
KEY = "SG.test-key-not-real"
FAST = RetryPolicy(attempts=6, base=0.01, cap=0.05)


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    if not os.environ.get("NEWSLETTER_LIVE_TEST_TO"):
        monkeypatch.setenv("SENDGRID_API_KEY", KEY)


def setup(sample, server, count, timeout=5.0, sandbox=False, batch_size=1000):
    for key, value in (("api_host", server.url), ("timeout", timeout), ("batch_size", batch_size),
                       ("sandbox", sandbox)):
        set_config(sample, f"delivery.sendgrid.{key}", value)
    import_people(sample, [(f"reader{n:05d}@example.com", ["Ann Lee", "", "<Bob> & Co"][n % 3]) for n in range(count)])
    conn = sample.connect()
    provider = SendgridProvider(sample.config.delivery.sendgrid, KEY, sandbox=sandbox)
    recipients = delivery.list_recipients(sample, conn, tokens.signing_key(False)[0])
    return conn, provider, recipients


def go(sample, conn, provider, recipients, **kwargs):
    """A send through the library's policy function, as `newsletter send --provider sendgrid --yes` does it."""
    return delivery.run(sample, DAY, "sendgrid", policy=FAST, **kwargs)


def test_2500_subscribers_in_three_requests_each_once_with_own_values(sample):
    with FakeSendGrid(KEY) as server:
        conn, provider, recipients = setup(sample, server, 2500)
        summary = go(sample, conn, provider, recipients)
    assert summary.sent == 2500 and server.state.requests == 3
    assert [len(b["personalizations"]) for b in server.state.accepted] == [1000, 1000, 500]
    got = server.recipients()
    assert [email for email, _ in got] == [r.email for r in recipients]  # the subscribers' order, once each
    ids = dict(conn.execute("SELECT email, id FROM subscribers").fetchall())
    slots = current_build(sample, DAY).slots  # the keys are the build's slots, not the spelling in the theme
    for (email, p), r in zip(got, recipients, strict=True):
        assert p["substitutions"][slots.unsubscribe_url] == tokens.unsubscribe_url(sample.config, ids[email])
        assert p["substitutions"][slots.first_name] == r.first_name
        assert p["headers"]["List-Unsubscribe"] == f"<{r.unsubscribe_url}>"
    bob = next(p for _, p in got if p["substitutions"][slots.first_name] == "<Bob>")
    assert bob["substitutions"][slots.first_name_html] == "&lt;Bob&gt;"
    body = server.state.accepted[0]
    assert body["custom_args"] == {"issue_date": "2026-11-28"} and body["categories"] == ["daily"]
    assert body["headers"]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert slots.first_name_html in body["content"][1]["value"] and slots.first_name in body["content"][0]["value"]
    assert slots.first_name not in body["content"][1]["value"]
    assert ledger.status(conn, DAY).counts == {"pending": 0, "sent": 2500, "failed": 0, "skipped": 0}
    ids = {r[0] for r in conn.execute("SELECT provider_id FROM deliveries")}
    assert len(ids) == 3 and None not in ids  # X-Message-Id of each accepted request


@pytest.mark.sqlite_only  # the provider's retries; the ledger under faults runs on both in test_send
def test_fault_schedule_still_delivers_everyone_once(sample):
    with FakeSendGrid(KEY) as server:
        conn, provider, recipients = setup(sample, server, 2200, timeout=2.0)  # room for a loaded CI machine
        server.state.faults = ["429", "500", "", "503", "429"]
        summary = go(sample, conn, provider, recipients)
    assert summary.sent == 2200 and summary.failed == 0
    counts = Counter(email for email, _ in server.recipients())
    assert set(counts) == {r.email for r in recipients} and set(counts.values()) == {1}
    assert server.state.requests == 3 + 4  # three batches; four attempts faulted ("" is a success)
    assert ledger.status(conn, DAY).counts["sent"] == 2200


def _unanswered_second_batch(sample, server):
    """25 readers in batches of 10; SendGrid accepts the second request but its answer comes after the client
    gave up (a slow network, a loaded API): the send stops there."""
    conn, provider, recipients = setup(sample, server, 25, timeout=0.5, batch_size=10)
    server.state.on_accept = lambda number, body: time.sleep(1.5) if number == 2 else None
    with pytest.raises(UnansweredProviderError) as info:
        go(sample, conn, provider, recipients)
    server.state.on_accept = None
    return conn, recipients, str(info.value)


def test_a_request_sendgrid_never_answers_is_not_sent_again_on_its_own(sample):
    with FakeSendGrid(KEY) as server:
        conn, recipients, message = _unanswered_second_batch(sample, server)
        assert message.startswith("sendgrid: no answer within 0.5 s after a request went out: SendGrid may have "
                                  "accepted it; its 10 recipients are not sent it again unless you ask")
        assert "--resume --resend-unanswered" in message
        state = ledger.status(conn, DAY)
        assert state.counts == {"pending": 5, "sent": 10, "failed": 10, "skipped": 0}
        assert state.state == "interrupted"
        assert {reason for _, reason in state.failures} == {ledger.UNANSWERED + "no answer within 0.5 s after a "
                                                            "request went out: SendGrid may have accepted it"}
        summary = go(sample, conn, None, recipients, resume=True)  # the others only
        assert (summary.sent, summary.failed, summary.finished) == (5, 0, True)
    counts = Counter(email for email, _ in server.recipients())
    assert set(counts) == {r.email for r in recipients} and set(counts.values()) == {1}  # SendGrid had it: once


def test_the_editor_may_resend_what_sendgrid_never_answered(sample):
    with FakeSendGrid(KEY) as server:
        conn, recipients, _ = _unanswered_second_batch(sample, server)
        with pytest.raises(DeliveryError, match="--resend-unanswered goes with --resume"):
            go(sample, conn, None, recipients, resend_unanswered=True)
        summary = go(sample, conn, None, recipients, resume=True, resend_unanswered=True)
        assert (summary.sent, summary.failed, summary.finished) == (15, 0, True)
    counts = Counter(email for email, _ in server.recipients())
    second = {r.email for r in recipients[10:20]}
    assert {email for email, n in counts.items() if n == 2} == second  # the editor's call: they get it twice
    assert ledger.status(conn, DAY).counts == {"pending": 0, "sent": 25, "failed": 0, "skipped": 0}


def test_bad_request_stops_with_sendgrids_message_and_a_consistent_ledger(sample, capsys):
    with FakeSendGrid(KEY) as server:
        conn, provider, recipients = setup(sample, server, 1500)
        server.state.faults = ["", "400"]
        with pytest.raises(ProviderError) as info:
            go(sample, conn, provider, recipients)
    message = str(info.value)
    assert message.startswith("sendgrid (status 400): bad request: The from address does not match a verified "
                              "Sender Identity. (field from)")
    status = ledger.status(conn, DAY)
    assert status.counts == {"pending": 500, "sent": 1000, "failed": 0, "skipped": 0}
    assert len(server.recipients()) == 1000
    # Resuming after the cause is fixed sends only the batch that was never accepted, to the people the send
    # started with: someone who subscribed in between is not part of this send.
    subscribers.upsert(conn, "newcomer@example.com", "New")
    with FakeSendGrid(KEY) as server:
        conn, provider, _ = setup(sample, server, 0)
        summary = go(sample, conn, provider, recipients, resume=True)
    assert summary.sent == 500 and summary.skipped == 1000 and len(server.recipients()) == 500
    assert "newcomer@example.com" not in {email for email, _ in server.recipients()}


@pytest.mark.sqlite_only  # the database is incidental here
def test_wrong_key_is_permanent_and_never_shown(sample, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    with FakeSendGrid("SG.the-right-key") as server:
        conn, provider, recipients = setup(sample, server, 3)
        with pytest.raises(ProviderError, match=r"status 401\): the API key was refused: The provided authorization"):
            go(sample, conn, provider, recipients)
    out = capsys.readouterr()
    for text in (out.out, out.err, caplog.text):
        assert KEY not in text


@pytest.mark.sqlite_only  # the database is incidental here
def test_cli_send_with_sendgrid_never_prints_the_key(sample, cli_in, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("SENDGRID_API_KEY", KEY)
    with FakeSendGrid(KEY) as server:
        setup(sample, server, 5)
        result = cli_in(sample, "send", "--provider", "sendgrid", "--yes")
        bad = FakeSendGrid("SG.other")
    assert result.exit_code == 0, result.output
    assert "5 sent, 0 failed" in result.stdout
    with bad:
        set_config(sample, "delivery.sendgrid.api_host", bad.url)
        result = cli_in(sample, "send", "--provider", "sendgrid", "--yes", "--resume", "--to-test", "x@example.com")
    assert result.exit_code == 1 and "status 401" in result.stderr
    for text in (result.stdout, result.stderr, caplog.text):
        assert KEY not in text


@pytest.mark.sqlite_only  # the database is incidental here
def test_sandbox_validates_and_marks_nobody_sent(sample):
    with FakeSendGrid(KEY) as server:
        conn, provider, recipients = setup(sample, server, 4, sandbox=True)
        summary = go(sample, conn, provider, recipients)
    assert summary.sent == 4 and server.state.requests == 1 and server.state.accepted == []
    assert ledger.status(conn, DAY).provider is None


@pytest.mark.sqlite_only  # the database is incidental here
def test_to_test_with_sendgrid(sample):
    with FakeSendGrid(KEY) as server:
        conn, _, _ = setup(sample, server, 0)
        delivery.run(sample, DAY, "sendgrid", to_test=["editor@example.com"], policy=FAST)
    [body] = server.state.accepted
    assert body["subject"].startswith("[TEST] ") and body["personalizations"][0]["to"] == [
        {"email": "editor@example.com"}]
    assert ledger.status(conn, DAY).provider is None


@pytest.mark.live
@pytest.mark.skipif(not (os.environ.get("SENDGRID_API_KEY") and os.environ.get("NEWSLETTER_LIVE_TEST_TO")),
                    reason="set SENDGRID_API_KEY and NEWSLETTER_LIVE_TEST_TO to run against SendGrid (sandbox mode)")
@pytest.mark.sqlite_only  # the database is incidental here
def test_live_sandbox(sample):
    conn = sample.connect()
    provider = SendgridProvider(sample.config.delivery.sendgrid, os.environ["SENDGRID_API_KEY"], sandbox=True)
    people, _ = delivery.test_recipients(sample, conn, [os.environ["NEWSLETTER_LIVE_TEST_TO"]], "live")
    job = delivery.as_test(delivery.prepare(sample, DAY))
    summary = delivery.deliver(conn, provider, job, delivery.ListAudience(people), records=False, policy=FAST)
    assert summary.sent == 1 and summary.failed == 0


def test_people_who_leave_during_the_send_get_nothing_after(sample):
    """Statuses are read again before each batch: someone who unsubscribed meanwhile is not mailed."""
    with FakeSendGrid(KEY) as server:
        conn, _, recipients = setup(sample, server, 50, batch_size=10)
        leaving = [r.email for r in recipients[30:40]]

        def on_accept(number, body):
            if number == 1:  # while the first batch is being accepted, ten later readers unsubscribe elsewhere
                other = sample.connect()
                for email in leaving:
                    subscribers.set_status(other, email, "unsubscribed")

        server.state.on_accept = on_accept
        summary = go(sample, conn, None, recipients)
    got = [email for email, _ in server.recipients()]
    assert not set(leaving) & set(got) and len(got) == 40
    assert (summary.sent, summary.left, summary.finished) == (40, 10, True)
    state = ledger.status(conn, DAY)
    assert state.counts == {"pending": 0, "sent": 40, "failed": 0, "skipped": 10} and state.state == "finished"


def test_a_kill_right_after_an_accepted_batch_leaves_whole_batches(sample):
    """SIGKILL in the window after SendGrid's 202: the batch is recorded all or nothing, and a resume
    resends at most that one batch."""
    import signal
    import threading

    with FakeSendGrid(KEY) as server:
        conn, _, recipients = setup(sample, server, 100, batch_size=10)
        env = {**os.environ, "NEWSLETTER_SECRET": "test-secret-key", "SENDGRID_API_KEY": KEY}
        command = ["--workspace", sample.root, "send", "--provider", "sendgrid", "--yes"]
        proc = forked.start(command, env=env)

        timer = threading.Timer(0.002, proc.kill)

        def on_accept(number, body):
            if number == 4:  # kill as the 202 of the fourth batch goes out: inside the record window
                timer.start()
            elif number > 4:  # a loaded host ran the timer late: the kill lands before this batch is taken
                timer.cancel()
                proc.kill()  # the child waits for this answer, so it records nothing more
                with server.state.lock:
                    server.state.accepted.remove(body)

        server.state.on_accept = on_accept
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL
        sent = ledger.status(conn, DAY).counts["sent"]
        assert sent in (30, 40), sent  # never a part of a batch
        server.state.on_accept = None
        resumed = forked.run([*command, "--resume"], env=env)
        assert resumed.returncode == 0, resumed.stderr
    counts = Counter(email for email, _ in server.recipients())
    assert set(counts) == {r.email for r in recipients}
    assert sum(counts.values()) - 100 <= 10  # at most the batch in flight twice
    assert ledger.status(conn, DAY).counts["sent"] == 100


@pytest.mark.sqlite_only  # the database is incidental here
def test_a_key_echoed_by_the_endpoint_is_redacted(sample, cli_in):
    with FakeSendGrid(KEY) as server:
        setup(sample, server, 2)
        set_config(sample, "delivery.retries", 0)
        server.state.faults = ["echo"]
        result = cli_in(sample, "send", "--provider", "sendgrid", "--yes")
    assert result.exit_code == 1
    assert "gave up after 1 attempts: HTTP 502: bad gateway" in result.stderr
    assert "Bearer [redacted]" in result.stderr and KEY not in result.stderr + result.stdout
    stored = " ".join(r[0] or "" for r in sample.connect().execute("SELECT error FROM deliveries"))
    assert KEY not in stored and "[redacted]" in stored
