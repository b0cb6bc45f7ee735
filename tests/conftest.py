"""Shared fixtures: a fresh workspace per test, the CLI runner, paths.

The storage, send and web tests run on SQLite and on PostgreSQL: a module marked `pytest.mark.databases` runs
each test that uses `ws` or `sample` twice, `[sqlite]` and `[postgresql]`. The PostgreSQL copy gets a schema of
its own on the server named by NEWSLETTER_TEST_DATABASE_URL (dropped afterwards), reached through
NEWSLETTER_DATABASE_URL like a user's; without that variable the copies are skipped (a failure in CI).
"""

from __future__ import annotations

import functools
import gc
import os
import secrets
import shutil
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import typer.main
import typer.testing
from typer.testing import CliRunner

# Bytecode is cached during the tests whatever PYTHONDONTWRITEBYTECODE says (some images set it): without the cache
# every xdist worker rewrites and compiles every test module again, and every CLI subprocess compiles the package
# (about 1.2 s of CPU per worker, several seconds a run). Set here, before collection and before the workers start;
# the __pycache__ folders are gitignored.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def _cached_command(app):
    """typer builds the whole click command tree (every command's parameters, from its type hints) on each
    CliRunner.invoke: ~80 ms of CPU a call, hundreds of calls. Build it once per app and command count."""
    key = (id(app), len(app.registered_commands), len(app.registered_groups))
    if key not in _COMMANDS:
        _COMMANDS[key] = (app, typer.main.get_command(app))  # the app is kept so its id is never reused
    return _COMMANDS[key][1]


_COMMANDS: dict = {}
typer.testing._get_command = _cached_command

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seeds" / "000_ca9cef448d309662.txt"  # a copy of shared/seeds, so the test never skips


def set_config(workspace, dotted: str | dict, value=None) -> None:
    """Set one key of a workspace's newsletter.toml, or several ({"a.b": v, …}), and reload its config. The file is
    read with tomllib and written with tomli_w (its comments go): tomlkit, which keeps them, took about 20 ms a call
    on the commented file, a few hundred calls a run."""
    import tomllib

    import tomli_w

    doc = tomllib.loads(workspace.config_path.read_text(encoding="utf-8"))
    for name, setting in (dotted if isinstance(dotted, dict) else {dotted: value}).items():
        *tables, key = name.split(".")
        table = doc
        for part in tables:
            table = table.setdefault(part, {})
        table[key] = setting
    workspace.config_path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    workspace.reload()


def import_people(workspace, people: list[tuple[str, str]]) -> None:
    """Add subscribers (email, name) through the CSV import, the bulk path a real list arrives by: one upsert per
    person cost three round trips each, seconds of a run for the thousands the send tests use on PostgreSQL."""
    import csv

    from newsletter.deliver.subscriber_csv import import_csv

    path = workspace.root / "people.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([("email", "name"), *people])
    conn = workspace.connect()
    try:
        report = import_csv(conn, path)
    finally:
        conn.close()
    path.unlink()
    assert report.added == len(people) and not report.errors, report


