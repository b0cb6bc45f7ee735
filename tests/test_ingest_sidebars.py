"""Boxes a page sets beside the story, told by their own lines: a results list, a live box, a timeline, a box closed by
its source line, a show's box closed by its button (made-up pages: the story's four paragraphs must come out exactly,
and the story's own lists and subheadings next to such boxes must stay)."""

from __future__ import annotations

from newsletter.ingest.scraped.bylines import byline_author
from newsletter.ingest.scraped.dates import looks_like_date
from newsletter.ingest.scraped.furniture import kind_of
from tests.cases import cases
from tests.test_ingest_body_kinds import HEAD, PARAS, TIGHT_HEAD, body, failing


def _between(box: str, blankless: bool = False, where: int = 2) -> str:
    """A page with `box` (its lines pasted tight) between paragraphs `where - 1` and `where` of the story."""
    page = HEAD + "\n\n".join([*PARAS[:where], box, *PARAS[where:]])
    return page.replace("\n\n", "\n") if blankless else page


RESULTS = [
    "Final standings\n1. Jonas Berg (NOR) 1:02:14\n2. Luca Ferri (ITA) +0:11\n3. Marc Dubois (FRA) +0:34\nFull results",
    "Classement\n1. Léo Marchal (Bel) 58:41\n2. Tom Kuipers (Ned) à 0:09\n3. Arne Sels (Bel) à 0:52",
    "Tabelle\n1. FC Eastbrook 24\n2. Riverside United 21\n3. Harbour Town 19\n4. Millbank Rovers 17",
    "Ergebnisse Riesenslalom Herren\n1. Jakob Huber (AUT) 2:14,38\n2. Nico Frei (SUI) +0,41\n5. Paul Egger (AUT)"
    "\nAlle Ergebnisse",
]


@cases("blankless", [False, True])
@cases("box", RESULTS)
def test_a_results_list_set_in_the_story_leaves_the_body(box, blankless):
    assert body(_between(box, blankless)) == PARAS


@cases("lead", ["The first three home, in the order they finished on Sunday:", "How they finished", "The top three"])
def test_a_ranked_list_under_the_storys_lead_in_or_subheading_stays(lead):
    """The story's own ranking, under its lead-in or a subheading that names no results box, is body (guards)."""
    ranked = ["1. Jonas Berg (NOR) 1:02:14", "2. Luca Ferri (ITA) +0:11", "3. Marc Dubois (FRA) +0:34"]
    story = [*PARAS[:2], lead, *ranked, *PARAS[2:]]
    assert body(HEAD + "\n\n".join([*PARAS[:2], lead, "\n".join(ranked), *PARAS[2:]])) == story


def test_a_subheading_set_apart_under_a_results_list_stays():
    """Only the link pasted tight under the list is the box's: the story's subheading set apart under it stays."""
    box = "Final standings\n1. Jonas Berg (NOR) 1:02:14\n2. Luca Ferri (ITA) +0:11\n3. Marc Dubois (FRA) +0:34"
    story = [*PARAS[:2], "Results", *PARAS[2:]]
    assert body(HEAD + "\n\n".join([*PARAS[:2], box, "Results", *PARAS[2:]])) == story


def test_a_race_time_with_tenths_is_no_clock():
    """`2:14,38` is a skier's time and `+0:11` a gap, not times of day: an entry of a results list is no date line."""
    assert not looks_like_date("1. Jakob Huber (AUT) 2:14,38") and not looks_like_date("2. Luca Ferri (ITA) +0:11")
    assert not looks_like_date("3. Tom Kuipers (Ned) 58:41.2")
    assert looks_like_date("Heute, 14:05") and looks_like_date("Updated 9:30")


LIVE_BOXES = [
    "LIVE  Flooding in Eastbrook: latest updates\n18:02  River level passes 3.2 metres at the weir\n"
    "17:40  Footbridge closed to walkers in both directions\nSee all 14 updates",
    "EN DIRECT | Crue de la Vézère\n18h05 Le pont de la gare fermé à la circulation\n17h40 Évacuation de deux campings"
    "\nVoir toutes les mises à jour",
    "Live: Hochwasser an der Ems\n18.02 Uhr: Pegel erreicht 3,20 Meter\n17.40 Uhr: Fußgängerbrücke gesperrt",
]


