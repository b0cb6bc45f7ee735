"""ruff, as configured in pyproject.toml, finds nothing."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import REPO


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed")
def test_ruff_is_clean():
    result = subprocess.run(["ruff", "check", "--no-cache", "."], cwd=REPO, capture_output=True, text=True)
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
