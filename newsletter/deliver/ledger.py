"""The delivery ledger: one row per issue and recipient, so an interrupted send resumes without duplicates.

Rows are written `pending` before any provider call; each unit of work the provider reports (one SMTP message,
one accepted SendGrid request) is recorded in ONE transaction right after it, so a killed send resends at most
what was in flight. A send is `finished` only when nobody is owed the issue any more.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from newsletter import clock
from newsletter.db import Connection, transaction

TRANSIENT = "transient: "
UNANSWERED = "unanswered: "
"""The request went out and no answer came: the provider may have delivered it. Owed again only when asked."""


def started(conn: Connection, day: date) -> bool:
    return conn.execute("SELECT 1 FROM sends WHERE issue_date = ?", (day.isoformat(),)).fetchone() is not None


def started_with(conn: Connection, day: date) -> str | None:
    """The fingerprint of the email a send started with (None: not started, or started by an older release)."""
    row = conn.execute("SELECT fingerprint FROM sends WHERE issue_date = ?", (day.isoformat(),)).fetchone()
    return row[0] if row else None


def finished_at(conn: Connection, day: date) -> str | None:
    row = conn.execute("SELECT finished_at FROM sends WHERE issue_date = ?", (day.isoformat(),)).fetchone()
    return row[0] if row else None


def start(conn: Connection, day: date, provider: str, subject: str, fingerprint: str | None = None) -> bool:
    """Record the send (with the fingerprint of its email) and a pending row for every active subscriber, one per
    person, in one statement (nothing of the list passes through memory). A send that started before keeps the
    recipients it started with: people who subscribed since do not get an old issue. True when this call started
    the send."""
    key, now = day.isoformat(), clock.stamp()
    with transaction(conn):
        if started(conn, day):  # a resume: it goes on with this provider and this email (send.py checked it)
            conn.execute("UPDATE sends SET provider = ?, fingerprint = COALESCE(?, fingerprint) WHERE issue_date = ?",
                         (provider, fingerprint, key))
            return False
        conn.execute("INSERT INTO sends (issue_date, provider, subject, started_at, fingerprint) VALUES (?, ?, ?, ?, "
                     "?)", (key, provider, subject, now, fingerprint))
        conn.execute(
            "INSERT INTO deliveries (issue_date, email, status, provider, updated_at, seq) "
            "SELECT ?, email, 'pending', ?, ?, ROW_NUMBER() OVER (ORDER BY email_key) FROM subscribers "
            "WHERE status = 'active'", (key, provider, now))
    return True


def _owed(table: str = "", unanswered: bool = False) -> str:
    """The condition for a row still owed the issue: pending, or failed with a transient failure (and, when the
    editor asks, failed unanswered)."""
    t = f"{table}." if table else ""
    again = f" OR ({t}status = 'failed' AND {t}error LIKE 'unanswered:%')" if unanswered else ""
    return f"({t}status = 'pending' OR ({t}status = 'failed' AND {t}error LIKE 'transient:%'){again})"


def count_unanswered(conn: Connection, day: date) -> int:
    """Recipients of requests the provider never answered, whom the editor has not decided about yet."""
    return conn.execute("SELECT COUNT(*) FROM deliveries WHERE issue_date = ? AND status = 'failed' AND error LIKE "
                        "'unanswered:%'", (day.isoformat(),)).fetchone()[0]


def count_owed(conn: Connection, day: date, unanswered: bool = False) -> int:
    return conn.execute(f"SELECT COUNT(*) FROM deliveries WHERE issue_date = ? AND {_owed(unanswered=unanswered)}",
                        (day.isoformat(),)).fetchone()[0]


def owed_pages(conn: Connection, day: date, size: int,
               unanswered: bool = False) -> Iterator[list[tuple[str, str, str | None]]]:
    """(email, name, subscriber id) of everyone owed the issue, in pages by their place in the send. Each page
    is read when it is needed, so memory does not grow with the list."""
    after = 0
    while True:
        rows = conn.execute(
            f"SELECT d.seq, d.email, s.name, s.id FROM deliveries AS d LEFT JOIN subscribers AS s "
            f"ON s.email_key = lower(d.email) WHERE d.issue_date = ? AND d.seq > ? AND {_owed('d', unanswered)} "
            f"ORDER BY d.seq LIMIT ?", (day.isoformat(), after, size)).fetchall()
        if not rows:
            return
        after = rows[-1][0]
        yield [(r[1], r[2] or "", r[3]) for r in rows]


def mark_batch(conn: Connection, day: date, emails: list[str], batch: int) -> None:
    """The rows about to be handed to the provider: their batch number and one more attempt."""
    key, now = day.isoformat(), clock.stamp()
    with transaction(conn):
        conn.executemany("UPDATE deliveries SET batch = ?, attempts = attempts + 1, updated_at = ? "
                         "WHERE issue_date = ? AND email = ?", [(batch, now, key, e) for e in emails])


def mark_skipped(conn: Connection, day: date, emails: list[str], reason: str) -> None:
    """Recipients who must not get the issue after all (they left while the send ran)."""
    key, now = day.isoformat(), clock.stamp()
    with transaction(conn):
        conn.executemany("UPDATE deliveries SET status = 'skipped', error = ?, updated_at = ? "
                         "WHERE issue_date = ? AND email = ?", [(reason, now, key, e) for e in emails])


@dataclass
class Outcome:
    """One recipient's result as the ledger stores it."""
    email: str
    status: str  # sent | failed
    error: str | None = None
    provider_id: str | None = None
    message_id: str | None = None


