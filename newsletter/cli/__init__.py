"""The `newsletter` command: thin wrappers that parse, call the library and print.

Library errors (NewsletterError) become one line `Error: …` on stderr and exit code 1. Heavy libraries are
imported inside the commands that need them, so `--help` and quick commands start fast.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from newsletter import __version__
from newsletter.errors import NewsletterError


def _defer_typer_coercion() -> None:
    """Build typer's pydantic-based coercion of a parameter only when a value needs it.

    typer 0.2x coerces every non-flag parameter through a pydantic TypeAdapter that it builds before looking at
    the value, so any command (`issue list`, with every option at its default) would import pydantic: about as
    long again as importing typer. Here a parameter that is missing (None), or a plain `str` given a str, or a
    plain int/float/str default of its exact type, is passed through as typer's adapter would pass it;
    anything else gets typer's own coercion, built on first use. A typer without this layer (click-based) is
    left alone.
    """
    try:
        from dataclasses import dataclass, fields
        from typing import Any

        from typer import core
        from typer._coercion import RuntimeParam
    except ImportError:
        return
    build = getattr(core, "build_runtime_param", None)
    if build is None or getattr(build, "deferred", False):
        return
    if {f.name for f in fields(RuntimeParam)} != {"parameter_info", "annotation"}:
        return  # a typer whose coercion layer changed shape: leave it as it is

    @dataclass(frozen=True)
    class Deferred(RuntimeParam):
        descriptor: Any = None

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            info = self.parameter_info
            plain = (info.parser is None and getattr(info, "min", None) is None
                     and getattr(info, "max", None) is None)
            if plain and self.annotation in (str, int, float) and type(value) is self.annotation:
                return value
            real = param._runtime_param = build(self.descriptor)
            return real._coerce_value(value, param=param, ctx=ctx)

    def deferred(descriptor: Any) -> Any:
        return Deferred(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation,
                        descriptor=descriptor)

    deferred.deferred = True  # type: ignore[attr-defined]
    core.build_runtime_param = deferred


_defer_typer_coercion()


def _typer() -> typer.Typer:
    return typer.Typer(
        help="Build, preview and send a daily email newsletter.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )


app = _typer()


class State:
    workspace: Path | None = None


state = State()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsletter {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    workspace: Annotated[Path | None, typer.Option(
        "--workspace", "-w", help="The workspace folder (default: NEWSLETTER_WORKSPACE, or the first folder "
        "upward from here with newsletter.toml).", file_okay=False)] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show the full traceback of an error (also "
                                        "NEWSLETTER_DEBUG=1).")] = False,
) -> None:
    state.workspace = workspace


_registered = False

MODULES = ("workspace", "articles", "sources", "issue", "build", "preview", "send", "schedule", "daily",
           "subscribers", "serve")
"""The command modules, in the order `--help` lists their commands."""

COMMANDS = {"init": "workspace", "ingest": "articles", "articles": "articles", "sources": "sources",
            "issue": "issue", "build": "build", "archive": "build", "preview": "preview", "send": "send",
            "schedule": "schedule", "daily": "daily", "subscribers": "subscribers", "serve": "serve"}
"""Top-level command -> the module that registers it (tests/test_startup.py checks it against the modules)."""

_ROOT_VALUE_OPTIONS = ("--workspace", "-w")


def register() -> None:
    """Attach every command module once (each is small and imports only typer at module level)."""
    global _registered
    if _registered:
        return
    _registered = True
    for name in MODULES:
        importlib.import_module(f"newsletter.cli.{name}").register(app)


def invoked_command(args: list[str]) -> str | None:
    """The top-level command named in `args` (None for --help, --version, nothing, or an unknown name)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _ROOT_VALUE_OPTIONS:
            skip = True
        elif arg.startswith(("--workspace=", "-w")) or arg == "--debug":
            continue
        elif arg.startswith("-"):
            return None  # --help, --version, --, or an option typer will refuse
        else:
            return arg if arg in COMMANDS else None
    return None


def command_app(args: list[str]) -> typer.Typer:
    """The app to run: only the invoked command's module when one is named (typer builds every command's
    parameters before it runs one: 35 commands cost more than most commands do), else every command."""
    name = invoked_command(args)
    if name is None or _registered:
        register()
        return app
    lean = _typer()
    lean.callback()(root)
    importlib.import_module(f"newsletter.cli.{COMMANDS[name]}").register(lean)
    return lean


def format_error(exc: BaseException) -> str:
    """`Error: …` on one line, whatever the message holds, with every secret redacted."""
    from newsletter.errors import redact
    from newsletter.printable import printable

    return "Error: " + " ".join(printable(redact(str(exc))).split())


def _debugging() -> bool:
    return "--debug" in sys.argv[1:] or os.environ.get("NEWSLETTER_DEBUG", "") not in ("", "0")


def _damaged_database(exc: Exception) -> str | None:
    """What to say of a SQLite file damaged under a query (its pages unreadable): not a bug of the tool's."""
    sqlite3 = sys.modules.get("sqlite3")  # (not imported for this: such an error means it was in use)
    if sqlite3 is None or type(exc) is not sqlite3.DatabaseError:
        return None
    return (f"the database file is damaged ({exc}): restore newsletter.db from a backup (`sqlite3 newsletter.db "
            f".recover` may save what is left)")


def main() -> None:
    debug = _debugging()
    if "--debug" in sys.argv[1:]:
        sys.argv.remove("--debug")
    try:
        command_app(sys.argv[1:])()
    except NewsletterError as exc:
        if debug:
            raise
        typer.echo(format_error(exc), err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        sys.exit(130)
    except Exception as exc:
        if debug:
            raise
        if damaged := _damaged_database(exc):
            typer.echo(format_error(NewsletterError(damaged)), err=True)
            sys.exit(1)
        where = ""
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is not None:
            where = f" at {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"
        typer.echo(format_error(RuntimeError(f"unexpected {type(exc).__name__}{where}: {exc} (this is a bug: run "
                                             f"again with --debug for the traceback, and report it)")), err=True)
        sys.exit(2)
