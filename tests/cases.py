"""Many made-up cases of one reader test in one pytest item.

`@cases("line", [...])` stands where `@pytest.mark.parametrize` would, and stacks the same way (the product of the
lists); the test runs every case and fails naming each case that fails, with its own assertion message. The reader's
kind tests hold about 3,800 small cases: as one pytest item each, pytest and xdist spent more CPU on the items (a
report each, sent between processes) than on reading the pages."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any


def cases(argnames: str | Sequence[str], argvalues: Iterable[Any],
          ids: Sequence[str] | None = None) -> Callable[[Callable[..., None]], Callable[[], None]]:
    names = [n.strip() for n in argnames.split(",")] if isinstance(argnames, str) else list(argnames)
    values = list(argvalues)
    labels = list(ids) if ids is not None else [repr(v) for v in values]

    def decorate(test: Callable[..., None]) -> Callable[[], None]:
        base, grids = getattr(test, "_cases", (test, []))
        grids = [(names, values, labels), *grids]

        def run_all() -> None:
            __tracebackhide__ = True  # (pytest shows the failing cases, not this loop)
            failed, total = [], 0
            for combo in itertools.product(*(list(zip(vals, labs, strict=True)) for _, vals, labs in grids)):
                kwargs: dict[str, Any] = {}
                for (keys, _, _), (value, _) in zip(grids, combo, strict=True):
                    kwargs.update({keys[0]: value} if len(keys) == 1 else zip(keys, value, strict=True))
                total += 1
                try:
                    base(**kwargs)
                except Exception as exc:  # (every failing case is named, and the rest still run)
                    label = ", ".join(lab for _, lab in combo)
                    failed.append(f"[{label}] {type(exc).__name__}: {exc}")
            assert not failed, f"{len(failed)} of {total} cases fail:\n" + "\n".join(failed)

        run_all.__name__, run_all.__qualname__, run_all.__doc__ = base.__name__, base.__qualname__, base.__doc__
        run_all.__module__ = base.__module__
        run_all._cases = (base, grids)  # type: ignore[attr-defined]
        return run_all

    return decorate
