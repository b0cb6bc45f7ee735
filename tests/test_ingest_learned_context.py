"""The learned context check: its features, the shipped model's verdicts, what it never judges, and its trainer."""

from __future__ import annotations

import json
import shutil
import textwrap

import pytest

from newsletter.ingest.scraped import learned, read_plaintext
from newsletter.ingest.scraped import thresholds as T
from tests.conftest import FIXTURES
from tests.test_ingest_learned import _trainer

PAGE = """Harbour Gazette

Ferry operator to cut winter crossings to Arran from January

By Tom Reilly
12 March 2027

The operator of the Ardrossan ferry will cut its winter timetable from six daily crossings to four from January, it \
confirmed on Tuesday.

Islanders say the change will leave commuters without a late sailing home on weekdays.

The company blamed the cost of fuel and a shortage of engineers for its two older vessels.

{middle}

Councillor Ann Bryce said the island's shops relied on the early sailing for fresh deliveries.

The hotel on the pier said bookings for the winter had already fallen by a fifth.

Two coaches of schoolchildren cross to the mainland every Friday for swimming lessons.

A public meeting will be held in Brodick village hall on Thursday evening.

The operator said the summer timetable would not change.

{last}Its contract with the Scottish Government runs until 2031.
"""


def _body(middle: str, last: str = "") -> list[str]:
    return read_plaintext(PAGE.format(middle=middle, last=last), "page.txt")[0].body


def _without_context(middle: str, last: str = "") -> list[str]:
    learned.use_model(learned.MODEL, learned.HEADLINE_MODEL, None)
    try:
        return _body(middle, last)
    finally:
        learned.use_model(learned.MODEL)


@pytest.fixture
def context_model(tmp_path):
    """Use a context model of the test's own weights, then the shipped one again."""
    def use(weights: dict[str, float], bias: float = 0.0) -> None:
        path = tmp_path / f"context{len(list(tmp_path.iterdir()))}.json"  # a new name: models are read once a path
        path.write_text(json.dumps({"weights": weights, "bias": bias}), encoding="utf-8")
        learned.use_model(learned.MODEL, learned.HEADLINE_MODEL, path)

    yield use
    learned.use_model(learned.MODEL)


def test_context_features_are_words_shape_neighbours_place_and_repeats():
    body = ["The council voted on Tuesday to close the branch library.",
            "“We will fight this,” said Ann Bryce.",
            "Read: Libraries are closing. Here's why.",
            "The branch opened in 1962 and lent 41,000 books last year. “We will fight this,” said Ann Bryce."]
    third = learned.context_features(body, 2)
    assert {"w:read", "w:libraries", "b:libraries_are", "s:end:.", "s:len:2", "s:label"} <= third
    assert {"p:quote", "n:len:4", "pos:mid", "rel:2"} <= third
    first, second = learned.context_features(body, 0), learned.context_features(body, 1)
    assert {"p:none", "pos:first", "rel:0"} <= first and "pos:last" in learned.context_features(body, 3)
    assert "repeat" in second and "repeat" not in first  # the pull quote stands whole in the last paragraph
    assert "share:4" in second and "share:0" in third  # all of its longer words stand in another paragraph; none


@pytest.mark.parametrize("furniture", [
    "Proudly supported by our partners: Clyde Marine Services, Arran Bakery and the Brodick Hotel.",
    "Read: Island ferries are ageing. Here's what replacing them would cost.",
    "Mehr Nachrichten aus der Region lesen Sie in der Inselzeitung.",
], ids=["sponsors_en", "pointer_en", "pointer_de"])
def test_furniture_no_table_knows_leaves_the_story_only_by_the_context_model(furniture):
    """Sentences written for this test, of kinds the context model learned from what earlier readers left in stories
    (a sponsors' line, a pointer to another story or to the site's other news): the pattern tables keep each amid the
    story; with the shipped context model it goes, and the story's nine paragraphs stay."""
    off, on = _without_context(furniture), _body(furniture)
    assert furniture in off and len(off) == 10
    assert on == [text for text in off if text != furniture]