@cases("box", LIVE_BOXES)
def test_a_live_box_set_in_the_story_leaves_the_body(box):
    assert body(_between(box)) == PARAS


TIMELINES = [
    "Timeline\n1998: the gasworks close\nMay 2025: the council buys the site\nFebruary 2026: the plan is published",
    "Tijdlijn\n1988: de oude fabriek sluit\nMei 2025: de gemeente koopt de grond\nOktober 2026: het plan ligt ter"
    " inzage",
    "Chronologie\n12 mars – le conseil vote le plan\n4 avril – premier recours\n20 juin 2027 – début des travaux",
]


@cases("box", TIMELINES)
def test_a_timeline_on_a_page_with_a_blank_line_between_every_line_leaves_the_body(box):
    page = HEAD + "\n\n".join([*PARAS[:2], *box.split("\n"), *PARAS[2:]])
    assert body(page) == PARAS


def test_a_timeline_of_times_over_a_long_subheading_leaves_and_the_subheading_stays():
    box = "LA GIORNATA\n08.12 – Aprono i cancelli del cantiere\n09.30 – Arriva il sindaco\n11.45 – Prima colata"
    subheading = "Perché il consiglio ha cambiato idea sul progetto"
    story = [*PARAS[:2], subheading, *PARAS[2:]]
    assert body(HEAD + "\n\n".join([*PARAS[:2], box, subheading, *PARAS[2:]])) == story


SOURCED_BOXES = [
    "KEY FIGURES\n400\nNew homes on the gasworks site\n£92m\nCost of the scheme, footbridge included\n31\n"
    "Councillors who voted for the plan\n18\nCouncillors who voted against\nSource: Eastbrook Borough Council",
    "DIE ZAHLEN\n400\nneue Wohnungen auf dem Gaswerksgelände\n92 Mio. Euro\nKosten des Projekts\n31\n"
    "Stimmen im Rat dafür\nQuelle: Stadt Eastbrook",
]


@cases("box", SOURCED_BOXES)
def test_a_box_closed_by_its_source_line_leaves_the_body(box):
    assert body(_between(box)) == PARAS


@cases(("header", "story", "source"), [
    ("Nová lávka přes Svratku\n\nAutor: Jana Nováková\n\n11. 3. 2027 10:24",
     ["Stavba nové lávky pro pěší a cyklisty přes řeku Svratku začne v dubnu. Rada města schválila smlouvu se "
      "stavební firmou, která zakázku vyhrála v lednu.",
      "Lávka bude dlouhá 96 metrů a široká pět metrů, pěší a cyklisté na ní budou mít oddělené pruhy.",
      "Dokončení lávky město plánuje na podzim 2028. Na financování se má podílet i evropský fond."],
     "Zdroj: Tisková kancelář Jih"),
    ("Un pod nou peste Someș\n\nde Maria Pop\n\n17.03.2027, 08:45",
     ["Primăria a semnat contractul pentru un pod nou peste Someș, care va lega cartierul Grigorescu de centru.",
      "Podul va avea 120 de metri și două benzi pentru biciclete, iar lucrările încep în aprilie.",
      "Lucrările ar trebui să se încheie în 2028. O parte din bani vine dintr-un fond european."],
     "Sursa: Agenția de Presă Vest"),
])
def test_a_story_paragraph_over_a_source_line_after_the_story_stays(header, story, source):
    """A source's label (`Zdroj:`, `Sursa:`) under the last paragraph names the story's source: the paragraph is no
    photo caption."""
    assert body(header + "\n\n" + "\n\n".join([*story, source])) == story


SHOW_BOXES = [
    "PODCAST\nThe Ridge Hour\nEach week, host Anna Kerr talks with the people who farm the uplands. New episodes every "
    "Friday.\nListen now",
    "PODCAST\nStadtgespräch\nJede Woche spricht Lena Brandt mit Menschen aus der Stadt. Neue Folgen jeden Freitag.\n"
    "Jetzt anhören",
]


