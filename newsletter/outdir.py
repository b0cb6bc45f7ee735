"""Output folders the tool owns: written whole in a temporary folder beside the target, then swapped in.

The tool deletes only what it wrote. A folder it writes carries a marker file; a non-empty folder without the
marker is refused (it may be the workspace, a home folder, a site somebody else maintains), so `--out .` can
never delete anything.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsletter.errors import NewsletterError

MARKER = ".newsletter-output"


class OutputFolderError(NewsletterError):
    """An output folder that the tool must not write into or replace."""


Legacy = Callable[[Path], bool]
"""Whether an unmarked folder is one an earlier release wrote (before the marker existed)."""


def check_target(target: Path, legacy: Legacy | None = None) -> None:
    """Refuse a target the tool did not write: a file, or a non-empty folder without the marker.

    `legacy` recognises a folder an earlier release wrote without a marker, by what only the tool writes (a folder
    holding a file of the same name is not enough: `index.html` is anybody's).
    A symbolic link is refused too: the tool replaces the folder it names, which would replace the user's link
    and leave the folder it points to as it was.
    """
    if target.is_symlink():
        raise OutputFolderError(f"{target}: is a symbolic link; name the folder it points to "
                                f"({target.resolve()}) or another one")
    for folder in (target, *target.parents):
        if folder.exists() and not folder.is_dir():
            raise OutputFolderError(f"{folder}: is a file, not a folder; choose another output folder")
        if folder.exists():
            break
    if not target.is_dir() or (target / MARKER).is_file():
        return
    if any(target.iterdir()) and not (legacy and legacy(target)):
        raise OutputFolderError(f"{target}: the folder is not empty and was not written by newsletter (no {MARKER} "
                                f"in it); choose a new or empty folder")


@contextmanager
def replacing(target: Path, legacy: Legacy | None = None) -> Iterator[Path]:
    """Yield a fresh folder next to `target`; on success it replaces `target` (after `check_target`).

    On an error the temporary folder is removed and `target` is left as it was.
    """
    target = target.absolute()
    check_target(target, legacy)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        tmp.chmod(0o755)  # mkdtemp makes it private; a published folder is readable like any other
        (tmp / MARKER).write_text("Written by newsletter: this folder is replaced whole on the next run.\n",
                                  encoding="utf-8")
        yield tmp
        check_target(target, legacy)  # nothing else appeared there meanwhile
        old = None
        if target.exists():
            old = target.with_name(tmp.name.replace(".tmp", ".old"))
            target.rename(old)
        tmp.rename(target)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise

