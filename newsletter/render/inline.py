"""CSS inlining with premailer, network off: nothing is fetched (no external stylesheets, no images).

Rules that cannot be inlined (@media for small screens and dark mode) stay in a <style> block.

Two costs of premailer that a build does not use are avoided (see `_premailer()`):
- premailer imports `requests` at module level (≈100–150 ms) only to fetch external stylesheets, which a build
  never does (`allow_network=False`). While premailer is imported, and only if `requests` is not loaded yet, a
  placeholder module stands in for it; premailer keeps the placeholder, which raises if anything touches it.
  `requests` itself is left unloaded, and a real `import requests` anywhere later gets the real module.
- premailer honours `disable_validation` for the stylesheet but parses each element's own style attribute (to
  merge it, and to find floating images) with cssutils' validation on. Validation only logs (cssutils' log is
  silenced here) and changes nothing in the output, yet it compiles a regular expression for every CSS property
  profile it meets: over half the inlining time. premailer's modules get a view of cssutils that never validates
  (and does not parse an image's style that cannot hold a `float`, the one thing premailer reads from it).

What premailer parses is kept between processes (cssmemo.py): while premailer is imported, cssutils is a module
that loads itself on first use, and a build whose CSS was all seen before never uses it.
"""

from __future__ import annotations

import functools
import importlib
import logging
import sys
import types
from collections.abc import Callable
from typing import Any

from newsletter.cachedir import installed
from newsletter.errors import BuildError
from newsletter.render.cssmemo import CssMemo


class NetworkPlaceholder(types.ModuleType):
    """Stands in for `requests` inside premailer: touching it means premailer tried to fetch something."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):  # import machinery and introspection probe these
            raise AttributeError(name)
        raise BuildError(f"CSS inlining tried to use the network (requests.{name}): a build never fetches; "
                         f"check the theme for an external stylesheet")


class LazyModule(types.ModuleType):
    """A module that imports itself on first use, then runs `loaded` on the real one."""

    def __init__(self, name: str, loaded: Callable[[types.ModuleType], None]) -> None:
        super().__init__(name)
        self._loaded = loaded

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        real = self.__dict__.get("_real")
        if real is None:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            real = self.__dict__["_real"] = importlib.import_module(self.__name__)
            self._loaded(real)
        return getattr(real, name)


def _quiet(cssutils: types.ModuleType) -> None:
    """cssutils logs what it cannot parse; the build's checks speak for the output instead."""
    cssutils.log.setLevel(logging.CRITICAL)


class UnvalidatedCssutils(types.ModuleType):
    """cssutils as premailer's modules see it: every parse is unvalidated, everything else is cssutils itself."""

    def __init__(self, real: types.ModuleType) -> None:
        super().__init__("cssutils")
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def parseStyle(self, cssText: str, encoding: str = "utf-8", validate: bool | None = None) -> Any:
        return self._real.parseStyle(cssText, encoding=encoding, validate=False)

    def parseString(self, cssText: str, *args: Any, validate: bool | None = None, **kwargs: Any) -> Any:
        return self._real.parseString(cssText, *args, validate=False, **kwargs)


class FloatOnlyCssutils(UnvalidatedCssutils):
    """cssutils as premailer's main module sees it. That module parses a style attribute only to read an image's
    `float` (to add align= for Outlook): a style without the word has no float, and is not parsed."""

    def parseStyle(self, cssText: str, encoding: str = "utf-8", validate: bool | None = None) -> Any:
        if "float" not in cssText.lower():
            return types.SimpleNamespace(float="")  # what an empty declaration answers
        return super().parseStyle(cssText, encoding=encoding)


class Leftover(str):
    """The CSS that stays in <style> for one block, already serialised (kept in the memo)."""


_memo: CssMemo | None = None


def _import_premailer() -> None:
    """premailer's modules, imported with `requests` as a placeholder and cssutils loading itself on first use."""
    stand_ins: dict[str, types.ModuleType] = {}
    if "requests" not in sys.modules:
        stand_ins["requests"] = NetworkPlaceholder("requests", "placeholder: premailer never fetches in a build")
    if "cssutils" not in sys.modules:
        stand_ins["cssutils"] = LazyModule("cssutils", _quiet)
    sys.modules.update(stand_ins)
    try:
        import premailer.premailer  # noqa: F401
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    from premailer import premailer as premailer_module

    if not isinstance(premailer_module.cssutils, LazyModule):
        _quiet(premailer_module.cssutils)


