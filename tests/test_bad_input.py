"""The bad-input corpus (tests/badinput/): every case through the CLI, in one parametrised test.

Each case must end as one-line `Error: …` messages naming the file or URL (plus the substrings its expectation
lists), a non-zero exit when it is bad, no traceback, no hang (under TIME_LIMIT seconds), and the good input
of the same call kept. See tests/badinput/README.md for how to add a case or a kind.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.badinput.generated import GENERATED
from tests.badinput.urls import cases as url_cases

BADINPUT = Path(__file__).parent / "badinput"
GOOD = BADINPUT / "good" / "good.md"
GOOD_TITLE = "Good companion lands whatever the bad input beside it"
TIME_LIMIT = 10.0


@dataclass
class Expect:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    kept: int | None = None

    @classmethod
    def parse(cls, text: str) -> Expect:
        """`.expect` lines: `error: S` (or a bare S), `warning: S`, `kept: N`; no error line: a good case."""
        expect = cls()
        for line in filter(None, (raw.strip() for raw in text.splitlines())):
            key, sep, value = line.partition(":")
            if sep and key in ("error", "warning", "kept"):
                value = value.strip()
                if key == "kept":
                    expect.kept = int(value)
                else:
                    (expect.errors if key == "error" else expect.warnings).append(value)
            else:
                expect.errors.append(line)
        return expect


@dataclass
class Outcome:
    """What a runner saw: the CLI result, what the errors must name, and how many of the case's own inputs
    landed (None: the kind has nothing to count)."""
    result: object
    named: str
    kept: int | None = None
    good_kept: bool = True


# A runner takes (the case's path or URL, the `cli` fixture, the workspace) and returns an Outcome.
Runner = Callable[[str, Callable, object], Outcome]


def run_ingest(target: str, cli: Callable, ws) -> Outcome:
    """Articles, feeds and URLs: ingested beside the good companion, which must land."""
    from newsletter import pool
    from newsletter.ingest.fetch import shown

    result = cli("ingest", target, str(GOOD))
    titles = [a.title for a in pool.list_articles(ws.connect())]
    return Outcome(result, shown(target), kept=len(titles) - (GOOD_TITLE in titles), good_kept=GOOD_TITLE in titles)


@dataclass
class Combined:
    """Several CLI calls of one case seen as one: every line they printed, the worst exit code."""
    results: list

    @property
    def stderr(self) -> str:
        return "".join(r.stderr for r in self.results)

    @property
    def output(self) -> str:
        return "".join(r.output for r in self.results)

    @property
    def exit_code(self) -> int:
        return min(r.exit_code for r in self.results)  # a bad input must fail every call


REPO = Path(__file__).resolve().parents[1]
DAY = "2026-11-28"


def _sample_workspace(ws) -> None:
    """The repository's sample config and, as the good companion, its issue on another day."""
    from tests.conftest import set_config

    shutil.copy(REPO / "newsletter.toml", ws.config_path)
    ws.reload()
    set_config(ws, "newsletter.postal_address", "1 Test Street, Testville")
    (ws.issues_dir / "2026-11-27.toml").write_text(GOOD_ISSUE)


# The good companion of every issue case: one story is enough to show that it still builds (a whole
# sample issue made each of those cases build ten stories again for nothing).
GOOD_ISSUE = """date = 2026-11-27
subject = "Tram line opens"
preheader = "The new tram line opened on Friday."

[[sections]]
name = "World"

[[sections.items]]
id = "goodone"
title = "Tram line opens"
url = "https://example.com/tram"
summary = "The new tram line opened on Friday."
"""


def run_issue(target: str, cli: Callable, ws) -> Outcome:
    """An issue file: `issue check` and `build` name its file and line; the good issue beside it still builds."""
    _sample_workspace(ws)
    shutil.copy(target, ws.issues_dir / f"{DAY}.toml")
    results = [cli("issue", "check", DAY), cli("build", DAY)]
    good = cli("build", "2026-11-27")
    return Outcome(Combined(results), f"{DAY}.toml", good_kept=good.exit_code == 0)


def run_config(target: str, cli: Callable, ws) -> Outcome:
    """newsletter.toml: every command names the key and its line; nothing else in the workspace is touched."""
    before = {p.name for p in ws.root.iterdir()}
    shutil.copy(target, ws.config_path)
    result = cli("issue", "list")
    return Outcome(result, "newsletter.toml", good_kept={p.name for p in ws.root.iterdir()} == before)


def run_template(target: str, cli: Callable, ws) -> Outcome:
    """A theme override (user code): the build names the template and line; the last good build stays."""
    _sample_workspace(ws)
    shutil.copy(REPO / "issues" / f"{DAY}.toml", ws.issues_dir / f"{DAY}.toml")
    assert cli("build", DAY).exit_code == 0
    built = (ws.dist_dir / DAY / "index.html").read_bytes()
    name = "email.txt.j2" if target.endswith(".txt.j2") else "email.mjml.j2"
    shutil.copy(target, ws.templates_dir / name)
    result = cli("build", DAY)
    return Outcome(result, "", good_kept=(ws.dist_dir / DAY / "index.html").read_bytes() == built)


