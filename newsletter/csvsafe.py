"""CSV the tool writes: cells a spreadsheet would run as a formula are neutralised (OWASP "CSV injection").

A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, which spreadsheets show
as text. `restore()` undoes it on the way back in, so an export re-imports unchanged.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(TRIGGERS) else text


def restore(text: str) -> str:
    """The cell as it was before `neutralise`."""
    return text[1:] if text.startswith("'") and text[1:].startswith(TRIGGERS) else text


class SafeWriter:
    """csv.writer whose every cell goes through `neutralise`: the one way the tool writes CSV."""

    def __init__(self, out: TextIO):
        self._writer = csv.writer(out, lineterminator="\n")

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([neutralise(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)
