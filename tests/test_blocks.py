"""Blocks: validated like items (file:line errors), edited from the CLI, rendered in the HTML and the text part."""

from __future__ import annotations

import re
from datetime import date

import pytest
from lxml import html as lxml_html

from newsletter import issuefile
from newsletter.errors import IssueFileError
from newsletter.render.build import build_issue

DAY = date(2026, 11, 28)


def _append(sample, text: str):
    path = sample.issues_dir / "2026-11-28.toml"
    path.write_text(path.read_text() + text)
    return path


def _line_of(path, needle: str) -> int:
    """The last line holding `needle` (the block the test appended)."""
    return [n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line][-1]


@pytest.mark.parametrize(("block", "needle", "message"), [
    ('kind = "poll"\nafter = "World"', 'kind = "poll"',
     "block 4: 'kind' must be one of sponsor, quote, numbers, note, got 'poll'"),
    ('kind = "quote"\nafter = "Sport"\ntext = "x"', 'after = "Sport"',
     "block 4: quote: 'after' must be \"intro\" or a section of this issue"),
    ('kind = "sponsor"\nafter = "World"\ntitle = "t"\ntext = "x"\nurl = "javascript:alert(1)"', 'url = "javascript',
     "block 4: sponsor: 'url' must be an http(s) or mailto URL, got 'javascript:alert(1)'"),
    ('kind = "sponsor"\nafter = "World"\ntitle = "t"\ntext = "x"', "[[blocks]]",
     "block 4: sponsor: missing 'url'"),
    ('kind = "numbers"\nafter = "World"\nitems = [{ figure = "1" }]', "items = [",
     "block 4: numbers: item 1: missing 'caption'"),
    ('kind = "note"\nafter = "intro"\ntext = "x"\ncolour = "red"', 'colour = "red"',
     "block 4: note: unknown key 'colour'"),
])
def test_block_errors_name_file_and_line(sample, block, needle, message):
    path = _append(sample, f"\n[[blocks]]\n{block}\n")
    with pytest.raises(IssueFileError) as info:
        issuefile.load(path)
    line = _line_of(path, needle)
    assert str(info.value).startswith(f"{path}:{line}: {message}"), str(info.value)


def test_blocks_render_in_place_and_are_marked(sample):
    _append(sample, '\n[[blocks]]\nkind = "note"\nafter = "intro"\ntitle = "Housekeeping"\n'
                    'text = "We move to **7am** from Monday. [Tell us](https://brief.example.com/survey) "\n')
    build = build_issue(sample, DAY)
    root = lxml_html.document_fromstring(build.html)
    text = root.text_content()
    # Order: note after the intro (before the lead), numbers after World, sponsor after Business, quote after Science
    order = [text.index(s) for s in ("We move to 7am", "Portugal's two largest parties", "31–9", "Read the week",
                                     "We wanted to know", "Public libraries lent more")]
    assert order == sorted(order)
    sponsor = next(d for d in root.iter("div") if d.get("class") == "sponsor")
    assert sponsor.get("aria-label") == "Advertisement" and "Sponsored" in sponsor.text_content()
    assert root.xpath("//div[@class='note']//strong")[0].text == "7am"
    assert "[SPONSORED · ADVERTISEMENT]\nRead the week's best long reads, ad-free" in build.text
    assert "HOUSEKEEPING\n\nWe move to 7am from Monday. Tell us (https://brief.example.com/survey)" in build.text
    assert "31–9     council vote for the riverside bridge\n20       countries" in build.text
    assert "  — Priya Raman, Reef Lab" in build.text


