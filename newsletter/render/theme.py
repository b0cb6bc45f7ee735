"""The template environment: the workspace's templates/ first, then the packaged default theme.

StrictUndefined turns a missing variable into an error instead of a blank; HTML and MJML templates are
autoescaped, the plain-text one is not. The placeholders a theme writes in its text become the build's slots
(`PlaceholderSlots`); the same spelling in a value (an article's title) stays text.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import jinja2
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream

from newsletter.cachedir import cache_folder
from newsletter.errors import BuildError
from newsletter.printable import printable
from newsletter.render.placeholders import IN_TEMPLATE
from newsletter.workspace import theme_dir

HTML_TEMPLATE = "email.mjml.j2"
TEXT_TEMPLATE = "email.txt.j2"


def wrap(text: str, width: int = 72, indent: str = "") -> str:
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


SLOTS_VARIABLE = "placeholders"
"""The context variable holding the build's slots (`Slots.for_template()`)."""


class PlaceholderSlots(Extension):
    """`%%first_name%%` written in a template's text becomes `{{ placeholders.first_name }}`.

    Only the template's own text (the lexer's `data` tokens) is rewritten, never what an expression outputs, so a
    placeholder reaches the output only from the theme; the compiled template does not depend on the build's
    nonce, so compiled templates stay reusable."""

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        for token in stream:
            if token.type != "data" or "%%" not in token.value:
                yield token
                continue
            text, pos = token.value, 0
            for match in IN_TEMPLATE.finditer(text):
                if match.start() > pos:
                    yield Token(token.lineno + text.count("\n", 0, pos), "data", text[pos:match.start()])
                line = token.lineno + text.count("\n", 0, match.start())
                yield from (Token(line, "variable_begin", ""), Token(line, "name", SLOTS_VARIABLE),
                            Token(line, "dot", "."), Token(line, "name", match.group(1)),
                            Token(line, "variable_end", ""))
                pos = match.end()
            if pos < len(text):
                yield Token(token.lineno + text.count("\n", 0, pos), "data", text[pos:])


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between processes (compiling the theme is a tenth of a cold build), keyed by the
    template's file and checked against its source; a cache that cannot be read or written is no cache, never an
    error."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a truncated or foreign file (pickle, marshal and EOF errors): compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """In the user's cache folder, one subfolder per Jinja and Python version and environment settings (compiled
    code depends on them; jinja2 keys only by file and source)."""
    folder = cache_folder(f"templates-{_SETTINGS_VERSION}-jinja{jinja2.__version__}-py"
                          f"{sys.version_info[0]}{sys.version_info[1]}")
    return None if folder is None else _BytecodeCache(str(folder))


_SETTINGS_VERSION = 2
"""Bump when environment()'s settings change: templates compiled under the old ones are then not reused."""


def environment(templates_dir: Path | None) -> jinja2.Environment:
    folders = [str(p) for p in (templates_dir, theme_dir()) if p is not None and p.is_dir()]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=("mjml.j2", "html.j2", "mjml", "html"),
                                            default_for_string=True, default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,
        finalize=printable,
        extensions=[PlaceholderSlots],
    )
    env.filters["wrap"] = wrap
    return env


def render(env: jinja2.Environment, name: str, context: dict) -> str:
    """Render a template. A theme is user code: whatever goes wrong in it is a BuildError naming the template file
    and line (`email.mjml.j2:12: division by zero`), never a traceback."""
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or name
        raise BuildError(f"{where}:{exc.lineno}: template syntax error: {exc.message}") from exc
    except jinja2.TemplateNotFound as exc:
        found = _template_location(exc, name)
        within = f"{found}: " if found != name else ""
        raise BuildError(f"{within}template '{exc.name}' not found in the workspace's templates/ or the default "
                         f"theme") from exc
    except jinja2.UndefinedError as exc:
        raise BuildError(f"{_template_location(exc, name)}: {exc.message}") from exc
    except RecursionError as exc:
        raise BuildError(f"{_template_location(exc, name)}: too deep a recursion (a macro or include that calls "
                         f"itself without end?)") from exc
    except Exception as exc:  # filters, tests, arithmetic, attribute access: any exception the theme raises
        raise BuildError(f"{_template_location(exc, name)}: {_describe(exc)}") from exc


def _describe(exc: Exception) -> str:
    """`division by zero`; the exception's name where its message alone says little (`KeyError: 'x'`)."""
    message = str(exc)
    if not message or isinstance(exc, LookupError):
        return f"{type(exc).__name__}: {message}".rstrip(": ")
    return message


def _template_location(exc: BaseException, name: str) -> str:
    """file:line of the innermost template frame (Jinja rewrites tracebacks to template lines), else the name."""
    found = name
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".css", ".mjml", ".txt", ".html")):
            found = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found