def _memo_pairs(parse: Callable[..., Any]) -> Callable[..., Any]:
    """premailer's csstext_to_pairs, answered from the memo when it has the text (keyed by the text alone: the
    views above make every parse unvalidated, so `validate` changes nothing)."""
    def csstext_to_pairs(csstext: str, validate: bool = True) -> Any:
        memo = _memo
        found = memo.pairs.get(csstext) if memo is not None else None
        if found is None:
            found = parse(csstext, validate=validate)
            if memo is not None:
                memo.pairs[csstext] = [tuple(pair) for pair in found]
                memo.dirty = True
        return found
    csstext_to_pairs.memoised = True  # type: ignore[attr-defined]
    csstext_to_pairs._lock = parse._lock  # type: ignore[attr-defined]  # the original finds its lock by its name
    return csstext_to_pairs


def _premailer() -> Any:
    """premailer's Premailer class, imported without `requests`, inline styles parsed without validation, and
    what it parses kept in the memo."""
    if "premailer.premailer" not in sys.modules:
        _import_premailer()
    from premailer import Premailer, merge_style
    from premailer import premailer as premailer_module

    for module, view in ((premailer_module, FloatOnlyCssutils), (merge_style, UnvalidatedCssutils)):
        if not isinstance(module.cssutils, UnvalidatedCssutils):
            module.cssutils = view(module.cssutils)
        if not getattr(module.csstext_to_pairs, "memoised", False):
            module.csstext_to_pairs = _memo_pairs(module.csstext_to_pairs)
    return _memoising(Premailer)


@functools.cache
def _memoising(premailer_class: type) -> type:
    class MemoPremailer(premailer_class):  # type: ignore[misc, valid-type]
        """Premailer whose style blocks are parsed once across builds: rules and leftover CSS from the memo."""

        def _parse_style_rules(self, css_body: str, ruleset_index: int) -> tuple[list, list]:
            key = f"{ruleset_index}:{css_body}"
            found = _memo.sheets.get(key) if _memo is not None else None
            if found is None:
                rules, leftover = super()._parse_style_rules(css_body, ruleset_index)
                found = (rules, super()._css_rules_to_string(leftover) if leftover else None)
                if _memo is not None:
                    _memo.sheets[key] = found
                    _memo.dirty = True
            rules, leftover_css = found
            return list(rules), [] if leftover_css is None else [Leftover(leftover_css)]

        def _css_rules_to_string(self, rules: list) -> str:
            if len(rules) == 1 and isinstance(rules[0], Leftover):
                return str(rules[0])
            return super()._css_rules_to_string(rules)

    return MemoPremailer


def _open_memo() -> CssMemo:
    global _memo
    if _memo is None:
        import hashlib

        stamp = hashlib.sha256(installed(("premailer", "cssutils")).encode()).hexdigest()[:16]
        _memo = CssMemo.open(stamp)
    return _memo


def inline_css(html: str, template: str = "email.mjml.j2") -> str:
    """`html` with the CSS of its <style> blocks inlined; errors name the template the HTML came from."""
    Premailer = _premailer()
    memo = _open_memo()

    if not html.strip():
        raise BuildError(f"{template}: the compiled HTML is empty: nothing to inline the CSS into")
    premailer = Premailer(
        html,
        allow_network=False,
        allow_loading_external_files=False,
        keep_style_tags=False,
        remove_classes=False,
        strip_important=False,
        disable_validation=True,
        # premailer copies CSS width/height into attributes, which would turn MJML's width="552" into "100%":
        # Outlook sizes images by that attribute, so it must stay in pixels.
        disable_basic_attributes=["width", "height"],
        cache_css_parsing=True,
    )
    try:
        out = premailer.transform(pretty_print=False)
    except BuildError:
        raise
    except Exception as exc:  # premailer surfaces cssutils and lxml errors as they come
        detail = str(exc) or type(exc).__name__
        raise BuildError(f"{template}: CSS inlining (premailer) failed: {detail} (check the theme's CSS, "
                         f"email.css)") from exc
    memo.save()
    # lxml's serialiser drops the doctype MJML wrote; without it clients render in quirks mode.
    return out if out.lstrip()[:9].lower() == "<!doctype" else "<!doctype html>\n" + out
