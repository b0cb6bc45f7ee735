"""The workspace database: the article pool, subscribers, the delivery ledger — on SQLite or PostgreSQL.

SQLite (`newsletter.db` in the workspace) is the default; a `postgresql://` URL (`[database] url` in
newsletter.toml, or NEWSLETTER_DATABASE_URL) puts a team on one shared server (`newsletter.db_postgres`, which
imports psycopg; nothing else does). Both give the modules the same connection: `conn.execute(sql, params)` with
`?` placeholders returning a cursor (fetchone, fetchall, iteration, rowcount), `conn.executemany`, rows indexable
by column name and by position, autocommit outside `transaction(conn)`.

The SQL is one text for both engines. Write it portably: `INSERT … ON CONFLICT (key) DO NOTHING` or
`DO UPDATE SET x = excluded.x` (never INSERT OR IGNORE/REPLACE), `any_of(conn, column, values)` rather than
json_each, `COALESCE(a, '') = COALESCE(?, '')` rather than `IS ?`, no rowid, no PRAGMA outside this module.
What cannot be portable comes from here: `transaction` (SQLite: BEGIN IMMEDIATE, one writer at a time;
PostgreSQL: BEGIN, plus an advisory lock named by `lock=` so that a check-and-set of that name is serialised as
on SQLite), `for_update(conn)` (row locks on PostgreSQL, nothing on SQLite, whose writer lock covers them) and
`bulk(conn)`.

Schema versions. SQLite keeps PRAGMA user_version: MIGRATIONS[i] takes version i to i+1, and existing databases
catch up on first use. PostgreSQL keeps a one-row `schema_version` table: an empty database gets
`db_postgres.SCHEMA`, the whole schema at version `db_postgres.SCHEMA_AT` (4), in one step; the SQLite-only
history before it is never run there. The rule for a new migration: append a `Migration(sqlite=…, postgresql=…)`
(or one string when the DDL is portable) to MIGRATIONS, and do not edit SCHEMA: a fresh PostgreSQL database runs
SCHEMA and then every migration after SCHEMA_AT, so both engines reach SCHEMA_VERSION the same way. On
PostgreSQL a text column that is compared or ordered is `TEXT COLLATE "C"` (byte order, as on SQLite).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from newsletter.errors import NewsletterError


@dataclass(frozen=True)
class Migration:
    """A schema step whose DDL differs between the engines."""
    sqlite: str
    postgresql: str


MIGRATIONS: list[str | Migration] = [
    # 0 -> 1: the pool, subscribers, the ledger
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        url TEXT,
        title TEXT NOT NULL,
        section TEXT,
        author TEXT,
        published TEXT,
        summary TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '[]',
        image_url TEXT,
        image_alt TEXT,
        image_credit TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        source TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE subscribers (
        email TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active'
            CHECK (status IN ('pending', 'active', 'unsubscribed', 'bounced', 'complained')),
        created TEXT NOT NULL,
        joined_via TEXT NOT NULL DEFAULT 'cli',
        updated_at TEXT NOT NULL
    );
    CREATE TABLE deliveries (
        issue_date TEXT NOT NULL,
        email TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
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
        issue_date TEXT PRIMARY KEY,
        provider TEXT NOT NULL,
        subject TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        kind TEXT NOT NULL,
        issue_date TEXT,
        received_at TEXT NOT NULL
    );
    """,
    # 1 -> 2: leases on jobs that must not run twice (a send of one issue), with who holds them; a delivery may be
    # `skipped` (the recipient left while the send ran)
    """
    CREATE TABLE locks (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        acquired_at TEXT NOT NULL,
        heartbeat TEXT NOT NULL
    );
    CREATE TABLE deliveries_new (
        issue_date TEXT NOT NULL,
        email TEXT NOT NULL,
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
    INSERT INTO deliveries_new SELECT * FROM deliveries;
    DROP TABLE deliveries;
    ALTER TABLE deliveries_new RENAME TO deliveries;
    """,
    # 2 -> 3: one row per person (issue #11): email_key is the whole address lower-cased; case-duplicates merge
    # into the earliest row (its spelling, `created`, `joined_via`), the most restrictive status and the first
    # name given. `id` is the opaque subscriber id in unsubscribe links; the confirm_* columns hold the last
    # confirmation mail sent (one per address per confirm_hours) and the nonce its link must carry.
    """
    CREATE INDEX subscribers_lower_email ON subscribers(lower(email));
    CREATE TABLE subscribers_v2 (
        email TEXT NOT NULL,
        email_key TEXT NOT NULL UNIQUE,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active'
            CHECK (status IN ('pending', 'active', 'unsubscribed', 'bounced', 'complained')),
        created TEXT NOT NULL,
        joined_via TEXT NOT NULL DEFAULT 'cli',
        updated_at TEXT NOT NULL,
        confirm_sent_at TEXT,
        confirm_nonce TEXT
    );
    INSERT INTO subscribers_v2 (email, email_key, id, name, status, created, joined_via, updated_at)
    SELECT first.email, g.email_key, lower(hex(randomblob(12))),
           COALESCE((SELECT n.name FROM subscribers AS n WHERE lower(n.email) = g.email_key AND n.name != ''
                     ORDER BY n.created, n.rowid LIMIT 1), ''),
           CASE g.rank WHEN 4 THEN 'complained' WHEN 3 THEN 'bounced' WHEN 2 THEN 'unsubscribed'
                       WHEN 1 THEN 'pending' ELSE 'active' END,
           g.created, first.joined_via, g.updated_at
    FROM (SELECT lower(email) AS email_key, MIN(created) AS created, MAX(updated_at) AS updated_at,
                 MAX(CASE status WHEN 'complained' THEN 4 WHEN 'bounced' THEN 3 WHEN 'unsubscribed' THEN 2
                                 WHEN 'pending' THEN 1 ELSE 0 END) AS rank
          FROM subscribers GROUP BY lower(email)) AS g
    JOIN subscribers AS first ON first.rowid = (SELECT f.rowid FROM subscribers AS f WHERE lower(f.email) = g.email_key
                                                ORDER BY f.created, f.rowid LIMIT 1)
    ORDER BY g.created, g.email_key;
    DROP TABLE subscribers;
    ALTER TABLE subscribers_v2 RENAME TO subscribers;
    """,
    # 3 -> 4 (the daily loop): what each configured source answered last (its ETag and Last-Modified for the next
    # conditional GET), the editor's approvals and the last test send of an issue, scheduled sends, and the
    # publication name a source gives its articles
    """
    CREATE TABLE source_state (
        source TEXT PRIMARY KEY,
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
        issue_date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('approval', 'test')),
        by TEXT NOT NULL,
        at TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        PRIMARY KEY (issue_date, kind)
    );
    CREATE TABLE schedules (
        issue_date TEXT PRIMARY KEY,
        send_at TEXT NOT NULL,
        provider TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('scheduled', 'sending', 'handed over', 'sent', 'failed', 'cancelled')),
        handover INTEGER NOT NULL DEFAULT 1,
        batch_id TEXT,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    ALTER TABLE articles ADD COLUMN publication TEXT;
    """,
    # 4 -> 5 (streaming sends): a send walks its ledger in pages by `seq`, the recipient's place in the send
    Migration(
        sqlite="""
        ALTER TABLE deliveries ADD COLUMN seq INTEGER;
        UPDATE deliveries SET seq = rowid;
        CREATE INDEX deliveries_by_seq ON deliveries(issue_date, seq);
        """,
        postgresql="""
        ALTER TABLE deliveries ADD COLUMN seq BIGINT;
        CREATE INDEX deliveries_by_seq ON deliveries(issue_date, seq);
        """,
    ),
    # 5 -> 6: what a send started with (approval.fingerprint of its email), so a resume never sends the rest of the
    # list another version unasked
    "ALTER TABLE sends ADD COLUMN fingerprint TEXT;",
]


