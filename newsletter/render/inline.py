"""CSS inlining with premailer, network off: nothing is fetched (no external stylesheets, no images).

Rules that cannot be inlined (@media for small screens and dark mode) stay in a <style> block.
"""

from __future__ import annotations

import logging

from newsletter.errors import BuildError


def inline_css(html: str, template: str = "email.mjml.j2") -> str:
    """`html` with the CSS of its <style> blocks inlined; errors name the template the HTML came from."""
    from premailer import Premailer

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
    except Exception as exc:  # premailer surfaces cssutils and lxml errors as they come
        detail = str(exc) or type(exc).__name__
        raise BuildError(f"{template}: CSS inlining (premailer) failed: {detail} (check the theme's CSS, "
                         f"email.css)") from exc
    # lxml's serialiser drops the doctype MJML wrote; without it clients render in quirks mode.
    return out if out.lstrip()[:9].lower() == "<!doctype" else "<!doctype html>\n" + out
