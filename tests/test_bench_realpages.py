"""The real-pages benchmark's scorer (bench/bench_realpages.py) on made-up copies: the pages it scores are not here."""

from __future__ import annotations

import importlib.util
import sys

from tests.conftest import REPO

_PAGE = """Accept all cookies
Home
News
Sport

Harbour ferry fares rise for the first time in ten years

By Orla Brennan
12 March 2027

The harbour board approved a rise of twenty pence on every ferry ticket on Tuesday evening, the first since 2017.

Fuel and wages had both gone up sharply, the chair said, and the service had run at a loss for three years.

Season tickets for residents are frozen until the end of the year, and children under five still travel free.

Share this article
"""


def _scorer():
    sys.path.insert(0, str(REPO / "bench"))
    try:
        spec = importlib.util.spec_from_file_location("bench_realpages", REPO / "bench" / "bench_realpages.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)  # type: ignore[union-attr]
    finally:
        sys.path.remove(str(REPO / "bench"))
    return module


def test_a_page_read_right_passes_every_check_it_is_annotated_for():
    item = {"title": "Harbour ferry fares rise for the first time in ten years", "author": "Orla Brennan",
            "date": "2027-03-12", "with": ["the first since 2017", "children under five still travel free"],
            "without": ["Accept all cookies", "Share this article", "a line no copy holds"]}
    assert _scorer().score(_PAGE, item) == {"title": True, "author": True, "published": True,
                                            "main text kept": True, "furniture left out": True}


def test_a_wrong_field_or_a_passage_on_the_wrong_side_fails_and_one_the_copy_lacks_is_not_asked():
    item = {"title": "Ferry fares", "author": "Orla Brennan; Sean Dunne", "date": "2027-03-13",
            "with": ["Accept all cookies"], "without": ["the first since 2017"]}
    assert _scorer().score(_PAGE, item) == {"title": False, "author": False, "published": False,
                                            "main text kept": False, "furniture left out": False}
    bare = {"title": "Harbour ferry fares rise for the first time in ten years", "with": ["www.example.org"],
            "without": ["Subscribe now"]}
    assert _scorer().score(_PAGE, bare) == {"title": True, "author": None, "published": None,
                                            "main text kept": None, "furniture left out": None}


def test_the_halves_split_by_address_evenly_and_for_good():
    scorer = _scorer()
    halves = [scorer.half_of(f"https://example.org/story/{n}") for n in range(400)]
    assert 160 <= halves.count("dev") <= 240
    assert halves == [scorer.half_of(f"https://example.org/story/{n}") for n in range(400)]


def test_a_folder_that_is_no_checkout_is_named_in_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["bench_realpages.py", str(tmp_path)])
    assert _scorer().main() == 2
    assert capsys.readouterr().err == f"Error: {tmp_path} is not a checkout of trafilatura (no tests/evaldata.json)\n"