def test_block_cli_add_list_remove_keeps_hand_edits(sample, cli_in):
    path = sample.issues_dir / "2026-11-28.toml"
    path.write_text("# my comment stays\n" + path.read_text())
    result = cli_in(sample, "issue", "block", "add", "2026-11-28", "quote", "--after", "technology",
                    "--text", "Errors got rarer.", "--by", "Dana Kim", "--position", "1")
    assert result.exit_code == 0, result.output
    issue = issuefile.load(path)
    assert issue.blocks[0].kind == "quote" and issue.blocks[0].after == "Technology"  # the section's own spelling
    result = cli_in(sample, "issue", "block", "add", "2026-11-28", "numbers", "--after", "intro",
                    "--item", "42%=turnout", "--item", "3=parties")
    assert result.exit_code == 0, result.output
    listing = cli_in(sample, "issue", "block", "list", "2026-11-28").stdout
    assert listing.splitlines()[0].split()[:4] == ["1.", "quote", "after", "Technology"]
    assert "5. numbers  after intro" in listing
    assert cli_in(sample, "issue", "block", "remove", "2026-11-28", "1").exit_code == 0
    assert [b.kind for b in issuefile.load(path).blocks] == ["numbers", "sponsor", "quote", "numbers"]
    assert path.read_text().startswith("# my comment stays\n")
    bad = cli_in(sample, "issue", "block", "add", "2026-11-28", "sponsor", "--after", "World", "--title", "t",
                 "--text", "x", "--url", "data:text/html,hi")
    assert bad.exit_code == 1
    assert bad.output.strip() == ("Error: sponsor: 'url' must be an http(s) or mailto URL, got 'data:text/html,hi' "
                                  "(option --url)")
    assert len(issuefile.load(path).blocks) == 4  # nothing written
    missing = cli_in(sample, "issue", "block", "remove", "2026-11-28", "9")
    assert missing.exit_code == 1 and "no block 9 (the issue has 4 blocks" in missing.output


def test_removing_a_section_a_block_follows_is_refused(sample):
    """A block placed after a section keeps the section: the edit is refused, the file unchanged."""
    import tomlkit

    path = sample.issues_dir / "2026-11-28.toml"
    before = path.read_text()
    doc = issuefile.parse_document(before, path)
    del doc["sections"][1]  # Business, which the sponsor follows
    with pytest.raises(IssueFileError, match="block 2: sponsor: 'after' must be"):
        issuefile.write(path, doc)
    assert path.read_text() == before
    assert tomlkit.parse(before)["blocks"][1]["after"] == "Business"


def test_markdown_links_go_through_the_url_gate(sample, cli_in):
    """A note's or the intro's Markdown link that is relative, protocol-relative or hides its scheme is shown as
    text in the email, the web version and the archive (nh3's scheme list lets addresses without a scheme by)."""
    hostile = "see [a](//evil.example/x) [b](../../etc/passwd) [c](java%09script:alert(1)) [d](https://ok.example/)"
    assert cli_in(sample, "issue", "block", "add", "2026-11-28", "note", "--after", "intro", "--text",
                  hostile).exit_code == 0
    assert cli_in(sample, "issue", "set", "2026-11-28", "--intro", "Hi [x](//evil.example/)").exit_code == 0
    built = cli_in(sample, "build", "2026-11-28")
    assert built.exit_code == 0, built.stderr
    assert cli_in(sample, "archive", "--include-drafts").exit_code == 0
    pages = [sample.dist_dir / "2026-11-28" / "index.html", sample.dist_dir / "2026-11-28" / "web.html",
             *(sample.root / "_site" / "archive").glob("2026-11-28*.html")]
    assert len(pages) == 3
    for page in pages:
        text = page.read_text()
        links = re.findall(r'href="([^"]*)"', text.split("<body", 1)[1])
        assert not [link for link in links if "evil.example" in link or "etc/passwd" in link or "script" in link], page
        assert "https://ok.example/" in links, page


def test_a_block_value_with_a_control_character_is_refused(sample, cli_in):
    """(it would reach the editor's terminal through `issue block list`: ESC ] 0 ; … sets its title)"""
    result = cli_in(sample, "issue", "block", "add", "2026-11-28", "note", "--after", "intro", "--title",
                    "T\x1b]0;pwned\x07", "--text", "Body")
    assert result.exit_code == 1 and "note: 'title' holds a control character (U+001B)" in result.stderr
    assert "\x1b" not in (sample.issues_dir / "2026-11-28.toml").read_text()
