"""Start-up hygiene (issue #14, point 6): what a command imports, not how long it takes.

Read-only commands must not load the renderers, the providers, the network stack or typer's pydantic layer; a build
must never fetch or import `requests` (premailer's network library), and a real `import requests` elsewhere must
still get the real module. Each case runs in a fresh interpreter, since this test process has imported everything.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# Never needed to show or list issues, articles or the send status.
NOT_FOR_READING = ("premailer", "cssutils", "requests", "urllib3", "mjml", "lxml", "jinja2", "markdown_it",
                   "pydantic", "trafilatura", "feedparser", "sendgrid", "python_http_client", "starlette", "uvicorn",
                   "smtplib", "ssl", "nh3", "newsletter.render.inline", "newsletter.render.mjml",
                   "newsletter.render.theme", "newsletter.render.checks", "newsletter.render.message",
                   "newsletter.deliver.providers.base", "newsletter.deliver.providers.smtp",
                   "newsletter.deliver.providers.sendgrid", "newsletter.deliver.providers.dryrun",
                   "newsletter.cli.build", "newsletter.cli.subscribers", "newsletter.cli.serve")

RUN_CLI = textwrap.dedent("""
    import json, sys
    sys.argv = ["newsletter", *sys.argv[1:]]
    from newsletter.cli import main
    try:
        main()
    except SystemExit as exc:
        code = exc.code
    else:
        code = 0
    sys.stderr.write("\\nMODULES " + json.dumps({"code": code, "modules": sorted(sys.modules)}) + "\\n")
""")


def run_python(code: str, *args: str, cwd: Path, **extra_env: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLETTER_")} | extra_env
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    """The sample workspace with its articles in the pool, made once for the module. The ingest runs in this
    process (what it imports is not under test here); the fresh interpreters below read its files."""
    from typer.testing import CliRunner

    from newsletter.cli import app, register

    root = tmp_path_factory.mktemp("startup") / "sample"
    root.mkdir()
    shutil.copy(REPO / "newsletter.toml", root)
    shutil.copytree(REPO / "issues", root / "issues")
    (root / "templates").mkdir()
    register()
    done = CliRunner().invoke(app, ["--workspace", str(root), "ingest", str(REPO / "samples" / "articles")],
                              env={"NEWSLETTER_DATABASE_URL": None, "NEWSLETTER_WORKSPACE": None},
                              catch_exceptions=False)
    assert done.exit_code == 0, done.output
    return root


@pytest.fixture(scope="module")
def read_only(ingested: Path):
    """A read-only command run once in a fresh interpreter in the module's workspace (it writes nothing there):
    the tests that look at the same command share the run."""
    runs: dict[str, subprocess.CompletedProcess] = {}

    def run(command: str) -> subprocess.CompletedProcess:
        if command not in runs:
            runs[command] = run_python(RUN_CLI, *command.split(), cwd=ingested)
        return runs[command]

    return run


@pytest.fixture
def workspace(ingested: Path, tmp_path: Path) -> Path:
    """A copy of it of the test's own (a build writes dist/)."""
    return Path(shutil.copytree(ingested, tmp_path / "sample"))


def modules_of(done: subprocess.CompletedProcess) -> tuple[int, set[str]]:
    line = done.stderr.rsplit("MODULES ", 1)[1]
    data = json.loads(line)
    return data["code"], set(data["modules"])


@pytest.mark.parametrize("command", ["issue show", "issue list", "articles list", "send status"])
def test_a_read_only_command_loads_only_what_it_uses(read_only, command):
    done = read_only(command)
    code, modules = modules_of(done)
    assert code == 0, done.stderr
    assert done.stdout.strip(), "the command printed nothing"
    loaded = sorted(m for m in modules if m.split(".")[0] in NOT_FOR_READING or m in NOT_FOR_READING)
    assert loaded == [], f"`newsletter {command}` imported {loaded}"


def test_plain_listings_and_tables_do_not_import_rich(read_only):
    _, shown = modules_of(read_only("issue show"))
    assert "rich" not in shown
    done = read_only("issue list")
    _, listed = modules_of(done)
    assert "rich" not in listed  # a listing is aligned columns, printed plain
    assert done.stdout.splitlines()[0].split() == ["date", "subject", "items", "status"]


def test_only_the_invoked_command_module_is_loaded_and_help_still_lists_every_command(read_only):
    _, modules = modules_of(read_only("issue list"))
    assert sorted(m for m in modules if m.startswith("newsletter.cli.")) == ["newsletter.cli.common",
                                                                            "newsletter.cli.issue"]
    done = read_only("--help")
    from newsletter.cli import COMMANDS

    for name in COMMANDS:
        assert f" {name} " in done.stdout, f"--help does not list {name}"