def _not_written(kind: str) -> Runner:
    def run(target: str, cli: Callable, ws) -> Outcome:
        pytest.fail(f"tests/badinput/{kind}/ holds cases but test_bad_input.RUNNERS['{kind}'] has no runner yet")
    return run


# Hooks: the integrator replaces the placeholders with a runner for issue files (e.g. copy the case into
# ws.issues_dir and run `issue check` and `build`), CSVs (`subscribers import`), config (the case as
# newsletter.toml, then `issue list`) and templates (the case in ws.root / "templates", then `build`).
RUNNERS: dict[str, Runner] = {
    "articles": run_ingest,
    "feeds": run_ingest,
    "urls": run_ingest,
    "issues": run_issue,
    "csv": _not_written("csv"),
    "config": run_config,
    "templates": run_template,
}


def file_cases() -> list:
    params = []
    for kind in RUNNERS:
        for sidecar in sorted((BADINPUT / kind).glob("*.expect")):
            target = sidecar.with_suffix("")
            params.append(pytest.param(kind, str(target), Expect.parse(sidecar.read_text()),
                                       id=f"{kind}/{target.name}"))
    for kind, name, build, expect in GENERATED:
        params.append(pytest.param(kind, (name, build), Expect.parse(expect), id=f"{kind}/{name}"))
    for case in url_cases.CASES:
        expect = Expect(list(case.expect), list(case.warnings), case.kept)
        params.append(pytest.param("urls", case, expect, id=f"urls/{case.name}"))
    return params


@pytest.fixture(scope="module")
def raw_server():
    """One loopback TCP server answering each path with the case's raw behaviour."""
    routes = {c.url: c.behaviour for c in url_cases.CASES if c.behaviour} | url_cases.ROUTES
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def handle(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                request = conn.recv(65536).decode("latin-1")
            except OSError:
                return
            match = re.match(r"GET (\S+) ", request)
            behaviour = routes.get(match[1] if match else "")
            try:
                (behaviour or url_cases.answer("404 Not Found"))(conn, stop.is_set)
            except OSError:
                pass

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    listener.close()


def _target(kind: str, case, tmp_path: Path, request, monkeypatch) -> str:
    if isinstance(case, url_cases.UrlCase):
        from newsletter.ingest import fetch

        monkeypatch.setattr(fetch, "TIMEOUT", url_cases.READ_TIMEOUT)
        monkeypatch.setattr(fetch, "TOTAL_SECONDS", url_cases.TOTAL_SECONDS)
        if case.url.startswith("/"):
            return request.getfixturevalue("raw_server") + case.url
        return case.url
    if isinstance(case, tuple):  # a generated case
        name, build = case
        path = tmp_path / name
        build(path)
        return str(path)
    return case


@pytest.mark.parametrize(("kind", "case", "expect"), file_cases())
def test_bad_input(kind, case, expect, cli, ws, tmp_path, request, monkeypatch):
    target = _target(kind, case, tmp_path, request, monkeypatch)
    box: dict = {}

    def work() -> None:
        try:
            box["outcome"] = RUNNERS[kind](target, cli, ws)
        except BaseException as exc:  # reported below as the traceback it would have been
            box["exception"] = exc

    started = time.monotonic()
    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(TIME_LIMIT)
    elapsed = time.monotonic() - started
    assert not worker.is_alive(), f"hung: no answer after {TIME_LIMIT} s"
    if "exception" in box:
        exc = box["exception"]
        if isinstance(exc, pytest.fail.Exception):
            raise exc
        pytest.fail(f"traceback: {type(exc).__name__}: {exc}")
    assert elapsed < TIME_LIMIT
    check(box["outcome"], expect)


def check(outcome: Outcome, expect: Expect) -> None:
    result = outcome.result
    stderr = result.stderr
    assert "Traceback" not in result.output
    lines = stderr.splitlines()
    errors = [line for line in lines if line.startswith("Error: ")]
    warnings = [line for line in lines if line.startswith("Warning: ")]
    assert len(errors) + len(warnings) == len(lines), f"stray lines on stderr: {stderr!r}"
    for wanted in expect.errors:
        assert any(wanted in line for line in errors), f"no error holding {wanted!r} in {errors}"
    for line in errors:
        assert outcome.named in line, f"the error does not name {outcome.named!r}: {line}"
    for wanted in expect.warnings:
        assert any(wanted in line for line in warnings), f"no warning holding {wanted!r} in {warnings}"
    if expect.errors:
        assert result.exit_code != 0
    else:
        assert result.exit_code == 0, stderr
        assert not errors
    assert outcome.good_kept, "the good input of the same call was lost"
    if expect.kept is not None and outcome.kept is not None:
        assert outcome.kept == expect.kept
    elif outcome.kept is not None and expect.errors:
        assert outcome.kept == 0, "a bad input put articles in the pool"