def test_the_context_check_off_scores_nothing():
    learned.use_model(learned.MODEL, learned.HEADLINE_MODEL, None)
    try:
        assert learned.context_odds(["Read more news from the coast.", "Sign up now."]) == [0.0, 0.0]
    finally:
        learned.use_model(learned.MODEL)


def test_what_the_context_check_never_judges(context_model):
    """With a model that reads every `promo` paragraph as furniture (odds 0.999), a promo sentence amid the story
    goes; the first paragraph, a line without a sentence's end, a question, list items, a dialogue's turns, reported
    speech (German's reported mood too; a broadcast's interview bite), an aside in brackets, a sentence on the story's
    topic or naming its subject (a name three other paragraphs use) and any paragraph of a body under
    T.LEARNED_CONTEXT_MIN_PARAGRAPHS stay."""
    context_model({"w:promo": 12.0}, bias=-5.0)
    sentence = "The promo line sits between two of the story's paragraphs."
    assert sentence not in _body(sentence) and len(_body(sentence)) == 9
    kept = {
        "heading": "Our promo week ahead",
        "question": "What does the promo mean for the island?",
        "list": "The promo fares are:\n\nThe promo fare on the early sailing is £5.\n\nThe late one is £7 on promo.",
        "turns": "Ann Bryce: The promo is too late.\n\nTom Reilly: The operator says the promo is on time.",
        "aside": "(The promo ran in the Gazette in 1953.)",
        "reported": "The promo runs all winter, the councillor says.",
        "reported mood": "Die promo Preise seien zu hoch für die Insel.",
        "interview bite": '[박영순/서울 노원구 : "promo 요금은 너무 늦었어요."]',  # (holdout366)
        "subject": "Caledonian Isles runs the route.\n\nCaledonian crews are paid by the hour.\n\nA Caledonian "
                   "spokesman declined to comment.\n\nThe promo page of Caledonian lists the new fares.",
        "on topic": "The promo: the operator will cut the winter timetable to four daily crossings from January.",
    }
    for name, middle in kept.items():
        body = _body(middle)
        assert all(part in body for part in middle.split("\n\n")), name
    lede = PAGE.replace("The operator of the Ardrossan", "The promo operator of the Ardrossan")
    assert read_plaintext(lede.format(middle=sentence, last=""), "page.txt")[0].body[0].startswith("The promo")
    short = PAGE.replace("The operator said the summer timetable would not change.\n\n", "")
    assert len(short.splitlines()) < len(PAGE.splitlines())
    body = read_plaintext(short.format(middle=sentence, last=""), "page.txt")[0].body
    assert sentence in body and len(body) == T.LEARNED_CONTEXT_MIN_PARAGRAPHS - 1


def test_the_trainer_learns_context_from_what_earlier_readers_kept(tmp_path, monkeypatch):
    """A page whose body checks pass gives each paragraph of the body it reads (body) and of each body an earlier
    reader read (furniture where the reader now drops it), each distinct body once; a failing page gives nothing."""
    examples = FIXTURES / "corpus" / "examples"
    page = next(p for p in sorted(examples.glob("*.txt")) if p.with_suffix(".json").exists())
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    good, bad = tmp_path / "good", tmp_path / "bad"
    for folder, body_paragraphs in ((good, expected["body_paragraphs"]), (bad, 99)):
        folder.mkdir()
        shutil.copy(page, folder / page.name)
        (folder / page.with_suffix(".json").name).write_text(
            json.dumps({**expected, "body_paragraphs": body_paragraphs}), encoding="utf-8")
    trainer = _trainer()
    body = read_plaintext(page.read_text(encoding="utf-8"), page.name)[0].body
    leaked = [body[0], "Sign up for our morning briefing.", *body[1:]]
    monkeypatch.setattr(trainer, "earlier_bodies", lambda revision, pages: {
        str(p): (leaked if revision == "old" else body) for p in pages})
    rows = trainer.context_samples([good], history=("old", "older"))
    placed = trainer.placed_furniture(good / page.name, expected, body)  # (the page's own furniture amid the story)
    assert len(rows) == len(body) + len(leaked) + len(placed)  # the reader's body and the older reader's count once
    assert sum(label for _, label in rows) == 1 + len(placed)
    assert [label for features, label in rows if "w:briefing" in features] == [1]
    assert trainer.context_samples([bad], history=("old",)) == []


