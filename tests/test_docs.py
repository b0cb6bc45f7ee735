"""The README's command reference is generated from the CLI itself, so it cannot drift from `--help`.

UPDATE_README=1 python -m pytest tests/test_docs.py rewrites the section between the markers.
"""

from __future__ import annotations

import os
import re

import typer.main

from tests.conftest import REPO

BEGIN, END = "<!-- reference:begin -->", "<!-- reference:end -->"


def _commands():
    from newsletter.cli import app, register

    register()
    root = typer.main.get_command(app)

    def walk(command, path: list[str]):
        # Typer ships its own copy of click, so go by shape rather than by class.
        if hasattr(command, "list_commands"):
            ctx = command.context_class(command)
            default = getattr(command, "default_command", None)
            if default:  # `send [DATE]` runs its default command: documented under the group's own name
                yield path, command.get_command(ctx, default)
            for name in command.list_commands(ctx):
                if name != default:
                    yield from walk(command.get_command(ctx, name), [*path, name])
        else:
            yield path, command

    return root, list(walk(root, []))


def reference() -> str:
    _root, commands = _commands()
    lines = []
    for path, command in commands:
        ctx = command.context_class(command, info_name="newsletter " + " ".join(path))
        usage = " ".join(command.collect_usage_pieces(ctx))
        lines += [f"### `newsletter {' '.join(path)}`", "", (command.help or "").strip().split("\n")[0], "",
                  "```", f"newsletter {' '.join(path)} {usage}".rstrip(), "```", ""]
        options = []
        for param in command.get_params(ctx):
            record = param.get_help_record(ctx)
            if record and "--help" not in record[0]:
                options.append(f"| `{record[0]}` | {record[1].replace('|', '/')} |")
        if options:
            lines += ["| option | meaning |", "| --- | --- |", *options, ""]
    return "\n".join(lines).strip() + "\n"


def test_readme_reference_matches_help():
    readme = (REPO / "README.md").read_text()
    start, end = readme.index(BEGIN) + len(BEGIN), readme.index(END)
    expected = "\n" + reference()
    if os.environ.get("UPDATE_README"):
        (REPO / "README.md").write_text(readme[:start] + expected + readme[end:])
        readme = (REPO / "README.md").read_text()
        start, end = readme.index(BEGIN) + len(BEGIN), readme.index(END)
    assert readme[start:end] == expected, "README reference is out of date: UPDATE_README=1 pytest tests/test_docs.py"


def test_readme_commands_are_real():
    """Every `newsletter …` command quoted in the README outside the reference names a real command."""
    readme = (REPO / "README.md").read_text()
    _, commands = _commands()
    known = {" ".join(path) for path, _ in commands}
    groups = {p.split(" ")[0] for p in known}
    prose = readme.split(BEGIN)[0]
    code = "\n".join(re.findall(r"```(?:sh)?\n(.*?)```", prose, re.S) + re.findall(r"`([^`\n]+)`", prose))
    for match in re.finditer(r"(?<![\w./-])newsletter ((?:[a-z-]+)(?: [a-z-]+)?)", code):
        words = match[1].split(" ")
        assert words[0] in groups, match[0]
        if words[0] not in known and len(words) > 1:  # a command, or a group of them (`issue block`)
            assert any(k == " ".join(words) or k.startswith(" ".join(words) + " ") for k in known), match[0]
