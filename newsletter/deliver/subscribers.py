"""Subscribers: one row per person, statuses, suppressions, sign-up confirmations.

A person is identified by `email_key`, the whole address lower-cased (see `addresses`); the address is kept
and shown as they typed it. An address that unsubscribed, bounced or complained is kept as a suppression: a
later import or `add` never makes it active again, only a confirmed opt-in does.
CSV import and export live in `subscriber_csv`.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from newsletter.db import Connection, Row, any_of
from newsletter.deliver import addresses
from newsletter.deliver.addresses import normalise
from newsletter.errors import NotFoundError, SubscriberError, suggest

__all__ = ["normalise"]

STATUSES = ("active", "unsubscribed", "bounced", "complained", "pending")
SUPPRESSED = ("unsubscribed", "bounced", "complained")
# The most restrictive status wins a merge: a complaint is never softened into an unsubscribe.
RANK = {"active": 0, "pending": 1, "unsubscribed": 2, "bounced": 3, "complained": 4}
COLUMNS = "email, name, status, created, joined_via, id"


@dataclass
class Subscriber:
    email: str
    name: str
    status: str
    created: str
    joined_via: str = "cli"
    id: str = ""
    """The opaque id that unsubscribe links carry (never the address)."""

    @property
    def key(self) -> str:
        return self.email.lower()

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""

    def to_json(self) -> dict:
        return {"email": self.email, "name": self.name, "status": self.status, "created": self.created,
                "joined_via": self.joined_via}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_id() -> str:
    return secrets.token_hex(12)


def _row(row: Row) -> Subscriber:
    return Subscriber(*row)


def get(conn: Connection, address: str) -> Subscriber | None:
    """The subscriber an address belongs to, whatever its letter case (None for an invalid address)."""
    try:
        key = addresses.key(address)
    except SubscriberError:
        return None
    row = conn.execute(f"SELECT {COLUMNS} FROM subscribers WHERE email_key = ?", (key,)).fetchone()
    return _row(row) if row else None


def get_by_id(conn: Connection, subscriber_id: str) -> Subscriber | None:
    row = conn.execute(f"SELECT {COLUMNS} FROM subscribers WHERE id = ?", (subscriber_id,)).fetchone()
    return _row(row) if row else None


def merged_status(current: str, wanted: str) -> str:
    """What a subscriber becomes when `wanted` is asked for without a confirmed opt-in."""
    if current in SUPPRESSED:
        return max(current, wanted, key=RANK.__getitem__)
    # Signing up again (pending) never demotes an active subscriber.
    return current if (wanted, current) == ("pending", "active") else wanted


def upsert(conn: Connection, address: str, name: str = "", status: str = "active", created: str | None = None,
           joined_via: str = "cli") -> tuple[str, Subscriber]:
    """Add or merge one subscriber; returns ('added' | 'updated' | 'unchanged' | 'suppressed', subscriber)."""
    email = normalise(address)
    existing = get(conn, email)
    if existing is None:
        added = conn.execute("INSERT INTO subscribers (email, email_key, id, name, status, created, joined_via, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                             (email, email.lower(), new_id(), name.strip(), status, created or _now(), joined_via,
                              _now())).rowcount
        existing = get(conn, email)
        if added:
            return "added", existing  # type: ignore[return-value]
        # Someone (a sign-up on the web app) added the address a moment ago: merge into their row.
    assert existing is not None
    if existing.status in SUPPRESSED and status not in SUPPRESSED:
        return "suppressed", existing
    new_name = name.strip() or existing.name
    new_status = merged_status(existing.status, status)
    if (new_name, new_status) == (existing.name, existing.status):
        return "unchanged", existing
    changed = _update(conn, existing.key, new_status, new_name)
    return "updated" if changed else "suppressed", get(conn, email)  # type: ignore[return-value]


def _update(conn: Connection, key: str, status: str, name: str | None = None) -> bool:
    """Set the status (and name); a suppression voids any confirmation link issued before it.

    Callers decide on a row they read a moment before; the guard re-checks in the same statement, so a write
    that raced them is never undone: a suppression is replaced only by a stronger one (an unsubscribe never
    softens a complaint that landed meanwhile), and active or pending never replaces a suppression (an import
    never re-activates someone who unsubscribed meanwhile). Only `confirm()`, a confirmed opt-in, lifts one."""
    kept = [s for s in SUPPRESSED if RANK[s] > RANK[status]] if status in SUPPRESSED else list(SUPPRESSED)
    guard = f" AND status NOT IN ({', '.join('?' * len(kept))})" if kept else ""
    return conn.execute("UPDATE subscribers SET status = ?, name = COALESCE(?, name), updated_at = ?, "
                        "confirm_nonce = CASE WHEN ? IN ('unsubscribed', 'bounced', 'complained') THEN NULL "
                        "ELSE confirm_nonce END WHERE email_key = ?" + guard,
                        (status, name, _now(), status, key, *kept)).rowcount > 0


def set_status(conn: Connection, address: str, status: str) -> Subscriber:
    """Set the status of the subscriber an address belongs to (any letter case); NotFoundError if there is none."""
    email = normalise(address)
    if get(conn, email) is None:
        known = [r[0] for r in conn.execute("SELECT email FROM subscribers LIMIT 10000")]
        raise NotFoundError(f"no subscriber '{email}'{suggest(email, known)}")
    _update(conn, email.lower(), status)
    return get(conn, email)  # type: ignore[return-value]


def list_subscribers(conn: Connection, status: str | None = None) -> list[Subscriber]:
    if status is not None and status not in STATUSES:
        raise SubscriberError(f"unknown status '{status}'{suggest(status, STATUSES)}; one of {', '.join(STATUSES)}")
    sql = f"SELECT {COLUMNS} FROM subscribers" + (" WHERE status = ?" if status else "") + " ORDER BY created, email"
    return [_row(r) for r in conn.execute(sql, (status,) if status else ())]


def active_pages(conn: Connection, page_size: int = 10_000) -> Iterator[list[Subscriber]]:
    """Every active subscriber, one row per person, in pages of `page_size` (keyset pagination on the key, so
    memory does not grow with the list and a page read later sees unsubscribes made meanwhile)."""
    after = ""
    while True:
        rows = conn.execute(f"SELECT {COLUMNS} FROM subscribers WHERE status = 'active' AND email_key > ? "
                            "ORDER BY email_key LIMIT ?", (after, page_size)).fetchall()
        if not rows:
            return
        page = [_row(r) for r in rows]
        yield page
        after = page[-1].key


def count_active(conn: Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM subscribers WHERE status = 'active'").fetchone()[0]


def still_active(conn: Connection, emails: Iterable[str]) -> set[str]:
    """The keys (lower-cased addresses) among `emails` whose subscriber is active right now."""
    condition, keys = any_of(conn, "email_key", [e.lower() for e in emails])
    return {r[0] for r in conn.execute(f"SELECT email_key FROM subscribers WHERE status = 'active' AND {condition}",
                                       (keys,))}


def suppressed_among(conn: Connection, emails: Iterable[str]) -> dict[str, str]:
    """{key: status} for those among `emails` (normalised addresses) who unsubscribed, bounced or complained."""
    condition, keys = any_of(conn, "email_key", [e.lower() for e in emails])
    return {r[0]: r[1] for r in conn.execute(f"SELECT email_key, status FROM subscribers WHERE status IN "
                                             f"('unsubscribed', 'bounced', 'complained') AND {condition}", (keys,))}


def suppress(conn: Connection, address: str, status: str = "unsubscribed", joined_via: str = "cli") -> Subscriber:
    """Record that `address` must not be mailed, whether or not it is on the list: a person the list does not hold
    (a test copy's reader who unsubscribed) becomes a suppression row, so no later import, `add` or send makes them
    active; only a confirmed opt-in does. A stronger suppression already there is kept."""
    upsert(conn, address, status=status, joined_via=joined_via)
    return get(conn, address)  # type: ignore[return-value]


# --- sign-up: double opt-in -------------------------------------------------------------------------------------

@dataclass
class Confirmation:
    """A confirmation mail to send: the link carries `subscriber.id` and `nonce`, issued at `issued`."""
    subscriber: Subscriber
    nonce: str
    issued: int
    previous: str | None  # confirm_sent_at before this one, restored when the mail cannot be sent


def request_confirmation(conn: Connection, address: str, name: str, now: float,
                         window_hours: float) -> Confirmation | None:
    """Record a sign-up and claim the right to mail a confirmation; None when no mail should go: the address is
    active, bounced or complained, or a confirmation went to it less than `window_hours` ago (whoever asked)."""
    email = normalise(address)
    stamp = datetime.fromtimestamp(now, UTC).isoformat(timespec="seconds")
    conn.execute("INSERT INTO subscribers (email, email_key, id, name, status, created, joined_via, updated_at) "
                 "VALUES (?, ?, ?, ?, 'pending', ?, 'web', ?) ON CONFLICT DO NOTHING",
                 (email, email.lower(), new_id(), name.strip(), stamp, stamp))
    row = conn.execute("SELECT status, confirm_sent_at FROM subscribers WHERE email_key = ?",
                       (email.lower(),)).fetchone()
    if row["status"] not in ("pending", "unsubscribed"):
        return None
    previous = row["confirm_sent_at"]
    cutoff = datetime.fromtimestamp(now, UTC) - timedelta(hours=window_hours)
    if previous and datetime.fromisoformat(previous) > cutoff:
        return None
    nonce = secrets.token_hex(8)
    # Compare-and-swap on confirm_sent_at: of two simultaneous sign-ups only one mails.
    claimed = conn.execute("UPDATE subscribers SET confirm_sent_at = ?, confirm_nonce = ?, "
                           "name = CASE WHEN ? != '' THEN ? ELSE name END WHERE email_key = ? "
                           "AND COALESCE(confirm_sent_at, '') = COALESCE(?, '')",
                           (stamp, nonce, name.strip(), name.strip(), email.lower(), previous)).rowcount
    if not claimed:
        return None
    return Confirmation(get(conn, email), nonce, int(now), previous)  # type: ignore[arg-type]


def release_confirmation(conn: Connection, confirmation: Confirmation) -> None:
    """The mail could not be sent: forget it, so that the person can try again at once."""
    conn.execute("UPDATE subscribers SET confirm_sent_at = ?, confirm_nonce = NULL WHERE id = ? AND confirm_nonce = ?",
                 (confirmation.previous, confirmation.subscriber.id, confirmation.nonce))


def confirm(conn: Connection, subscriber_id: str, nonce: str) -> Subscriber | None:
    """Activate the subscriber when `nonce` is the one their latest confirmation mail carried. A nonce works once,
    and an unsubscribe, bounce or complaint after the mail voids it; None when the link no longer works."""
    done = conn.execute("UPDATE subscribers SET status = 'active', confirm_nonce = NULL, updated_at = ? "
                        "WHERE id = ? AND confirm_nonce = ? AND status IN ('pending', 'unsubscribed')",
                        (_now(), subscriber_id, nonce)).rowcount
    return get_by_id(conn, subscriber_id) if done else None
