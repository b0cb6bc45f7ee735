"""Sending through a real SMTP server on loopback: one message per recipient, personalised, resumable."""

from __future__ import annotations

import os
import re
import signal
import socket
import sys
import time
from contextlib import contextmanager
from datetime import date

import pytest

from newsletter.deliver import ledger, subscribers, tokens
from newsletter.deliver import send as delivery
from newsletter.deliver.retry import RetryPolicy
from newsletter.errors import DeliveryError, ProviderError
from newsletter.workspace import Workspace
from tests import forked
from tests.conftest import import_people, set_config
from tests.smtp_server import Handler, Server

pytestmark = pytest.mark.databases  # each test on SQLite and on PostgreSQL

DAY = date(2026, 11, 28)
FAST = RetryPolicy(attempts=5, base=0.01, cap=0.05)


def use_smtp(ws: Workspace, port: int, connections: int = 3, timeout: float = 5.0) -> None:
    for key, value in (("host", "127.0.0.1"), ("port", port), ("security", "none"), ("connections", connections),
                       ("timeout", timeout)):
        set_config(ws, f"delivery.smtp.{key}", value)


def add_subscribers(ws: Workspace, count: int) -> list[str]:
    names = ["Ada Lovelace", "", "Zoë O'Brien", "Q = <b>&amp;</b>", "Émile Zola"]
    emails = [f"reader{n:04d}@example.com" for n in range(count)]
    import_people(ws, [(email, names[n % len(names)]) for n, email in enumerate(emails)])
    conn = ws.connect()
    subscribers.upsert(conn, "gone@example.com", "Gone")
    subscribers.set_status(conn, "gone@example.com", "unsubscribed")
    return emails


def run_send(ws, provider="smtp", policy=FAST, **kwargs):
    """A send through the library's policy function, as `newsletter send --yes` does it."""
    return delivery.run(ws, DAY, provider, policy=policy, **kwargs)


def assert_each_once(handler: Handler, emails: list[str]) -> None:
    got = handler.by_recipient()
    assert sorted(got) == sorted(emails)
    assert all(len(items) == 1 for items in got.values()), {k: len(v) for k, v in got.items() if len(v) > 1}


def test_every_subscriber_gets_exactly_one_personal_message(sample):
    with Server() as server:
        use_smtp(sample, server.port)
        emails = add_subscribers(sample, 23)
        summary = run_send(sample)
    assert (summary.sent, summary.failed) == (23, 0)
    assert_each_once(server.handler, emails)
    conn = sample.connect()
    names = {s.email: s.name for s in subscribers.list_subscribers(conn)}
    for item in server.handler.received:
        [rcpt] = item.rcpt_tos
        msg = item.message
        assert msg["To"].addresses[0].addr_spec == rcpt
        assert item.mail_from == "brief@example.com"
        url = tokens.unsubscribe_url(sample.config, subscribers.get(conn, rcpt).id)  # opaque: no address
        assert msg["List-Unsubscribe"] == f"<{url}>"
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert msg["List-Id"] == "The Daily Brief <the-daily-brief.brief.example.com>"
        assert re.fullmatch(r"<2026-11-28\.[0-9a-f]{20}@example\.com>", msg["Message-ID"])
        text = msg.get_body(("plain",)).get_content()
        html = msg.get_body(("html",)).get_content()
        assert f"Unsubscribe: {url}" in text and f'href="{url}"' in html
        first = names[rcpt].split()[0] if names[rcpt] else "there"
        assert f"Hi {first}," in text
        assert f"Hi {first.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}," in html
        assert not msg.defects
    ids = {item.message["Message-ID"] for item in server.handler.received}
    assert len(ids) == 23
    status = ledger.status(conn, DAY)
    assert status.counts == {"pending": 0, "sent": 23, "failed": 0, "skipped": 0} and status.finished_at


def test_sending_twice_refuses_and_resume_sends_nothing_new(sample):
    with Server() as server:
        use_smtp(sample, server.port)
        add_subscribers(sample, 5)
        run_send(sample)
        with pytest.raises(DeliveryError, match=r"was sent already: the send finished at 20\d\d-"):
            run_send(sample)
        # --resume continues only an interrupted send: a finished one is refused, and people who subscribed
        # since it went out do not get the old issue.
        subscribers.upsert(sample.connect(), "newcomer@example.com", "New")
        with pytest.raises(DeliveryError, match="was sent already: the send finished at"):
            run_send(sample, resume=True)
    assert len(server.handler.received) == 5


