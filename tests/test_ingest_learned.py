"""The learned checks: their features, the shipped models' verdicts, and where the reader does not trust them."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

from newsletter.ingest.scraped import header_zone, learned, read_plaintext
from newsletter.ingest.scraped import thresholds as T
from tests.conftest import FIXTURES, REPO

CORPUS = FIXTURES / "corpus"


@pytest.fixture
def model(tmp_path):
    """Use a model of the test's own weights (`model({"w:promo": 11.5}, bias=-5.0)`), then the shipped one again."""
    def use(weights: dict[str, float], bias: float = 0.0) -> None:
        path = tmp_path / f"model{len(list(tmp_path.iterdir()))}.json"  # a new name: models are read once a path
        path.write_text(json.dumps({"weights": weights, "bias": bias}), encoding="utf-8")
        learned.use_model(path)

    yield use
    learned.use_model(learned.MODEL)


def test_features_are_words_pairs_and_shape():
    got = learned.features("Sign up: 3 free issues | www.example.com")
    assert {"w:sign", "w:up", "b:sign_up", "w:0", "b:0_free", "first:sign", "last:com", "url", "bar", "end:x",
            "start:cap", "sents:0"} <= got
    assert "at" not in got
    assert {"end:.", "sents:2", "start:low", "at"} <= learned.features("follow @desk now. then read on.")


PITCHES = [
    "Sign up to our free morning briefing and get the day's top stories in your inbox before breakfast.",
    "Support independent journalism in the valley: become a member today from $5 a month.",
    "Abonnez-vous à notre lettre d'information pour recevoir chaque matin l'essentiel de l'actualité régionale.",
    "Melden Sie sich für unseren kostenlosen Newsletter an und erhalten Sie die wichtigsten Nachrichten der Region.",
    "Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes de la provincia.",
    "Listening to this article is a feature for subscribers. Log in or start your free trial.",
    "This story was produced in partnership with the Coastal Reporting Fund, which supports local journalism.",
]
STORY = [
    "The council voted 7–2 on Tuesday to close the Elm Street branch library, citing a budget shortfall of $1.2m.",
    "Le conseil municipal a voté mardi la fermeture de la médiathèque de la rue des Ormes à la fin du mois de juin.",
    "Der Gemeinderat hat am Dienstag beschlossen, die Stadtbibliothek an der Elmstraße Ende Juni zu schließen.",
    "“We simply cannot keep the doors open on what we have,” said the library's director, Ruth Amsel.",
    "Residents who want to keep borrowing can use the main branch, which will extend its hours on Saturdays.",
]


def test_the_shipped_model_ranks_unseen_pitches_above_unseen_story_sentences():
    """Sentences written for this test (in none of the corpus's pages): every pitch, in five languages, reads as
    more likely furniture than any story sentence, and no story sentence reaches the reader's threshold."""
    pitches = [learned.furniture_odds(text) for text in PITCHES]
    story = [learned.furniture_odds(text) for text in STORY]
    assert min(pitches) > max(story) and max(story) < T.LEARNED_FURNITURE_ODDS
    assert sum(odds >= T.LEARNED_FURNITURE_ODDS for odds in pitches) >= 3


def test_the_learned_check_off_scores_nothing(model):
    learned.use_model(None)
    assert learned.furniture_odds("Sign up to our free newsletter for the day's top stories.") == 0.0


PAGE = """Valley Courier

Library branch on Elm Street to close in June

By Dana Whitfield
March 4, 2027

The council voted 7–2 on Tuesday to close the Elm Street branch library, citing a budget shortfall of $1.2 million.

{middle}

Residents who want to keep borrowing can use the main branch, which will extend its hours on Saturdays.

The branch opened in 1962 and lent 41,000 books last year, according to the library's annual report.
"""


def _body(middle: str) -> list[str]:
    return read_plaintext(PAGE.format(middle=middle), "page.txt")[0].body


def test_a_pitch_no_table_knows_leaves_the_body_only_by_the_model():
    """Sentence-shaped furniture of a kind never named in a pattern table (a republishing note):
    with the learned check off the reader keeps it; with the shipped model it goes, and the story stays whole."""
    pitch = "We want our reporting to be shared as widely as possible, for free. Please read our republishing rules."
    learned.use_model(None)
    try:
        assert pitch in _body(pitch)
    finally:
        learned.use_model(learned.MODEL)
    body = _body(pitch)
    assert pitch not in body
    assert len(body) == 3 and body[0].startswith("The council voted") and body[-1].startswith("The branch opened")


