"""SendGrid's Event Webhook: signature verification (ECDSA over timestamp + raw body) and what each event does."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from newsletter.db import Connection, transaction
from newsletter.deliver import subscribers
from newsletter.errors import SubscriberError

MAX_AGE = 600  # seconds: older (or future) timestamps are refused, so a captured request cannot be replayed later
STATUS = {"bounce": "bounced", "dropped": "bounced", "spamreport": "complained", "unsubscribe": "unsubscribed",
          "group_unsubscribe": "unsubscribed"}
# A worse status is never overwritten by a milder one (a complaint stays a complaint).
RANK = subscribers.RANK


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


# Fields the app reads, and the JSON types SendGrid sends them as; anything else is a malformed request (400).
FIELDS = {"email": (str,), "event": (str,), "sg_event_id": (str,), "issue_date": (str,), "timestamp": (int, float)}


def _check(events: object) -> list[dict]:
    """The events, or Rejected(400) naming the first event and field of the wrong type (nothing is applied)."""
    if not isinstance(events, list):
        raise Rejected(400, "expected a JSON array of events")
    for number, event in enumerate(events):
        if not isinstance(event, dict):
            raise Rejected(400, f"event {number}: expected an object")
        for name, types in FIELDS.items():
            value = event.get(name)
            if value is not None and (not isinstance(value, types) or isinstance(value, bool)):
                raise Rejected(400, f"event {number}: '{name}' must be {'a string' if str in types else 'a number'}")
    return events  # type: ignore[return-value]


def apply(conn: Connection, raw: bytes) -> Applied:
    """Record each event once (by sg_event_id) and update the subscriber it names, all in one transaction."""
    try:
        events = _check(json.loads(raw))
    except (ValueError, RecursionError):
        raise Rejected(400, "body is not JSON") from None
    result = Applied()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with transaction(conn):
        for event in events:
            _apply_one(conn, event, now, result)
    return result


def _apply_one(conn: Connection, event: dict, now: str, result: Applied) -> None:
    kind = event.get("event") or ""
    if not event.get("email"):
        result.ignored += 1
        return
    try:
        email = subscribers.normalise(event["email"])
    except SubscriberError:
        result.ignored += 1
        return
    event_id = event.get("sg_event_id") or f"{kind}:{email.lower()}:{event.get('timestamp')}"
    inserted = conn.execute("INSERT INTO events (id, email, kind, issue_date, received_at) "
                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                            (event_id, email, kind, event.get("issue_date"), now)).rowcount
    if not inserted:
        result.duplicates += 1
        return
    status = STATUS.get(kind)
    current = subscribers.get(conn, email)  # by key: a bounce for BOB@… is a bounce for bob@…
    if status and current and RANK[status] > RANK.get(current.status, 0):
        subscribers.set_status(conn, current.email, status)
    elif status and current is None:  # a test copy's reader: kept as a suppression, so no import makes it active
        subscribers.suppress(conn, email, status, joined_via="sendgrid")
    result.processed += 1