def test_transient_faults_and_permanent_refusals(sample):
    tries: dict[str, int] = {}

    def on_rcpt(address):
        tries[address] = tries.get(address, 0) + 1
        if address == "reader0003@example.com":
            return "550 5.1.1 No such mailbox"
        if address.endswith(("1@example.com", "5@example.com")) and tries[address] <= 2:
            return "451 4.3.0 Try again later"
        return None

    def on_mail(address, count):
        # Every seventh message loses its connection before it goes out (a dropped connection at MAIL FROM).
        return "DROP" if count % 7 == 3 else None

    handler = Handler(on_mail=on_mail, on_rcpt=on_rcpt)
    with Server(handler) as server:
        use_smtp(sample, server.port)
        emails = add_subscribers(sample, 30)
        summary = run_send(sample)
    assert summary.failed == 1 and summary.failures[0][0] == "reader0003@example.com"
    assert summary.failures[0][1].startswith("550 5.1.1 No such mailbox")
    assert_each_once(handler, [e for e in emails if e != "reader0003@example.com"])
    assert tries["reader0001@example.com"] >= 3
    conn = sample.connect()
    status = ledger.status(conn, DAY)
    assert status.counts == {"pending": 0, "sent": 29, "failed": 1, "skipped": 0}
    assert status.failures == [("reader0003@example.com", "550 5.1.1 No such mailbox")]


def test_a_message_the_server_never_answered_is_not_sent_again_on_its_own(sample, cli_in):
    """The connection dies after the message's final dot and before the server's answer: it may have been
    accepted, so it is not retried; the send stops and says so, and the editor chooses."""
    handler = Handler(on_data=lambda item, count: "DROP" if item.rcpt_tos == ["reader0004@example.com"] else None)
    with Server(handler) as server:
        use_smtp(sample, server.port, connections=3)
        emails = add_subscribers(sample, 8)
        result = cli_in(sample, "send", "--provider", "smtp", "--yes")
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: smtp: no answer after the message went out (Connection unexpectedly "
                                        "closed): the server may have accepted it; its recipient is not sent it again "
                                        "unless you ask")
        state = ledger.status(sample.connect(), DAY)
        assert state.state == "interrupted" and state.counts["failed"] == 1  # the others: as far as they got
        assert len(handler.received) == state.counts["sent"]  # what the other connections sent is recorded
        assert state.failures[0][0] == "reader0004@example.com" and state.failures[0][1].startswith("unanswered: ")
        handler.on_data = None
        assert cli_in(sample, "send", "--provider", "smtp", "--yes", "--resume").exit_code == 0
        assert_each_once(handler, [e for e in emails if e != "reader0004@example.com"])  # the editor left it
        assert ledger.status(sample.connect(), DAY).state == "finished"


def test_unreachable_server_is_one_line_at_once_and_resume_finishes(sample, cli_in):
    from tests.smtp_server import free_port

    port = free_port()  # nothing listens here
    use_smtp(sample, port, connections=3)
    emails = add_subscribers(sample, 30)
    started = time.monotonic()
    result = cli_in(sample, "send", "--provider", "smtp", "--yes")
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert result.stderr == (f"Error: smtp: cannot connect to 127.0.0.1:{port}: [Errno 111] Connection refused; "
                             f"check [delivery.smtp] host and port\n")
    state = ledger.status(sample.connect(), DAY)
    assert state.state == "interrupted" and state.counts["pending"] == 30 and state.counts["failed"] == 0
    server = Server()
    server.controller.port = port
    with server:
        result = cli_in(sample, "send", "--provider", "smtp", "--yes", "--resume")
    assert result.exit_code == 0, result.output
    assert_each_once(server.handler, emails)


@pytest.mark.real_pauses
@pytest.mark.sqlite_only  # the database is incidental here
def test_connection_attempts_pause_longer_each_time(ws, monkeypatch):
    """A server restarting gets a moment to come back: three attempts, 0.5 s and then 1 s apart, then one error
    (the other tests pause a twentieth of that: tests/conftest.py)."""
    from newsletter.deliver.providers import make_provider, smtp
    from tests.smtp_server import free_port

    use_smtp(ws, free_port())  # nothing listens here
    pauses: list[float] = []
    monkeypatch.setattr(smtp.time, "sleep", pauses.append)
    provider = make_provider("smtp", ws.config, ws.root)
    with pytest.raises(ProviderError, match=r"cannot connect to 127.0.0.1:\d+: \[Errno 111\] Connection refused"):
        provider.connect()
    assert pauses == [0.5, 1.0]


