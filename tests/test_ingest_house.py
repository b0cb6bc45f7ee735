"""The publication's own voice (house.py) in the languages of European news sites: notes, meters, sign-ups."""

from __future__ import annotations

import pytest

from newsletter.ingest.scraped import house


@pytest.mark.parametrize("text", [
    "Du har läst 2 av 4 gratis artiklar den här månaden. Bli prenumerant för att läsa vidare.",  # sv meter
    "Zostały Ci 3 bezpłatne artykuły w tym miesiącu.",  # pl meter
    "Sie haben 2 von 5 kostenlosen Artikeln in diesem Monat gelesen.",  # de meter
    "You have 1 free article left this month.",
    "Sie haben 2 von 5 kostenlosen KZ+-Artikeln gelesen.",  # the article word inside a branded compound
])
def test_a_paywall_meter_is_a_house_note_anywhere(text):
    assert house.is_note(text, frozenset(), at_end=False)


@pytest.mark.parametrize("text", [
    "Få lokala nyheter varje morgon – prenumerera på vårt nyhetsbrev.",  # sv
    "Ontvang elke ochtend het nieuws uit de regio: abonneer je op onze nieuwsbrief.",  # nl
    "Zapisz się na nasz newsletter i otrzymuj wiadomości z regionu.",  # pl
    "Abonează-te la newsletterul nostru pentru știrile zilei.",  # ro
    "The Quay Review is free to read and paid for by readers. Become a member from £4 a month.",  # a pitch
    "Le Clairon vit de ses lecteurs : devenez membre dès 5 € par mois.",
])
def test_sign_up_lines_in_more_languages(text):
    assert house.is_note(text, frozenset(), at_end=True)


@pytest.mark.parametrize("text", [
    # French `du` (of the) and `onze` (eleven) are not Dutch or Scandinavian `you` and `our`
    "Le propriétaire du fonds, salarié depuis onze ans, a proposé de créer une société coopérative.",
    # a story about paywalls, long enough to be one
    "The paper, which lets readers see 10 free articles a month before asking them to pay, said digital revenue "
    "rose by a fifth last year, while print advertising fell for the ninth year in a row, its chief executive said.",
    "Na wiosnę miasto otworzy nowy park, a mieszkańcy dostaną 2 bezpłatne bilety na koncert otwarcia.",
    "Tenants in the block now pay €1,150 a month, up from €900 two years ago, the housing agency said.",  # a rent
])
def test_story_sentences_are_not_house_notes(text):
    assert not house.is_note(text, frozenset(), at_end=False)


@pytest.mark.parametrize(("text", "site"), [
    # the site's words in lower case are common nouns of the story's language (Portuguese `veredas`, palm swamps;
    # `nos`, in the), not the site naming itself
    ("Entre as recomendações, o instituto propõe que a recuperação de veredas seja priorizada nos programas "
     "estaduais de restauração.", frozenset({"instituto", "veredas", "planalto"})),
    ("Le port propose que la criée soit rénovée, et la vigie du quai sera reconstruite dans nos murs d'ici l'été.",
     frozenset({"vigie", "quai"})),
    ("The morning post arrives later now, and the village hall has shortened its opening hours, our neighbours say.",
     frozenset({"morning", "post"})),
])
def test_a_site_name_in_lower_case_is_no_house_signal(text, site):
    assert not house.is_note(text, site, at_end=False)


@pytest.mark.parametrize(("text", "site"), [
    ("Das Tauernblatt auf WhatsApp: unsere Nachrichten direkt aufs Handy.", frozenset({"tauernblatt"})),
    ("Podcast: Jetzt anhören auf tauernblatt.at/podcast, unsere neue Folge.", frozenset({"tauernblatt"})),
    ("Suivez La Vigie du Quai sur nos réseaux sociaux.", frozenset({"vigie", "quai"})),
])
def test_a_site_name_capitalised_or_in_its_web_address_is_a_house_signal(text, site):
    assert house.signals(text, site)[0] >= 2


