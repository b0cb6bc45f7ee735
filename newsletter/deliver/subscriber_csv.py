"""Subscribers in and out of CSV: a streaming import in batches, an export safe to open in a spreadsheet.

The import reads the file line by line (a million rows in one pass, in one transaction) and applies the same
rules as `subscribers.upsert`, a batch of rows at a time: one query for the batch's existing subscribers, one
executemany for the new ones and one for the changed ones. A bad row is reported by line and skipped; the good
rows land. No subscriber field holds a line break, so a row that spans lines (an unterminated quote) is bad: it
is reported at its first line and the lines it swallowed are read again as rows of their own.
"""

from __future__ import annotations

import csv
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, TextIO

from newsletter.csvsafe import SafeWriter, restore
from newsletter.db import Connection, any_of, bulk, for_update, transaction
from newsletter.deliver.addresses import normalise
from newsletter.deliver.subscribers import STATUSES, SUPPRESSED, list_subscribers, merged_status
from newsletter.errors import SubscriberError, suggest

BATCH = 5000
COMMIT_ROWS = 100_000
"""Rows a transaction of an import holds: about 2 s of SQLite's one write lock, then an unsubscribe gets its turn."""


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    suppressed: int = 0
    errors: list[str] = field(default_factory=list)


READ_BYTES = 1 << 16


def _raw_lines(fh: BinaryIO) -> Iterator[bytes]:
    """The file's lines with their ends, read in blocks: ended by LF (or CRLF) as usual, or by CR alone when the
    file's first line ends so (old Mac spreadsheets). A CR inside a line of an LF file stays part of the line."""
    block = fh.read(READ_BYTES)
    cr = block.find(b"\r")
    if cr == len(block) - 1:
        block += fh.read(1)  # (is it a CRLF split across two blocks?)
    end = b"\r" if cr != -1 and block[cr + 1:cr + 2] != b"\n" and b"\n" not in block[:cr] else b"\n"
    pending: list[bytes] = []  # the start of a line longer than a block, joined once its end comes
    while block:
        if end in block:
            first, *lines, last = block.split(end)
            yield b"".join((*pending, first, end))
            for line in lines:
                yield line + end
            pending = [last]
        else:
            pending.append(block)
        block = fh.read(READ_BYTES)
    if tail := b"".join(pending):
        yield tail


class _Lines:
    """The file's lines, decoded one by one and numbered; lines a bad row swallowed can be put back."""

    def __init__(self, fh: BinaryIO, path: Path, report: ImportReport):
        self.path, self.report = path, report
        self.number = 0
        self.taken: list[tuple[int, str]] = []  # the lines of the row being read
        self.back: list[tuple[int, str]] = []
        self.raw = _raw_lines(fh)

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        while True:
            if self.back:
                number, text = self.back.pop()
            else:
                raw = next(self.raw)
                self.number += 1
                number = self.number
                try:
                    text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    self.report.errors.append(f"{self.path}:{number}: not UTF-8 text ({exc.reason})")
                    continue
            self.taken.append((number, text))
            return text

    def row_start(self) -> int:
        return self.taken[0][0] if self.taken else self.number

    def reread_after_first(self) -> None:
        """Put back every line of the current row but its first."""
        self.back.extend(reversed(self.taken[1:]))
        self.taken = []


