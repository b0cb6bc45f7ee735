"""The headline on whole-page copies of real sites (bench/bench_realpages.py's dev half): the shapes a copy gives a
headline when a site's inline furniture runs into it, written here as made-up pages."""

from __future__ import annotations

from newsletter.ingest.scraped import read_plaintext
from tests.cases import cases

_STORY = ["Rund 500 Beschäftigte des Hubschrauberwerks demonstrierten am Montag vor dem Werkstor in Calden für neue "
          "Aufträge, nachdem der Bund eine geplante Bestellung zurückgestellt hatte.",
          "Der Betriebsrat spricht von der größten Kundgebung seit zwanzig Jahren und fordert, dass die Bundeswehr "
          "ihre Maschinen bei Herstellern im eigenen Land kauft.",
          "Die Geschäftsführung erklärte am Nachmittag, sie teile die Sorge der Belegschaft, und kündigte Gespräche "
          "mit dem Verteidigungsministerium für die kommende Woche an."]
_HEAD = "Mitarbeiter fordern Bundeswehr-Aufträge für deutsche Unternehmen"


def _page(header: str) -> str:
    return "Nordhessen-Nachrichten\nStartseite\nAktuelles\nPresseinformationen\nPanorama\nSport\n\n" + header + "\n\n" \
        + "\n\n".join(_STORY) + "\n"


@cases("header", [
    f"Startseite Panorama {_HEAD}\n{_HEAD}\n6. November 2023 14:03 Uhr",  # a breadcrumb set inline with it
    f"Sie sind hier: Aktuelles Presseinformationen {_HEAD}\nSuche\n06.11.2023\n{_HEAD}",
    f"Nordhessen-Nachrichten {_HEAD}\nANZEIGE\n{_HEAD.upper()}\n6. November 2023",  # a site name; capitals below
])
def test_a_headline_with_a_trail_run_into_it_is_read_from_its_line_alone(header):
    """The copy runs a breadcrumb, `Sie sind hier:` trail or site name into the headline's front when the site sets
    them inline, and shows the headline again alone a few lines below: the line alone is the headline (what ran into
    it, the page's menu entries and name)."""
    article = read_plaintext(_page(header), "page.txt")[0]
    assert article.title.casefold() == _HEAD.casefold()
    assert article.body == _STORY


@cases("headline", ["AMOKLAUF IN HEIDELBERG: RUFE NACH SCHNELLER AUFKLÄRUNG", "ORSO MARSICANO: 2019 UN ANNO DA RECORD"])
def test_a_headline_in_capitals_keeps_its_words_before_a_colon(headline):
    """A headline set in capitals throughout has no kicker in capitals before its colon: it is all headline."""
    article = read_plaintext(_page(f"{headline}\n25. Januar 2022"), "page.txt")[0]
    assert article.title == headline


@cases("under", ["Calden am Edersee", "Hafen von Calden am Edersee"])
def test_a_line_repeating_the_headlines_end_is_no_headline_alone(under):
    """A caption, a place tag or a name line repeating the headline's last words (review s33a): the words before them
    are the headline's own, no menu entry of the page; the headline stays whole."""
    head = "Neue Fähre für den Hafen von Calden am Edersee"
    article = read_plaintext(_page(f"{head}\n{under}\n6. November 2023"), "page.txt")[0]
    assert article.title == head


@cases(("headline", "title"), [("EXKLUSIV: Bürgermeister tritt nach Streit um Hafen zurück",
                                "Bürgermeister tritt nach Streit um Hafen zurück"),
                               ("EXCLUSIVE: 300 JOBS AT RISK AS FOODS PLANT SHUTS",
                                "300 JOBS AT RISK AS FOODS PLANT SHUTS"),
                               ("EXCLUSIF : LE MAIRE DE LAVERDY VA DÉMISSIONNER POUR RAISONS DE SANTÉ",
                                "LE MAIRE DE LAVERDY VA DÉMISSIONNER POUR RAISONS DE SANTÉ")])
def test_a_one_word_kicker_goes_whatever_the_headlines_case(headline, title):
    """(one word before the colon is a kicker over a headline in capitals too: review s33a)"""
    assert read_plaintext(_page(f"{headline}\n25. Januar 2022"), "page.txt")[0].title == title


_EN_STORY = ["Open enrollment season usually brings news about health premiums, but this year the fine print is about "
             "retirement, a survey of employers published this week found.",
             "A third of the 640 employers surveyed plan to match workers' student-loan payments, and nearly half will "
             "enroll new hires at a higher rate, the consultancy said.",
             "The changes take effect on January 1 for most plans, though some employers said they would wait until "
             "the summer to give payroll teams time to adjust."]
_EN_MENU = "The Ledger\nNewsletters\nSearch\n\nBusiness\nEconomy\nTech\nCareers\nPodcasts\n\n"


@cases("headline", [
    "Employers are quietly rewriting their 401(k) plans for 2027. Here's what's changing.",
    "Brookmoor Foods cuts its dividend. Here's what we got wrong.",
    "Record winter leaves Duluth $1.7 million short on snow removal. Street repairs may pay the price.",
])
def test_a_headline_of_two_sentences_over_the_byline_is_the_headline(headline):
    """(sessions 55, holdout60/76/299) A headline's length in two sentences, the second a few words, right over the
    byline and date under the menu: the headline; (near misses) a standfirst of two sentences under a headline stays
    the standfirst, and a share bar's `Gift this article` button over the lead photo is no headline."""
    page = _EN_MENU + headline + "\n\nDana Whitcombe\n\nNov 28, 2026, 7:00 AM ET\n\nShare\n\nSave\n\nGift this " \
        "article\n\n" + "\n\n".join(_EN_STORY) + "\n"
    assert read_plaintext(page, "page.txt")[0].finish().title == headline
    for title in ("Employers rewrite their retirement plans for the new year", "Listening to the Long Grass"):
        standfirst = "A survey of 640 employers finds big changes. Here's what's changing."
        page = _EN_MENU + title + "\n\n" + standfirst + "\n\nDana Whitcombe\n\nNov 28, 2026, 7:00 AM ET\n\n" \
            + "\n\n".join(_EN_STORY) + "\n"
        assert read_plaintext(page, "page.txt")[0].finish().title == title
