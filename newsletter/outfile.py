"""Output files a user names (an export): never over a file unless asked, written whole, then renamed into place.

The tool deletes or replaces only what it wrote. A path that exists is refused unless the user says `--force`
(the file may be the workspace's config, a list somebody keeps by hand). The content goes to a temporary file
in the same folder first and is renamed over the name only once complete, so a failed write (a full disk, a
database error midway) leaves no half file under the name, and the old file, if any, as it was.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from newsletter.errors import NewsletterError


class OutputFileError(NewsletterError):
    """An output file that cannot be written, or that the tool must not replace."""


def check_target(path: Path, force: bool, what: str) -> None:
    """Refuse a path whose folder is missing, that is a folder, or (without `force`) that exists already."""
    try:
        if not path.parent.is_dir():
            raise OutputFileError(f"{path}: cannot write {what}: the folder {path.parent} does not exist")
        if path.is_dir():
            raise OutputFileError(f"{path}: is a folder; name a file for {what}")
        exists = path.exists() or path.is_symlink()
    except OSError as exc:  # a name too long, a folder that cannot be searched
        raise OutputFileError(f"{path}: cannot write {what} ({exc.strerror or exc})") from exc
    if exists and not force:
        raise OutputFileError(f"{path}: already exists (use --force to replace it)")


@contextmanager
def writing(path: Path, force: bool = False, what: str = "the file") -> Iterator[TextIO]:
    """Yield a UTF-8 text file (newline="": the writer chooses line ends) that becomes `path` once the block ends.

    `what` names the content in messages ("the export"). On an error the temporary file is removed and the
    error raised (an OSError as an OutputFileError naming `path`).
    """
    check_target(path, force, what)
    tmp = _create_beside(path, what)
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())  # on disk before the rename makes it the file
        if force:
            _keep_mode(path, tmp)
            os.replace(tmp, path)
        else:
            _link_new(tmp, path)
    except OSError as exc:
        raise OutputFileError(f"{path}: cannot write {what} ({exc.strerror or exc})") from exc
    finally:
        tmp.unlink(missing_ok=True)


def _create_beside(path: Path, what: str) -> Path:
    """A new empty file named `.NAME.RANDOM.tmp` beside `path`, with the mode a plain open() would give (umask)."""
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise OutputFileError(f"{path}: cannot write {what} ({exc.strerror or exc})") from exc


def _keep_mode(path: Path, tmp: Path) -> None:
    """A replaced file keeps its permissions (a private export stays private)."""
    try:
        os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
    except FileNotFoundError:
        pass


def _link_new(tmp: Path, path: Path) -> None:
    """Give the complete file its name unless a file took the name meanwhile (a hard link never replaces)."""
    try:
        os.link(tmp, path)
        return
    except FileExistsError:
        raise OutputFileError(f"{path}: already exists (use --force to replace it)") from None
    except OSError:
        pass  # a file system without hard links: check, then rename
    if path.exists() or path.is_symlink():
        raise OutputFileError(f"{path}: already exists (use --force to replace it)")
    os.replace(tmp, path)
