"""A theme is user code: whatever goes wrong in a template, MJML or the CSS inliner is one `Error: …` line naming the
template file and line, through `newsletter build` and through the preview, and the next good save recovers."""

from __future__ import annotations

from datetime import date

import pytest

from newsletter.errors import BuildError
from newsletter.preview import PreviewState
from newsletter.render.inline import inline_css
from newsletter.render.mjml import compile_mjml

DAY = date(2026, 11, 28)

# A small theme of our own, so the line numbers do not move when the default theme changes; line 5 is the bad one.
EMAIL = """<mjml>
<mj-body>
<mj-section><mj-column>
<mj-text>A newsletter</mj-text>
<mj-text>{bad}</mj-text>
</mj-column></mj-section>
</mj-body>
</mjml>
"""

CASES = {
    "division": ("{{ 1 // 0 }}", "email.mjml.j2:5: integer division or modulo by zero"),
    "recursive macro": ("{% macro again(n) %}{{ again(n + 1) }}{% endmacro %}{{ again(1) }}",
                        "email.mjml.j2:5: too deep a recursion (a macro or include that calls itself without end?)"),
    "undefined variable": ("{{ no_such_variable }}", "email.mjml.j2:5: 'no_such_variable' is undefined"),
    "attribute of nothing": ("{{ none.title }}", "email.mjml.j2:5: 'None' has no attribute 'title'"),
    "theme filter error": ("{{ 'some words' | wrap(-1) }}", "email.mjml.j2:5: invalid width -1 (must be > 0)"),
    "builtin filter error": ("{{ [1, 'a'] | sum }}", "email.mjml.j2:5: unsupported operand type(s) for +"),
    "missing key": ("{{ {}['x'] }}", "email.mjml.j2:5: 'dict object' has no attribute 'x'"),
    "index": ("{{ [1][5] }}", "email.mjml.j2:5: list object has no element 5"),
    "syntax": ("{% for x in [1] %}{{ x }}{% endfo %}", "email.mjml.j2:5: template syntax error: Encountered unknown"),
    "unknown filter": ("{{ 1 | no_such_filter }}", "email.mjml.j2:5: template syntax error: No filter named"),
    "missing include": ("{% include 'nowhere.j2' %}", "email.mjml.j2:5: template 'nowhere.j2' not found"),
    "error in an imported macro": ("{% import 'parts.j2' as parts %}{{ parts.boom() }}",
                                   "parts.j2:3: integer division or modulo by zero"),
    "MJML": ("</mj-column>", "email.mjml.j2: MJML error:"),
}
PARTS = "{# macros the theme imports #}\n{% macro boom() %}\n{{ 1 // 0 }}\n{% endmacro %}\n"


def break_theme(ws, case: str) -> str:
    """Write a theme override with the given fault; the message it must produce."""
    snippet, expected = CASES[case]
    ws.templates_dir.mkdir(exist_ok=True)
    (ws.templates_dir / "parts.j2").write_text(PARTS)
    (ws.templates_dir / "email.mjml.j2").write_text(EMAIL.format(bad=snippet))
    return expected


@pytest.mark.parametrize("case", list(CASES))
def test_build_reports_the_template_and_line(sample, cli_in, case):
    expected = break_theme(sample, case)
    result = cli_in(sample, "build")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.output


def test_text_template_error_names_the_text_template(sample, cli_in):
    sample.templates_dir.mkdir(exist_ok=True)
    (sample.templates_dir / "email.txt.j2").write_text("Hello\n\n{{ 'x' + 1 }}\n")
    result = cli_in(sample, "build")
    assert result.exit_code == 1
    assert 'email.txt.j2:3: can only concatenate str (not "int") to str' in result.stderr


def test_a_failed_build_keeps_the_last_good_one(sample, cli_in):
    assert cli_in(sample, "build").exit_code == 0
    good = {p.name: p.read_bytes() for p in (sample.dist_dir / DAY.isoformat()).iterdir()}
    break_theme(sample, "recursive macro")
    assert cli_in(sample, "build").exit_code == 1
    assert {p.name: p.read_bytes() for p in (sample.dist_dir / DAY.isoformat()).iterdir()} == good


@pytest.mark.parametrize("case", ["division", "recursive macro", "undefined variable", "theme filter error",
                                  "error in an imported macro", "MJML"])
def test_preview_shows_the_error_and_recovers(sample, case):
    state = PreviewState(sample.root)
    assert state.get(DAY).error is None
    expected = break_theme(sample, case)
    state.changed({str(sample.templates_dir / "email.mjml.j2")})
    got = state.get(DAY)
    assert got.build is None and expected in got.error
    (sample.templates_dir / "email.mjml.j2").unlink()
    state.changed({str(sample.templates_dir / "email.mjml.j2")})
    assert state.get(DAY).error is None and state.version == 3


def test_mjml_error_names_the_template_and_the_rendered_line():
    with pytest.raises(BuildError, match=r"^email.mjml.j2: MJML error: .*line 3 of the rendered MJML"):
        compile_mjml("<mjml>\n<mj-body>\n</mj-column></mj-body></mjml>", "email.mjml.j2")


@pytest.mark.parametrize("html", ["", "\ud800"])
def test_premailer_errors_name_the_template(html):
    with pytest.raises(BuildError, match=r"^email.mjml.j2: (the compiled HTML is empty|CSS inlining \(premailer\) "
                                         r"failed)"):
        inline_css(html, "email.mjml.j2")


def test_control_characters_in_article_text_never_reach_the_output(sample, cli_in):
    """A title with NUL and vertical-tab characters (an issue file allows them as \\u escapes) builds cleanly."""
    path = sample.issues_dir / "2026-11-28.toml"
    text = path.read_text().replace('title = "Riverside', 'title = "Ctl\\u000b\\u0000\\u001b Riverside', 1)
    path.write_text(text)
    result = cli_in(sample, "build")
    assert result.exit_code == 0, result.output
    for name in ("index.html", "index.txt", "web.html"):
        out = (sample.dist_dir / "2026-11-28" / name).read_text()
        assert "Ctl Riverside" in out and not any(c in out for c in "\x00\x0b\x1b")