def test_the_command_map_matches_what_each_module_registers():
    import importlib

    import typer
    from typer.main import get_command

    from newsletter.cli import COMMANDS, MODULES, invoked_command

    for module in MODULES:
        app = typer.Typer()
        app.callback()(lambda: None)
        importlib.import_module(f"newsletter.cli.{module}").register(app)
        names = set(get_command(app).commands)
        assert names == {name for name, owner in COMMANDS.items() if owner == module}, module
    assert invoked_command(["-w", "issue", "build"]) == "build"  # -w takes a value, even one named like a command
    assert invoked_command(["--workspace=x", "--debug", "issue", "show"]) == "issue"
    assert invoked_command(["--help", "issue"]) is None
    assert invoked_command(["isue"]) is None  # unknown: the whole app, for typer's suggestion


BUILD_OFFLINE = textwrap.dedent("""
    import json, sys
    events = []
    def audit(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "urllib.Request", "http.client.connect"):
            events.append(event)
    sys.addaudithook(audit)
    from datetime import date
    from pathlib import Path
    from newsletter.render.build import build_issue
    from newsletter.workspace import Workspace
    build = build_issue(Workspace(Path(sys.argv[1])), date.fromisoformat(sys.argv[2]))
    report = {"events": events, "requests_after_build": "requests" in sys.modules, "html": len(build.html)}
    import premailer.premailer as pm
    try:
        pm.requests.get("https://example.com/style.css")
    except Exception as exc:
        report["placeholder"] = f"{type(exc).__name__}: {exc}"
    import requests
    report["real_requests"] = hasattr(requests, "Session") and requests.__file__ is not None
    report["same_module"] = pm.requests is requests
    print(json.dumps(report))
""")


def test_a_build_never_fetches_nor_imports_requests_and_a_real_import_still_works(workspace):
    day = sorted(p.stem for p in (workspace / "issues").glob("*.toml"))[-1]
    done = run_python(BUILD_OFFLINE, str(workspace), day, cwd=workspace)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["html"] > 1000
    assert report["events"] == []
    assert report["requests_after_build"] is False
    assert report["placeholder"].startswith("BuildError: CSS inlining tried to use the network (requests.get)")
    assert report["real_requests"] is True
    assert report["same_module"] is False


def test_premailer_imported_after_requests_uses_the_real_module(tmp_path):
    code = ("import requests, sys\nfrom newsletter.render.inline import inline_css\n"
            "inline_css('<html><head><style>p{color:red}</style></head><body><p>x</p></body></html>')\n"
            "import premailer.premailer as pm\nprint(pm.requests is requests)")
    done = run_python(code, cwd=tmp_path)
    assert done.stdout.strip() == "True", done.stderr


VANILLA_PREMAILER = textwrap.dedent("""
    import logging, sys
    from premailer import Premailer
    html = sys.stdin.read()
    out = Premailer(html, allow_network=False, allow_loading_external_files=False, keep_style_tags=False,
                    remove_classes=False, strip_important=False, disable_validation=True,
                    disable_basic_attributes=["width", "height"], cssutils_logging_level=logging.CRITICAL,
                    cache_css_parsing=True).transform(pretty_print=False)
    sys.stdout.write(out)
""")


def test_inlining_gives_exactly_what_unpatched_premailer_gives(sample):
    """The sample issue's compiled HTML plus floating images and an unknown property: byte for byte the same."""
    from newsletter.render import theme
    from newsletter.render.build import issue_number
    from newsletter.render.context import build_context
    from newsletter.render.inline import inline_css
    from newsletter.render.mjml import compile_mjml

    day = sorted(p.stem for p in sample.issues_dir.glob("*.toml"))[-1]
    from datetime import date

    from newsletter import issuefile

    issue = issuefile.load(issuefile.issue_path(sample.issues_dir, date.fromisoformat(day)))
    env = theme.environment(sample.templates_dir)
    from newsletter.render.placeholders import Slots

    context = build_context(issue, sample.config, number=issue_number(sample, issue.date))
    mjml = theme.render(env, theme.HTML_TEMPLATE, {**context, theme.SLOTS_VARIABLE: Slots.draft().for_template()})
    raw = compile_mjml(mjml, theme.HTML_TEMPLATE).replace(
        "</body>", '<img src="https://e.com/a.png" style="float: right"><img src="https://e.com/b.png" '
        'style="Float:left;width:10px"><img src="https://e.com/c.png" style="width:10px">'
        '<p class="x" style="unknown-prop: 4; color: blue; margin: 0px auto">x</p></body>')
    vanilla = subprocess.run([sys.executable, "-c", VANILLA_PREMAILER], input=raw, capture_output=True, text=True,
                             timeout=120, check=True).stdout
    ours = inline_css(raw)
    assert 'align="right"' in ours and 'align="left"' in ours
    assert ours.removeprefix("<!doctype html>\n") == vanilla.removeprefix("<!doctype html>\n")


