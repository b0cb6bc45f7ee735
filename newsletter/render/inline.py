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
"""

from __future__ import annotations

import logging
import sys
import types
from typing import Any

from newsletter.errors import BuildError


class NetworkPlaceholder(types.ModuleType):
    """Stands in for `requests` inside premailer: touching it means premailer tried to fetch something."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):  # import machinery and introspection probe these
            raise AttributeError(name)
        raise BuildError(f"CSS inlining tried to use the network (requests.{name}): a build never fetches; "
                         f"check the theme for an external stylesheet")


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
            return self._real.css.CSSStyleDeclaration()
        return super().parseStyle(cssText, encoding=encoding)


def _premailer() -> Any:
    """premailer's Premailer class, imported without `requests`, inline styles parsed without validation."""
    if "premailer.premailer" not in sys.modules and "requests" not in sys.modules:
        placeholder = NetworkPlaceholder("requests", "placeholder: premailer never fetches in a build")
        sys.modules["requests"] = placeholder
        try:
            import premailer.premailer  # noqa: F401
        finally:
            if sys.modules.get("requests") is placeholder:
                del sys.modules["requests"]
    from premailer import Premailer, merge_style
    from premailer import premailer as premailer_module

    for module, view in ((premailer_module, FloatOnlyCssutils), (merge_style, UnvalidatedCssutils)):
        if not isinstance(module.cssutils, UnvalidatedCssutils):
            module.cssutils = view(module.cssutils)
    return Premailer


def inline_css(html: str, template: str = "email.mjml.j2") -> str:
    """`html` with the CSS of its <style> blocks inlined; errors name the template the HTML came from."""
    Premailer = _premailer()

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
        cssutils_logging_level=logging.CRITICAL,
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
    # lxml's serialiser drops the doctype MJML wrote; without it clients render in quirks mode.
    return out if out.lstrip()[:9].lower() == "<!doctype" else "<!doctype html>\n" + out