# Dutch `onze` (our) is the numeral eleven in Portuguese and French: a story paragraph counting eleven of something is
# no note in the house's voice, even with a second word a note uses (`descarga`, Spanish download, Portuguese
# unloading); in a Dutch note it still speaks for the house (round rP, pt/fr/nl).
@pytest.mark.parametrize("text", [
    "O porto retomou as operações de carga e descarga, depois de dois dias parado. Segundo a empresa, onze navios "
    "aguardavam ao largo autorização para entrar no canal.",
    "Les dockers ont repris le déchargement et le téléchargement des manifestes : onze navios attendaient au large "
    "pour entrer dans le port.",
])
def test_onze_as_eleven_is_not_our(text):
    assert not house.is_note(text, frozenset(), at_end=True)


def test_onze_in_a_dutch_note_still_speaks_for_the_house():
    assert house.is_note("Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het nieuws.", frozenset(),
                         at_end=True)


# Round r2: the newsroom's request for comment closing the story, with its promise to update, is the story's last
# fact, not a note of the page (en/fr/es/de/it/pt/nl); a note about the page alone stays a note.
@pytest.mark.parametrize("text", [
    "We've reached out to Lumora to ask when the fixed firmware will ship and will update this story soon.",
    "We have contacted the council for comment and will update this article when it replies.",
    "Nous avons contacté la mairie, qui n'a pas répondu avant la publication de cet article.",
    "Hemos contactado a la empresa para conocer su versión y actualizaremos esta noticia.",
    "Wir haben Lumora um eine Stellungnahme gebeten und werden diesen Artikel aktualisieren.",
    "Abbiamo contattato l'azienda per un commento e aggiorneremo questo articolo.",
    "Entramos em contato com a prefeitura e vamos atualizar esta reportagem.",
    "We hebben Lumora om een reactie gevraagd en werken dit artikel bij zodra die er is.",
])
def test_a_request_for_comment_closing_the_story_is_no_house_note(text):
    assert not house.is_note(text, frozenset(), at_end=True)


@pytest.mark.parametrize("text", [
    "This article was updated on Monday to include a statement from the company.",
    "Cet article a été mis à jour lundi avec la réponse de l'entreprise.",
])
def test_an_update_note_about_the_page_stays_a_house_note(text):
    assert house.is_note(text, frozenset(), at_end=True)


# Round r20: a story citing its own newsroom's analysis (`… an analysis by The Shannon Herald shows.`): `shows`
# closing the paragraph after the site's name is the verb, no product of the site's, so the paragraph is no note.
@pytest.mark.parametrize("text", [
    "Average rents rose by 6.8 per cent in the year to September, an analysis of tenancy records by The Shannon "
    "Herald shows.",
    "Fewer buses ran on time in every county this year, a review of the timetables by the Shannon Herald shows.",
])
def test_a_story_citing_its_own_newsrooms_analysis_is_no_house_note(text):
    assert not house.is_note(text, frozenset({"shannon", "herald"}), at_end=True)


def test_a_sites_shows_named_as_its_products_still_count():
    """The site's name next to its products elsewhere in the line keeps the product signal."""
    assert house.signals("Catch up on all Shannon Herald shows and podcasts in our app.",
                         frozenset({"shannon", "herald"}))[0] >= 2


def test_the_slavic_is_beside_the_sites_name_is_no_house_note():
    """sl/hr/cs `je` (is) is no Dutch `je` (you): a story's sentence that says what a source told the site."""
    text = ("Nekateri strokovnjaki opozarjajo, da bo treba natančno spremljati temperaturo vode. Hidrogeolog Marko "
            "Levstik je za Utrip dejal, da so podobni sistemi v tujini izgubili od ene do dveh stopinj.")
    assert not house.is_note(text, frozenset({"utrip"}), at_end=False)


@pytest.mark.parametrize("text", [
    "Bij Utrecht Nu lees je het regionale nieuws als eerste.",  # the site named, and `je` (you): two signals
    "Heb je het nieuws van Utrecht Nu al gezien?",
])
def test_the_dutch_you_beside_its_verb_still_counts(text):
    assert house.is_note(text, frozenset({"utrecht", "nu"}), at_end=False)