def test_newsletter_build_loads_no_network_editing_or_table_library(workspace):
    done = run_python(RUN_CLI, "build", cwd=workspace)
    code, modules = modules_of(done)
    assert code == 0, done.stderr
    unused = ("requests", "urllib3", "pydantic", "tomlkit", "rich", "sendgrid", "smtplib",
              "newsletter.deliver.providers.smtp", "newsletter.deliver.providers.sendgrid")
    assert sorted(m for m in modules if m.split(".")[0] in unused or m in unused) == []
    assert "premailer" in modules and "mjml" in modules  # it did build


def test_typer_still_refuses_a_bad_value_with_its_own_message(workspace):
    """Deferring typer's coercion changes when pydantic loads, not what a bad value gets."""
    done = run_python(RUN_CLI, "send", "--sample", "abc", cwd=workspace)
    code, modules = modules_of(done)
    assert code == 2
    assert "Invalid value for '--sample'" in done.stderr
    assert "pydantic" in modules  # the real coercion was built for the value that needed it


def test_parsed_css_is_kept_between_builds_and_a_bad_memo_is_no_memo(workspace, tmp_path):
    """What premailer parsed is kept in the cache folder: the next build's process never loads cssutils and writes
    the same bytes. A memo that is not JSON is ignored and written anew."""
    cache = tmp_path / "cache"

    def build() -> tuple[set[str], str]:
        shutil.rmtree(workspace / "dist", ignore_errors=True)
        done = run_python(RUN_CLI, "build", cwd=workspace, XDG_CACHE_HOME=str(cache))
        code, modules = modules_of(done)
        assert code == 0, done.stderr
        return modules, (workspace / "dist" / "2026-11-28" / "index.html").read_text()

    modules, first = build()
    assert "cssutils" in modules
    [memo] = (cache / "newsletter" / "css").glob("*.json")
    kept = json.loads(memo.read_text())
    assert kept["sheets"] and kept["pairs"]
    modules, second = build()
    assert "cssutils" not in modules and "premailer" in modules
    assert second == first
    memo.write_text("{not json")
    modules, again = build()
    assert "cssutils" in modules and again == first
    assert json.loads(memo.read_text())["sheets"]  # written anew


@pytest.mark.parametrize("bad", ["{not json", "[]", json.dumps({"sheets": {}}),
                                 json.dumps({"sheets": {"0:p{}": [[[[1, "x"], "p", "color:red"]], None]}, "pairs": {}}),
                                 json.dumps({"sheets": {}, "pairs": {"color: red": [["color", 5]]}})])
def test_a_memo_of_the_wrong_shape_is_no_memo(tmp_path, monkeypatch, bad):
    from newsletter.render import cssmemo

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = cssmemo.CssMemo.open("test").path
    path.write_text(bad)
    memo = cssmemo.CssMemo.open("test")
    assert (memo.sheets, memo.pairs, memo.path) == ({}, {}, path)


def test_the_css_memo_is_bounded_and_a_failed_write_leaves_nothing(tmp_path, monkeypatch):
    from newsletter.render import cssmemo

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    memo = cssmemo.CssMemo.open("test")
    memo.pairs = {f"color: #{n:06x}": [("color", f"#{n:06x}")] for n in range(5)}
    memo.dirty = True
    memo.save()
    again = cssmemo.CssMemo.open("test")
    assert again.pairs["color: #000004"] == [("color", "#000004")] and not again.dirty
    folder = memo.path.parent
    (folder / "premailer-old-v1.json").write_text("{}")  # an earlier installation's, unused for 40 days
    os.utime(folder / "premailer-old-v1.json", (time.time() - 40 * 86400,) * 2)
    (folder / "premailer-other-v1.json").write_text("{}")  # another installation's, in use
    monkeypatch.setattr(cssmemo, "MAX_ENTRIES", 3)  # a memo grown past its bound starts afresh
    again.pairs["margin: 0"] = [("margin", "0")]
    again.dirty = True
    again.save()
    assert cssmemo.CssMemo.open("test").pairs == {}
    assert sorted(p.name for p in folder.iterdir()) == ["premailer-other-v1.json", memo.path.name]
    memo.path.unlink()
    (memo.path / "in-the-way").mkdir(parents=True)  # the memo cannot be replaced: no error, no stray temporary file
    memo.dirty = True
    memo.save()
    assert memo.dirty and sorted(p.name for p in folder.iterdir()) == ["premailer-other-v1.json", memo.path.name]
