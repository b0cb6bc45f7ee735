"""The delivery ledger: one row per issue and recipient, so an interrupted send resumes without duplicates.

Rows are written `pending` before any provider call and marked `sent` (with the provider's id) or
`failed` (with the reason) in their own transaction right after it, so a crash loses at most the
messages that were in flight at that moment.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Row:
    email: str
    status: str
    error: str | None
    attempts: int
    provider_id: str | None
    batch: int | None


def started(conn: sqlite3.Connection, day: str) -> bool:
    return conn.execute("SELECT 1 FROM sends WHERE issue_date = ?", (day,)).fetchone() is not None


def start(conn: sqlite3.Connection, day: str, provider: str, subject: str, emails: list[str]) -> None:
    """Record the send and a pending row for every recipient not in the ledger yet."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("INSERT OR IGNORE INTO sends (issue_date, provider, subject, started_at) VALUES (?, ?, ?, ?)",
                     (day, provider, subject, _now()))
        conn.execute("UPDATE sends SET finished_at = NULL, provider = ? WHERE issue_date = ?", (provider, day))
        now = _now()
        conn.executemany(
            "INSERT OR IGNORE INTO deliveries (issue_date, email, status, provider, updated_at) "
            "VALUES (?, ?, 'pending', ?, ?)", [(day, e, provider, now) for e in emails])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def to_send(conn: sqlite3.Connection, day: str) -> list[str]:
    """Recipients still owed the issue: pending, and failed ones whose failure was transient."""
    return [r[0] for r in conn.execute(
        "SELECT email FROM deliveries WHERE issue_date = ? AND (status = 'pending' OR "
        "(status = 'failed' AND error LIKE 'transient:%')) ORDER BY rowid", (day,))]


def mark_batch(conn: sqlite3.Connection, day: str, emails: list[str], batch: int) -> None:
    conn.executemany("UPDATE deliveries SET batch = ?, attempts = attempts + 1, updated_at = ? "
                     "WHERE issue_date = ? AND email = ?", [(batch, _now(), day, e) for e in emails])


def mark_sent(conn: sqlite3.Connection, day: str, emails: list[str], provider_id: str | None = None,
              message_ids: dict[str, str] | None = None) -> None:
    now = _now()
    conn.executemany(
        "UPDATE deliveries SET status = 'sent', provider_id = ?, message_id = ?, error = NULL, updated_at = ? "
        "WHERE issue_date = ? AND email = ?",
        [(provider_id, (message_ids or {}).get(e), now, day, e) for e in emails])


def mark_failed(conn: sqlite3.Connection, day: str, email: str, reason: str, transient: bool) -> None:
    error = ("transient: " if transient else "") + reason
    conn.execute("UPDATE deliveries SET status = 'failed', error = ?, updated_at = ? "
                 "WHERE issue_date = ? AND email = ?", (error, _now(), day, email))


def finish(conn: sqlite3.Connection, day: str) -> None:
    conn.execute("UPDATE sends SET finished_at = ? WHERE issue_date = ?", (_now(), day))


@dataclass
class Status:
    date: str
    provider: str | None
    started_at: str | None
    finished_at: str | None
    counts: dict[str, int]
    failures: list[tuple[str, str]]

    def to_json(self) -> dict:
        return {"date": self.date, "provider": self.provider, "started_at": self.started_at,
                "finished_at": self.finished_at, "counts": self.counts,
                "failures": [{"email": e, "reason": r} for e, r in self.failures]}


def status(conn: sqlite3.Connection, day: str) -> Status:
    send = conn.execute("SELECT * FROM sends WHERE issue_date = ?", (day,)).fetchone()
    counts = Counter({"pending": 0, "sent": 0, "failed": 0})
    counts.update(dict(conn.execute("SELECT status, COUNT(*) FROM deliveries WHERE issue_date = ? GROUP BY status",
                                    (day,)).fetchall()))
    failures = [(r[0], r[1]) for r in conn.execute(
        "SELECT email, error FROM deliveries WHERE issue_date = ? AND status = 'failed' ORDER BY email", (day,))]
    return Status(day, send["provider"] if send else None, send["started_at"] if send else None,
                  send["finished_at"] if send else None, dict(counts), failures)


def sent_emails(conn: sqlite3.Connection, day: str) -> set[str]:
    return {r[0] for r in conn.execute("SELECT email FROM deliveries WHERE issue_date = ? AND status = 'sent'",
                                       (day,))}
