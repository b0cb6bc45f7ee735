"""Subscribers from the CLI: validation, CSV import with bad rows by line, suppressions, export."""

from __future__ import annotations

import csv
import io
import json

import pytest

pytestmark = pytest.mark.databases  # each test on SQLite and on PostgreSQL


def test_add_list_remove_and_suppression(cli):
    assert cli("subscribers", "add", "Ann@Example.COM", "--name", "Ann Lee").stdout.strip() == "Added Ann@example.com"
    # One person whatever the letter case: the address stays as first typed.
    assert cli("subscribers", "add", "ann@example.com").stdout.strip() == "Unchanged Ann@example.com"
    bad = cli("subscribers", "add", "not-an-address")
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: 'not-an-address' is not a valid email address:")
    rows = json.loads(cli("subscribers", "list", "--json").stdout)
    assert [(r["email"], r["name"], r["status"]) for r in rows] == [("Ann@example.com", "Ann Lee", "active")]
    assert {"email", "name", "status", "created"} <= set(rows[0])
    assert cli("subscribers", "remove", "ann@example.com").exit_code == 0
    again = cli("subscribers", "add", "ann@example.com")
    assert again.exit_code == 1 and "is unsubscribed: not re-subscribed" in again.stdout
    only = json.loads(cli("subscribers", "list", "--status", "unsubscribed", "--json").stdout)
    assert [r["email"] for r in only] == ["Ann@example.com"]
    typo = cli("subscribers", "list", "--status", "activ")
    assert "unknown status 'activ' (did you mean 'active'?)" in typo.stderr
    # Someone not on the list who asks never to be mailed is recorded as a suppression: a later import keeps them out.
    missing = cli("subscribers", "remove", "Nobody@Example.com")
    assert missing.exit_code == 0
    assert "Nobody@example.com is not on the list: recorded as unsubscribed" in missing.stdout
    assert cli("subscribers", "add", "nobody@example.com").exit_code == 1
    only = json.loads(cli("subscribers", "list", "--status", "unsubscribed", "--json").stdout)
    assert [r["email"] for r in only] == ["Ann@example.com", "Nobody@example.com"]
    assert cli("subscribers", "remove", "not-an-address").exit_code == 1


def test_import_reports_bad_rows_by_line_and_keeps_the_good(cli, tmp_path):
    cli("subscribers", "add", "gone@example.com")
    cli("subscribers", "remove", "gone@example.com")
    path = tmp_path / "list.csv"
    path.write_text("EMAIL,Name,Status,Created\n"
                    "a@example.com,Ann,,2026-01-02T03:04:05Z\n"
                    "broken-address,Bob,,\n"
                    "b@example.com,Bea,bounced,\n"
                    "c@example.com,Cy,sleeping,\n"
                    "A@example.com,Ann Again,,\n"
                    "gone@example.com,Back Again,active,\n"
                    "d@example.com,Di,,yesterday\n")
    result = cli("subscribers", "import", path)
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors[0].startswith(f"Error: {path}:3: 'broken-address' is not a valid email address")
    assert errors[1] == f"Error: {path}:5: unknown status 'sleeping'"
    assert errors[2] == f"Error: {path}:8: 'created' is not an ISO date: 'yesterday'"
    assert "Imported: 2 added, 1 updated, 0 unchanged, 1 suppressed, 3 bad rows." in result.stdout
    rows = {r["email"]: r for r in json.loads(cli("subscribers", "list", "--json").stdout)}
    assert set(rows) == {"a@example.com", "b@example.com", "gone@example.com"}
    assert rows["a@example.com"]["name"] == "Ann Again"  # A@example.com is the same person
    assert rows["a@example.com"]["created"] == "2026-01-02T03:04:05+00:00"
    assert rows["b@example.com"]["status"] == "bounced"
    assert rows["gone@example.com"]["status"] == "unsubscribed"  # a suppression survives an import
    # Importing the same file again merges instead of duplicating.
    again = cli("subscribers", "import", path)
    assert "0 added" in again.stdout and len(json.loads(cli("subscribers", "list", "--json").stdout)) == 3


