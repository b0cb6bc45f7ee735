"""The workspace database (SQLite): the article pool, subscribers and the delivery ledger.

The schema is versioned with PRAGMA user_version; MIGRATIONS[i] takes version i to i+1, so later
releases append to the list and existing databases catch up on first use.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsletter.errors import NewsletterError

MIGRATIONS: list[str] = [
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
    """
    ALTER TABLE deliveries ADD COLUMN seq INTEGER;
    UPDATE deliveries SET seq = rowid;
    CREATE INDEX deliveries_by_seq ON deliveries(issue_date, seq);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path | str) -> sqlite3.Connection:
    """Open (creating and migrating) the database. WAL lets the preview, web app and a send share it."""
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise NewsletterError(f"{path}: cannot open the database ({exc})") from exc
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection, immediate: bool = True) -> Iterator[sqlite3.Connection]:
    """BEGIN (IMMEDIATE: take the write lock now) … COMMIT, or ROLLBACK on any exception."""
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise NewsletterError(
            f"the database has schema version {version}, newer than this release knows ({SCHEMA_VERSION})"
        )
    for number in range(version, SCHEMA_VERSION):
        with transaction(conn):
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