def damage_table(db_path: Path, table: str) -> None:
    """Overwrite the root page of one table of a SQLite file: that table unreadable, the rest sound."""
    import sqlite3

    with sqlite3.connect(db_path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        size = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    data = bytearray(db_path.read_bytes())
    data[(page - 1) * size:page * size] = b"\xff" * size
    db_path.write_bytes(bytes(data))


@contextmanager
def table_locked(ws, table: str) -> Iterator[None]:
    """`table` locked by another connection as a migration would (PostgreSQL: ACCESS EXCLUSIVE; SQLite: the whole
    file, in exclusive locking mode), for at most 20 s: a glance that waits for it fails the test, not hangs it."""
    url = os.environ.get("NEWSLETTER_DATABASE_URL")
    if url:
        import psycopg

        holder = psycopg.connect(url)
        holder.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
    else:
        import sqlite3

        holder = sqlite3.connect(ws.db_path, isolation_level=None, check_same_thread=False)
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute(f"DELETE FROM {table}")
    release = threading.Timer(20, holder.close)  # (closing ends the transaction and its locks)
    release.start()
    try:
        yield
    finally:
        release.cancel()
        holder.close()


TEST_DATABASE_VARIABLE = "NEWSLETTER_TEST_DATABASE_URL"


def pytest_xdist_auto_num_workers(config) -> int:
    """`-n auto`: two workers per core. A third of the suite's time is waiting (servers, timeouts, subprocesses,
    Chromium, PostgreSQL), and a second worker per core fills it: on 2 cores 4 workers take ~25% less time than 2."""
    return 2 * (os.cpu_count() or 1)


def pytest_configure(config) -> None:
    """In a fresh clone every xdist worker would compile the package and assertion-rewrite every test module at the
    same moment (~1.8 s of CPU each, four at once on two cores). The controller does it once before they start, into
    the same caches they read (pytest's rewritten pycs beside the modules); where pytest's rewriting internals
    differ, each worker just does it itself as before."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # (a suite started as a background job, `python -m pytest &`, ignores SIGINT, and so would every process the
        # tests start: the tests of Ctrl-C would wait in vain for it)
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if hasattr(config, "workerinput") or config.getoption("dist", "no") == "no":
        return
    import compileall

    compileall.compile_dir(REPO / "newsletter", quiet=1)
    try:
        from _pytest.assertion import rewrite

        state = config.stash[rewrite.assertstate_key]
        for module in sorted(Path(__file__).parent.glob("*.py")):
            pyc = rewrite.get_cache_dir(module) / (module.name[:-3] + rewrite.PYC_TAIL)
            if rewrite.try_makedirs(pyc.parent) and rewrite._read_pyc(module, pyc) is None:
                source_stat, code = rewrite._rewrite_test(module, config)
                rewrite._write_pyc(state, code, source_stat, pyc)
    except (AttributeError, ImportError, KeyError):
        pass


def pytest_collection_modifyitems(items) -> None:
    """The Chromium tests first: xdist's worksteal hands each worker a contiguous run of the collection and steals
    from its end, so they all run on the first worker, which launches the one browser (a launch is ~1.4 s of CPU,
    once per worker that needs it). Every worker sorts its collection the same way, as xdist requires."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is None)


# A collection of the youngest objects after this many allocations, not Python's 700: the reader's memos (a worker
# keeps ~400,000 objects in them) made 16-19 full collections a worker at ~0.15 s each; at 20,000, four (with the
# frozen end below, the collector's time in the suite fell from ~12 s of CPU to ~6).
GC_YOUNG_THRESHOLD = 20_000


def pytest_collection_finish(session) -> None:
    """What import and collection made (the modules, the reader's ~700 compiled patterns, the test items) lives to
    the end: frozen out of the collector's reach, each full collection walks only what the tests made since."""
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session) -> None:
    """pytest ends with five full collections (to catch every object whose finalizer raises), each walking the
    reader's memos again: ~1 s a worker after its last test. Collected here until nothing more is found (the same
    fixpoint, with pytest's hook for those errors still in place), then frozen, its five walk what is left: little."""
    for _ in range(5):
        if not gc.collect():
            break
    gc.freeze()


def pytest_generate_tests(metafunc):
    """Both engines for the tests of a `databases` module, except where the database is incidental to what the
    test checks (`sqlite_only`: TLS, provider errors, a page's headers; `browser`: what Chromium shows)."""
    marked = metafunc.definition.get_closest_marker
    if "database" in metafunc.fixturenames and marked("databases") and not (marked("sqlite_only") or
                                                                             marked("browser")):
        metafunc.parametrize("database", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def postgres_server():
    """(URL, an open connection) of the test server: a database the tests may create schemas in."""
    url = os.environ.get(TEST_DATABASE_VARIABLE, "")
    if not url:
        pytest.skip(f"set {TEST_DATABASE_VARIABLE}=postgresql://user:password@host/db to run the PostgreSQL copies")
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e '.[test]')")
    from newsletter.db_postgres import redact_url

    try:
        admin = psycopg.connect(url, connect_timeout=5, autocommit=True)
    except psycopg.Error as exc:
        pytest.skip(f"cannot reach the test database {redact_url(url)}: {str(exc).strip().splitlines()[0]}")
    with admin:
        yield url, admin


def with_search_path(url: str, schema: str) -> str:
    """The test server's URL with a schema of the test's own; its commits do not wait for the disk (a test's
    data need not survive a crash of the server, and each commit had waited a millisecond or more for its flush)."""
    return url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}%20-csynchronous_commit%3Doff"


@pytest.fixture
def database(request, monkeypatch):
    """`sqlite` (the default) or `postgresql`: then NEWSLETTER_DATABASE_URL names a fresh schema."""
    engine = getattr(request, "param", "sqlite")
    if engine == "sqlite":
        yield engine
        return
    from newsletter import db_postgres

    server, admin = request.getfixturevalue("postgres_server")
    schema = f"test_{secrets.token_hex(6)}"
    admin.execute(f"CREATE SCHEMA {schema}")
    url = with_search_path(server, schema)
    monkeypatch.setenv("NEWSLETTER_DATABASE_URL", url)
    yield engine
    db_postgres.release(url)
    admin.execute("SET lock_timeout = '10s'")
    admin.execute(f"DROP SCHEMA {schema} CASCADE")


