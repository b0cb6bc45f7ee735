"""Cases too large to keep in git: written into the test's temporary folder when the case runs.

Each entry: (kind, file name, builder writing the file, the `.expect` text as a sidecar would hold it).
"""

from __future__ import annotations

import os
from pathlib import Path


def sparse(size: int):
    """A file of `size` bytes that costs no disk (a hole): the size check must refuse it before reading."""
    def build(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)
    return build


def text(content: str):
    def build(path: Path) -> None:
        path.write_text(content)
    return build


def fifo(path: Path) -> None:
    """A named pipe nobody writes to: opening it would wait for ever."""
    os.mkfifo(path)


def link_to(target: str):
    def build(path: Path) -> None:
        path.symlink_to(target)
    return build


def folder_loop(path: Path) -> None:
    """A folder holding a symlink to its parent beside one good article."""
    (path / "inner").mkdir(parents=True)
    (path / "inner" / "up").symlink_to("..")
    (path / "inner" / "ok.md").write_text("---\ntitle: Looped folder article\n---\nBody.\n")


GENERATED = [
    ("articles", "fifo.txt", fifo, "no article found"),  # (read as empty: nobody writes to it)
    ("articles", "escape\x1b[31m.json", text('{"title": 1}'), "'title' is missing or not a string"),
    ("articles", "dev_zero.txt", link_to("/dev/zero"), "larger than the 20 MB limit for one source"),
    ("articles", "symlink_loop_folder", folder_loop, "kept: 1"),
    ("articles", "huge_50mb.txt", sparse(50 * 1024 * 1024), "50 MB, larger than the 20 MB limit for one source"),
    ("articles", "huge_21mb.md", sparse(21 * 1024 * 1024), "larger than the 20 MB limit for one source"),
    ("articles", "json_nested_200000.json", text("[" * 200_000 + "]" * 200_000),
     "JSON nested too deeply to be an article"),
    ("articles", "json_object_nested_200000.json", text('{"title": ' + '{"a": ' * 200_000 + "1" + "}" * 200_001),
     "JSON nested too deeply to be an article"),
    ("feeds", "huge_25mb.rss", sparse(25 * 1024 * 1024), "larger than the 20 MB limit for one source"),
]
