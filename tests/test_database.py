"""The storage layer on both engines: one SQL text, rows, transactions, migrations, locks, and a send that runs
while the web app (another process) unsubscribes people."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import date

import httpx
import pytest

from newsletter import db
from newsletter.deliver import ledger, subscriber_csv, subscribers, tokens
from newsletter.deliver import send as delivery
from newsletter.deliver.retry import RetryPolicy
from tests import forked
from tests.conftest import REPO, set_config, table_locked
from tests.sendgrid_server import FakeSendGrid
from tests.smtp_server import free_port

DAY = date(2026, 11, 28)
KEY = "SG.test-key-not-real"


def test_placeholders_are_translated_outside_literals():
    pytest.importorskip("psycopg")
    from newsletter.db_postgres import redact_url, translate

    assert translate("SELECT a FROM t WHERE b = ? AND c LIKE 'x:%' AND d = '?'") == \
        "SELECT a FROM t WHERE b = %s AND c LIKE 'x:%%' AND d = '?'"
    assert translate("INSERT INTO t (a) VALUES (:a, :now) -- x::text") == \
        "INSERT INTO t (a) VALUES (%(a)s, %(now)s) -- x::text"
    assert redact_url("postgresql://bob:s3cret@db.example:5432/news") == "postgresql://bob:***@db.example:5432/news"
    assert redact_url("postgresql://bob@db.example/news") == "postgresql://bob@db.example/news"


@pytest.mark.databases
def test_rows_cursors_and_transactions_behave_alike(ws):
    conn = ws.connect()
    conn.executemany("INSERT INTO sends (issue_date, provider, subject, started_at) VALUES (?, ?, ?, ?)",
                     [(f"2026-11-0{n}", "dry-run", f"50% off {n}", "t") for n in range(1, 4)])
    row = conn.execute("SELECT issue_date, subject FROM sends WHERE subject LIKE '50%' ORDER BY issue_date").fetchone()
    assert (row["issue_date"], row[1], tuple(row)) == ("2026-11-01", "50% off 1", ("2026-11-01", "50% off 1"))
    assert dict(conn.execute("SELECT issue_date, subject FROM sends").fetchall())["2026-11-03"] == "50% off 3"
    assert next(iter(conn.execute("SELECT issue_date FROM sends ORDER BY issue_date DESC")))[0] == "2026-11-03"
    assert conn.execute("UPDATE sends SET finished_at = ? WHERE issue_date > ?", ("t", "2026-11-01")).rowcount == 2
    with pytest.raises(RuntimeError), db.transaction(conn):
        conn.execute("DELETE FROM sends")
        raise RuntimeError("rolled back")
    assert conn.execute("SELECT COUNT(*) FROM sends").fetchone()[0] == 3
    again = conn.execute("INSERT INTO sends (issue_date, provider, subject, started_at) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT DO NOTHING", ("2026-11-01", "smtp", "x", "t"))
    assert again.rowcount == 0


@pytest.mark.databases
def test_upper_case_and_byte_order_agree_on_both_engines(ws):
    """Keys are ordered byte by byte on both (COLLATE "C" on PostgreSQL), so pages and listings agree."""
    conn = ws.connect()
    for email in ("zed@example.com", "~t@example.com", "Bob@example.com", "_x@example.com", "amy@example.com"):
        subscribers.upsert(conn, email)
    pages = [s.key for page in subscribers.active_pages(conn, page_size=2) for s in page]
    assert pages == sorted(pages) and len(pages) == 5
    assert subscribers.still_active(conn, ["BOB@example.com", "nobody@example.com"]) == {"bob@example.com"}
    assert subscribers.still_active(conn, []) == set()


@pytest.mark.databases
def test_a_future_migration_carries_both_dialects(ws, monkeypatch):
    """The rule in newsletter/db.py: a Migration appended to MIGRATIONS reaches both engines."""
    step = db.Migration(sqlite="ALTER TABLE sends ADD COLUMN note TEXT",
                        postgresql="ALTER TABLE sends ADD COLUMN note TEXT COLLATE \"C\"")
    ws.connect()  # at today's version
    monkeypatch.setattr(db, "MIGRATIONS", [*db.MIGRATIONS, step])
    monkeypatch.setattr(db, "SCHEMA_VERSION", db.SCHEMA_VERSION + 1)
    if os.environ.get("NEWSLETTER_DATABASE_URL"):
        from newsletter import db_postgres

        db_postgres.release()
    conn = ws.connect()
    conn.execute("INSERT INTO sends (issue_date, provider, subject, started_at, note) VALUES ('d', 'p', 's', 't', 'n')")
    assert conn.execute("SELECT note FROM sends").fetchone()["note"] == "n"


@pytest.mark.databases
def test_a_glance_never_creates_migrates_or_waits_on_the_database(ws, monkeypatch):
    """`Workspace.peek` (build's look at the ledger): nothing before the database exists, the rows once it does;
    a database at another schema is an error and stays at its schema; a lock held elsewhere (a migration's, a
    send's) is an error after PEEK_TIMEOUT, not a wait as long as the lock."""
    from newsletter.errors import NewsletterError

    assert ws.peek() is None and not ws.db_path.exists()
    conn = ws.connect()
    ledger.start(conn, DAY, "smtp", "s", "f")
    conn.close()
    glance = ws.peek()
    assert glance.execute("SELECT provider FROM sends").fetchone()[0] == "smtp"
    glance.close()
    today = db.SCHEMA_VERSION
    monkeypatch.setattr(db, "SCHEMA_VERSION", today + 1)  # a newer release meets today's database
    with pytest.raises(NewsletterError, match=f"^the database is at schema version {today} and this release reads "
                       f"{today + 1} "):
        ws.peek()
    monkeypatch.setattr(db, "SCHEMA_VERSION", today)
    ws.peek().close()  # (still at today's schema: not migrated by the glance)
    monkeypatch.setattr(db, "PEEK_TIMEOUT", 0.2)
    with table_locked(ws, "sends"):
        started = time.monotonic()
        with pytest.raises(NewsletterError, match="lock"):
            ws.peek().execute("SELECT provider FROM sends").fetchone()
        assert time.monotonic() - started < 10


@pytest.mark.databases
def test_connections_opening_a_new_sqlite_file_at_once_create_it_once(tmp_path):
    """A cron job and the web app starting on a fresh workspace: every opener succeeds, the schema is made once
    (before, the second failed with "table articles already exists", or "database is locked" on the WAL switch)."""
    def open_it(path, start, failures):
        start.wait()
        try:
            db.connect_sqlite(path).close()
        except Exception as exc:  # any failure is the finding
            failures.append(exc)

    for trial in range(8):
        path, start, failures = tmp_path / f"new{trial}.db", threading.Barrier(6), []
        threads = [threading.Thread(target=open_it, args=(path, start, failures)) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert failures == []
        conn = db.connect_sqlite(path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()


def test_only_one_of_two_processes_gets_a_lease(ws):
    from newsletter import locks

    conns = [ws.connect(), ws.connect()]
    start = threading.Barrier(2)
    won, lost = [], []

    def take(conn):
        start.wait()
        try:
            with locks.lease(conn, "send:x", "the send"):
                won.append(conn)
                time.sleep(0.3)  # hold it while the other one tries
        except locks.LockedError as exc:
            lost.append(str(exc))

    threads = [threading.Thread(target=take, args=(c,)) for c in conns]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(won) == 1 and len(lost) == 1 and "the send is already running" in lost[0]


@pytest.mark.databases
def test_unsubscribes_through_the_web_during_a_send_all_land_and_nobody_is_mailed_after(sample, tmp_path,
                                                                                         monkeypatch):
    """The web app (its own process) takes 50 unsubscribes while a 2,000-recipient SendGrid send runs: every one
    lands, nothing fails with 'database is locked', and nobody is mailed whose unsubscribe returned before their
    batch was checked."""
    monkeypatch.setenv("SENDGRID_API_KEY", KEY)
    listing = tmp_path / "list.csv"
    listing.write_text("email,name\n" + "".join(f"reader{n:05d}@example.com,Reader {n}\n" for n in range(2000)))
    conn = sample.connect()
    assert subscriber_csv.import_csv(conn, listing).added == 2000
    port = free_port()
    set_config(sample, "newsletter.base_url", f"http://127.0.0.1:{port}")
    everyone = subscribers.list_subscribers(conn)
    leaving = {s.key: tokens.unsubscribe_url(sample.config, s.id) for s in everyone[200::36][:50]}
    web = forked.start(["--workspace", sample.root, "serve", "--port", port])
    try:
        _wait_for(port, web)
        checks: dict[str, float] = {}  # key -> when the status check of its batch started
        real = subscribers.still_active

        def spy(conn, emails):
            started = time.time()
            emails = list(emails)
            checks.update({e.lower(): started for e in emails})
            return real(conn, emails)

        monkeypatch.setattr(subscribers, "still_active", spy)
        returned: dict[str, float] = {}
        errors: list[str] = []

        def unsubscribe_all():
            while not checks:  # the send has started
                time.sleep(0.005)
            with httpx.Client(timeout=30) as client:
                for key, url in leaving.items():
                    answer = client.post(url, content="List-Unsubscribe=One-Click",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
                    if answer.status_code != 200 or "You are unsubscribed" not in answer.text:
                        errors.append(f"{key}: {answer.status_code}")
                    returned[key] = time.time()
                    first_left.set()

        reader = threading.Thread(target=unsubscribe_all)
        with FakeSendGrid(KEY) as server:
            set_config(sample, "delivery.sendgrid.api_host", server.url)
            set_config(sample, "delivery.sendgrid.batch_size", 100)
            first_left = threading.Event()

            def slow_accept(number, body):
                # A provider that takes its time, and holds its first batch until the first unsubscribe has
                # returned: on a loaded host the web app's first answer could otherwise come after the whole send.
                first_left.wait(30)
                time.sleep(0.05)

            server.state.on_accept = slow_accept
            reader.start()
            summary = delivery.run(sample, DAY, "sendgrid", policy=RetryPolicy(attempts=3, base=0.01, cap=0.05))
            reader.join(60)
        mailed = [email.lower() for email, _ in server.recipients()]
    finally:
        web.terminate()
        log = web.communicate(timeout=10)[1]
    assert errors == [] and "Traceback" not in log and "locked" not in log
    assert {s.key for s in subscribers.list_subscribers(conn, "unsubscribed")} == set(leaving)
    late = [key for key in leaving if key in mailed and returned[key] < checks[key]]
    assert late == []  # unsubscribed before their batch was checked, and mailed all the same
    assert len(mailed) == len(set(mailed)) == summary.sent and summary.failed == 0
    assert summary.left >= 1 and summary.sent + summary.left == 2000
    state = ledger.status(conn, DAY)
    assert state.counts["skipped"] == summary.left and state.state == "finished"


def _wait_for(port: int, process: forked.Process) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"newsletter serve exited: {process.stderr.read() if process.stderr else ''}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/subscribe", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError("newsletter serve did not start within 30 s")


def test_the_database_url_is_checked_and_its_password_never_shown(ws, cli, monkeypatch):
    text = ws.config_path.read_text()
    ws.config_path.write_text(text.replace('\nurl = ""', '\nurl = "postgresql://bob:hunter22@db.example/news"'))
    result = cli("subscribers", "list")
    assert result.exit_code == 1 and "hunter22" not in result.stderr
    assert "Config value 'database.url' (line" in result.stderr and "holds a password" in result.stderr
    ws.config_path.write_text(text.replace('\nurl = ""', '\nurl = "mysql://db.example/news"'))
    assert "is not a postgresql:// URL" in cli("subscribers", "list").stderr
    ws.config_path.write_text(text)
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", "postgresql://bob:hunter22@127.0.0.1:1/news")
    pytest.importorskip("psycopg")
    down = cli("subscribers", "list")
    assert down.exit_code == 1 and down.stderr.count("\n") == 1 and "hunter22" not in down.stderr
    assert down.stderr.startswith("Error: cannot connect to the database postgresql://bob:***@127.0.0.1:1/news (")


def test_sqlite_users_and_help_never_import_psycopg(tmp_path):
    from newsletter.workspace import init_workspace

    ws = init_workspace(tmp_path / "ws")
    code = ("import sys, runpy; sys.argv=['newsletter', '--workspace', sys.argv[1], 'subscribers', 'list']\n"
            "try:\n    runpy.run_module('newsletter', run_name='__main__')\nexcept SystemExit: pass\n"
            "print('PSYCOPG', 'psycopg' in sys.modules)")
    env = {k: v for k, v in os.environ.items() if k != "NEWSLETTER_DATABASE_URL"}
    out = subprocess.run([sys.executable, "-c", code, str(ws.root)], capture_output=True, text=True, cwd=REPO,
                         env=env, check=True).stdout
    assert "PSYCOPG False" in out


@pytest.mark.databases
def test_an_add_racing_a_web_sign_up_merges_instead_of_failing(ws, monkeypatch):
    conn = ws.connect()
    subscribers.request_confirmation(conn, "ann@example.com", "", time.time(), 48)  # the web app got there first
    real, calls = subscribers.get, []

    def read_before_the_sign_up(conn, address):
        calls.append(address)
        return None if len(calls) == 1 else real(conn, address)

    monkeypatch.setattr(subscribers, "get", read_before_the_sign_up)
    outcome, person = subscribers.upsert(conn, "Ann@example.com", "Ann Lee")
    assert (outcome, person.email, person.status, person.name) == ("updated", "ann@example.com", "active", "Ann Lee")
    assert len(subscribers.list_subscribers(conn)) == 1


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_a_pooled_connection_the_server_ended_is_replaced_not_a_failed_command(ws, database, postgres_server,
                                                                               monkeypatch):
    """A server restart (here: the backend ended by the server's admin) while a connection sat in the pool: the
    next command gets a working connection instead of failing once."""
    from newsletter import db_postgres

    _, admin = postgres_server
    conn = ws.connect()
    pid = conn.execute("SELECT pg_backend_pid() AS pid").fetchone()["pid"]
    conn.close()  # back to the pool
    admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    monkeypatch.setattr(db_postgres, "CHECK_AFTER_IDLE", 0.0)
    again = ws.connect()
    assert again.execute("SELECT pg_backend_pid() AS pid").fetchone()["pid"] != pid
    subscribers.upsert(again, "after@example.com")
    assert subscribers.get(ws.connect(), "after@example.com") is not None
