"""newsletter/cli/__init__.py: main()'s error handling — one `Error: …` line and an exit code, whatever goes wrong,
secrets redacted, and the traceback only when asked for (--debug or NEWSLETTER_DEBUG)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsletter import __version__
from newsletter.cli import main
from newsletter.errors import WorkspaceError


def run_main(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["newsletter", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    out, err = capsys.readouterr()
    return exited.value.code, out, err


@pytest.fixture
def failing_init(monkeypatch):
    """`newsletter init` whose library call fails as asked: failing_init(exc)."""
    import newsletter.workspace

    def arm(exc: BaseException) -> int:
        def init_workspace(*args, **kwargs):
            raise exc

        monkeypatch.setattr(newsletter.workspace, "init_workspace", init_workspace)
        return init_workspace.__code__.co_firstlineno + 1  # the line of the raise

    monkeypatch.delenv("NEWSLETTER_DEBUG", raising=False)
    return arm


def test_an_unexpected_exception_is_one_line_naming_where_and_exit_2(failing_init, monkeypatch, capsys, tmp_path):
    line = failing_init(ValueError("bad value\nsecond line"))
    code, out, err = run_main(monkeypatch, capsys, "init", str(tmp_path / "ws"))
    assert code == 2 and out == ""
    assert err == (f"Error: unexpected ValueError at test_cli.py:{line}: bad value second line (this is a bug: run "
                   f"again with --debug for the traceback, and report it)\n")
    assert not (tmp_path / "ws").exists()


def test_debug_flag_or_variable_lets_the_traceback_through(failing_init, monkeypatch, capsys, tmp_path):
    failing_init(ValueError("boom"))
    monkeypatch.setattr(sys, "argv", ["newsletter", "--debug", "init", str(tmp_path / "ws")])
    with pytest.raises(ValueError, match="boom"):
        main()
    assert "--debug" not in sys.argv  # removed before typer parses, wherever it was written
    monkeypatch.setenv("NEWSLETTER_DEBUG", "1")
    monkeypatch.setattr(sys, "argv", ["newsletter", "init", str(tmp_path / "ws")])
    with pytest.raises(ValueError, match="boom"):
        main()
    monkeypatch.setenv("NEWSLETTER_DEBUG", "0")  # 0 means off
    assert run_main(monkeypatch, capsys, "init", str(tmp_path / "ws"))[0] == 2


def test_a_library_error_is_exit_1_and_debug_shows_it_whole(failing_init, monkeypatch, capsys, tmp_path):
    failing_init(WorkspaceError("/srv/ws: cannot be created\n(read-only file system)"))
    code, out, err = run_main(monkeypatch, capsys, "init", str(tmp_path / "ws"))
    assert (code, out, err) == (1, "", "Error: /srv/ws: cannot be created (read-only file system)\n")
    monkeypatch.setattr(sys, "argv", ["newsletter", "init", str(tmp_path / "ws"), "--debug"])
    with pytest.raises(WorkspaceError):
        main()


def test_secrets_never_reach_the_error_line(failing_init, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.abcdefghijklmnop")
    monkeypatch.setenv("NEWSLETTER_SMTP_PASSWORD", "hunter2hunter2")
    failing_init(RuntimeError("login hunter2hunter2 refused with key SG.abcdefghijklmnop"))
    code, _, err = run_main(monkeypatch, capsys, "init", str(tmp_path / "ws"))
    assert code == 2 and "hunter2" not in err and "SG.abc" not in err
    assert ": login [redacted] refused with key [redacted] (this is a bug" in err
    failing_init(WorkspaceError("key SG.abcdefghijklmnop"))
    assert run_main(monkeypatch, capsys, "init", str(tmp_path / "ws"))[2] == "Error: key [redacted]\n"


def test_ctrl_c_is_exit_130_without_a_traceback(failing_init, monkeypatch, capsys, tmp_path):
    # Typer itself turns a Ctrl-C inside a command into exit 130 (main's own `Interrupted.` is for one outside).
    failing_init(KeyboardInterrupt())
    code, out, err = run_main(monkeypatch, capsys, "init", str(tmp_path / "ws"))
    assert code == 130 and "Traceback" not in out + err


def test_version(monkeypatch, capsys):
    assert run_main(monkeypatch, capsys, "--version") == (0, f"newsletter {__version__}\n", "")


def test_a_real_process_prints_the_traceback_only_with_debug(tmp_path):
    # The same fault as above in a child process, so the traceback is the one Python itself prints.
    code = ("import sys, newsletter.workspace as w\n"
            "def boom(*a, **k): raise LookupError('no such thing')\n"
            "w.init_workspace = boom\n"
            "from newsletter.cli import main\n"
            "sys.argv[0] = 'newsletter'\n"
            "main()\n")
    plain = subprocess.run([sys.executable, "-c", code, "init", str(tmp_path / "ws")], capture_output=True,
                           text=True, timeout=60)
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    assert plain.stderr.startswith("Error: unexpected LookupError at <string>:2: no such thing")
    debug = subprocess.run([sys.executable, "-c", code, "--debug", "init", str(tmp_path / "ws")],
                           capture_output=True, text=True, timeout=60)
    assert debug.returncode == 1 and debug.stderr.startswith("Traceback (most recent call last):")
    assert debug.stderr.rstrip().endswith("LookupError: no such thing")


def test_a_damaged_database_is_one_line_not_a_bug(monkeypatch, capsys, tmp_path):
    """A table's page unreadable under a query had said "unexpected DatabaseError … this is a bug"."""
    from newsletter.workspace import init_workspace
    from tests.conftest import damage_table, import_people

    ws = init_workspace(tmp_path / "ws", name="Test Daily")
    import_people(ws, [("a@example.com", "Ada")])
    damage_table(ws.db_path, "subscribers")
    monkeypatch.delenv("NEWSLETTER_DEBUG", raising=False)
    code, out, err = run_main(monkeypatch, capsys, "--workspace", str(ws.root), "subscribers", "list")
    assert code == 1 and out == ""
    assert err == ("Error: the database file is damaged (database disk image is malformed): restore newsletter.db "
                   "from a backup (`sqlite3 newsletter.db .recover` may save what is left)\n")
