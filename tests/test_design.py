"""The design (issue #16): size budget, layout in Chromium, hostile articles, alt text, text part, theme config."""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from lxml import html as lxml_html

from bench.bench_build import DAY as BENCH_DAY
from bench.bench_build import make_workspace
from newsletter.errors import ConfigError
from newsletter.render.build import build_issue, personalise_preview
from newsletter.workspace import Workspace
from tests.browser import chromium, needs_chromium
from tests.conftest import set_config

SAMPLE_DAY = date(2026, 11, 28)
HOSTILE = """
[[sections]]
name = "More"

[[sections.items]]
id = "evil001"
title = "<script>alert('title')</script> Hostile headline"
url = "javascript:alert(document.domain)"
summary = "<img src=x onerror=alert(1)> summary"
image_url = "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"
image_alt = "\\" onerror=\\"alert(2)"
"""


@pytest.fixture
def rich(tmp_path) -> Workspace:
    """The benchmark's issue: 20 articles, a picture on every story, a sponsor block, the table of contents."""
    root = tmp_path / "rich"
    root.mkdir()
    make_workspace(root, 20)
    return Workspace(root)


def test_twenty_stories_with_pictures_stay_under_60_kb(rich):
    build = build_issue(rich, BENCH_DAY)
    assert build.html_size <= 60 * 1024, build.html_size
    root = lxml_html.document_fromstring(build.html)
    thumbs = [img for img in root.iter("img") if img.get("width") == "160"]
    assert len(thumbs) == 19 and all(img.get("height") == "107" for img in thumbs)  # the lead is full width
    assert "Sponsored" in build.html and "In today’s issue" in build.html


def _offline(page) -> None:
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())


def _record_dialog(seen: list[str], dialog) -> None:
    seen.append(dialog.message)
    dialog.dismiss()


def _hostile_workspace(sample) -> Path:
    path = sample.issues_dir / "2026-11-28.toml"
    text = path.read_text()
    head, blocks = text.split("\n[[blocks]]", 1)
    path.write_text(head + HOSTILE + "\n[[blocks]]" + blocks)
    return path


@needs_chromium
@pytest.mark.browser
def test_a_hostile_article_runs_no_script_anywhere(sample, monkeypatch):
    from newsletter import issuefile
    from newsletter.archive import make_archive
    from newsletter.errors import IssueFileError

    _hostile_workspace(sample)
    with pytest.raises(IssueFileError, match="'url' must be an http"):  # the issue file's own gate
        build_issue(sample, SAMPLE_DAY)
    # Defence in depth: with the file's gate off, the render gate alone keeps every output clean.
    monkeypatch.setattr(issuefile, "safe_link", lambda url: url)
    monkeypatch.setattr(issuefile, "safe_image", lambda url: url)
    build = build_issue(sample, SAMPLE_DAY)
    assert any("evil001" in w and "without a link" in w for w in build.warnings)
    make_archive(sample, sample.root / "_site", include_drafts=True)
    pages = {"email": build.out_dir / "index.html", "web": build.out_dir / "web.html",
             "archive": sample.root / "_site" / "archive" / "2026-11-28.html"}
    for name, path in pages.items():
        html = path.read_text()
        root = lxml_html.document_fromstring(html)
        urls = [a.get("href") or "" for a in root.iter("a")] + [i.get("src") or "" for i in root.iter("img")]
        assert not [u for u in urls if re.match(r"\s*(javascript|data|vbscript):", u, re.I)], name
        assert not list(root.iter("script")), name
        assert not [el for el in root.iter() if any(k.startswith("on") for k in el.attrib)], name
    with chromium() as browser:
        for name, path in pages.items():
            page = browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", partial(_record_dialog, dialogs))
            _offline(page)
            page.goto(path.as_uri())
            headline = page.get_by_text("Hostile headline").first
            assert headline.is_visible(), name
            assert "<script>" in headline.inner_text(), name  # shown as text, not run
            assert page.locator("a", has_text="Hostile headline").count() == 0, name  # no link at all
            page.wait_for_timeout(100)
            assert dialogs == [], (name, dialogs)
            page.close()


def test_alt_text_never_repeats_the_headline_and_the_preheader_has_filler(sample):
    path = sample.issues_dir / "2026-11-28.toml"
    path.write_text(path.read_text().replace(
        'image_alt = "The Portuguese parliament building in Lisbon under a grey sky"',
        'image_alt = "Coalition talks begin after no party wins a majority in Portugal"'))
    build = build_issue(sample, SAMPLE_DAY)
    root = lxml_html.document_fromstring(build.html)
    hero = next(i for i in root.iter("img") if "lisbon" in i.get("src"))
    assert hero.get("alt") == ""
    assert "font-family" in hero.get("style") and "background-color" in hero.get("style")  # styled alt text
    preheader = root.xpath("//body/div[1]")[0].text_content()
    assert preheader.startswith("Riverside cycle bridge approved") and preheader.count("\u200c") >= 40
    assert "\u200c" not in build.web_html  # the web page has no inbox preview