def test_two_paragraphs_pasted_in_a_video_block_stay():
    """A block of two paragraphs between a video's label and its button holds the story's paragraphs (guard)."""
    block = "Video\nSurge floods the main street 01:12\n" + "\n".join(PARAS[1:3]) + "\nWatch now"
    got = body(HEAD + "\n\n".join([PARAS[0], block, PARAS[3]]))
    assert PARAS[1] in got and PARAS[2] in got


@cases("box", SHOW_BOXES)
def test_a_shows_box_closed_by_its_button_leaves_and_the_subheading_under_it_stays(box):
    subheading = "Cheaper homes, slower traffic"
    story = [*PARAS[:2], subheading, *PARAS[2:]]
    assert body(HEAD + "\n\n".join([*PARAS[:2], box, subheading, *PARAS[2:]])) == story


AFTER_STORY = [
    "Ce contenu est produit dans le cadre du Projet de journalisme régional, qui soutient la couverture des régions.",
    "Dieser Beitrag entstand im Rahmen des Projekts Lokaljournalismus der Stiftung Nordlicht.",
    "This content was produced as part of the Local Reporting Fellowship, which pays for a reporter in Eastbrook.",
    "Editor’s note: The Eastbrook Gazette is a partner of the Riverside Festival, which is mentioned in this story.",
    "Nota redacției: Fundația Nord este partener al conferinței menționate în acest articol.",
]


def test_notes_on_how_the_story_was_made_after_it_leave_the_body():
    assert failing(AFTER_STORY, lambda line: body(HEAD + "\n\n".join([*PARAS, line])) == PARAS) == []


@cases("line", [
    "Ce contenu a été réalisé dans le cadre d'un partenariat avec l'entreprise, a fini par admettre l'adjoint au"
    " maire.",
    "This content was produced as part of a deal with the developer, the council's spokesman admitted on Tuesday.",
])
def test_someone_reported_saying_how_content_was_made_stays(line):
    story = [*PARAS[:2], line, *PARAS[2:]]
    assert body(HEAD + "\n\n".join(story)) == story


def test_another_storys_headline_right_over_the_storys_subheading_leaves():
    """A subheading heads a paragraph, never another subheading: a headline-shaped line over one is a link."""
    related = "Why Millbank's harbour freezes later every year, and what it means"
    story = [*PARAS[:2], "A footbridge to the station", *PARAS[2:]]
    assert body(HEAD + "\n\n".join([*PARAS[:2], related, *story[2:]])) == story


@cases("part", [
    "The ferry crews who kept the two towns talking",  # (a long-read's part title)
    "As famílias que decidiram ficar no bairro depois da cheia",  # (a feature's part, in Portuguese)
    "Faire revenir les oignons et le lard dans la graisse",  # (a recipe's step)
    "No homes for investors until every family has one",  # (a banner's slogan)
])
def test_the_storys_own_long_heading_over_a_shorter_one_stays(part):
    """A part title, a step, a slogan over the story's subheading name no one: the story's own (guards)."""
    story = [*PARAS[:2], part, "A footbridge to the station", *PARAS[2:]]
    assert body(HEAD + "\n\n".join(story)) == story


def test_a_box_title_pasted_tight_over_its_label_is_not_taken_for_a_link():
    """The line over the subheading must stand apart: a title pasted tight over a label is a box's (guard)."""
    story = [*PARAS[:2], "Audio diaries of a Clee Hills farm labourer\nRunning time", *PARAS[2:]]
    got = body(HEAD + "\n\n".join(story))
    assert "Audio diaries of a Clee Hills farm labourer" in got


@cases("subheading", [
    "Rents up 12% in a year across the county",  # (a sum, nine words: the story's subheading)
    "Where the footbridge over the river will land first",  # (takes up the paragraph's words)
])
def test_subheadings_of_nine_words_stay(subheading):
    story = [*PARAS[:2], subheading, *PARAS[2:]]
    assert body(HEAD + "\n\n".join(story)) == story


@cases(("line", "author"), [("de Andreea Moldovan-Pop", "Andreea Moldovan-Pop"), ("Autor: TKM", "TKM"),
                            ("Autor: ČTK", "ČTK"), ("de Mihai Pop și Ana Ionescu", "Mihai Pop și Ana Ionescu")])
def test_a_romanian_byline_and_initials_under_the_authors_label(line, author):
    assert byline_author(line) == author