def test_the_reader_trusts_the_model_only_with_a_sign_of_the_page_speaking_and_off_the_storys_topic(model):
    """With a model that reads every `promo` line as furniture (odds 0.9985), a sentence goes only when it also shows
    a sign of the page speaking (`our`) and is not about the story's topic; a short line, list items (after a colon,
    ending in semicolons, `Label: figure` pairs) and a heading amid the story stay; a heading goes only at odds of
    T.LEARNED_HEADING_ODDS. With the learned check off, every one of them stays (the pattern tables keep them)."""
    sentence = "Our promo line sits between two of the story's paragraphs."
    unsigned = "The promo line sits between two of the story's paragraphs."
    on_topic = "Our promo says the branch library closes, citing the council's budget shortfall."
    short = "Our promo week ahead."
    listed = "The library lists what changes:\n\nOur promo hours run on Saturday from nine to five."
    run = "The library lists what changes:\n\nOur promo hours on Saturday\n\nOur promo returns at the main desk only."
    semicolons = "Our promo hours on Saturday from nine to five;\n\nOur promo returns at the main branch desk only;"
    figures = "Our promo loans in the branch last year: 41,000 books\n\nOur promo loans at the library: 220,000 books"
    heading = "What our promo week means for the town"
    pages = (sentence, unsigned, on_topic, short, listed, run, semicolons, figures, heading)
    learned.use_model(None)
    off = [_body(page) for page in pages]
    assert all(len(body) == 3 + page.count("\n\n") + 1 for body, page in zip(off, pages, strict=True))
    model({"w:promo": 11.5}, bias=-5.0)
    assert T.LEARNED_FURNITURE_ODDS <= learned.furniture_odds("promo") < T.LEARNED_HEADING_ODDS
    assert sentence not in _body(sentence)
    assert unsigned in _body(unsigned) and on_topic in _body(on_topic) and short in _body(short)
    assert "Our promo hours run on Saturday from nine to five." in _body(listed)
    assert "Our promo returns at the main desk only." in _body(run)
    assert len([p for p in _body(semicolons) if p.startswith("Our promo")]) == 2
    assert len([p for p in _body(figures) if p.startswith("Our promo")]) == 2
    assert heading in _body(heading)
    model({"w:promo": 20.0}, bias=-5.0)
    assert heading not in _body(heading)


@pytest.mark.parametrize("path", [learned.MODEL, learned.HEADLINE_MODEL, learned.CONTEXT_MODEL],
                         ids=["furniture", "headline", "context"])
def test_no_never_studied_folder_is_in_the_models_training(path):
    """The never-studied folders score the reader on pages nobody wrote a rule for: the models must not have seen
    them either (bench/train_learned.py leaves them out)."""
    listed = _trainer().never_studied()
    assert listed and all((CORPUS / name).is_dir() for name in listed)
    trained = json.loads(path.read_text(encoding="utf-8"))["trained_on"]["folders"]
    assert trained and all((CORPUS / name).is_dir() for name in trained)
    assert not set(listed) & set(trained)


def test_headline_features_are_words_shape_distance_and_neighbours():
    zone = ["Menu", "Granizada arrasó con quintas en Salto | El Arapey", "Por Ana Ruiz", "3 de marzo de 2027"]
    got = learned.headline_features(zone, 1)
    assert {"w:granizada", "first:granizada", "sep", "dist:3", "nextby", "prevlen:0", "end:x"} <= got
    assert {"dist:1", "digit"} <= learned.headline_features(zone, 3) and "nextby" not in learned.headline_features(
        zone, 3)
    assert header_zone("Menu\n\nHome\n\nContact") == []  # a page without a body has no header zone


def _title(path: Path, headline_model: Path | None) -> tuple[str, str | None]:
    learned.use_model(learned.MODEL, headline_model)
    try:
        article = read_plaintext(path.read_text(encoding="utf-8"), path.name)[0].finish()
    finally:
        learned.use_model(learned.MODEL)
    return article.title, article.section


def test_the_headline_model_overrules_a_newsroom_byline_taken_for_the_headline():
    """A never-studied page (holdout205): the pattern tables take the newsroom's byline `Redacción El Arapey`, over
    the headline, for the headline; the headline model gives it odds near 0 and the real headline above it 0.79."""
    page = FIXTURES / "learned" / "newsroom_byline_es.txt"
    assert _title(page, None)[0] == "Redacción El Arapey"
    assert _title(page, learned.HEADLINE_MODEL)[0].startswith("Granizada de diez minutos arrasó con quintas")


