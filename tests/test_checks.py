"""render/checks.py: every build check on the built sample, one fault at a time (the sample itself is clean)."""

from __future__ import annotations

import copy
import dataclasses
import shutil
from datetime import date

import pytest

from newsletter.render.checks import check_build
from newsletter.render.placeholders import UNSUBSCRIBE_URL
from tests.conftest import REPO

DAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The sample issue built once: (issue, html, text, config, slots)."""
    from newsletter.render.build import build_issue
    from newsletter.workspace import Workspace

    root = tmp_path_factory.mktemp("checks") / "sample"
    root.mkdir()
    shutil.copy(REPO / "newsletter.toml", root)
    shutil.copytree(REPO / "issues", root / "issues")
    ws = Workspace(root)
    build = build_issue(ws, DAY)
    return build.issue, build.html, build.text, ws.config, build.slots


def findings(issue, html, text, config, slots) -> dict[str, bool]:
    return {f.message: f.blocking for f in check_build(issue, html, text, config, slots)}


def test_the_sample_has_no_finding(built):
    assert findings(*built) == {}


def test_a_missing_subject_blocks(built):
    issue, html, text, config, slots = built
    assert findings(dataclasses.replace(issue, subject="  "), html, text, config, slots) == {
        "the subject is missing": True}


def test_a_text_part_without_the_unsubscribe_link_blocks(built):
    issue, html, text, config, slots = built
    assert slots.unsubscribe_url in text
    blocked = {f"the text part has no unsubscribe link ({UNSUBSCRIBE_URL})": True}
    assert findings(issue, html, text.replace(slots.unsubscribe_url, "https://example.com/unsubscribe"), config,
                    slots) == blocked
    # The placeholder's spelling in an article's text is no unsubscribe link: only the build's slot is.
    assert findings(issue, html, text.replace(slots.unsubscribe_url, UNSUBSCRIBE_URL), config, slots) == blocked


def test_an_html_part_without_the_unsubscribe_link_blocks(built):
    issue, html, text, config, slots = built
    blocked = {f"the HTML has no unsubscribe link (a link to {UNSUBSCRIBE_URL})": True}
    assert findings(issue, html.replace(f'href="{slots.unsubscribe_url}"', 'href="#"'), text, config, slots) == blocked
    spelled = html.replace(slots.unsubscribe_url, UNSUBSCRIBE_URL)
    assert findings(issue, spelled, text, config, slots) == {
        **blocked, f"the HTML carries a link or image that is not http(s): '{UNSUBSCRIBE_URL}'": True}


def test_a_base_url_that_is_not_https_is_a_warning(built):
    issue, html, text, config, slots = built
    plain = copy.deepcopy(config)
    plain.newsletter.base_url = "http://example.com/newsletter"
    assert findings(issue, html, text, plain, slots) == {
        "newsletter.base_url is not https (http://example.com/newsletter): mail providers accept only https "
        "one-click unsubscribe links (RFC 8058)": False}


def test_an_image_without_a_width_or_alt_text(built):
    issue, html, text, config, slots = built
    extra = '<img src="https://images.example.com/a.png" alt="A chart" width="auto">' \
            '<img src="https://images.example.com/b.png" width="80">'
    assert findings(issue, html.replace("</body>", extra + "</body>"), text, config, slots) == {
        "image https://images.example.com/a.png has no width in pixels (Outlook sizes images by it)": False,
        "image https://images.example.com/b.png has no alt text": False}


def test_a_link_or_image_that_is_not_http_blocks(built):
    issue, html, text, config, slots = built
    extra = '<a href="javascript:alert(1)">x</a><img src="data:image/png;base64,AAAA" alt="x" width="1">'
    assert findings(issue, html.replace("</body>", extra + "</body>"), text, config, slots) == {
        "the HTML carries a link or image that is not http(s): 'data:image/png;base64,AAAA'": True,
        "the HTML carries a link or image that is not http(s): 'javascript:alert(1)'": True}


def test_active_content_from_a_theme_blocks(built):
    """Articles are escaped, so only a theme can put these in: a script, an event handler, a script URL in an
    attribute the link gate does not look at, an embedded object."""
    issue, html, text, config, slots = built
    extra = ('<script>alert(1)</script><div onclick="alert(2)">x</div><form action="javascript:alert(3)"></form>'
             '<svg><a xlink:href="java\tscript:alert(4)">s</a></svg><object data="https://x.example/a.swf"></object>')
    got = findings(issue, html.replace("</body>", extra + "</body>"), text, config, slots)
    prefix = "the HTML carries active content, which mail clients drop and the archive would run: "
    suffix = " (escaped article text cannot make it: look at the theme's templates)"
    assert got == {prefix + what + suffix: True for what in (
        "<script>", "onclick= on <div>", "action='javascript:alert(3)' on <form>",
        "xlink:href='javascript:alert(4)' on <a>", "<object>")}


def test_the_postal_address_missing_blocks_and_absent_from_the_text_warns(built):
    issue, html, text, config, slots = built
    address = config.newsletter.postal_address
    assert address and address in text
    assert findings(issue, html, text.replace(address, ""), config, slots) == {
        "the text part does not show the postal address": False}
    empty = copy.deepcopy(config)
    empty.newsletter.postal_address = " "
    assert findings(issue, html, text, empty, slots) == {
        "newsletter.postal_address is empty: anti-spam law requires the sender's postal address": True}


def test_an_item_without_a_link_an_empty_section_and_no_preheader(built):
    issue, html, text, config, slots = built
    changed = copy.deepcopy(issue)
    changed.preheader = ""
    first = changed.sections[0].items[0]
    first.url = "ftp://example.com/story"
    changed.sections.append(type(changed.sections[0])("Empty"))
    found = findings(changed, html, text, config, slots)
    assert found == {
        f"item '{first.id}' has no http(s) url: its headline is shown without a link": False,
        "section 'Empty' is empty": False,
        "the preheader is missing (set it with `newsletter issue set DATE --preheader …`)": False}


def test_an_html_over_the_size_limit_is_a_warning(built):
    issue, html, text, config, slots = built
    small = copy.deepcopy(config)
    small.build.max_html_kb = 1
    size = len(html.encode()) / 1024
    assert findings(issue, html, text, small, slots) == {
        f"the HTML is {size:.0f} KB, over 1 KB: Gmail clips it (remove items or shorten summaries)": False}