@cases(("line", "author"), [("Autor: gnaddrig", "gnaddrig"), ("Author: Bebs", "Bebs"), ("Von: det/dpa", "det/dpa"),
                            ("Verfasst von: mitundvoneinander", "mitundvoneinander"), ("By: jdoe_83", "jdoe_83")])
def test_a_blog_accounts_name_or_a_desks_initials_after_a_labels_colon(line, author):
    """A byline word and its colon are a label: a blog account's one word or a desk's initials and its agency after
    it are the writer (real pages dev +3; without the colon, `von lupa` may be the story's `from`)."""
    assert byline_author(line) == author


@cases("line", ["de Vries", "De Vries en Jansen", "TKM", "De Graaf Bouw BV", "Von det/dpa", "By: the end",
                 "de Belo Horizonte a Ouro Preto, seis viagens por dia", "de Jean Moulin, qui portera son nom"])
def test_a_dutch_surname_or_bare_initials_are_no_byline(line):
    assert byline_author(line) is None


def test_a_section_named_under_the_story_when_none_stands_over_it():
    from newsletter.ingest.scraped import read_plaintext

    long_story = "\n\n".join([*PARAS, *(p.replace("council", "town") for p in PARAS), *PARAS[:2]])
    page = "Millbank solicitor struck off\n\nBy Anna Smith\n\n" + long_story \
        + "\n\nTopic: Courts\n\nMore from the Gazette"
    [article] = read_plaintext(page, "page.txt")
    assert article.section == "Courts"
    [tags] = read_plaintext(page.replace("Topic: Courts", "Emne: Retten · Bolig · Eastbrook"), "page.txt")
    assert tags.section is None


# Session 29, second round (holdout281, holdout282).
def test_a_posts_stamp_closed_by_the_platforms_dot_opens_an_embedded_post():
    post = ("Millbank Buses\n3 godz. ·\n🚌 Od poniedziałku zmiany na linii 12. Szczegóły na naszej stronie.\n"
            "👍 214   💬 87")
    assert body(_between(post)) == PARAS


def test_a_fact_box_of_whole_sentences_on_a_hard_wrapped_page_is_not_joined_into_a_paragraph():
    """Three lines or more that each end a sentence, one past the page's width (no wrapper wrote it), are a box's
    lines, not a wrapped paragraph's; a wrapped paragraph whose lines happen to end on a stop is joined (guard)."""
    wrapped = [
        "The council approved the riverside housing plan on Tuesday after a\nfour-hour debate that ran late into "
        "the evening and split the ruling\ngroup, with the mayor casting the deciding vote.",
        "The plan allows 400 homes on the old gasworks site, a quarter of them\nfor social rent, and a new "
        "footbridge over the river to the station.",
        "Opponents said the site was still polluted and that the council had\nnot published the full survey of "
        "the ground under the old tanks.",
        "The developer said the clean-up would start in May and that the first\nhomes would be ready by the "
        "summer of 2029, a year later than planned.",
    ]
    box = ("FACTS: The riverside plan\nThe gasworks closed in 1998 and the site has stood empty since then.\n"
           "The council bought the land from the regional gas board for four million pounds.\n"
           "About 1,200 people signed a petition against the plan in the spring.")
    page = HEAD + "\n\n".join([*wrapped[:2], box, *wrapped[2:]])
    assert body(page) == [p.replace("\n", " ") for p in wrapped]
    stops = ("The tenants had moved in during the spring of 2024 on a two-year lease.\nNevertheless, their first "
             "complaint reached the landlord in the September.\nThe letters shown to the tribunal were sent by email "
             "and by post.")
    page = HEAD + "\n\n".join([*wrapped[:2], stops, *wrapped[2:]])
    assert body(page)[2] == stops.replace("\n", " ")


@cases("notice", [
    "Radio Eastbrook verwendet Cookies, um die Reichweite zu messen und Inhalte von Drittanbietern einzubinden. Sie "
    "können selbst entscheiden, welche Kategorien Sie zulassen.",
    "Eastbrook Radio uses cookies to measure its reach and to show videos from third parties. You can choose which "
    "categories to allow.",
])
def test_a_consent_notice_naming_third_parties_is_consent(notice):
    assert kind_of(notice).name == "consent"


