"""A workspace: a folder with newsletter.toml, templates/, issues/ and the database newsletter.db."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from newsletter.config import Config, load_config
from newsletter.errors import NotFoundError, WorkspaceError

if TYPE_CHECKING:
    from newsletter.db import Connection

CONFIG_NAME = "newsletter.toml"
DB_NAME = "newsletter.db"


def theme_dir() -> Path:
    """The default theme: the repository's templates/, installed as the package newsletter.theme."""
    spec = importlib.util.find_spec("newsletter.theme")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    # A source checkout whose newsletter/ shadows the installed package: the repository's templates/.
    return Path(__file__).resolve().parents[1] / "templates"


@dataclass
class Workspace:
    root: Path

    @cached_property
    def config(self) -> Config:
        return load_config(self.config_path)

    def reload(self) -> Config:
        """Read newsletter.toml again (after it changed on disk)."""
        self.__dict__.pop("config", None)
        return self.config

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def issues_dir(self) -> Path:
        return self.root / "issues"

    def issue_dates(self) -> list[date]:
        """Dates of the issue files in issues/, oldest first (a file not named DATE.toml is no issue)."""
        if self.issues_dir.exists() and not self.issues_dir.is_dir():
            raise WorkspaceError(f"{self.issues_dir}: is not a folder (the issue files go in it): move it away")
        days = []
        for path in self.issues_dir.glob("*.toml"):
            try:
                days.append(date.fromisoformat(path.stem))
            except ValueError:
                continue
        return sorted(days)

    def newest_issue(self) -> date:
        dates = self.issue_dates()
        if not dates:
            raise NotFoundError(f"no issues in {self.issues_dir} (create one with `newsletter issue new`)")
        return dates[-1]

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def dist_dir(self) -> Path:
        return self.root / "dist"

    @property
    def outbox_dir(self) -> Path:
        return self.root / self.config.delivery.outbox

    @property
    def database_url(self) -> str:
        """NEWSLETTER_DATABASE_URL, else `[database] url`; empty: SQLite in newsletter.db."""
        from newsletter.config import check_database_url

        url = os.environ.get("NEWSLETTER_DATABASE_URL", "").strip()
        if url:
            problems = check_database_url(url, "NEWSLETTER_DATABASE_URL")
            if problems:
                raise WorkspaceError(problems[0])
            return url
        return self.config.database.url

    def connect(self) -> Connection:
        """The workspace database (SQLite, or PostgreSQL when a URL is configured), created and migrated."""
        from newsletter.db import connect

        return connect(self.database_url or self.db_path)

    def peek(self) -> Connection | None:
        """The workspace database for a glance (`db.peek`): None when there is none yet."""
        from newsletter.db import peek

        return peek(self.database_url or self.db_path)


def find_workspace(explicit: Path | None = None, start: Path | None = None) -> Workspace:
    """`--workspace`, else NEWSLETTER_WORKSPACE, else the first folder upward holding newsletter.toml."""
    given = explicit or (Path(os.environ["NEWSLETTER_WORKSPACE"]) if os.environ.get("NEWSLETTER_WORKSPACE") else None)
    if given is not None:
        if not (given / CONFIG_NAME).is_file():
            raise WorkspaceError(f"{given}: no {CONFIG_NAME} here (create one with `newsletter init {given}`)")
        return Workspace(given.resolve())
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return Workspace(folder)
    raise WorkspaceError(
        f"no {CONFIG_NAME} in {here} or any folder above it (create a workspace with `newsletter init DIR`)"
    )


GITIGNORE = ("newsletter.db*", "dist/", "outbox/", "_site/")
"""What a workspace keeps out of git: the database (subscriber addresses) and what the tool writes."""

TEMPLATES_README = (
    "# Theme overrides\n\nThe packaged default theme is used. To change a template, put a file with the\n"
    "same name here (for example `email.mjml.j2`); `newsletter init --copy-theme` copies them all.\n"
)


@dataclass
class NewWorkspace(Workspace):
    """A workspace `init_workspace` has just made, and what it found there already."""

    kept: list[Path] = field(default_factory=list)
    """Files init would have written that existed already: left as they were."""
    unignored: list[str] = field(default_factory=list)
    """GITIGNORE lines a kept .gitignore lacks (the user may want to add them)."""


def init_workspace(target: Path, name: str = "My Newsletter", copy_theme: bool = False) -> NewWorkspace:
    """Create a workspace: a commented config, issues/, templates/ (empty overrides, or a copy of the theme).

    Like `git init` or `cargo init`, it never overwrites: in a folder that holds files already it writes only the
    ones missing, and lists the others in `kept` (a user's .gitignore, a template of their own). A folder that
    is a workspace already (newsletter.toml exists) is refused.
    """
    if not name.strip():
        raise WorkspaceError("the newsletter's name is empty: give one with --name")
    config = target / CONFIG_NAME
    try:
        taken = config.exists() or config.is_symlink()
    except OSError as exc:  # a name too long, a folder that cannot be searched
        raise WorkspaceError(f"{target}: cannot create the workspace ({exc.strerror or exc})") from exc
    if taken:
        raise WorkspaceError(f"{config}: already exists")
    from newsletter.skeleton_config import config_text

    templates = target / "templates"
    _make_folders(target, [target / "issues", templates])
    files = {target / ".gitignore": "".join(f"{line}\n" for line in GITIGNORE).encode()}
    if copy_theme:
        files |= {templates / item.name: item.read_bytes() for item in sorted(theme_dir().iterdir())
                  if item.is_file() and not item.name.startswith(("_", ".")) and item.suffix != ".py"}
    else:
        files[templates / "README.md"] = TEMPLATES_README.encode()
    kept = [path for path, data in files.items() if not _write_new(path, data)]
    # The config last: a workspace exists once it does, so an init that failed midway can simply be run again.
    if not _write_new(config, config_text(name).encode()):
        raise WorkspaceError(f"{config}: already exists")
    unignored = _unignored(target / ".gitignore") if target / ".gitignore" in kept else []
    return NewWorkspace(target.resolve(), kept=kept, unignored=unignored)


def _make_folders(target: Path, folders: list[Path]) -> None:
    """`target` and its sub-folders; a file where one goes is refused before anything is made."""
    try:
        if target.exists() and not target.is_dir():
            raise WorkspaceError(f"{target}: a file is in the way (a workspace is a folder)")
        for folder in folders:
            if (folder.exists() and not folder.is_dir()) or (folder.is_symlink() and not folder.exists()):
                raise WorkspaceError(f"{folder}: a file is in the way (init makes a folder here)")
        target.mkdir(parents=True, exist_ok=True)
        for folder in folders:
            folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"{target}: cannot create the workspace ({exc.strerror or exc})") from exc


def _write_new(path: Path, data: bytes) -> bool:
    """Create `path` with `data`; False, and nothing written, if it exists (a dangling link counts: O_EXCL never
    follows one)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        return False
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot be written ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException as exc:
        path.unlink(missing_ok=True)  # ours: made a moment ago; no half file is left
        if isinstance(exc, OSError):
            raise WorkspaceError(f"{path}: cannot be written ({exc.strerror or exc})") from exc
        raise
    return True


def _unignored(gitignore: Path) -> list[str]:
    """The GITIGNORE lines a user's .gitignore does not hold (all of them if it cannot be read)."""
    try:
        present = {line.strip() for line in gitignore.read_text(encoding="utf-8", errors="replace").splitlines()}
    except OSError:
        present = set()
    return [line for line in GITIGNORE if line not in present]
