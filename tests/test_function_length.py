"""No function in newsletter/ is longer than 60 lines (the house rule; templates are not Python and do not count)."""

from __future__ import annotations

import ast
from collections import deque

from tests.conftest import REPO

LIMIT = 60

# Files allowed a long function for a while (an entry with no long function left fails the test, so none can
# linger). Empty: every rewrite has landed.
UNDER_REWRITE: set[str] = set()


# Where a `def` can stand: statements and the blocks of `except` and `case`, never inside an expression.
_BLOCKS = (ast.stmt, ast.excepthandler, ast.match_case)


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Every function in `tree`, in ast.walk's order, without visiting expressions (a fifth of the time)."""
    found, todo = [], deque([tree])
    while todo:
        node = todo.popleft()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.append(node)
        todo.extend(child for child in ast.iter_child_nodes(node) if isinstance(child, _BLOCKS))
    return found


def long_functions(source: str, name: str) -> list[str]:
    """`name:line f() is N lines` for every function or method of `source` over LIMIT lines (decorators aside)."""
    return [f"{name}:{node.lineno} {node.name}() is {length} lines"
            for node in _functions(ast.parse(source, filename=name))
            if (length := node.end_lineno - node.lineno + 1) > LIMIT]


def test_no_function_is_over_60_lines():
    found = {}
    for path in sorted((REPO / "newsletter").rglob("*.py")):
        name = path.relative_to(REPO).as_posix()
        found[name] = long_functions(path.read_text(encoding="utf-8"), name)
    too_long = [line for name, lines in found.items() if name not in UNDER_REWRITE for line in lines]
    assert not too_long, "split these functions:\n" + "\n".join(too_long)
    stale = sorted(name for name in UNDER_REWRITE if not found.get(name))
    assert not stale, f"no function over {LIMIT} lines is left in {stale}: remove them from UNDER_REWRITE"


def test_the_check_counts_nested_functions_and_methods_and_stops_at_the_limit():
    def function(name: str, lines: int, indent: str = "") -> str:
        return f"{indent}def {name}():\n" + "".join(f"{indent}    x{i} = {i}\n" for i in range(lines - 1))

    source = (function("exactly_at_the_limit", LIMIT) + "\n\nclass C:\n" + function("method", LIMIT + 1, "    ")
              + "\n\ndef outer():\n" + function("inner", LIMIT + 5, "    ") + "    return inner\n")
    found = long_functions(source, "x.py")
    assert [line.split()[1] for line in found] == ["outer()", "method()", "inner()"]
    assert f"x.py:{source.splitlines().index('    def method():') + 1} method() is {LIMIT + 1} lines" in found