def test_import_without_email_column(cli, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("mail,name\na@example.com,A\n")
    result = cli("subscribers", "import", path)
    assert result.exit_code == 1 and result.stderr.strip() == f"Error: {path}:1: no 'email' column (found: mail, name)"


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_import_of_a_file_that_is_not_utf8_says_so_on_its_first_line(cli, tmp_path, encoding):
    """(the header's own decoding error, not 'no email column' with line 2's bytes as its cells)"""
    path = tmp_path / "x.csv"
    path.write_text("email,nåme\ntim@example.org,Tim\n", encoding=encoding)
    result = cli("subscribers", "import", path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}:1: not UTF-8 text (")
    assert "save the file as UTF-8 CSV" in result.stderr


@pytest.mark.sqlite_only  # (the file's line ends, not the database)
def test_a_file_with_old_mac_line_ends_imports_row_by_row(cli, tmp_path):
    """Lines ended by CR alone (old Mac spreadsheets): every row imports, bad ones by their own line number."""
    path = tmp_path / "mac.csv"
    path.write_bytes(b"email,name\rann@example.com,Ann\rnot-an-address,X\rbob@example.com,\"Bob \"\"B\"\"\"\r")
    result = cli("subscribers", "import", path)
    assert result.exit_code == 1
    assert result.stdout.startswith("Imported: 2 added,") and result.stderr.startswith(f"Error: {path}:3: ")
    listed = json.loads(cli("subscribers", "list", "--json").stdout)
    assert sorted((p["email"], p["name"]) for p in listed) == [("ann@example.com", "Ann"),
                                                                ("bob@example.com", 'Bob "B"')]


@pytest.mark.sqlite_only
def test_a_bad_byte_in_a_file_with_old_mac_line_ends_costs_only_its_row(cli, tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(b"email,name\rann@example.com,Ann\rbob@example.com,B\xffob\rcid@example.com,Cid\r")
    result = cli("subscribers", "import", path)
    assert result.stdout.startswith("Imported: 2 added,")
    assert result.stderr.startswith(f"Error: {path}:3: not UTF-8 text")


@pytest.mark.parametrize("end", [b"\r", b"\n", b"\r\n"])
def test_the_import_reads_any_line_ends_block_by_block(end):
    """A million-row file is never held whole, whatever its line ends: the first row comes after one block."""
    from newsletter.deliver import subscriber_csv

    class Counted(io.BytesIO):
        taken = 0

        def read(self, size=-1):
            data = super().read(size)
            self.taken += len(data)
            return data

    rows = [b"email,name", *(b"reader%06d@example.com,Reader %d" % (n, n) for n in range(20_000))]
    fh = Counted(end.join(rows) + end)
    lines = subscriber_csv._raw_lines(fh)
    assert next(lines) == b"email,name" + end
    assert fh.taken <= subscriber_csv.READ_BYTES + 1 < len(fh.getvalue()) / 2
    assert sum(1 for _ in lines) == 20_000
    long = b"x@example.com," + b"n" * (3 * subscriber_csv.READ_BYTES)  # a line longer than a block comes out whole
    assert list(subscriber_csv._raw_lines(io.BytesIO(end.join([b"email,name", long, b"y@example.com,Y"])))) == [
        b"email,name" + end, long + end, b"y@example.com,Y"]


@pytest.mark.sqlite_only
def test_names_and_addresses_from_outside_reach_the_terminal_as_plain_text(cli, tmp_path):
    """A name from the sign-up form is shown as written: rich markup is not read (`[/bold]` made the listing fail)
    and no control character reaches the terminal (`ESC ] 0 ;` sets its title)."""
    cli("subscribers", "add", "mark@example.com", "--name", "[/bold] Mark [red]Up")
    cli("subscribers", "add", "esc@example.com", "--name", "Eve\x1b]0;pwned\x07\x1b[31mRed")
    listed = cli("subscribers", "list")
    assert listed.exit_code == 0, listed.output
    assert "[/bold] Mark [red]Up" in listed.stdout and "Eve]0;pwned[31mRed" in listed.stdout
    assert "\x1b" not in listed.stdout and "\x07" not in listed.stdout
    path = tmp_path / "x.csv"
    path.write_text("email,name\n\x1b]0;x\x07bad,B\n", encoding="utf-8")
    result = cli("subscribers", "import", path)
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {path}:2: ']0;xbad' is not a valid email")
    assert "\x1b" not in result.stderr


def test_export_round_trips(cli, tmp_path):
    cli("subscribers", "add", "a@example.com", "--name", "Ann, \"the\" reader")
    cli("subscribers", "add", "b@example.com")
    out = tmp_path / "out.csv"
    assert cli("subscribers", "export", out).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [(r["email"], r["name"], r["status"]) for r in rows] == [("a@example.com", 'Ann, "the" reader', "active"),
                                                                      ("b@example.com", "", "active")]
    assert cli("subscribers", "export").stdout == out.read_text()


def test_one_person_whatever_the_letter_case(cli, tmp_path):
    """#11 §1: a suppression holds for every spelling; lookups find any spelling."""
    cli("subscribers", "add", "erin@example.com")
    assert cli("subscribers", "remove", "erin@example.com").exit_code == 0
    cli("subscribers", "add", "dave@example.com")
    cli("subscribers", "remove", "dave@example.com")
    cli("subscribers", "add", "carol@example.net", "--name", "Carol")
    path = tmp_path / "list.csv"
    path.write_text("email,name\nErin@Example.com,Erin\nDAVE@example.com,Dave\n")
    result = cli("subscribers", "import", path)
    assert "0 added, 0 updated, 0 unchanged, 2 suppressed" in result.stdout
    assert cli("subscribers", "add", "DAVE@EXAMPLE.COM").exit_code == 1
    assert cli("subscribers", "remove", "Carol@Example.NET").stdout.strip() == "Unsubscribed carol@example.net"
    rows = json.loads(cli("subscribers", "list", "--json").stdout)
    assert sorted((r["email"], r["status"]) for r in rows) == [
        ("carol@example.net", "unsubscribed"), ("dave@example.com", "unsubscribed"),
        ("erin@example.com", "unsubscribed")]


def test_migration_merges_case_duplicates(tmp_path):
    """A database from before identity keys: duplicates become one row, the most restrictive status, the earliest
    `created` and its spelling."""
    import sqlite3

    from newsletter import db
    from newsletter.deliver import subscribers

    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.executescript(db.MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    rows = [("Bob@example.com", "", "active", "2026-01-03"), ("bob@example.com", "Bob", "unsubscribed", "2026-01-02"),
            ("BOB@example.com", "", "pending", "2026-01-05"), ("ann@example.com", "Ann", "complained", "2026-01-01"),
            ("Ann@example.com", "", "bounced", "2026-01-04"), ("cy@example.com", "Cy", "active", "2026-01-06")]
    old.executemany("INSERT INTO subscribers (email, name, status, created, updated_at) VALUES (?, ?, ?, ?, 'x')", rows)
    old.commit()
    old.close()
    conn = db.connect(path)
    found = [(s.email, s.name, s.status, s.created) for s in subscribers.list_subscribers(conn)]
    assert found == [("ann@example.com", "Ann", "complained", "2026-01-01"),
                     ("bob@example.com", "Bob", "unsubscribed", "2026-01-02"),
                     ("cy@example.com", "Cy", "active", "2026-01-06")]
    ids = [s.id for s in subscribers.list_subscribers(conn)]
    assert len(set(ids)) == 3 and all(len(i) == 24 for i in ids)
    # One row per person in what the send reads.
    assert [[s.email for s in page] for page in subscribers.active_pages(conn, page_size=1)] == [["cy@example.com"]]
    assert subscribers.still_active(conn, ["CY@example.com", "bob@example.com"]) == {"cy@example.com"}


def test_export_neutralises_formulas_and_round_trips(cli, tmp_path):
    """#11 §4: OWASP CSV injection; an export re-imports unchanged."""
    names = ["=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "Plain"]
    for n, name in enumerate(names):
        cli("subscribers", "add", f"r{n}@example.com", "--name", name)
    cli("subscribers", "add", "--", "-dash@example.com")  # a valid address that starts with a trigger
    out = tmp_path / "out.csv"
    cli("subscribers", "export", out)
    cells = [cell for row in csv.reader(io.StringIO(out.read_text())) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://evil\",\"x\")" in cells and "'-dash@example.com" in cells and "Plain" in cells
    before = json.loads(cli("subscribers", "list", "--json").stdout)
    result = cli("subscribers", "import", out)
    assert "0 added, 0 updated, 8 unchanged" in result.stdout
    assert json.loads(cli("subscribers", "list", "--json").stdout) == before


def test_unterminated_quote_and_oversized_field_are_reported_by_line(cli, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text('email,name\na@example.com,"Ann\nb@example.com,Bea\nc@example.com,"x' + "y" * 200_000 + '"\n'
                    "\nd@example.com,Di\n\n")
    result = cli("subscribers", "import", path)
    errors = result.stderr.strip().splitlines()
    assert errors[0].startswith(f"Error: {path}:2: a quote is not closed on this line")
    assert f"Error: {path}:4: a field is longer than 131,072 characters" in errors
    assert "2 added" in result.stdout and result.exit_code == 1
    rows = {r["email"]: r["name"] for r in json.loads(cli("subscribers", "list", "--json").stdout)}
    assert rows == {"b@example.com": "Bea", "d@example.com": "Di"}  # the next row was not swallowed into a name


def test_export_into_a_missing_folder_is_one_line(cli, tmp_path):
    result = cli("subscribers", "export", tmp_path / "nope" / "out.csv")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {tmp_path / 'nope' / 'out.csv'}: cannot write the export: the folder "
                             f"{tmp_path / 'nope'} does not exist\n")


def test_the_fast_address_check_agrees_with_email_validator():
    """Whatever the fast path accepts, email-validator accepts and normalises the same way."""
    import random

    import email_validator

    from newsletter.deliver import addresses

    assert set(addresses._SPECIAL_USE) == set(email_validator.SPECIAL_USE_DOMAIN_NAMES)
    rng = random.Random(7)
    alphabet = "aZ09._+-@@..-xn"
    samples = ["".join(rng.choice(alphabet) for _ in range(rng.randint(3, 20))) + rng.choice([".com", ".c", ".test",
               ".co.uk", "", ".x1"]) for _ in range(20_000)]
    samples += ["a" * 64 + "@example.com", "a" * 65 + "@example.com", "a@" + "b" * 63 + ".com",
                "a@" + "b" * 64 + ".com",
                "a@xn--bcher-kva.example", "a@ab--cd.com", "a@-x.com", "a@x-.com", "A.B@EXAMPLE.ORG", "a@localhost",
                "a@x.local", "x@" + ("a" * 60 + ".") * 4 + "com"]
    fast_hits = 0
    for address in samples:
        fast = addresses._fast(address)
        try:
            slow = addresses.normalise_slow(address)
        except Exception:
            slow = None
        if fast is not None:
            fast_hits += 1
            assert fast == slow, address
    assert fast_hits > 100


def test_import_merges_one_person_across_batches(ws, tmp_path, monkeypatch):
    from newsletter.deliver import subscriber_csv, subscribers

    monkeypatch.setattr(subscriber_csv, "BATCH", 2)
    path = tmp_path / "list.csv"
    path.write_text("email,name,status\nx@example.com,,\nq@example.com,Q,\nX@example.com,Xavier,\n"
                    "Q@EXAMPLE.COM,,unsubscribed\nq@example.com,,active\n")
    conn = ws.connect()
    report = subscriber_csv.import_csv(conn, path)
    assert (report.added, report.updated, report.unchanged, report.suppressed) == (2, 2, 0, 1)
    got = {s.email: (s.name, s.status) for s in subscribers.list_subscribers(conn)}
    assert got == {"x@example.com": ("Xavier", "active"), "q@example.com": ("Q", "unsubscribed")}


def test_a_decision_on_a_stale_read_never_undoes_a_suppression_that_landed_meanwhile(ws, monkeypatch):
    """A command reads a subscriber, the web app or a webhook writes, then the command writes what it decided:
    an unsubscribe that landed meanwhile is not re-activated, and a complaint is not softened to an unsubscribe."""
    from newsletter.deliver import subscribers

    conn = ws.connect()
    subscribers.upsert(conn, "ann@example.com", "Ann")
    subscribers.upsert(conn, "bob@example.com", "Bob")
    real_get = subscribers.get
    landed = {"ann@example.com": "unsubscribed", "bob@example.com": "complained"}

    def read_then_someone_else_writes(c, address):
        row = real_get(c, address)
        if row is not None and address in landed:  # the other writer, between this read and the caller's write
            c.execute("UPDATE subscribers SET status = ? WHERE email_key = ?", (landed.pop(address), address))
        return row

    monkeypatch.setattr(subscribers, "get", read_then_someone_else_writes)
    outcome, _ = subscribers.upsert(conn, "ann@example.com", "Ann Lee")  # decided on "active", found suppressed
    assert outcome == "suppressed"
    subscribers.set_status(conn, "bob@example.com", "unsubscribed")  # the web app saw "active"
    monkeypatch.setattr(subscribers, "get", real_get)
    assert (subscribers.get(conn, "ann@example.com").status, subscribers.get(conn, "bob@example.com").status) == (
        "unsubscribed", "complained")
    # Without a race the same calls still do their work.
    subscribers.upsert(conn, "cy@example.com", "Cy")
    subscribers.set_status(conn, "cy@example.com", "bounced")
    subscribers.set_status(conn, "cy@example.com", "complained")
    assert subscribers.get(conn, "cy@example.com").status == "complained"


@pytest.mark.sqlite_only  # SQLite has one writer: the case where a long import could hold everyone else up
def test_an_unsubscribe_during_a_long_import_waits_for_one_chunk_not_the_file(ws, tmp_path, monkeypatch):
    import sqlite3
    from contextlib import contextmanager

    from newsletter.deliver import subscriber_csv, subscribers

    conn = ws.connect()
    subscribers.upsert(conn, "leaving@example.com", "Lea")
    monkeypatch.setattr(subscriber_csv, "BATCH", 50)
    monkeypatch.setattr(subscriber_csv, "COMMIT_ROWS", 100)
    path = tmp_path / "list.csv"
    path.write_text("email\n" + "".join(f"p{n}@example.com\n" for n in range(300)))
    real_transaction = subscriber_csv.transaction
    commits = []

    @contextmanager
    def transaction_then_someone_else_writes(c, lock=None):
        with real_transaction(c, lock) as inside:
            yield inside
        commits.append(len(commits))
        if len(commits) == 1:  # between two chunks the web app (0.3 s patience) unsubscribes someone
            other = sqlite3.connect(ws.db_path, timeout=0.3)
            with other:
                other.execute("UPDATE subscribers SET status = 'unsubscribed' WHERE email_key = ?",
                              ("leaving@example.com",))
            other.close()

    monkeypatch.setattr(subscriber_csv, "transaction", transaction_then_someone_else_writes)
    report = subscriber_csv.import_csv(conn, path)
    assert report.added == 300 and len(commits) == 4  # 100 rows a transaction, and the last (empty) one
    assert subscribers.get(conn, "leaving@example.com").status == "unsubscribed"


def _folder(path):
    return sorted(p.name for p in path.iterdir())


def test_export_over_an_existing_file_is_refused_and_leaves_it(cli, ws):
    """The reviewer's case: `subscribers export newsletter.toml` replaced the workspace config with CSV."""
    cli("subscribers", "add", "a@example.com")
    before, names = ws.config_path.read_bytes(), _folder(ws.root)
    result = cli("subscribers", "export", "newsletter.toml")
    assert result.exit_code == 1
    assert result.stderr == "Error: newsletter.toml: already exists (use --force to replace it)\n"
    assert ws.config_path.read_bytes() == before and _folder(ws.root) == names


def test_export_force_replaces_the_file_whole(cli, tmp_path):
    cli("subscribers", "add", "a@example.com")
    out = tmp_path / "out.csv"
    out.write_text("an older export, longer than the new one\n" * 50)
    out.chmod(0o600)  # a private file stays private when replaced
    result = cli("subscribers", "export", out, "--force")
    assert result.exit_code == 0 and result.stdout == f"Wrote {out}\n"
    assert out.read_text().splitlines()[1].startswith("a@example.com,,active,")
    assert len(out.read_text().splitlines()) == 2
    assert out.stat().st_mode & 0o777 == 0o600
    assert _folder(tmp_path) == ["out.csv", "ws"]  # no temporary file left beside it


def _export_with_a_file_size_limit(ws, *args: str, limit: int):
    """Run `newsletter subscribers export` in a child whose files cannot grow past `limit` bytes (RLIMIT_FSIZE): a
    real write failure midway (EFBIG), as a full disk gives."""
    import os
    import resource
    import subprocess
    import sys

    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    # (not measured by coverage when the suite is: its data file, written at exit, would hit the same limit)
    env = {k: v for k, v in os.environ.items() if k != "NEWSLETTER_WORKSPACE" and not k.startswith("COVERAGE_")}
    return subprocess.run([sys.executable, "-m", "newsletter", "subscribers", "export", *args], cwd=ws.root, env=env,
                          capture_output=True, text=True, preexec_fn=limited, timeout=60)


@pytest.mark.sqlite_only
def test_a_failed_export_leaves_no_partial_file(ws, tmp_path):
    from tests.conftest import import_people

    import_people(ws, [(f"reader{n}@example.com", f"Reader {n}") for n in range(3000)])  # ~120 KB of CSV
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    new = out_dir / "new.csv"
    result = _export_with_a_file_size_limit(ws, str(new), limit=64 * 1024)
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"Error: {new}: cannot write the export (File too large)\n"  # failed midway: EFBIG
    assert _folder(out_dir) == []  # no half file under the name, no temporary file beside it
    old = out_dir / "old.csv"
    old.write_text("email,name,status,created\nkeep@example.com,Keep,active,2026-01-01\n")
    result = _export_with_a_file_size_limit(ws, str(old), "--force", limit=64 * 1024)
    assert result.returncode == 1 and result.stderr == f"Error: {old}: cannot write the export (File too large)\n"
    assert old.read_text().endswith("keep@example.com,Keep,active,2026-01-01\n") and _folder(out_dir) == ["old.csv"]


def test_export_to_a_name_too_long_is_one_line(cli, ws):
    name = "x" * 300 + ".csv"
    result = cli("subscribers", "export", name)
    assert result.exit_code == 1 and result.stderr == f"Error: {name}: cannot write the export (File name too long)\n"
    assert result.stdout == ""
