"""Issue files: `issues/YYYY-MM-DD.toml`, human-editable TOML that the CLI edits without losing hand edits.

Reading validates the schema and names the file and line at fault. Editing goes through tomlkit's
document model, so comments, order and formatting that the editor wrote survive.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from newsletter import blocks as blocklib
from newsletter.errors import IssueFileError, suggest
from newsletter.findings import Finding
from newsletter.issue import OVERRIDE_FIELDS, SNAPSHOT_FIELDS, Issue, Item, Section
from newsletter.urls import safe_image, safe_link

if TYPE_CHECKING:  # tomlkit is imported by the functions that edit: reading uses tomllib
    import tomlkit.items
    from tomlkit.toml_document import TOMLDocument

TOP_KEYS = ("date", "subject", "preheader", "intro", "sections", "blocks")
SECTION_KEYS = ("name", "items")
ITEM_KEYS = (*SNAPSHOT_FIELDS, *OVERRIDE_FIELDS, "lead")
_TEXT_ITEM_KEYS = tuple(k for k in ITEM_KEYS if k not in ("published", "lead"))


def issue_path(issues_dir: Path, day: date) -> Path:
    return issues_dir / f"{day.isoformat()}.toml"


_SECTION = re.compile(r"^\[\[\s*sections\s*\]\]")
_ITEM = re.compile(r"^\[\[\s*sections\.items\s*\]\]")
_BLOCK = re.compile(r"^\[\[\s*blocks\s*\]\]")
_KEY = re.compile(r"^([A-Za-z0-9_-]+)\s*=")


class _Lines:
    """Line numbers of keys and tables in an issue file, for error messages (1-based; None if unknown). The map is
    made when an error first asks for a line: a file without errors never needs it."""

    def __init__(self, text: str):
        self.text = text
        self._map: dict[tuple, int] | None = None

    @property
    def map(self) -> dict[tuple, int]:
        if self._map is None:
            self._map = _line_map(self.text)
        return self._map

    def __call__(self, *path) -> int | None:
        while path:
            if path in self.map:
                return self.map[path]
            path = path[:-1]
        return None


def _line_map(text: str) -> dict[tuple, int]:
    found: dict[tuple, int] = {}
    context: tuple = ()
    sections = items = blocks = -1
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if _SECTION.match(stripped):
            sections += 1
            items = -1
            context = ("sections", sections)
            found[context] = number
        elif _ITEM.match(stripped):
            items += 1
            context = ("sections", sections, "items", items)
            found[context] = number
        elif _BLOCK.match(stripped):
            blocks += 1
            context = ("blocks", blocks)
            found[context] = number
        elif m := _KEY.match(stripped):
            found.setdefault((*context, m[1]), number)
    return found


def _problem(path: Path, lines: _Lines, message: str, *where) -> IssueFileError:
    return IssueFileError(path, message, lines(*where))


def parse_document(text: str, path: Path) -> TOMLDocument:
    import tomlkit.exceptions

    try:
        return tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as exc:
        raise IssueFileError(path, f"not valid TOML: {exc.args[0] if exc.args else exc}".split(" at line")[0],
                             exc.line) from exc
    except tomlkit.exceptions.TOMLKitError as exc:  # e.g. a key written twice in one table
        raise IssueFileError(path, f"not valid TOML: {exc}") from exc


def _as_datetime(value: object) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def issue_from_document(doc: TOMLDocument, text: str, path: Path) -> Issue:
    """Validate the document's schema; raise IssueFileError naming the first problem's line."""
    return issue_from_data(doc.unwrap(), text, path)


def issue_from_data(data: dict, text: str, path: Path) -> Issue:
    """`issue_from_document` for the plain data of the file (tomllib's or the document's)."""
    lines = _Lines(text)
    for key in data:
        if key not in TOP_KEYS:
            raise _problem(path, lines, f"unknown key '{key}'{suggest(key, TOP_KEYS)}", key)
    raw_date = data.get("date")
    if raw_date is None:
        raise IssueFileError(path, "missing 'date'", 1)
    try:
        day = raw_date if isinstance(raw_date, date) and not isinstance(raw_date, datetime) \
            else date.fromisoformat(str(raw_date))
    except ValueError:
        raise _problem(path, lines, f"'date' must be a date YYYY-MM-DD, got {raw_date!r}", "date") from None
    if path.stem != day.isoformat() and re.fullmatch(r"\d{4}-\d{2}-\d{2}", path.stem):
        raise _problem(path, lines, f"'date' is {day} but the file is named for {path.stem}", "date")
    for key in ("subject", "preheader", "intro"):
        if not isinstance(data.get(key, ""), str):
            raise _problem(path, lines, f"'{key}' must be a string", key)
    raw_sections = data.get("sections", [])
    if not isinstance(raw_sections, list):
        raise _problem(path, lines, "'sections' must be an array of tables ([[sections]])", "sections")
    sections = []
    for s_index, raw in enumerate(raw_sections):
        where = ("sections", s_index)
        if not isinstance(raw, dict):
            raise _problem(path, lines, f"section {s_index + 1} must be a table", *where)
        for key in raw:
            if key not in SECTION_KEYS:
                raise _problem(path, lines, f"section {s_index + 1}: unknown key '{key}'{suggest(key, SECTION_KEYS)}",
                               *where, key)
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise _problem(path, lines, f"section {s_index + 1}: missing 'name'", *where)
        items = []
        raw_items = raw.get("items", [])
        if not isinstance(raw_items, list):
            raise _problem(path, lines, f"section '{name}': 'items' must be an array of tables", *where, "items")
        for i_index, item in enumerate(raw_items):
            items.append(_item(item, path, lines, name, ("sections", s_index, "items", i_index)))
        sections.append(Section(name=name.strip(), items=items))
    return Issue(date=day, subject=data.get("subject", ""), preheader=data.get("preheader", ""),
                 intro=data.get("intro", ""), sections=sections,
                 blocks=_blocks(data.get("blocks", []), [s.name for s in sections], path, lines))


def _blocks(raw_blocks: object, sections: list[str], path: Path, lines: _Lines) -> list[blocklib.Block]:
    if not isinstance(raw_blocks, list):
        raise _problem(path, lines, "'blocks' must be an array of tables ([[blocks]])", "blocks")
    found = []
    for index, raw in enumerate(raw_blocks):
        try:
            found.append(blocklib.validate(raw, sections))
        except blocklib.BlockProblem as exc:
            where = ("blocks", index, exc.key) if exc.key else ("blocks", index)
            raise _problem(path, lines, f"block {index + 1}: {exc}", *where) from None
    return found


def _item(raw: object, path: Path, lines: _Lines, section: str, where: tuple) -> Item:
    label = f"section '{section}', item {where[-1] + 1}"
    if not isinstance(raw, dict):
        raise _problem(path, lines, f"{label} must be a table", *where)
    for key in raw:
        if key not in ITEM_KEYS:
            raise _problem(path, lines, f"{label}: unknown key '{key}'{suggest(key, ITEM_KEYS)}", *where, key)
    for key in ("id", "title"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise _problem(path, lines, f"{label}: '{key}' must be a string", *where, key)
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _problem(path, lines, f"{label}: missing '{key}'", *where, key)
    for key in _TEXT_ITEM_KEYS:
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise _problem(path, lines, f"{label}: '{key}' must be a string", *where, key)
    for key, gate in (("url", safe_link), ("image_url", safe_image)):
        if raw.get(key) and gate(raw[key]) is None:
            raise _problem(path, lines, f"{label}: '{key}' must be an http(s)" + (" or mailto link" if key == "url"
                           else " image URL"), *where, key)
    if not isinstance(raw.get("lead", False), bool):
        raise _problem(path, lines, f"{label}: 'lead' must be true or false", *where, "lead")
    try:
        published = _as_datetime(raw.get("published"))
    except ValueError:
        raise _problem(path, lines, f"{label}: 'published' must be a date-time", *where, "published") from None
    return Item(**{k: raw.get(k) for k in _TEXT_ITEM_KEYS if k not in OVERRIDE_FIELDS},
                headline=raw.get("headline", "") or "", blurb=raw.get("blurb", "") or "",
                published=published, lead=raw.get("lead", False))


def read_text(path: Path) -> str:
    try:
        if path.exists() and not path.is_file():  # a FIFO would block, a folder cannot be read
            raise IssueFileError(path, "cannot be read (not a regular file)")
        return path.read_text(encoding="utf-8-sig")  # (an editor on Windows may save a byte-order mark first)
    except FileNotFoundError:
        raise IssueFileError(path, "no such issue file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise IssueFileError(path, f"cannot be read ({exc})") from exc


def load(path: Path) -> Issue:
    """The issue in `path`, read with tomllib (several times faster than tomlkit, whose document only editing
    needs); a file tomllib refuses is parsed again with tomlkit, whose error names the line as before."""
    return issue_from_text(read_text(path), path)


def issue_from_text(text: str, path: Path) -> Issue:
    """`load` for text already read."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return issue_from_document(parse_document(text, path), text, path)
    return issue_from_data(data, text, path)


