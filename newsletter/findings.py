"""A finding of a check (an issue file's, or a build's): one type for every check the tool runs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    level: str
    """`unsafe`: what no reader may get (a script, a link that is not http(s)): never sent, --force or not;
    `error`: the issue is unfit to send (send refuses; for the build, without --force); `warning`: worth a look
    (`build --strict` fails on it)."""
    message: str
    line: int | None = None

    @property
    def blocking(self) -> bool:
        return self.level in ("error", "unsafe")

    def format(self, path: Path | str) -> str:
        where = f"{path}:{self.line}" if self.line else str(path)
        return f"{where}: {self.message}"