@cases("button", ["Alle zulassen", "Nur notwendige", "Nur notwendige Cookies zulassen"])
def test_consent_buttons_in_german(button):
    assert kind_of(button).name == "consent"


@cases("line", [
    "Multa de 90.000 euros a una web de viajes por las cookies de terceros",
    "Nach ihren Feststellungen setzte die Seite Cookies von Drittanbietern, ohne die Nutzer zu fragen.",
    "The regulator found the site placed cookies from third parties before visitors could refuse them.",
])
def test_a_story_about_third_party_cookies_is_no_consent_notice(line):
    kind = kind_of(line)
    assert kind is None or kind.name != "consent"


def test_a_fact_box_label_alone_over_its_topic_and_sentences_on_a_page_without_blank_lines():
    box = ("FACTS\nThe new footbridge\nThe bridge will be 96 metres long and five metres wide.\n"
           "It will cost £14m, of which the council pays half.\nSource: Eastbrook Borough Council")
    assert body(_between(box, blankless=True)) == PARAS
    # (without its source line, a part title over its subheading heads the story's own sentences: guard)
    part = ["Timeline", "How the row unfolded", "In June the contract went to a firm from Leeds.",
            "In July the first residents complained about the noise."]
    story = [*PARAS[:2], *part, *PARAS[2:]]
    assert body(TIGHT_HEAD + "\n".join(story)) == story


@cases("attribution", ["Vicent Llorca - Director general de Obras Públicas", "Ana Ruiz — concejala de Urbanismo"])
def test_a_pull_quote_over_its_speaker_set_off_by_a_dash_leaves(attribution):
    quote = "«El calendario ya no es realista»"
    assert body(_between(f"{quote}\n{attribution}")) == PARAS


def test_a_profiles_heading_under_the_storys_quote_stays():
    """`Name - role` over a paragraph about that person heads a profile's part (guard)."""
    quote = "“We never closed, not even when the river came into the cellar.”"
    story = [*PARAS[:2], quote, "Tomasz Reyes - night nurse at the hospital",
             "Reyes starts his shift at ten and says the old town sends him the same patients every weekend.",
             *PARAS[2:]]
    assert "Tomasz Reyes - night nurse at the hospital" in body(HEAD + "\n\n".join(story))


def test_a_quote_over_a_list_of_names_and_roles_stays():
    """`Name — role` lines in a row under a quotation are the story's list of who got which job (guard)."""
    lead = "The mayor named her new cabinet on Monday evening and then added:"
    quote = "«They are people who know this town street by street.»"
    names = ["Marco Rinaldi — deputy mayor, roads and transport", "Lucia Ferri — budget and taxes",
             "Paolo Greco — schools and youth"]
    story = [*PARAS[:2], lead, quote, *names, *PARAS[2:]]
    assert body(HEAD + "\n\n".join(story)) == story


def test_two_related_headlines_over_the_storys_subheading_leave():
    related = ["Millbank swimming club loses two coaches to Riverside", "Eastbrook ferry fares to rise by £2 in April"]
    story = [*PARAS[:2], "Schools get the first lanes", *PARAS[2:]]
    assert body(HEAD + "\n\n".join([*PARAS[:2], *related, *story[2:]])) == story
    # (a part title and its subtitle over the subheading, one announcing, head the story's part: guard)
    part = ["Part one: Marta Kowalska keeps the ovens burning in Gdańsk",
            "How a family bakery outlasted three floods and a pandemic"]
    story = [*PARAS[:2], *part, "The flood of 1997", *PARAS[2:]]
    assert body(HEAD + "\n\n".join(story)) == story


RELATED_ONE = "Related\nRiverside residents win fight over the new footbridge plan"


def test_a_line_under_a_related_headline_naming_what_the_next_paragraph_tells_is_its_subheading():
    """Pasted without blank lines: the line after the link that shares a new word with the paragraph under it
    (`Pollution` / `polluted`) heads that paragraph."""
    subheading = "Pollution under the old tanks persists"
    text = TIGHT_HEAD + "\n".join([*PARAS[:2], RELATED_ONE, subheading, *PARAS[2:]])
    assert body(text) == [*PARAS[:2], subheading, *PARAS[2:]]