@functools.cache
def _test_config() -> str:
    """The config of a test workspace: the skeleton plus a postal address and a sender (tomlkit is slow enough
    on the commented skeleton that doing this once per process, not per test, saves tens of seconds)."""
    import tomlkit

    from newsletter.skeleton_config import config_text

    doc = tomlkit.parse(config_text("Test Daily"))
    doc["newsletter"]["postal_address"] = "1 Test Street, Testville"
    doc["newsletter"]["sender"] = "Test Daily <daily@example.com>"
    return tomlkit.dumps(doc)


@pytest.fixture
def ws(tmp_path: Path, database):
    from newsletter.workspace import init_workspace

    workspace = init_workspace(tmp_path / "ws", name="Test Daily")
    workspace.config_path.write_text(_test_config(), encoding="utf-8")
    workspace.reload()
    return workspace


@pytest.fixture
def sample(tmp_path, database):
    """A copy of the repository's sample workspace (config, issues, templates)."""
    root = tmp_path / "sample"
    root.mkdir()
    shutil.copy(REPO / "newsletter.toml", root)
    shutil.copytree(REPO / "issues", root / "issues")
    (root / "templates").mkdir()
    from newsletter.workspace import Workspace

    return Workspace(root)


@pytest.fixture
def cli(ws, monkeypatch):
    """Run the CLI in the test workspace: cli("ingest", "x.txt") -> Result (stdout and stderr apart)."""
    from newsletter.cli import app, register

    register()
    runner = CliRunner()
    monkeypatch.chdir(ws.root)
    monkeypatch.delenv("NEWSLETTER_WORKSPACE", raising=False)

    def run(*args: str, input: str | None = None):
        from newsletter.errors import NewsletterError

        try:
            return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)
        except NewsletterError as exc:  # what main() turns into `Error: …`
            from newsletter.cli import format_error

            return _Failed(format_error(exc) + "\n")

    return run


class _Failed:
    def __init__(self, stderr: str):
        self.exit_code = 1
        self.stdout = ""
        self.stderr = stderr
        self.output = stderr


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory):
    """Compiled templates and parsed CSS go to a cache folder of the test run's, not the user's ~/.cache; the xdist
    workers share it (their base folders sit side by side in the run's), so the theme's CSS is parsed once a run,
    not once a worker. Both caches write by rename, so workers never read half a file."""
    base = tmp_path_factory.getbasetemp()
    cache = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "cache"
    cache.mkdir(exist_ok=True)
    os.environ["XDG_CACHE_HOME"] = str(cache)


@pytest.fixture(autouse=True)
def _no_secrets(monkeypatch):
    monkeypatch.delenv("NEWSLETTER_DATABASE_URL", raising=False)  # SQLite unless a test asks for PostgreSQL
    for name in ("SENDGRID_API_KEY", "NEWSLETTER_SMTP_PASSWORD"):
        if not name.startswith("SENDGRID") or not os.environ.get("NEWSLETTER_LIVE_TEST_TO"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSLETTER_SECRET", "test-secret-key")


@pytest.fixture(autouse=True)
def _short_reconnect_pauses(request, monkeypatch):
    """SMTP pauses 0.5 s, then 1 s, between its connection attempts (a server restarting gets time to come back):
    each of the dozen tests of an unreachable or silent server would wait 1.5 s or more for them. They pause a
    twentieth of that; the schedule itself is tested with the real pauses (`real_pauses`)."""
    if "real_pauses" not in request.keywords:
        from newsletter.deliver.providers import smtp

        monkeypatch.setattr(smtp, "CONNECT_PAUSE", smtp.CONNECT_PAUSE / 20)


@pytest.fixture
def cli_in(monkeypatch):
    """Run the CLI in a given workspace: cli_in(ws, "send", "--yes")."""
    from newsletter.cli import app, register

    register()
    runner = CliRunner()

    def run(workspace, *args: str):
        from newsletter.errors import NewsletterError

        monkeypatch.chdir(workspace.root)
        try:
            return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        except NewsletterError as exc:
            from newsletter.cli import format_error

            return _Failed(format_error(exc) + "\n")

    return run


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI (CI=true) a skipped test is a failure, except the live-provider ones (they need credentials)."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") and "live" not in item.keywords:
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where every test must run: {reason}"