def load_checked(path: Path, known_sections: list[str]) -> Issue:
    """The issue, refused (IssueFileError naming file and line) when `issue check` finds an error in it: what
    check calls an error is never built or sent."""
    text = read_text(path)
    issue = issue_from_text(text, path)
    errors = [f for f in issue_findings(issue, text, known_sections, 0) if f.level == "error"]
    if errors:
        rest = [f.message + (f" (line {f.line})" if f.line else "") for f in errors[1:]]  # (the first's is above)
        raise IssueFileError(path, "; ".join([errors[0].message, *rest]), errors[0].line)
    return issue


def check(path: Path, known_sections: list[str], min_items: int) -> list[Finding]:
    """Everything wrong with an issue file beyond parsing: duplicates, unknown sections, leads, empties."""
    text = read_text(path)
    return issue_findings(issue_from_text(text, path), text, known_sections, min_items)


SUBJECT_MAX = 150
"""Characters of a subject beyond which `check` warns: inboxes cut it at 40 to 90, and a longer one is a slip
(a paragraph pasted into it), not a choice."""


def subject_too_long(subject: str) -> str | None:
    """What `issue check` and the build say of a subject longer than SUBJECT_MAX, else None."""
    if len(subject) <= SUBJECT_MAX or not subject.strip():  # (a blank one is `missing`)
        return None
    return f"the subject is {len(subject):,} characters long: inboxes show the first 40 to 90"