@pytest.mark.sqlite_only  # the database is incidental here
def test_a_server_that_never_answers_is_bounded(sample):
    """A server that accepts TCP and never says a word: one error after a bounded wait, not one per recipient."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(50)
    use_smtp(sample, listener.getsockname()[1], connections=4, timeout=0.3)
    add_subscribers(sample, 300)
    started = time.monotonic()
    try:
        with pytest.raises(ProviderError, match=r"cannot connect to 127.0.0.1:\d+: no answer within 0.3 s; check"):
            run_send(sample)
    finally:
        listener.close()
    assert time.monotonic() - started < 5  # 3 connection attempts x 0.3 s + pauses, whatever the list size
    assert ledger.status(sample.connect(), DAY).counts["pending"] == 300


def test_a_crashing_provider_is_never_reported_as_success(sample, cli_in, monkeypatch):
    from newsletter.deliver.providers import smtp

    def broken(*args, **kwargs):
        raise ValueError("negative timeout")

    monkeypatch.setattr(smtp, "_send_one", broken)
    with Server() as server:
        use_smtp(sample, server.port)
        add_subscribers(sample, 5)
        result = cli_in(sample, "send", "--provider", "smtp", "--yes")
    assert result.exit_code == 1
    assert "smtp: unexpected failure: ValueError: negative timeout" in result.stderr
    state = ledger.status(sample.connect(), DAY)
    assert state.state == "interrupted" and state.counts["sent"] == 0 and state.finished_at is None


@pytest.mark.sqlite_only  # the database is incidental here
def test_sample_is_refused_with_a_real_provider(sample, cli_in):
    with Server() as server:
        use_smtp(sample, server.port)
        add_subscribers(sample, 5)
        result = cli_in(sample, "send", "--provider", "smtp", "--yes", "--sample", "2")
    assert result.exit_code == 1 and "--sample is a dry-run option" in result.stderr
    assert server.handler.received == [] and ledger.status(sample.connect(), DAY).state == "not sent"


def test_a_second_send_of_the_same_issue_is_refused_while_the_first_holds_the_lease(sample):
    from newsletter.locks import LockedError, lease

    with Server() as server:
        use_smtp(sample, server.port)
        add_subscribers(sample, 5)
        conn = sample.connect()
        ledger.start(conn, DAY, "smtp", "s")  # an interrupted send (to these 5) another process is resuming
        with lease(conn, ledger.lock_name(DAY), "the send of 2026-11-28"):
            assert ledger.status(conn, DAY).state == "running"
            with pytest.raises(LockedError, match=r"the send of 2026-11-28 is already running: \S+@\S+ pid \d+ "
                               "since"):
                run_send(sample, resume=True)
            with pytest.raises(LockedError, match=r"the send of 2026-11-28 is already running: \S+@\S+ pid \d+ "
                               r"\(wait for it, or stop that process\)$"):  # (not "did not finish … --resume")
                run_send(sample)
        assert server.handler.received == []
        summary = run_send(sample, resume=True)  # the lease is free again
    assert summary.sent == 5


def test_a_resume_sends_the_rest_the_version_the_send_started_with(sample):
    """The issue edited between an interrupted send and its resume had gone to the rest of the list as another
    version than the first part got: the resume now refuses, --force (for a build's errors) too; --send-changed
    sends the new one where no approval is required, and a later resume goes on with it."""
    from newsletter import approval

    with Server() as server:
        use_smtp(sample, server.port)
        add_subscribers(sample, 3)
        conn = sample.connect()
        ledger.start(conn, DAY, "smtp", "s", approval.fingerprint(delivery.prepare(sample, DAY)))  # interrupted
        path = sample.issues_dir / f"{DAY}.toml"
        path.write_text(path.read_text(encoding="utf-8").replace('subject = "', 'subject = "Corrected: ', 1),
                        encoding="utf-8")
        changed = (r"the email of 2026-11-28 differs from the one its send started with \(the issue file, templates/, "
                   r"newsletter.toml or the tool changed since\): the people it reached got the earlier one; undo the "
                   r"change")
        for force in (False, True):
            with pytest.raises(DeliveryError, match=changed + ", or send the rest the new one with `newsletter send "
                               "2026-11-28 --resume --send-changed`$"):
                run_send(sample, resume=True, force=force)
        set_config(sample, "delivery.require_approval", True)  # an approval is of one email: not offered
        with pytest.raises(DeliveryError, match=changed + r" \(`newsletter issue diff 2026-11-28` shows it\); "
                           r"--send-changed does not apply: \[delivery\] require_approval is on, and an approval is "
                           r"of one email$"):
            run_send(sample, resume=True, send_changed=True)
        set_config(sample, "delivery.require_approval", False)
        with pytest.raises(DeliveryError, match=r"^--send-changed goes with --resume, on a real send$"):
            run_send(sample, send_changed=True)
        assert server.handler.received == []
        assert run_send(sample, resume=True, send_changed=True).sent == 3
        assert ledger.started_with(conn, DAY) == approval.fingerprint(delivery.prepare(sample, DAY))  # goes on with it
    assert {m.message["Subject"][:11] for m in server.handler.received} == {"Corrected: "}


def test_send_changed_reaches_the_policy_from_the_command_line(sample, cli_in):
    """The flag is the command's as well as the library's: without --resume it is refused in one line."""
    result = cli_in(sample, "send", "--send-changed", "--yes")
    assert result.exit_code == 1 and result.stderr == "Error: --send-changed goes with --resume, on a real send\n"


def test_a_dead_holder_does_not_block_the_resume(sample):
    from newsletter import clock

    conn = sample.connect()
    dead = forked.start(["--version"])
    dead.wait(timeout=60)  # a process that has ended: its pid names nobody
    conn.execute("INSERT INTO locks VALUES (?, 'x@here pid 1', ?, ?, ?, ?)",
                 (ledger.lock_name(DAY), socket.gethostname(), dead.pid, clock.stamp(), clock.stamp()))
    assert ledger.status(conn, DAY).state == "not sent"
    from newsletter.locks import held_by

    assert held_by(conn, ledger.lock_name(DAY)) is None


@pytest.mark.sqlite_only  # the database is incidental here
def test_idn_sender_domain_goes_out_as_punycode(sample):
    with Server() as server:
        use_smtp(sample, server.port)
        set_config(sample, "newsletter.sender", "The Daily Brief <brief@exämple.com>")
        add_subscribers(sample, 2)
        summary = run_send(sample)
    assert summary.sent == 2
    assert {item.mail_from for item in server.handler.received} == {"brief@xn--exmple-cua.com"}
    assert server.handler.received[0].message["From"].addresses[0].domain == "xn--exmple-cua.com"


def test_retries_zero_gives_up_after_the_first_try(sample):
    def on_rcpt(address):
        return "451 4.3.0 Try again later" if address == "reader0001@example.com" else None

    with Server(Handler(on_rcpt=on_rcpt)) as server:
        use_smtp(sample, server.port)
        set_config(sample, "delivery.retries", 0)
        add_subscribers(sample, 3)
        waits = []
        summary = delivery.run(sample, DAY, "smtp", sleep=waits.append)
    assert waits == [] and (summary.sent, summary.failed) == (2, 1)
    assert summary.failures[0][1].startswith("gave up after 1 attempts: 451")
    rows = {r["email"]: r for r in sample.connect().execute("SELECT * FROM deliveries")}
    # SMTP rows carry batch and attempts: each message is a batch of its own
    assert sorted(r["batch"] for r in rows.values()) == [1, 2, 3] and all(r["attempts"] == 1 for r in rows.values())


def test_someone_who_leaves_while_an_smtp_send_runs_is_not_mailed(sample):
    """Each message is checked against the list just before a connection takes it, not a hundred at a time at the
    start: the ten who unsubscribe while the sixth message goes out are skipped, not mailed."""
    leaving = [f"reader{n:04d}@example.com" for n in range(20, 30)]

    def on_data(item, count):
        if count == 5:
            conn = sample.connect()
            for email in leaving:
                subscribers.set_status(conn, email, "unsubscribed")
            conn.close()
        return None

    with Server(Handler(on_data=on_data)) as server:
        use_smtp(sample, server.port)
        emails = add_subscribers(sample, 30)
        summary = run_send(sample)
    assert (summary.sent, summary.left) == (20, 10)
    assert_each_once(server.handler, [e for e in emails if e not in leaving])
    rows = {r["email"]: r for r in sample.connect().execute("SELECT * FROM deliveries")}
    assert {e for e, r in rows.items() if r["status"] == "skipped"} == set(leaving)
    assert all(rows[e]["error"] == "left before delivery" for e in leaving)


@pytest.mark.sqlite_only  # the database is incidental here
def test_to_test_sends_only_there_with_test_subject_and_no_ledger(sample, cli_in):
    with Server() as server:
        use_smtp(sample, server.port)
        add_subscribers(sample, 4)
        result = cli_in(sample, "send", "--provider", "smtp", "--to-test", "editor@example.com")
    assert result.exit_code == 0, result.output
    [item] = server.handler.received
    assert item.rcpt_tos == ["editor@example.com"]
    assert item.message["Subject"].startswith("[TEST] Coalition talks")
    assert ledger.status(sample.connect(), DAY).provider is None


def test_confirmation_and_refusals(sample, cli_in):
    add_subscribers(sample, 2)
    use_smtp(sample, 1)
    result = cli_in(sample, "send", "--provider", "smtp")
    assert result.exit_code == 1
    assert "needs confirmation: run in a terminal or pass --yes" in result.stderr
    set_config(sample, "selection.min_items", 50)
    result = cli_in(sample, "send", "--yes", "--provider", "smtp")
    assert "has 10 items, fewer than the minimum of 50 (add items, or --force)" in result.stderr
    set_config(sample, "selection.min_items", 3)
    set_config(sample, "newsletter.postal_address", "")
    result = cli_in(sample, "send", "--yes", "--provider", "smtp")
    assert "the build of 2026-11-28 has errors: newsletter.postal_address is empty" in result.stderr


@pytest.mark.sqlite_only  # the database is incidental here
def test_dry_run_writes_one_message_per_recipient_and_opens_no_connection(sample, cli_in, monkeypatch):
    emails = add_subscribers(sample, 12)

    def no_network(*args, **kwargs):
        raise AssertionError("the dry-run provider opened a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    result = cli_in(sample, "send")
    assert result.exit_code == 0, result.output
    assert 'Dry run of "Coalition talks begin after no party wins a majority in Portugal": 12 recipients' in (
        result.stdout)
    files = sorted((sample.root / "outbox" / "2026-11-28").glob("*.eml"))
    assert len(files) == 12
    import email as email_pkg
    import email.policy

    seen = []
    for path in files:
        msg = email_pkg.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert not msg.defects
        seen.append(msg["To"].addresses[0].addr_spec)
        assert "%%" not in msg.get_body(("html",)).get_content()
    assert sorted(seen) == sorted(emails)
    assert ledger.status(sample.connect(), DAY).provider is None  # nothing recorded as sent
    assert "Nothing was sent" in result.stdout
    result = cli_in(sample, "send", "--sample", "3")
    assert len(list((sample.root / "outbox" / "2026-11-28").glob("*.eml"))) == 3
    result = cli_in(sample, "send", "--to-test", "editor@example.com")
    assert "1 recipient, " in result.stdout and f"written to {sample.root / 'outbox' / '2026-11-28-test'}" in (
        result.stdout)
    assert len(list((sample.root / "outbox" / "2026-11-28-test").glob("*.eml"))) == 1


def _test_copies_to(ws) -> list[str]:
    import email as email_pkg
    import email.policy

    return sorted(email_pkg.message_from_bytes(p.read_bytes(), policy=email.policy.default)["To"].addresses[0].addr_spec
                  for p in (ws.root / "outbox" / "2026-11-28-test").glob("*.eml"))


def _people_who_left(ws) -> None:
    conn = ws.connect()
    for address, left_as in (("dave@example.com", "unsubscribed"), ("Carol@example.com", "unsubscribed"),
                             ("erin@Bücher.example", "bounced"), ("fay@example.com", "complained")):
        subscribers.upsert(conn, address, "")
        subscribers.set_status(conn, address, left_as)
    subscribers.upsert(conn, "gil@example.com", "Gil")  # active: gets a copy like any editor


def test_to_test_skips_addresses_that_left_the_list(sample, cli_in):
    """Review: a test copy went to addresses that unsubscribed, bounced or complained. Now each is skipped with a
    line on stderr (matched in any letter case, IDN domains as punycode), and the others still get theirs."""
    _people_who_left(sample)
    result = cli_in(sample, "send", "--to-test", "dave@example.com", "--to-test", "CAROL@example.com",
                    "--to-test", "editor@example.com", "--to-test", "ERIN@BÜCHER.example", "--to-test",
                    "fay@example.com", "--to-test", "gil@example.com")
    assert result.exit_code == 0, result.output
    assert _test_copies_to(sample) == ["editor@example.com", "gil@example.com"]
    assert "2 recipients, " in result.stdout
    lines = [line for line in result.stderr.splitlines() if "gets no test copy" in line]
    assert lines == [
        "Warning: skipped dave@example.com: it unsubscribed, and an address that left the list gets no test copy",
        "Warning: skipped CAROL@example.com: it unsubscribed, and an address that left the list gets no test copy",
        "Warning: skipped ERIN@xn--bcher-kva.example: it bounced, and an address that left the list gets no test "
        "copy",
        "Warning: skipped fay@example.com: it complained, and an address that left the list gets no test copy"]
    # Nobody left to mail: one line, exit 1, nothing written.
    result = cli_in(sample, "send", "--to-test", "dave@example.com", "--to-test", "CAROL@example.com")
    assert result.exit_code == 1
    assert result.stderr == ("Error: no test copy sent: every address left the list (dave@example.com "
                             "unsubscribed, CAROL@example.com unsubscribed)\n")
    assert _test_copies_to(sample) == ["editor@example.com", "gil@example.com"]  # the last test's copies, untouched
    assert subscribers.get(sample.connect(), "carol@example.com").status == "unsubscribed"


def test_to_test_returns_what_it_withheld_and_rechecks_before_delivery(sample, capsys):
    """The library returns the skipped addresses (it prints nothing); one who unsubscribes between the plan and the
    delivery is skipped too."""
    _people_who_left(sample)

    def leaves_meanwhile(plan):
        subscribers.set_status(sample.connect(), "GIL@example.com", "unsubscribed")

    summary = delivery.run(sample, DAY, "dry-run", to_test=["Dave@Example.com", "gil@example.com",
                                                            "outsider@example.org"], on_plan=leaves_meanwhile)
    assert summary.withheld == [("Dave@example.com", "unsubscribed"), ("gil@example.com", "unsubscribed")]
    assert summary.to_json()["withheld"][0] == {"email": "Dave@example.com", "status": "unsubscribed"}
    assert (summary.sent, summary.failed) == (1, 0)
    assert _test_copies_to(sample) == ["outsider@example.org"]  # not on the list: an editor's own inbox
    assert capsys.readouterr() == ("", "")


@pytest.mark.sqlite_only  # the database is incidental here
def test_daily_test_copy_skips_editors_who_left(sample, cli_in):
    set_config(sample, "newsletter.editors", ["editor@example.com", "DAVE@example.com"])
    _people_who_left(sample)
    result = cli_in(sample, "daily", "--date", "2026-11-28")
    assert result.exit_code == 0, result.output
    assert "[TEST] copy to editor@example.com via dry-run: 1 sent, 0 failed" in result.stdout
    assert "skipped DAVE@example.com: it unsubscribed, and an address that left the list gets no test copy" in (
        result.stdout)
    assert _test_copies_to(sample) == ["editor@example.com"]
    set_config(sample, "newsletter.editors", ["DAVE@example.com"])
    result = cli_in(sample, "daily", "--date", "2026-11-28")
    assert result.exit_code == 1 and "test: FAILED" in result.stdout
    assert "no test copy sent: every address left the list (DAVE@example.com unsubscribed)" in result.stdout
    assert _test_copies_to(sample) == ["editor@example.com"]


@contextmanager
def _real_send(sample, handler: Handler, connections: int, people: int):
    """A loopback SMTP server with `handler`, `people` subscribers, and the command line of a real send to it."""
    env = {**os.environ, "NEWSLETTER_SECRET": "test-secret-key"}
    command = ["--workspace", sample.root, "send", "--provider", "smtp", "--yes"]
    with Server(handler) as server:
        use_smtp(sample, server.port, connections=connections)
        yield command, env, add_subscribers(sample, people)


def test_sigkill_midway_then_resume_delivers_everyone_once(sample):
    """A real `newsletter send` process is killed (SIGKILL) in the middle and resumed."""
    proc: dict[str, forked.Process] = {}
    killed = []

    def on_mail(address, count):
        if count == 9 and not killed:  # the 9th MAIL FROM: messages 1-8 were accepted and recorded
            killed.append(count)
            os.kill(proc["p"].pid, signal.SIGKILL)
            return "421 going away"
        return None

    handler = Handler(on_mail=on_mail)
    with _real_send(sample, handler, connections=1, people=20) as (command, env, emails):
        proc["p"] = forked.start(command, env=env)
        proc["p"].wait(timeout=60)
        assert proc["p"].returncode == -signal.SIGKILL
        got = len(handler.received)
        assert got == 8
        conn = sample.connect()
        assert ledger.status(conn, DAY).counts["sent"] == 8
        again = forked.run(command, env=env)
        assert again.returncode == 1 and "started and did not finish" in again.stderr
        resumed = forked.run([*command, "--resume"], env=env)
        assert resumed.returncode == 0, resumed.stderr
        assert "12 sent, 0 failed, 8 skipped" in resumed.stdout
    assert_each_once(handler, emails)
    assert ledger.status(sample.connect(), DAY).counts == {"pending": 0, "sent": 20, "failed": 0, "skipped": 0}


@pytest.mark.sqlite_only  # (the signal, not the database)
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_records_what_was_under_way_and_resume_sends_nobody_twice(sample, sig):
    """Stopped mid-send, a real process lets the messages its other connections had under way finish, records
    them, and only then stops: the ledger holds every message the server accepted, so --resume repeats none."""
    proc: dict[str, forked.Process] = {}
    stopped = []

    def on_data(item, count):
        if count == 6 and not stopped:  # the 7th message: the others' are under way meanwhile
            stopped.append(count)
            os.kill(proc["p"].pid, sig)
            time.sleep(0.5)  # (the server holds every connection's DATA a moment)
        return None

    handler = Handler(on_data=on_data)
    with _real_send(sample, handler, connections=3, people=30) as (command, env, emails):
        proc["p"] = forked.start(command, env=env)
        _, err = proc["p"].communicate(timeout=60)
        assert proc["p"].returncode == 1, err
        assert "interrupted after" in err and "--resume" in err
        assert "Warning: stopping: the messages under way finish and are recorded first" in err
        delivered = len(handler.received)
        assert 7 <= delivered < 30
        assert ledger.status(sample.connect(), DAY).counts["sent"] == delivered
        resumed = forked.run([*command, "--resume"], env=env)
        assert resumed.returncode == 0, resumed.stderr
    assert_each_once(handler, emails)


def test_send_status_command(sample, cli_in):
    with Server() as server:
        use_smtp(sample, server.port)
        add_subscribers(sample, 3)
        assert "not sent" in cli_in(sample, "send", "status").stdout
        cli_in(sample, "send", "--provider", "smtp", "--yes")
    out = cli_in(sample, "send", "status", "2026-11-28").stdout
    assert "2026-11-28 via smtp" in out and "pending 0, sent 3, failed 0" in out


@pytest.mark.sqlite_only  # the database is incidental here
def test_a_plain_connection_loads_no_certificates_and_tls_makes_its_context(sample, monkeypatch):
    """Loading the system's certificates costs ~50 ms of CPU a provider: only a connection that uses TLS does it."""
    import ssl

    from newsletter.config import SmtpSettings
    from newsletter.deliver.providers.smtp import SmtpProvider

    made = []
    real = ssl.create_default_context
    monkeypatch.setattr(ssl, "create_default_context", lambda *a, **k: made.append(1) or real(*a, **k))
    with Server() as server:
        plain = SmtpProvider(SmtpSettings(host="127.0.0.1", port=server.port, security="none", timeout=5))
        plain.connect().quit()
        assert made == []
        tls = SmtpProvider(SmtpSettings(host="127.0.0.1", port=server.port, security="starttls", timeout=5))
        assert isinstance(tls.ssl_context, ssl.SSLContext) and tls.ssl_context is tls.ssl_context and made == [1]


@pytest.mark.sqlite_only  # the database is incidental here
def test_starttls_refused_by_a_plain_server_is_one_error(sample):
    from newsletter.config import SmtpSettings
    from newsletter.deliver.providers.smtp import SmtpProvider

    with Server() as server:
        provider = SmtpProvider(SmtpSettings(host="127.0.0.1", port=server.port, security="starttls", timeout=5))
        with pytest.raises(ProviderError, match="does not support starttls"):
            provider.connect()


def test_ctrl_c_during_a_send_says_how_to_resume(sample, cli_in, monkeypatch):
    from newsletter.deliver.providers import smtp

    real = smtp._send_one
    calls = []

    def interrupted(*args):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(smtp, "_send_one", interrupted)
    with Server() as server:
        use_smtp(sample, server.port, connections=1)
        add_subscribers(sample, 6)
        result = cli_in(sample, "send", "--provider", "smtp", "--yes")
        assert result.exit_code == 1
        assert "continue with `newsletter send 2026-11-28 --resume`" in result.stderr
        monkeypatch.setattr(smtp, "_send_one", real)
        assert cli_in(sample, "send", "--provider", "smtp", "--yes", "--resume").exit_code == 0
    assert len(server.handler.received) == 6


def test_a_newer_database_is_refused(sample, database):
    from newsletter.db import SCHEMA_VERSION
    from newsletter.errors import NewsletterError

    if database == "postgresql":
        from newsletter import db_postgres

        db_postgres.set_schema_version(sample.connect(), SCHEMA_VERSION + 1)
        db_postgres.release()  # as a new process would, check the version again
    else:
        sample.connect().execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(NewsletterError, match=f"schema version {SCHEMA_VERSION + 1}, newer than this release"):
        sample.connect()


def _certificate(tmp_path):
    """A self-signed certificate for 127.0.0.1: (server context, client context that trusts it)."""
    import datetime as dt
    import ipaddress
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .sign(key, hashes.SHA256()))
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    (tmp_path / "cert.pem").write_bytes(cert_pem)
    (tmp_path / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                         serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    client = ssl.create_default_context(cadata=cert_pem.decode())
    return server, client


@pytest.mark.sqlite_only  # the database is incidental here
@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_and_login(sample, tmp_path, security):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    from newsletter.config import SmtpSettings
    from newsletter.deliver.providers.smtp import SmtpProvider
    from newsletter.errors import ProviderError
    from tests.smtp_server import free_port

    server_ctx, client_ctx = _certificate(tmp_path)
    handler = Handler()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == b"editor" and auth_data.password == b"s3cret"
        return AuthResult(success=ok, handled=False)

    port = free_port()
    options = {"tls_context": server_ctx, "require_starttls": True} if security == "starttls" else \
        {"ssl_context": server_ctx}
    # aiosmtpd counts only STARTTLS as TLS for auth_require_tls; implicit TLS is encrypted from the start.
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_require_tls=security == "starttls", **options)
    controller.start()
    try:
        settings = SmtpSettings(host="127.0.0.1", port=port, security=security, username="editor", timeout=5)
        add_subscribers(sample, 3)
        conn = sample.connect()
        job = delivery.prepare(sample, DAY)
        with SmtpProvider(settings, "s3cret", ssl_context=client_ctx) as provider:
            audience = delivery.LedgerAudience(conn, DAY, delivery.Signer(sample, "k"))
            summary = delivery.deliver(conn, provider, job, audience, records=True, policy=FAST)
        assert summary.sent == 3 and len(handler.received) == 3
        with pytest.raises(ProviderError, match="login as 'editor' refused"):
            SmtpProvider(settings, "wrong", ssl_context=client_ctx).connect()
    finally:
        controller.stop()