@cases(("link", "headline"), [
    (RELATED_ONE, "What the council promised"),  # `council`: the story's own word, used above
    (RELATED_ONE, "Five sites the city still owns"),  # `still`: a short word any paragraph shares
    # a word the headline above shares with the paragraph too: both links to stories on that
    (RELATED_ONE.replace("Riverside", "Polluted riverside"), "Polluted streets wait for diggers"),
])
def test_a_second_related_headline_sharing_only_the_storys_words_stays_a_link(link, headline):
    assert body(TIGHT_HEAD + "\n".join([*PARAS[:2], link, headline, *PARAS[2:]])) == PARAS


FACTS = ["Facts: The gasworks site", "The site covers 12 hectares.", "Its tanks held 40,000 cubic metres of gas.",
         "The works closed in 1971."]


def test_a_fact_box_with_its_topic_set_apart_line_by_line_leaves_the_body():
    """Every block a blank line apart, the box's facts too: its short sentences run to the story's next (longer)
    paragraph."""
    assert body(HEAD + "\n\n".join([*PARAS[:2], *FACTS, *PARAS[2:]])) == PARAS


@cases(("label", "boxed"), [
    ("FAKTA", True),
    ("FAKTABOKS", True),
    ("Les faits", False),  # (guard) a label alone in a story's case heads the story's part as often
])
def test_a_nordic_fact_box_label_alone_in_capitals_closed_by_the_next_subheading(label, boxed):
    """`FAKTA` alone, three short sentences each a blank line apart, then the story's subheading over its paragraph."""
    facts = ["The port landed 98,000 tonnes of fish in 2025.", "The new hall is budgeted at 142 million kroner.",
             "It was due to open in April 2027."]
    page = HEAD + "\n\n".join([*PARAS[:2], label, *facts, "Fears of losing landings", *PARAS[2:]])
    got = body(page)
    assert (got == [*PARAS[:2], "Fears of losing landings", *PARAS[2:]]) == boxed and PARAS[0] in got


@cases("source", ["Source: Northfield council", "Källa: Orust kommun", "Quelle: Stadtwerke"])
def test_a_fact_box_set_apart_line_by_line_with_its_source_under_the_facts_leaves_the_body(source):
    """The box's source line (`Källa: X`) under its facts, then the story's next paragraph."""
    assert body(HEAD + "\n\n".join([*PARAS[:2], *FACTS, source, *PARAS[2:]])) == PARAS


def test_a_fact_box_with_its_topic_pasted_tight_ends_at_the_storys_longer_paragraph():
    assert body(TIGHT_HEAD + "\n".join([*PARAS[:2], *FACTS, *PARAS[2:]])) == PARAS


@cases("label", ["FAKTAA\nThe gasworks site", "Key facts\nThe gasworks site"])
def test_a_fact_box_label_alone_over_its_topic_pasted_tight_ends_at_the_storys_longer_paragraph(label):
    """Pasted without blank lines: the label alone, its topic under it, short sentences, then the story's longer
    paragraph."""
    assert body(TIGHT_HEAD + "\n".join([*PARAS[:2], label, *FACTS[1:], *PARAS[2:]])) == PARAS


@cases("marker", ["Mainos päättyy", "Advertisement ends", "Ende der Anzeige", "Fin de la publicité"])
def test_the_marker_closing_an_ad_slot_leaves_the_body(marker):
    assert body(HEAD + "\n\n".join([*PARAS[:2], "Advertisement", marker, *PARAS[2:]])) == PARAS


def test_a_short_paragraph_under_a_fact_box_label_without_the_storys_longer_one_stays():
    """(guard) No longer paragraph and no furniture under the short sentences: nothing shows where a box would end."""
    short = ["The council approved the plan.", "Work starts in May.", "The homes come in 2029."]
    assert body(HEAD + "\n\n".join([*PARAS[:1], FACTS[0], *short]))[-3:] == short