def test_the_trainer_sets_the_pages_furniture_back_where_it_stood_amid_the_story(tmp_path):
    """Each `boilerplate` line between the story's paragraphs, or a few lines under the last, goes back into the body
    in its place (a hard-wrapped paragraph found by its first line); a line above the story or in the page's footer
    does not, and neither does a page whose body the page does not show."""
    story = ["The council approved the harbour plan on Tuesday after a long debate that ran late into the evening.",
             "The plan allows a new ferry berth and a footbridge over the river to the station by 2029.",
             "Opponents said the old quay was still polluted and that the survey had not been published.",
             "The developer said work would start in May."]
    lines = ["Harbour Gazette", "Plan approved", "Listen to this story", "", *textwrap.wrap(story[0], 60), "",
             story[1], "", "Read more: the ferry timetable for the winter", "", story[2], "", story[3], "",
             "Tom Reilly covers the harbour for the Gazette.", "", "About us", "Contact", "Jobs", "Advertise",
             "Privacy", "Terms", "Cookies", "Sign up for our morning briefing."]
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    furniture = ["Listen to this story", "Read more: the ferry timetable for the winter",
                 "Tom Reilly covers the harbour for the Gazette.", "Sign up for our morning briefing."]
    expected = {"boilerplate": furniture}
    placed = _trainer().placed_furniture(page, expected, story)
    assert placed == [([*story[:2], furniture[1], *story[2:]], 2), ([*story, furniture[2]], 4)]
    assert _trainer().placed_furniture(page, expected, [*story, "A paragraph the page does not show."]) == []


def test_an_earlier_reader_reads_the_pages_from_the_repositorys_history():
    """`earlier_bodies` runs the package as committed at a revision on the pages: HEAD's reader reads the seed page."""
    page = FIXTURES / "seeds" / next(p.name for p in sorted((FIXTURES / "seeds").glob("*.txt")))
    bodies = _trainer().earlier_bodies("HEAD", [page])
    assert list(bodies) == [str(page)]
    assert len(bodies[str(page)]) >= 10 and all(isinstance(text, str) for text in bodies[str(page)])


@pytest.mark.parametrize(("name", "line"), [
    ("context_subscriptions_es.txt", "Los lectores pueden suscribirse desde 5 euros al mes, explicó Aznar"),
    ("context_gambling_levy_en.txt", "Campaigners say the levy is too small."),
    ("context_choirs_sv.txt", "Tolv körer från Sverige, Norge, Estland, Lettland och Tyskland deltar i år."),
    ("context_theatre_review_en.txt", "It is the company's best work since its Lear in 2019."),
    ("context_food_bank_de.txt", "Mehr Informationen gibt es auf der Internetseite der Tafel."),
])
def test_the_reviews_story_sentences_stay(name, line):
    """The review's long story pages (about subscriptions, a gambling levy, a choir festival, a play, a food bank):
    each line here got odds of 0.93-0.999 and went at the first threshold (0.92); at T.LEARNED_CONTEXT_ODDS and with
    reported speech left alone, the body reads as with the check off."""
    text = (FIXTURES / "learned" / name).read_text(encoding="utf-8")
    learned.use_model(learned.MODEL, learned.HEADLINE_MODEL, None)
    try:
        off = read_plaintext(text, name)[0].body
    finally:
        learned.use_model(learned.MODEL)
    on = read_plaintext(text, name)[0].body
    assert any(p.startswith(line) for p in off) and len(off) >= T.LEARNED_CONTEXT_MIN_PARAGRAPHS
    assert on == off
