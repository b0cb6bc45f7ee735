"""Pages pasted without blank lines (a browser's select-all pasted into an editor that drops them): each made-up
page is read as written, with blank lines between its blocks, and tight (`text.replace("\\n\\n", "\\n")`), and
both reads must give the same fields. Kinds, not pages: several languages a kind, none copied from the corpus."""

from __future__ import annotations

import pytest

from newsletter.ingest.scraped import read_plaintext

FIELDS = ("title", "section", "author", "image_credit", "published", "body")


def fields(text: str) -> dict[str, object]:
    [article] = read_plaintext(text, "page.txt")
    done = article.finish()
    return {name: getattr(done, name) for name in FIELDS}


def both(text: str) -> dict[str, object]:
    """The fields of the page as written, after checking the tight paste reads the same."""
    spaced, tight = fields(text), fields(text.replace("\n\n", "\n"))
    assert tight == spaced
    return spaced


HEADS = {
    "en": "Council approves riverside housing plan\n\nBy Anna Smith\n\nPublished 4 March 2027\n\n",
    "de": "Stadtrat billigt Wohnungen am Flussufer\n\nVon Anna Schmidt\n\nVeröffentlicht am 4. März 2027\n\n",
    "es": "El pleno aprueba las viviendas junto al río\n\nPor Ana Ruiz\n\nPublicado el 4 de marzo de 2027\n\n",
    "fr": "Le conseil approuve les logements au bord de la rivière\n\nPar Anne Dupont\n\nPublié le 4 mars 2027\n\n",
}
STORIES = {
    "en": ["The council approved the riverside housing plan on Tuesday after a four-hour debate that ran late into "
           "the evening and split the ruling group down the middle.",
           "The plan allows 400 homes on the old gasworks site, a quarter of them for social rent, and a new "
           "footbridge over the river to the station on the far bank.",
           "Opponents said the site was still polluted and that the council had not published the full survey of "
           "the ground under the old tanks before the vote."],
    "de": ["Der Stadtrat hat am Dienstag nach einer vierstündigen Debatte, die bis spät in den Abend dauerte und die "
           "Koalition spaltete, den Plan für die Wohnungen am Flussufer gebilligt.",
           "Der Plan erlaubt 400 Wohnungen auf dem alten Gaswerksgelände, ein Viertel davon zu Sozialmieten, und "
           "eine neue Fußgängerbrücke über den Fluss zum Bahnhof am anderen Ufer.",
           "Gegner sagten, das Gelände sei noch belastet und die Stadt habe das vollständige Gutachten über den "
           "Boden unter den alten Tanks vor der Abstimmung nicht veröffentlicht."],
    "es": ["El pleno aprobó el martes el plan de viviendas junto al río tras un debate de cuatro horas que se "
           "alargó hasta bien entrada la noche y dividió al grupo de gobierno.",
           "El plan permite 400 viviendas en el solar de la antigua fábrica de gas, una cuarta parte de alquiler "
           "social, y una nueva pasarela sobre el río hasta la estación.",
           "Los vecinos que se oponen dijeron que el suelo sigue contaminado y que el ayuntamiento no publicó el "
           "estudio completo del terreno antes de la votación."],
    "fr": ["Le conseil municipal a approuvé mardi le projet de logements au bord de la rivière, après un débat de "
           "quatre heures qui s'est prolongé tard dans la soirée et a divisé la majorité.",
           "Le projet prévoit 400 logements sur l'ancien site de l'usine à gaz, dont un quart de logements sociaux, "
           "et une nouvelle passerelle au-dessus de la rivière jusqu'à la gare.",
           "Les opposants ont affirmé que le terrain était encore pollué et que la mairie n'avait pas publié "
           "l'étude complète du sol avant le vote."],
}

# A key-points box over the story's top: its label (the summary's own name, a fact box's, or a heading closed by a
# colon), one-sentence points, perhaps a second heading over the last point, then the story's longer paragraphs.
POINTS_BOXES = [
    ("en", "Key facts:\nThe council backs 400 homes on the old gasworks site.\nA quarter will be for social rent.\n"
           "What happens next:\nWork on the site starts in May."),
    ("en", "What you need to know:\nThe council backs 400 homes by the river.\nA new footbridge will reach the "
           "station.\nWhat's next? Work starts in May."),
    ("de", "Die wichtigsten Fakten\nDer Rat billigt 400 Wohnungen am Fluss.\nEin Viertel wird zu Sozialmieten "
           "vergeben.\nDie Arbeiten beginnen im Mai."),
    ("es", "Lo que tienes que saber:\nEl pleno aprueba 400 viviendas junto al río.\nUna cuarta parte será de "
           "alquiler social."),
    ("fr", "Les faits essentiels\nLe conseil approuve 400 logements.\nUn quart sera en logement social."),
]


