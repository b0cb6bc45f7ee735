"""Composing issues: the selection rules, every edit command, hand edits surviving, broken files."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from newsletter import compose, issuefile, pool
from newsletter.article import Article
from tests.conftest import set_config

pytestmark = pytest.mark.databases  # each test on SQLite and on PostgreSQL

DAY = date(2026, 11, 28)
CUTOFF = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)  # the test workspace is on UTC, cut-off 06:00


def add(conn, title, hours_before, section="World", url=None, image=None):
    article = Article(title=title, source="test", section=section, url=url, image_url=image,
                      published=CUTOFF - timedelta(hours=hours_before), body=[f"{title} body."]).finish()
    pool.save(conn, article)
    return article


def ids(issue):
    return [item.id for item in issue.items]


def test_window_sections_order_newest_first_and_lead(ws):
    conn = ws.connect()
    old = add(conn, "Too old to run tomorrow", 25)
    future = add(conn, "Published after the cut-off", -1)
    w1 = add(conn, "Earthquake shakes the capital overnight", 2)
    w2 = add(conn, "Elections called for the spring", 5, image="https://img.example.com/e.jpg")
    b1 = add(conn, "Bank raises interest rates again", 3, section="business")
    other = add(conn, "Sheep outnumber people in the valley", 1, section="Farming")
    created = compose.new_issue(ws, conn, DAY)
    issue = created.issue
    assert [s.name for s in issue.sections] == ["World", "Business", "More"]
    assert ids(issue) == [w1.id, w2.id, b1.id, other.id]
    assert old.id not in ids(issue) and future.id not in ids(issue)
    assert issue.lead.id == w2.id  # the first with a picture
    assert issue.subject == w2.title
    assert issue.preheader.startswith(w1.title + " · " + b1.title)
    assert created.warnings == []
    assert issuefile.load(created.path).to_json() == issue.to_json()


def test_quotas_per_section_and_total(ws):
    conn = ws.connect()
    set_config(ws, "selection.max_per_section", 2)
    set_config(ws, "selection.max_total", 3)
    world = [add(conn, title, n) for n, title in enumerate(
        ["Floods hit the north", "Peace talks resume in Geneva", "Wildfire spreads east", "Minister resigns"], 1)]
    science = [add(conn, title, n + 0.5, section="Science") for n, title in enumerate(
        ["New species of frog found", "Comet visible this week"], 1)]
    issue = compose.new_issue(ws, conn, DAY).issue
    assert ids(issue) == [world[0].id, world[1].id, science[0].id]


def test_no_repeats_across_issues_and_near_duplicates(ws):
    conn = ws.connect()
    ran = add(conn, "Storm closes the harbour for a week", 30, url="https://a.example.com/storm")
    compose.new_issue(ws, conn, DAY - timedelta(days=1))
    again = add(conn, "Harbour closed by storm for a week", 2, url="https://b.example.com/storm-again")
    same_url = add(conn, "Completely different headline", 3, url="https://a.example.com/storm?utm_source=x#c")
    first = add(conn, "Parliament passes the budget after a long night", 1)
    dup = add(conn, "Parliament passes budget after long night", 4, url="https://c.example.com/budget")
    fresh = add(conn, "Volcano erupts on remote island", 6)
    issue = compose.new_issue(ws, conn, DAY).issue
    assert ran.id not in ids(issue) and again.id not in ids(issue) and same_url.id not in ids(issue)
    assert ids(issue) == [first.id, fresh.id]
    assert dup.id not in ids(issue)


def test_minimum_warns_and_existing_refuses(ws):
    conn = ws.connect()
    add(conn, "The only story", 1)
    created = compose.new_issue(ws, conn, DAY)
    assert "1 items" in created.warnings[0] and "fewer than the minimum of 3" in created.warnings[0]
    from newsletter.errors import ComposeError

    with pytest.raises(ComposeError, match="exists \\(use --force"):
        compose.new_issue(ws, conn, DAY)
    assert compose.new_issue(ws, conn, DAY, force=True).issue.items


def test_edit_commands_keep_hand_edits(ws, cli):
    conn = ws.connect()
    a = add(conn, "Alpha story about rivers", 1)
    b = add(conn, "Beta story about mountains", 2)
    c = add(conn, "Gamma story about markets", 3, section="Business")
    extra = add(conn, "Delta story from yesterday", 40, section="Science")
    assert cli("issue", "new", "--date", "2026-11-28").exit_code == 0
    path = compose.path_for(ws, DAY)
    # The editor's hand edits: a comment, an override, a changed subject.
    text = path.read_text().replace(f'id = "{b.id}"', f'# keep this one, the desk likes it\nid = "{b.id}"\n'
                                                       f'headline = "Mountains, briefly"')
    path.write_text(text.replace('subject = "', '# hand-written subject below\nsubject = "Hand: ', 1))
    assert cli("issue", "add", "2026-11-28", extra.id, "--position", "1").exit_code == 0
    assert cli("issue", "move", "2026-11-28", a.id, "--position", "1", "--section", "Business").exit_code == 0
    moved = cli("issue", "move", "2026-11-28", b.id, "--position", "500")  # (past the end: last, and it says so)
    assert moved.stdout == f"Moved {b.id} to position 1 (the last: there are fewer than 500)\n"
    assert cli("issue", "remove", "2026-11-28", c.id).exit_code == 0
    assert cli("issue", "set", "2026-11-28", "--preheader", "Short preview", "--intro", "Hello *there*\n\nBye",
               "--lead", extra.id).exit_code == 0
    text = path.read_text()
    assert "# keep this one, the desk likes it" in text and "# hand-written subject below" in text
    shown = json.loads(cli("issue", "show", "2026-11-28", "--json").stdout)
    assert shown["subject"].startswith("Hand: ")
    assert shown["preheader"] == "Short preview" and shown["intro"] == "Hello *there*\n\nBye"
    sections = {s["name"]: [i["id"] for i in s["items"]] for s in shown["sections"]}
    assert sections == {"World": [b.id], "Business": [a.id], "Science": [extra.id]}
    assert [s["name"] for s in shown["sections"]] == ["World", "Business", "Science"]
    beta = shown["sections"][0]["items"][0]
    assert beta["headline"] == "Mountains, briefly" and beta["title"] == b.title
    lead = [i for s in shown["sections"] for i in s["items"] if i["lead"]]
    assert [i["id"] for i in lead] == [extra.id]
    for key in ("id", "title", "url", "summary", "section", "author", "published", "image_url", "lead"):
        assert key in beta


def test_snapshot_survives_the_pool(ws, cli):
    conn = ws.connect()
    a = add(conn, "A story that will leave the pool", 1)
    cli("issue", "new", "--date", "2026-11-28")
    before = cli("issue", "show", "--json").stdout
    pool.remove(conn, a.id)
    assert cli("issue", "show", "--json").stdout == before


def test_unknown_id_date_section_suggest(ws, cli):
    conn = ws.connect()
    a = add(conn, "Alpha story", 1)
    cli("issue", "new", "--date", "2026-11-28")
    r = cli("issue", "show", "2026-11-29")
    assert r.exit_code == 1 and r.stderr.strip() == "Error: no issue for 2026-11-29 (did you mean '2026-11-28'?)"
    r = cli("issue", "remove", "2026-11-28", a.id[:-1] + "z")
    assert r.stderr.startswith(f"Error: no item '{a.id[:-1]}z' in the issue of 2026-11-28 (did you mean '{a.id}'?)")
    r = cli("issue", "move", "2026-11-28", a.id, "--position", "1", "--section", "Scince")
    assert "Error: unknown section 'Scince' (did you mean 'Science'?)" in r.stderr
    r = cli("issue", "add", "2026-11-28", "nothere")
    assert r.exit_code == 1 and r.stderr.startswith("Error: no article with id 'nothere'")
    r = cli("issue", "add", "2026-11-28", a.id)
    assert "already in the issue" in r.stderr
    r = cli("issue", "show", "28-11-2026")
    assert r.stderr.strip() == "Error: '28-11-2026' is not a date (use YYYY-MM-DD)"


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda t: t.replace('subject = "', 'subject = "unterminated', 1).replace('"\npreheader', '\npreheader', 1),
     ":6: not valid TOML"),
    (lambda t: t.replace("title = ", "titel = ", 1), ":15: section 'World', item 1: unknown key 'titel' "
                                                     "(did you mean 'title'?)"),
    (lambda t: t.replace('id = "', 'idx = "', 1), "unknown key 'idx' (did you mean 'id'?)"),
    (lambda t: t.replace("date = 2026-11-28", "date = 2026-11-27"), ":5: 'date' is 2026-11-27 but the file is "
                                                                     "named for 2026-11-28"),
    (lambda t: t.replace("lead = true", 'lead = "yes"'), "'lead' must be true or false"),
])
@pytest.mark.sqlite_only  # the database is incidental here
def test_broken_files_name_file_and_line(ws, cli, mutate, message):
    conn = ws.connect()
    add(conn, "Alpha story about rivers", 1, image="https://img.example.com/a.jpg")
    add(conn, "Beta story about mountains", 2)
    cli("issue", "new", "--date", "2026-11-28")
    path = compose.path_for(ws, DAY)
    good = path.read_text()
    path.write_text(mutate(good))
    result = cli("issue", "show", "2026-11-28")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}")
    assert message in result.stderr
    # An edit of a broken file changes nothing.
    cli("issue", "set", "2026-11-28", "--subject", "x")
    assert path.read_text() == mutate(good)


def test_check_finds_duplicates_and_unknown_sections(ws, cli):
    conn = ws.connect()
    a = add(conn, "Alpha story about rivers", 1)
    add(conn, "Beta story about mountains", 2)
    add(conn, "Gamma story about markets", 3)
    cli("issue", "new", "--date", "2026-11-28")
    path = compose.path_for(ws, DAY)
    text = path.read_text() + f'\n[[sections]]\nname = "Sprots"\n\n[[sections.items]]\nid = "{a.id}"\ntitle = "x"\n'
    path.write_text(text)
    result = cli("issue", "check")
    assert result.exit_code == 1
    lines = text.splitlines()
    sprots = lines.index('name = "Sprots"') + 1
    dup = len(lines) - 2
    assert f"Error: issues/2026-11-28.toml:{sprots}: unknown section 'Sprots' (did you mean 'Sports'?)" not in \
        result.stderr  # Sports is not configured; the suggestion comes from the configured sections
    assert f"issues/2026-11-28.toml:{sprots}: unknown section 'Sprots'" in result.stderr
    assert f"issues/2026-11-28.toml:{dup}: item '{a.id}' appears twice" in result.stderr


def test_issue_list_status(ws, cli):
    conn = ws.connect()
    add(conn, "Alpha story", 1)
    cli("issue", "new", "--date", "2026-11-28")
    cli("issue", "new", "--date", "2026-11-27")
    rows = json.loads(cli("issue", "list", "--json").stdout)
    assert [(r["date"], r["status"]) for r in rows] == [("2026-11-28", "draft"), ("2026-11-27", "draft")]
    assert rows[0]["items"] == 1 and rows[1]["items"] == 0


@pytest.mark.sqlite_only  # the database is incidental here
def test_replacing_an_issue_keeps_a_backup(ws, cli):
    conn = ws.connect()
    add(conn, "The only story", 1)
    cli("issue", "new", "--date", "2026-11-28")
    path = compose.path_for(ws, DAY)
    path.write_text(path.read_text().replace('intro = ""', 'intro = "My hand-written intro"'))
    before = path.read_text()
    result = cli("issue", "new", "--date", "2026-11-28", "--force")
    assert result.exit_code == 0
    [kept] = list(ws.issues_dir.glob("2026-11-28.toml.*.bak"))
    assert kept.read_text() == before and f"the previous file is kept as {kept.name}" in result.stderr
    assert "My hand-written intro" not in path.read_text()
    assert [d.isoformat() for d in ws.issue_dates()] == ["2026-11-28"]  # a backup is no issue


@pytest.mark.sqlite_only  # the database is incidental here
def test_replacing_an_issue_keeps_the_editors_blocks_that_still_have_a_place(ws, cli):
    """A sponsor or a note is the editor's, not the selection's: a new selection keeps them where their section
    is still there, and names the ones it cannot place (the backup holds them)."""
    conn = ws.connect()
    world = add(conn, "A world story", 1)
    add(conn, "A science story", 2, section="Science")
    cli("issue", "new", "--date", "2026-11-28")
    for args in (("note", "--after", "intro", "--text", "We move to 7am."),
                 ("sponsor", "--after", "World", "--title", "Try it", "--text", "Hosting.", "--url",
                  "https://sponsor.example.com"),
                 ("quote", "--after", "Science", "--text", "Rarer errors.", "--by", "Dana Kim")):
        assert cli("issue", "block", "add", "2026-11-28", *args).exit_code == 0
    pool.remove(conn, world.id)
    result = cli("issue", "new", "--date", "2026-11-28", "--force")
    assert result.exit_code == 0, result.output
    blocks = issuefile.load(compose.path_for(ws, DAY)).blocks
    assert [(b.kind, b.after) for b in blocks] == [("note", "intro"), ("quote", "Science")]
    assert "block 2 (sponsor after World) not kept: World has no items now; it is in the backup" in result.stderr


def test_a_sent_issue_is_read_only(ws, cli):
    from newsletter.deliver import ledger

    conn = ws.connect()
    a = add(conn, "Alpha story about rivers", 1)
    b = add(conn, "Beta story about mountains", 2)
    cli("issue", "new", "--date", "2026-11-28")
    cli("issue", "remove", "2026-11-28", b.id)
    ledger.start(conn, DAY, "smtp", "Alpha")
    before = compose.path_for(ws, DAY).read_text()
    for args in (("issue", "new", "--date", "2026-11-28", "--force"), ("issue", "add", "2026-11-28", b.id),
                 ("issue", "remove", "2026-11-28", a.id), ("issue", "move", "2026-11-28", a.id, "--position", "1"),
                 ("issue", "set", "2026-11-28", "--subject", "Changed"),
                 ("issue", "block", "add", "2026-11-28", "quote", "--after", "World", "--text", "Hi", "--by", "Ann"),
                 ("issue", "block", "remove", "2026-11-28", "1")):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert "the issue of 2026-11-28 was sent via smtp (started 20" in result.stderr
        assert "a sent issue is never changed" in result.stderr
    assert compose.path_for(ws, DAY).read_text() == before


def test_two_edits_at_once_one_fails_clearly_and_nothing_is_lost(ws):
    from newsletter.errors import ComposeError

    conn = ws.connect()
    a = add(conn, "Alpha story about rivers", 1)
    b = add(conn, "Beta story about mountains", 2)
    c = add(conn, "Gamma story about markets", 3, section="Business")
    compose.new_issue(ws, conn, DAY)
    first, second = compose.Editor(ws, DAY), compose.Editor(ws, DAY)  # both read the same file
    first.remove(b.id)
    second.remove(c.id)
    first.save()
    with pytest.raises(ComposeError, match="changed by someone else while this edit ran; nothing was written"):
        second.save()
    assert ids(issuefile.load(compose.path_for(ws, DAY))) == [a.id, c.id]


@pytest.mark.sqlite_only  # the database is incidental here
def test_dates_outside_the_calendar_are_an_error(ws, cli):
    """The CLI takes issue dates from 1900 to 9998 (9999-12-31 has no next day: it wrote its file, then failed
    with an OverflowError); the library refuses a day whose window leaves the calendar."""
    from datetime import date

    from newsletter.compose import new_issue
    from newsletter.errors import ComposeError

    for day in ("0001-01-01", "9999-12-31"):
        result = cli("issue", "new", "--date", day)
        assert result.exit_code == 1
        assert result.stderr == f"Error: '{day}' is out of range for a date (1900-01-01 to 9998-12-31)\n"
    assert not list((ws.root / "issues").glob("*.toml"))
    with pytest.raises(ComposeError, match="0001-01-01: no issue can be made for this date"):
        new_issue(ws, ws.connect(), date(1, 1, 1))


def test_init_with_a_file_in_the_way(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from newsletter.cli import app, register
    from newsletter.errors import WorkspaceError
    from newsletter.workspace import init_workspace

    (tmp_path / "brief").write_text("not a folder")
    with pytest.raises(WorkspaceError, match="brief: a file is in the way"):
        init_workspace(tmp_path / "brief")
    (tmp_path / "x").write_text("")
    with pytest.raises(WorkspaceError, match="cannot create the workspace"):
        init_workspace(tmp_path / "x" / "brief")
    register()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["init", "brief"])
    assert result.exit_code == 2 and "'brief' is a file" in result.output  # click's usage error, one line
    assert (tmp_path / "brief").read_text() == "not a folder"
