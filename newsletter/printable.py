"""Control characters in text that is shown (pages, the email, the terminal): stripped on output, refused on input.

Tab, newline and carriage return are text; every other C0 character, DEL and the C1 controls are not: they can
break an XML feed or the MJML parser, hide in a header, or be obeyed by a terminal (`ESC ] 0 ;` sets its title).
"""

from __future__ import annotations

_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")
_CONTROL.update(dict.fromkeys(range(0x7F, 0xA0)))  # DEL and the C1 controls (U+009B is a CSI to some terminals)


def printable(value: object) -> object:
    """`value` without control characters when it is a string (a Markup value keeps its type, so escaping
    still holds); used as the templates' `finalize`, so every `{{ … }}` output is clean."""
    if isinstance(value, str):
        return value.translate(_CONTROL) if not value.isprintable() else value
    return value


def control_character(text: str) -> str | None:
    """The first control character in `text`, or None (for refusing a value that holds one)."""
    return next((ch for ch in text if ord(ch) in _CONTROL), None)
