"""The PostgreSQL side of `newsletter.db`: a psycopg 3 connection that looks like the SQLite one.

Modules write one SQL text with `?` (or `:name`) placeholders; `translate` turns it into psycopg's `%s`
(`%(name)s`) form, doubling a literal `%`, and leaves quoted literals alone. Nothing else is rewritten: SQL that
differs between the engines is written portably, or comes from a helper in `newsletter.db`.

Connections are cheap to ask for: `connect` hands out an idle one from a small per-URL pool when it can (a fresh
one costs a TCP handshake and a SCRAM login, ~30 ms), and a `Connection` that is dropped gives its connection
back, unless it is inside a transaction. This module is imported only for a `postgresql://` URL.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import Any

import psycopg
from psycopg import pq

from newsletter.errors import NewsletterError

# The schema of a fresh database, at db.SCHEMA_VERSION 4. Text is compared and ordered byte by byte (COLLATE "C"),
# as SQLite does, so keyset pages and ORDER BY give the same order on both engines whatever the server's locale.
SCHEMA = """
CREATE TABLE articles (
    id TEXT COLLATE "C" PRIMARY KEY,
    key TEXT COLLATE "C" NOT NULL UNIQUE,
    url TEXT,
    title TEXT COLLATE "C" NOT NULL,
    section TEXT COLLATE "C",
    author TEXT,
    published TEXT COLLATE "C",
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '[]',
    image_url TEXT,
    image_alt TEXT,
    image_credit TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    source TEXT NOT NULL,
    ingested_at TEXT COLLATE "C" NOT NULL,
    updated_at TEXT NOT NULL,
    publication TEXT
);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE subscribers (
    email TEXT COLLATE "C" NOT NULL,
    email_key TEXT COLLATE "C" NOT NULL UNIQUE,
    id TEXT COLLATE "C" NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('pending', 'active', 'unsubscribed', 'bounced', 'complained')),
    created TEXT COLLATE "C" NOT NULL,
    joined_via TEXT NOT NULL DEFAULT 'cli',
    updated_at TEXT NOT NULL,
    confirm_sent_at TEXT,
    confirm_nonce TEXT
);
CREATE TABLE deliveries (
    issue_date TEXT COLLATE "C" NOT NULL,
    email TEXT COLLATE "C" NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
    batch INTEGER,
    provider TEXT NOT NULL,
    message_id TEXT,
    provider_id TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (issue_date, email)
);
CREATE TABLE sends (
    issue_date TEXT COLLATE "C" PRIMARY KEY,
    provider TEXT NOT NULL,
    subject TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE TABLE events (
    id TEXT COLLATE "C" PRIMARY KEY,
    email TEXT NOT NULL,
    kind TEXT NOT NULL,
    issue_date TEXT,
    received_at TEXT NOT NULL
);
CREATE TABLE locks (
    name TEXT COLLATE "C" PRIMARY KEY,
    holder TEXT NOT NULL,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    acquired_at TEXT NOT NULL,
    heartbeat TEXT NOT NULL
);
CREATE TABLE source_state (
    source TEXT COLLATE "C" PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    fetched_at TEXT NOT NULL,
    result TEXT NOT NULL,
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    error TEXT
);
CREATE TABLE approvals (
    issue_date TEXT COLLATE "C" NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('approval', 'test')),
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    PRIMARY KEY (issue_date, kind)
);
CREATE TABLE schedules (
    issue_date TEXT COLLATE "C" PRIMARY KEY,
    send_at TEXT COLLATE "C" NOT NULL,
    provider TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('scheduled', 'sending', 'handed over', 'sent', 'failed', 'cancelled')),
    handover INTEGER NOT NULL DEFAULT 1,
    batch_id TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
"""
SCHEMA_AT = 4
"""The db.SCHEMA_VERSION that SCHEMA is; migrations after it are applied on top (see newsletter.db)."""

IDLE_PER_URL = 4
_idle: dict[str, list[tuple[psycopg.Connection, float]]] = {}  # (connection, when it was given back)
CHECK_AFTER_IDLE = 2.0
"""Seconds: a connection idle longer than this is pinged before reuse (one round trip). The server may have
restarted or ended it meanwhile (a restart, an idle timeout); psycopg notices only when a query fails, and that
query would be the caller's, which cannot be retried blindly."""
_idle_lock = threading.Lock()
_migrated: set[str] = set()

_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|::|\?|%|(?<![\w:]):([A-Za-z_]\w*)")


@lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """`?` -> `%s` and `:name` -> `%(name)s` outside quoted literals and identifiers; `%` -> `%%` everywhere."""

    def one(m: re.Match) -> str:
        text = m.group(0)
        if text == "?":
            return "%s"
        if text == "%":
            return "%%"
        if m.group(1):
            return f"%({m.group(1)})s"
        return text.replace("%", "%%")  # a literal or a quoted identifier (psycopg reads `%` in them too), `::`

    return _TOKENS.sub(one, sql)


def redact_url(url: str) -> str:
    """The URL with its password (if any) replaced by `***`: safe to print."""
    return re.sub(r"^([a-z]+://[^:/@]*):[^@/]*@", r"\1:***@", url)


class DatabaseError(NewsletterError):
    """The PostgreSQL server cannot be reached, or it refused us."""


