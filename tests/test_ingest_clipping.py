"""Metadata that survives clipping: header lines at the top of a text clipping, and `ingest --url/--section`."""

from __future__ import annotations

import json

import pytest

from newsletter.errors import SourceError
from newsletter.ingest.scraped import read_plaintext
from newsletter.ingest.scraped.clipping import read_headers
from tests.conftest import FIXTURES

PAGE = (FIXTURES / "corpus" / "examples" / "p1.txt").read_text(encoding="utf-8")


def read(text: str):
    articles = read_plaintext(text, "clip.txt")
    assert len(articles) == 1
    return articles[0].finish()


def test_header_lines_win_over_the_page_and_are_not_body():
    header = ("url: https://gulfline.example/asia/rail-landslides\r\nSECTION: Asia\r\n\r\n"
              "Published: 2026-11-18 09:00\r\nAuthor: Desk Editor\r\nImage: https://img.example/rail.jpg\r\n\r\n")
    a = read(header + PAGE)
    assert a.url == "https://gulfline.example/asia/rail-landslides"
    assert a.section == "Asia"  # the page says `South Asia`; the clipping's header wins
    assert a.author == "Desk Editor"
    assert a.published is not None and a.published.isoformat() == "2026-11-18T09:00:00+00:00"
    assert a.image_url == "https://img.example/rail.jpg"
    assert a.title == "Landslides cut Sri Lanka’s hill country rail line as monsoon rains return"
    assert not any("gulfline.example" in p or p.lower().startswith(("url", "section")) for p in a.body)
    assert len(a.body) == 9


def test_without_header_lines_the_page_decides():
    a = read(PAGE)
    assert a.url is None and a.section == "South Asia" and a.author == "Nirosha Wijesekera"


@pytest.mark.parametrize(("line", "message"), [
    ("URL: javascript:alert(1)", "clip.txt:2: URL header 'javascript:alert(1)' is not an http(s) address"),
    ("Image: data:image/png;base64,AAAA", "clip.txt:2: Image header 'data:image/png;base64,AAAA' is not an http(s)"
                                          " address"),
    ("Date: next Tuesday-ish", "clip.txt:2: Date header 'next Tuesday-ish' is not a date"),
])
def test_a_bad_header_value_is_an_error_naming_the_line(line, message):
    with pytest.raises(SourceError) as exc:
        read_plaintext(f"Section: World\n{line}\n\n{PAGE}", "clip.txt")
    assert str(exc.value) == message


def test_a_numeric_date_header_is_read_as_the_page_below_writes_dates():
    """`03/04/2027` above a French page is 3 April (as the page's own dates are read), above an English one March 4."""
    french = next((FIXTURES / "corpus" / "dev").glob("13_*.txt")).read_text(encoding="utf-8")
    assert read(f"Date: 03/04/2027 08:30\n\n{french}").published.isoformat().startswith("2027-04-03T08:30")
    assert read(f"Date: 03/04/2027 08:30\n\n{PAGE}").published.isoformat().startswith("2027-03-04T08:30")
    assert read(f"Date: 2027-04-03\n\n{PAGE}").published.isoformat().startswith("2027-04-03")


def test_a_page_whose_first_line_is_a_compound_byline_is_not_a_header():
    lines = ["Author: Priya Shah | Published: 10:00 AM, March 3, 2024", "", "Hospital waiting lists fall"]
    clip, first = read_headers(lines, "page.txt")
    assert first == 0 and clip.author is None  # the page's own byline row stays page text


def test_ingest_url_and_section_override_the_page(cli, tmp_path):
    page = tmp_path / "clip.txt"
    page.write_text("URL: https://gulfline.example/old\n\n" + PAGE, encoding="utf-8")
    result = cli("ingest", page, "--url", "https://gulfline.example/asia/rail?utm_source=x", "--section", "Asia",
                 "--json")
    assert result.exit_code == 0, result.stderr
    [entry] = json.loads(result.stdout)["articles"]
    shown = json.loads(cli("articles", "show", entry["id"], "--json").stdout)
    assert shown["url"] == "https://gulfline.example/asia/rail"  # tracking parameters dropped
    assert shown["section"] == "Asia"
    assert shown["title"].startswith("Landslides cut")


@pytest.mark.parametrize(("args", "message"), [
    (["--url", "javascript:alert(1)"], "Error: --url 'javascript:alert(1)' is not an http(s) address"),
    (["--url", "mailto:desk@example.com"], "Error: --url 'mailto:desk@example.com' is not an http(s) address"),
    (["--section", " "], "Error: --section is empty"),
])
def test_ingest_refuses_bad_overrides(cli, tmp_path, args, message):
    page = tmp_path / "clip.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = cli("ingest", page, *args)
    assert result.exit_code == 1
    assert result.stderr.strip() == message
    assert json.loads(cli("articles", "list", "--json").stdout) == []  # nothing half-ingested


def test_ingest_url_names_one_source(cli, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    result = cli("ingest", tmp_path / "a.txt", tmp_path / "b.txt", "--url", "https://gulfline.example/x")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: --url names one article, but 2 sources were given"
