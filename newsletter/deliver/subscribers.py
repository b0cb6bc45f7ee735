"""Subscribers: validated and normalised addresses, statuses, CSV import and export.

An address that unsubscribed, bounced or complained is kept as a suppression: a later import or
`add` never makes it active again.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from email_validator import EmailNotValidError, validate_email

from newsletter.errors import NotFoundError, SubscriberError, suggest

STATUSES = ("active", "unsubscribed", "bounced", "complained", "pending")
SUPPRESSED = ("unsubscribed", "bounced", "complained")


@dataclass
class Subscriber:
    email: str
    name: str
    status: str
    created: str
    joined_via: str = "cli"

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""

    def to_json(self) -> dict:
        return {"email": self.email, "name": self.name, "status": self.status, "created": self.created,
                "joined_via": self.joined_via}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def normalise(address: str) -> str:
    """The address validated (syntax only, no DNS) and normalised; SubscriberError says why it is not valid."""
    try:
        # No SMTPUTF8: an address must be deliverable by any server (IDN domains become punycode).
        result = validate_email(address.strip(), check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise SubscriberError(f"'{address}' is not a valid email address: {exc}") from None
    local, _, domain = result.ascii_email.rpartition("@")
    return f"{local}@{domain.lower()}"


def _row(row: sqlite3.Row) -> Subscriber:
    return Subscriber(row["email"], row["name"], row["status"], row["created"], row["joined_via"])


def get(conn: sqlite3.Connection, address: str) -> Subscriber | None:
    row = conn.execute("SELECT * FROM subscribers WHERE email = ?", (address,)).fetchone()
    return _row(row) if row else None


def upsert(conn: sqlite3.Connection, address: str, name: str = "", status: str = "active", created: str | None = None,
           joined_via: str = "cli") -> tuple[str, Subscriber]:
    """Add or merge one subscriber; returns ('added' | 'updated' | 'unchanged' | 'suppressed', subscriber)."""
    email = normalise(address)
    existing = get(conn, email)
    if existing is None:
        conn.execute("INSERT INTO subscribers (email, name, status, created, joined_via, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (email, name.strip(), status, created or _now(), joined_via, _now()))
        return "added", get(conn, email)  # type: ignore[return-value]
    if existing.status in SUPPRESSED and status not in SUPPRESSED:
        return "suppressed", existing
    new_name = name.strip() or existing.name
    # Signing up again (pending) never demotes an active subscriber.
    new_status = existing.status if (status, existing.status) == ("pending", "active") else status
    if (new_name, new_status) == (existing.name, existing.status):
        return "unchanged", existing
    conn.execute("UPDATE subscribers SET name = ?, status = ?, updated_at = ? WHERE email = ?",
                 (new_name, new_status, _now(), email))
    return "updated", get(conn, email)  # type: ignore[return-value]


def set_status(conn: sqlite3.Connection, address: str, status: str) -> Subscriber:
    email = normalise(address)
    if get(conn, email) is None:
        known = [r[0] for r in conn.execute("SELECT email FROM subscribers")]
        raise NotFoundError(f"no subscriber '{email}'{suggest(email, known)}")
    conn.execute("UPDATE subscribers SET status = ?, updated_at = ? WHERE email = ?", (status, _now(), email))
    return get(conn, email)  # type: ignore[return-value]


def still_active(conn: sqlite3.Connection, emails: list[str]) -> set[str]:
    """Those of `emails` whose subscriber is active now (read just before their batch goes out)."""
    found: set[str] = set()
    for start in range(0, len(emails), 500):  # SQLite's bound-parameter limit
        chunk = emails[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in conn.execute(
            f"SELECT email FROM subscribers WHERE status = 'active' AND email IN ({marks})", chunk))
    return found


def list_subscribers(conn: sqlite3.Connection, status: str | None = None) -> list[Subscriber]:
    if status is not None and status not in STATUSES:
        raise SubscriberError(f"unknown status '{status}'{suggest(status, STATUSES)}; one of {', '.join(STATUSES)}")
    sql = "SELECT * FROM subscribers" + (" WHERE status = ?" if status else "") + " ORDER BY created, email"
    return [_row(r) for r in conn.execute(sql, (status,) if status else ())]


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    suppressed: int = 0
    errors: list[str] = field(default_factory=list)


def import_csv(conn: sqlite3.Connection, path: Path) -> ImportReport:
    """Columns email, name, optional status and created (header names in any case); bad rows by line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SubscriberError(f"{path}: cannot be read ({exc})") from exc
    reader = csv.DictReader(io.StringIO(text))
    columns = {name.strip().lower(): name for name in reader.fieldnames or []}
    if "email" not in columns:
        raise SubscriberError(f"{path}:1: no 'email' column (found: {', '.join(columns) or 'nothing'})")
    report = ImportReport()
    conn.execute("BEGIN")
    try:
        for row in reader:
            line = reader.line_num
            value = {key: (row.get(original) or "").strip() for key, original in columns.items()}
            status = value.get("status") or "active"
            if status not in STATUSES:
                report.errors.append(f"{path}:{line}: unknown status '{status}'{suggest(status, STATUSES)}")
                continue
            created = value.get("created") or None
            if created:
                try:
                    created = datetime.fromisoformat(created.replace("Z", "+00:00")).isoformat()
                except ValueError:
                    report.errors.append(f"{path}:{line}: 'created' is not an ISO date: '{created}'")
                    continue
            try:
                outcome, _ = upsert(conn, value.get("email", ""), value.get("name", ""), status, created, "import")
            except SubscriberError as exc:
                report.errors.append(f"{path}:{line}: {exc}")
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return report


def export_csv(conn: sqlite3.Connection) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["email", "name", "status", "created"])
    for s in list_subscribers(conn):
        writer.writerow([s.email, s.name, s.status, s.created])
    return out.getvalue()