def record(conn: Connection, day: date, outcomes: list[Outcome]) -> None:
    """A unit of work's results, in one transaction (a batch accepted by SendGrid is all or nothing)."""
    key, now = day.isoformat(), clock.stamp()
    with transaction(conn):
        conn.executemany(
            "UPDATE deliveries SET status = ?, error = ?, provider_id = ?, message_id = COALESCE(?, message_id), "
            "updated_at = ? WHERE issue_date = ? AND email = ?",
            [(o.status, o.error, o.provider_id, o.message_id, now, key, o.email) for o in outcomes])


def finish(conn: Connection, day: date) -> bool:
    """Mark the send finished when nobody is owed the issue; False (and not finished) otherwise."""
    if count_owed(conn, day):
        return False
    conn.execute("UPDATE sends SET finished_at = ? WHERE issue_date = ?", (clock.stamp(), day.isoformat()))
    return True


@dataclass
class Status:
    date: date
    state: str
    """`not sent`, `interrupted` (started, not finished, nobody at work on it), `running` or `finished`."""
    provider: str | None
    started_at: str | None
    finished_at: str | None
    counts: dict[str, int]
    failures: list[tuple[str, str]]

    def to_json(self) -> dict:
        return {"date": self.date.isoformat(), "state": self.state, "provider": self.provider,
                "started_at": self.started_at, "finished_at": self.finished_at, "counts": self.counts,
                "failures": [{"email": e, "reason": r} for e, r in self.failures]}


def status(conn: Connection, day: date) -> Status:
    key = day.isoformat()
    send = conn.execute("SELECT * FROM sends WHERE issue_date = ?", (key,)).fetchone()
    counts = Counter({"pending": 0, "sent": 0, "failed": 0, "skipped": 0})
    counts.update(dict(conn.execute("SELECT status, COUNT(*) FROM deliveries WHERE issue_date = ? GROUP BY status",
                                    (key,)).fetchall()))
    failures = [(r[0], r[1]) for r in conn.execute(
        "SELECT email, error FROM deliveries WHERE issue_date = ? AND status = 'failed' ORDER BY email", (key,))]
    if send is None:
        state = "not sent"
    elif send["finished_at"]:
        state = "finished"
    else:
        from newsletter.locks import held_by

        state = "running" if held_by(conn, lock_name(day)) else "interrupted"
    return Status(day, state, send["provider"] if send else None, send["started_at"] if send else None,
                  send["finished_at"] if send else None, dict(counts), failures)


def lock_name(day: date) -> str:
    return f"send:{day.isoformat()}"
