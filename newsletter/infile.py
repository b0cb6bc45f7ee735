"""Input files a user names (a CSV to import, an intro to set), opened without waiting on a FIFO.

`open()` on a FIFO that nobody writes to blocks until someone does: the command hung. Opened non-blocking, such
a FIFO reads as empty; a pipe with a writer (`--intro-file /dev/stdin`, `<(command)`) reads as usual.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO


def open_input(path: Path) -> BinaryIO:
    """`path` opened for reading in binary; OSError as open() raises it (IsADirectoryError for a folder)."""
    if path.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(path))
    nonblock = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, os.O_RDONLY | nonblock)
    if nonblock:
        os.set_blocking(fd, True)  # (only the open must not wait; reads from a pipe wait for its writer)
    return os.fdopen(fd, "rb")