def issue_findings(issue: Issue, text: str, known_sections: list[str], min_items: int) -> list[Finding]:
    """What `check` reports, for an issue already read from `text` (its lines name where)."""
    lines = _Lines(text)
    findings: list[Finding] = []
    seen: dict[str, int] = {}
    allowed = {s.casefold() for s in known_sections}
    for s_index, section in enumerate(issue.sections):
        if section.name.casefold() not in allowed:
            findings.append(Finding("error", f"unknown section '{section.name}'"
                                    f"{suggest(section.name, known_sections)}", lines("sections", s_index, "name")))
        if not section.items:
            findings.append(Finding("warning", f"section '{section.name}' is empty", lines("sections", s_index)))
        for i_index, item in enumerate(section.items):
            where = lines("sections", s_index, "items", i_index)
            if item.id in seen:
                findings.append(Finding("error", f"item '{item.id}' appears twice (first at line {seen[item.id]})",
                                        where))
            seen.setdefault(item.id, where or 0)
            if not item.url:
                findings.append(Finding("warning", f"item '{item.id}' has no url: its headline is shown without a "
                                        f"link (set `url` to link it)", where))
    leads = [item for item in issue.items if item.lead]
    if len(leads) > 1:
        findings.append(Finding("error", f"{len(leads)} items are marked lead; mark one", None))
    if not issue.subject.strip():
        findings.append(Finding("error", "missing 'subject'", lines("subject") or 1))
    if long_subject := subject_too_long(issue.subject):
        findings.append(Finding("warning", long_subject, lines("subject")))
    if not issue.preheader.strip():
        findings.append(Finding("warning", "missing 'preheader' (the inbox preview text)", lines("preheader")))
    if len(issue.items) < min_items:
        findings.append(Finding("warning", f"{len(issue.items)} items, fewer than the minimum of {min_items}", None))
    return findings