def test_one_link_per_item_publication_and_person_bylines(sample):
    build = build_issue(sample, SAMPLE_DAY)
    root = lxml_html.document_fromstring(build.html)
    links = [a.get("href") for a in root.iter("a")]
    assert links.count("https://example.com/tech/2026/11/27/quantum-error-correction") == 1
    assert "Read more" not in build.html
    assert "Lab Notes · Dana Kim" in build.html
    assert "Local Desk" not in build.html and "Health Wire" in build.html  # a desk is not a byline
    assert re.search(r"No\.(&nbsp;|\xa0)142", build.html)
    set_config(sample, "theme.read_more", "Read more")
    html = build_issue(Workspace(sample.root), SAMPLE_DAY).html  # a fresh workspace reads the new config
    assert 'aria-label="Read more: Quantum computer keeps error rates falling as it scales up"' in html


def test_text_part_lists_html_alignment_and_signature(sample):
    path = sample.issues_dir / "2026-11-28.toml"
    intro = ('intro = """Good morning. <b>Three</b> things:\n\n- one\n- two\n- three\n\n'
             '<div onclick=x>Raw <em>HTML</em></div>"""')
    text = re.sub(r'intro = """.*?"""', intro.replace("\\", "\\\\"), path.read_text(), flags=re.S)
    path.write_text(text)
    body = build_issue(sample, SAMPLE_DAY).text
    assert "Good morning. Three things:\n\n- one\n- two\n- three\n\nRaw HTML\n" in body
    assert "<" not in body.split("-- \n")[0]
    assert "\n 9. Scientists grow" in body and "\n10. Public libraries" in body
    assert "\n    Coral bred from colonies" in body  # summaries line up under the titles at any count
    assert "\n-- \n" in body
    path.write_text(re.sub(r'intro = """.*?"""', 'intro = ""', text, flags=re.S))
    build = build_issue(sample, SAMPLE_DAY)
    assert f"Hi {build.slots.first_name},\n\n" in build.text


def test_item_without_url_shows_headline_without_link(sample, cli_in):
    path = sample.issues_dir / "2026-11-28.toml"
    path.write_text(path.read_text().replace(
        'url = "https://example.com/culture/2026/11/27/library-ebook-record"\n', ""))
    build = build_issue(sample, SAMPLE_DAY)
    root = lxml_html.document_fromstring(build.html)
    heading = next(h for h in root.iter("h3") if "Public libraries" in h.text_content())
    assert not list(heading.iter("a"))
    assert not [a for a in root.iter("a") if a.get("href", "").endswith("archive/2026-11-28.html")
                and "libraries" in a.text_content()]
    assert "item 'hkrqe0d' has no http(s) url: its headline is shown without a link" in build.warnings
    result = cli_in(sample, "issue", "check", "2026-11-28")
    assert "item 'hkrqe0d' has no url: its headline is shown without a link" in result.output
    result = cli_in(sample, "build", "--strict")
    assert result.exit_code == 1 and "hkrqe0d" in result.output


@pytest.mark.parametrize(("setting", "message"), [
    ('accent_color = "red"', "Config value 'theme.accent_color': 'red' is not a CSS hex colour such as #b42318"),
    ('logo_url = "javascript:alert(1)"', "Config value 'theme.logo_url': 'javascript:alert(1)' is not an http(s) "
                                         "image URL"),
    ('heading_font = "x;}</style><script>"', "Config value 'theme.heading_font': only font names"),
])
def test_theme_settings_are_validated(sample, setting, message):
    key = setting.split(" = ")[0]
    text = re.sub(rf"^{key} = .*$", setting, sample.config_path.read_text(), flags=re.M)
    sample.config_path.write_text(text)
    with pytest.raises(ConfigError) as info:
        _ = Workspace(sample.root).config
    assert re.sub(r" \(line \d+\)", "", str(info.value)).count(message) == 1  # the message names the line too
    assert f"'theme.{key}' (line " in str(info.value)


def test_theme_brand_reaches_the_email(sample):
    set_config(sample, {"theme.accent_color": "#7c3aed", "theme.logo_url": "https://brief.example.com/logo.png"})
    build = build_issue(sample, SAMPLE_DAY)
    assert "#7c3aed" in build.html and "#0f766e" not in build.html
    root = lxml_html.document_fromstring(build.html)
    logo = next(i for i in root.iter("img") if i.get("src") == "https://brief.example.com/logo.png")
    assert logo.get("alt") == "The Daily Brief" and logo.get("width") == "160"
    assert personalise_preview(build, "Sam").count("Hi Sam,") == 1