@pytest.mark.parametrize(("lang", "box"), POINTS_BOXES)
def test_key_points_over_the_story_leave_the_body_spaced_or_tight(lang, box):
    text = HEADS[lang] + box + "\n\n" + "\n\n".join(STORIES[lang])
    assert both(text)["body"] == STORIES[lang]


# The story's own list of changes under its lead-in closed by a colon, after two of its paragraphs: the story's,
# pasted tight or spaced (a box's points stand over the story, not amid it).
STORY_LISTS = [
    ("en", "The main changes:\nLines 7 and 11 will be scrapped.\nA new line will run every ten minutes.\n"
           "Buses will run until 1am on Fridays."),
    ("de", "Die wichtigsten Änderungen im Überblick:\nDie Linien 7 und 11 werden eingestellt.\nDie neue Linie 20 "
           "fährt im Zehn-Minuten-Takt.\nAm Freitag fahren die Busse bis 1 Uhr."),
]


@pytest.mark.parametrize(("lang", "items"), STORY_LISTS)
def test_the_storys_own_list_amid_it_stays_spaced_or_tight(lang, items):
    story = STORIES[lang]
    text = HEADS[lang] + "\n\n".join([*story[:2], items.replace("\n", "\n\n"), story[2]])
    assert both(text)["body"] == [*story[:2], *items.split("\n"), story[2]]


# A menu pasted one entry a line, the story's section repeating one of its entries, and a kicker in capitals that
# no menu shows right over the headline: the repeated entry is the section, spaced or tight.
KICKER_PAGES = [
    ("en", "News\nSport\nBusiness\nOpinion\nPuzzles\n\nBusiness\n\nHOUSING\n\n"),
    ("es", "Portada\nEconomía\nCiudad\nDeportes\nOpinión\n\nCiudad\n\nVIVIENDA\n\n"),
    ("de", "Politik\nWirtschaft\nRegion\nSport\nKultur\n\nRegion\n\nWOHNUNGSBAU\n\n"),
]


@pytest.mark.parametrize(("lang", "header"), KICKER_PAGES)
def test_a_menu_entry_repeated_over_a_capitals_kicker_is_the_section_spaced_or_tight(lang, header):
    got = both(header + HEADS[lang] + "\n\n".join(STORIES[lang]))
    assert got["section"] == header.split("\n\n")[1]
    assert got["body"] == STORIES[lang]


# A related label with its headlines, the last written as a question, between two of the story's paragraphs: the
# links, spaced (the blank line closes the list) or tight (one question of a headline's length under the label).
RELATED_QUESTIONS = [
    ("en", "Read more\nRiverside flats plan returns to council\nWhat is a social rent, and who qualifies for it?"),
    ("de", "Mehr zum Thema\nWie sicher ist das alte Gaswerksgelände?\nNeue Brücke zum Bahnhof genehmigt"),
    ("es", "Lee también\n¿Cuánto cuesta un alquiler social en la ciudad?"),
    ("fr", "À lire aussi\nLa passerelle vers la gare validée\n"
           "Pourquoi le sol de l'ancienne usine à gaz inquiète-t-il ?"),
]


@pytest.mark.parametrize(("lang", "links"), RELATED_QUESTIONS)
def test_a_related_headline_written_as_a_question_leaves_the_body_spaced_or_tight(lang, links):
    story = STORIES[lang]
    text = HEADS[lang] + "\n\n".join([*story[:2], links, story[2]])
    assert both(text)["body"] == story


# The story's own question, set apart under the links on a spaced page, and a question of the story's paragraphs
# with no label over it, read tight: the story's.
STORY_QUESTIONS = [
    ("en", "Who will pay for the new footbridge over the river?"),
    ("de", "Wer bezahlt die neue Brücke über den Fluss?"),
]


@pytest.mark.parametrize(("lang", "question"), STORY_QUESTIONS)
def test_the_storys_own_question_stays_spaced_under_links_and_tight_without_a_label(lang, question):
    story = STORIES[lang]
    label = {"en": "Read more\nRiverside flats plan returns to council", "de": "Mehr zum Thema\nNeue Brücke genehmigt"}
    spaced = HEADS[lang] + "\n\n".join([*story[:2], label[lang], question, story[2]])
    assert fields(spaced)["body"] == [*story[:2], question, story[2]]
    plain = HEADS[lang] + "\n\n".join([*story[:2], question, story[2]])
    assert both(plain)["body"] == [*story[:2], question, story[2]]


