"""MJML -> HTML with mjml-python (MRML, a Rust port of MJML). Fonts are set to none so no Google Fonts
link is added: nothing at build time may touch the network."""

from __future__ import annotations

import re

from newsletter.errors import BuildError


def compile_mjml(source: str, template: str) -> str:
    from mjml import mjml2html

    try:
        return mjml2html(source, disable_comments=True, fonts={})
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # plain exceptions carrying MRML's message; a Rust panic is a BaseException
        raise BuildError(f"{template}: MJML error: {exc}{_where(source, str(exc))}") from exc


def _where(source: str, message: str) -> str:
    """` (line N of the rendered MJML: …)` from MRML's `position A:B`."""
    match = re.search(r"position (\d+)", message)
    if not match:
        return ""
    offset = int(match[1])
    line = source.count("\n", 0, offset) + 1
    snippet = source[offset:offset + 40].split("\n")[0]
    return f" (line {line} of the rendered MJML, see index.mjml: {snippet!r})"