SCHEMA_VERSION = len(MIGRATIONS)
Row = Any
"""A result row: sqlite3.Row or db_postgres.Row, indexable by column name and by position."""
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class Connection(Protocol):
    """What the modules use of a connection (sqlite3.Connection and db_postgres.Connection both are one)."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, seq: Any, /) -> Any: ...

    def close(self) -> None: ...


class SQLiteConnection(sqlite3.Connection):
    dialect = "sqlite"


def is_postgres(target: object) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_SCHEMES)


def connect(target: Path | str) -> Connection:
    """Open (creating and migrating) the database: a `postgresql://` URL, else the path of a SQLite file."""
    if is_postgres(target):
        from newsletter import db_postgres

        return db_postgres.connect(str(target))
    return connect_sqlite(target)


def connect_sqlite(path: Path | str) -> SQLiteConnection:
    """WAL lets the preview, the web app and a send share the file: readers never wait, writers queue for up to
    30 s (the busy timeout) instead of failing with "database is locked"; synchronous=NORMAL is safe with WAL (a
    killed process loses nothing committed) and saves an fsync per commit."""
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False,
                               factory=SQLiteConnection)
        conn.row_factory = sqlite3.Row
        _set_wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise NewsletterError(f"{path}: cannot open the database ({exc})") from exc
    return conn


PEEK_TIMEOUT = 2.0
"""How long a command that only glances at the database (build's note on a sent issue) waits for a lock: a send or
a migration holding the file must not hold up a build for the 30 s a writer would wait."""


def peek(target: Path | str) -> Connection | None:
    """The database as it is, for reading: never created, never migrated, never waited on for more than
    PEEK_TIMEOUT. None when there is none yet; NewsletterError when it cannot be read now (locked, damaged, down)
    or is at another schema than this release's (reading it would need a migration first)."""
    if is_postgres(target):
        from newsletter import db_postgres

        return db_postgres.peek(str(target), SCHEMA_VERSION, PEEK_TIMEOUT)
    path = Path(target)
    if not path.is_file():
        return None
    # (mode=rw: no new file if it vanished since; read-write, so that the last connection to close still folds
    # the WAL back and removes it, as a read-only one cannot)
    conn = None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=PEEK_TIMEOUT,
                               isolation_level=None, check_same_thread=False, factory=SQLiteConnection)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise NewsletterError(f"{path}: {exc}") from None
    if version != SCHEMA_VERSION:
        conn.close()
        raise other_schema(version)
    conn.row_factory = sqlite3.Row
    return conn


