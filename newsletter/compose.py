"""Composing issues: create one from the pool by the rules, and edit it from the CLI.

Every edit goes through the file's tomlkit document, so the editor's hand edits survive, and the
result is validated before it replaces the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from newsletter import issuefile, pool
from newsletter.clock import long_date
from newsletter.db import Connection
from newsletter.errors import ComposeError, NewsletterError, NotFoundError, suggest
from newsletter.issue import MORE_SECTION, Issue, Item, default_preheader
from newsletter.selection import Seen, section_of, select, window
from newsletter.workspace import Workspace


def today(ws: Workspace) -> date:
    return datetime.now(ws.config.zone).date()


def known_sections(ws: Workspace) -> list[str]:
    return [*ws.config.selection.sections, MORE_SECTION]


def path_for(ws: Workspace, day: date) -> Path:
    return issuefile.issue_path(ws.issues_dir, day)


def existing(ws: Workspace, day: date) -> Path:
    """The issue file for a date, or NotFoundError naming the closest date."""
    path = path_for(ws, day)
    if not path.exists():
        dates = [d.isoformat() for d in ws.issue_dates()]
        hint = suggest(day.isoformat(), dates) or (f" (issues: {', '.join(dates[-5:])})" if dates else
                                                   " (create one with `newsletter issue new`)")
        raise NotFoundError(f"no issue for {day.isoformat()}{hint}")
    return path


def earlier_items(ws: Workspace, day: date) -> list[tuple[date, Item]]:
    """(issue date, item) of every other issue (an article runs once)."""
    return [(other, item) for other in ws.issue_dates() if other != day
            for item in issuefile.load(path_for(ws, other)).items]


@dataclass
class Created:
    issue: Issue
    path: Path
    warnings: list[str] = field(default_factory=list)


def sent_as(conn: Connection, day: date) -> str | None:
    """`the issue of DAY was sent via PROVIDER (finished …)`, or None when its send has not started."""
    row = conn.execute("SELECT provider, started_at, finished_at FROM sends WHERE issue_date = ?",
                       (day.isoformat(),)).fetchone()
    if row is None:
        return None
    when = f"finished {row['finished_at']}" if row["finished_at"] else f"started {row['started_at']}"
    return f"the issue of {day} was sent via {row['provider']} ({when})"


def refuse_sent(conn: Connection, day: date) -> None:
    """A sent issue (or one whose send has started) is read-only: it is what subscribers got."""
    if sent := sent_as(conn, day):
        raise ComposeError(f"{sent}: a sent issue is never changed")


def backup(path: Path) -> Path:
    """Keep a copy of an issue file before it is replaced: `DATE.toml.YYYYmmddTHHMMSS.bak` beside it."""
    from newsletter import clock

    target = path.with_name(f"{path.name}.{clock.now():%Y%m%dT%H%M%S%f}.bak")
    target.write_bytes(path.read_bytes())
    return target


def new_issue(ws: Workspace, conn: Connection, day: date, force: bool = False) -> Created:
    path = path_for(ws, day)
    refuse_sent(conn, day)
    if path.exists() and not path.is_file():
        raise ComposeError(f"{path}: is not a file (a folder?); move it out of the way first")
    if path.exists() and not force:
        raise ComposeError(f"{path}: the issue for {day} exists (use --force to replace it)")
    rules = ws.config.selection
    try:
        start, cutoff = window(day, rules, ws.config.zone)
    except (OverflowError, ValueError):
        raise ComposeError(f"{day}: no issue can be made for this date (its window is outside the calendar)") from None
    candidates = pool.list_articles(conn, since=start, until=cutoff)
    sections = select(candidates, rules, Seen.of(earlier_items(ws, day), day))
    issue = Issue(date=day, sections=sections)
    lead = issue.lead
    issue.subject = lead.display_title if lead else f"{ws.config.newsletter.name}: {long_date(day)}"
    issue.preheader = default_preheader(issue)
    warnings = []
    if path.exists():
        issue.blocks, dropped = _blocks_to_keep(path, issue)
        warnings.append(f"replaced {path.name}; the previous file is kept as {backup(path).name}")
        warnings += [f"block {n} ({kind} after {after}) not kept: {after} has no items now; it is in the backup"
                     for n, kind, after in dropped]
    issuefile.write(path, issuefile.new_document(issue, ws.config.newsletter.name))
    if len(issue.items) < rules.min_items:
        warnings.append(f"{len(issue.items)} items from {start:%Y-%m-%d %H:%M} to {cutoff:%Y-%m-%d %H:%M}, fewer "
                        f"than the minimum of {rules.min_items}: add some with `newsletter issue add`; sending "
                        f"will refuse without --force")
    return Created(issue, path, warnings)


def _blocks_to_keep(path: Path, issue: Issue) -> tuple[list, list[tuple[int, str, str]]]:
    """The blocks of the file being replaced (a sponsor, a note: the editor's, not the selection's) that still
    have their place in the new issue, and (number, kind, after) of those that do not. A file that no longer
    reads keeps nothing (the backup has it)."""
    try:
        blocks = issuefile.load(path).blocks
    except NewsletterError:
        return [], []
    places = {"intro"} | {s.name.casefold() for s in issue.sections}
    kept = [b for b in blocks if b.after.casefold() in places]
    dropped = [(n, b.kind, b.after) for n, b in enumerate(blocks, 1) if b.after.casefold() not in places]
    return kept, dropped


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """An exclusive lock on the file while its content is compared and replaced (POSIX flock; elsewhere none)."""
    try:
        import fcntl
    except ImportError:  # Windows: the comparison alone still catches all but a same-instant race
        yield
        return
    with open(path, "rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class Editor:
    """Edits one issue file in place through its tomlkit document."""

    def __init__(self, ws: Workspace, day: date, conn: Connection | None = None):
        self.ws = ws
        self.path = existing(ws, day)
        refuse_sent(conn or ws.connect(), day)
        self.original = issuefile.read_text(self.path)
        self.doc = issuefile.parse_document(self.original, self.path)
        self.issue = issuefile.issue_from_document(self.doc, self.original, self.path)

    def save(self) -> Issue:
        """Write the edit, unless the file changed since it was read (another edit won: nothing is lost)."""
        with _exclusive(self.path):
            if issuefile.read_text(self.path) != self.original:
                raise ComposeError(f"{self.path}: changed by someone else while this edit ran; nothing was "
                                   f"written: run the command again")
            return issuefile.write(self.path, self.doc)

    @property
    def _sections(self):
        import tomlkit

        if "sections" not in self.doc:
            self.doc.add("sections", tomlkit.aot())
        return self.doc["sections"]

    def _section_name(self, name: str) -> str:
        allowed = [*known_sections(self.ws), *(s.name for s in self.issue.sections)]
        match = next((s for s in allowed if s.casefold() == name.casefold()), None)
        if match is None:
            raise NotFoundError(f"unknown section '{name}'{suggest(name, allowed)}; sections: {', '.join(allowed)}")
        return match

    def _section_table(self, name: str):
        import tomlkit

        for table in self._sections:
            if str(table.get("name", "")).casefold() == name.casefold():
                if "items" not in table:
                    table.add("items", tomlkit.aot())
                return table
        # A new section goes where the configured order puts it.
        order = [s.casefold() for s in known_sections(self.ws)]
        rank = order.index(name.casefold()) if name.casefold() in order else len(order)
        position = sum(1 for t in self._sections
                       if (order.index(str(t["name"]).casefold()) if str(t["name"]).casefold() in order
                           else len(order)) <= rank)
        table = tomlkit.table()
        table.add("name", name)
        table.add("items", tomlkit.aot())
        self._sections.insert(position, table)
        return table

    def _locate(self, item_id: str):
        for table in self._sections:
            for index, item in enumerate(table.get("items", [])):
                if item.get("id") == item_id:
                    return table, index
        ids = [i.id for i in self.issue.items]
        raise NotFoundError(f"no item '{item_id}' in the issue of {self.issue.date}{suggest(item_id, ids)}")

    @staticmethod
    def _insert(table, item, position: int | None) -> int:
        """Insert at a 1-based position (past the end: last); returns where it went."""
        items = table["items"]
        count = len(items)
        index = count if position is None else max(0, min(position - 1, count))
        items.insert(index, item)
        return index + 1

    def add(self, conn: Connection, article_id: str, section: str | None, position: int | None) -> Item:
        article = pool.get(conn, article_id)
        if self.issue.find(article.id):
            raise ComposeError(f"{article.id} is already in the issue of {self.issue.date}")
        rules = self.ws.config.selection
        name = self._section_name(section or section_of(article, rules.sections, rules.aliases))
        item = Item.from_article(article)
        if name != MORE_SECTION:
            item.section = name
        self._insert(self._section_table(name), issuefile.item_table(item), position)
        return item

    def remove(self, item_id: str) -> None:
        table, index = self._locate(item_id)
        del table["items"][index]
        if not table["items"]:  # an emptied section goes too
            self._sections.remove(table)

    def move(self, item_id: str, position: int, section: str | None) -> int:
        """Move an item; returns its 1-based position in its section (a position past the end puts it last)."""
        table, index = self._locate(item_id)
        item = table["items"][index]
        target = self._section_table(self._section_name(section)) if section else table
        if section and str(target["name"]) != MORE_SECTION:  # the kicker shows the section it now sits in
            item["section"] = str(target["name"])
        del table["items"][index]
        placed = self._insert(target, item, position)
        if not table["items"] and table is not target:
            self._sections.remove(table)
        return placed

    def add_block(self, block, position: int | None = None) -> None:
        """A block last, or at a 1-based position among the blocks."""
        import tomlkit

        if "blocks" not in self.doc:
            self.doc.add(tomlkit.nl())
            self.doc.add("blocks", tomlkit.aot())
        aot = self.doc["blocks"]
        table = issuefile.block_table(block)
        if position is None or position > len(aot):
            aot.append(table)
        else:
            aot.insert(max(position, 1) - 1, table)

    def remove_block(self, number: int):
        """Remove the block at a 1-based position; return it."""
        blocks = self.issue.blocks
        if not 1 <= number <= len(blocks):
            raise NotFoundError(f"{self.path}: no block {number} (the issue has {len(blocks)} blocks; see "
                                f"`newsletter issue block list`)")
        del self.doc["blocks"][number - 1]
        if len(blocks) == 1:
            del self.doc["blocks"]
        return blocks[number - 1]

    def set(self, subject: str | None = None, preheader: str | None = None, intro: str | None = None,
            lead: str | None = None) -> None:
        import tomlkit

        for key, value in (("subject", subject), ("preheader", preheader)):
            if value is not None:
                self.doc[key] = value
        if intro is not None:
            self.doc["intro"] = tomlkit.string(intro, multiline=True) if "\n" in intro else intro
        if lead is not None:
            self._locate(lead)
            self._follow_lead(lead, subject, preheader)
            for table in self._sections:
                for item in table.get("items", []):
                    if item.get("id") == lead:
                        item["lead"] = True
                    elif "lead" in item:
                        del item["lead"]


    def _follow_lead(self, lead: str, subject: str | None, preheader: str | None) -> None:
        """A subject (and preheader) derived from the old lead follows the new one; one the editor wrote stays."""
        old = self.issue.lead
        derived_subject = old is not None and self.issue.subject == old.display_title
        derived_preheader = self.issue.preheader == default_preheader(self.issue)
        for item in self.issue.items:
            item.lead = item.id == lead
        if subject is None and derived_subject and self.issue.lead:
            self.doc["subject"] = self.issue.lead.display_title
        if preheader is None and derived_preheader:
            self.doc["preheader"] = default_preheader(self.issue)


def status(ws: Workspace, day: date, conn: Connection) -> str:
    """draft, built (dist/ holds a current build), or the send's state: sending, interrupted or sent."""
    from newsletter.deliver import ledger
    from newsletter.render.build import is_current

    state = ledger.status(conn, day).state
    if state != "not sent":
        return {"finished": "sent", "running": "sending"}.get(state, state)
    return "built" if is_current(ws, day) else "draft"
