"""The scraped-page reader judged like a benchmark: exact fields on a few pages, a score on every corpus folder.

The scorer is bench/bench_ingest.py (`python bench/bench_ingest.py` prints the per-field table).
"""

from __future__ import annotations

import importlib.util
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsletter.ingest.scraped import read_plaintext
from tests.conftest import FIXTURES, REPO

CORPUS = FIXTURES / "corpus"
EXAMPLES = CORPUS / "examples"
# What each folder scores today, minus a small margin (bench output of this commit: examples 100%, dev 98.3%;
# holdout pages are never tuned on and scored 67%). A folder not listed must reach the 90% bar.
THRESHOLDS = {"examples": 0.97, "dev": 0.95, "holdout": 0.60}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_ingest", REPO / "bench" / "bench_ingest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_ingest"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def read(path: Path):
    articles = read_plaintext(path.read_text(encoding="utf-8"), path.name)
    assert len(articles) == 1
    return articles[0].finish()


@pytest.mark.parametrize("folder", sorted(p.name for p in CORPUS.iterdir() if p.is_dir()))
def test_corpus_score(folder):
    bench = _bench()
    results = bench.score_folder(CORPUS / folder)
    assert results, f"no scored pages in {folder}"
    passed, total, _ = bench.summary(results)
    failed = {r.name: sorted(r.failed) for r in results if r.failed}
    assert passed / total >= THRESHOLDS.get(folder, 0.90), (passed, total, failed)


def test_broadcaster_page_exact_fields():
    a = read(EXAMPLES / "p1.txt")
    assert (a.title, a.section, a.author, a.image_credit) == (
        "Landslides cut Sri Lanka’s hill country rail line as monsoon rains return", "South Asia",
        "Nirosha Wijesekera", "Dilan Rathnayake/Gulfline")
    assert a.published == datetime(2026, 11, 18, 7, 42, tzinfo=UTC)  # 11:42 AM GST (UTC+4)
    assert a.summary.startswith("The mountain route that carries tea")  # the standfirst, not body
    assert len(a.body) == 9 and a.body[0].startswith("At least 14 landslides")
    assert a.body[-1].endswith("trains from Colombo would run only as far as Nanu Oya.")
    assert not any(p.startswith(("Read more", "Advertisement", "Get the day", "Source:")) for p in a.body)


def test_spanish_regional_page_without_blank_lines():
    a = read(EXAMPLES / "p2.txt")
    assert (a.section, a.author, a.image_credit) == ("Galicia", "Uxía Carballo", "Antía Rey")
    assert a.published == datetime(2026, 11, 12, 7, 30, tzinfo=UTC)  # Publicado, not Actualizado
    assert a.tags == ["Educación", "Rural", "Despoblación", "Lugo"]
    assert len(a.body) == 9
    assert not any("cooperativa de Monterroso" in p or p == "Publicidad" for p in a.body)


def test_finance_page_title_suffix_key_points_and_subheading():
    a = read(EXAMPLES / "p3.txt")
    assert a.title == "Pennant Foods to buy Bluewater Markets for $4.2 billion in bet on regional grocery scale"
    assert (a.section, a.author, a.image_credit) == ("Retail", "Marisa Okafor", None)
    assert "A crowded middle" in a.body and len(a.body) == 10
    assert not any(p.startswith(("Pennant Foods will pay", "Disclosure:", "PNFD")) for p in a.body)


def test_german_broadcaster_kicker_audio_box_and_credit():
    a = read(EXAMPLES / "p4.txt")
    assert (a.title, a.section, a.author) == (
        "Koalition vertagt Entscheidung über Milliardenhilfe für Kommunen", "Inland", "Jana Albrecht")
    assert a.image_credit == "Funkhaus / Tobias Reinholz"
    assert a.published == datetime(2026, 11, 25, 14, 5, tzinfo=UTC)
    assert "Städte warnen vor Schließungen" in a.body and len(a.body) == 9
    assert not any(p.startswith(("Haushälter unterbrechen", "Jana Albrecht, Funkhaus", "Über dieses Thema"))
                   for p in a.body)


def test_an_80_kb_paragraph_reads_in_linear_time():
    sentence = "The council said on Tuesday that the plan would be paid for by grants and local loans, "
    text = "Council approves the riverside plan\n\n" + sentence * (80_000 // len(sentence))
    start = time.perf_counter()
    [article] = read_plaintext(text, "long.txt")
    # The old reader took 23 s (a regex scanning from every offset); the bench shows ~0.02 s. The bound is
    # loose because the test machine is shared.
    assert time.perf_counter() - start < 2.0
    assert article.title == "Council approves the riverside plan" and len(article.body) == 1