def new_document(issue: Issue, newsletter_name: str) -> TOMLDocument:
    import tomlkit

    doc = tomlkit.document()
    doc.add(tomlkit.comment(f"{newsletter_name}: the issue of {issue.date.isoformat()}."))
    doc.add(tomlkit.comment("Edit freely: the CLI keeps your comments and order. An item may set `headline` and"))
    doc.add(tomlkit.comment("`blurb` to override the article's title and summary; one item may be `lead = true`."))
    doc.add(tomlkit.nl())
    doc.add("date", issue.date)
    doc.add("subject", issue.subject)
    doc.add("preheader", issue.preheader)
    doc.add("intro", tomlkit.string(issue.intro, multiline=True) if "\n" in issue.intro else issue.intro)
    sections = tomlkit.aot()
    for section in issue.sections:
        table = tomlkit.table()
        table.add("name", section.name)
        items = tomlkit.aot()
        for item in section.items:
            items.append(item_table(item))
        table.add("items", items)
        sections.append(table)
    if issue.sections:  # an empty array of tables would be written as `sections = []` above the comment
        doc.add("sections", sections)
    if issue.blocks:
        doc.add("blocks", tomlkit.aot())
        for block in issue.blocks:
            doc["blocks"].append(block_table(block))
    return doc


def block_table(block: blocklib.Block) -> tomlkit.items.Table:
    import tomlkit

    table = tomlkit.table()
    table.add("kind", block.kind)
    table.add("after", block.after)
    for key, value in block.fields.items():
        if key == "label" and value == blocklib.SPONSOR_LABEL:
            continue
        if key == "items":
            array = tomlkit.array()
            array.multiline(True)
            for entry in value:  # type: ignore[attr-defined]
                inline = tomlkit.inline_table()
                inline.update(entry)
                array.append(inline)
            table.add(key, array)
        else:
            table.add(key, tomlkit.string(value, multiline=True) if "\n" in str(value) else value)
    return table


def item_table(item: Item) -> tomlkit.items.Table:
    import tomlkit

    table = tomlkit.table()
    for name in SNAPSHOT_FIELDS:
        value = getattr(item, name)
        if value is not None and value != "":
            table.add(name, value)
    for name in OVERRIDE_FIELDS:
        if getattr(item, name):
            table.add(name, getattr(item, name))
    if item.lead:
        table.add("lead", True)
    return table


def write(path: Path, doc: TOMLDocument) -> Issue:
    """Validate, then write atomically: a bad edit never replaces a good file."""
    import tomlkit

    text = tomlkit.dumps(doc)
    issue = issue_from_document(parse_document(text, path), text, path)
    from newsletter import outfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # (`issues` is a file, or the folder above cannot be written)
        raise outfile.OutputFileError(f"{path.parent}: cannot hold issue files ({exc.strerror or exc}: it should be "
                                      f"a folder)") from exc
    with outfile.writing(path, force=True, what="the issue file") as fh:  # a random name beside it, then renamed
        fh.write(text)
    return issue