def other_schema(version: int) -> NewsletterError:
    return NewsletterError(f"the database is at schema version {version} and this release reads {SCHEMA_VERSION} "
                           f"(any command that writes to it migrates it)")


WAL_RETRIES = 100
"""Switching a new file to WAL is not covered by the busy timeout: two processes opening it at once (a cron job and
the web app on a fresh workspace) retry for up to 100 x 50 ms instead of failing with "database is locked"."""


def _set_wal(conn: sqlite3.Connection) -> None:
    for attempt in range(WAL_RETRIES):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == WAL_RETRIES - 1:
                raise
            time.sleep(0.05)


def dialect(conn: Connection) -> str:
    return getattr(conn, "dialect", "sqlite")


@contextmanager
def transaction(conn: Connection, lock: str | None = None) -> Iterator[Connection]:
    """BEGIN … COMMIT, or ROLLBACK on any exception. SQLite: BEGIN IMMEDIATE takes the one write lock now, so a
    read-check-write inside is atomic. PostgreSQL: rows are locked as they are written; a block that checks
    something before writing names a `lock`, an advisory lock held until COMMIT, to get the same guarantee."""
    postgres = dialect(conn) == "postgresql"
    conn.execute("BEGIN" if postgres else "BEGIN IMMEDIATE")
    try:
        if postgres and lock is not None:
            from newsletter.db_postgres import lock_key

            conn.execute("SELECT pg_advisory_xact_lock(?)", (lock_key(lock),))
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def for_update(conn: Connection) -> str:
    """` FOR UPDATE` on PostgreSQL (lock the rows read until COMMIT); SQLite's write lock already covers them."""
    return " FOR UPDATE" if dialect(conn) == "postgresql" else ""


def any_of(conn: Connection, column: str, values: list[str]) -> tuple[str, Any]:
    """`column` is one of `values`: (SQL condition, its one parameter). SQLite reads a JSON array (json_each),
    PostgreSQL an array (= ANY): one parameter whatever the count, and faster than thousands of `?` (measured:
    re-importing 100,000 unchanged rows takes 0.65 s this way on SQLite, 1.04 s with `IN (?, ?, …)`)."""
    if dialect(conn) == "postgresql":
        return f"{column} = ANY(?)", list(values)
    import json

    return f"{column} IN (SELECT value FROM json_each(?))", json.dumps(list(values))


def bulk(conn: Connection) -> None:
    """Tune the connection for a long bulk write (an import): SQLite gets a 32 MB page cache (the default 2 MB
    thrashes past ~100,000 rows while the indexes grow)."""
    if dialect(conn) == "sqlite":
        conn.execute("PRAGMA cache_size = -32768")


def _steps(conn: Connection, number: int) -> list[str]:
    step = MIGRATIONS[number]
    if isinstance(step, Migration):
        step = step.postgresql if dialect(conn) == "postgresql" else step.sqlite
    return [s for s in step.split(";") if s.strip()]


def _too_new(version: int) -> NewsletterError:
    return NewsletterError(f"the database has schema version {version}, newer than this release knows "
                           f"({SCHEMA_VERSION})")


def migrate(conn: Connection) -> None:
    if dialect(conn) == "postgresql":
        _migrate_postgres(conn)
        return
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise _too_new(version)
    if version == SCHEMA_VERSION:
        return  # the usual case: no write lock taken, so opening never waits for a running send
    with transaction(conn):  # all steps at once, under the write lock: two processes opening a new file migrate it once
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            for statement in _steps(conn, number):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _migrate_postgres(conn: Connection) -> None:
    """One transaction under an advisory lock: two processes meeting an empty database create it once."""
    from newsletter import db_postgres as pg

    with transaction(conn, lock="newsletter:migrate"):
        version = pg.schema_version(conn)
        if version > SCHEMA_VERSION:
            raise _too_new(version)
        fresh = version == 0
        if fresh:
            for statement in pg.SCHEMA.split(";"):
                conn.execute(statement)
            version = pg.SCHEMA_AT
        start = version
        for number in range(version, SCHEMA_VERSION):
            for statement in _steps(conn, number):
                conn.execute(statement)
        if fresh or start != SCHEMA_VERSION:
            pg.set_schema_version(conn, SCHEMA_VERSION)
