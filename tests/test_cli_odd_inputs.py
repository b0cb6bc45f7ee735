"""Odd inputs a hunt for tracebacks and hangs found (each was an internal error, a hang or a silent misreading):
each is now one `Error:` line, a non-zero exit, and nothing written."""

from __future__ import annotations

import json
import os
import socket

import pytest


def test_an_empty_value_is_no_default(ws, cli):
    """`--date ''` had meant today, `--since ''` no filter, and `ingest ''` the current folder (dist/, templates/
    and all, read into the pool as articles)."""
    for args in (["issue", "new", "--date", ""], ["issue", "show", ""], ["articles", "list", "--since", ""]):
        result = cli(*args)
        assert result.exit_code == 1 and result.stderr == "Error: '' is not a date (use YYYY-MM-DD)\n", args
    result = cli("ingest", "")
    assert result.exit_code == 1
    assert result.stderr == "Error: an empty source: name a file, a folder or an http(s) URL\n"
    assert cli("articles", "list", "--json").stdout.strip() == "[]"


def test_a_file_where_the_issues_folder_goes_and_a_folder_where_an_issue_file_goes(ws, cli):
    issues = ws.root / "issues"
    for path in issues.iterdir():
        path.unlink()
    issues.rmdir()
    issues.write_text("not a folder")
    for args in (["issue", "new", "--date", "2026-11-28"], ["issue", "list"]):
        result = cli(*args)
        assert result.exit_code == 1
        assert result.stderr == f"Error: {issues}: is not a folder (the issue files go in it): move it away\n", args
    issues.unlink()
    (issues / "2026-11-28.toml").mkdir(parents=True)
    result = cli("issue", "new", "--date", "2026-11-28", "--force")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {issues / '2026-11-28.toml'}: is not a file (a folder?); move it out of the way " \
                            "first\n"
    assert (issues / "2026-11-28.toml").is_dir() and not list(issues.glob("*.bak"))


def test_a_fifo_without_a_writer_is_not_waited_on_and_a_pipe_is_read(ws, cli, tmp_path):
    """Opening a FIFO that nobody writes to blocked until someone did: the import and --intro-file waited for
    ever. It now reads as empty, and a pipe with a writer (`--intro-file /dev/stdin`, `ingest /dev/stdin`) reads
    as usual."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result = cli("subscribers", "import", fifo)
    assert result.exit_code == 1 and result.stderr == f"Error: {fifo}:1: no 'email' column (found: nothing)\n"
    day = "2026-11-28"
    cli("issue", "new", "--date", day, "--force")  # (an empty pool: an issue without items, a warning)
    read, write = os.pipe()
    os.write(write, b"Hello from a pipe")
    os.close(write)
    try:
        assert cli("issue", "set", day, "--intro-file", f"/dev/fd/{read}").exit_code == 0
    finally:
        os.close(read)
    assert 'intro = "Hello from a pipe"' in (ws.root / "issues" / f"{day}.toml").read_text()
    # `ingest` reads pipes the same way (it had refused them as "not a regular file")
    result = cli("ingest", fifo)
    assert result.exit_code == 1 and result.stderr == f"Error: {fifo}: no article found (read as text)\n"
    read, write = os.pipe()
    os.write(write, b"---\ntitle: Piped story\n---\n\nA story read from a pipe.\n")
    os.close(write)
    try:
        assert cli("ingest", "--format", "markdown", f"/dev/fd/{read}").exit_code == 0
    finally:
        os.close(read)
    assert [a["title"] for a in json.loads(cli("articles", "list", "--json").stdout)] == ["Piped story"]
    main, terminal = os.openpty()  # `ingest /dev/stdin` at a prompt would wait for a paste that never ends
    name = os.ttyname(terminal)
    try:
        result = cli("ingest", name)
    finally:
        os.close(main)
        os.close(terminal)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {name}: is a terminal: pipe the page in (`… | newsletter ingest /dev/stdin`)\n"


@pytest.mark.parametrize(("host", "taken", "message"), [
    ("", False, "--host is empty: name the interface (127.0.0.1 behind a reverse proxy)"),
    ("127.0.0.1", True, "cannot listen on 127.0.0.1:{port}: address already in use"),
])
def test_serve_that_cannot_listen_is_one_line(ws, cli, host, taken, message):
    """A port in use had ended in uvicorn's own log line and exit 3; an empty host listened on every interface."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1] if taken else 0
        result = cli("serve", "--host", host, "--port", port)
    assert result.exit_code == 1 and result.stderr == f"Error: {message.format(port=port)}\n"


def test_a_byte_order_mark_before_the_config_or_an_issue_file_is_no_error(ws, cli):
    """Notepad saves UTF-8 with a byte-order mark: tomllib had called line 1 an 'Invalid statement'."""
    ws.config_path.write_bytes(b"\xef\xbb\xbf" + ws.config_path.read_bytes())
    day = "2026-11-28"
    created = cli("issue", "new", "--date", day)  # (an empty pool: a warning about the minimum, but a file)
    assert "Invalid statement" not in created.output
    path = ws.root / "issues" / f"{day}.toml"
    assert path.is_file(), created.output
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    shown = cli("issue", "show", day, "--json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["date"] == day