# A related label whose first headline names the day it is about (`… new fees from 1 April`): read as a date line
# on a page pasted tight, it is still the list's first item, and the list goes on under it (a second headline of
# over six words: a short line under a one-link label, over the story, is the story's subheading).
DATED_FIRST_LINKS = [
    ("en", "Read also\nParking in the town centre: new fees from 1 April 2027\nStation set to become e-bike hub for "
           "commuters next spring"),
    ("de", "Lesen Sie auch\nParken in der Innenstadt: neue Gebühren ab 1. April 2027\nDer Bahnhof wird zum "
           "Drehkreuz für E-Bikes"),
    ("es", "Lee también\nAparcar en el centro: nuevas tarifas desde el 1 de abril de 2027\nLa estación, nuevo "
           "centro de bicis eléctricas para los viajeros"),
    ("fr", "À lire aussi\nStationnement au centre-ville : nouveaux tarifs dès le 1er avril 2027\nLa gare devient un "
           "pôle pour les vélos électriques"),
]


@pytest.mark.parametrize(("lang", "links"), DATED_FIRST_LINKS)
def test_a_related_lists_first_headline_naming_a_day_leaves_with_the_list_spaced_or_tight(lang, links):
    story = STORIES[lang]
    text = HEADS[lang] + "\n\n".join([*story[:2], links, story[2]])
    assert both(text)["body"] == story


# A quotation alone as its paragraph, the paragraph under it opening on it and naming whose it was (`That was the
# response from …`, `Das sagt …`), or naming its speaker between commas before the verb (`Sa présidente, Inès
# Belkacem, estime que …`): the story's quote, not a pull quote; with the story's next paragraph under it instead,
# it is one set out from the story and leaves.
POINTED_BACK_AT = [
    ("en", "\u201cForty homes is a start.\u201d",
     "That was the response from Gail Okemaw, who chairs the tenants' association and had asked for two hundred."),
    ("de", "\u201eEs ist sauber genug, um hier zu bauen.\u201c",
     "Das sagt der Gutachter Jonas Weller, der den Boden im Auftrag der Stadt im Winter untersucht hat."),
    ("es", "\u00abEl solar está limpio y se puede construir.\u00bb",
     "Así lo explica el arquitecto municipal, Javier Ortega, que firmó el informe técnico del proyecto."),
    ("fr", "\u00ab On nous demande de réparer en deux ans vingt ans d'erreurs. \u00bb",
     "C'est ce qu'affirme la présidente de l'association, Inès Belkacem, qui redoute un exode des familles."),
    ("fr", "\u00ab On nous demande de réparer en deux ans vingt ans d'erreurs. \u00bb",
     "Sa présidente, Inès Belkacem, estime que la mesure risque de détourner les étudiants de la médecine."),
    ("en", "\u201cForty homes is a start.\u201d",
     "The association's chair, Gail Okemaw, said more than two hundred families were still waiting for a home."),
]


@pytest.mark.parametrize(("lang", "quote", "said"), POINTED_BACK_AT)
def test_a_quote_the_next_paragraph_points_back_at_stays_spaced_or_tight(lang, quote, said):
    story = STORIES[lang]
    told = [*story[:2], quote, said, story[2]]
    assert both(HEADS[lang] + "\n\n".join(told))["body"] == told
    set_out = [*story[:2], quote, story[2]]
    assert both(HEADS[lang] + "\n\n".join(set_out))["body"] == story


# `Watch` or `Audio` as the last entry of a menu pasted one entry a line, the section label under it: on a page with a
# blank line between every two lines, or none, no blank line shows where the menu ends, and the entries over it show
# it is a menu's link, not a player's box heading taking the label as its clip's title.
@pytest.mark.parametrize("tail", ["Watch", "Audio", "Podcasts"])
def test_a_menus_last_player_entry_leaves_the_section_label_under_it_double_spaced_or_tight(tail):
    header = ["Top Stories", "Local", "Manitoba", "Canada", "Politics", "Health", "Arts", "Listen Live", tail,
              "Manitoba", "Council approves riverside housing plan", "By Anna Smith", "Published 4 March 2027"]
    spaced = "\n\n".join([*header, *STORIES["en"]]) + "\n"
    assert both(spaced)["section"] == "Manitoba"
