"""newsletter/issuefile.py: the schema errors of an issue file, each naming the file and the line at fault, and
what `issue check` finds beyond the schema (the bad-input corpus runs more of them through the CLI)."""

from __future__ import annotations

from datetime import date

import pytest

from newsletter import issuefile
from newsletter.errors import IssueFileError

HEAD = 'date = 2026-11-28\nsubject = "S"\npreheader = "P"\n'
ITEM = '[[sections.items]]\nid = "a1"\ntitle = "A story"\nurl = "https://example.com/a"\n'


def write(tmp_path, text: str):
    path = tmp_path / "2026-11-28.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "message", "line"), [
    (HEAD + "sections = [1, 2]\n", "section 1 must be a table", 4),
    (HEAD + '[[sections]]\n\n[[sections.items]]\nid = "a"\ntitle = "t"\n', "section 1: missing 'name'", 4),
    (HEAD + '[[sections]]\nname = "  "\n', "section 1: missing 'name'", 4),
    (HEAD + 'blocks = "sponsor"\n', "'blocks' must be an array of tables ([[blocks]])", 4),
    (HEAD + '[[sections]]\nname = "World"\nitems = ["a story"]\n', "section 'World', item 1 must be a table", 6),
    (HEAD + '[[sections]]\nname = "World"\n\n' + ITEM + "summary = 5\n",
     "section 'World', item 1: 'summary' must be a string", 11),
    (HEAD + '[[sections]]\nname = "World"\n\n' + ITEM + 'image_url = "javascript:alert(1)"\n',
     "section 'World', item 1: 'image_url' must be an http(s) image URL", 11),
    (HEAD + '[[sections]]\nname = "World"\n\n' + ITEM.replace('"https://example.com/a"', '"data:text/html,x"'),
     "section 'World', item 1: 'url' must be an http(s) or mailto link", 10),
    (HEAD + '[[sections]]\nname = "World"\n\n' + ITEM + 'lead = "yes"\n',
     "section 'World', item 1: 'lead' must be true or false", 11),
], ids=["section-not-table", "no-name", "blank-name", "blocks-not-array", "item-not-table", "summary-number",
        "image-javascript", "url-data", "lead-string"])
def test_schema_errors_name_the_file_and_line(tmp_path, text, message, line):
    path = write(tmp_path, text)
    with pytest.raises(IssueFileError) as info:
        issuefile.load(path)
    assert info.value.line == line
    assert str(info.value) == f"{path}:{line}: {message}" if line else f"{path}: {message}"


def test_a_missing_or_unreadable_file(tmp_path):
    with pytest.raises(IssueFileError, match=r"2026-11-28\.toml: no such issue file$"):
        issuefile.load(tmp_path / "2026-11-28.toml")
    path = tmp_path / "2026-11-28.toml"
    path.write_bytes(b'date = 2026-11-28\nsubject = "\xff"\n')
    with pytest.raises(IssueFileError, match=r"2026-11-28\.toml: cannot be read \("):
        issuefile.load(path)


def test_check_finds_a_missing_subject_empty_sections_and_too_few_items(tmp_path):
    path = write(tmp_path, 'date = 2026-11-28\npreheader = "P"\n\n[[sections]]\nname = "World"\n\n'
                           '[[sections]]\nname = "Science"\n\n' + ITEM)
    found = [(f.level, f.message, f.line) for f in issuefile.check(path, ["World", "Science"], min_items=3)]
    assert found == [("warning", "section 'World' is empty", 4), ("error", "missing 'subject'", 1),
                     ("warning", "1 items, fewer than the minimum of 3", None)]
    with pytest.raises(IssueFileError) as info:  # what check calls an error is never built
        issuefile.load_checked(path, ["World", "Science"])
    assert str(info.value) == f"{path}:1: missing 'subject'"  # (the line once: it had said `(line 1)` again)
    path.write_text(path.read_text().replace('name = "Science"', 'name = "Sport"'))
    with pytest.raises(IssueFileError) as info:
        issuefile.load_checked(path, ["World", "Science"])
    assert str(info.value) == f"{path}:8: unknown section 'Sport'; missing 'subject' (line 1)"


def test_a_subject_longer_than_an_inbox_shows_is_a_warning(tmp_path):
    """A paragraph pasted into the subject had gone through unremarked."""
    path = write(tmp_path, f'date = 2026-11-28\nsubject = "{"A long story. " * 20}"\npreheader = "P"\n')
    found = [(f.level, f.message, f.line) for f in issuefile.check(path, [], min_items=0)]
    assert found == [("warning", "the subject is 280 characters long: inboxes show the first 40 to 90", 2)]
    path.write_text(f'date = 2026-11-28\nsubject = "{"x" * issuefile.SUBJECT_MAX}"\npreheader = "P"\n')
    assert issuefile.check(path, [], min_items=0) == []
    path.write_text(f'date = 2026-11-28\nsubject = "{" " * 200}"\npreheader = "P"\n')  # blank: missing, not long
    assert [f.message for f in issuefile.check(path, [], min_items=0)] == ["missing 'subject'"]


def test_issue_dates_ignore_files_that_are_not_dated(tmp_path):
    from newsletter.workspace import Workspace

    ws = Workspace(tmp_path)
    ws.issues_dir.mkdir()
    for name in ("2026-11-28.toml", "2026-11-02.toml", "notes.toml", "2026-13-01.toml", "2026-11-03.txt"):
        (ws.issues_dir / name).write_text("")
    assert ws.issue_dates() == [date(2026, 11, 2), date(2026, 11, 28)]
