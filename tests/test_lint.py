"""ruff, as configured in pyproject.toml, finds nothing."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_ruff_is_clean():
    # ruff is a test dependency: run it from this interpreter's environment, whatever is on PATH.
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_theme_file_ships_in_the_package():
    """`pip install .` (not only editable installs) must carry the default theme."""
    import fnmatch
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert config["package-dir"]["newsletter.theme"] == "templates"
    patterns = config["package-data"]["newsletter.theme"]
    for path in (REPO / "templates").iterdir():
        assert any(fnmatch.fnmatch(path.name, p) for p in patterns), f"templates/{path.name} would not be installed"
    listed = set(config["packages"])
    for init in (REPO / "newsletter").rglob("__init__.py"):
        package = ".".join(init.parent.relative_to(REPO).parts)
        assert package in listed, f"{package} is missing from [tool.setuptools] packages"
