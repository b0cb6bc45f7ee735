"""No module in newsletter/, tests/ or bench/ binds a module-level name twice: the later binding wins silently
everywhere (a threshold added under a name already in use, `TITLE_LINE_MIN_WORDS`, changed how the reader split title
lines; a second `_story_goes_on` replaced the first for every caller)."""

from __future__ import annotations

import ast
from collections import Counter

from tests.conftest import REPO


def rebound(source: str, name: str) -> list[str]:
    """`name: X bound N times` for every module-level name `source` assigns or defines more than once."""
    body = ast.parse(source, filename=name).body
    targets = [target.id for node in body if isinstance(node, (ast.Assign, ast.AnnAssign))
               for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
               if isinstance(target, ast.Name)]
    targets += [node.name for node in body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    return [f"{name}: {target} bound {count} times" for target, count in Counter(targets).items() if count > 1]


def test_no_module_level_name_is_bound_twice():
    """In the package, the tests and the benchmarks: a test module's second `_STORY = …` silently changes the page of
    every test in the module that reads `_STORY` (session 32 wrote one; an older test's failure showed it, by luck)."""
    found = [line for folder in ("newsletter", "tests", "bench") for path in sorted((REPO / folder).rglob("*.py"))
             for line in rebound(path.read_text(encoding="utf-8"), path.relative_to(REPO).as_posix())]
    assert not found, "rename one of each:\n" + "\n".join(found)


def test_the_check_sees_assignments_annotated_ones_and_definitions():
    source = ("A = 1\nB: int = 2\nA = 3\nB: int = 4\nC = 5\ndef f():\n    C = 6\n\n\ndef f(x):\n    return x\n"
              "class K:\n    def f(self):\n        pass\n")
    assert rebound(source, "x.py") == ["x.py: A bound 2 times", "x.py: B bound 2 times", "x.py: f bound 2 times"]
