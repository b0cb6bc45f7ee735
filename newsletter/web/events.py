"""SendGrid's Event Webhook: signature verification (ECDSA over timestamp + raw body) and what each event does."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from newsletter.deliver import subscribers
from newsletter.errors import SubscriberError

MAX_AGE = 600  # seconds: older (or future) timestamps are refused, so a captured request cannot be replayed later
STATUS = {"bounce": "bounced", "dropped": "bounced", "spamreport": "complained", "unsubscribe": "unsubscribed",
          "group_unsubscribe": "unsubscribed"}
# A worse status is never overwritten by a milder one (a complaint stays a complaint).
RANK = {"active": 0, "pending": 0, "unsubscribed": 1, "bounced": 2, "complained": 3}


class Rejected(Exception):
    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status


def verify(public_key: str, raw: bytes, signature: str | None, timestamp: str | None, now: float | None = None) -> None:
    """Raise Rejected unless the request is signed with the configured key and fresh."""
    from sendgrid.helpers.eventwebhook import EventWebhook

    if not signature or not timestamp:
        raise Rejected(401, "missing signature")
    try:
        age = (now or time.time()) - int(timestamp)
    except ValueError:
        raise Rejected(401, "bad timestamp") from None
    if abs(age) > MAX_AGE:
        raise Rejected(401, "stale timestamp")
    try:
        payload = raw.decode("utf-8")
        verifier = EventWebhook(public_key)
        ok = verifier.verify_signature(payload, signature, timestamp)
    except (ValueError, TypeError, UnicodeDecodeError):
        ok = False
    if not ok:
        raise Rejected(401, "bad signature")


@dataclass
class Applied:
    processed: int = 0
    duplicates: int = 0
    ignored: int = 0


def apply(conn: sqlite3.Connection, raw: bytes) -> Applied:
    """Record each event once (by sg_event_id) and update the subscriber it names."""
    try:
        events = json.loads(raw)
    except ValueError:
        raise Rejected(400, "body is not JSON") from None
    if not isinstance(events, list):
        raise Rejected(400, "expected a JSON array of events")
    result = Applied()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for event in events:
        if not isinstance(event, dict) or not isinstance(event.get("email"), str):
            result.ignored += 1
            continue
        kind = str(event.get("event", ""))
        event_id = str(event.get("sg_event_id") or f"{kind}:{event.get('email')}:{event.get('timestamp')}")
        try:
            email = subscribers.normalise(event["email"])
        except SubscriberError:
            result.ignored += 1
            continue
        inserted = conn.execute("INSERT OR IGNORE INTO events (id, email, kind, issue_date, received_at) "
                                "VALUES (?, ?, ?, ?, ?)",
                                (event_id, email, kind, event.get("issue_date"), now)).rowcount
        if not inserted:
            result.duplicates += 1
            continue
        status = STATUS.get(kind)
        current = subscribers.get(conn, email)
        if status and current and RANK[status] > RANK.get(current.status, 0):
            subscribers.set_status(conn, email, status)
        result.processed += 1
    return result