def test_issue_list_shows_built_then_sent(sample, cli_in):
    import json

    from newsletter.render.build import build_issue

    assert json.loads(cli_in(sample, "issue", "list", "--json").stdout)[0]["status"] == "draft"
    build_issue(sample, DAY)
    assert json.loads(cli_in(sample, "issue", "list", "--json").stdout)[0]["status"] == "built"
    with Server() as server:
        use_smtp(sample, server.port)
        add_subscribers(sample, 2)
        run_send(sample)
    assert json.loads(cli_in(sample, "issue", "list", "--json").stdout)[0]["status"] == "sent"


def test_what_issue_check_calls_an_error_is_never_sent_even_with_force(sample, cli_in):
    path = sample.issues_dir / "2026-11-28.toml"
    path.write_text(path.read_text().replace('id = "229gs8g"', 'id = "hm7mper"', 1))  # an item twice
    add_subscribers(sample, 3)
    result = cli_in(sample, "send", "--yes", "--force")
    assert result.exit_code == 1
    assert "2026-11-28.toml" in result.stderr and "item 'hm7mper' appears twice" in result.stderr
    assert not (sample.root / "outbox" / "2026-11-28").exists()


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(sample, monkeypatch, capsys):
    """The last-resort handler: a bug (here: a library function that raises a plain exception) is one line that
    asks for --debug; with --debug (or NEWSLETTER_DEBUG=1) the traceback comes out."""
    from newsletter import cli
    from newsletter.workspace import Workspace

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(Workspace, "newest_issue", broken)
    monkeypatch.delenv("NEWSLETTER_DEBUG", raising=False)
    monkeypatch.setattr(sys, "argv", ["newsletter", "--workspace", str(sample.root), "issue", "show"])
    with pytest.raises(SystemExit) as code:
        cli.main()
    err = capsys.readouterr().err
    assert code.value.code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert err.startswith("Error: unexpected ZeroDivisionError at test_send.py:") and "run again with --debug" in err
    monkeypatch.setattr(sys, "argv", ["newsletter", "--debug", "--workspace", str(sample.root), "issue", "show"])
    with pytest.raises(ZeroDivisionError):
        cli.main()
    monkeypatch.setenv("NEWSLETTER_DEBUG", "1")
    monkeypatch.setattr(sys, "argv", ["newsletter", "--workspace", str(sample.root), "issue", "show"])
    with pytest.raises(ZeroDivisionError):
        cli.main()