def _rows(lines: _Lines, report: ImportReport) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of every well-formed row; malformed ones go to report.errors."""
    reader = csv.reader(lines)
    while True:
        lines.taken = []
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            message = str(exc)
            if "field larger than field limit" in message:
                message = f"a field is longer than {csv.field_size_limit():,} characters"
            cells = None
        if len(lines.taken) > 1:
            message = (f"a quote is not closed on this line (the row runs into line {lines.taken[-1][0]}); "
                       "the next lines are read as rows")
        elif cells is not None:
            yield lines.row_start(), cells
            continue
        report.errors.append(f"{lines.path}:{lines.row_start()}: {message}")
        lines.reread_after_first()
        reader = csv.reader(lines)


def _parse(path: Path, number: int, cells: list[str], columns: tuple[int, int, int, int]) -> tuple | str:
    """(email, name, status, created) of a row, or the error message. `columns`: the index of each (-1: none).
    Written for speed: it runs once per row of a million-row file."""
    count = len(cells)
    at_email, at_name, at_status, at_created = columns
    email = cells[at_email].strip() if at_email < count else ""
    name = cells[at_name].strip() if 0 <= at_name < count else ""
    status = cells[at_status].strip() if 0 <= at_status < count else ""
    created = cells[at_created].strip() if 0 <= at_created < count else ""
    if status:
        status = status.lower()
        if status not in STATUSES:
            return f"{path}:{number}: unknown status '{status}'{suggest(status, STATUSES)}"
    else:
        status = "active"
    if created:
        try:
            created = datetime.fromisoformat(created.replace("Z", "+00:00")).isoformat()
        except ValueError:
            return f"{path}:{number}: 'created' is not an ISO date: '{created}'"
    try:
        email = normalise(restore(email) if email[:1] == "'" else email)
    except SubscriberError as exc:
        return f"{path}:{number}: {exc}"
    return email, restore(name) if name[:1] == "'" else name, status, created or None


def import_csv(conn: Connection, path: Path) -> ImportReport:
    """Columns email, name, optional status and created (header names in any case); bad rows by line."""
    report = ImportReport()
    from newsletter.infile import open_input

    try:
        fh = open_input(path)
    except OSError as exc:
        raise SubscriberError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    with fh:
        rows = _rows(_Lines(fh, path, report), report)
        header = next(rows, None)
        found = {name.strip().lower(): i for i, name in enumerate(header[1] if header else [])}
        if "email" not in found:
            if report.errors:  # the header itself was unreadable (UTF-16, a legacy code page): say that, first
                raise SubscriberError(f"{report.errors[0]}; save the file as UTF-8 CSV")
            raise SubscriberError(f"{path}:{header[0] if header else 1}: no 'email' column (found: "
                                  f"{', '.join(found) or 'nothing'})")
        columns = tuple(found.get(name, -1) for name in ("email", "name", "status", "created"))
        bulk(conn)
        batches = _batches(rows, path, columns, report)
        while _commit_some(conn, batches, report):
            pass
    return report


def _batches(rows: Iterator, path: Path, columns: tuple[int, int, int, int],
             report: ImportReport) -> Iterator[list[tuple]]:
    """The parsed rows, BATCH at a time (the last batch may be short or empty); bad rows go to the report."""
    batch: list[tuple] = []
    for number, cells in rows:
        if not any(cells):  # a blank line
            continue
        parsed = _parse(path, number, cells, columns)
        if isinstance(parsed, str):
            report.errors.append(parsed)
            continue
        batch.append(parsed)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    yield batch


def _commit_some(conn: Connection, batches: Iterator[list[tuple]], report: ImportReport) -> bool:
    """Apply batches in one transaction until COMMIT_ROWS rows; False once the file is done. One transaction for
    the whole file would make an unsubscribe from the web app wait for a million-row import (SQLite has one
    writer); one per batch of 5,000 doubles the import's time (index pages written again at every commit). An
    import stopped midway keeps what it committed; running it again completes it (every row is an upsert)."""
    applied = 0
    with transaction(conn):
        for batch in batches:
            _apply(conn, batch, report)
            applied += len(batch)
            if applied >= COMMIT_ROWS:
                return True
    return False


def _apply(conn: Connection, batch: list[tuple], report: ImportReport) -> None:
    """Upsert a batch with `subscribers.upsert`'s rules: rows apply in file order, a later row of the same person
    merging into the earlier one."""
    if not batch:
        return
    condition, keys = any_of(conn, "email_key", [row[0].lower() for row in batch])
    # Locked until the import commits (PostgreSQL): an unsubscribe meanwhile waits, and is not overwritten.
    state: dict[str, list[str]] = {r[0]: [r[1], r[2]] for r in conn.execute(
        f"SELECT email_key, name, status FROM subscribers WHERE {condition}" + for_update(conn), (keys,))}
    new: dict[str, tuple] = {}  # key -> (email as typed, created) of the people this batch adds
    changed: set[str] = set()
    for email, name, status, created in batch:
        key = email.lower()
        current = state.get(key)
        if current is None:
            state[key] = [name, status]
            new[key] = (email, created)
            report.added += 1
        elif current[1] in SUPPRESSED and status not in SUPPRESSED:
            report.suppressed += 1
        elif (wanted := [name or current[0], merged_status(current[1], status)]) == current:
            report.unchanged += 1
        else:
            state[key] = wanted
            changed.add(key)
            report.updated += 1
    now = datetime.now(UTC).isoformat(timespec="seconds")
    ids = secrets.token_hex(12 * len(new))  # one call for the batch: 24 hex digits (96 random bits) each
    conn.executemany(
        "INSERT INTO subscribers (email, email_key, id, name, status, created, joined_via, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'import', ?) ON CONFLICT DO NOTHING",  # a sign-up meanwhile keeps its row
        [(email, key, ids[24 * n:24 * n + 24], *state[key], created or now, now)
         for n, (key, (email, created)) in enumerate(new.items())])
    conn.executemany(
        "UPDATE subscribers SET name = ?, status = ?, updated_at = ?, confirm_nonce = CASE WHEN ? IN "
        "('unsubscribed', 'bounced', 'complained') THEN NULL ELSE confirm_nonce END WHERE email_key = ?",
        [(*state[key], now, state[key][1], key) for key in changed if key not in new])


def write_csv(conn: Connection, out: TextIO) -> None:
    """Every subscriber as CSV (email, name, status, created), formula-like cells neutralised."""
    writer = SafeWriter(out)
    writer.writerow(["email", "name", "status", "created"])
    for s in list_subscribers(conn):
        writer.writerow([s.email, s.name, s.status, s.created])


def export_csv(conn: Connection, path: Path, force: bool = False) -> None:
    """Write the export to `path`: whole or not at all, and over an existing file only with `force`."""
    from newsletter import outfile

    with outfile.writing(path, force=force, what="the export") as out:
        write_csv(conn, out)
