"""A workspace: a folder with newsletter.toml, templates/, issues/ and the database newsletter.db."""

from __future__ import annotations

import importlib.util
import os
import shutil
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from newsletter.config import Config, load_config
from newsletter.errors import NotFoundError, WorkspaceError

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

    def connect(self):
        """The workspace database (SQLite, or PostgreSQL when a URL is configured), created and migrated."""
        from newsletter.db import connect

        return connect(self.database_url or self.db_path)


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


def init_workspace(target: Path, name: str = "My Newsletter", copy_theme: bool = False) -> Workspace:
    """Create a workspace: a commented config, issues/, templates/ (empty overrides, or a copy of the theme)."""
    if (target / CONFIG_NAME).exists():
        raise WorkspaceError(f"{target / CONFIG_NAME}: already exists")
    from newsletter.skeleton_config import config_text

    if target.exists() and not target.is_dir():
        raise WorkspaceError(f"{target}: a file is in the way (a workspace is a folder)")
    try:
        target.mkdir(parents=True, exist_ok=True)
        (target / "issues").mkdir(exist_ok=True)
        templates = target / "templates"
        templates.mkdir(exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"{target}: cannot create the workspace ({exc.strerror or exc})") from exc
    if copy_theme:
        for item in theme_dir().iterdir():
            if item.is_file() and not item.name.startswith(("_", ".")) and item.suffix != ".py":
                shutil.copy2(item, templates / item.name)
    else:
        (templates / "README.md").write_text(
            "# Theme overrides\n\nThe packaged default theme is used. To change a template, put a file with the\n"
            "same name here (for example `email.mjml.j2`); `newsletter init --copy-theme` copies them all.\n",
            encoding="utf-8",
        )
    (target / CONFIG_NAME).write_text(config_text(name), encoding="utf-8")
    (target / ".gitignore").write_text("newsletter.db*\ndist/\noutbox/\n_site/\n", encoding="utf-8")
    return Workspace(target.resolve())