@cases(("headline", "link"), [
    ("The river is rising. Who pays for the new walls?", True),
    # (guard) a statement of a paragraph's length before its question: the story's
    ("The council has spent four years and two million pounds on the flood plan. Who pays now?", False),
])
def test_a_related_headline_of_a_short_statement_and_a_question_is_a_link(headline, link):
    related = "Read more\nStorm Nuala: clean-up begins as 40,000 homes are still without power\n" + headline
    got = body(TIGHT_HEAD + "\n".join([*PARAS[:2], related, *PARAS[2:]]))
    assert got == (PARAS if link else [*PARAS[:2], headline, *PARAS[2:]])


def test_a_newsletter_box_named_by_its_letter_with_a_pitch_without_its_stop_leaves_the_body():
    box = ["Sign up to North Edition", "Free weekly newsletter",
           "The week's most important stories from the North of England, from our regional correspondents",
           "Privacy notice: Newsletters may contain information about charities, online ads, and content funded by "
           "outside parties.", "Sign up"]
    assert body(HEAD + "\n\n".join([*PARAS[:2], *box, *PARAS[2:]])) == PARAS


def test_a_subheading_under_a_newsletter_prompt_without_its_form_stays():
    """(guard) A short line under the sign-up line that no note or button of the box closes heads the story."""
    story = [*PARAS[:2], "Where the money goes", *PARAS[2:]]
    text = HEAD + "\n\n".join([*PARAS[:2], "Free weekly newsletter", *story[2:]])
    assert body(text) == story


@cases("subheading", ["What changes on Sept. 1", "Was sich am 1. März ändert", "Ce qui change le 1er mars"])
def test_a_dated_question_without_its_mark_is_no_date_line(subheading):
    from newsletter.ingest.scraped.classify import _own_class
    from newsletter.ingest.scraped.lines import measure

    assert _own_class(measure(subheading, frozenset())).kind not in ("date", "dateline")
    assert _own_class(measure("wo 10 mrt 2027, 13:52", frozenset())).kind == "date"  # (`wo`: Dutch Wednesday)


# Session 29, third round (holdout283, holdout284).
@cases("blankless", [False, True])
def test_a_timeline_under_its_own_heading_leaves_the_body(blankless):
    box = ("From the first plans to the vote\n1998 – the gasworks close\n2012 – a first study, shelved for lack of "
           "money\n2025 – the council buys the site\n2026 – the council approves the plan")
    assert body(_between(box, blankless)) == PARAS


def test_the_storys_own_dated_sentences_under_a_subheading_stay():
    """Dated sentences under the story's subheading are the story's (guard)."""
    items = ["1984 – The council rejects a first plan for the site.", "1998 – The gasworks close for good.",
             "2021 – Councillors vote to buy the land."]
    story = [*PARAS[:2], "The last forty years", *items, *PARAS[2:]]
    assert body(HEAD + "\n\n".join([*PARAS[:2], "The last forty years", "\n".join(items), *PARAS[2:]])) == story


def test_the_storys_dated_list_under_its_lead_in_stays():
    lead = "The works are planned in three stages, the council said:"
    items = ["2027 – the old tanks are dug out and the ground is cleaned", "2028 – the footbridge is built",
             "2029 – the first 200 homes are finished"]
    story = [*PARAS[:2], lead, *items, *PARAS[2:]]
    assert body(HEAD + "\n\n".join([*PARAS[:2], lead, "\n".join(items), *PARAS[2:]])) == story


@cases("heading", ["Diskuse (37)", "Diskussion (12)", "Dyskusja (5)"])
def test_the_discussion_heading_with_its_count_ends_the_story(heading):
    comments = "Join the discussion. Only logged-in readers can post.\nLatest comment: “Finally, a proper bridge.”"
    assert body(HEAD + "\n\n".join([*PARAS, heading, comments])) == PARAS


def test_a_discussion_heading_without_a_count_or_in_english_may_be_the_storys():
    assert kind_of("Discussion") is None and kind_of("Discussion (2)") is None and kind_of("Discusión (2)") is None


def test_a_posts_reactions_counted_in_words_close_the_post():
    post = ("Millbank Workshops\n11 May at 20:14 ·\nWe got the keys from the builder! 🎉 Three years, 3,142 donors and "
            "many sleepless nights later.\n1.2K likes · 214 comments · 386 shares")
    assert body(_between(post)) == PARAS


