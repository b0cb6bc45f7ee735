"""The user's cache folder, where a build keeps what it can reuse in the next process: compiled templates and
parsed CSS. Anything kept there is a shortcut, never a source of truth: unusable means "no cache"."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path


def cache_folder(name: str) -> Path | None:
    """$XDG_CACHE_HOME/newsletter/NAME (or ~/.cache/…), created private; None when it cannot be made or read, or
    when someone else owns it or may write into it (what is kept there shapes every email, and compiled templates
    are code: the same check as jinja2's own default cache folder)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base, "newsletter", name)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = folder.stat()
    except OSError:
        return None
    if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
        return None
    return folder


def installed(modules: tuple[str, ...]) -> str:
    """Where each library is installed and when its folders last changed: an upgrade or a reinstall (which
    replaces its files and its `*.dist-info` folder beside it) changes this, so whatever was made with the old
    files is not reused. Stat calls only: reading the versions through importlib.metadata took ~30 ms a process."""
    parts = []
    for name in modules:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.origin:
            parts.append(f"{name}=none")
            continue
        folder = Path(spec.origin).parent
        try:
            parts.append(f"{name}={folder}:{folder.stat().st_mtime_ns}:{folder.parent.stat().st_mtime_ns}")
        except OSError:
            parts.append(f"{name}={folder}:?")
    return "|".join(parts)
