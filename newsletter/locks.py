"""Leases in the database for work that must never run twice at once (the send of one issue).

A lease names its holder (user, host, pid) and carries a heartbeat. Another process may take it over only when
the holder is gone: the same host and a pid that no longer exists, or a heartbeat older than `stale_after`.
The check and the take-over are one step (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock on the lease's
name), so two processes never both win.
"""

from __future__ import annotations

import getpass
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from newsletter import clock
from newsletter.db import Connection, Row, transaction
from newsletter.errors import NewsletterError

STALE_AFTER = timedelta(minutes=5)
"""A holder that has not beaten for this long is presumed dead (a send beats after every batch)."""


class LockedError(NewsletterError):
    """The lease is held by a live process."""


@dataclass
class Lease:
    conn: Connection
    name: str
    holder: str

    def beat(self) -> None:
        """Tell other processes the holder is still at work."""
        self.conn.execute("UPDATE locks SET heartbeat = ? WHERE name = ? AND holder = ?",
                          (clock.stamp(), self.name, self.holder))


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, owned by someone else
        return True
    return True


def _stale(row: Row, host: str, now: datetime) -> bool:
    if row["host"] == host and not _alive(row["pid"]):
        return True
    return now - datetime.fromisoformat(row["heartbeat"]) > STALE_AFTER


def held_by(conn: Connection, name: str) -> str | None:
    """Who holds the lease `name` now (None when nobody live does)."""
    row = conn.execute("SELECT * FROM locks WHERE name = ?", (name,)).fetchone()
    if row is None or _stale(row, socket.gethostname(), clock.now()):
        return None
    return str(row["holder"])


@contextmanager
def lease(conn: Connection, name: str, what: str) -> Iterator[Lease]:
    """Hold the lease `name` for the duration of the block; LockedError says who holds it."""
    host, pid = socket.gethostname(), os.getpid()
    holder = f"{_user()}@{host} pid {pid}"
    with transaction(conn, lock=f"lease:{name}"):
        row = conn.execute("SELECT * FROM locks WHERE name = ?", (name,)).fetchone()
        if row is not None and not _stale(row, host, clock.now()):
            raise LockedError(f"{what} is already running: {row['holder']} since {row['acquired_at']} "
                              f"(wait for it, or stop that process)")
        now = clock.stamp()
        conn.execute("INSERT INTO locks (name, holder, host, pid, acquired_at, heartbeat) VALUES (?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, host = excluded.host, "
                     "pid = excluded.pid, acquired_at = excluded.acquired_at, heartbeat = excluded.heartbeat",
                     (name, holder, host, pid, now, now))
    try:
        yield Lease(conn, name, holder)
    finally:
        conn.execute("DELETE FROM locks WHERE name = ? AND holder = ?", (name, holder))