def test_the_headline_model_keeps_the_tables_line_when_it_reads_the_same_title():
    """`Headline | The Shannon Courier` on the first line, the tables' headline line further down giving the same
    title: the tables' line stays, and with it the section read above it (`Connacht`)."""
    page = CORPUS / "holdout25" / "01_galway_port_berth.txt"
    assert _title(page, None) == _title(page, learned.HEADLINE_MODEL)
    assert _title(page, learned.HEADLINE_MODEL)[1] == "Connacht"


def _trainer():
    sys.path.insert(0, str(REPO / "bench"))
    spec = importlib.util.spec_from_file_location("train_learned", REPO / "bench" / "train_learned.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_the_trainer_learns_body_from_pages_read_right_and_furniture_from_their_lists(tmp_path):
    """A page whose body checks pass gives its paragraphs as body; a page that fails them gives only its expected
    first and last paragraphs; both give their listed furniture lines."""
    source = CORPUS / "examples"
    page = next(p for p in sorted(source.glob("*.txt")) if p.with_suffix(".json").exists())
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    good, bad = tmp_path / "good", tmp_path / "bad"
    for folder in (good, bad):
        folder.mkdir()
        shutil.copy(page, folder / page.name)
    (good / page.with_suffix(".json").name).write_text(json.dumps(expected), encoding="utf-8")
    (bad / page.with_suffix(".json").name).write_text(json.dumps({**expected, "body_paragraphs": 99}),
                                                      encoding="utf-8")
    trainer = _trainer()
    body = read_plaintext(page.read_text(encoding="utf-8"), page.name)[0].body
    assert len(body) == expected["body_paragraphs"] > 2
    from_good, from_bad = dict(trainer.samples([good])), dict(trainer.samples([bad]))
    assert all(from_good[p] == 0 for p in body)
    assert all(from_good[line] == from_bad[line] == 1 for line in expected["boilerplate"])
    assert {p for p, y in from_bad.items() if y == 0} == {expected["first_paragraph"], expected["last_paragraph"]}
    heads = trainer.headline_samples([good])
    assert sum(label for _, label in heads) == 1 and len(heads) > 3  # the title's line against the zone's others
    assert trainer.never_studied() and Path(learned.MODEL).is_file()


def _read_both(name: str) -> tuple[list[str], list[str]]:
    """The body of a review page (tests/fixtures/learned/) with the learned check off, then with it on."""
    text = (FIXTURES / "learned" / name).read_text(encoding="utf-8")
    learned.use_model(None)
    try:
        off = read_plaintext(text, name)[0].body
    finally:
        learned.use_model(learned.MODEL)
    return off, read_plaintext(text, name)[0].body


@pytest.mark.parametrize(("name", "paragraphs"), [("news_app_en.txt", 7), ("media_ruling_de.txt", 6)])
def test_a_story_about_the_media_keeps_every_paragraph(name, paragraphs):
    """The review's pages about a news app and a court ruling on publishers: every paragraph is furniture-worded
    (`Readers can listen to the audio stories, download them …` at odds 1.0, `Die Redaktion schreibt in einer
    Stellungnahme, man prüfe eine Revision.` at 0.998) and every one is the story's: no sign of the page speaking, or
    the story's own topic."""
    off, on = _read_both(name)
    assert on == off and len(on) == paragraphs


def test_a_house_event_plug_after_the_story_goes():
    """`Tickets for our Newsroom Live evening with the editor, …, are on sale now at £12.` after a council story:
    the pattern tables keep it; the model's odds (0.999), the house's `our` and a price, off the story's topic."""
    off, on = _read_both("newsroom_event_en.txt")
    assert off[-1].startswith("Tickets for our Newsroom Live") and on == off[:-1]


@pytest.mark.parametrize(("name", "headline"), [
    ("standfirst_under_byline_de.txt", "Stadtrat beschließt Schließung des Hallenbads an der Lindenstraße"),
    ("short_headline_de.txt", "Hallenbad schließt"),
])
def test_the_headline_model_never_takes_a_line_under_the_tables_headline(name, headline):
    """The review's German pages: a standfirst without a full stop under the byline, right above the body, gets
    headline odds of 0.95-0.99 (the model weighs short headlines down) and the headline near 0; a line under the
    tables' headline is a standfirst, a caption or the lede, so the headline stays."""
    page = FIXTURES / "learned" / name
    assert _title(page, learned.HEADLINE_MODEL) == _title(page, None) and _title(page, None)[0] == headline