class Row(tuple):
    """A row indexable by position and by column name, like sqlite3.Row (and a plain tuple otherwise)."""

    __slots__ = ()
    _index: dict[str, int] = {}  # noqa: RUF012 - set per result shape by _row_class

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@cache
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"__slots__": (), "_index": {n: i for i, n in enumerate(names)}})


def _row_factory(cursor: psycopg.Cursor) -> Any:
    if cursor.description is None:
        return tuple
    return _row_class(tuple(c.name for c in cursor.description))


class Connection:
    """What the modules use of a database connection: execute, executemany, close (autocommit between
    `db.transaction` blocks)."""

    dialect = "postgresql"
    one_line: tuple[type[Exception], ...] = (psycopg.OperationalError,)
    """The errors said in one line (the server or the connection); the others are the code's, shown in full."""

    def __init__(self, raw: psycopg.Connection, url: str):
        self.raw, self.url = raw, url

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> psycopg.Cursor:
        try:
            return self.raw.execute(translate(sql), params)
        except self.one_line as exc:
            raise DatabaseError(f"{redact_url(self.url)}: {_reason(exc)}") from None

    def executemany(self, sql: str, seq: Iterable[Sequence[Any] | dict[str, Any]]) -> psycopg.Cursor:
        cursor = self.raw.cursor()
        try:
            cursor.executemany(translate(sql), seq)
        except self.one_line as exc:
            raise DatabaseError(f"{redact_url(self.url)}: {_reason(exc)}") from None
        return cursor

    def close(self) -> None:
        raw, self.raw = self.raw, None  # type: ignore[assignment]
        if raw is not None:
            _give_back(self.url, raw)

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # at interpreter exit anything may be gone already
            pass


def _reason(exc: Exception) -> str:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return redact_url(first.removeprefix("connection failed: "))


def _give_back(url: str, raw: psycopg.Connection) -> None:
    if raw.closed or raw.info.transaction_status != pq.TransactionStatus.IDLE:
        raw.close()
        return
    with _idle_lock:
        idle = _idle.setdefault(url, [])
        if len(idle) < IDLE_PER_URL:
            idle.append((raw, time.monotonic()))
            return
    raw.close()


def release(url: str | None = None) -> None:
    """Close the pooled connections (of one URL, or all) and forget that its schema was checked: a test does it
    before dropping its schema."""
    with _idle_lock:
        _migrated.difference_update([url] if url is not None else list(_migrated))
        urls = [url] if url is not None else list(_idle)
        pools = [_idle.pop(u, []) for u in urls]
    for pool in pools:
        for raw, _ in pool:
            raw.close()


def _idle_connection(url: str) -> psycopg.Connection | None:
    """A pooled connection that still works, or None."""
    while True:
        with _idle_lock:
            if not _idle.get(url):
                return None
            raw, since = _idle[url].pop()
        if raw.closed or raw.broken:
            continue
        if time.monotonic() - since <= CHECK_AFTER_IDLE:
            return raw
        try:
            raw.execute("SELECT 1")
            return raw
        except psycopg.Error:  # ended by the server meanwhile: drop it, try the next or a fresh one
            raw.close()


def connect(url: str) -> Connection:
    """A connection to the database at `url`, created at the current schema or migrated on first use."""
    raw = _idle_connection(url)
    if raw is None:
        try:
            raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=10)
        except psycopg.Error as exc:
            raise DatabaseError(f"cannot connect to the database {redact_url(url)} ({_reason(exc)})") from None
    conn = Connection(raw, url)
    if url not in _migrated:
        from newsletter.db import migrate

        migrate(conn)
        _migrated.add(url)
    return conn


class _Glance(Connection):
    """A connection of its own for a glance (`db.peek`): every error is one line, and closing ends it rather than
    pooling it (its lock timeout is no other command's)."""

    one_line = (psycopg.Error,)  # (a glance that cannot read is a note, whatever the reason)

    def close(self) -> None:
        raw, self.raw = self.raw, None  # type: ignore[assignment]
        if raw is not None:
            raw.close()


def peek(url: str, current: int, seconds: float) -> Connection | None:
    """The database read as it is, waiting at most `seconds` for a lock (no migration): None when it is empty,
    DatabaseError when it cannot be read or its schema is not `current`."""
    from newsletter.db import other_schema

    try:
        raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=max(2, round(seconds)))
    except psycopg.Error as exc:
        raise DatabaseError(f"cannot connect to the database {redact_url(url)} ({_reason(exc)})") from None
    glance = _Glance(raw, url)
    try:
        glance.execute(f"SET lock_timeout = {int(seconds * 1000)}")
        glance.execute(f"SET statement_timeout = {int(seconds * 5000)}")  # (a backstop: a glance reads a row)
        if glance.execute("SELECT to_regclass('schema_version')").fetchone()[0] is None:
            glance.close()
            return None  # an empty database: nothing was ever sent from it
        row = glance.execute("SELECT version FROM schema_version").fetchone()
    except DatabaseError:
        glance.close()
        raise
    if row is None or row[0] != current:
        glance.close()
        raise other_schema(row[0] if row else 0)
    return glance


def lock_key(name: str) -> int:
    """A stable signed 64-bit number for pg_advisory_xact_lock, from a lock's name."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True)


def schema_version(conn: Connection) -> int:
    """The version in the schema_version table (0: an empty database; the table is created here)."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return row[0] if row else 0


def set_schema_version(conn: Connection, version: int) -> None:
    conn.execute("DELETE FROM schema_version")
    conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
