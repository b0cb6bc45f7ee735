"""One clock for the whole tool: UTC now, its ISO form for the database, and the long date readers see."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def stamp(moment: datetime | None = None) -> str:
    """`2026-11-29T06:00:00+00:00`: how times are stored in the database (UTC, to the second)."""
    return (moment or now()).astimezone(UTC).isoformat(timespec="seconds")


def long_date(day: date) -> str:
    """`Saturday 28 November 2026` on every platform (`%-d` is glibc-only)."""
    return f"{day:%A} {day.day} {day:%B %Y}"
