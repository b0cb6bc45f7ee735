"""Subscribers from the CLI: validation, CSV import with bad rows by line, suppressions, export."""

from __future__ import annotations

import csv
import io
import json


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
    missing = cli("subscribers", "remove", "nobody@example.com")
    assert missing.exit_code == 1 and "no subscriber 'nobody@example.com'" in missing.stderr


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


def test_export_round_trips(cli, tmp_path):
    cli("subscribers", "add", "a@example.com", "--name", "Ann, \"the\" reader")
    cli("subscribers", "add", "b@example.com")
    out = tmp_path / "out.csv"
    assert cli("subscribers", "export", out).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [(r["email"], r["name"], r["status"]) for r in rows] == [("a@example.com", 'Ann, "the" reader', "active"),
                                                                      ("b@example.com", "", "active")]
    assert cli("subscribers", "export").stdout == out.read_text()
