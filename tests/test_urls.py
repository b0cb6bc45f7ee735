"""newsletter/urls.py, the one gate for every URL a reader can follow or load: a table of hostile and ordinary
values (the browser tests show the same gate holding in the rendered pages)."""

from __future__ import annotations

import pytest

from newsletter.urls import safe_image, safe_link


@pytest.mark.parametrize(("value", "link", "image"), [
    ("https://example.com/a?b=1#c", "https://example.com/a?b=1#c", "https://example.com/a?b=1#c"),
    ("  HTTP://Example.com/x  ", "HTTP://Example.com/x", "HTTP://Example.com/x"),
    ("mailto:editor@example.com", "mailto:editor@example.com", None),
    ("mailto:nobody", None, None),  # a mailto: without an address
    ("javascript:alert(1)", None, None),
    ("JaVaScRiPt:alert(1)", None, None),
    ("java\tscript:alert(1)", None, None),  # browsers drop the tab: still javascript:
    ("java\nscript:alert(1)", None, None),
    ("\x00javascript:alert(1)", None, None),
    ("vbscript:msgbox(1)", None, None),
    ("data:text/html;base64,PHNjcmlwdD4=", None, None),
    ("data:image/png;base64,AAAA", None, None),
    ("file:///etc/passwd", None, None),
    ("ftp://example.com/a", None, None),
    ("//example.com/protocol-relative", None, None),
    ("/relative/path", None, None),
    ("https:///no-host", None, None),
    ("http://", None, None),
    ("https://example.com:99999/", None, None),  # a port out of range
    ("http://[::1/broken-ipv6", None, None),
    ("https://exa\x01mple.com/", None, None),  # a control character that survives the stripping
    ("https://example.com/\x7f", None, None),
    ("", None, None),
    ("   ", None, None),
    (None, None, None),
    (42, None, None),
    (["https://example.com/"], None, None),
])
def test_only_http_https_and_mailto_pass(value, link, image):
    assert safe_link(value) == link
    assert safe_image(value) == image


def test_what_passes_is_the_cleaned_url_that_is_written():
    # The stripped form is what the output carries, so no output can differ from what was checked.
    assert safe_link("https://exa\tmple.com/\r\npath") == "https://example.com/path"
