"""Classify every line of a page, then find the article body: the densest run of prose.

1. Each line gets a class from its own features (`lines.Line`) and the pattern tables (`furniture`):
   prose, near (a short sentence), short (headline, subheading, label), menu, furniture, meta (byline, dateline,
   credit, caption) or stop (after the body began, the article is over).
2. Context, as in jusText: a "related" label takes the headline list under it, an audio/video box takes its
   title and date, the line above a photo credit is its caption (the tests for captions and credits are in
   `captions.py`), a bare name above a date is a byline.

The body is then found from these labels in `span.py`.
"""

from __future__ import annotations

import re
from itertools import islice, pairwise, takewhile

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import house
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.bylines import (
    clean_author,
    latin_name,
    name_then_place,
    name_with_address,
    name_with_agencies,
    person,
    short_byline,
)
from newsletter.ingest.scraped.captions import (
    TWO_SENTENCES,
    bare_caption,
    bare_credit,
    bare_name,
    bracketed_outlet_under_caption,
    caps_credit_at,
    caps_credit_over_byline,
    caption_below,
    caption_follows,
    courtesy_out_of_place,
    credit_at_end,
    credit_only,
    credit_over_caption,
    has_rest,
    labelled_credit_at,
    name_over_caption,
    name_under_caption,
    name_under_lead_caption,
    outlet_under_lead_caption,
    pipe_credit,
    title_case,
)
from newsletter.ingest.scraped.credits import GRAPHIC_TITLE, SOURCE_LABEL, under_graphic
from newsletter.ingest.scraped.dates import DATED_ITEM, looks_like_date, names_a_day, words_besides_date
from newsletter.ingest.scraped.labels import (
    FURNITURE,
    LIST_ITEM_KIND,
    MENU,
    META,
    NEAR,
    PROSE,
    SHORT,
    STOP,
    TEXT_CLASSES,
    Label,
    neighbour,
)
from newsletter.ingest.scraped.lines import LIST_ITEM, SENTENCE_END, Line, blankless_page, stems
from newsletter.ingest.scraped.prompts import MORE_BUTTON, QUOTE_MARK, QUOTED, mark_prompts, reported_speech
from newsletter.ingest.scraped.published import PUBLISH_LABEL, UPDATE_LABEL
from newsletter.ingest.scraped.related import ASKS

"""Two sentences in one line: a word, its end stop, a capital opening the next."""

# Kinds in which the site asks the reader for something: a line of them that reports someone's words (`Sign up
# here, the mayor joked, …`) is the story's (prompts.py counts what its other sentences ask).
_SITE_ASKS = frozenset({"sign-up", "paywall", "donation", "disclosure"})


# A page repeats many lines (menu entries in header and footer, `Advertisement`, `Share`), the pages of a site their
# menus, footers and boxes, and the tests their made-up story lines: each distinct line is classified once, and kept
# for the next pages (the cache starts afresh when it holds CLASS_CACHE_LINES). A line's own class is read off its
# text and what its page's stoplist makes of it (every other field of a Line but its place, blank_before and part,
# is read off the text). Labels are never changed in place, so sharing them is safe.
# (the corpus's 2,060 pages hold 64,000 distinct lines: at 20,000, 5,000 of them were classified twice)
CLASS_CACHE_LINES = 80_000
_classes: dict[tuple[str, float, int], Label] = {}


def _class_of(line: Line) -> Label:
    key = (line.text, line.stop_share, line.lead_stops)
    label = _classes.get(key)
    if label is None:
        if len(_classes) >= CLASS_CACHE_LINES:
            _classes.clear()
        label = _classes[key] = _own_class(line)
    return label


def forget_classes() -> None:
    """Forget the lines classified so far (a benchmark's cold read)."""
    _classes.clear()


# A question's first word (`What changes on Sept. 1`, `Was sich am 1. März ändert`, `Ce qui change le 1er mars`): no
# date line opens so.
_ASKING = re.compile(r"^(?:what|when|where|why|how|which|was|wann|warum|wie|welche[rsn]?|ce qui|ce que|quand|pourquoi"
                     r"|comment|qué|que|cuándo|dónde|por qué|cómo|cosa|quando|dove|perché|come|o que|wat|wanneer|waarom"
                     r"|hoe)\s", re.I)


# A data stamp's opening (`As on 12 Feb 2027, 03:30 PM IST` under a share's quote, `As of November 26, 2026`): the
# widget's figures dated, not the page's date line.
_STAMPED = re.compile(r"^as (?:on|of|at) (?!.*:$)", re.I)  # (`As of 5pm, the following closed:` leads in)


def _own_class(line: Line) -> Label:
    text = line.text
    short = line.words <= T.HEADER_LINE_MAX_WORDS  # header patterns only apply to short lines (a cheap test first)
    if short and F.SECTION_LABEL.match(text):
        return Label(META, "section")
    if short and F.TAGS.match(text):
        return Label(STOP, "tags")
    if short and (head := F.READING_HEAD.match(text)) and (m := F.DATELINE.match(text[head.end():])) \
            and looks_like_date(m["when"]):
        return Label(META, "dateline")  # (the reading time run in before it)
    if (kind := F.kind_of(text)) and not (kind.name in _SITE_ASKS and reported_speech(text)):
        return Label(STOP if kind.ends else FURNITURE, kind.name)
    if short and (F.is_ui(text) or F.is_share_row(text)):
        return Label(FURNITURE, "control")
    if short and F.ISSUER.match(text):
        return Label(META, "issuer")
    if short and F.AGENCY_PICTURE.match(text):
        return Label(META, "credit")  # (before the byline: `Pepa Lozano (Agencia Faro)` is the photographer's)
    if (short or (F.BYLINE.match(text) and short_byline(text))) \
            and (((m := F.BYLINE.match(text)) and latin_name(clean_author(m["who"]))) or _other_byline(text)) \
            and not F.OVERVIEW_HEADING.match(text):  # (`BY THE NUMBERS` heads a box of figures, names no one)
        return Label(META, "byline")
    if short and F.DOWNLOAD.search(text):
        return Label(FURNITURE, "download")  # a file's link, with its type and size
    if short and not line.sentence and F.LINK_END.search(text):
        return Label(FURNITURE, "link")  # a line ending in an address or identifier is a link, not a sentence
    if short and not line.full_stop and F.EMBED.search(text):
        return Label(FURNITURE, "embed")  # an embedded social post's platform line or its `(@handle)` attribution
    if short and F.UPDATE_STAMP.match(text):
        return Label(META, "time")  # (`Updated at 14.58 GMT`: a live blog's post stamp, no date line)
    # (a bullet before the label, the date line one of the header's items: `• Publiziert vor einer Stunde`)
    if short and (m := F.DATELINE.match(text.lstrip("•·▪ "))) and (looks_like_date(m["when"]) or _relative(m["when"])):
        return Label(META, "dateline")
    if len(text) <= T.CAPTION_MAX_CHARS:
        if F.CREDIT.match(text) or F.GRAPHIC_CREDIT.match(text) or _credit_taken_at(text):
            return Label(META, "credit")
        if line.words >= 4 and (credit_at_end(text) or F.SCENE_CAPTION.search(text)):
            return Label(META, "caption")
    if line.words <= T.DATE_LINE_MAX_WORDS and (F.CLOCK_ONLY.match(text) or F.RELATIVE_TIME.match(text)):
        return Label(META, "time")  # a time without a day: a live blog's entry stamp, or `3 hours ago`
    if short and not line.full_stop and (m := _STAMPED.match(text)) and looks_like_date(text[m.end():]):
        return Label(FURNITURE, "ticker")  # (a quote's or a table's stamp: `As on 12 Feb 2027, 03:30 PM IST`)
    if _date_words(text) <= T.DATE_LINE_MAX_WORDS and (not line.full_stop or _meridiem_date(text)) \
            and not text.endswith(("?", ";")) and not _lead_in(text) and not _ASKING.match(text) \
            and "=" not in text and looks_like_date(text):
        # (`What changes on 1 June?` is a question, with its mark or without (`What changes on Sept. 1`): a
        # subheading, not a date line; `Feira da 25 de Setembro: R$ 32;` an item of the story's list; a chart's
        # base, `Indexiert, 1. Januar 2026 = 100`, a note of its figures)
        return Label(META, "date")
    if short and (F.AGENCIES.match(text.strip(" .-–—()")) or _agency_dateline_alone(text)):
        return Label(META, "byline")
    if F.VOTE_ROLL.match(text) or F.VOTE_SHARES.match(text) or F.SCORE_ROLL.match(text):
        return Label(NEAR)  # a vote's roll call or shares (`For: Cllrs Smith, Jones`, `Results: Labour 41.2%, …`)
    if line.menu:
        return Label(MENU)
    if line.prose:
        return Label(PROSE)
    if line.near_prose:
        return Label(NEAR)
    return Label(SHORT)


_BRACKETED_TAIL = re.compile(r"\s\([^()]{3,80}\)$")
def _credit_taken_at(text: str) -> bool:
    """A labelled credit with the place and day the picture was taken (`Bild: Mirjam Kälin (Dietikon, 24. November
    2026)`): a credit, whose date is the picture's, not the page's."""
    return F.CREDIT_LABEL.match(text) is not None and F.TAKEN_AT.search(text) is not None


# A time's half of the day or its abbreviated unit at the end of a date line (`06:30 a. m.`, `7:05 p.m.`,
# `08:15 h.`, `19:52 hs.`, `9.30 hrs.`, Flemish `22.41 u.`): its full stop ends an abbreviation, not a sentence.
_MERIDIEM_END = re.compile(r"(?<=\d)\s*(?:[ap]\.\s?m|h|hs|hr|hrs|u)\.$", re.I)


def _meridiem_date(text: str) -> bool:
    """A day and a time ending in `a. m.` or `h.` (`04 de marzo 2027, 06:30 a. m.`, `26/11/2026 08:15 h.`); a time
    alone so (`last trip leaves at 11:10 p.m.`, `abre a las 10 h.`) ends a sentence."""
    return bool(_MERIDIEM_END.search(text)) and looks_like_date(_MERIDIEM_END.sub("", text), clock=False)


# A lead-in closed by its verb before the colon (`The changes from 4 January are:`, `Die Termine ab 4. März sind:`,
# `Los cambios desde el 4 de enero son:`): a sentence that introduces a list, however few its words.
_VERB_COLON = re.compile(r"\s(?:are|is|will be|were|include|includes|sind|lauten|werden|son|serán|sont|seront|sono"
                         r"|saranno|zijn|worden|são|serão|incluyen|comprennent)\s?:$", re.I)


def _lead_in(text: str) -> bool:
    """A sentence closed by a colon that names a date: the lead-in to the story's list, no date line (whose label,
    `Updated:`, is a word or two besides the date). It holds more words than a date line's label (`The changes you
    need to know before December 1 are:`, `Ce qui change à partir du 1er janvier :`), or enough lower-case words
    (`The survey's other findings for the week ending Nov. 27:`), or ends with its verb (`The changes from 4 January
    are:`)."""
    return text.endswith(":") and (words_besides_date(text) > T.DATE_LINE_MAX_OTHER_WORDS
                                   or sum(w[:1].islower() for w in text.split()) >= T.LEAD_IN_MIN_LOWER_WORDS
                                   or _VERB_COLON.search(text) is not None)


def _date_words(text: str) -> int:
    """The words of a date line without its bracketed tail: `06 mars 2027 – 17:05 (mis à jour le 07 mars 2027 –
    09:30)` is a date line whose update, in brackets, doubles its length."""
    return len(_BRACKETED_TAIL.sub("", text).split())


def _other_byline(text: str) -> bool:
    """The bylines fields.py reads (`Av A og B`, `Escribe: X`, `Words: X`, `From X, City`, `Da Agência X`), so that
    the body's edges see them too."""
    from newsletter.ingest.scraped.authors import from_agency  # authors.py and bylines.py build on this module
    from newsletter.ingest.scraped.bylines import byline_author

    # (a single name after a byline word in lower case, `von Kathrin`: `Von Kathrin` is read by the name over the date)
    return byline_author(text) is not None or from_agency(text) is not None \
        or (text[:1].islower() and F.ONE_NAME_BYLINE.match(text) is not None)


def _guest_bylines(lines: list[Line], labels: list[Label]) -> None:
    """A guest writer's name and for whom the piece was written (`Renata Schmitt, especial para a Gazeta`, `Jane Doe,
    special to the Ledger`), in the header (a standfirst's paragraph above at most): a byline without a byline word.
    Under a photo amid the story the same line credits the photographer."""
    prose = 0
    for i, line in enumerate(lines):
        if prose > 1:
            return
        prose += labels[i].cls == PROSE
        head, comma, rest = line.text.partition(", ")
        if comma and labels[i].cls in (SHORT, NEAR, MENU) and F.CONTRIBUTOR_NOTE.match(rest) and person(head):
            labels[i] = Label(META, "byline")


def _agency_dateline_alone(text: str) -> bool:
    m = F.AGENCY_DATELINE.match(text + " ")
    return bool(m and m.end() >= len(text))


def _relative(text: str) -> bool:
    return bool(re.search(r"\b(ago|hace|vor|il y a|fa)\b|^\d+\s*[smhd]$", text, re.I) or _DAY_WORD_CLOCK.match(text))


# Today or yesterday with a clock time, after a dateline's label (`Online seit heute, 6.12 Uhr`, `Published today at
# 9:41`, `Publicado hoy, 10:32`, `Publié aujourd'hui à 10h05`).
_DAY_WORD_CLOCK = re.compile(r"^(?:today|yesterday|heute|gestern|hoy|ayer|aujourd['’]hui|hier|oggi|ieri|hoje|ontem"
                             r"|vandaag|gisteren)\b,?\s*(?:at|um|a las|à|alle|às|om)?\s*\d{1,2}[:.h]\d{2}\b", re.I)


def classify(lines: list[Line]) -> list[Label]:
    labels = [_class_of(line) for line in lines]
    for step in _PASSES:
        step(lines, labels)
    return labels


def _pitches_over_buttons(lines: list[Line], labels: list[Label]) -> None:
    """A short line set apart amid the story, pasted tight over a button that closes its block (`Watch the latest
    news on Coastline+` / `Watch now`, `Hör den Podcast in der App` / `Jetzt hören`): the button's pitch, not a
    subheading (a subheading stands over the paragraph it heads, not over a button)."""
    for i in range(1, len(lines) - 1):
        if labels[i].cls not in (SHORT, NEAR) or lines[i].full_stop or lines[i].words > T.HEADLINE_MAX_WORDS \
                or not lines[i].blank_before or lines[i + 1].blank_before:
            continue
        button = labels[i + 1]
        if button.cls == FURNITURE and button.kind in _BUTTON_KINDS and lines[i + 1].words <= T.POLL_OPTION_MAX_WORDS \
                and (i + 2 >= len(lines) or lines[i + 2].blank_before) and _story_above(lines, labels, i):
            labels[i] = Label(FURNITURE, "prompt")


_BUTTON_KINDS = frozenset({"control", "widget", "sign-up"})
# A sign-up box's button that switches something on (`Aktivieren`, `Activer`, `Turn on`), besides the account's.
_SWITCH_ON = frozenset({"aktivieren", "jetzt aktivieren", "activer", "activar", "attiva", "ativar", "activeren",
                        "activate", "turn on", "sign me up", "count me in"})
_SIGN_UP_BUTTONS = F.ACCOUNT_CONTROLS | _SWITCH_ON


def _named_pitches_over_buttons(lines: list[Line], labels: list[Label]) -> None:
    """On a page pasted without blank lines, a box's name and its one-paragraph pitch over its sign-up button
    between the story's paragraphs (`The Byte Brief` / `The day's most important tech stories …. Every weekday at 7
    am.` / `Sign up`, `Push-Nachrichten von wien.example` / `Erhalten Sie …` / `Aktivieren`): the box's, as blank
    lines would set it apart. The button signs the reader up (F.ACCOUNT_CONTROLS, _SWITCH_ON), and the box is named,
    not called: a story's part under a subheading calling the reader to act may close on such a button."""
    if not blankless_page(lines):
        return
    for i in range(2, len(lines) - 2):
        button = lines[i + 1].text.lower().strip(" .!›»→")
        if button not in _SIGN_UP_BUTTONS or labels[i + 1].cls not in (SHORT, FURNITURE) \
                or not (labels[i].cls in (PROSE, NEAR) or labels[i].kind == "prompt") \
                or lines[i].words > T.PITCH_MAX_WORDS or labels[i - 1].cls not in (SHORT, FURNITURE) \
                or lines[i - 1].full_stop or lines[i - 1].words > T.LABEL_MAX_WORDS + 2 \
                or (labels[i - 1].cls == SHORT and F.CALL_OPENING.search(lines[i - 1].text)):
            continue  # (a subheading calling the reader to act heads the story's part: `Join the count this weekend`)
        if neighbour(labels, i - 1, -1) in (PROSE, NEAR) and neighbour(labels, i + 1, 1) in (PROSE, NEAR):
            labels[i - 1] = labels[i] = Label(FURNITURE, "sign-up")
            if labels[i + 1].cls == SHORT:  # (a button read already keeps its kind)
                labels[i + 1] = labels[i]


# A lookup box's instruction: an entry verb, then the reader's own place or code (`Type your town or postcode to
# see …`, `Geben Sie Ihre Postleitzahl ein`, `Saisissez votre commune`, `Introduce tu código postal`, `Inserisci il
# tuo comune`, `Digite seu CEP`, `Vul je postcode in`), and the box's button alone (`Search`, `Suchen`, …).
_LOOKUP_ASK = re.compile(r"^(type|enter|search for|put in|geben sie|tippen sie|suchen sie (nach )?|saisissez|entrez"
                         r"|tapez|recherchez|introduce|introduzca|escribe|escriba|busca|inserisci|digita|cerca"
                         r"|digite|insira|pesquise|vul|typ|zoek)( in)? (your|ihre[nm]?|votre|tu|su|il tuo|la tua"
                         r"|seu|sua|o seu|a sua|je|uw)\b", re.I)
_LOOKUP_BUTTON = re.compile(r"^(search|go|find|suchen|finden|rechercher|chercher|buscar|cerca|pesquisar|zoeken"
                            r"|zoek)$", re.I)


# A how-to story's step label (`Paso uno`, `Step 1`, `Schritt 1`, `Étape 2`): it heads the story's step, no box.
_STEP_LABEL = re.compile(r"^(" + F.STEP_WORDS + r")\s+(\d{1,2}|[a-zäöüéèêíóúç]{2,9})\b"
                         r"\s*[:.)]?$", re.I)


def _lookup_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A lookup box set into the story (`Find your area` / `Type your town or postcode to see the average rent.` /
    `Search`): its heading set apart, the instruction to the reader pasted tight under it, and the box's button
    tight under that, closed by a blank line, with a paragraph of the story above. All three are the box's: the
    story's own sentence about typing in a postcode stands alone, with no button under it, and a how-to story's
    step (`Paso uno` / `Introduce tu DNI …` / `Buscar`, `Step 1`, `Schritt 1`) heads no box."""
    for i in range(1, len(lines) - 2):
        ask, button = lines[i + 1], lines[i + 2]
        if _STEP_LABEL.match(lines[i].text.strip()):
            continue
        if not lines[i].blank_before or ask.blank_before or button.blank_before or lines[i].sentence \
                or labels[i].cls not in (SHORT, NEAR) or lines[i].words > T.LABEL_MAX_WORDS \
                or not _LOOKUP_BUTTON.match(button.text) or not _LOOKUP_ASK.match(ask.text) \
                or ask.words > T.HEADLINE_MAX_WORDS or (i + 3 < len(lines) and not lines[i + 3].blank_before) \
                or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue
        for j in (i, i + 1, i + 2):
            labels[j] = Label(FURNITURE, "widget item")


# A weather or traffic alert's flag alone on its line (furniture.WEATHER_FLAGS).
_WEATHER_FLAG = re.compile(r"^(?:" + F.WEATHER_FLAGS + r")$", re.I)


def _weather_skies(lines: list[Line], labels: list[Label]) -> None:
    """A weather widget's sky on its own line, pasted tight under its temperature (`Erie, PA` / `24°F` / `Snow`):
    the widget's, not a section label over the headline."""
    for i in range(1, len(lines)):
        if labels[i].cls == SHORT and not lines[i].blank_before and _SKY.match(lines[i].text) \
                and labels[i - 1].kind == "ticker" and _TEMPERATURE.match(lines[i - 1].text):
            labels[i] = labels[i - 1]


_TEMPERATURE = re.compile(r"^[-−–]?\d{1,3}(?:[.,]\d)?\s?°\s?[CF]?$")
# The sky in a weather widget's words, in en/de/fr/es/it/nl/pt.
_SKY = re.compile(
    r"^(?:(?:light|heavy|partly|mostly|scattered|isolated) )?(?:snow|rain|showers|cloudy|sunny|clear|fog|foggy|overcast"
    r"|drizzle|thunderstorms?|windy|sleet|flurries|haze|mist|schnee|regen|schauer|bewölkt|wolkig|sonnig|heiter|klar"
    r"|nebel|gewitter|neige|pluie|averses|nuageux|ensoleillé|couvert|brouillard|orages?|nieve|lluvia|chubascos"
    r"|nublado|soleado|despejado|niebla|tormentas?|neve|pioggia|nuvoloso|sereno|nebbia|temporali|sneeuw|buien"
    r"|bewolkt|zonnig|onweer|chuva|aguaceiros|céu limpo|nevoeiro|trovoada)$", re.I)


def _alert_banners(lines: list[Line], labels: list[Label]) -> None:
    """A weather or traffic alert's banner over the page's header (`WEATHER ALERT` / `Winter Weather Advisory for
    the Treasure Valley until 11 AM Thursday`, `Unwetterwarnung` / `Sturmböen bis Donnerstag 11 Uhr`): the flag
    and the alert's one line pasted tight under it are site furniture, neither the section nor the headline. Only
    over the story: amid it, the same words head a part of it (a subheading `Storm warning`). The line under the
    flag is the alert's only when another headline stands below it, or when it reads like an alert and another
    headline stands over the byline: the flag over the story's only headline is its kicker (`Storm warning` /
    `Amber alert as Storm Ellen brings 80mph gusts` / `By Anna Smith`)."""
    first_prose = next((k for k, label in enumerate(labels) if label.cls == PROSE), len(lines))
    for i in range(min(first_prose, len(lines) - 1)):
        if labels[i].cls not in (SHORT, MENU) or not _WEATHER_FLAG.match(lines[i].text.strip(" :|·•!")):
            continue
        labels[i] = Label(FURNITURE, "alert")
        below = i + 1
        if not lines[below].blank_before and labels[below].cls in (SHORT, NEAR) \
                and lines[below].words <= T.HEADLINE_MAX_WORDS \
                and (below + 1 >= len(lines) or lines[below + 1].blank_before) \
                and _alert_line(lines, labels, below, first_prose):
            labels[below] = Label(FURNITURE, "alert")


# An alert's own wording (`… until 11 AM Thursday`, `… bis Donnerstag 11 Uhr`, `… jusqu'à jeudi`, `… in effect for
# Franklin County`, `Wind Advisory`, `Vigilance orange`, `Aviso amarillo`): a time span, an area or a level.
_ALERT_WORDING = re.compile(r"\b(?:until|through|bis|jusqu['’]|hasta|fino a|até|tot en met)\b|\bin effect\b"
                            r"|\b(?:for|in|für|pour|para|per|voor)\s+(?:the\s+|parts of\s+)?[A-ZÀ-Þ]"
                            r"[\w-]*\s+(?:count(?:y|ies)|valley|plateau|mountains|region|area|landkreis|kreis)\b"
                            r"|\b(?:advisory|watch|warnstufe|vigilance|aviso|allerta|avviso|code)\s+\w", re.I)


def _alert_line(lines: list[Line], labels: list[Label], below: int, first_prose: int) -> bool:
    """Whether the line under an alert's flag is the alert's: another headline stands below it before the byline
    or the story, or it reads like an alert and another headline stands anywhere over the byline."""
    end = next((k for k in range(first_prose) if labels[k].cls == META and labels[k].kind in _BYLINE_KINDS),
               first_prose)
    others = [k for k in range(end) if k != below and labels[k].cls in (SHORT, NEAR) and not lines[k].full_stop
              and T.HEADLINE_MIN_WORDS <= lines[k].words <= T.HEADLINE_MAX_WORDS]
    return any(k > below for k in others) or (bool(others) and _ALERT_WORDING.search(lines[below].text) is not None)


_BYLINE_KINDS = frozenset({"byline", "dateline", "date"})


def _calls_to_action_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A box set apart after a paragraph of the story, opened and closed by two short calls to act (`Assine o JDL`
    / a pitch / `Assinar agora`, `Subscribe to the Gazette` / … / `Subscribe now`, `Abonnez-vous` / … / `Je
    m'abonne`): its heading, its pitch and its button. A story's paragraph, set apart, is not framed by buttons."""
    if not spaced_page(lines):
        return
    n = len(lines)
    for i in range(1, n - 2):
        # (a heading offering the news by e-mail is the sign-up's, and any control button closes its box)
        offer = not lines[i].sentence and _NEWS_BY_EMAIL.match(lines[i].text) is not None
        if not lines[i].blank_before or lines[i + 1].blank_before or lines[i + 2].blank_before \
                or labels[i].cls not in (SHORT, NEAR, FURNITURE) or not (offer or _call_to_act(lines[i])) \
                or not _story_above(lines, labels, i):
            continue  # (a block of three lines or more, set apart)
        j = i + 1
        while j < n and not lines[j].blank_before and j - i < T.BOX_MAX_LINES:
            j += 1
        last = j - 1
        if last - i < 2 or (j < n and not lines[j].blank_before) \
                or not (_call_to_act(lines[last]) or (offer and labels[last].kind == "control")) \
                or not all(labels[k].cls in TEXT_CLASSES or labels[k].cls == FURNITURE for k in range(i, j)):
            continue  # (the heading or the button may be known furniture already: `Subscribe now`)
        for k in range(i, j):
            labels[k] = Label(FURNITURE, "sign-up")


# A sign-up box's heading offering the news by e-mail (`Receba as notícias do Minho no seu e-mail`, `Recibe las
# noticias de Asturias en tu correo`, `Recevez l'essentiel de la Loire par e-mail`, `Ontvang het nieuws in je
# mailbox`): the news named, then the e-mail; a story's subheading about a service's bills or reminders names no news.
_NEWS_BY_EMAIL = re.compile(
    r"^(?:receba|recebe|reciba|recibe|recevez|ricevi|ontvang|erhalten sie|get|receive)\b[^.!?]{0,40}"
    r"\b(?:notícias|noticias|nieuws|nachrichten|news|l'essentiel|l'actualité|l'info|notizie|headlines)\b[^.!?]{0,40}"
    r"\b(?:no seu|no teu|na sua|en tu|en su|dans votre|nella tua|in je|in uw|in ihr(?:em)?|in your|por|par|per|via"
    r"|by) (?:e-?mail|correo|boîte mail|inbox|postfach|mailbox)\s*[.!]?$", re.I)


def _call_to_act(line: Line) -> bool:
    """A box's heading or button: a few words, no sentence, a call to subscribe, sign up, download or donate."""
    return line.words <= T.CALL_TO_ACTION_MAX_WORDS and not line.sentence and not line.full_stop \
        and F.CALL_TO_ACTION.found(line.text)


def _consent_rows(lines: list[Line], labels: list[Label]) -> None:
    """A consent banner's buttons pasted on one line (`Paramétrer   Refuser   Accepter`), next to its text: consent
    furniture, not a label over the headline (furniture.is_consent_row; asked only beside the banner)."""
    for i, line in enumerate(lines):
        if labels[i].cls in (SHORT, MENU) and line.words <= T.HEADER_LINE_MAX_WORDS and any(
                0 <= k < len(lines) and labels[k].kind == "consent" for k in (i - 1, i + 1)) \
                and F.is_consent_row(line.text):
            labels[i] = Label(FURNITURE, "consent")


# The marker of a paid offer alone on its line (`BLITZplus`, `Clarion Plus`, `FAZ+`, `Premium`): a brand in capitals
# run into a lower-case `plus`, or a capitalised name before a capitalised `Plus`/`Premium` or a plus sign.
_PAID_MARKER = re.compile(r"^(?:[A-ZÀ-Þ]{2,}[A-ZÀ-Þ-]*plus"
                          r"|(?:[A-ZÀ-Þ][\w'’&.-]{0,20}\s?){0,2}(?:Plus|PLUS|Premium|PREMIUM)"
                          r"|[A-ZÀ-Þ][\w'’&.-]{0,20}\s?\+)$")

_BRAND_PLUS = re.compile(r"^[A-ZÀ-Þ][\w'’&.-]{0,20}\s?\+$")  # a brand with a plus (`Canal+`, `Disney+`)


def _paid_teasers(lines: list[Line], labels: list[Label]) -> None:
    """A paid offer's marker between two paragraphs, over a headline-shaped line (no full stop, a few words):
    a teaser for a premium story (`BLITZplus` / `…: Die große BLITZ-Analyse`), not a subheading of this one."""
    for i in range(1, len(lines) - 2):
        # (or a paywall's label alone, `Subscriber Only`, `Nur für Abonnenten`, `Réservé aux abonnés`, over its teaser
        # pasted tight: a subheading of the story is set apart under it; a channel's name, `Canal+`, `Disney+`,
        # heads the story's part on the channel)
        paywall = labels[i].kind == "paywall" and lines[i].words <= T.LABEL_MAX_WORDS and not lines[i].sentence \
            and not lines[i + 1].blank_before and not _BRAND_PLUS.match(lines[i].text)
        if not (paywall or (labels[i].cls in (SHORT, MENU) and _PAID_MARKER.match(lines[i].text))) \
                or labels[i - 1].cls != PROSE:
            continue
        teaser = lines[i + 1]
        if labels[i + 1].cls in (SHORT, NEAR) and teaser.words <= T.PAID_TEASER_MAX_WORDS and not teaser.full_stop \
                and labels[i + 2].cls == PROSE:
            labels[i] = labels[i + 1] = Label(FURNITURE, "related item")


def _held_in_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A label-length line pasted tight between two lines of furniture of one block, amid the story (a sponsor's
    name between its promoted headline and the `Ad` marker): it belongs to their box. A subheading is set apart by
    a blank line and heads a paragraph; where the paragraphs around are pasted tight, no block is a box."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if labels[i].cls not in (SHORT, NEAR) or line.blank_before or lines[i + 1].blank_before \
                or line.words > T.LABEL_MAX_WORDS or line.sentence:
            continue
        if labels[i - 1].cls == FURNITURE and labels[i + 1].cls == FURNITURE and _amid_story(lines, labels, i, i + 1):
            labels[i] = Label(FURNITURE, "box item")


def _ad_copy(lines: list[Line], labels: list[Label]) -> None:
    """A line with no full stop right under an ad slot's marker and right over the next marker or the app stores'
    badges (`Anzeige` / `Jetzt Geschenke aus der Region entdecken – Genussmarkt online` / `Anzeige`, `Advertentie`
    / `Download de X-app` / `App Store`): the advertiser's copy held in the slot. A subheading heads the paragraph
    under it, not an ad; a paragraph ends with a full stop. Between two markers alone (no badges), the line must
    also pitch (a call to act, a price or percentage, a dash before its offer): a subheading between two slots
    (`Advertisement` / `What happens next` / `Advertisement`) is the story's. A sentence under the marker is the
    advertiser's copy only when it reads as one (`_ad_sentence`)."""
    for i in range(1, len(lines) - 1):
        if labels[i - 1].kind != "advertisement" or labels[i].cls not in TEXT_CLASSES:
            continue
        if lines[i].full_stop or labels[i].cls == PROSE or lines[i].words > T.AD_COPY_MAX_WORDS:
            if _ad_sentence(lines[i].text) and _between_paragraphs(labels, i - 1, i + 1):
                labels[i] = Label(FURNITURE, "ad copy")
            continue
        k = i + 1
        while k < len(lines) and k - i <= 2 and _store_badge(lines[k].text):
            k += 1
        if not (k > i + 1 or (labels[i + 1].kind == "advertisement" and _ad_pitch(lines[i].text))):
            k = _slot_closed(lines, i) if _ad_pitch(lines[i].text) else 0
        if k and _between_paragraphs(labels, i - 1, k):
            for j in range(i, k):
                labels[j] = Label(FURNITURE, "ad copy")


def _figures_amid_story(lines: list[Line], labels: list[Label]) -> None:
    """A widget's figures (furniture.FIGURE_WIDGET: a town's temperature, a commodity's price, a currency pair) set
    between the story's paragraphs, or under its lead-in: the story's own list (`Córdoba 38,9 °C`, `Super E10: 1,84
    €/l`, `Arabica: $4.31/lb`), as a widget stands over the headline or beside it, not amid the paragraphs."""
    def figure(k: int) -> bool:
        return labels[k].kind == "ticker" and labels[k].cls == FURNITURE and F.FIGURE_WIDGET.match(lines[k].text)

    i = 0
    while i < len(lines):
        if not figure(i):
            i += 1
            continue
        j = i
        while j < len(lines) and figure(j):
            j += 1
        lead = i - 1 if i > 0 and labels[i - 1].cls in TEXT_CLASSES else None
        # (under a paragraph, or under a subheading that stands under one: the list's lead-in is the story's; or in
        # a list under a lead-in's colon, which may close the story)
        amid = lead is not None and (labels[lead].cls in (PROSE, NEAR) or neighbour(labels, lead, -1) in (PROSE, NEAR))
        if amid and (neighbour(labels, j - 1, 1) in (PROSE, NEAR) or _under_lead_in(lines, labels, i)):
            for k in range(i, j):
                labels[k] = Label(SHORT)  # (a short line of the story: the list passes take it with its neighbours)
        i = j


# A show's or a film's details in a review's box (`Directed by …`, `Running time: …`, `Tickets: …`, `Regie: …`,
# `Mise en scène …`, `Dirección: …`, `Regia di …`, `Duração: …`, `Speelduur: …`): role and practical labels.
_PRODUCTION = re.compile(
    r"^(?:directed by|director:|running time|runtime|tickets?:|cast:|starring\b|choreograph\w* by|venue:"
    r"|regie\b|inszenierung:|spieldauer|dauer:|karten:|mise en scène|durée\s?:|billets?\s?:|dirigid[oa] por"
    r"|dirección:|reparto:|duración:|entradas:|regia\b|durata:|biglietti:|direção:|elenco:|duração:|bilhetes:"
    r"|ingressos:|speelduur|kaarten:)", re.I)


def _production_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A review's box of the show's details over its first paragraph (`The Salt House` / `Written by Marguerite
    Doucet` / `Directed by …` / `Harbourfront Stage, Halifax, until March 28` / `Running time: …` / `Tickets: …`):
    two role or practical labels at least in a run of short lines pasted tight right over the story; its `Written
    by` names the playwright, not the reviewer. The box's head (the show's title) is taken when the box is set apart
    by a blank line above it; on a page without blank lines the box is its labelled lines only, so that a byline,
    a date or a headline over it stays the header's."""
    i = 0
    while i < len(lines):
        if not _PRODUCTION.match(lines[i].text):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and labels[end].cls != PROSE and not lines[end].blank_before \
                and lines[end].words <= T.DETAILS_LINE_MAX_WORDS and labels[end].kind != "byline" \
                and end - i < T.DETAILS_BOX_MAX_LINES:
            end += 1
        head = i
        while head > 0 and i - head < T.DETAILS_TITLE_LINES and not lines[head].blank_before \
                and labels[head - 1].cls in (SHORT, META) and lines[head - 1].words <= T.DETAILS_LINE_MAX_WORDS \
                and labels[head - 1].kind not in ("caption", "credit", "dateline", "date"):
            head -= 1
        top = head if lines[head].blank_before else i
        roles = sum(_details_in(lines[k].text) for k in range(top, end))
        if roles >= T.DETAILS_MIN_ROLES and end < len(lines) and labels[end].cls == PROSE:
            for k in range(top, end):
                labels[k] = Label(FURNITURE, "details box")
        i = end


_YEAR_OR_RUNTIME = re.compile(r"(?:^|[.,]\s)(?:19|20)\d\d\.|\b\d{2,3}\s?(?:min|mins|minutes|minuti|minutos|minuten)\b",
                              re.I)


def _details_in(text: str) -> int:
    """How many of a show's details line `text` gives: one when it opens on a role or practical label; a box pasted
    as one line (`Regia di X. Con A, B, C. Italia, 2027. Durata 118 minuti.`) gives one a sentence, when it runs on
    in T.DETAILS_RUN_ON_MIN or more sentences of a detail's few words, a year or a running time among them (a story's
    sentences have clauses; `Directed by X. Shot in eleven days in Margate. …` tells of the film, gives no details)."""
    if not _PRODUCTION.match(text):
        return 0
    parts = _LAST_SENTENCE.split(text)  # (at each sentence break)
    runs_on = len(parts) >= T.DETAILS_RUN_ON_MIN and all(len(p.split()) <= T.PRACTICAL_FRAGMENT_WORDS for p in parts) \
        and _YEAR_OR_RUNTIME.search(text) is not None
    return len(parts) if runs_on else 1


# A review's rating: a run of stars (`★★★★☆`), or a score out of its scale (`4 von 5 Sternen`, `4 out of 5 stars`,
# `Note : 3,5/5`, `Rating: 8/10`, `4 sur 5`).
_RATING = re.compile(r"^(?:[★☆✩✪✭⭐½ ]{3,}|(?:[^\W\d][\w ]{0,20}\s?:\s*)?\d{1,2}(?:[.,]5)?\s?"
                     r"(?:/|von|out of|of|sur|de|su|van|av|af)\s?(?:5|10)\b(?:\s+(?:stars?|sternen?|étoiles?"
                     r"|estrellas?|stelle|estrelas|sterren|stjerner|stjärnor|points?|punkten?|punti|puntos|pontos))?)$",
                     re.I)


# A rating box's verdict under its label (`Verdict:`, `Worth it for:`, `Lohnt sich für:`, `Pour qui :`, `Para
# quién:`, `Per chi:`, `Voor wie:`, pros and cons), in en/de/fr/es/it/pt/nl.
_VERDICT = re.compile(
    r"^(?:(?:our |the )?verdict|bottom line|best for|good for|ideal for|worth it for|who(?:'s| is) it for|pros|cons"
    r"|we liked|(?:unser )?fazit|urteil|lohnt sich für|gut für|für wen|ideal für|pro|contra|(?:notre )?avis|pour qui"
    r"|on aime|on n'aime pas|les plus|les moins|(?:el )?veredicto|para quién|lo mejor|lo peor|ideal para|giudizio"
    r"|verdetto|per chi|veredito|para quem|oordeel|voor wie|conclusie|pluspunten|minpunten)\s?:\s+\S", re.I)


def _rating_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A review's rating box over the story (`Unsere Wertung` / `★★★★☆` / `4 von 5 Sternen` / `Lohnt sich für: Fans
    von …`): a short labelled verdict line or two under the rating (`Verdict: …`, `Worth it for: …`, `Pour qui : …`)
    are the box's, not the story's first paragraph; the story goes on under them. (A review opening on its own run-in,
    `Full disclosure: I grew up …`, is longer than a verdict.)"""
    for i, line in enumerate(lines[:-2]):
        if not _RATING.match(line.text.strip()):
            continue
        end = i + 1
        while end < len(lines) and end - i <= T.RATING_VERDICT_LINES and _VERDICT.match(lines[end].text) \
                and lines[end].words <= T.RATING_VERDICT_MAX_WORDS and labels[end].cls in (PROSE, NEAR, SHORT):
            end += 1
        if end > i + 1 and end < len(lines) and labels[end].cls == PROSE and not KEY_VALUE.match(lines[end].text):
            for k in range(i, end):
                labels[k] = Label(FURNITURE, "rating box")


# A blog platform's label over the publication's name (`Published in` / `Civic Signals`); a WordPress site's `Publicado
# en` / `Pubblicato in` over its category names the section.
_PUBLISHED_IN = frozenset({"published in"})


def _publications_under_label(lines: list[Line], labels: list[Label]) -> None:
    """The publication a blog post appears in, named under its label (`Published in` / `Civic Signals`): the
    outlet's name, neither the headline nor the section, here or where the page shows it again (its masthead); and
    a share button naming the publication as its masthead does."""
    # (over the story's first paragraph under the page's date: a blog's `Published in` / `News` under the story
    # names its category, the section, which the label over the headline names too)
    if any(line.text.lower().strip(" :") in _PUBLISHED_IN for line in lines):
        dated = next((i for i, label in enumerate(labels) if label.cls == META and label.kind in ("date", "dateline")),
                     len(lines))
        story = next((i for i in range(dated, len(lines)) if labels[i].cls == PROSE), len(lines))
        names = {lines[i].text for i in range(1, story)
                 if lines[i - 1].text.lower().strip(" :") in _PUBLISHED_IN and labels[i].cls in (SHORT, NEAR, MENU)
                 and lines[i].words <= T.LABEL_MAX_WORDS and not lines[i].sentence}
        for i, line in enumerate(lines[:story]):
            if line.text in names and labels[i].cls in (SHORT, NEAR, MENU):
                labels[i] = Label(FURNITURE, "control")
    texts: set[str] | None = None  # (the page's lines, gathered once a share button asks)
    for i, line in enumerate(lines):
        # (`Share The Rondout Report`: the share button naming the publication its masthead names)
        if labels[i].cls in (SHORT, NEAR) and (m := _SHARE_NAMED.match(line.text)):
            texts = texts if texts is not None else {other.text for other in lines}
            if m["name"] in texts:
                labels[i] = Label(FURNITURE, "control")


_SHARE_NAMED = re.compile(r"^(?:share|teilen|partager|compartir|condividi|compartilhar|partilhar|delen)\s+"
                          r"(?P<name>\S.{1,60})$", re.I)


# The boxes a title heads (a sign-up or app box, a newsletter's pitch, a paywall, a quote box); a related link, a
# marker, a share row, a player or a reading time under a line leave it the story's subheading, byline or headline.
_TITLED_BOX_KINDS = frozenset({"sign-up", "prompt", "donation", "house notice", "paywall", "table", "ticker"})


def _box_titles(lines: list[Line], labels: list[Label]) -> None:
    """A box's title set apart over the box, its lines pasted tight under it all read as furniture already
    (`Companies mentioned` / a quote row, `The Quadrat weekly` / its pitch / `Sign up`), a blank line closing the
    box: the box's, not a subheading over nothing of the story, when the box is one a title heads (_TITLED_BOX_KINDS)
    and the story stands above it."""
    for i in range(len(lines) - 1):
        if labels[i].cls != SHORT or not lines[i].blank_before or lines[i].words > T.LABEL_MAX_WORDS \
                or lines[i].full_stop or lines[i].text.endswith(":"):
            continue
        end = i + 1
        while end < len(lines) and not lines[end].blank_before and end - i <= T.BOX_TITLE_MAX_LINES:
            end += 1
        box = range(i + 1, end)
        if end < len(lines) and lines[end].blank_before and labels[end].cls in (PROSE, NEAR) \
                and any(labels[k].cls == PROSE for k in range(max(0, i - T.BOX_TITLE_MAX_LINES), i)) \
                and all(labels[k].cls in (FURNITURE, MENU) for k in box) \
                and any(labels[k].cls == MENU or labels[k].kind in _TITLED_BOX_KINDS for k in box):
            first = labels[i + 1]
            labels[i] = first if first.cls == FURNITURE else Label(FURNITURE, "related")


def _under_lead_in(lines: list[Line], labels: list[Label], i: int) -> bool:
    """Line i is an item of a list under the story's lead-in (`… ont aussi progressé :`), the items above it text."""
    for k in range(i - 1, max(-1, i - 1 - T.LEAD_IN_MAX_ITEMS), -1):
        if labels[k].cls not in TEXT_CLASSES:
            return False
        if lines[k].text.rstrip().endswith(":"):
            return labels[k].cls in (PROSE, NEAR) or neighbour(labels, k, -1) in (PROSE, NEAR)
    return False


def _offer_pitches(lines: list[Line], labels: list[Label]) -> None:
    """An offer set between the story's paragraphs: its pitch, set apart above, with its button or the slot's
    marker pasted tight under it (`Compare current mortgage rates from top lenders. …` / `See rates`, `Want to lock in
    a yield before the Fed moves? Compare today's top CD rates from our partners.` / `Sponsored`). A story's
    paragraph tight over a marker (an ad's picture not pasted) makes no offer: the pitch must make one. On a page
    pasted without blank lines, the pitch and its button or marker stand between paragraphs all the same."""
    tight = blankless_page(lines)
    for i in range(1, len(lines) - 1):
        if labels[i].cls not in (PROSE, NEAR) or (not tight and (
                not lines[i].blank_before or lines[i + 1].blank_before
                or (i + 2 < len(lines) and not lines[i + 2].blank_before))):
            continue
        text, button = lines[i].text, _OFFER_BUTTON.match(lines[i + 1].text)
        if not (button or labels[i + 1].kind in ("advertisement", "sponsored")):
            continue
        # (over an offer's button a call to compare makes the offer; over a bare marker, a consumer story's advice
        # to compare rates makes none: there the pitch names its givers, our partners, or is the advertiser's)
        call = _OFFER_PITCH.search(text) and (button or _OUR_PARTNERS.search(text))
        if (call or _ad_sentence(text)) and not reported_speech(text) and not _REPORTS.search(text) \
                and _between_paragraphs(labels, i, i + 2):
            labels[i] = labels[i + 1] = Label(FURNITURE, "ad copy")


def _offer_tools(lines: list[Line], labels: list[Label]) -> None:
    """A comparison tool set amid the story (`Compare today's mortgage rates` / `Find a rate from lenders …` / `ZIP
    code` / `Loan purpose: Purchase | Refinance` / `See rates` / `Sponsored. Rates and offers come from lenders …`):
    its call to compare rates or offers (the offer pitch's, at the line's start), up to T.OFFER_TOOL_MAX_LINES lines
    over its button, a field of its form (`ZIP code`, `Loan amount`, `Postleitzahl`) and a pitch between, and a
    sponsorship note under the button. A story's own call to compare (`Compare rates before you sign, advisers
    say.`, a checklist's `Tarife vergleichen`) has no form under it."""
    for i in range(1, len(lines)):
        if not _OFFER_BUTTON.match(lines[i].text):
            continue
        reach = range(i - 1, max(-1, i - 1 - T.OFFER_TOOL_MAX_LINES), -1)
        call = next((k for k in reach if labels[k].cls in TEXT_CLASSES and not lines[k].sentence
                     and _OFFER_PITCH.match(lines[k].text)), None)
        if call is None or not any(_FORM_FIELD.match(lines[k].text) for k in range(call + 1, i)) \
                or any(reported_speech(lines[k].text) or _REPORTS.search(lines[k].text)
                       or lines[k].words > T.OFFER_TOOL_LINE_MAX_WORDS for k in range(call, i)):
            continue
        end = i + 1
        if end < len(lines) and (labels[end].kind in ("advertisement", "sponsored")
                                 or _SPONSORED_NOTE.match(lines[end].text)):
            end += 1
        for k in range(call, end):
            labels[k] = Label(FURNITURE, "offer tool")


def _offer_cards(lines: list[Line], labels: list[Label]) -> None:
    """A partner's offers set amid the story under their marker (`Partner offer` / `Top high-yield savings accounts
    this week` / `Harbor Point Bank Online Savings` / `APY 4.05%` / `Min. deposit to open $0` / `Open account` / `on
    Harbor Point Bank's secure site`): the lines under the marker, none a sentence, up to T.OFFER_CARDS_MAX_LINES,
    holding an offer's button and its rate or price, with the story's paragraph right under them. A story's own list
    of an app's buttons (`Send money` / `Open account`) names no rate."""
    for i in range(1, len(lines) - 1):
        if labels[i].kind not in ("sponsored", "advertisement") or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue
        end = i + 1
        while end < min(len(lines), i + 1 + T.OFFER_CARDS_MAX_LINES) and labels[end].cls in (SHORT, MENU, FURNITURE) \
                and not lines[end].sentence:
            end += 1
        cards = range(i + 1, end)
        if end < len(lines) and labels[end].cls in (PROSE, NEAR) \
                and any(_OFFER_BUTTON.match(lines[k].text) or _ACCOUNT_BUTTON.match(lines[k].text) for k in cards) \
                and any(_RATE_OR_PRICE.search(lines[k].text) for k in cards):
            if _FINE_PRINT.search(lines[end].text) and not reported_speech(lines[end].text):
                end += 1  # (and the offers' fine print under them: `Rates as of March 20. … may receive compensation`)
            for k in range(i + 1, end):
                labels[k] = Label(FURNITURE, "offer tool")


# An offer's rate or price (`APY 4.05%`, `$0 minimum deposit`, `4,10 %`, `0 €`).
_RATE_OR_PRICE = re.compile(r"\d\s?%|[$£€]\s?\d|\d\s?(?:€|eur\b)", re.I)
# An offer's fine print: when its rates were taken, that the site is paid, that terms apply.
_FINE_PRINT = re.compile(r"\b(?:rates? (?:accurate )?as of|may (?:receive|earn) (?:a )?(?:compensation|commission)"
                         r"|terms (?:and conditions )?apply|offers? (?:are )?subject to change)\b", re.I)
# An account's button on a bank's or a broker's offer (`Open account`, `Konto eröffnen`, `Ouvrir un compte`).
_ACCOUNT_BUTTON = re.compile(r"^(?:open (?:an |your )?account|apply now|konto eröffnen|jetzt eröffnen"
                             r"|ouvrir (?:un )?compte|abrir (?:una )?cuenta|abrir conta|apri (?:il )?conto"
                             r"|rekening openen)$", re.I)
# A tool's note on who pays for its place, its marker word closed by a stop or a colon (`Sponsored. Rates and offers
# come from lenders who pay …`, `Anzeige:`; a story's `Patrocinado pelo banco …` goes on as a sentence).
_SPONSORED_NOTE = re.compile(r"^(?:sponsored|advertisement|advertiser disclosure|anzeige|gesponsert|patrocinado"
                             r"|sponsorisé|sponsorizzato|gesponsord)\s*[.:]", re.I)
# A comparison form's field, alone on its line (`ZIP code`, `Loan amount`, `Loan purpose: Purchase`, `Credit score`,
# `Postleitzahl`, `Code postal`, `Código postal`, `CAP`, `Postcode`).
_FORM_FIELD = re.compile(r"^(?:zip(?: code)?|postcode|post code|postal code|loan (?:amount|purpose|type|term)"
                         r"|credit score|home (?:value|price)|deposit amount|account type|postleitzahl|plz"
                         r"|code postal|código postal|cap|kreditbetrag|montant du prêt|importe del préstamo)\b"
                         r"(?::[^.!?]{0,40})?$", re.I)


def _table_buttons(lines: list[Line], labels: list[Label]) -> None:
    """An offer's button right under a table of rates or prices (`Vergelijk alle tarieven`, `Compare all rates`):
    the table's link to the full comparison, not a subheading of the story."""
    for i in range(1, len(lines)):
        if labels[i].cls == SHORT and labels[i - 1].kind == "table" and _OFFER_BUTTON.match(lines[i].text):
            labels[i] = Label(FURNITURE, "table")


# An offer's button (`See rates`, `Compare rates`, `Get started`, `View offers`, `Angebote vergleichen`, `Voir les
# offres`, `Ver ofertas`, `Vedi le offerte`, `Bekijk aanbiedingen`) and its pitch: a call to compare rates, offers or
# prices (not `Compare that with …`), or the offers' givers (`… from our partners`; not `from our partners at X`, a
# data source).
_OFFER_BUTTON = re.compile(r"^(?:(?:see|compare|view|check|get|find|apply|shop)(?: \w+)? (?:rates?|offers?|deals?"
                           r"|prices?|quotes?|now|started|today)|(?:angebote?|tarife|preise|konditionen)"
                           r" (?:vergleichen|ansehen|prüfen)|(?:voir|comparer) (?:les )?(?:offres|taux|tarifs)"
                           r"|(?:ver|comparar) (?:las )?(?:ofertas|tasas|tarifas)|(?:vedi|confronta) (?:le )?"
                           r"(?:offerte|tariffe)|(?:bekijk|vergelijk) (?:de |alle )?(?:aanbiedingen|tarieven"
                           r"|rentes))$", re.I)
# Someone's words or figures reported (`The regulator said …`, `…, it advised.`, `according to`, `laut`, `selon`): a
# story's paragraph, whatever call to compare it reports.
_REPORTS = re.compile(r"\b(said|says|told|advised|warned|according to|sagte|sagt|laut|riet|selon|a déclaré|dijo"
                      r"|según|aconsejó|ha detto|secondo|disse|segundo|zei|volgens)\b", re.I)
_FROM_OUR_PARTNERS = r"\bfrom our (?:partners|advertisers)\b(?!\s+at\b)"
_OFFER_PITCH = re.compile(r"(?:^|[.?!]\s+)(?:compare|vergleichen sie|comparez|compara|confronta|vergelijk)"
                          r"(?:\s+[\w'’]+){0,3}?\s+(?:rates?|offers?|deals?|prices|quotes|tariffs|loans|mortgages|accounts"
                          r"|providers|zinsen|tarife|angebote|preise|konditionen|taux|offres|tarifs|prix|tasas"
                          r"|ofertas|tarifas|precios|tassi|offerte|tariffe|prezzi|tarieven|aanbiedingen|rentes"
                          r"|prijzen)\b|" + _FROM_OUR_PARTNERS, re.I)
_OUR_PARTNERS = re.compile(_FROM_OUR_PARTNERS + r"|\b(?:von|bei) unseren partnern\b"
                           r"|\b(?:de|chez) nos partenaires\b|\bde nuestros socios\b|\bdei nostri partner\b"
                           r"|\bvan onze partners\b|\bdos nossos parceiros\b", re.I)


def _slot_closed(lines: list[Line], i: int) -> int:
    """Where an ad slot ends that holds one pitch pasted tight under its marker (`Anzeige` / `Jagdreisen X –
    Drückjagden in Polen, jetzt Termine sichern`, `Publicité` / `Garage X – Pneus hiver et été – Le Brassus`): at
    its `Learn more` button pasted tight under the pitch (`Scopri di più`), or at the blank line under the pitch;
    0 when the slot does not close there. A subheading under a marker is set apart from it by a blank line; closed
    by a blank line alone, the pitch must also call to act, name a price or open on the brand's name before its
    dash: a percentage or a dash alone is a subheading's too (`Rents up 12% – what it means for tenants`)."""
    if i + 1 < len(lines) and MORE_BUTTON.match(lines[i + 1].text) and not lines[i + 1].blank_before:
        return i + 2
    closed = not lines[i].blank_before and i + 1 < len(lines) and lines[i + 1].blank_before
    return i + 1 if closed and _slot_pitch(lines[i].text) else 0


# A slot's pitch closed by a blank line: a price (`desde 59 €`, `$1,840`), or a brand's
# name before a spaced dash, its words capitalised but for particles (`Angelreisen Nordland – …`, `Carrosserie du
# Lac – …`, `Harbour Kitchens – …`).
_SLOT_PRICE = re.compile(r"[$€£]\s?\d|\d\s?(?:€|\$|£|euros?\b)", re.I)
_SLOT_BRAND = re.compile(r"^[A-ZÀ-Þ][\w'’&.-]*(?:\s+(?:(?:de|du|des|del|della|da|do|dos|van|von|der|den|la|le|les|el"
                         r"|y|et|und|and|&)\s+)*[A-ZÀ-Þ0-9][\w'’&.-]*)+\s+[–—-]\s+\S")


# A call to act opening the pitch or one of its clauses (`…, jetzt Termine sichern`, `… Service. Jetzt Angebot
# anfordern`, `– Shop now`); `was Mieter jetzt wissen müssen` asks no one to act.
_SLOT_CALL = re.compile(r"(?:^|[.,:;!]\s+|\s[–—-]\s+)(?:shop|discover|buy|explore|jetzt|entdecken?|sichern|bestellen"
                        r"|découvrez|profitez|commandez|offrez|descubre|aprovecha|compra|scopri|acquista|approfitta"
                        r"|ontdek|bestel|descubra|aproveite|compre)\b", re.I)


def _slot_pitch(text: str) -> bool:
    return _SLOT_PRICE.search(text) is not None or _SLOT_BRAND.match(text) is not None \
        or F.CALL_TO_ACTION.found(text) or _SLOT_CALL.search(text) is not None


def _ad_sentence(text: str) -> bool:
    """The advertiser's copy written as a sentence right under the slot's marker, the story going on below it
    (`Anzeige` / `Jetzt bis zu 40 % sparen: Küchenstudio X räumt die Ausstellung – nur noch bis Samstag!`,
    `Advertentie` / `Uw lading veilig over de Schelde? X – 24/7 planning, 60 schepen.`): a short line that pitches
    (`_ad_pitch`) and sells, nobody quoted or reported: it opens with a call to buy (`Shop`, `Jetzt`, `Profitez`,
    `¡Aprovecha`, `Scopri`), or cries out an offer (`save up to 40% … only!`), or asks the reader a question (`Uw
    lading …?`). The story resuming under the slot states and reports, to the reader too (`Your monthly direct debit
    will go up by about £10 – more with electric heating.`, `In einer Neubauwohnung zahlen Sie 14 € …`, `Jusqu'à
    60 % moins cher … : l'offre vise surtout les jeunes !`)."""
    if len(text.split()) > T.AD_COPY_MAX_WORDS or QUOTE_MARK.search(text) or reported_speech(text) \
            or not _ad_pitch(text):
        return False
    if _AD_OPENER.match(text.lstrip("¡¿ ")) or (text.rstrip().endswith("!") and _AD_OFFER.search(text)):
        return True
    # (the pronoun may open the line, capitalised: `Uw lading …`, `Your kitchen …?`)
    return "?" in text and F.SECOND_PERSON.search(text[:1].lower() + text[1:]) is not None


# An advertiser's opening call to buy or find, an imperative (`Shop …`, `Entdecken Sie …`, `Découvrez …`,
# `Descubre …`, `Scopri …`, `Ontdek …`; not `Jetzt …` nor `Compra …`, which open a story's sentence as well), and the
# offer a line cries out (`save`, `sparen`, `profitez`, `ahorra`, `risparmia`, `bespaar`, `% off`).
_AD_OPENER = re.compile(r"(?:shop|discover|buy|explore|entdecken sie|sichern sie|bestellen sie|découvrez|profitez"
                        r"|commandez|offrez|économisez|descubre|aprovecha|ahorra|scopri|acquista|approfitta"
                        r"|risparmia|ontdek|bestel|bespaar|profiteer|descubra|aproveite|economize)\b", re.I)
_AD_OFFER = re.compile(r"\b(?:save|saving|shop|buy|order|book now|sparen|sichern|bestellen|profitez|économisez"
                       r"|commandez|aprovecha|ahorra|compra|approfitta|risparmia|acquista|aproveite|economize|compre"
                       r"|bespaar|profiteer|bestel|sconto|descuento|desconto|rabatt|korting|remise|discount)\b"
                       r"|%\s?off\b", re.I)


# An advertiser's pitch: an opening call to buy or find (`Shop …`, `Jetzt … entdecken`, `Scopri …`, `Découvrez …`,
# `Descubre …`, `Ontdek …`), a price or a percentage (`fino al 40% di sconto`, `dès 30 €`), or a spaced dash
# between the pitch and its offer (`Shop the Gift Guide - local gifts, delivered`).
_AD_PITCH = re.compile(r"^(?:shop|discover|buy|explore|jetzt|entdecken?|sichern|bestellen"
                       r"|découvrez|profitez|commandez|offrez|descubre|aprovecha|compra|scopri|acquista|approfitta"
                       r"|ontdek|bestel|descubra|aproveite|compre)\b"
                       r"|\d\s?%|[$€£]\s?\d|\d\s?(?:€|\$|£|euros?\b)|\S\s+[–—-]\s+\S", re.I)


def _marked_copy_over_button(lines: list[Line], labels: list[Label]) -> None:
    """An ad slot's or a sponsor's marker amid the story over the advertiser's copy and its button, the story going on
    under them (`Contenu sponsorisé` / `Cet hiver, redécouvrez la Wallonie … Profitez de -20 % …` / `Découvrir les
    offres`, `Sponsored` / `… Open a Youth Saver account this month …` / `Learn more`): copy that pitches, closed by
    a line of a button's few words, is the slot's, however long. A story's paragraph under a marker is closed by the
    next paragraph or a subheading that heads one, never by a button over the story."""
    for i in range(1, len(lines) - 3):
        # (the copy may already be taken for the slot's, or for a link's line on a page pasted tight)
        if labels[i].kind not in ("advertisement", "sponsored") or labels[i + 1].cls not in (PROSE, NEAR, FURNITURE):
            continue
        copy, button = lines[i + 1].text, lines[i + 2]
        if lines[i].words <= T.LABEL_MAX_WORDS and button.words <= T.LABEL_MAX_WORDS and not button.sentence \
                and labels[i + 2].cls in (SHORT, FURNITURE) and labels[i + 3].cls == PROSE and _sells(copy) \
                and _between_paragraphs(labels, i, i + 3):
            labels[i + 1] = labels[i + 2] = Label(FURNITURE, "ad copy")


# A sentence of an offer opening with its call (`Profitez de -20 % …`, `Open a Youth Saver account this month …`).
_CALL_OPENS = re.compile(r"(?:^|(?<=[.!?:]\s))(?:" + _AD_OPENER.pattern + r"|open (?:an?|your) )", re.I)


def _sells(copy: str) -> bool:
    """Copy that sells: a price or a percentage, and a sentence opening with a call to buy or the reader addressed;
    nobody quoted or reported. (A story's paragraph under a marker may give a price: it reports.)"""
    return _RATE_OR_PRICE.search(copy) is not None and not QUOTE_MARK.search(copy) and not reported_speech(copy) \
        and (_CALL_OPENS.search(copy) is not None or F.SECOND_PERSON.search(copy) is not None)


def _ad_pitch(text: str) -> bool:
    return _AD_PITCH.search(text) is not None or F.CALL_TO_ACTION.found(text)


def _between_paragraphs(labels: list[Label], top: int, bottom: int) -> bool:
    """A paragraph of the story above line top and text below line bottom, past other furniture either side."""
    above = next((j for j in range(top - 1, -1, -1) if labels[j].cls != FURNITURE), None)
    below = next((j for j in range(bottom, len(labels)) if labels[j].cls != FURNITURE), None)
    return above is not None and labels[above].cls == PROSE and below is not None and labels[below].cls in TEXT_CLASSES


# The app stores' names alone on a line, the badges under an app's pitch (`App Store`, `Google Play`, `App Store |
# Google Play`, `Download on the App Store`, `Get it on Google Play`, `Disponible sur l'App Store`, `Jetzt bei Google
# Play`): a store's badge, never a story's line.
_STORE = r"(?:apple )?(?:app store|google play(?: store)?|play store|appgallery)"
_STORE_BADGE = re.compile(r"^(?:(?:download on|get it on|available on|disponible (?:sur|en|dans)|disponível n[ao]"
                          r"|disponibile su|jetzt (?:im|bei|in)|laden im|beschikbaar in|ontdek het in|hämta i)\s+)?"
                          r"(?:the |l['’])?" + _STORE + r"(?:\s*[|·•/]\s*" + _STORE + r")*$", re.I)


def _store_badge(text: str) -> bool:
    return len(text) <= T.CAPTION_MAX_CHARS and _STORE_BADGE.match(text) is not None


def _box_second_heading(lines: list[Line], labels: list[Label]) -> None:
    """A summary box's second part right under its points (`In short:` / points / blank / `What's next?` / one
    sentence): a heading ending in `?` or `:` pasted tight over one sentence, the block set apart from the story
    on both sides. A story's subheading heads a paragraph below it, not a box's points above it."""
    for i in range(1, len(lines) - 2):
        if labels[i - 1] != Label(FURNITURE, "box item") or labels[i].cls not in (SHORT, NEAR) \
                or not lines[i].blank_before or lines[i].words > T.LABEL_MAX_WORDS \
                or not lines[i].text.endswith(("?", ":")):
            continue
        item = lines[i + 1]
        if labels[i + 1].cls in (PROSE, NEAR) and not item.blank_before and item.full_stop \
                and item.words <= T.SUMMARY_ITEM_MAX_WORDS and not TWO_SENTENCES.search(item.text) \
                and lines[i + 2].blank_before:
            labels[i] = labels[i + 1] = Label(FURNITURE, "box item")


def _menu_entry_repeated(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A label repeating the last entry of a menu one entry a line, over a kicker (`Osthessen` / `Südhessen` /
    blank / `Südhessen` / blank / `Wildtiere`): the page's own section label under its menu, not a photo's alt
    text and caption. Under the label may stand the headline itself, which the page's title line repeats
    (`Headline | Site` among its first lines). On a page pasted without blank lines, over a kicker in capitals
    (`Finanzas` / `Campo` / `Comercio exterior` / `Comercio exterior` / `EL BOOM DE LA INFUSIÓN`)."""
    if not (2 <= i < len(lines) - 1 and lines[i].label and lines[i].words <= T.LABEL_MAX_WORDS
            and labels[i - 2].cls == SHORT and lines[i - 2].label and not lines[i - 2].part):
        return False
    if lines[i].blank_before and lines[i + 1].blank_before:
        return lines[i + 1].label or _title_line_opens_with(lines, lines[i + 1].text)
    return lines[i + 1].text.isupper() and blankless_page(lines)


def _title_line_opens_with(lines: list[Line], text: str) -> bool:
    """One of the page's first lines is `text` and more (`Headline | Site`): its title line."""
    return any(line.text != text and line.text.startswith(text) for line in lines[:T.MASTHEAD_TOP_LINES])


def _labelled_captions(lines: list[Line], labels: list[Label]) -> None:
    """A screen reader's caption label alone on its line (`Image caption,`, `Légende :`) makes the line under it
    the caption; a labelled player length (`Duration 1:48`) closes a video box: the title line right above it
    (`Watch: Parents react`) is the box's."""
    for i, line in enumerate(lines):
        if labels[i].cls in TEXT_CLASSES and len(line.text) <= T.CAPTION_MAX_CHARS \
                and F.CAPTION_LABELLED.match(line.text):
            labels[i] = Label(META, "caption")  # the label on the caption's own line
            if i and labels[i - 1].cls in TEXT_CLASSES and F.MEDIA_CAPTION.match(line.text) \
                    and lines[i - 1].words <= T.HEADLINE_MAX_WORDS and F.CLIP_TITLE.match(lines[i - 1].text):
                labels[i - 1] = Label(FURNITURE, "widget item")  # the clip's title over its caption
            continue
        if (line.words > T.LABEL_MAX_WORDS and not F.LABELLED_DURATION.match(line.text)) or labels[i].cls == STOP:
            continue  # (a length naming its clip is longer: `Durée de la vidéo : 02:14`)
        if F.CAPTION_LABEL.match(line.text):
            labels[i] = Label(FURNITURE, "gallery")
            if i + 1 < len(lines) and labels[i + 1].cls in TEXT_CLASSES \
                    and len(lines[i + 1].text) <= T.CAPTION_MAX_CHARS:
                labels[i + 1] = Label(META, "caption")
        elif F.LABELLED_DURATION.match(line.text):
            labels[i] = Label(FURNITURE, "audio player")
            above = i - 1
            if above >= 0 and labels[above].cls in (SHORT, NEAR) and not lines[above].prose \
                    and lines[above].words <= T.HEADLINE_MAX_WORDS and not lines[above].full_stop:
                labels[above] = Label(FURNITURE, "widget item")


def _bracketed_embeds(lines: list[Line], labels: list[Label]) -> None:
    """A third party's post between a screen reader's brackets (`Skip X post` … `End of X post`), with the consent
    gate pasted right above the first (`Allow X content?` / notice / `Accept and continue`): the platform's box,
    whatever the post says and whether or not it has a handle or a date."""
    n = len(lines)
    for i, line in enumerate(lines):
        if line.words > T.LABEL_MAX_WORDS + 2 or labels[i].cls == STOP or not F.EMBED_SKIP.match(line.text):
            continue
        end = next((j for j in range(i + 1, min(n, i + 1 + T.EMBED_BRACKET_MAX_LINES))
                    if lines[j].words <= T.LABEL_MAX_WORDS + 2 and F.EMBED_END.match(lines[j].text)), None)
        if end is None or any(labels[j].cls == STOP for j in range(i, end)):
            continue
        top = i
        # (the gate: short lines and consent furniture, no paragraph of the story)
        while top > max(0, i - T.EMBED_GATE_MAX_LINES) and (_gate(labels[top - 1]) or (
                labels[top - 1].cls == SHORT and lines[top - 1].words <= T.LABEL_MAX_WORDS + 2)):
            top -= 1
        if not any(_gate(labels[j]) for j in range(top, i)):
            top = i
        for j in range(top, end + 1):
            labels[j] = Label(FURNITURE, "embed")


def _gate(label: Label) -> bool:
    # (a notice asking the reader's leave may read as a prompt)
    return label.cls == FURNITURE and label.kind in ("consent", "embed notice", "prompt")


def _analysis_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A box set into the story by another writer: a label without a sentence (`Analysis`, `Décryptage`), an author
    line under it (`Jane Doe, business editor`: a name, a comma, a job), and the box's paragraph; a story's
    subheading is not signed."""
    for i in range(1, len(lines) - 2):
        label, line = labels[i], lines[i]
        if label.cls != SHORT or line.words > T.LABEL_MAX_WORDS or line.sentence \
                or labels[i - 1].cls not in (PROSE, NEAR) or labels[i + 2].cls != PROSE:
            continue
        who, _, job = lines[i + 1].text.partition(", ")
        if labels[i + 1].cls not in (SHORT, META) or lines[i + 1].words > T.ANALYSIS_AUTHOR_MAX_WORDS \
                or lines[i + 1].full_stop or not job or not latin_name(who) or not F.ROLE.search(job):
            continue
        for j in range(i, _analysis_end(lines, labels, i + 2)):
            labels[j] = Label(FURNITURE, "fact box")


def _analysis_end(lines: list[Line], labels: list[Label], first: int) -> int:
    """Past an analysis box's last paragraph: its first alone, unless a few more paragraphs run on to evidence
    that the box is over (the story's next subheading, or a picture: a caption or credit), which a box's own
    paragraphs never end on."""
    k = first + 1
    while k < len(lines) and k - first <= T.ANALYSIS_MAX_PARAGRAPHS and labels[k].cls == PROSE:
        k += 1
    if k == first + 1 or k >= len(lines) or k - first > T.ANALYSIS_MAX_PARAGRAPHS:
        return first + 1
    label, line = labels[k], lines[k]
    subheading = label.cls == SHORT and not line.sentence and line.words <= T.HEADLINE_MAX_WORDS
    picture = label.cls == META and label.kind in ("caption", "credit")
    return k if subheading or picture else first + 1


def _text_near(labels: list[Label], i: int, step: int) -> str | None:
    """The class of the nearest text line above (step -1) or below (+1), within a few lines (an ad slot may sit
    beside a caption, a time stamp or a related link between two paragraphs)."""
    for j in range(i + step, i + step * (T.REPEATED_MARKER_REACH + 1), step):
        if not 0 <= j < len(labels):
            return None
        if labels[j].cls in TEXT_CLASSES:
            return labels[j].cls
    return None


def _repeated_markers(lines: list[Line], labels: list[Label]) -> None:
    """A short line that is no sentence, shown twice or more on the page and once at least amid the story (text
    on both sides), is the page's slot marker (`Ad Feedback`, `Anzeige`, whatever its words): a story does not
    repeat a subheading, and a byline or a label stands in the header or footer, not between paragraphs. (A label
    closed by a colon, `Verdict:` under each product of a round-up, introduces what follows: it stays.)"""
    count: dict[str, int] = {}
    topics = _topic_list(lines, labels)
    for i, line in enumerate(lines):
        if line.words <= T.REPEATED_MARKER_MAX_WORDS and not line.sentence and not line.text.endswith(":") \
                and i not in topics:
            count[line.text] = count.get(line.text, 0) + 1
    repeated = {text for text, n in count.items() if n >= 2}
    if not repeated:
        return
    amid = {lines[i].text for i in range(1, len(lines) - 1) if lines[i].text in repeated and _markable(lines, labels, i)
            and _text_near(labels, i, -1) in (PROSE, NEAR) and _text_near(labels, i, 1) in (PROSE, NEAR)
            and not _heads_own_bio(lines, i) and not _masthead_under_caption(lines, i)
            and labels[i - 1].cls != STOP}  # (under the author box's heading, `Sobre la firma`: past the story)
    if amid:
        # (a name heading its bio anywhere on the page is the author's, shown again as the byline under a standfirst)
        amid -= _contents_entries(lines) | {line.text for i, line in enumerate(lines)
                                            if line.text in amid and _heads_own_bio(lines, i)}
    for i, line in enumerate(lines):
        if line.text in amid and _markable(lines, labels, i):
            labels[i] = Label(FURNITURE, "marker")


def _topic_list(lines: list[Line], labels: list[Label]) -> set[int]:
    """The lines of the topics list under its heading alone (`Topics` / `IPO` / `Grey market premium`, `Themen`,
    `Sujets`, `Temas`): the page's topic links, which may name a subheading of the story word for word. A topic
    shown again so is no slot marker: a marker repeats amid the story or in the page's header and footer."""
    items: set[int] = set()
    for i, label in enumerate(labels):
        if label.kind != "tags" or lines[i].words > T.LABEL_MAX_WORDS or (m := F.TAGS.match(lines[i].text)) is None \
                or m["rest"]:
            continue
        for j in range(i + 1, min(i + 1 + T.TOPIC_LIST_MAX_ITEMS, len(lines))):
            if lines[j].words > T.LABEL_MAX_WORDS or lines[j].sentence or labels[j].cls not in (SHORT, MENU):
                break
            items.add(j)
    return items


def _contents_entries(lines: list[Line]) -> set[str]:
    """The entries of a table of contents above the story: the story's subheadings repeat them; they are no slot
    markers."""
    return {lines[k].text for run in _contents_runs(lines) for k in run}


def _contents_runs(lines: list[Line]) -> list[list[int]]:
    """The tables of contents above the story (`Inhaltsverzeichnis` / `Contents` / `Sommaire` over the story's
    subheadings), by the lines of their entries: different lines pasted tight one under the other, each shown twice on
    the page, in order and apart further down (the first entry shown again tight under the last is where the story
    begins)."""
    count: dict[str, int] = {}
    for line in lines:
        count[line.text] = count.get(line.text, 0) + 1
    repeated = {text for text, n in count.items() if n == 2}
    last = {line.text: k for k, line in enumerate(lines)}  # (where each line is shown the second time)
    runs: list[list[int]] = []
    run: list[int] = []
    for k, line in enumerate([*lines, None]):
        if line is not None and line.text in repeated and last[line.text] != k \
                and (not run or not line.blank_before):
            run.append(k)
            continue
        # (the story's subheadings stand apart, mostly a paragraph at least between two: an ad slot shown twice,
        # `Anzeige` / the advertiser / `Scroll to continue`, comes again as the same tight lines)
        again = [last[lines[m].text] for m in run]
        if len(run) >= T.CONTENTS_MIN_ENTRIES and all(b > a for a, b in pairwise(again)) \
                and 2 * sum(b - a > 1 for a, b in pairwise(again)) > len(run) - 1:
            runs.append(run)
        run = [k] if line is not None and line.text in repeated and last[line.text] != k else []
    return runs


def _tables_of_contents(lines: list[Line], labels: list[Label]) -> None:
    """A table of contents above the story under its label (`Inhaltsverzeichnis`, `Table of contents`; its entries
    the story's subheadings said again: _contents_runs): the page's. (Without the label, a run of lines shown twice
    may be the headline and standfirst shown again.)"""
    for run in _contents_runs(lines):
        if run[0] > 0 and F.CONTENTS_LABEL.match(lines[run[0] - 1].text):
            for k in range(run[0] - 1, run[-1] + 1):
                labels[k] = Label(FURNITURE, "contents")


def _masthead_under_caption(lines: list[Line], i: int) -> bool:
    """The site's name from the page's top (`LRÖ`) tight under a one-sentence line: the site crediting its own
    photo under the caption, not a slot marker."""
    above = lines[i - 1]
    return not lines[i].blank_before and any(line.text == lines[i].text for line in lines[:T.MASTHEAD_TOP_LINES]) \
        and above.full_stop and len(above.text) <= T.CAPTION_MAX_CHARS and not TWO_SENTENCES.search(above.text)


def _text_around(labels: list[Label], i: int, step: int, classes: tuple[str, ...]) -> bool:
    """A line of one of these classes near line i above or below, past a box's worth of other lines."""
    return any(labels[j].cls in classes for j in range(i + step, i + step * (T.LIVE_STAMP_REACH + 1), step)
               if 0 <= j < len(labels))


# A time of day (`2:31 p.m.`, `14.20`, `9h05`, `11 Uhr`): a live blog stamps its entries with one; a story's
# timeline of dates between its paragraphs (`3 March 2020`) is the story's own and stays. A day and month in figures
# is no clock (`Stand: 16.09.2027`).
_CLOCK = re.compile(r"(?<![\d.])\b\d{1,2}(?:[:.h]\d{2}\b(?!\.\d)|\s?(?:a\.?\s?m\.?|p\.?\s?m\.?|uhr)(?!\w))", re.I)


def _entry_bylines(lines: list[Line], labels: list[Label]) -> None:
    """A live blog's entry signed under its headline (`2:47 p.m.` / `Power restored …` / `Posted by Ann Lee`,
    `Publié par`, `Gepostet von`, `Publicado por`): the byline goes with its time stamp, it interrupts the entries
    as the stamp does; the page's own byline stands above the first entry."""
    stamps = [i for i, label in enumerate(labels) if label.kind == "time"]
    if len(stamps) < T.LIVE_MIN_STAMPS:
        return
    for i in stamps:
        for j in range(i + 1, min(i + 2 + T.ENTRY_HEADLINE_MAX_LINES, len(labels))):
            if labels[j].kind == "byline":
                labels[j] = Label(FURNITURE, "attribution")
                break
            if labels[j].cls != SHORT or lines[j].sentence:
                break


# A programme or station named before the date (`Regionaljournal Ost, 28.11.2026, 12:03 Uhr`, `Radio Nord, Morning
# Live, 4 March 2027`): a broadcast's airing, not an entry's stamp (a weekday or a place is one word before it).
_AIRED_ON = re.compile(r"^[A-ZÀ-Þ][^\W\d_]*(?:\s+[^\s,\d]+){1,5},\s")


def _live_stamps(lines: list[Line], labels: list[Label]) -> None:
    """Full date lines between paragraphs, three or more apart from one another, are a live blog's entry stamps
    (`2:31 p.m. ET, March 12, 2027`): a story's own dates stand in its header, one or two together. An entry's
    attribution (a byline beside its stamp, a short line closing the entry right above the next stamp) goes
    with the stamp: an entry does not end on a headline."""
    tail = _comments_tail(labels)
    dated = [i for i, label in enumerate(labels[:tail]) if label.cls == META and label.kind in ("date", "dateline")
             and _text_around(labels, i, -1, (PROSE, NEAR)) and _text_around(labels, i, 1, TEXT_CLASSES)
             and not _AIRED_ON.match(lines[i].text)]
    dated = [i for k, i in enumerate(dated)
             if k == 0 or any(labels[j].cls in TEXT_CLASSES for j in range(dated[k - 1] + 1, i))]
    if len(dated) < T.LIVE_MIN_STAMPS:
        return
    stamps = [i for i in dated if _CLOCK.search(lines[i].text)]
    if len(stamps) < T.LIVE_MIN_STAMPS:
        ticker = _ticker_page(lines, labels)
        for i in dated:  # a story's timeline: its dates head its parts (the header's date under the byline stays)
            if labels[i].kind == "date" and not lines[i].sentence and not _under_byline(labels, i) \
                    and not _first_under_standfirst(labels, i, dated[0]):
                labels[i] = Label(META, "time") if ticker and _day_stamp(lines, labels, i) else Label(SHORT)
        return
    for i in stamps:
        if _header_published(lines, labels, i, dated[0]):
            continue  # (the page's own date: it and its byline stay the header's)
        labels[i] = Label(META, "time")
        for j in (i - 1, i + 1):
            if 0 <= j < len(labels) and labels[j].kind == "byline":
                labels[j] = Label(FURNITURE, "attribution")
        above = i - 1
        while above > 0 and labels[above].cls == FURNITURE:
            above -= 1
        if labels[above].cls == SHORT and not lines[above].sentence and labels[above - 1].cls in (PROSE, NEAR):
            labels[above] = Label(FURNITURE, "attribution")


def _ticker_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A news ticker's box set into the story (`LIVE-TICKER` / `Wintereinbruch in Sachsen: Die aktuelle Lage` / its
    `+++ 11:40 Uhr: … +++` lines / `Zum Live-Ticker`), under a paragraph of the story: a run of T.TICKER_BOX_MIN_LINES
    or more lines framed by plus signs pasted tight, with the box's label alone over them (perhaps over a title) and
    its link under them. A live blog heads each entry with one such line over its text, a story may set one apart as
    a break or a headline: those stay as they were."""
    n, i = len(lines), 0
    while i < n:
        entry = _PLUS_FRAMED if _PLUS_FRAMED.match(lines[i].text) else _CLOCKED_ENTRY
        end = i
        while end < n and entry.match(lines[end].text) and (end == i or not lines[end].blank_before):
            end += 1
        if end - i < T.TICKER_BOX_MIN_LINES:
            i = max(end, i + 1)
            continue
        top, bottom = i, end
        for head in (1, 2):  # (the label right over the lines, or over the box's title)
            if top - head >= 0 and _TICKER_LABEL.match(lines[top - head].text) \
                    and not any(lines[k].blank_before for k in range(top - head + 1, top + 1)) \
                    and all(_box_line(lines[k], labels[k]) for k in range(top - head + 1, top)):
                top -= head
                break
        else:  # (lines opening on a clock are the story's timetable unless a live box's title stands over them)
            if entry is _CLOCKED_ENTRY:
                title = _live_title_over(lines, labels, top)
                if title is None:
                    i = end
                    continue
                top = title
        if bottom < n and not lines[bottom].blank_before and _TICKER_LINK.match(lines[bottom].text):
            bottom += 1
        if neighbour(labels, top, -1) in (PROSE, NEAR):
            for k in range(top, bottom):
                labels[k] = Label(FURNITURE, "ticker")
        i = end


# A line framed by plus signs, a German-language site's ticker line (`+++ 11:40 Uhr: Bahn stellt Betrieb ein +++`);
# a ticker box's label alone (`LIVE-TICKER`, `Liveticker`, `Newsticker`, `Liveblog`) and its link (`Zum Live-Ticker`,
# `Zum Newsticker`, `Naar de liveblog`).
_PLUS_FRAMED = re.compile(r"^\+\+\+\s.{3,300}\s\+\+\+$")
_TICKER_NAMES = r"live-?ticker|news-?ticker|live-?blog|ticker"
_TICKER_LABEL = re.compile(r"^(?:\+\+\+\s*)?(?:" + _TICKER_NAMES + r")(?:\s*\+\+\+)?:?$", re.I)
_TICKER_LINK = re.compile(r"^(?:(?:zum|zur|naar de|naar het|to the)\s+(?:\w+\s+)?(?:" + _TICKER_NAMES + r")\b.{0,20}"
                          r"|(?:see|view|read) all(?: \d+)? (?:updates|posts|entries)"
                          r"|alle(?: \d+)? (?:meldungen|beiträge|updates)"
                          r"|voir (?:toutes les|les \d+) (?:mises à jour|actualités)"
                          r"|ver (?:todas las|las \d+) actualizaciones|vedi tutti gli(?: \d+)? aggiornamenti"
                          r"|bekijk alle(?: \d+)? updates)$", re.I)
# A live box's entry, its clock first (`18:02  Gust of 131km/h recorded at Belmullet`, `17.40 Uhr: Bahn stellt …`,
# `18h05 Le pont fermé`), under the box's title opening on its live word (`LIVE  Storm Ultan: latest updates`, `EN
# DIRECT | Tempête …`).
_CLOCKED_ENTRY = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h))?\s*[:|–-]?\s+[^\W\d_].{3,200}$", re.I)
_LIVE_TITLE = re.compile(r"^" + F.LIVE_MARK.pattern + r"\s*[:|–-]?\s+\S", re.I)


def _live_title_over(lines: list[Line], labels: list[Label], top: int) -> int | None:
    """The first line of a live box's title pasted tight over its entries (`LIVE  Storm Ultan: latest updates`, `EN
    DIRECT | Crue de la Vézère`, split at its bar), or None."""
    first = top - 1
    while first > 0 and lines[first].part:
        first -= 1
    if first < 0 or lines[top].blank_before \
            or any(labels[k].cls == PROSE or lines[k].sentence for k in range(first, top)):
        return None
    return first if _LIVE_TITLE.match(" ".join(lines[k].text for k in range(first, top))) else None


def _box_line(line: Line, label: Label) -> bool:
    return label.cls == SHORT and not line.sentence and line.words <= T.HEADLINE_MAX_WORDS


# A ticker's or live blog's own word (`Im Newsticker halten wir Sie …`, `LIVE-TICKER`, `Liveblog`, `minuto a minuto`).
_TICKER_WORD = re.compile(r"ticker|live-?blog|minuto a minuto|minute par minute|minuto per minuto", re.I)


def _ticker_page(lines: list[Line], labels: list[Label]) -> bool:
    """The page calls itself a ticker or a live blog in its header: from T.LIVE_MARK_REACH lines over its first
    paragraph to that paragraph (a standfirst: `Im Newsticker halten wir Sie über die Lage … auf dem Laufenden.`)."""
    first = next((i for i, label in enumerate(labels) if label.cls == PROSE), len(lines) - 1)
    return any(_TICKER_WORD.search(lines[i].text) or F.LIVE_MARK.search(lines[i].text)
               for i in range(max(0, first - T.LIVE_MARK_REACH), first + 1))


def _day_stamp(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A live ticker's day amid its entries (`Freitag, 17.09.2027` over `21:30 Uhr` and the entry), on a page calling
    itself one: a date alone, right over an entry's time stamp, stamps the entries under it as the time does; a
    timeline's date heads its paragraph, even over a time (`Mittwoch, 4. März` / `14:00 Uhr` / what happened)."""
    return i + 1 < len(lines) and words_besides_date(lines[i].text) <= 1 \
        and labels[i + 1] == Label(META, "time") and F.CLOCK_ONLY.match(lines[i + 1].text) is not None


def _comments_tail(labels: list[Label]) -> int:
    """The first line of the page's tail (`Kommentare (52)`, `Join the conversation`, `Show comments`) below the
    first paragraph: the readers' comments under it are dated too (`Jonas K.` / `15.07.2026, 19:40 Uhr` / comment),
    but they are no live blog's entries; a live blog's stamps stand among its entries, above the page's tail."""
    first = next((i for i, label in enumerate(labels) if label.cls == PROSE), len(labels))
    return next((i for i in range(first, len(labels)) if labels[i].cls == STOP and labels[i].kind == "tail"),
                len(labels))


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _header_published(lines: list[Line], labels: list[Label], i: int, first: int) -> bool:
    """`Published 6:05 AM EDT, Tue July 13, 2027` right under the byline, the page's first date line: the page's own
    date, not a live entry's stamp, even under a live page's closing notice (`Live updates have ended. Scroll down
    for a summary …`). (An entry's `By X` / `Published 10:32` stamp gives the clock without the day.) Without its
    label, the first date line with its year under the byline, under the standfirst under the headline (`Deutschland,
    Frankreich und …` / `Gesperrte Übergänge …` / `Thomas Hanke` / `27.04.2020 - 18:50 Uhr`, readers' comments
    stamped below)."""
    return i == first and _A_YEAR.search(lines[i].text) is not None and _under_byline(labels, i) \
        and (PUBLISH_LABEL.match(lines[i].text) is not None
             or (i >= 3 and labels[i - 2].cls == PROSE and labels[i - 3].cls == SHORT and not lines[i - 3].sentence))


def _first_under_standfirst(labels: list[Label], i: int, first: int) -> bool:
    """The page's first date line, with no paragraph above it but the standfirst (a caption between): the header's
    date, though no byline stands over it; a timeline's first date heads its part under the story's opening."""
    return i == first and sum(label.cls == PROSE for label in labels[:i]) <= 1 \
        and not any(label.cls == META and label.kind in ("date", "dateline") for label in labels[:i])


def _under_byline(labels: list[Label], i: int) -> bool:
    """Line i stands in the header's cluster: a byline above it, past the cluster's other lines (a photographer's
    credit, a job line: `Words Jane Doe` / `Photography Tom Reed` / `5th May 2026`)."""
    k = i - 1
    while k > 0 and labels[k].cls == META and labels[k].kind in ("credit", "role"):
        k -= 1
    return k >= 0 and labels[k].cls == META and labels[k].kind == "byline"


def _entry_badges(lines: list[Line], labels: list[Label]) -> None:
    """On a live page (entry stamps between its paragraphs), a single word between an entry's stamp and its
    paragraph (`10:48` / `New` / …, `Neu`, `Nouveau`, `Highlight`, `Pinned`) is the entry's badge, not a subheading:
    a subheading names what the paragraphs under it are about, in more than one word."""
    stamps = sum(1 for label in labels if label.cls == META and label.kind == "time")
    if stamps < T.LIVE_MIN_STAMPS:
        return
    for i in range(1, len(lines) - 1):
        if labels[i].cls == SHORT and lines[i].words <= T.ENTRY_BADGE_MAX_WORDS and not lines[i].sentence \
                and labels[i - 1].cls == META and labels[i - 1].kind == "time" and labels[i + 1].cls in (PROSE, NEAR):
            labels[i] = Label(FURNITURE, "badge")


def _heads_own_bio(lines: list[Line], i: int) -> bool:
    """A name over the bio that opens with it (`Jane Doe` / `Reporter` / `Jane Doe is a reporter …`): the author
    box's heading, shown again in the byline, is no slot marker."""
    return any(lines[j].text.startswith(lines[i].text + " ")
               for j in range(i + 1, min(len(lines), i + 1 + T.REPEATED_MARKER_REACH)))


def _markable(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A text line, or one taken for a bare byline by its name shape alone (two capitalised words over a date)."""
    return labels[i].cls in TEXT_CLASSES or (labels[i].kind == "byline" and not F.BYLINE.match(lines[i].text))


def _names_under_their_card(lines: list[Line], labels: list[Label]) -> None:
    """An author card: the writer's job line ending in their name (`Eastbrook Daily reporter Jane Roe`, `Redakteurin
    Eva Brandt`), then the name alone (the headshot's text): the name is the byline, the line above its role."""
    for i in range(1, len(lines)):
        text, above = lines[i].text, lines[i - 1].text
        if labels[i].cls == SHORT and labels[i - 1].cls == SHORT and above.endswith(" " + text) \
                and lines[i - 1].words <= T.HEADER_LINE_MAX_WORDS and person(text) \
                and F.ROLE.search(above[: -len(text)]):
            labels[i - 1], labels[i] = Label(META, "role"), Label(META, "byline")


def _signed_with_address(lines: list[Line], labels: list[Label]) -> None:
    """A reporter's name with their e-mail or the outlet's web address (`JANE DOE jdoe@gazette.com` under the
    standfirst, `Lena Graf, suedwest.example.at` under the last paragraph), or with the wires that added to the
    story (`Lucie Martin et agences`, `Anna Huber und Agenturen`): a byline, not a link of the page."""
    for i, line in enumerate(lines):
        if labels[i].cls in (SHORT, NEAR, FURNITURE) and labels[i].kind in ("", "link", "social handle") \
                and line.words <= T.HEADER_LINE_MAX_WORDS \
                and (name_with_address(line.text) or name_with_agencies(line.text)):
            labels[i] = Label(META, "byline")


def _author_box(lines: list[Line], labels: list[Label]) -> None:
    """The byline's name again, alone on a line after a paragraph (`Jane Doe` / `Jane looks after …`) or under the
    box's heading after the story (`Author` / `Jake Goulding` / `Jake is the co-founder of …`): the author box
    under the story, which ends there."""
    bylines = [lines[i].text for i, label in enumerate(labels) if label.cls == META and label.kind == "byline"]
    # (under the box's heading, the name may have stood in the dateline above: `23.06.2016 um 16:14 Uhr - Jane Doe`)
    signed = [(i, lines[i].text) for i, label in enumerate(labels)
              if label.cls == META and label.kind in ("time", "date", "dateline")]
    for i, label in enumerate(labels):
        line = lines[i]
        if label.cls == PROSE and (bio := _BIO_OPENING.match(line.text)) and any(bio["name"] in b for b in bylines):
            labels[i] = Label(STOP, "author box")  # `Jane Doe is a senior reporter at …`: the byline's bio
        if label.cls != SHORT or line.words > T.BARE_NAME_MAX_WORDS or not bare_name(line.text):
            continue
        if any(line.text in b for b in bylines) and neighbour(labels, i, -1) in (PROSE, NEAR) \
                and neighbour(labels, i, 1) == PROSE:
            labels[i] = Label(STOP, "author box")
        elif i > 1 and F.AUTHOR_BOX_HEADING.match(lines[i - 1].text) and neighbour(labels, i, 1) in (PROSE, NEAR) \
                and any(line.text in b for b in bylines + [text for k, text in signed if k < i]) \
                and sum(lab.cls == PROSE for lab in labels[:i - 1]) >= T.AUTHOR_BOX_MIN_PARAGRAPHS_ABOVE:
            labels[i - 1] = labels[i] = Label(STOP, "author box")


# The newsroom speaking of itself in a method note's paragraph: its first person plural (`we`, `notre`, `unsere`,
# `hemos`, `nostra`, `fizemos`, `onze` — not the French or Portuguese eleven), or its web address.
_NEWSROOM_WE = re.compile(
    r"\b(we|our|ours|nous|notre|wir|uns|unser\w*|hemos|nuestr[oa]s?|abbiamo|nostr[oaie]|fizemos|noss[oa]s?|wij|ons"
    r"|(?<!\bos )(?<!\bas )(?<!\bles )(?<!\bdes )(?<!\baux )(?<!\bà )onze)\b"
    r"|\b[\w-]+\.(com|org|net|co\.uk|fr|de|es|it|nl|pt|be|ch|at)\b", re.I)


def _method_notes(lines: list[Line], labels: list[Label]) -> None:
    """A note on how the story was reported after it (`Boîte noire` / `Cette enquête a été menée pendant six mois…`):
    its heading (F.METHOD_NOTE) set apart above and pasted tight over one paragraph that is set apart below, no
    prose after it, on a page that sets its paragraphs apart: the newsroom's box, not the story's last section
    (a story's subheading is set apart from its paragraph, and the story goes on under it). Under a bare generic
    heading (`Methodology`, `Metodología`, `Verantwoording`) the paragraph must speak in the newsroom's first person
    or name its site (_NEWSROOM_WE): a ranking's, a study's or a poll's own method is the story's last section."""
    spaced = None
    for i, label in enumerate(labels):
        if label.cls != SHORT or i + 2 > len(lines) or not lines[i].blank_before or lines[i + 1].blank_before \
                or labels[i + 1].cls not in (PROSE, NEAR) or not (heading := F.METHOD_NOTE.match(lines[i].text)):
            continue
        if (i + 2 < len(lines) and not lines[i + 2].blank_before) or neighbour(labels, i + 1, 1) in (PROSE, NEAR):
            continue
        if heading["generic"] and not _NEWSROOM_WE.search(lines[i + 1].text) \
                and not _names_the_site(lines, lines[i + 1].text):
            continue
        spaced = spaced_page(lines) if spaced is None else spaced
        if spaced:
            labels[i] = labels[i + 1] = Label(FURNITURE, "method note")


# The holder a copyright line names (`© 2026 LoanLantern, Inc.`, `Copyright © Gazette Media`): the site's name.
_SITE_HOLDER = re.compile(r"^(?:©|\(c\)\s|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[–-]\s*\d{4})?\s*)?"
                          r"(?P<site>[A-ZÀ-Þ][\w&'’-]{3,})", re.I)


def _names_the_site(lines: list[Line], text: str) -> bool:
    """The paragraph names the site whose copyright line the page carries (`users of the LoanLantern marketplace`)."""
    return any((m := _SITE_HOLDER.match(line.text)) and re.search(rf"\b{re.escape(m['site'])}\b", text)
               for line in lines)


# A paragraph opening with a full name and a verb of being or covering (`Jane Doe is a senior reporter …`, `Ana Ruiz
# es periodista …`, `Lena Graf ist Redakteurin …`): with the byline's name, the author's bio under the story.
_BIO_OPENING = re.compile(r"^(?P<name>(?:[A-ZÀ-Þ][\w'’.-]+ ){1,3}[A-ZÀ-Þ][\w'’-]+) (?:is|was|covers|writes|reports"
                          r"|has been|es|ist|est|è|é|er|är|jest)\b")


def _embedded_posts(lines: list[Line], labels: list[Label]) -> None:
    """An embedded social post between paragraphs: a name line ending in an @handle, the post's text, and its
    time or date line within a few lines (`Name @handle` / `text` / `7:58 a. m.` / `5 mar. 2027`): all of it is
    the platform's box, not the story."""
    # The nearest line above that is not furniture, as neighbour() gives it, kept as the loop goes: a scan for
    # each line took seconds on a menu split into thousands of parts.
    last = None
    for i, label in enumerate(labels):
        if i and labels[i - 1].cls != FURNITURE:
            last = i - 1
        above = labels[last].cls if last is not None else None
        if label.cls not in (SHORT, FURNITURE, META) or lines[i].words > T.LABEL_MAX_WORDS + 2 \
                or above not in TEXT_CLASSES:
            continue
        # the handle ends the name's line, or stands alone under it (`Flood Forum` / `@FloodForum`), or alone
        # without the name over it (`@floodforum` / text / date)
        handle = i if (F.HANDLE_END.search(lines[i].text) and label.cls != META) \
            or (label.kind == "social handle" and lines[i].text.startswith("@")) else i + 1
        if handle != i and (handle >= len(lines) or labels[handle].kind != "social handle"):
            continue
        end = min(len(lines), handle + 2 + T.EMBED_MAX_LINES)
        # (`19:42` may have been read as a player's length, and the post's text as that player's title)
        stamp = next((j for j in range(handle + 2, end) if labels[j].kind in _STAMPS
                      or (labels[j].kind == "audio player" and _CLOCK.search(lines[j].text))), None)
        # (a post may read like a prompt, `Stay away from the quays. Follow the advice on our site.`)
        if stamp is None or any(labels[j].cls not in TEXT_CLASSES and labels[j].kind not in ("widget item", "prompt")
                                for j in range(handle + 1, stamp)):
            continue
        # Under a short line (a related link, a subheading) rather than a paragraph, the post says something in a
        # sentence: a byline with its handle over a job title and a date is the header's.
        # (a post may close on an emoji or a hashtag: a sentence inside the line counts)
        if above == SHORT and not any(lines[j].sentence or TWO_SENTENCES.search(lines[j].text)
                                      for j in range(handle + 1, stamp)):
            continue
        while stamp + 1 < len(lines) and labels[stamp + 1].kind in _STAMPS:
            stamp += 1  # its time, then its date
        if stamp + 1 < len(lines) and _COUNTERS.match(lines[stamp + 1].text):
            stamp += 1  # its counters (`124 Reposts 310 Likes`)
        for j in range(i, _post_footer(lines, stamp) + 1):
            labels[j] = Label(FURNITURE, "embed")


def _post_footer(lines: list[Line], last: int) -> int:
    """The last line of a post's footer under line `last`: its counts and buttons pasted tight, one a line (`1.2K` /
    `Reply` / `Read 86 replies`), or set apart on a page that sets every line apart (spaced_page)."""
    footer = last + T.POST_FOOTER_MAX_LINES
    spaced = spaced_page(lines)
    while last + 1 < min(len(lines), footer + 1) and (spaced or not lines[last + 1].blank_before) \
            and (_COUNTERS.match(lines[last + 1].text) or _POST_ACTION.match(lines[last + 1].text)) \
            and not _YEAR.match(lines[last + 1].text):  # (a year alone heads the story's next part)
        last += 1
    return last


_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


# An embedded post's signature under its text, as the platform's quote block closes it (`— Name (@handle) March 2,
# 2027`, `— Nom (@compte) 2 mars 2027`): the handle in brackets after a dash.
# (the poster's handle in brackets, as a signature names it: `… (@dawnf_travels)`)
_SIGNED_HANDLE = re.compile(r"\(@(\w[\w.]{1,29})\)")
_POST_SIGNATURE = re.compile(r"^[—–-]\s*[^()]{2,60}" + _SIGNED_HANDLE.pattern)


def _posts_between_embed_lines(lines: list[Line], labels: list[Label]) -> None:
    """Short lines between two of an embed's own lines (`Zobrazit tento příspěvek na Instagramu` / the post's text /
    `Příspěvek sdílený uživatelem … (@…)`): the post those lines frame, the lower naming its poster's handle and
    the upper none. A story's paragraph (prose) is never taken. So is the post's header over its opening line."""
    embeds = _embeds(labels)
    for inside in _gaps(embeds):
        # (the post's handle closes it: between one post's handle and the next post's opening line, the story)
        if "@" in lines[inside.stop].text and "@" not in lines[inside.start - 1].text \
                and all(labels[j].cls in (SHORT, NEAR) for j in inside):
            for j in inside:
                labels[j] = Label(FURNITURE, "embed")
    _handle_over_post(lines, labels, embeds)
    for i in embeds:  # the post's header tight over its opening line (`frivilligasjoraddarevast` / `Visa profil`)
        if i >= 1 and not lines[i].blank_before and _PROFILE_BUTTON.match(lines[i - 1].text):
            labels[i - 1] = Label(FURNITURE, "embed")
            if i >= 2 and not lines[i - 1].blank_before and _HANDLE_ALONE.match(lines[i - 2].text):
                labels[i - 2] = Label(FURNITURE, "embed")


def _handle_over_post(lines: list[Line], labels: list[Label], embeds: list[int]) -> None:
    """The poster's handle alone over the post's text, the embed's lines under it naming the same handle
    (`dawnf_travels` / the post / `View this post on Instagram` / `A post shared by Dawn Ferris (@dawnf_travels)`): the
    post from its handle down. A story's paragraph (prose) between them is never taken."""
    for bottom in embeds:
        if not (m := _SIGNED_HANDLE.search(lines[bottom].text)):
            continue
        handle = next((k for k in range(bottom - 1, max(-1, bottom - 2 - T.EMBED_MAX_LINES), -1)
                       if lines[k].text.lstrip("@").lower() == m[1].lower()), None)
        if handle is not None and all(labels[j].cls in (SHORT, NEAR, FURNITURE) for j in range(handle, bottom)):
            for j in range(handle, bottom):
                labels[j] = Label(FURNITURE, "embed")


def _stamps_amid_posts(lines: list[Line], labels: list[Label]) -> None:
    """Date and time lines between two of an embedded post's lines (its signature, then `7:02 AM` / `9 de jun de
    2027`, then its counts `1,2 mil curtidas`): the post's time stamp, not the page's date line (a blind set of
    session 36 began its story under the post, taking the stamp for the header's date)."""
    for inside in _gaps(_embeds(labels)):
        if all(labels[j].cls == META and labels[j].kind in ("date", "dateline", "time") for j in inside):
            for j in inside:
                labels[j] = Label(FURNITURE, "embed")


def _embeds(labels: list[Label]) -> list[int]:
    return [i for i, label in enumerate(labels) if label.kind == "embed"]


def _gaps(embeds: list[int]) -> list[range]:
    """The lines between two consecutive embed lines, a post's length at most: what a post's own lines frame."""
    return [range(top + 1, bottom) for top, bottom in pairwise(embeds) if 0 < bottom - top - 1 <= T.EMBED_MAX_LINES]


# A post's header: its profile button, and over it the account's handle as the platform shows it (a lower-case
# token; a story's lone word over a post, `recalibrate`, has no profile button under it).
_PROFILE_BUTTON = re.compile(r"^(?:view profile|visa profil|vis profil|se profil|profil anzeigen|voir le profil"
                             r"|ver perfil|visualizza profilo|bekijk profiel|zobacz profil|zobrazit profil)$", re.I)
_HANDLE_ALONE = re.compile(r"^@?[a-z0-9][a-z0-9._]{2,29}$")


def _posts_over_signature(lines: list[Line], labels: list[Label]) -> None:
    """A post embedded as a quote block: its text pasted tight over its signature (`Dad served 22 years … @Firm` /
    `— Dave Doe (@ddoe) March 2, 2027`), the block set apart by blank lines. The text is the post, quoted on the
    platform, not a paragraph of the story (a pull quote's attribution names no handle); so are the counts and
    buttons pasted under it (_post_footer). On a page whose blank lines tell no block from another (blankless_page),
    the post is the short line over its signature that says something as a post does (_post_text; a paragraph or a
    subheading over a signature alone is the story's), with the lines over it that carry a post's marks (an emoji, a
    hashtag, its picture's link: _posted_line)."""
    blankless = None
    for i, line in enumerate(lines):
        if "(@" not in line.text or labels[i].cls != FURNITURE or not _POST_SIGNATURE.match(line.text):
            continue
        blankless = blankless_page(lines) if blankless is None else blankless
        if line.blank_before and not blankless:
            # (the post's text set apart over its signature as a block of its own, its picture's link or hashtag in
            # it: `Hoy entregamos semilla … #SemillasDelPáramo pic.twitter.com/…` / `— Name (@handle) date`)
            if i >= 1 and lines[i - 1].blank_before and labels[i - 1].cls in TEXT_CLASSES \
                    and _POSTED_LINK.search(lines[i - 1].text):
                labels[i - 1] = Label(FURNITURE, "embed")
            continue
        top = i - 1
        while not blankless and top > 0 and not lines[top].blank_before and i - top < T.EMBED_MAX_LINES:
            top -= 1
        if blankless:
            # (a post's text of any length under its platform's line: `Příspěvek na síti X` / `Demise … krok.`)
            if top < 0 or not (_post_text(lines[top], labels[top]) or _posted_line(lines[top], labels[top])
                               or (top > 0 and labels[top - 1].kind == "embed" and labels[top].cls in TEXT_CLASSES)):
                continue
            # (a post of a few lines, each with a post's marks: `¡DOBLETE DE IKER! 🔥🔥` / `2️⃣-0️⃣ | #Tag pic.…`)
            while top > 0 and i - top < T.EMBED_MAX_LINES and _posted_line(lines[top - 1], labels[top - 1]):
                top -= 1
        elif top < 0 or not lines[top].blank_before:
            continue
        if all(labels[j].cls in TEXT_CLASSES or _posted_line(lines[j], labels[j]) for j in range(top, i)):
            for j in range(top, _post_footer(lines, i) + 1):
                labels[j] = Label(FURNITURE, "embed")


def _post_text(line: Line, label: Label) -> bool:
    """A short line that says something as a post does: a sentence, a hashtag or a link (a subheading does none)."""
    return label.cls in (SHORT, NEAR) and bool(SENTENCE_END.search(line.text) or TWO_SENTENCES.search(line.text)
                                               or _POSTED_LINK.search(line.text))


_POSTED_LINK = re.compile(r"#\w|https?://|pic\.twitter\.com/")


def _posted_line(line: Line, label: Label) -> bool:
    """A line of a post pasted without blank lines: short, its own link or a short line, closed by a post's marks
    (an emoji, a keycap, a hashtag) or holding its link (`pic.twitter.com/…`)."""
    return (label.cls in (SHORT, NEAR) or label.kind == "link") and line.words <= T.PROMPT_MAX_WORDS \
        and bool(_POST_MARK.search(line.text) or _POSTED_LINK.search(line.text))


# A post's reactions: symbols or emoji, each with its count, and no word (`👍 418 · 💬 96 · ↪ 57`).
# (or counted in words, in any language, two counts at least set apart by the platform's dots: `1,2 K aprecieri · 214
# comentarii · 386 distribuiri`, `87 comments · 12 shares`)
_COUNTED = r"\d[\d.,]*\s?[kKM]?\s+[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}"
_REACTIONS = re.compile(r"^(?:[^\w\s]{1,3}\s?\d[\d.,]*\s?[kKM]?\s*[·•|]?\s*){1,5}$"
                        r"|^" + _COUNTED + r"(?:\s*[·•]\s*" + _COUNTED + r"){1,4}$")


def _counted_rows(lines: list[Line]) -> set[int]:
    """The lines of a row of counts in words split at its dots into parts (`1,2 K aprecieri` / `214 comentarii` /
    `386 distribuiri`), two counts at least: a post's reactions."""
    rows: set[int] = set()
    for i, line in enumerate(lines):
        if line.part or i + 1 >= len(lines) or not lines[i + 1].part:
            continue
        j = i + 1
        while j < len(lines) and lines[j].part:
            j += 1
        if all(_ONE_COUNT.match(lines[k].text) for k in range(i, j)):
            rows.update(range(i, j))
    return rows


_ONE_COUNT = re.compile(r"^" + _COUNTED + r"$")


def _posts_over_reactions(lines: list[Line], labels: list[Label]) -> None:
    """A post's reactions (_REACTIONS) are the platform's, wherever they stand; and the post pasted tight over them
    (`Stockton Residents for the Beach` / `Posted 2 March at 7:41pm` / its text), a block set apart by a blank line
    under a paragraph, its author's name on the first line and its time on the next, is the platform's box, not the
    story (a blog's own byline and date over its first paragraph stand under no paragraph). So is such a block closed
    by the platform's own link instead (`DAPAV Ciudad Valles` / `2 de diciembre a las 11:04` / its text / `Ver en
    Facebook`)."""
    counted, blankless = _counted_rows(lines), blankless_page(lines)
    for i, line in enumerate(lines):
        if labels[i].kind == "embed" and (blankless or i + 1 == len(lines) or lines[i + 1].blank_before):
            _post_block_over(lines, labels, i, blankless)  # (the platform's link closing the block)
            continue
        if not _REACTIONS.match(line.text) and i not in counted:
            continue
        labels[i] = Label(FURNITURE, "embed")
        if i and (_REACTIONS.match(lines[i - 1].text) or i - 1 in counted):
            continue  # (the reactions split at their dots: the post was looked for from the first)
        _post_block_over(lines, labels, i, blankless)


def _post_block_over(lines: list[Line], labels: list[Label], i: int, blankless: bool) -> None:
    """The post pasted tight over line i, the platform's own: a block set apart under a paragraph, its author's name
    on its first line and its time on the next (on a page without blank lines, the nearest name over a time line
    above it, under a paragraph)."""
    if blankless:
        top = next((k - 1 for k in range(i - 2, max(1, i - T.EMBED_MAX_LINES - 1), -1)
                    if labels[k].kind in _STAMPS), 0)
    else:
        top = i - 1
        while top > 0 and not lines[top].blank_before and i - top <= T.EMBED_MAX_LINES:
            top -= 1
    if top < 1 or top + 2 >= i or not (blankless or lines[top].blank_before) \
            or lines[top].words > T.BARE_NAME_MAX_WORDS \
            or not (labels[top].cls == SHORT or labels[top].kind == "byline") \
            or labels[top + 1].kind not in _STAMPS or neighbour(labels, top, -1) not in (PROSE, NEAR) \
            or any(labels[j].cls not in TEXT_CLASSES for j in range(top + 2, i)):
        return
    for j in range(top, i):
        labels[j] = Label(FURNITURE, "embed")


def _posts_framed_in_block(lines: list[Line], labels: list[Label]) -> None:
    """A block set apart by blank lines that opens and closes with an embed's own lines (`View this post on
    LinkedIn` / `Name · Role` / the post's text / `1,284 reactions · 96 comments`): every line between them is the
    post, a paragraph's length though its text is. Where the story's paragraphs stand apart, none of them is pasted
    tight between a platform's lines; on a page without blank lines, the post is what stands between the platform's
    header (`View this post on …`: _VIEW_POST) and its reactions."""
    n, blankless = len(lines), blankless_page(lines)
    counted: set[int] | None = None  # (the rows of counts, found when a post's header asks for them)
    for inside in _gaps(_embeds(labels)):
        top, bottom = inside.start - 1, inside.stop
        if blankless:  # (no blocks to tell: the platform's header over it, its reactions under it)
            framed = _VIEW_POST.match(lines[top].text) is not None
            if framed and not _REACTIONS.match(lines[bottom].text):
                counted = _counted_rows(lines) if counted is None else counted
                framed = bottom in counted
        else:
            framed = lines[top].blank_before and not any(lines[k].blank_before for k in range(top + 1, bottom + 1)) \
                and (bottom + 1 == n or lines[bottom + 1].blank_before or labels[bottom + 1].kind == "embed")
        if framed:
            for j in inside:
                labels[j] = Label(FURNITURE, "embed")


# An embedded post's header line naming its platform (`View this post on LinkedIn`, `Ver esta publicación en
# Instagram`, `Diesen Beitrag auf Instagram ansehen`, `Voir cette publication sur Instagram`).
_VIEW_POST = re.compile(r"^(?:view|see|ver|voir|visualizza|bekijk)\b.{0,30}\b(?:on|en|sur|su|op|no)\s+\w+$"
                        r"|^(?:diesen|den) (?:beitrag|post) auf \w+ ansehen$", re.I)


# A post's own marks closing it: an emoji or a hashtag (a story's sentence naming `@NCCHighways` or `#TexelSchoon`
# ends in a full stop).
_POST_MARK = re.compile(r"(?:#\w+|[\U0001F300-\U0001FAFF\u2600-\u27BF\u20e3]\ufe0f?)\s*$")


def _posts_under_attribution(lines: list[Line], labels: list[Label]) -> None:
    """A post's text pasted under its embed's attribution (`Een bericht gedeeld door Natuurvrienden (@natuur)` /
    `Vanavond met 200 buren … Wij blijven meepraten! 🌳`): a line closed by a post's marks (an emoji, a hashtag),
    tight under it, is the post, not a paragraph of the story."""
    for i in range(len(lines) - 1):
        below = lines[i + 1]
        if labels[i].kind != "embed" or "(@" not in lines[i].text or below.blank_before \
                or labels[i + 1].cls not in TEXT_CLASSES or below.words > T.PROMPT_MAX_WORDS \
                or not _POST_MARK.search(below.text):
            continue
        labels[i + 1] = Label(FURNITURE, "embed")


# A post's counters: numbers each followed by a word or two (`124 Reposts  310 Likes`, `1,2 k J'aime`).
_COUNTERS = re.compile(r"^(?:[\d.,]+\s?[kKM]?\s+[^\W\d]+(?:\s[^\W\d]+)?\s*[·•|]?\s*){1,4}$")
# ... a post's buttons and counts one a line under it (`1.2K`, `Reply`, `Copy link`, `Read 86 replies`).
_POST_ACTION = re.compile(r"^(?:\d[\d.,]*\s?(?:[kKM]|χιλ\.|tis\.|tys\.)?|reply|repost|retweet|like|share|copy link"
                          r"|read (?:\d[\d.,]*\s?[kKM]? )?repl(?:y|ies)|see more on \w+|responder|répondre|antworten"
                          r"|rispondi|antwoorden|copiar enlace|copier le lien|link kopieren|copia link|copiar link"
                          r"|link kopiëren|απάντηση|αντιγραφή συνδέσμου|διαβάστε \d[\d.,]*\s?(?:χιλ\. )?απαντήσεις"
                          # (cs/sk/pl: `Odpovědět`, `Kopírovat odkaz`, `Přečíst 86 odpovědí`, `Przeczytaj 86 …`)
                          r"|odpovědět|odpovedať|odpowiedz|kopírovat odkaz|kopírovať odkaz|kopiuj link"
                          r"|(?:přečíst|prečítať|przeczytaj) \d[\d.,]*\s?(?:tis\. |tys\. )?"
                          r"(?:odpověd|odpoved|odpowied)\w*"
                          # (the thread under the post: `Leer 96 respuestas`, `Lire 96 réponses`, `96 Antworten lesen`)
                          r"|(?:leer|lire|leggi|ler|lees) (?:las |les |le |as |de )?\d[\d.,]*\s?[kKM]? (?:respuestas"
                          r"|réponses|risposte|respostas|reacties|antwoorden)|\d[\d.,]*\s?[kKM]? antworten lesen)$",
                          re.I)


def _embed_buttons(lines: list[Line], labels: list[Label]) -> None:
    """The button under a third party's consent notice (`Show content`, `Video abspielen`, `Afficher`): a few
    words without a sentence right below the notice belong to its box (on a page with blank lines between
    blocks, _take_boxes takes the whole block already)."""
    for i, label in enumerate(labels):
        if label.kind != "embed notice" or i + 1 >= len(lines):
            continue
        below = lines[i + 1]
        if labels[i + 1].cls == SHORT and below.words <= T.LABEL_MAX_WORDS and not below.sentence \
                and not below.blank_before:
            labels[i + 1] = Label(FURNITURE, "box item")


# A line closing a box by the box's name (`Ende der weiteren Informationen` under `Weitere Informationen`, `End of
# key facts`, `Fin de l'encadré`, `Fine del box`): pages read aloud mark where a box ends.
_BOX_END = re.compile(r"^(?:ende|end|fin|fine|einde)\s+"
                      r"(?:der|des|of(?: the)?|de(?: la| l['’])?|du|della|del|van(?: de| het)?)"
                      r"\s+(?P<what>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,3})$", re.I)


def _stems(text: str) -> set[str]:
    return {word[:5] for word in re.findall(r"[^\W\d_]{5,}", text.lower())}


def _closed_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A block pasted tight from a short label to a line that closes it by the label's words (`Weitere Informationen`
    / a heading / sentences / `Ende der weiteren Informationen`) is one box, sentences and all: the page says so."""
    for j, line in enumerate(lines):
        if not (m := _BOX_END.match(line.text)) or (j + 1 < len(lines) and not lines[j + 1].blank_before):
            continue
        i = j
        while i > 0 and not lines[i].blank_before and j - i <= T.BOX_MAX_LINES:
            i -= 1
        head = _stems(lines[i].text)
        label = lines[i]
        if i < j - 1 and label.blank_before and label.words <= T.FACT_BOX_LABEL_MAX_WORDS and not label.sentence \
                and head and head <= _stems(m["what"]):
            for k in range(i, j + 1):
                labels[k] = Label(FURNITURE, "fact box")


def _fact_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A fact box between paragraphs (`Repères` / `Chronologie` / `Key facts` over a few lines): on a page whose
    paragraphs stand apart, a label line (a few words, no sentence, no colon: not a list's lead-in) with two
    lines or more pasted tight under it, none of them a marked list item or a lead-in closed by a colon, and the
    story's prose going on below the block. A subheading is followed by one paragraph, and the story's own list
    is marked or introduced by a lead-in (`Who is eligible` / `The service covers:` / items). One line tight
    under the label makes a box too on a page whose subheadings all stand apart from their paragraphs."""
    if not spaced_page(lines):
        return
    n = len(lines)
    heads: list[int] | None = None  # the page's subheadings, found when a label with one line under it needs them
    for i, label in enumerate(labels):
        line = lines[i]
        if label.cls != SHORT or line.sentence or line.words > T.OVERVIEW_BOX_LABEL_MAX_WORDS \
                or (line.words > T.FIGURES_BOX_LABEL_MAX_WORDS and not F.OVERVIEW_HEADING.search(line.text)) \
                or line.text.endswith(":") or not line.blank_before or neighbour(labels, i, -1) not in (PROSE, NEAR) \
                or (labels[i - 1].cls in (PROSE, NEAR) and lines[i - 1].text.endswith(":")):
            continue  # (a line under a lead-in closed by a colon is the first item of the story's list)
        j = i + 1
        # (a button may close the block: `Abo-Angebot` / its pitch / `Angebot ansehen`)
        while j < n and not lines[j].blank_before \
                and (labels[j].cls in TEXT_CLASSES or _dated_figure(lines, labels, j)
                     or (labels[j].kind == "control" and (j + 1 == n or lines[j + 1].blank_before))) \
                and not LIST_ITEM.match(lines[j].text) and not lines[j].text.endswith(":") and j - i <= T.BOX_MAX_LINES:
            j += 1
        if j - i - 1 == 1 and heads is None:
            heads = _spaced_subheadings(lines, labels)
        single = j - i - 1 == 1 and j < n and any(h != i for h in heads or ()) \
            and all(h == i or lines[h + 1].blank_before for h in heads or ())
        if j >= n or not lines[j].blank_before or (j - i - 1 < T.FACT_BOX_MIN_LINES and not single):
            continue
        figures = _figures(lines, i + 1, j) or F.OVERVIEW_HEADING.search(line.text) is not None  # (or an overview)
        if labels[j].cls != PROSE and not ((figures or single) and _subheading(lines, labels, j)) \
                and not (figures and _headed_paragraph(lines, labels, j)):
            continue  # (the story goes on below the box, or, under a box of figures, its next subheading does)
        if not (figures or (line.words <= T.FACT_BOX_LABEL_MAX_WORDS and any(lines[k].sentence
                                                                           for k in range(i + 1, j)))):
            continue  # (a box states facts in sentences: `Host: Jane Doe` / `Producer: …` are a show's credits)
        for k in range(i, j):
            labels[k] = Label(FURNITURE, "fact box")


def _sourced_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A box of figures or facts closed by its source line (`KEY FIGURES` / `11.4%` / `Average increase in …` / … /
    `Source: Harrowgate Land Analytics`): on a page whose paragraphs stand apart, a label set apart under the story's
    prose, up to T.SOURCED_BOX_MAX_LINES short lines pasted tight under it down to the source line, and the story going
    on under the blank line below. A story's paragraph does not close on a source line pasted under it; a box does,
    however many rows it has (_fact_boxes reads shorter boxes by their rows' shape)."""
    if not spaced_page(lines):
        return
    n = len(lines)
    for i, label in enumerate(labels):
        if label.cls not in (SHORT, NEAR) or lines[i].sentence or lines[i].words > T.OVERVIEW_BOX_LABEL_MAX_WORDS \
                or not lines[i].blank_before or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue
        j = i + 1
        while j < n and not lines[j].blank_before and j - i <= T.SOURCED_BOX_MAX_LINES \
                and lines[j].words <= T.FACT_LINE_MAX_WORDS and not SOURCE_LABEL.match(lines[j].text):
            j += 1
        if j >= n or j - i - 1 < T.FACT_BOX_MIN_LINES or lines[j].blank_before \
                or not SOURCE_LABEL.match(lines[j].text) \
                or (lines[j].sentence and lines[j].words > T.LABEL_MAX_WORDS * 2):
            continue
        below = j + 1
        if below < n and lines[below].blank_before \
                and (labels[below].cls == PROSE or _headed_paragraph(lines, labels, below)):
            for k in range(i, j + 1):
                labels[k] = Label(FURNITURE, "fact box")



# A note closed by its source (`Figures exclude the rate peg and waste charges. Source: Mundarra Shire Council`).
_SOURCE_END = re.compile(r"(?:^|[.;]\s+)(?:sources?|quellen?|fuentes?|fontes?|fonti|bron(?:nen)?|källa|kilde|lähde"
                         r"|źródło|zdroj|sursa|izvor|πηγή)\s?:\s?[^.:]{2,80}\.?$", re.I)


def _source_notes_under_boxes(lines: list[Line], labels: list[Label]) -> None:
    """The note pasted tight under a box of facts or figures that closes on the box's source (`Figures exclude the
    rate peg, water, sewer and waste charges. Source: Mundarra Shire Council`): the box's, a sentence though it is.
    A story's paragraph does not close on a source label."""
    for i in range(1, len(lines)):
        if labels[i - 1].kind in ("fact box", "table") and labels[i].cls in (SHORT, NEAR, PROSE) \
                and not lines[i].blank_before and lines[i].words <= T.FACT_LINE_MAX_WORDS \
                and _SOURCE_END.search(lines[i].text):
            labels[i] = Label(FURNITURE, labels[i - 1].kind)


# A service box's heading: advice (`What to do in a flood`, `How to stay safe`, `Safety tips`, `Was tun bei
# Hochwasser`, `So schützen Sie sich …`, `Que faire en cas d'…`, `Comment se protéger`, `Qué hacer en caso de …`,
# `Cosa fare in caso di …`, `O que fazer em caso de …`, `Wat te doen bij …`, `Jak se bránit …`, `Så skyddar du dig`),
# the visit's practical details (`En pratique`, `Infos pratiques`, `Practical information`, `If you go`), a label
# `Info:` with its topic (`Info: So schützen Sie sich vor unseriösen Handwerkern`), or a term to explain (`Ce este
# levotiroxina`).
_SERVICE_HEADING = re.compile(
    r"^(?:what (?:to|you can|you should) do(?: (?:if|in|when|during|before|after)\b.*)?"
    r"|how to (?:stay|keep|protect|prepare)\b.*|(?:safety |our )?tips(?: for\b.*)?"
    r"|was (?:sie )?tun(?: bei\b.*)?|so schützen sie sich\b.*|que faire(?: en cas d\b.*)?|comment se protéger\b.*"
    r"|qué hacer(?: en caso de\b.*)?|cómo protegerse\b.*|cosa fare(?: in caso di\b.*)?|come difendersi\b.*"
    r"|o que fazer(?: em caso de\b.*)?|como se proteger\b.*|wat te doen(?: bij\b.*)?|hoe bescherm je (?:jezelf|je)\b.*"
    r"|jak se (?:bránit|chránit)\b.*|jak się (?:chronić|bronić)\b.*|så skyddar du dig\b.*|slik beskytter du deg\b.*"
    r"|sådan beskytter du dig\b.*"
    r"|en pratique|infos? pratiques?|practical information|if you go|praktische (?:infos?|informationen)"
    r"|info(?:rmazioni)? utili|informazioni pratiche|informações úteis|información práctica|datos útiles"
    r"|praktisk information|info\s?:\s.{3,80}"
    # (a term explained: `Ce este levotiroxina`, `What is a heat dome?`, `Was ist …`, `Qu'est-ce que …`)
    r"|(?:what is|what are|was ist|was sind|qu['’]est-ce que?|qué es|qué son|cos['’]è|cosa sono|o que é|o que são"
    r"|wat is|wat zijn|ce este|ce sunt|co to jest|co je|vad är|hva er|hvad er|mikä on|mitä ovat|τι είναι)"
    r"\s[^.!:]{2,60})\s?[:?]?$", re.I)
# A visit's practical line: its dates (`21.11.2026–14.3.2027`), its hours (`ti–su klo 11–17`, `10–18 Uhr`) or its
# prices (`Liput 12 €`, `£8`, `25 fr.`).
_PRACTICAL = re.compile(r"\d{1,2}(?:[.:]\d{1,2})*\.?\s?[–-]\s?\d{1,2}|[€$£]\s?\d|\d\s?(?:€|euros?|kr|zł|fr\.|chf)"
                        r"|\b(?:klo|uhr|kl\.)\s?\d", re.I)


def _service_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A service box closing the story (`What to do in a flood` / `Move to higher ground early.` / …, `Info: So
    schützen Sie sich …` / a paragraph of advice, `En pratique` / the venue, dates and prices): its heading under the
    story's last paragraph, up to T.SERVICE_BOX_MAX_ITEMS lines under it, none longer than a box's paragraph, and the
    story's end right under them (a STOP line, the writer's bio or tags, or the closing byline `Autor: …`). The site's
    box, not the story's; a heading of that shape over the story's next paragraphs is its subheading, and lines under
    it closing the page's text with nothing to end the story, the story's own."""
    n = len(lines)
    for i, line in enumerate(lines):
        if labels[i].cls not in (SHORT, FURNITURE) or (labels[i].cls == FURNITURE and labels[i].kind != "prompt") \
                or neighbour(labels, i, -1) != PROSE:
            continue
        j = _box_lines_under(lines, labels, i, T.SERVICE_BOX_MAX_ITEMS)
        # (or any heading over the visit's practical lines only, two or more: the exhibition's title over its place and
        # dates, hours and prices)
        if not _SERVICE_HEADING.match(line.text) and not (labels[i].cls == SHORT and j - i > 2 and all(
                _PRACTICAL.search(lines[k].text) for k in range(i + 1, j))):
            continue
        end = j
        while end < n and labels[end].cls == FURNITURE:
            end += 1
        if j == i + 1 or j - i > T.SERVICE_BOX_MAX_ITEMS or end >= n \
                or not (labels[end].cls == STOP or labels[end] == Label(META, "byline")) \
                or any(reported_speech(lines[k].text) for k in range(i + 1, j)):
            continue  # (a paragraph reporting someone's words, `…, diz Cavalcanti`: the story's own, under its heading)
        for k in range(i, j):
            labels[k] = Label(FURNITURE, "fact box")


def _box_lines_under(lines: list[Line], labels: list[Label], i: int, most: int) -> int:
    """The end of the box's lines under its heading at i: up to `most` lines of text, none longer than a box's
    paragraph (T.SERVICE_ITEM_MAX_WORDS)."""
    j = i + 1
    while j < len(lines) and j - i <= most and labels[j].cls in TEXT_CLASSES \
            and lines[j].words <= T.SERVICE_ITEM_MAX_WORDS:
        j += 1
    return j


def _help_box_text(lines: list[Line], labels: list[Label]) -> None:
    """The text under a help box's heading (`Hulp nodig?` / `Wie zich zorgen maakt …, kan … bellen met de Dementie
    Hulplijn (0800-0234)`): up to T.HELP_BOX_MAX_LINES lines of a box's length right under it, one of them giving the
    helpline's number. The site's service, whatever the trouble it names."""
    for i, label in enumerate(labels):
        if label.kind != "help box" or lines[i].words > T.LABEL_MAX_WORDS:
            continue
        j = _box_lines_under(lines, labels, i, T.HELP_BOX_MAX_LINES)
        if any(house.phone(lines[k].text) for k in range(i + 1, j)):
            for k in range(i + 1, j):
                labels[k] = Label(FURNITURE, "help box")


def _tight_sourced_boxes(lines: list[Line], labels: list[Label]) -> None:
    """_sourced_boxes on a page without blank lines: a figures box's heading (`EN CHIFFRES`, `In numbers`, `Key
    figures`, `I numeri del distretto`, `Las claves de la negociación`) under the story's prose, its rows pasted under
    it (figures and their short descriptions, no paragraph) down to its source line within T.SOURCED_BOX_MAX_LINES,
    or, with no source line, its rows each a key and its value."""
    if not blankless_page(lines):
        return
    n = len(lines)
    for i, label in enumerate(labels):
        if label.cls not in (SHORT, NEAR) or lines[i].sentence or lines[i].words > T.OVERVIEW_BOX_LABEL_MAX_WORDS \
                or not F.OVERVIEW_HEADING.search(lines[i].text) or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue
        j = next((k for k in range(i + 1, min(n, i + 2 + T.SOURCED_BOX_MAX_LINES))
                  if SOURCE_LABEL.match(lines[k].text) or labels[k].cls == STOP
                  or lines[k].words > T.FACT_LINE_MAX_WORDS), None)
        if j is not None and j - i - 1 >= T.FACT_BOX_MIN_LINES and SOURCE_LABEL.match(lines[j].text) \
                and lines[j].words <= T.LABEL_MAX_WORDS * 2:
            end = j + 1
        elif _KEYS_HEADING.match(lines[i].text):
            # (no source line: under the keys' heading, its rows each a key and its value, bulleted perhaps, `• Oferta
            # de la empresa: …`; a story's own list under `Die wichtigsten Änderungen im Überblick` is its own)
            end = i + 1
            while end < n and end - i <= T.SOURCED_BOX_MAX_LINES and lines[end].words <= T.FACT_LINE_MAX_WORDS \
                    and _DATA_ROW.match(lines[end].text.lstrip("•·▪-– ")) and labels[end].cls != STOP:
                end += 1
            if end - i - 1 < T.FACT_BOX_MIN_LINES:
                continue
        else:
            continue
        for k in range(i, end):
            labels[k] = Label(FURNITURE, "fact box")


# A box's heading naming the story's keys (`Las claves de la negociación`, `Les clés du dossier`, `I punti chiave`,
# `Os pontos-chave`, `Key points`).
_KEYS_HEADING = re.compile(r"^(?:las claves|les clés|i punti chiave|os pontos-chave|key points)\b", re.I)

_TIMELINE_WORDS = (r"timeline|chronology|key dates|tijdlijn|chronologie|zeitleiste|zeitstrahl|chronik|cronología"
                   r"|cronologia|chronologia|tidslinje|tidslinjen")
# A fact box's label alone on its line (`FAKTA`, `Key facts:`, `Die Fakten`, `Les faits`, `Datos clave`, `I fatti`,
# `Os factos`, `De feiten`, `FAKTAA`), in en/sv/no/da/de/fr/es/it/pt/nl/pl/fi: the box's topic, if any, is its next
# line.
_FACT_LABEL_ALONE = re.compile(r"^(?:(?:the )?(?:key|quick|fast) facts|facts|fact ?box|fakta|faktaa|faktat|faktaruta"
                               r"|faktaboks"
                               r"|faktarute|faktalaatikko|(?:die )?fakten|repères"
                               r"|die wichtigsten fakten|(?:les )?faits(?: clés| essentiels)?"
                               r"|(?:los )?datos clave|(?:i )?fatti(?: chiave)?"
                               r"|(?:os )?(?:fatos|factos)(?: essenciais)?|(?:de )?feiten|fakty"
                               r"|ficha técnica|(?:la )?fiche technique"
                               # (a timeline's label: its items open on their dates, _figure_item)
                               r"|" + _TIMELINE_WORDS + r")\s?:?$", re.I)
# A timeline's label alone (its part of _FACT_LABEL_ALONE).
_TIMELINE_LABEL = re.compile(r"^(?:" + _TIMELINE_WORDS + r")\s?:?$", re.I)
# A match report's facts box, its label alone (`Match facts`, `Ficha del partido`, `Fiche du match`, `Il tabellino`,
# `Ficha do jogo`/`Ficha de jogo`, `Die Aufstellungen`, `Opstellingen`, `Matchfakta`, the River Plate's `Síntesis`):
# the line-ups, scorers, referee and ground, as data lines (`Golos: …`, `Árbitro: …`) or sentences.
_MATCH_SHEET_LABEL = re.compile(r"^(?:match (?:facts|details|sheet)|(?:team )?line-?ups|ficha del partido"
                                r"|alineaciones|(?:la )?fiche (?:du match|de match)|(?:il )?tabellino"
                                r"|ficha d[oe] jogo|(?:die )?aufstellungen|spieldaten|opstellingen"
                                r"|wedstrijdgegevens|matchfakta|kampfakta|s[ií]ntesis|formaciones)\s?:?$", re.I)
# A data row of a fact box or a match sheet: a key of a few words, its colon, the value (`Golos: Silva (12')`,
# `Árbitro: X`, `Ausgefallene Fahrten seit Oktober: 61`).
_DATA_ROW = re.compile(r"^[^\s:.!?]+(?: [^\s:.!?]+){0,4}\s?:\s+\S")


def _labelled_fact_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A fact box opened by its labelled topic (`Fakta: Elbussar i Umeå`) with its lines pasted tight under it
    (full sentences, a `Källa:` source line), on a page whose blocks stand apart, below a paragraph of the story:
    one block, the box's; a story's paragraph does not open with the word for facts and a colon. The label alone
    (`FAKTA` / `Så räcker vattnet` / sentences) opens a box too, below the story or over its next paragraph. (Where
    the page's menus stand one entry a line, the story around the box is spaced: _spaced_around.)"""
    spaced = spaced_page(lines)
    n = len(lines)
    for i, line in enumerate(lines):
        if line.words > T.HEADLINE_MAX_WORDS or not line.blank_before or labels[i].cls == STOP:
            continue
        sheet = line.words <= T.FACT_BOX_LABEL_MAX_WORDS and _MATCH_SHEET_LABEL.match(line.text) is not None
        alone = sheet or (line.words <= T.FACT_BOX_LABEL_MAX_WORDS and _FACT_LABEL_ALONE.match(line.text) is not None)
        # (a heading in the box's own words over data rows, `Sådan er anlægget skruet sammen` / `Effekt: 14 MW` / …)
        # (a lead-in closed by its colon, `Korvo has released only provisional figures so far:`, opens the story's list)
        # (the list's own first row is no heading: `Battery: 82kWh …` / `Payload: 1,000kg …`)
        fact = F.FACT_LABEL.match(line.text) is not None
        headed = not alone and not fact and labels[i].cls == SHORT and not line.sentence \
            and not line.text.endswith(":") and not _DATA_ROW.match(line.text)
        if not (alone or headed or fact):
            continue
        # (the label with its topic may stand apart over its block, `FAKTA: Ferjesambandet` / `Overfartstid: 20
        # minutter` / … / `Kilde: Fylkeskommunen`: then the block's source line closes it, or its rows are each a key
        # and its sentence, `ENTENDA: …` / `Como funciona: …` / `Quem pode doar: …`)
        gap = not alone and i + 1 < n and lines[i + 1].blank_before
        j = i + 1 + gap
        while j < n and not lines[j].blank_before and labels[j].cls != STOP and j - i <= T.BOX_MAX_LINES:
            j += 1
        if j - i - 1 < T.FACT_BOX_MIN_LINES or (j < n and not lines[j].blank_before) \
                or not (spaced or _spaced_around(lines, i, j)) \
                or (gap and not (_box_source(lines, j - 1) or (fact and _data_rows(lines, i + 1, j)))):
            continue
        if _text_above(labels, i) not in (PROSE, NEAR) and not (alone and j < n and labels[j].cls == PROSE):
            continue  # (below a paragraph of the story, or, the label alone, over the story's next paragraph)
        # (data lines under the word for facts, `Fakten` / `Baltrum: rund 500 Einwohner` / …, every one of them; a
        # name after every colon makes a list of credits, `Ficha técnica` / `Produção: Bruno Lacerda`, which ends
        # a podcast's page as the story's own part)
        if headed and (_TIMELINE_LABEL.match(line.text) or not _data_box(lines, i, j)):
            continue
        if alone and not _data_rows(lines, i, j) and not any(
                lines[k].sentence or (sheet and _DATA_ROW.match(lines[k].text)) for k in range(i + 1, j)):
            continue  # (a box states facts in sentences, a match sheet in data lines; a label alone over a list of
            # links is no fact box)
        for k in range(i, j):
            labels[k] = Label(FURNITURE, "fact box")


def _text_above(labels: list[Label], i: int) -> str | None:
    """The class of the nearest line above i that is neither furniture nor a photo's caption or credit (a photo set
    between the story's paragraph and a box under it)."""
    k = i - 1
    while k >= 0 and (labels[k].cls == FURNITURE or labels[k].kind in ("caption", "credit")):
        k -= 1
    return labels[k].cls if k >= 0 else None


def _data_rows(lines: list[Line], i: int, j: int) -> bool:
    """Lines i+1..j-1 are each a key and its value, not every value a name (a list of credits, `Ficha técnica` /
    `Produção: Bruno Lacerda`, ends a podcast's page as the story's own part), under no timeline's label."""
    rows = range(i + 1, j)
    return not _TIMELINE_LABEL.match(lines[i].text) and all(_DATA_ROW.match(lines[k].text) for k in rows) \
        and not all(person(lines[k].text.partition(":")[2].strip()) for k in rows)


def _data_box(lines: list[Line], i: int, j: int) -> bool:
    """Lines i+1..j-1 under a heading at line i are a box of data rows (`Effekt: 14 MW …` / `Kølemiddel: Ammoniak
    (R717)` / `Samlet investering: 142 mio. kr.`): T.DATA_BOX_MIN_ROWS or more, each a key and its value (not every
    value a name: a list of credits), two or more with a figure, one at most closed by a full stop (an abbreviation's:
    `kr.`); a story's list under its subheading goes on in sentences (`30-year fixed: 5.91%, down from 6.08% last
    week.`), or by days (`Monday: 14 lorries in`)."""
    rows = range(i + 1, j)
    return len(rows) >= T.DATA_BOX_MIN_ROWS and _data_rows(lines, i, j) \
        and sum(_figure_row(lines[k]) for k in rows) >= 2 \
        and sum(lines[k].text.endswith(".") for k in rows) <= 1 \
        and not any(names_a_day(lines[k].text.partition(":")[0]) for k in rows)


def _tight_data_boxes(lines: list[Line], labels: list[Label]) -> None:
    """On a page whose blank lines tell nothing, a heading under a paragraph of the story over data rows
    (`Sådan er anlægget skruet sammen` / `Effekt: 14 MW …` / `Kølemiddel: Ammoniak (R717)` / …), the story going on
    under the last row: the box _labelled_fact_boxes reads from its blank lines (_data_box)."""
    if not blankless_page(lines):
        return
    n = len(lines)
    for i in range(1, n - 1):
        if labels[i].cls != SHORT or lines[i].sentence or labels[i - 1].cls != PROSE or _DATA_ROW.match(lines[i].text):
            continue
        j = i + 1
        while j < n and j - i <= T.BOX_MAX_LINES and lines[j].words <= T.FACT_LINE_MAX_WORDS \
                and _DATA_ROW.match(lines[j].text) and labels[j].cls in (*TEXT_CLASSES, FURNITURE):
            j += 1
        if j < n and labels[j].cls in TEXT_CLASSES and _data_box(lines, i, j):
            for k in range(i, j):
                labels[k] = Label(FURNITURE, "fact box")


def _spaced_fact_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A fact box whose label names its topic (`FAKTA: Skolestrukturen i Herøy`) under a paragraph of the story, over
    short sentences each set a blank line apart as every block of the page is (`Tre barneskoler i dag: …` / `Til
    sammen 212 elever …`): the tight box's rule (_labelled_fact_boxes) sees no lines under the label. The box's
    facts (and their source, `Källa: X`) run to the story's next paragraph, a longer one (over T.FACT_LINE_MAX_WORDS
    words), or to furniture; a label with its topic is no subheading (a story's part is not headed by the word for
    facts and a colon), and the link rule's reading of it as a label over a headline (_links_between_paragraphs) gives
    way. So does a Nordic label alone in capitals (`FAKTA`), whose box the story's next subheading may close."""
    n = len(lines)
    for i, line in enumerate(lines):
        capitals = _FAKTA_CAPITALS.match(line.text) is not None
        if not (labels[i].cls == SHORT or labels[i].kind == "related item") or line.sentence \
                or not line.blank_before or not (capitals or F.FACT_LABEL.match(line.text)) \
                or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue
        j = i + 1
        while j < n and j - i <= T.BOX_MAX_LINES and _spaced_fact(lines, labels, j):
            j += 1
        facts = j - i - 1
        if facts and _box_source(lines, j):
            j += 1  # the box's source under its facts (`Källa: Orust kommun`)
        longer = j < n and labels[j].cls == PROSE and lines[j].words > T.FACT_LINE_MAX_WORDS
        # (under the label alone in capitals, the story's next part may close the box: its subheading over a paragraph)
        if facts >= T.FACT_BOX_MIN_LINES and j < n and (labels[j].cls in (FURNITURE, STOP) or longer
                                                        or (capitals and _subheading(lines, labels, j))):
            for k in range(i, j):
                labels[k] = Label(FURNITURE, "fact box")


# A Nordic paper's fact box label alone, in capitals (`FAKTA`, `FAKTAA`, `FAKTABOKS`): a box's, never a story's part
# (a label alone in a story's case, `Les faits`, heads a court report's part as often).
_FAKTA_CAPITALS = re.compile(r"^(?:FAKTA|FAKTAA|FAKTAT|FAKTABOKS|FAKTARUTA|FAKTARUTE)$")
# A box's own name elsewhere (`Repères`, `Fact box`, `Datos clave`), in capitals: it heads a box of sentences as `FAKTA`
# does, unless they open on figures (`Repères` / `12 kilomètres : la longueur de la ligne, …`, a story's list).
_BOX_NAME_CAPITALS = re.compile(r"^(?:REPÈRES|FACT ?BOX|(?:THE )?(?:KEY|QUICK|FAST) FACTS|(?:LOS )?DATOS CLAVE"
                                r"|(?:I )?FATTI CHIAVE|DIE WICHTIGSTEN FAKTEN|(?:LES )?FAITS CLÉS)$")


def _names_a_box(lines: list[Line], i: int) -> bool:
    """Line i is a Nordic fact label (`FAKTA`, `Fakta: Så fungerar det`), or a box's own name (`Repères`) over a line
    that opens on no figure."""
    name = lines[i].text.partition(":")[0].strip().upper()
    return _FAKTA_CAPITALS.match(name) is not None or (_BOX_NAME_CAPITALS.match(name) is not None
                                                       and i + 1 < len(lines) and not lines[i + 1].text[:1].isdigit())


def _box_source(lines: list[Line], j: int) -> bool:
    """Line j is a box's source line under its facts (`Källa: Umeå kommun`, `Quelle: Stadtwerke`), no sentence."""
    return j < len(lines) and SOURCE_LABEL.match(lines[j].text) is not None and not lines[j].sentence


def _spaced_fact(lines: list[Line], labels: list[Label], j: int) -> bool:
    """A box's fact set a blank line apart: a short sentence; over the box's source line (`Source: X`, which the
    credit rules read as a chart's), the caption they made of it."""
    line = lines[j]
    return line.blank_before and line.sentence and line.words <= T.FACT_LINE_MAX_WORDS \
        and (labels[j].cls in (PROSE, NEAR) or (labels[j].kind == "caption" and j + 1 < len(lines)
                                                 and SOURCE_LABEL.match(lines[j + 1].text) is not None))


# A data line of a box pasted a block a line: a few words and a colon, then the data (`Goles: 1-0, min. 23: X`,
# `2 - CD Ribera: Otxoa; Lasa, …`, `Árbitro: X (Comité Madrileño).`).
_SHEET_LINE = re.compile(r"^[^:.!?]{1,40}:\s+\S")


def _spaced_sheets(lines: list[Line], labels: list[Label]) -> None:
    """A match sheet or a fact box whose label stands alone under a paragraph of the story (`Ficha técnica`, `Il
    tabellino`, `Match facts`) over its data lines set a blank line apart, as every block of the page is (`Goles: …`
    / `Árbitro: …` / `Estadio: …`): the tight box's rule (_labelled_fact_boxes) sees no lines under the label. A line
    naming a date before its colon is a timeline's item, which may be the story's own (`3 March: the vote`); a
    paragraph right under the box leaves it as it stands (a podcast's credits under `Ficha técnica`, then a prompt to
    read the transcript: a short run the story's end already leaves out), unless the page shows no blocks at all
    (blankless_page: pasted without blank lines, the story's next paragraph is all that closes the box)."""
    blankless = blankless_page(lines)
    for i, line in enumerate(lines):
        if line.words > T.FACT_BOX_LABEL_MAX_WORDS or labels[i].cls in (FURNITURE, STOP) \
                or not (_MATCH_SHEET_LABEL.match(line.text) or _FACT_LABEL_ALONE.match(line.text)) \
                or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue
        j = i + 1
        while j < len(lines) and j - i <= T.BOX_MAX_LINES and labels[j].cls != STOP \
                and (m := _SHEET_LINE.match(lines[j].text)) and not looks_like_date(m.group()):
            j += 1
        if j - i - 1 >= T.SPACED_SHEET_MIN_LINES and (j == len(lines) or labels[j].cls != PROSE or blankless):
            for k in range(i, j):
                labels[k] = Label(FURNITURE, "fact box")


def _tight_fact_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A fact box on a page pasted without blank lines (`FAKTA: Havvind i Esbjerg` / short sentences / `Annonce`):
    its label with its topic (no sentence: a fact check's `Fakta: Esbjerg ligger …` is its verdict) under the
    story's prose, then up to T.BOX_MAX_LINES short sentences closed by furniture (the ad slot or a link set under
    the box), or by its source line (`Källa: Umeå kommun`, the box's own). Without blank lines only they show
    where the box ends. (A label alone, `Les faits`, heads a court report's part as often.) A label alone, or an
    overview's heading (`EN CIFRAS`), heads a box of figures (`REPÈRES` / `108 000 hectares : …` / …: short lines
    opening with a figure, _figure_item), which the story's next paragraph closes. So too on a page with a blank
    line between every two lines (blankless_page)."""
    if not blankless_page(lines):
        return
    n = len(lines)
    for i, line in enumerate(lines):
        # (the reader's question as the heading, `Lo que debes saber:`, heads data rows with figures: F.KNOW_HEADING)
        asked = line.text.endswith(":") and F.KNOW_HEADING.match(line.text) is not None
        if line.words > T.HEADLINE_MAX_WORDS or (line.sentence and not asked):
            continue
        # (an overview's heading may name its topic, `Die neue Brücke in Zahlen`; `FAKTA: Havnen i tal` heads sentences)
        overview = line.words <= T.OVERVIEW_BOX_LABEL_MAX_WORDS and F.OVERVIEW_HEADING.search(line.text) is not None \
            and not F.FACT_LABEL.match(line.text)
        sheet = line.words <= T.FACT_BOX_LABEL_MAX_WORDS and _MATCH_SHEET_LABEL.match(line.text) is not None
        alone = overview or asked or sheet or (line.words <= T.FACT_BOX_LABEL_MAX_WORDS
                                               and _FACT_LABEL_ALONE.match(line.text) is not None)
        if not (alone or F.FACT_LABEL.match(line.text)) or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue  # (the label first: a neighbour is a scan)
        # (a label alone over its topic, `FAKTA` / `Det nye svømmecenter`, heads sentences as `FAKTA: topic` does,
        # closed by its source line: a part title over its subheading, `Timeline` / `How the row unfolded`, heads the
        # story's sentences)
        topic = alone and i + 2 < n and not lines[i + 1].sentence and not _figure_item(lines[i + 1]) \
            and lines[i + 2].sentence
        # (a Nordic fact label, `FAKTA`, `Fakta: Så fungerar det`, `Faktaboks`, heads a box of sentences even alone,
        # `FAKTA` / `Thyborøn Havn landede …`, which the story's subheading may close: _story_below_box)
        nordic = _names_a_box(lines, i)
        said = alone and not topic and nordic and i + 1 < n and not _figure_item(lines[i + 1])
        figures = alone and not topic and not said
        shape = (figures, overview, asked, not alone, sheet)
        j = _box_rows(lines, labels, i, i + 1 + topic, shape)
        # (or by its source line, `Källa: Umeå kommun`, the box's last; under a label alone, by the story's next
        # paragraph)
        sourced = _box_source(lines, j)
        if not sourced and not figures and _box_source(lines, longer := _box_rows(lines, labels, i, j, shape, True)):
            j, sourced = longer, True  # (rows of two short sentences, which only the box's source line closes)
        # (figures closed by the story's next paragraph, or by its subheading over it: `Growers want assurances`;
        # data rows only by the paragraph: a heading under them may head a press release's `About us` below)
        rows = any(not _figure_item(lines[k]) for k in range(i + 1 + topic, j))
        closed = sourced or (j < n and not topic and (labels[j].cls in (FURNITURE, STOP) or (figures and (
            labels[j].cls == PROSE or (not rows and labels[j].cls == SHORT and j + 1 < n
                                       and labels[j + 1].cls == PROSE)))))
        # (a label with its topic over its sentences, `FAKTA: Skolestrukturen i Herøy` or `FAKTAA` / `Saunaseura
        # Tuomi`: the story's next paragraph closes it too)
        # (a timeline's label over a part title heads the story's own sentences: `Timeline` / `How the row unfolded`)
        # (data rows under the label with its topic, `Overfartstid: 20 minutter`: its source line or furniture
        # closes them, not a paragraph, which may be a correction note set under the box)
        loose = not alone and any(not _tight_box_row(lines[k], labels[k], False, False) for k in range(i + 1, j))
        facts = (not alone and not loose) or said or (topic and not _TIMELINE_LABEL.match(line.text))
        closed = closed or (facts and _story_below_box(lines, labels, j, nordic))
        j += sourced
        if j - i - 1 >= T.FACT_BOX_MIN_LINES and closed:
            for k in range(i, j):
                labels[k] = Label(FURNITURE, "fact box")


def _tight_key_points(lines: list[Line], labels: list[Label]) -> None:
    """A key-points box over the story on a page pasted without blank lines (`Key Takeaways` / `Die wichtigsten
    Punkte` / `L'essentiel`, F's summary box label, under the header's lines, not a paragraph): its points are the short
    one-sentence lines under it (T.SUMMARY_ITEM_MAX_WORDS), two to T.SUMMARY_MAX_POINTS of them, down to the story's
    first paragraph, longer than each point, or to a line of another kind (the lead photo's credit, an ad). A
    paragraph under the points no longer than one of them is the story's, and so the points are. A label F does not
    know heads them when every point is bulleted (`Need to know` / `• About 60 crew walked off …` / …)."""
    if not blankless_page(lines):
        return
    for i, label in enumerate(labels):
        # (a short label of a few words, no sentence, over a bulleted line)
        bulleted = label.cls == SHORT and not lines[i].sentence and lines[i].words <= T.LABEL_MAX_WORDS \
            and i + 1 < len(lines) and _BULLETED.match(lines[i + 1].text) is not None
        if (label.kind != "summary box" and not bulleted) or neighbour(labels, i, -1) in (PROSE, NEAR):
            continue  # (under the header's lines, not under a paragraph of the story)
        j = i + 1
        while j < len(lines) and j - i <= T.SUMMARY_MAX_POINTS and labels[j].cls in (PROSE, NEAR) \
                and lines[j].words <= T.SUMMARY_ITEM_MAX_WORDS and not TWO_SENTENCES.search(lines[j].text) \
                and (not bulleted or _BULLETED.match(lines[j].text)):
            j += 1
        points = range(i + 1, j)
        if len(points) >= 2 and j < len(lines) \
                and (labels[j].cls not in (PROSE, NEAR) or all(lines[j].words > lines[k].words for k in points)):
            for k in points:
                labels[k] = Label(FURNITURE, "box item")
            if bulleted:
                labels[i] = Label(FURNITURE, "summary box")


def _quote_over_stamp(lines: list[Line], labels: list[Label]) -> None:
    """A share's quote set into the story, closed by its data stamp (`Vaayu Mobility Ltd` / `NSE: VAAYU` / `₹418.60` /
    `52W High ₹455.00` / `As on 12 Feb 2027, 03:30 PM IST`): the short lines over the stamp, up to the paragraph
    above, are the quote's (a subheading stands over a paragraph, not over a stamp)."""
    for i, line in enumerate(lines):
        if labels[i].kind != "ticker" or not _STAMPED.match(line.text):
            continue
        top = i
        while top > 0 and i - top < T.BOX_MAX_LINES + 2 and labels[top - 1].cls in (SHORT, FURNITURE) \
                and lines[top - 1].words <= T.LABEL_MAX_WORDS:
            top -= 1
        if top < i and top > 0 and labels[top - 1].cls == PROSE:
            for k in range(top, i):
                labels[k] = Label(FURNITURE, "ticker")


def _points_over_machine_note(lines: list[Line], labels: list[Label]) -> None:
    """A key-points box closed by the note that a machine wrote it (`This summary was generated with the help of AI
    and reviewed by an editor.`, F.MACHINE_SUMMARY), on a page pasted without blank lines: the short one-sentence
    points over the note, and the box's heading over them (`Ledgerline Quick Read`, no sentence), are the box's; the
    note names what stands above it a summary, no story's paragraph."""
    if not blankless_page(lines):
        return
    for i, line in enumerate(lines):
        if labels[i].kind != "disclosure" or not F.MACHINE_SUMMARY.match(line.text):
            continue
        top = i
        while top > 0 and i - top < T.BOX_MAX_LINES and labels[top - 1].cls in (PROSE, NEAR) \
                and lines[top - 1].words <= T.SUMMARY_ITEM_MAX_WORDS and not TWO_SENTENCES.search(lines[top - 1].text) \
                and lines[top - 1].text.endswith((".", "!", "?")):
            top -= 1
        if i - top < 2 or top == 0 or labels[top - 1].cls != SHORT or lines[top - 1].sentence:
            continue  # (two points at least, under the box's heading)
        labels[top - 1] = Label(FURNITURE, "summary box")
        for k in range(top, i):
            labels[k] = Label(FURNITURE, "box item")


def _fact_over_source(lines: list[Line], labels: list[Label], j: int) -> bool:
    """Line j is a box's last fact over its source line (`… reseptfrie legemidler.` / `Kilde: Handelsforbundet`),
    which the credit rules read as a caption and its credit; or a sentence longer than the box's others, right over
    the source (a story's paragraph names no source under it)."""
    return (labels[j].kind == "caption" or labels[j].cls in (PROSE, NEAR)) and lines[j].sentence \
        and _box_source(lines, j + 1)


def _story_below_box(lines: list[Line], labels: list[Label], j: int, headed: bool) -> bool:
    """Under a tight box of sentences, line j is the story's next paragraph, longer than any of the box's sentences,
    or (`headed`: under a Nordic fact label) its subheading over such a paragraph (`Liknande satsningar på andra
    håll` / `Umeå är inte först. …`). Under `Facts: what we know so far` a subheading may head the story's next part."""
    if headed and j + 1 < len(lines) and labels[j].cls == SHORT and not lines[j].sentence:
        j += 1
    # (or of two sentences, where a box states one fact a line: a Finnish paragraph of long words runs short)
    return j < len(lines) and labels[j].cls == PROSE \
        and (lines[j].words > T.FACT_LINE_MAX_WORDS or TWO_SENTENCES.search(lines[j].text) is not None)


def _box_rows(lines: list[Line], labels: list[Label], i: int, j: int, shape: tuple[bool, bool, bool, bool, bool],
              two: bool = False) -> int:
    """Where the rows of the tight box labelled on line i end, from line j on (`shape`: _tight_box_row's flags)."""
    figures, overview, asked, labelled, sheet = shape
    while j < len(lines) and j - i <= T.BOX_MAX_LINES and (_fact_over_source(lines, labels, j) or _tight_box_row(
            lines[j], labels[j], figures, overview, asked, labelled, sheet, lines[j - 1], two)):
        j += 1
    return j


def _tight_box_row(line: Line, label: Label, figures: bool, overview: bool, asked: bool = False,
                   labelled: bool = False, sheet: bool = False, above: Line | None = None, two: bool = False) -> bool:
    """A row of a tight fact box: a figure's item under a label alone, else a short sentence; under an overview's
    heading (`Die Bergmilch in Zahlen`) a data row whose value holds a figure too (`Gegründet: 1955`: _figure_row;
    a list the story counts goes on in words, `Linie 3: fährt ab Montag …`); under the reader's question closed by
    its colon (`What you need to know:`), only such data rows, no sentence (the story's own list after it goes on in
    sentences: `Dates: the cuts run from 9 to 13 December.`); under the label with its topic (`FAKTA: Ferjesambandet
    Straumsnes–Havnøy`), such a data row too (`Overfartstid: 20 minutter`). `two`: a row may hold two short
    sentences (`Revene vokser få millimeter i året. De største er …`), the box closed by its source line."""
    if asked:
        return _figure_row(line) and not line.sentence
    if figures:  # (under a match sheet's heading, `Síntesis`, its labelled lines: `Goles: …`, `Árbitro: …`; under a
        # figure alone, its legend: `11.4%` / `Average increase in Canadian farmland values in 2026`)
        return _figure_item(line) or (overview and _figure_row(line)) \
            or (sheet and _DATA_ROW.match(line.text) is not None) \
            or (above is not None and above.words <= 2 and _figure_item(above) and label.cls == SHORT
                and not line.sentence)
    # (a fact of a few words closed by its full stop is one too: `Personal: 58 anställda.`)
    return (((label.cls in (PROSE, NEAR) and line.sentence) or (label.cls == SHORT and line.full_stop))
            and line.words <= T.FACT_LINE_MAX_WORDS * (1 + two) and len(TWO_SENTENCES.findall(line.text)) <= two) \
        or (labelled and _figure_row(line))


def _figure_row(line: Line) -> bool:
    """A data row whose value holds a figure (`Gegründet: 1955`, `Beschäftigte in Maishofen: 38`): a box's row; a
    list the story counts goes on in words after its key (`Linie 3: fährt ab Montag …`)."""
    value = line.text.partition(":")[2]
    return line.words <= T.FACT_LINE_MAX_WORDS and _DATA_ROW.match(line.text) is not None \
        and re.search(r"\d", value) is not None


# A match's score line under its label (`Scorecard: Wellington 341 & 207 for 8 dec; …`, `Final score: …`, `Endstand:
# 3:1 (1:0)`, `Résultat : …`, `Marcador: …`, `Risultato: …`, `Placar: …`, `Uitslag: …`), in en/de/fr/es/it/pt/nl.
_SCORE_LABEL = re.compile(r"^(?:score ?card|scoreboard|(?:final |full[- ]time |half[- ]time )?scores?|box score"
                          r"|(?:final )?result|endstand|endergebnis|spielstand|halbzeitstand|ergebnis|torfolge"
                          r"|résultat|score final|tableau d'affichage|marcador(?: final)?|resultado(?: final)?"
                          r"|risultato(?: finale)?|punteggio|placar(?: final)?|uitslag|eindstand|scoreverloop"
                          r")\s?:\s+\S", re.I)
# (a thousands or decimal comma or point inside one figure: `1,200`, `4,2`, `11,80` are one number each)
_SCORE_NUMBER = re.compile(r"\d+(?:[-–:/.,]\d+)*")
# A score's shape: a pair (`3:1`, `28-24`, `341 & 207`), or every figure right after a capitalised name (`Rovers 94
# United 88`).
_SCORE_PAIR = re.compile(r"\d\s?[-–:&]\s?\d")
_NAMED_NUMBER = re.compile(r"(?<![\w.,])[A-ZÀ-Þ][\w'’.-]*\s\d")
# A figure's unit word: a share or a price is a story's figure, not a match's score.
_FIGURE_UNIT = re.compile(r"%|\b(?:per ?cent|percent|prozent|pour ?cent|por ?ciento|per ?cento|por ?cento|procent"
                          r"|euro|dollars?|pounds|franken|francs?)\b|[€$£]", re.I)


def _score_lines(lines: list[Line], labels: list[Label]) -> None:
    """A match's score set out between the report's paragraphs, under its label: a line whose numbers are a large
    share of its words (T.SCORE_LINE_MIN_NUMBER_SHARE) in a score's shape (a pair, or each figure after a name). A
    story's sentence after such a label (`The result: 14 of the 20 councillors voted for the plan, the clerk said.`,
    `Ergebnis: Im Jahr 2025 stiegen die Mieten um 4,2 Prozent auf 11,80 Euro`) is words with figures in no such shape,
    or with a unit word (per cent, Prozent, Euro)."""
    for i, line in enumerate(lines):
        if labels[i].cls not in TEXT_CLASSES or line.words > T.SCORE_LINE_MAX_WORDS \
                or not _SCORE_LABEL.match(line.text) or _FIGURE_UNIT.search(line.text):
            continue
        numbers = len(_SCORE_NUMBER.findall(line.text))
        if numbers < T.SCORE_LINE_MIN_NUMBER_SHARE * line.words:
            continue
        if _SCORE_PAIR.search(line.text) or len(_NAMED_NUMBER.findall(line.text)) >= numbers:
            labels[i] = Label(FURNITURE, "fact box")


# A box's label naming the block a box, alone on its line (`Info`, `Infobox`, `Info-Box`, `Faktenbox`, `Fact box`,
# `Encadré`, `Recuadro`, `Riquadro`, `Caixa informativa`, `Kader`, `Faktaruta`), in en/de/fr/es/it/pt/nl/sv/no/da.
_BOX_NAME = re.compile(r"^(?:infos?|info[- ]?box|infokasten|info-kasten|fakten-?box|fact[- ]?box|facts box|encadré"
                       r"|recuadro|recuadro informativo|riquadro|box informativo|caixa informativa|kader"
                       r"|infokader|faktaruta|faktaboks|faktarute)\W{0,2}$", re.I)


_STORY_END_BOXES = frozenset({"prompt", "sign-up", "related", "donation"})


def _named_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A line naming itself a box (`Infobox`) under the story's prose, with a few lines pasted tight under it that
    end the story (the page's tags, comments or footer below, or a blank line on a page whose blocks stand apart):
    the box's label and its lines, whatever their shape. A story's subheading does not call itself a box; a bare
    box word over one paragraph of the story's length (`Kader` / `De wethouder wil een nieuw kader …`) heads it."""
    n = len(lines)
    for i, label in enumerate(labels):
        if label.cls not in (SHORT, NEAR) or not _BOX_NAME.match(lines[i].text) \
                or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue
        j = i + 1
        while j < n and labels[j].cls in TEXT_CLASSES and (j == i + 1 or not lines[j].blank_before) \
                and j - i <= T.BOX_MAX_LINES:
            j += 1
        # (on a page without blank lines, a prompt, a sign-up or links under the box's lines end the story too)
        ends = j >= n or labels[j].cls == STOP or (lines[j].blank_before and j > i + 1 and spaced_page(lines)) \
            or (labels[j].cls == FURNITURE and labels[j].kind in _STORY_END_BOXES and blankless_page(lines))
        if j > i + 1 and j - i <= T.BOX_MAX_LINES and ends \
                and not (j == i + 2 and _story_paragraph(lines, labels, i + 1)) \
                and (not _BARE_INFO.match(lines[i].text) or any(KEY_VALUE.match(lines[k].text) for k in range(i, j))):
            for k in range(i, j):
                labels[k] = Label(FURNITURE, "fact box")


# A profile box's label, alone on its line over a short portrait of the person the story is about (`Zur Person` /
# `Kerstin Mahnke, 56, arbeitet seit 1993 als Hebamme …`), in de/fr/es/it/pt/en.
_PROFILE_LABEL = re.compile(r"^(?:zur person|steckbrief|bio express|repères biographiques|perfil|chi è|quem é"
                            r"|profile)\s?:?$", re.I)


def _profile_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A profile box amid an interview or a portrait: its label alone under the story's prose, then one paragraph
    opening with the person's name (`Zur Person` / `Kerstin Mahnke, 56, arbeitet seit 1993 als Hebamme, …`), then
    the story again or its end (a blind set of session 36 counted the box as two paragraphs of the interview)."""
    for i in range(1, len(lines) - 1):
        text = lines[i + 1].text
        if labels[i].cls in (SHORT, NEAR) and _PROFILE_LABEL.match(lines[i].text) \
                and neighbour(labels, i, -1) in (PROSE, NEAR) and labels[i + 1].cls in (PROSE, NEAR) \
                and person(" ".join(takewhile(lambda w: w[:1].isupper(), text.split(",")[0].split()[:4]))):
            labels[i] = labels[i + 1] = Label(FURNITURE, "fact box")  # (`Name, 56, …`, `Name ist …`)


# A box's heading naming its subject at a glance (`Das Projekt in Kürze`, `Kessler in Zahlen`, `The scheme in
# numbers`, `Le projet en chiffres`, `El plan en cifras`, `Il progetto in cifre`, `O plano em números`, `Het plan in
# cijfers`, `Skreagrund i siffror`), in de/en/fr/es/it/pt/nl/sv/da/no/fi/pl.
_AT_A_GLANCE = re.compile(r"\b(?:in kürze|in zahlen|auf einen blick|in numbers|at a glance|in brief|in figures"
                          r"|en chiffres|en bref|en cifras|en datos|in cifre|in breve|em números|em resumo|in cijfers"
                          r"|in het kort|i siffror|i korthet|i tal|lukuina|w liczbach|w skrócie)$", re.I)


def _data_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A data box between the story's paragraphs (`Das Projekt in Kürze` / `Leistung: 48 Megawatt` / `Kosten: etwa
    310 Millionen Franken`, `Kessler Kältetechnik in Zahlen` / `Sitz: Heilbronn` / …): a heading naming its subject
    at a glance under the story's prose, over at least T.DATA_BOX_MIN_ITEMS labelled facts or figures with what they
    count (`9,3 kilometer dijk wordt versterkt`, `€ 47 miljoen geschatte kosten`) that are no sentences, half of them
    figures, the story going on under them (past an ad's marker). The story's own labelled lines (a diary's days, a
    fire's hours, a strike's calendar, a recipe's quantities) stand under a subheading of its own words, and a show's
    credits (`Host: Anna Smith`) name people, not figures."""
    n = len(lines)
    for i in range(1, n - 1):
        if labels[i] != Label(SHORT) or not _AT_A_GLANCE.search(lines[i].text) \
                or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue
        j = i + 1
        while j < n and labels[j].cls in TEXT_CLASSES and (KEY_VALUE.match(lines[j].text) or _figure_item(lines[j])) \
                and not lines[j].full_stop and lines[j].words <= T.PRACTICAL_MAX_WORDS and j - i <= T.BOX_MAX_LINES:
            j += 1
        # (the story goes on under it: two of its paragraphs, perhaps under a subheading; a podcast's `Credits` /
        # `Host: …` over a note about its transcript closes the page)
        figures = sum(any(c.isdigit() for c in lines[k].text) for k in range(i + 1, j))
        below = list(islice((labels[k].cls for k in range(j, n) if labels[k].cls != FURNITURE), 3))
        if j - i - 1 >= T.DATA_BOX_MIN_ITEMS and 2 * figures >= j - i - 1 and below.count(PROSE) >= 2:
            for k in range(i, j):
                labels[k] = Label(FURNITURE, "fact box")


# A bare `Info` / `Infos` heads a story's part as often as a box: a box only when its lines are labelled facts
# (`Fahrzeuge: zwölf Kleinbusse`), not prose (found by a review: `Infos` over the story's cost overrun).
_BARE_INFO = re.compile(r"^infos?\s*$", re.I)


# A paragraph of the story's length: at least two thirds of the words of the story's shortest paragraph above (a
# box's line of facts, `Nieuw tarief: 2,40 euro per rit (was 2,10)`, runs to about half a paragraph).
_STORY_PARAGRAPH_SHARE = 2 / 3


def _story_paragraph(lines: list[Line], labels: list[Label], k: int) -> bool:
    """Whether line k, alone under a box's name, is a paragraph of the story's length rather than a box's line."""
    story = [lines[p].words for p in range(k) if labels[p].cls == PROSE]
    return labels[k].cls in (PROSE, NEAR) and lines[k].full_stop and bool(story) \
        and lines[k].words >= _STORY_PARAGRAPH_SHARE * min(story)


def _spaced_subheadings(lines: list[Line], labels: list[Label]) -> list[int]:
    """Short lines between paragraphs (subheadings, and the labels of boxes). When all but the one in question stand
    a blank line apart from the paragraph under them, a label with one line pasted tight under it is no subheading
    of that page but a box (`In numbers` / a line of figures), laid out the way boxes are."""
    return [i for i in range(1, len(lines) - 1) if labels[i].cls == SHORT and not lines[i].sentence
            and lines[i].blank_before and labels[i - 1].cls in (PROSE, NEAR) and labels[i + 1].cls == PROSE]


# A box telling what the law says (`Ce que dit la loi`, `What the law says`, `Was das Gesetz sagt`, `Lo que dice la
# ley`, `Cosa dice la legge`, `O que diz a lei`, `Wat de wet zegt`): an explainer's heading, as a question is.
_LAW_SAYS = re.compile(r"^(?:ce que dit la loi|what the law says|was das gesetz sagt|lo que dice la ley"
                       r"|cosa dice la legge|o que diz a lei|wat de wet zegt)$", re.I)


def _question_boxes(lines: list[Line], labels: list[Label]) -> None:
    """An explainer box between paragraphs (`What is the ZAN?` / its answer, `Ce que dit la loi` / the law): on a page
    whose paragraphs stand apart, a short question standing apart above, with its answer pasted tight under it and
    the story's prose (or its next subheading over it) going on below, a blank line away. A story's subheading
    stands apart from its paragraph as the paragraphs stand apart from each other; the box's heading and text are
    one block."""
    if not spaced_page(lines):
        return
    n = len(lines)
    for i, label in enumerate(labels):
        line = lines[i]
        if label.cls not in (SHORT, NEAR) or not (line.text.endswith("?") or _LAW_SAYS.match(line.text)) \
                or line.words > T.QUESTION_BOX_MAX_WORDS \
                or not line.blank_before or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue
        j = i + 1
        while j < n and not lines[j].blank_before and labels[j].cls in (PROSE, NEAR) and j - i <= T.BOX_MAX_LINES:
            j += 1
        # (the story going on below: its paragraph, or its next subheading over it)
        if j == i + 1 or j >= n or not lines[j].blank_before or not (labels[j].cls == PROSE or (
                labels[j].cls == SHORT and j + 1 < n and labels[j + 1].cls == PROSE)):
            continue
        for k in range(i, j):
            labels[k] = Label(FURNITURE, "fact box")


def _quote_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A stock's quote box pasted one cell a line (`ACME` / `$104.62` / `-7.85 (-6.98%)` / `After hours`, `ACME` /
    `12,40 €` / `+0,35 (+2,9 %)` / `Nachbörslich`): a tight run of a few short lines that are no sentences, two or
    more of them bare figures and the figures at least half of them. A data box, not a story's lines."""
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and (j == i or not lines[j].blank_before) and not lines[j].sentence \
                and lines[j].words <= T.QUOTE_BOX_CELL_MAX_WORDS and labels[j].cls in (*TEXT_CLASSES, FURNITURE):
            j += 1
        # (a price with its currency's code counts in a stock's box, which shows a change or a security's code;
        # a fare table, `Einzelfahrt` / `3,10 EUR`, shows neither)
        coded = any("%" in lines[k].text or _SECURITY_CODE.match(lines[k].text) for k in range(i, j))
        figures = sum(_figure_cell(lines[k].text, coded) for k in range(i, j))
        if figures >= T.QUOTE_BOX_MIN_FIGURES and 2 * figures >= j - i \
                and (j >= n or lines[j].blank_before or lines[j].words > T.QUOTE_BOX_CELL_MAX_WORDS):
            end = j
            if j < n and not lines[j].blank_before and not lines[j].sentence:  # (closed by a headline pasted tight
                # under it: the words after the last figure, `Market Wrap`, label what follows; over a paragraph they
                # are the box's button, `Ver ficha completa`)
                while end > i and not _figure_cell(lines[end - 1].text, coded) and not lines[end - 1].text.isupper():
                    end -= 1
            for k in range(i, end):
                if labels[k].cls in TEXT_CLASSES:
                    labels[k] = Label(FURNITURE, "table")
        i = max(j, i + 1)


def _figure_cell(text: str, coded: bool = False) -> bool:
    """A line of one figure or two (`$104.62`, `-7.85 (-6.98%)`, `+0,35 (+2,9 %)`): numbers and signs only, perhaps
    (`coded`) a currency's code after a price (`23,41 EUR`); or a security's code (`WKN: A2HB71`, `ISIN: …`)."""
    text = text.replace(" %", "%").replace(" €", "€")
    cells = (_CURRENCY_CODE.sub("", text) if coded else text).split()
    return (1 <= len(cells) <= 2 and all(_NUMBER.match(c) for c in cells)) or _SECURITY_CODE.match(text) is not None


_CURRENCY_CODE = re.compile(r"(?<=\d) (?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|JPY|CAD|AUD)$")
_SECURITY_CODE = re.compile(r"^(?:WKN|ISIN|Ticker|Symbol|Valor)\s?:?\s[A-Z0-9]{5,12}$")


_STAMPS = frozenset({"time", "date", "dateline"})
# (a figure may carry its unit, `£6.1m`, `71.2p`, `€2,4bn`)
_NUMBER = re.compile(r"^[(\[]?[-+−–]?[$€£¥₺%]?\d[\d.,:/%–-]*[%€$£₺]?(?:bn|mn|m|k|p|mrd|mio)?[)\]]?$")


# A market strip's row with its price alone, no change beside it (`USD/INR 85.42`, `Gold $2,412.10`, `DAX 19.230,55`),
# tight under the strip's fuller rows: the strip's, not a label or the section over the headline. (A price shows its
# decimals; a match sheet's `Rowe-Mbatha 64` is a scorer's minute.)
_QUOTE_ROW = re.compile(r"^[^\W\d][^\s]*(?: [^\W\d][^\s]*){0,2} [$€£¥₹]?\d[\d.,]*[.,]\d{2}[%$€£¥₹]?$")


def table_row(line: Line) -> bool:
    """A table's row pasted as text (`2025-2026 285 250`, `Lyon 12,4 % 3 140`): no sentence, and most of its
    cells numbers; or its cells split at bars (`Lisle Bank | Instant Saver 7 | 4.05% | £1`), a figure among them."""
    bars = " | " if " | " in line.text else " — " if _dashed_row(line.text) else None
    if bars and not line.sentence:
        cells = [c.strip() for c in line.text.split(bars)]  # (`Harborline Savings — 4.10% APY — $0 minimum`)
        return T.BAR_TABLE_MIN_CELLS <= len(cells) <= T.BAR_TABLE_MAX_CELLS \
            and all(len(c.split()) <= T.BAR_TABLE_CELL_MAX_WORDS for c in cells) \
            and any(_NUMBER.match(c.split()[0]) for c in cells if c)  # (a figure opening a cell: `4.10% APY`)
    if line.sentence or line.words > T.TABLE_ROW_MAX_WORDS:
        return False
    cells = line.text.split()
    numbers = sum(bool(_NUMBER.match(cell)) for cell in cells)
    return numbers >= 2 and numbers >= T.TABLE_MIN_NUMBER_SHARE * len(cells)


def _years_header(line: Line) -> bool:
    """A table's column header naming its years, cells split at bars (`Year to 31 January | 2027 | 2026 | Change`),
    which reads as a date line: right over the rows it heads (a page's date over a table names no year alone)."""
    return " | " in line.text and any(_YEAR_CELL.match(cell.strip()) for cell in line.text.split(" | "))


_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")


def _data_tables(lines: list[Line], labels: list[Label]) -> None:
    """A table pasted as text between paragraphs: two rows or more, with its column header and title above
    (short lines, not sentences) and its source line below (`Source: …`): a data box, not paragraphs."""
    i, n = 0, len(lines)
    while i < n:
        wide = _titled_wide_row(lines, labels, i)
        if not (_row_class(lines[i], labels[i], TEXT_CLASSES) and table_row(lines[i])) and not wide:
            i += 1
            continue
        j = i + wide
        while j < n and _row_class(lines[j], labels[j], (*TEXT_CLASSES, META)) \
                and (table_row(lines[j]) or (j > i and not lines[j].blank_before and _QUOTE_ROW.match(lines[j].text))):
            j += 1
        if j - i < T.TABLE_MIN_ROWS and not wide:
            i = j
            continue
        top = i
        while top > max(0, i - 2) and _row_class(lines[top - 1], labels[top - 1], (SHORT, META)) \
                and (not lines[top - 1].sentence or " | " in lines[top - 1].text) \
                and (labels[top - 1].kind not in ("byline", "dateline", "date", "credit", "caption")
                     or (top == i and _years_header(lines[top - 1]))):
            top -= 1  # the column header, the table's title (never the photo's credit over it)
        if j < n and ((labels[j].cls in (SHORT, NEAR, META) and lines[j].words <= T.LABEL_MAX_WORDS * 2
                       and (SPEAKER.match(lines[j].text) or labels[j].kind == "credit"))
                      or (not lines[j].blank_before and lines[j].words <= T.TABLE_SOURCE_MAX_WORDS
                          and _DATA_SOURCE.match(lines[j].text))):
            j += 1  # its source line
        for k in range(top, j):
            labels[k] = Label(FURNITURE, "table")
        i = j


# An entry of a results list or a table of standings (`1. Magdalena Rainer (AUT) 2:51,4`, `3. Sander Peeters (Bel) à
# 0:34`, `2. Swan River Sharks 9–2`): a rank, then a name, with codes in brackets or figures; no word of a sentence
# (a lower-case word of four letters or more: a most-read list's headline holds its verb, `1. Man charged after …`).
_RANKED = re.compile(r"^\d{1,2}[.)]\s+(?-i:[A-ZÀ-Þ])[^\n]*?(?:\d|\()")
_SENTENCE_WORD = re.compile(r"(?<![\w'’-])(?-i:[a-zß-ÿ])[^\W\d_]{3,}")
# A results box's heading names it (`Final standings`, `Ergebnisse Sprint Damen`, `Classifica generale`, `Ordine
# d'arrivo`), or is set in capitals.
_RESULTS_NOUNS = (r"results|standings|leaderboard|podium|ergebnisse|resultate|tabelle|rangliste|résultats|classement"
                  r"|resultados|clasificación|risultati|classifica|ordine d['’]arrivo|classificação|uitslag(?:en)?"
                  r"|klassement|wyniki|klasyfikacja|výsledky|resultat(?:er)?|tulokset")
_RESULTS_WORD = re.compile(r"\b(?:" + _RESULTS_NOUNS + r")\b", re.I)
# The link under such a list to the whole of it (`Alle Ergebnisse`, `Full results`, `Classement complet`): the same
# nouns.
_WHOLE_RESULTS = re.compile(r"^(?:(?:all|full|complete|alle|tous les|voir (?:le|les)|todos los|todas las|tutti i"
                            r"|tutte le|todos os|todas as|zu den|ver (?:la|los))\s+)?(?:" + _RESULTS_NOUNS + r")"
                            r"(?:\s+(?:complets?|completos?|completas?|completi|completa|completo))?\W{0,3}$",
                            re.I)


def _results_lists(lines: list[Line], labels: list[Label]) -> None:
    """A results list or a table of standings set in the story (`Ergebnisse Sprint Damen` / `1. Magdalena Rainer
    (AUT) 2:51,4` / `2. Noémie Berthod (SUI) +2,3` / … / `Alle Ergebnisse`): T.RESULTS_MIN_ENTRIES ranked entries in a
    row (_RANKED, no word of a sentence), under a heading that names results or is set in capitals, or closed by the
    link to the whole list pasted tight under them; the heading and the link are the box's. The story tells its
    results in sentences, or lists them under its own lead-in or subheading (`How they finished`, `The top five`)."""
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and labels[j].cls != STOP and _ranked_entry(lines[j]):
            j += 1
        if j - i < T.RESULTS_MIN_ENTRIES:
            i = j + 1
            continue
        top = _heading_over(lines, labels, i, T.LABEL_MAX_WORDS)
        linked = j < n and not lines[j].blank_before and _WHOLE_RESULTS.match(lines[j].text) is not None
        named = top < i and (_RESULTS_WORD.search(lines[top].text) is not None or _capitals(lines[top].text))
        if not (named or linked):
            i = j  # (under the story's lead-in or subheading, `How they finished`, the list is the story's)
            continue
        j += linked
        for k in range(top, j):
            labels[k] = Label(FURNITURE, "table")
        i = j


def _timeline_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A timeline set in the story (`Od prvních plánů k hlasování` / `1967 – zastřešení stadionu` / `2012 – první
    studie …` / …): under a short heading, T.TIMELINE_MIN_ITEMS short lines or more in a row, pasted tight (or all set
    apart, on a page that sets every line so: blankless_page), each a note opening on its date and a dash or colon
    (dates.DATED_ITEM) and closed without a full stop. The story tells its own dates in sentences (`1984 – The
    council rejects a plan …`), or lists them under its own lead-in, a paragraph or a line closed by a colon."""
    n, loose = len(lines), blankless_page(lines)
    i = 0
    while i < n:
        j = i
        while j < n and (j == i or loose or not lines[j].blank_before) and labels[j].cls != STOP \
                and lines[j].words <= T.FACT_LINE_MAX_WORDS and not lines[j].full_stop \
                and DATED_ITEM.match(lines[j].text):
            j += 1
        if j - i < T.TIMELINE_MIN_ITEMS:
            i = max(j, i + 1)
            continue
        top = _heading_over(lines, labels, i, T.OVERVIEW_BOX_LABEL_MAX_WORDS, tight=not loose)
        if top < i and not (top and labels[top - 1].cls in (PROSE, NEAR) and lines[top - 1].text.endswith(":")):
            for k in range(top, j):
                labels[k] = Label(FURNITURE, "fact box")
        i = j


def _heading_over(lines: list[Line], labels: list[Label], i: int, max_words: int, tight: bool = False) -> int:
    """The line right over line i when it is a box's short heading (no sentence, up to `max_words` words; pasted tight
    over line i when `tight`), else i."""
    above = i - 1
    if i and labels[above].cls in (SHORT, NEAR, META) and not lines[above].sentence \
            and lines[above].words <= max_words and not (tight and lines[i].blank_before):
        return above
    return i


def _ranked_entry(line: Line) -> bool:
    return line.words <= T.RANKED_ENTRY_MAX_WORDS and _RANKED.match(line.text) is not None \
        and _SENTENCE_WORD.search(line.text) is None


def _graphic_titles(lines: list[Line], labels: list[Label]) -> None:
    """A chart's or table's title opening with the graphic's word (`Gráfica: Exportaciones por año`, `Chart: Exports
    by year`, `Grafik: Exporte nach Jahr`), pasted tight over the graphic's rows or its source line: the graphic's,
    not a subheading or a paragraph of the story. A title that names its graphic by that word may stand a blank line
    apart from its source line, as every block of a spaced page does."""
    for i in range(len(lines) - 1):
        below = lines[i + 1]
        if labels[i].cls not in (SHORT, NEAR) or len(lines[i].text) > T.CAPTION_MAX_CHARS \
                or (below.blank_before and (lines[i].full_stop or not GRAPHIC_TITLE.match(lines[i].text))):
            continue
        if (labels[i + 1] == Label(FURNITURE, "table") or SOURCE_LABEL.match(below.text)) \
                and (under_graphic(lines, i + 1) or _titled_source(lines, labels, i)):
            labels[i] = Label(FURNITURE, "table")
    for i in range(1, len(lines) - 2):
        if _chart_headline(lines, labels, i):
            labels[i] = Label(FURNITURE, "table")


def _titled_source(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A chart's title that names what it counts, no graphic's word (`Lakeshore Freight quarterly revenue, in billions
    of dollars`): no sentence, set apart from the story's paragraph above and pasted tight over the source line
    (`Source: Company filings`, no sentence), which the story's next paragraph follows a blank line apart. A
    subheading heads a paragraph, not a source (`Sources: two people … said …`)."""
    source = i + 1
    return lines[i].blank_before and not lines[i].sentence and not lines[source].blank_before \
        and _box_source(lines, source) and neighbour(labels, i, -1) == PROSE \
        and source + 1 < len(lines) and lines[source + 1].blank_before and labels[source + 1].cls == PROSE


def _chart_headline(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A chart's own headline, a sentence set apart and pasted tight over the chart's credit and its source (`Solvane
    shares have more than doubled over the past year.` / `Chart: Bellwether · Source: FactStream`): the chart's, not
    a paragraph of the story (a story's paragraph over a chart stands over the chart's title)."""
    chart, below = lines[i + 1], lines[i + 2]
    return labels[i].cls in (PROSE, NEAR) and lines[i].blank_before and not chart.blank_before \
        and len(lines[i].text) <= T.CAPTION_MAX_CHARS and _CHART_CREDIT.match(chart.text) is not None \
        and not below.blank_before and SOURCE_LABEL.match(below.text) is not None


# A chart's credit naming its maker, a name of a word or three (`Chart: Bellwether`, `Grafik: Nordfunk`); a chart's
# own title names what it shows (`Chart: Annual house price growth by region`), under the story's paragraph.
_CHART_CREDIT = re.compile(r"^(?i:chart|graphic|grafik|graphique|gráfico|grafico|gráfica|grafiek)\s*:\s*"
                           r"[A-ZÀ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-Þ][\w&.'’-]*){0,2}$")


# A quote box's rows: the price and its signed change (`41.17 -5.21 (-11.24%)`, `12,40 € +0,35 (+2,9 %)`), the
# company with its ticker in brackets over it (`Harbour Mills Inc. (HRBM)`), the session's time under it (`At
# close: March 4 at 4:00 PM EST`, `Schluss: 04.03.2027`).
# (or the change in per cent alone, or an arrow for its sign, a currency by its code: `142,80 DKK  +14,2 %`, `$46.28
# +4.12%`, `₹1,284.50 ▲ 80.85 (6.72%)`, `84,12 € (+3,40 %)`; the session's price perhaps labelled, `Close: $6.84
# -0.57 (-7.69%)`)
_PRICE_ROW = re.compile(r"^(?:(?i:close|last|price|cierre|schluss|schlusskurs|clôture|cours|chiusura|fechamento)"
                        r"\s?:\s*)?(?:Rs\.?\s?)?[$€£₹]?\s?\d[\d,.]*\s?(?:[$€£₹]|[A-Z]{3})?\s+(?:[+−–▲▼-]\s?\d[\d,.]*\s+"
                        r"\(?[+−–-]?\d[\d,.]*\s?%\)?|[+−–▲▼-]\s?\d[\d,.]*\s?%|\([+−–-]\d[\d,.]*\s?%\))$")
# The price and its change on two lines of their own (`₹418.60` / `+27.35 (6.99%)`).
_PRICE_ALONE = re.compile(r"^(?:Rs\.?\s?|[$€£₹]\s?)\d[\d,.]*$|^\d[\d,.]*\s?(?:[$€£₹]|[A-Z]{3})$")
_CHANGE_ROW = re.compile(r"^[+−–▲▼-]\s?\d[\d,.]*\s+\(?[+−–-]?\d[\d,.]*\s?%\)?$")
_TICKER_NAME = re.compile(r"^[^.!?]{2,60}\((?:[A-Z]{2,6}:)?[A-Z][A-Z0-9.-]{0,7}\)$")
# A ticker, its price (perhaps a currency) and the signed change in per cent on one line (`HALD 142.60 CHF +3.80%`,
# `NOVA 18,42 € −1,2 %`), perhaps after the company's name (`Swatch Group  UHR  218.40 CHF  −2.3%`, a share-price
# widget's row), the ticker in brackets with its exchange, the sign an arrow (`Acme Holdings (JSE:ACM) R36.20
# ▼9.10%`, the rand's `R`); a bare ticker on its own line (`ARVD`, `NYSE:ARVD`).
_TICKER_PRICE_ROW = re.compile(r"^(?:[A-ZÀ-Þ][\w&'’.-]*\s+){0,4}(?:[A-Z]{2,6}:)?[A-Z][A-Z0-9.-]{1,7}"
                               r"\s+(?:[$€£]|R(?=\d))?\s?\d[\d,.']*\s?(?:[A-Z]{3}|[$€£])?"
                               r"\s+\(?[+−–▲▼-]\s?\d[\d,.]*\s?%\)?$"
                               r"|^(?:[A-ZÀ-Þ][\w&'’.-]*\s+){1,4}\((?:[A-Z]{2,6}:)?[A-Z][A-Z0-9.-]{1,7}\)"
                               r"\s+(?:[$€£]|R(?=\d))?\s?\d[\d,.']*\s?(?:[A-Z]{3}|[$€£])?"
                               r"\s+\(?[+−–▲▼-]\s?\d[\d,.]*\s?%\)?$")
# (after its exchange a symbol may run longer: `NSE: KAVERIPOLY`)
_BARE_TICKER = re.compile(r"^(?:[A-Z]{2,6}:\s?[A-Z][A-Z0-9.&-]{1,11}|[A-Z][A-Z0-9.-]{1,7})(?: [A-Z])?$")
_SESSION = re.compile(r"^(?:at close|as of|after hours|after-hours|pre-?market|before hours|market open|al cierre"
                      r"|cierre|schluss|schlusskurs|nachbörslich|vorbörslich|clôture|à la clôture|chiusura"
                      r"|fechamento|slot)\b", re.I)


def _price_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A quote box (company and ticker, price and change, the session's time or a link to the stock's page),
    wherever it stands: a market's figures, not the headline, the page's date or the story's lines."""
    for i, line in enumerate(lines):
        if len(line.text) > T.CAPTION_MAX_CHARS or not (_PRICE_ROW.match(line.text) or _TICKER_PRICE_ROW.match(
                line.text) or (i > 0 and _CHANGE_ROW.match(line.text) and _PRICE_ALONE.match(lines[i - 1].text))):
            continue
        labels[i] = Label(FURNITURE, "table")
        for k in _quote_heading(lines, labels, i):
            labels[k] = Label(FURNITURE, "table")
        if i + 1 < len(lines) and labels[i + 1].cls in (SHORT, META) and lines[i + 1].words <= T.LABEL_MAX_WORDS * 2 \
                and (_SESSION.match(lines[i + 1].text) or _quote_link(lines, i + 1)):
            labels[i + 1] = Label(FURNITURE, "table")
        _quote_figures_row(lines, labels, i + 1)
        _quote_chip(lines, labels, i)




# A match's result row heading its sheet: two teams, the score and perhaps the half-time score in brackets (`SV
# Aichfeld – Union Innviertel 2:1 (0:1)`).
_RESULT_ROW = re.compile(r"^[A-ZÀ-Þ][\w .'’-]{1,40}?\s[–-]\s[A-ZÀ-Þ][\w .'’-]{1,40}?\s\d{1,3}:\d{1,3}"
                         r"(?:\s\(\d{1,3}:\d{1,3}\))?$")


def _score_sheets(lines: list[Line], labels: list[Label]) -> None:
    """A match sheet with no label of its own, set apart as one block amid a match report: the result row, then
    pasted tight under it the ground and the crowd, the scorers, the cards and the line-ups (`Tore: …`, `Gelb: …`,
    `SV Aichfeld: Steinwender; …`), lines of data, no paragraph. All the sheet's, none the story's."""
    n = len(lines)
    for i, line in enumerate(lines):
        if not line.blank_before or labels[i].cls == STOP or not _RESULT_ROW.match(line.text):
            continue
        j = i + 1
        while j < n and not lines[j].blank_before and labels[j].cls in (SHORT, NEAR, MENU):
            j += 1
        if j - i - 1 < T.FACT_BOX_MIN_LINES or (j < n and not lines[j].blank_before) \
                or not any(_DATA_ROW.match(lines[k].text) for k in range(i + 1, j)):
            continue
        for k in range(i, j):
            labels[k] = Label(FURNITURE, "table")


# A calculator's name alone on its line (`Mortgage calculator`, `Stamp duty calculator`, `Hypothekenrechner`,
# `Calculadora de hipoteca`, `Simulateur de prêt`, `Calcolatore del mutuo`) and its button (`Calculate`, `Berechnen`,
# `Calcular`, `Calculer`, `Calcola`, `Bereken`, `Beräkna`, `Oblicz`, `Simular`).
_CALCULATOR = re.compile(r"^(?:[\w'’-]+\s){0,3}(?P<noun>calculator|calculadora|calculateur|calcolatore|simulador"
                         r"|simulateur|simulatore)(?:\s(?:de|di|do|da|del|per|pour|para)\s[\w'’ -]{2,30})?:?$"
                         r"|^[\w-]*(?P<rechner>rechner)$", re.I)
_CALCULATE = re.compile(r"^(?:calculate|berechnen|jetzt berechnen|calcular|calculer|calcola|bereken|beräkna|beregn"
                        r"|oblicz|vypočítat|simular|simuler)(?:\s\S+){0,2}$", re.I)


def _calculator_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A calculator set into the story: its name alone on its line, its form's fields and values (lines of a few
    words, a currency sign alone), its button, and under it the result and a partner's link down to the tool's own
    note when one names it (`This calculator is for illustration only …`); with no such note, the result's lines
    with a figure. All of it the tool's, none the story's. A name with no button under it, before any paragraph, is
    the story's subheading."""
    for i, line in enumerate(lines):
        if labels[i].cls not in (SHORT, NEAR) or not (m := _CALCULATOR.match(line.text)):
            continue
        button = next((j for j in range(i + 1, min(len(lines), i + T.CALCULATOR_MAX_LINES))
                       if labels[j].cls in (PROSE, STOP) or _CALCULATE.match(lines[j].text)), None)
        if button is None or labels[button].cls in (PROSE, STOP):
            continue
        noun = (m["noun"] or m["rechner"]).lower()
        tail = range(button + 1, min(len(lines), button + 1 + T.CALCULATOR_TAIL_LINES))
        end = next((j + 1 for j in tail if noun in lines[j].text.lower() and labels[j].cls != STOP), None)
        if end is None:
            end = button + 1
            while end < len(lines) and end in tail and labels[end].cls in (SHORT, NEAR) \
                    and any(c.isdigit() for c in lines[end].text):
                end += 1
        for k in range(i, end):
            labels[k] = Label(FURNITURE, "table")  # (one box: its lines are charged once, span.py)

def _quote_figures_row(lines: list[Line], labels: list[Label], k: int) -> None:
    """A row of the quote box's figures pasted tight under its price row, split at its bars (`Day range R35.05 -
    R39.80 | Volume 4.21m`): each part a few words with a figure, no sentence. (A line split at bars is no
    paragraph.)"""
    if k + 1 >= len(lines) or lines[k].blank_before or lines[k].part or not lines[k + 1].part:
        return
    end = k + 1
    while end < len(lines) and lines[end].part:
        end += 1
    if all(labels[j].cls in (SHORT, META) and _figure_label(lines[j]) for j in range(k, end)):
        for j in range(k, end):
            labels[j] = Label(FURNITURE, "table")


def _figure_label(line: Line) -> bool:
    """A few words with a figure, no sentence: a data box's cell (`Day range R35.05 - R39.80`, `Volume 4.21m`)."""
    return line.words <= 2 * T.LABEL_MAX_WORDS and not line.sentence and any(c.isdigit() for c in line.text)


def _quote_chip(lines: list[Line], labels: list[Label], i: int) -> None:
    """The rest of a quote box pasted tight around its price row, set apart above and below next to a paragraph
    (`VNTL` / `Vantrel Semiconductor Inc.` / price row / `After hours: …` / `Add to watchlist`): its ticker, name and
    button, lines of a few words (`Inc.` may end the name). A story's lines are paragraphs; a tight block of labels
    around a price row is the box, its session's time a date line of any length (`As on 12 Feb 2027, 03:30 PM IST`).
    On a page without blank lines the box runs from its first cell over the price row (the ticker, the company's
    name in capitals, the price: no subheading) down to its last cell under it (a figure's row, the data's delay
    note, a button to the stock's page or the session's time)."""
    tight = blankless_page(lines)

    def edge(k: int) -> bool:
        if not tight:
            return lines[k].blank_before
        return not _cell_over_price(lines[k - 1]) if k <= i else not _cell_under_price(lines[k], labels[k])

    top, bottom = i, i + 1
    while top > 0 and not edge(top) and i - top < T.QUOTE_CHIP_MAX_LINES:
        top -= 1
    while bottom < len(lines) and not edge(bottom) and bottom - top < T.QUOTE_CHIP_MAX_LINES:
        bottom += 1
    if top == 0 or not edge(top) or bottom >= len(lines) or not edge(bottom) \
            or not (labels[top - 1].cls == PROSE or labels[bottom].cls == PROSE) \
            or any(not _chip_line(lines, labels, j, below=j > i)
                   for j in range(top, bottom) if labels[j].kind != "table"):
        return
    for j in range(top, bottom):
        labels[j] = Label(FURNITURE, "table")


def _chip_line(lines: list[Line], labels: list[Label], j: int, below: bool) -> bool:
    """A quote box's cell: a label of a few words; under the price row its session's time too, a date line of any
    length, and a figure's row of a few more words (`Day range R35.05 - R39.80`). Over it no byline or date line:
    the header's, pasted tight over the box."""
    if labels[j].cls not in (SHORT, META, FURNITURE):
        return False
    if labels[j].kind in ("date", "dateline", "time"):
        return below
    if below and (_figure_label(lines[j]) or labels[j].kind == "disclosure"):  # (`Prices delayed by 20 minutes. …`)
        return True
    return lines[j].words <= T.LABEL_MAX_WORDS and labels[j].kind not in ("byline", "role")


def _cell_over_price(line: Line) -> bool:
    """A quote box's cell over its price row: the ticker (`NZX: RLG`), the price alone, the company's name (every word
    capitalised: `Rangitoto Logistics Ltd`; a subheading has words in lower case)."""
    return bool(_BARE_TICKER.match(line.text) or _PRICE_ALONE.match(line.text)) or (
        line.words <= T.QUOTE_BOX_CELL_MAX_WORDS and not line.sentence
        and all(not w[:1].isalpha() or w[:1].isupper() for w in line.text.split()))


def _cell_under_price(line: Line, label: Label) -> bool:
    """A quote box's cell under its price row: a figure's row, the data's delay note, a button to the stock's page, the
    session's time."""
    return _figure_label(line) or label.kind in ("disclosure", "date", "dateline", "time") \
        or (line.words <= T.QUOTE_BOX_CELL_MAX_WORDS and _QUOTE_BUTTON.search(line.text) is not None)


def _quote_heading(lines: list[Line], labels: list[Label], i: int) -> range:
    """The lines over a quote box's price row that name the stock: `Harbour Mills Inc. (HRBM)`, or the bare
    ticker over the company's name, tight (`ARVD` / `Arvada Semiconductor Corp.`)."""
    if i > 0 and (labels[i - 1].cls == SHORT or labels[i - 1].kind == "caption") \
            and _TICKER_NAME.match(lines[i - 1].text):
        return range(i - 1, i)  # (a company's name with its ticker in brackets reads as a caption's credit too)
    for top in range(i - 1, max(-1, i - 1 - T.QUOTE_HEADING_MAX_LINES), -1):
        # (a few words, the company's name ending in `Corp.` or `Inc.` perhaps)
        if lines[top + 1].blank_before or labels[top].cls != SHORT or lines[top].words > T.QUOTE_BOX_CELL_MAX_WORDS:
            break
        if _BARE_TICKER.match(lines[top].text):
            # (the company's name pasted tight over its ticker: `Sahyadri Motors Ltd` / `NSE: SAHYMOT`)
            named = top > 0 and not lines[top].blank_before and labels[top - 1].cls == SHORT \
                and lines[top - 1].words <= T.QUOTE_BOX_CELL_MAX_WORDS and not lines[top - 1].sentence \
                and all(word[:1].isupper() for word in lines[top - 1].text.split())  # (a name, no heading)
            return range(top - named, i)
    return range(0)


def _quote_link(lines: list[Line], i: int) -> bool:
    """A link to the stock's page under a quote box's price row (`Zur Aktie`, `Full quote`, `Ver cotización`): a
    few words pasted tight under it, no sentence, and the box closed by a blank line under them (a subheading
    over the story's next paragraph is set apart from the box above it), or, on a page without blank lines, a
    button's words."""
    return not lines[i].blank_before and lines[i].words <= T.QUOTE_BOX_CELL_MAX_WORDS and not lines[i].sentence \
        and not SENTENCE_END.search(lines[i].text) and (i + 1 >= len(lines) or lines[i + 1].blank_before
                                                         or _QUOTE_BUTTON.search(lines[i].text) is not None)


# A quote box's button by its words, for a page pasted without blank lines (`Add to Watchlist`, `Full quote`, `Zur
# Aktie`, `Voir le cours`, `Ver cotización`, `Vai al titolo`, `Ver cotação`, `Bekijk koers`, `Se aktien`).
_QUOTE_BUTTON = re.compile(r"\b(?:watchlist|full quote|quote|zur aktie|aktie|kurs|voir le cours|cotización|cotizaciones"
                           r"|vai al titolo|titolo|cotação|cotações|koers|aktien)\b", re.I)


def _chart_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A chart the copy did not carry, pasted between paragraphs: its noun alone (`GRÁFICO`, `Chart`), then, tight
    under it, its title and notes (no sentences) down to its source line (`Fuente: …`, `Source: …`): one box, no
    paragraph of the story and no photo's credit. A row of figures split at its dots (`2023: 468 · 2024: 451 · …`)
    counts as the one line it was pasted as. On a page with a blank line between every two lines (blankless_page)
    the box's lines stand apart too (`Grafik` / `SMI hinkt hinterher` / `Indexiert, 1. Januar 2026 = 100` / `Quelle:
    …`)."""
    blankless = None
    for i, label in enumerate(labels):
        if label.kind != "placeholder":
            continue
        blankless = blankless_page(lines) if blankless is None else blankless
        rows = 0
        for j in range(i + 1, len(lines)):
            rows += not lines[j].part
            if rows > T.CHART_BOX_MAX_LINES or (lines[j].blank_before and not blankless) \
                    or (lines[j].sentence and labels[j].cls != META):
                break
            if labels[j].kind == "credit" or F.SOURCE_LINE.match(lines[j].text) or _DATA_SOURCE.match(lines[j].text):
                if j + 1 < len(lines) and _masthead_under_source(lines, j + 1):
                    j += 1
                for k in range(i + 1, j + 1):
                    labels[k] = Label(FURNITURE, "table")
                break


def _masthead_under_source(lines: list[Line], i: int) -> bool:
    """The site's masthead in capitals (one of the page's first lines, any case) pasted tight under a graphic's source
    line (`Fuente: Observatorio Nacional de la Vivienda.` / `DIARIO LA PLAZA`): the graphic's maker, not a
    subheading (which names the masthead's words as a phrase: `El puerto` under `El Puerto`'s chart)."""
    text = lines[i].text.casefold()
    return lines[i].text.isupper() and not lines[i].blank_before and SOURCE_LABEL.match(lines[i - 1].text) is not None \
        and any(line.text.casefold() == text for line in lines[:min(i, T.MASTHEAD_TOP_LINES)])


# A numbered graphic's label alone on its line (`Chart 1`, `Figure 2`, `Grafik 3`, `Abbildung 1`, `Graphique 2`,
# `Gráfico 4`, `Grafico 1`, `Figura 2`, `Grafiek 3`, `Tabel 1`): a figure the copy took only the text of.
_NUMBERED_GRAPHIC = re.compile(r"^(?:chart|graph|graphic|figure|fig\.|table|map|grafik|abbildung|abb\.|schaubild"
                               r"|tabelle|karte|graphique|tableau|carte|gráfico|gráfica|cuadro|tabla|mapa|grafico"
                               r"|tabella|mappa|figura|tabela|grafiek|figuur|tabel|kaart)\s+\d{1,2}[.:]?$", re.I)


# A chart's row pasted as text: a name, then its one figure (`Kansas −61`, `Texas 48%`, `Lyon 12,4`).
_CHART_ROW = re.compile(r"^[^\W\d_][^\d.!?:]{0,40}?\s[−–+-]?[$€£]?\d[\d.,]*\s?%?$")


def _charted_rows(lines: list[Line], labels: list[Label]) -> None:
    """A chart pasted as its text: rows, each a name and its one figure (`Kansas −61` / `Texas −48` / …,
    T.CHART_ROWS_MIN or more), over its source (`Source: …`, with its note and byline), under its title and legend
    (no sentences, up to T.CHART_HEAD_MAX_BLOCKS of them): the chart's, none of it the story's, which stands above it.
    Where the page's blocks stand apart, the rows are one block and the source's block is taken whole; on a page
    without blank lines, the source line and the notes and byline under it."""
    spaced, blankless = spaced_page(lines), blankless_page(lines)
    if not (spaced or blankless):
        return
    n, i = len(lines), 0
    while i < n:
        if not (blankless or lines[i].blank_before) or not _CHART_ROW.match(lines[i].text):
            i += 1
            continue
        j = i + 1
        while j < n and (blankless or not lines[j].blank_before) and _CHART_ROW.match(lines[j].text):
            j += 1
        if j - i < T.CHART_ROWS_MIN or j >= n or not SOURCE_LABEL.match(lines[j].text):
            i = j
            continue
        end = j + 1
        while end < n and (not lines[end].blank_before if spaced else _chart_note(lines[end], labels[end])):
            end += 1
        top = i
        while top > 0 and i - top < T.CHART_HEAD_MAX_BLOCKS and (blankless or (
                lines[top].blank_before and lines[top - 1].blank_before)) \
                and labels[top - 1].cls in (SHORT, NEAR, FURNITURE) and not SENTENCE_END.search(lines[top - 1].text):
            top -= 1
        if neighbour(labels, top, -1) in (PROSE, NEAR):
            for k in range(top, end):
                labels[k] = Label(FURNITURE, "table")
        i = end


# A chart's note under its source line (`Note: Figures are averages …`, `Anmerkung: …`, `Nota: …`).
_CHART_NOTE = re.compile(r"^(?:notes?|nota|notas|anmerkung|hinweis|remarque|methodology|méthodologie)\s?:", re.I)


def _chart_note(line: Line, label: Label) -> bool:
    """A line under a chart's source on a page without blank lines: its note, or its byline (`By The Gazette`)."""
    return _CHART_NOTE.match(line.text) is not None or (label == Label(META, "byline")
                                                        and line.words <= T.LABEL_MAX_WORDS + 1)


def _numbered_chart_blocks(lines: list[Line], labels: list[Label]) -> None:
    """A numbered chart's block between paragraphs: its label (`Chart 2`) set apart, then pasted tight under it the
    chart's title, legend, axis ticks and notes, its source line (`Source: …`, `Quelle: …`) and the buttons under
    it, down to the next blank line. All of it is the chart's; none is a subheading or a paragraph of the story.
    On a page without blank lines no block closes, and nothing is taken. A chart named by its title instead
    (`Chart: Change in rents by county, 2026`, `Grafik: …`, `Gráfico: …`) opens such a block too when no line
    between it and its source is a sentence (its hint, `Hover over a county to see the figures`, is none)."""
    for i, line in enumerate(lines):
        if not line.blank_before or (labels[i].cls not in (SHORT, NEAR, FURNITURE) and labels[i].kind != "credit"):
            continue
        # (`Grafik: …` reads as a graphic's credit alone; over its source it is the chart's title)
        titled = len(line.text) <= T.CAPTION_MAX_CHARS and bool(GRAPHIC_TITLE.match(line.text))
        if not titled and not _NUMBERED_GRAPHIC.match(line.text):
            continue
        end = next((j for j in range(i + 1, min(i + T.NUMBERED_CHART_MAX_LINES, len(lines))) if lines[j].blank_before),
                   None)
        if end is None:
            continue
        sources = [j for j in range(i + 1, end)
                   if SOURCE_LABEL.match(lines[j].text) or F.SOURCE_LINE.match(lines[j].text)]
        if titled and sources and any(lines[j].full_stop for j in range(i + 1, sources[0])):
            continue
        if sources and all(lines[j].words <= T.LABEL_MAX_WORDS and not lines[j].sentence
                           for j in range(sources[-1] + 1, end)):
            for k in range(i, end):
                labels[k] = Label(FURNITURE, "table")


def _row_class(line: Line, label: Label, classes: tuple[str, ...] | frozenset[str]) -> bool:
    """The line's class allows a table row; a row of cells split at bars reads as a menu line, and may be one."""
    return label.cls in classes or (label.cls == MENU and (" | " in line.text or _dashed_row(line.text)))


# A cell opening on a price or a percentage (`4.10% APY`, `$0 minimum deposit`).
_PRICED_CELL = re.compile(r"^(?:[$€£¥]\s?\d|\d[\d.,]*\s?%)")


def _dashed_row(text: str) -> bool:
    """A row of cells split by spaced em dashes, a price or a percentage opening one (`Harborline Savings — 4.10% APY
    — $0 minimum deposit`); a story's list or headline set with dashes opens its parts on words or years."""
    cells = text.split(" — ")
    return len(cells) >= T.BAR_TABLE_MIN_CELLS and any(_PRICED_CELL.match(c.strip()) for c in cells)


# A table's source line that names where its figures come from (`Data from Ratewise, 29 November.`, `Figures
# courtesy of …`, `Datos de …`, `Données : …`, `Daten von …`, `Dati di …`, `Dados de …`, `Gegevens van …`).
_DATA_SOURCE = re.compile(r"^(data|figures|rates|prices|numbers|datos|cifras|données|chiffres|daten|zahlen|dati"
                          r"|cifre|dados|gegevens|cijfers)\s*(from|by|as of|courtesy of|de|del|des|du|von|vom|der"
                          r"|di|da|do|van|:)\s", re.I)


def _titled_wide_row(lines: list[Line], labels: list[Label], i: int) -> bool:
    """One row of many figures pasted tight under its title (`Rates snapshot` / `2-Year 3.88% -0.06 10-Year …`,
    `Devisen` / `EUR/USD 1,08 +0,2 % …`): a data strip set into the story, its title with it."""
    if i == 0 or lines[i].blank_before or labels[i].cls not in (*TEXT_CLASSES, MENU) or not table_row(lines[i]) \
            or labels[i - 1].cls != SHORT or lines[i - 1].sentence:
        return False
    return sum(bool(_NUMBER.match(cell)) for cell in lines[i].text.split()) >= T.WIDE_ROW_MIN_NUMBERS


# `Savepoint: Why …?` / `Maarja Tamm: Because …`, `Q: …` / `A: …`: a speaker's name and a colon opening a turn.
SPEAKER = re.compile(r"^(?P<who>[^\W\d_][\w.'’-]*(?: [\w.'’-]+){0,%s})\s?:\s+\S".replace(
    "%s", str(T.LABEL_MAX_WORDS - 1)))
_TURN_CLASSES = frozenset({PROSE, NEAR, SHORT})
_TURN_KINDS = frozenset({"prompt", "related item"})


def _dialogue(lines: list[Line], labels: list[Label]) -> None:
    """A Q&A interview: lines opened by the same two speakers' names (or `Q:` / `A:`), taking turns, are the
    story's paragraphs, whatever they look like alone (a question addresses the reader's `you`, a short one
    looks like a headline): two or more speakers with two turns or more each, changing at least
    DIALOGUE_MIN_CHANGES times."""
    turns: list[tuple[int, str]] = []
    for i, label in enumerate(labels):
        if (label.cls in _TURN_CLASSES or label.kind in _TURN_KINDS) and (m := SPEAKER.match(lines[i].text)):
            turns.append((i, m["who"]))
    if len(turns) < 2 * T.DIALOGUE_MIN_TURNS:
        return
    counts: dict[str, int] = {}
    for _, who in turns:
        counts[who] = counts.get(who, 0) + 1
    speakers = {who for who, n in counts.items() if n >= T.DIALOGUE_MIN_TURNS}
    ordered = [(i, who) for i, who in turns if who in speakers]
    changes = sum(1 for (_, a), (_, b) in pairwise(ordered) if a != b)
    if len(speakers) < 2 or changes < T.DIALOGUE_MIN_CHANGES:
        return
    for i, _ in ordered:
        labels[i] = Label(PROSE, "turn")


def _headline_shaped(line: Line, label: Label) -> bool:
    return label.cls in TEXT_CLASSES and line.headline and not LIST_ITEM.match(line.text) \
        and not line.text[:1].islower() and not line.text.endswith((":", ";", ","))


def _trailing_headlines(lines: list[Line], labels: list[Label]) -> None:
    """Two or more headline-shaped lines in a row (`?` allowed) after a paragraph, with no paragraph after them,
    are a bare list of links to other stories: a story does not end on two headings."""
    i = 0
    while i < len(lines):
        if not _headline_shaped(lines[i], labels[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _headline_shaped(lines[j], labels[j]):
            j += 1
        if j - i >= 2 and neighbour(labels, i, -1) == PROSE and not lines[i - 1].text.endswith(":") \
                and neighbour(labels, j - 1, 1) != PROSE and not _credits_below(labels, j):
            for k in range(i, j):
                labels[k] = Label(FURNITURE, "related item")
        i = j


def _credits_below(labels: list[Label], j: int) -> bool:
    """A byline or date line right under headline-shaped lines makes them the story's headline and standfirst
    (above a player's notice, say), not a list of other stories: a list of links carries no byline under it."""
    return j < len(labels) and labels[j].cls == META and labels[j].kind in ("byline", "date", "dateline")


# A paragraph that is one quotation, without a quote mark (and so without an attribution) inside it.
# (Swedish and Finnish open with the closing marks, `”…”`, `»…»`; Danish and German books with `»…«`)
_WHOLE_QUOTE = re.compile(r"^[“\"„«”»]([^“”\"„«»]{10,600})[”\"»“«](?P<who>\s*[—–]\s*[^.!?]{2,80})?$")
# A pull quote's attribution on its own line: a dash and a few words (a name, a role), not a sentence.
_ATTRIBUTION_LINE = re.compile(r"^[—–―-]\s*[A-ZÀ-Þ][^.!?:;]{1,80}$")
# A pull quote's attribution on the line under it: a name (two to four capitalised words), a comma and a role,
# no sentence ending (`Jane Doe, hydrologist at the University of X`); a story's quote says who spoke in a sentence.
# (a surname may open with its particle in lower case: `Annelies de Groot`, `Jan van der Berg`, `Ana dos Santos`)
NAMED_ATTRIBUTION = re.compile(r"^[—–-]?\s*[A-ZÀ-Þ][\w'’.-]+(?: (?:(?:de|da|di|du|del|della|der|den|van|von|dos|das"
                               r"|la|le|ter|ten|zu) ){0,2}[A-ZÀ-Þ][\w'’.-]+){1,3}, [^.!?:;\"“”]{3,100}$")
# Under a pull quote, its speaker and role set apart by a dash (`Rocío Benítez — Concejala de Urbanismo`, `Vicent
# Llorca - Director general de Obras Públicas`, a hyphen between spaces standing for the dash); not taken
# alone, nor a name described with an article: a story's profiles head their parts so (`Marta Ibáñez — la hija que
# volvió`, `Tobias Kern — der Vorgänger`).
DASHED_ATTRIBUTION = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3} [—–-] (?!(?i:the|a|an|la|el|le|les|los"
                                r"|las|die|der|das|il|lo|un|une|una|uno|ein|eine|de|het|een|o|os|um|uma)\s|l['’])"
                                r"[^.!?:;\"“”]{3,100}$")


def heads_profile(line: str, below: str) -> bool:
    """`Name - role` over a paragraph that names that person again (`Tomasz Reyes - night nurse` / `Reyes starts his
    shift …`), or over another such line: a profile's part heading, or the story's list of who does what, not a
    pull quote's speaker."""
    surname = re.split(r"\s[—–-]\s", line, maxsplit=1)[0].split()[-1]
    return DASHED_ATTRIBUTION.match(below) is not None or re.search(rf"\b{re.escape(surname)}\b", below) is not None


# An abbreviation's full stop in an attribution (`farmer near Eloy, Ariz.`, `Dra. Ana Ruiz`, `Prof. Max Roe`): a
# known abbreviation before it (titles, companies, US states' short forms; not a word's stop: `since April.`,
# `en Lorca.`); read without it, the attribution is no sentence. A line with a finite verb after the name (`has
# hauled`, `said`, `hacía`) is the story's sentence, whatever its stops.
_ABBREVIATION_STOP = re.compile(
    r"(?<![\w.])(Dr|Dra|Drs|Prof|Profa|St|Ste|Mt|Jr|Sr|Sra|Srta|Mme|Mlle|Mr|Mrs|Ms|Inc|Ltd|Co|Corp|Gov|Sen|Rep|Gen"
    r"|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore"
    r"|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Gir)\.(?=\s|,|$)")
_FINITE_VERB = re.compile(
    r"\b(?:has|have|had|is|was|were|are|said|says|told|will|would|can|could|does|did|hacía|hace|hizo|dijo|dice|es|fue"
    r"|era|ha|había|hacían|tiene|avait|est|était|dit|hat|hatte|ist|war|sagte|sagt|diz|tem|foi|aveva|disse)\b")


def _without_abbreviation_stops(text: str) -> str:
    """The line with its abbreviations' full stops gone, or as it is when it has a finite verb (a sentence)."""
    plain = _ABBREVIATION_STOP.sub(r"\1", text)
    return text if plain != text and _FINITE_VERB.search(text.split(",", 1)[-1]) else plain
# A capitalised word after a sentence's first word: a name (`…, explique Hélène Garrigues, …`).
_INNER_CAPITAL = re.compile(r"(?<![.!?…]\s)(?<!^)\b[A-ZÀ-Þ][a-zà-ÿ]")


def _pull_quotes(lines: list[Line], labels: list[Label]) -> None:
    """A quotation standing alone between paragraphs that names no speaker and follows a paragraph that neither
    quotes anyone (the same speaker going on) nor leads into it (`… said:`) is a pull quote, repeated or not."""
    for i, label in enumerate(labels):
        if label.cls not in TEXT_CLASSES or lines[i].words > T.PULL_QUOTE_MAX_WORDS:
            continue
        if not (m := _WHOLE_QUOTE.match(lines[i].text)):
            _unquoted_with_speaker(lines, labels, i)
            continue
        if i + 1 < len(lines) and labels[i + 1].cls in TEXT_CLASSES \
                and _ATTRIBUTION_LINE.match(_without_abbreviation_stops(lines[i + 1].text)) \
                and neighbour(labels, i, -1) in TEXT_CLASSES:
            # `“…”` / `— Jane Doe, mayor`: the attribution on a line of its own
            labels[i] = labels[i + 1] = Label(FURNITURE, "pull quote")
            continue
        if m["who"] and neighbour(labels, i, -1) in TEXT_CLASSES:
            labels[i] = Label(FURNITURE, "pull quote")  # `“…” — Jane Doe, mayor`: a story's quotes say who spoke
            continue
        if _repeats_paragraph(lines, labels, i, m[1]):
            labels[i] = Label(FURNITURE, "pull quote")  # a quote set out again from a paragraph nearby
            continue
        quoted = m[1].strip()  # (French quotes hold a space inside: `« On … »`)
        if (label.cls == SHORT and not SENTENCE_END.search(quoted)) or _INNER_CAPITAL.search(quoted) \
                or F.SPEECH_TAG.search(quoted):
            continue  # a quoted subheading (`“It just keeps coming”`: no sentence), or a quote naming its speaker
            # (by name, or by a speech verb set into it: `« …, raconte-t-elle. … »`, `“…,” she said. “…”`)
        texts = [k for k in range(max(0, i - T.PULL_QUOTE_WINDOW), min(len(lines), i + 1 + T.QUOTED_SUBHEADING_REACH))
                 if k != i and labels[k].cls in TEXT_CLASSES]
        if cuts_quote_short(quoted, [lines[k].text for k in texts if k > i], [lines[k].text for k in texts if k < i]):
            continue  # a quoted subheading cutting short the quote it heads (`“It works fine. Why pay again?”`)
        above = i - 1
        while above >= 0 and labels[above].cls not in TEXT_CLASSES:
            above -= 1
        if above >= 0 and labels[above].cls == PROSE and not _speaker_goes_on(lines[above].text) \
                and not lines[above].text.endswith(":") and neighbour(labels, i, 1) in TEXT_CLASSES \
                and not _vox_pop(lines, i) and not _pointed_back_at(lines, labels, i):
            labels[i] = Label(FURNITURE, "pull quote")
    _attributions_under_pull_quotes(lines, labels)


_QUOTE_MARKS = re.compile(r"[\"“”„«»‘’'‹›]")
# A quote mark that is no apostrophe inside a word (`who's`, `l'été`).
_OPENS_QUOTE = re.compile(r"[\"“”„«»‹›]|(?<!\w)['‘’]|['‘’](?!\w)")


def cuts_quote_short(quoted: str, below: list[str], above: list[str]) -> bool:
    """A few quoted words closed by the editor's own `?`, `!` or `.` that cut short a quote of a paragraph right under
    them (`‘It works fine. Why should I pay again?’` over `… “It works fine. Why should I pay again for something I
    already bought?” wrote …`): the words stand there in order and the speaker's sentence goes on past them, and no
    paragraph above holds them. A quoted subheading heading its part; a pull quote repeats a sentence to its end, or
    stands apart from it (above at a distance, or below)."""
    quoted = _QUOTE_MARKS.sub("", quoted).strip()
    if len(quoted.split()) > T.QUOTED_SUBHEADING_MAX_WORDS or not quoted.endswith(("?", "!", ".")):
        return False
    core = quoted.rstrip("?!.… ").lower()
    if len(core) < T.PULL_QUOTE_MIN_CHARS or any(core in _QUOTE_MARKS.sub("", text).lower() for text in above):
        return False
    # (the paragraph right under them, or the one after it when the first introduces the speaker, quoting no one:
    # `Die Fährfrau Greta Olsen, 71, …` / her quote; a quote further down is a pull quote's source)
    near = below[:2] if below and not _OPENS_QUOTE.search(below[0]) and (
        below[0].rstrip().endswith(":") or _INNER_CAPITAL.search(below[0])) else below[:1]
    for text in near:
        plain = _QUOTE_MARKS.sub("", text).lower()
        at = plain.find(core)
        if at >= 0 and re.match(r"\s+\w", plain[at + len(core):]):
            return True  # (the sentence goes on: `… pay again for something …`)
    return False


def _unquoted_with_speaker(lines: list[Line], labels: list[Label], i: int) -> None:
    """A pull quote set without quote marks (`Alternate-day supply is the only way …` / `Nandkumar Jagtap, water
    supply chief`): a line between paragraphs repeating a paragraph's words in order, its speaker and role pasted
    tight under it. A subheading repeats no paragraph; the story's quote paragraph is longer than the words it
    holds."""
    if labels[i].cls in (SHORT, NEAR) and i + 1 < len(lines) and not lines[i + 1].blank_before \
            and labels[i + 1].cls in TEXT_CLASSES and lines[i + 1].words <= T.PULL_QUOTE_ATTRIBUTION_MAX_WORDS \
            and NAMED_ATTRIBUTION.match(lines[i + 1].text) and neighbour(labels, i, -1) in TEXT_CLASSES \
            and _repeats_paragraph(lines, labels, i, lines[i].text):
        labels[i] = labels[i + 1] = Label(FURNITURE, "pull quote")


# A paragraph opening on the quotation above it and saying whose it was (`That was the response from …`, `Così il
# sindaco …`, `C'est ce qu'affirme …`, `Das sagt …`, `Así lo explica …`, `Foi o que disse …`): the story's own
# quote, set alone as its paragraph, not a pull quote.
_POINTS_BACK = re.compile(
    r"^(?:(?:That|Those|These|Such) (?:was|were|is|are)\b|That's\b|So (?:said|says)\b|Those words\b"
    r"|C['’]est ce qu|C['’]était\b|Tels? (?:est|sont)\b|Telles? (?:est|sont)\b|Ainsi (?:parle|s['’]exprime)"
    r"|Così\b|(?:Sono|Queste) (?:le )?parole\b|Parola di\b|Lo (?:dice|ha detto|afferma)\b"
    r"|Así (?:lo|se)\b|Son palabras de\b|Con estas palabras\b|Eso (?:es lo que|dijo)\b"
    r"|(?:Das|So) (?:sagt|sagte|erklärt|erklärte|meint|betont|betonte)\b|Mit diesen Worten\b"
    r"|Foi (?:o que|assim)\b|Assim (?:o )?(?:disse|afirmou|explicou)\b|São palavras de\b"
    r"|Dat (?:zegt|zei)\b|Aldus\b)")


# ... or opening on who said it, the name between commas before a verb of saying (`Sa présidente, Inès Belkacem,
# estime que …`, `The union's chair, Gail Okemaw, said …`).
_SPEAKER_NAMED = re.compile(
    r"^[^.!?\"“”«»„]{0,60}, (?:[A-ZÀ-Þ][\w'’-]+ ){1,2}[A-ZÀ-Þ][\w'’-]+, (?:estime|affirme|explique|dit|juge|says"
    r"|said|argues|sagt|meint|erklärt|dice|afirma|explica|sostiene|diz|ha detto|spiega)\b")


def _pointed_back_at(lines: list[Line], labels: list[Label], i: int) -> bool:
    """The paragraph right under the quotation at i opens by pointing back at it or by naming who said it."""
    return i + 1 < len(lines) and labels[i + 1].cls == PROSE and (
        _POINTS_BACK.match(lines[i + 1].text) is not None or _SPEAKER_NAMED.match(lines[i + 1].text) is not None)


def _vox_pop(lines: list[Line], i: int) -> bool:
    """The quotation at i is one of a series nearby, each over its speaker's name and role (`”…”` / `Maria Öhman,
    ordförande …` / `”…”` / `Jonas Lind, tränare`): the story's vox pop, not a pull quote."""
    def pair(k: int) -> bool:
        return k + 1 < len(lines) and _WHOLE_QUOTE.match(lines[k].text) is not None \
            and NAMED_ATTRIBUTION.match(_without_abbreviation_stops(lines[k + 1].text)) is not None

    near = range(max(0, i - T.PULL_QUOTE_WINDOW), min(len(lines), i + T.PULL_QUOTE_WINDOW))
    return pair(i) and any(k != i and pair(k) for k in near)


def _attributions_under_pull_quotes(lines: list[Line], labels: list[Label]) -> None:
    """`“…”` / `Jane Doe, Transport Secretary`: the name and role on the line under a pull quote, without a dash,
    are the quote's attribution (furniture with it), not a subheading of the story."""
    for i in range(len(lines) - 1):
        if labels[i].kind == "pull quote" and labels[i + 1].cls in TEXT_CLASSES \
                and lines[i + 1].words <= T.PULL_QUOTE_ATTRIBUTION_MAX_WORDS \
                and (NAMED_ATTRIBUTION.match(_without_abbreviation_stops(lines[i + 1].text))
                     or (DASHED_ATTRIBUTION.match(lines[i + 1].text)
                         and not heads_profile(lines[i + 1].text, lines[i + 2].text if i + 2 < len(lines) else ""))
                     or _named_in_story(lines, labels, i + 1)):
            labels[i + 1] = Label(FURNITURE, "pull quote")


# An attribution led in by a few words before the name (`A quote from Jane Doe, mayor`, `Une citation de Jane Roe,
# maire`, `Zitat von Max Roe`, `Cita de Ana Ruiz, alcaldesa`): the name, then perhaps a comma and a role.
_LED_IN_ATTRIBUTION = re.compile(r"^[—–-]?\s*(?:[A-ZÀ-Þ]?[a-zà-ÿß'’]*\s)(?:[a-zà-ÿß'’]+\s){0,2}"
                                 r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3})(?:, [^.!?:;\"“”]{3,100})?$")


def _named_in_story(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A line under a pull quote that names, after its lead-in words, a person the story's paragraphs around name
    too: the quote's speaker, not a subheading (whose words are not a name and a role)."""
    if not (m := _LED_IN_ATTRIBUTION.match(lines[i].text)) or not latin_name(m["name"]):
        return False
    near = range(max(0, i - T.PULL_QUOTE_WINDOW), min(len(lines), i + T.PULL_QUOTE_WINDOW + 1))
    return any(labels[j].cls == PROSE and m["name"] in lines[j].text for j in near)


# Where a paragraph's last sentence starts: after a sentence's end, before a capital or an opening quote.
_LAST_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Þ«“\"„])")


def _speaker_goes_on(text: str) -> bool:
    """The paragraph above a lone quotation ends quoting someone (its last sentence holds a quotation mark): the
    quotation may be the same speaker going on. A paragraph that quoted someone and then closed in the reporter's
    own words (`… Yields have halved in two years.`) hands over to no speaker. Nor does a quotation left open at
    the paragraph's end hand over: a quote running on into the next paragraph drops its closing mark (`A source
    said: “It was lovely. …` / `“Then it rained …”`), in every language's quotation marks."""
    last = _LAST_SENTENCE.split(text)[-1]
    # (or it reports a named speaker's words, `Jane Doe said the …`: the quotation under it is hers going on)
    return bool(QUOTE_MARK.search(last)) or _quote_left_open(text) or any(
        latin_name(m["name"]) for m in F.NAMED_SAID.finditer(last))


def _quote_left_open(text: str) -> bool:
    """More quotations opened than closed: `„…“` (de/pl/cs), `«…»` (fr/es/it/pt/ru), `“…”` (en), `"…"`."""
    if "„" in text:
        return text.count("„") > text.count("“") + text.count("”")
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _repeats_paragraph(lines: list[Line], labels: list[Label], i: int, quoted: str) -> bool:
    """The quote's words, all of them, stand in that order in a longer prose line nearby: a pull quote."""
    words = " ".join(re.findall(r"\w+", quoted.lower()))
    if len(words.split()) < T.PULL_QUOTE_MIN_REPEAT_WORDS:
        return False
    near = range(max(0, i - T.PULL_QUOTE_WINDOW), min(len(lines), i + T.PULL_QUOTE_WINDOW + 1))
    return any(j != i and labels[j].cls == PROSE and len(lines[j].text) > len(lines[i].text)
               and words in " ".join(re.findall(r"\w+", lines[j].text.lower())) for j in near)


_SLIDE_COUNTER = re.compile(r"\b\d{1,3}\s*(?:/|of|von|de|di|sur|van|av|af|z|из)\s*\d{1,3}\b", re.I)


def _lone_slide_caption(lines: list[Line], labels: list[Label], i: int) -> int | None:
    """On a page pasted without blank lines, the one line under a counter amid the story (`2 / 7` / `Ewes penned at
    Wasdale Head after the autumn gather.` / the story): a caption's length and one sentence at most, the story's
    prose under it; no blank line can show where the slide ends."""
    if i + 2 >= len(lines) or not _SLIDE_COUNTER.search(lines[i].text) or not blankless_page(lines):
        return None  # (a counter: a caption's own label, `Image caption, …`, is read as the gallery kind too)
    under = lines[i + 1]
    return i + 1 if labels[i + 1].cls in TEXT_CLASSES and len(under.text) <= T.CAPTION_MAX_CHARS \
        and not TWO_SENTENCES.search(under.text) and labels[i + 2].cls == PROSE else None


def _gallery_captions(lines: list[Line], labels: list[Label]) -> None:
    """A gallery counter (`Slide 1 of 8`) with a photo credit or the slideshow's buttons (`Zurück` / `Weiter`) a
    few lines below: the lines between are the slide's caption, whatever their shape. Below the story's first
    paragraph, the slide (caption and credit) is furniture inside the story, not the lead photo's caption; there,
    on a page whose blocks stand apart, the lines pasted tight under the counter down to the next blank line are
    the slide's too (`Diaporama` / `1 / 9` / `Atelier de l'île, vers 1955.`), the story going on below them."""
    spaced = None
    for i, label in enumerate(labels):
        if label.kind != "gallery":
            continue
        # (a gallery's title between its label and its counter, `Bildergalerie` / title / `Bild 1 von 8`: the box's)
        titled = i >= 2 and not lines[i].blank_before and not lines[i - 1].blank_before \
            and labels[i - 1].cls in TEXT_CLASSES and not lines[i - 1].sentence \
            and lines[i - 1].words <= T.HEADLINE_MAX_WORDS and labels[i - 2].kind == "gallery"
        inside = neighbour(labels, i - 2 if titled else i, -1) == PROSE
        credit = _slide_end(lines, labels, i)
        if credit is None and inside:
            spaced = spaced_page(lines) if spaced is None else spaced
            credit = _tight_slide_end(lines, labels, i) if spaced else _lone_slide_caption(lines, labels, i)
        if credit is None:
            continue
        for j in range(i - 1 if titled and inside else i + 1, credit + 1):
            if j == i:
                continue
            if inside:
                labels[j] = Label(FURNITURE, "gallery item")
            elif labels[j].cls in TEXT_CLASSES:
                labels[j] = Label(META, "caption")


def _slide_end(lines: list[Line], labels: list[Label], i: int) -> int | None:
    """The slide's last line under the gallery counter at i: its credit, or the slideshow's buttons: a pair of them
    (`Previous` / `Next`), or a lone one pasted tight with every line from the counter down (a lone `Next` across a
    blank line may stand under the story's paragraph set apart from the slide)."""
    end = min(len(lines), i + 1 + T.WIDGET_MAX_LINES)
    credit = next((j for j in range(i + 1, end) if labels[j].kind == "credit"
                   or (j > i + 1 and F.GALLERY_NAV.match(lines[j].text)
                       and (all(not lines[k].blank_before for k in range(i + 1, j + 1))
                            or (j + 1 < len(lines) and F.GALLERY_NAV.match(lines[j + 1].text))))), None)
    while credit is not None and F.GALLERY_NAV.match(lines[credit].text) and credit + 1 < len(lines) \
            and F.GALLERY_NAV.match(lines[credit + 1].text):
        credit += 1  # (the slideshow's buttons, `Zurück` / `Weiter`, close the slide as its credit does)
    return credit


def _tight_slide_end(lines: list[Line], labels: list[Label], i: int) -> int | None:
    """The last of the lines pasted tight under the gallery counter at i (each no longer than a lone caption), when a
    blank line closes them within a widget's few lines and the story's prose goes on below."""
    n, j = len(lines), i
    while j + 1 < n and not lines[j + 1].blank_before and j - i < T.WIDGET_MAX_LINES:
        j += 1
        if labels[j].cls not in (*TEXT_CLASSES, FURNITURE) or lines[j].words > T.LONE_CAPTION_MAX_WORDS:
            return None
    if j == i or j + 1 >= n or not lines[j + 1].blank_before or labels[j + 1].cls != PROSE:
        return None
    # (a bare counter, no gallery label or picture word on its line or just above it, may number a quiz's question
    # or a ranked list's item: not over a question, nor when its series goes on elsewhere on the page, `2 of 5`)
    labelled = not _COUNTER.match(lines[i].text) or any(
        k >= 0 and labels[k].kind == "gallery" and all(not lines[m].blank_before for m in range(k + 1, i + 1))
        for k in (i - 1, i - 2))
    if not labelled and (any(lines[k].text.rstrip().endswith("?") for k in range(i + 1, j + 1))
                         or _series_goes_on(lines, i)):
        return None
    return j


# A gallery counter's numbers alone (`1 of 5`, `2 / 7`, `3 von 8`), no picture word before them.
_COUNTER = re.compile(r"^\s*(?P<at>\d+)\s*(of|/|de|von|sur|di|van|z|ze|av|af|fra|från|din|na|su)\s*(?P<total>\d+)\s*$",
                      re.I)


def _series_goes_on(lines: list[Line], i: int) -> bool:
    """Another counter of the same series as the bare counter at i elsewhere on the page (`1 of 5` … `2 of 5`):
    the story's numbered items, each with its paragraphs under it."""
    at = _COUNTER.match(lines[i].text)
    return any((m := _COUNTER.match(lines[k].text)) and m["total"] == at["total"] and m["at"] != at["at"]
               for k in range(len(lines)))


# `Biglietti: 16 euro, ridotto 12 euro.`: an item of a practical-information list (where, when, tickets).
KEY_VALUE = re.compile(r"^[^\W\d][\w'’ -]{0,24}:\s+\S")


def _figures(lines: list[Line], first: int, end: int) -> bool:
    """A box's lines all `Label: value` with a number in the value (`Defendants: 3`, `Coût : 2,4 M€`, a label
    opening on a figure too: `0-100 km/u: 6,4 s`), or all
    opening with their figure and no sentence (`400 recorders`, `1 in 7 wetlands dry`, `12.000 Besucher`): the
    story in figures (a show's credits give names)."""
    return all(_FIGURE.match(lines[k].text) for k in range(first, end)) \
        or all((_FIGURE_FIRST.match(lines[k].text) or DATED_ITEM.match(lines[k].text)) and not lines[k].sentence
               for k in range(first, end))


_FIGURE = re.compile(r"^[^\W_][^:.!?]{0,40}\s?:\s+\D{0,20}\d")


def _dated_figure(lines: list[Line], labels: list[Label], j: int) -> bool:
    """A box's line opening on a year and its colon (`1887: the first reading`), read as a date line: one of the
    box's figures all the same."""
    return labels[j].cls == META and labels[j].kind == "date" and _FIGURE_FIRST.match(lines[j].text) is not None \
        and not lines[j].sentence
# (a figure may carry its sign and unit, and be set off from what it counts by a colon or a dash: `1887: the first
# reading`, `−41°F: the lowest temperature`, `15.904 : soirs de relevés`, `23.12 – Il sistema lancia l'allerta`)
_FIGURE_FIRST = re.compile(r"^[−+-]?[$€£¥]?\d[\d.,]*\s?(%|[$€£¥°]|\w|:\s|[–—]\s)")


def _headed_paragraph(lines: list[Line], labels: list[Label], j: int) -> bool:
    """A line of a headline's length at most, no sentence, set apart over a paragraph of the story: a long
    subheading (`Voli dirottati, ma nessun passeggero bloccato a bordo`) under a box, whose lines end above it."""
    return labels[j].cls == SHORT and not lines[j].sentence and lines[j].words <= T.HEADLINE_MAX_WORDS \
        and j + 1 < len(lines) and lines[j + 1].blank_before and labels[j + 1].cls == PROSE


def _subheading(lines: list[Line], labels: list[Label], j: int) -> bool:
    """A short line standing apart with the story's prose under it: the story's next subheading (a question too:
    `Wie geht es am Elbufer weiter?`, `What happens next?`)."""
    return labels[j].cls == SHORT and (not lines[j].sentence or lines[j].text.endswith("?")) \
        and lines[j].words <= T.LABEL_MAX_WORDS + 2 \
        and j + 1 < len(lines) and lines[j + 1].blank_before and labels[j + 1].cls == PROSE


def _key_value_lists(lines: list[Line], labels: list[Label]) -> None:
    """A date line ending in a full stop next to another `Label: value` line of text is an item of a practical
    list after the story (`Date: 5 March to 20 September.` / `Tickets: …`), not the page's dateline."""
    for i, label in enumerate(labels):
        if label.cls != META or label.kind not in ("date", "dateline") or not lines[i].full_stop \
                or not KEY_VALUE.match(lines[i].text):
            continue
        if any(0 <= j < len(lines) and labels[j].cls in TEXT_CLASSES and KEY_VALUE.match(lines[j].text)
               for j in (i - 1, i + 1)):
            labels[i] = Label(SHORT)


def _dated_lists(lines: list[Line], labels: list[Label]) -> None:
    """The story's own list of dates under its lead-in (`The issue follows the usual calendar:` / `Subscription
    opens: Tuesday, 17 March` / `Allotment expected: Friday, 20 March`, `Die Termine:` / `Anmeldeschluss: 3. März`
    / …): a run of labelled date lines right under a sentence closed by a colon, the story's lead-in to them. They
    are items of the story, not its header's dates: a header's date line is labelled as one (`Published:`,
    `Aktualisiert:`, furniture.DATELINE) and stands under a byline, not under a sentence that introduces it."""
    n = len(lines)
    for i in range(1, n - 1):
        lead = lines[i - 1]
        if labels[i].kind != "date" or labels[i - 1].cls not in TEXT_CLASSES or not lead.text.endswith(":") \
                or lead.words < T.LIST_MIN_WORDS:
            continue
        j = i
        while j < n and labels[j].cls == META and labels[j].kind == "date" and KEY_VALUE.match(lines[j].text) \
                and not F.DATELINE.match(lines[j].text):
            j += 1
        if j - i >= T.DATED_LIST_MIN_ITEMS:
            for k in range(i, j):
                labels[k] = Label(SHORT)


def _dated_list_items(lines: list[Line], labels: list[Label]) -> None:
    """A date line between two lines opening as it does, a figure and a unit before a colon (`108 000 hectares : …` /
    `80 500 hectares : sa surface estimée au 1er janvier 2027` / `8 000 hectares : …`): an item of a list of
    figures, which names a date, not the page's date line."""
    for i in range(1, len(lines) - 1):
        if labels[i].cls != META or labels[i].kind not in ("date", "dateline") \
                or not (m := _FIGURE_ITEM.match(lines[i].text)):
            continue
        if all((k := _FIGURE_ITEM.match(lines[j].text)) and k["unit"].lower() == m["unit"].lower()
               for j in (i - 1, i + 1)):
            labels[i] = Label(SHORT)


_FIGURE_ITEM = re.compile(r"^[\d][\d\s.,]*\s?(?P<unit>[^\W\d]+)\s?:\s")


def _figure_item(line: Line) -> bool:
    """A fact box's item of figures: a figure first (`108 000 hectares : la surface du vignoble en 2020`, `4,8
    kilómetros de tuberías bajo las calles de Sama.`), or a timeline's date first (`Mei 2025: voetbalbond legt …`), a
    short line; a court report's part under `Les faits` tells in sentences that open with words."""
    # (a sum opens on its currency's sign: `€85m – size of the Series C round`, `€ 47 miljoen geschatte kosten`)
    figure = line.text.lstrip("€$£¥").lstrip()[:1].isdigit() \
        and (_FIGURE_ITEM.match(line.text) is None or not SENTENCE_END.search(line.text))
    return line.words <= T.FACT_LINE_MAX_WORDS and (figure or DATED_ITEM.match(line.text) is not None)


_DURATION = re.compile(r"^\(?\d{1,2}:\d{2}(:\d{2})?\)?( min\.?)?$", re.I)


def _media_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A duration alone on a line closes a video or audio box: the short lines between it and the box's label
    above (`LISTEN` / `Why drivers quit` / `Information Morning` / `7:12`) are the box's title and show; so are
    they when the first names the clip's medium (`Vidéo ACP` / title / `01:32`)."""
    for i, label in enumerate(labels):
        if label.cls not in (FURNITURE, SHORT) or not _DURATION.match(lines[i].text):
            continue
        if lines[i].part:
            _inline_media_box(lines, labels, i)
            continue
        if label.cls == SHORT:
            _tight_media_box(lines, labels, i)
            continue
        top = i - 1
        while top >= max(0, i - T.WIDGET_MAX_LINES) and labels[top].cls in (SHORT, NEAR) and not lines[top].prose:
            top -= 1
        if top >= 0 and top < i - 1 and (labels[top].cls == FURNITURE or _show_and_title(lines, top + 1, i)
                                          or (_MEDIUM_OPENS.match(lines[top + 1].text)
                                              and lines[top + 1].words <= T.LABEL_MAX_WORDS)):
            for j in range(top + 1, i):
                labels[j] = Label(FURNITURE, "widget item")


# A box's label naming its clip's medium, first of the short lines over the clip's length (`Vidéo ACP` / title /
# `01:32`): a label's few words (`Audio diaries of a Clee Hills farm labourer` over `Running time` is a subheading).
_MEDIUM_OPENS = re.compile(r"^(?:" + F.CLIP_WORDS + r")\b", re.I)


def _show_and_title(lines: list[Line], first: int, i: int) -> bool:
    """Lines first..i-1 are one line split at its bar, set apart above and pasted tight over the clip's length at
    line i (`JT 13h | Réforme des pensions : ce que contient l'accord` / `02:36`): the show and the clip's title, a
    headline's length without a figure (`Final score | Harwick Rovers 3 Coldmouth 1` over `2:36` is a match's, and
    `Meilleur temps féminin | Amina Okafor` over `2:26:41` a race's result)."""
    title = lines[i - 1]
    return i - first >= 2 and lines[first].blank_before and not lines[i].blank_before \
        and all(lines[k].part and not lines[k].blank_before for k in range(first + 1, i)) \
        and title.words >= T.LINKED_HEADLINE_MIN_WORDS and not any(c.isdigit() for c in title.text)


def _spaced_video_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A video box amid the story whose lines each stand apart (`WATCH | title:` / the title again / `2 months ago` /
    `Duration 2:07` / one sentence of description): the title and the clip's age between the box's label and its
    labelled length are the box's; so is the one sentence under the length, set apart, when the story's paragraphs
    resume under it pasted tight (the page pastes its story tight and sets its boxes apart: a paragraph of that
    story set apart alone is the box's)."""
    for i, label in enumerate(labels):
        if label != Label(FURNITURE, "audio player") or not F.LABELLED_DURATION.match(lines[i].text):
            continue
        top = i - 1
        while top >= max(0, i - T.WIDGET_MAX_LINES) and (_box_title(lines[top], labels[top]) or (
                labels[top].kind == "time" and F.RELATIVE_TIME.match(lines[top].text))
                or labels[top] == Label(FURNITURE, "widget item")):  # (the title right above, taken already)
            top -= 1
        if top < 0 or top == i - 1 or labels[top].cls != FURNITURE or labels[top].kind not in _BOX_LABEL_KINDS:
            continue
        for j in range(top + 1, i):
            labels[j] = Label(FURNITURE, "widget item")
        if _box_description(lines, labels, top, i + 1):
            labels[i + 1] = Label(FURNITURE, "widget item")


# A news clip's length, under ten minutes (`1:48`, `04:12`); a kick-off (`19:45`) or a race's time (`1:11:48`) is none.
_SHORT_CLIP = re.compile(r"^0?\d:[0-5]\d$")


def _clip_title(line: Line, label: Label) -> bool:
    return label.cls in (SHORT, NEAR) and not line.sentence and line.words >= T.LINKED_HEADLINE_MIN_WORDS \
        and not any(c.isdigit() for c in line.text)


_BOX_LABEL_KINDS = ("widget", "related item")  # (`WATCH` alone, or `WATCH | title:` read as a link)


def _box_title(line: Line, label: Label) -> bool:
    return label.cls in (SHORT, NEAR) and not line.prose and not line.full_stop and line.words <= T.HEADLINE_MAX_WORDS


def _box_description(lines: list[Line], labels: list[Label], top: int, d: int) -> bool:
    """Line d, under a box's length, is one sentence set apart over the story resumed tight (two paragraphs pasted
    together), the story above the box (over its label, top) pasted tight as well."""
    if d + 2 >= len(lines) or labels[d].cls not in (PROSE, NEAR) or not lines[d].blank_before \
            or len(lines[d].text) > T.CAPTION_MAX_CHARS or TWO_SENTENCES.search(lines[d].text):
        return False
    above = next((k for k in range(top - 1, -1, -1) if labels[k].cls != FURNITURE), None)
    if above is None or labels[above].cls != PROSE or lines[above].blank_before:
        return False
    return lines[d + 1].blank_before and labels[d + 1].cls == PROSE and labels[d + 2].cls == PROSE \
        and not lines[d + 2].blank_before


# A player's length or position as a line of its own (`1:48`, `0:00 / 3:12`), or closing the line with its label
# (`Duration 2:06`, `…: Durée 2:06`).
# (a play sign before the length, `▶ 1:42`, is a player's own evidence; so is the clip's medium alone before it,
# `Video 02:51 Min.`, `Audio: 3:12`, `Podcast 12:05`, `Vídeo | 02:47`)
_PLAYER_LENGTH = re.compile(r"(?:^[▶►▷⏵]?\s*|\b(?:" + F.DURATION_WORDS + r")\s*:?\s*|^(?:" + F.CLIP_WORDS
                            + r"|ton|hören|écouter|escuchar|ouvir|ascolta|luister)\s*[:|·•]?\s*)"
                            r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?"
                            r"(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*min\.?)?$", re.I)
_PLAYER_KINDS = ("audio player", "widget", "widget item")
# A clip's length in minutes alone on its line (`1 min`, `3 Min.`, `2 minutos`): in a block amid the story, a box's.
_PLAY_BUTTON = r"play (?:video|audio)"  # (the player's button, pasted before its length: `Play Video. Duration: …`)
_PLAYER_OPENS = re.compile(r"^" + _PLAY_BUTTON + r"\b", re.I)
_MINUTES_LENGTH = re.compile(r"^\d{1,3}\s?(?:min|mins|minutes?|minuten|minutos|minuti|minuter|minutter)\.?$", re.I)
# A clip's length under its duration label, spelt out in minutes and seconds (`Duration: 6 minutes 41 seconds`,
# `Durée : 6 minutes 41 secondes`, `Dauer: 6 Minuten 41 Sekunden`, `Duración: 6 minutos y 41 segundos`), perhaps after
# the player's button (`Play Video. Duration: 2 minutes 14 seconds`): a box's line.
_WORDED_LENGTH = re.compile(r"^(?:" + _PLAY_BUTTON + r"\.?\s+)?(?:" + F.DURATION_WORDS + r")\s*:?\s*\d{1,3}\s*"
                            r"(?:minutes?|mins?|minutos?|minuten"
                            r"|minuti)\.?(?:,?\s*(?:and|et|y|und|e|en)?\s*\d{1,2}\s*(?:seconds?|secs?|secondes?"
                            r"|segundos?|sekunden|secondi|seconden)\.?)?$", re.I)
# A clip's length labelled with its medium alone (`Video 02:51 Min.`, `Audio: 3:12`, `Vídeo 1:48`).
_MEDIUM_LENGTH = re.compile(r"^(?:" + F.CLIP_WORDS + r")\s*[:|·•]?\s*\d{1,2}:\d{2}", re.I)


# A clip's medium alone on its line (`Audio`, `Video`, `Vídeo`, `Podcast`): a player box's label.
_BARE_MEDIUM = re.compile(r"^(?:" + F.CLIP_WORDS + r")$", re.I)
# A clip's length closing a line after its airing's clock (`… Do 03.09.2026 17:10Uhr 02:48 min`): minutes after a
# clock figure measure a length (a time of day is not counted in minutes).
_LENGTH_AT_END = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:min|mins|minuten|minutes|minutos|minuti)\.?$", re.I)


def _medium_label_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A player's box under its medium's bare label (`Audio` / `Seilbahn-Aus: Was wird jetzt aus dem Elbufer?` /
    `Elbwelle Sachsen-Anhalt Do 03.09.2026 17:10Uhr 02:48 min` / `Audio herunterladen [MP3 | 2,6 MB]`, `Vídeo` /
    `02:47` / the clip's title): the lines pasted tight under the label, a blank line closing them, with a player's
    own evidence among them (the clip's length, a download button). Its title and airing are the box's, wherever it
    stands (in the header, the clip's title is no headline; amid the story, no subheading). On a page pasted without
    blank lines the box ends on its last line of such evidence (`Audio` / title / airing with its length / `Audio
    herunterladen …`), the page's end being no blank line."""
    tight = blankless_page(lines)
    for i, label in enumerate(labels):
        if label.cls != FURNITURE or label.kind != "widget" or not _BARE_MEDIUM.match(lines[i].text):
            continue
        bottom = i + 1
        while bottom < len(lines) and not lines[bottom].blank_before and bottom - i <= T.WIDGET_MAX_LINES + 1:
            bottom += 1
        lengths = [j for j in range(i + 1, bottom) if _player_evidence(lines[j], labels[j])]
        if tight and lengths:
            bottom = lengths[-1] + 1
        block = range(i + 1, bottom)
        if not block or (not tight and bottom < len(lines) and not lines[bottom].blank_before) \
                or any(labels[j].cls == STOP or lines[j].words > T.TEASER_MAX_WORDS for j in block):
            continue
        if not lengths:
            continue
        for j in block:
            if labels[j].cls in TEXT_CLASSES and not TWO_SENTENCES.search(lines[j].text):
                labels[j] = Label(FURNITURE, "widget item")
            elif labels[j].cls == META and labels[j].kind in ("date", "dateline", "time") \
                    and _LENGTH_AT_END.search(lines[j].text):
                labels[j] = Label(FURNITURE, "widget item")  # (the clip's airing, not the page's date)


def _player_evidence(line: Line, label: Label) -> bool:
    """A player's own line in a clip's box: its length (`02:48 min`, `3 Min.`, an airing ending on it) or a player's
    or download button."""
    return bool(_PLAYER_LENGTH.search(line.text) or _MINUTES_LENGTH.match(line.text)
                or _LENGTH_AT_END.search(line.text)) or label.kind in ("audio player", "download")


def _loading_players(lines: list[Line], labels: list[Label]) -> None:
    """A video's loading notice set apart amid spaced paragraphs (`Video Loading`, `Chargement de la vidéo`,
    `Video wird geladen`), with the lines pasted tight under it (`Click to play` / `The video will start in 8` /
    `Cancel` / `Play now` / the clip's title): the player's box, short lines without a sentence, closed by a blank
    line. A story's paragraph under such a notice stands apart from it. On a page pasted with no blank lines at all,
    the box is closed by the player's own button under those lines (`Play now`, a widget line); so too on a page
    with a blank line between every two lines, where blank lines tell no block from another."""
    tight = blankless_page(lines)
    for i, label in enumerate(labels):
        if label.kind != "placeholder" or not (tight or lines[i].blank_before) \
                or not _MEDIA_LOADING.search(lines[i].text):
            continue
        bottom = i + 1
        while bottom < len(lines) and (tight or not lines[bottom].blank_before) \
                and bottom - i <= T.LOADING_PLAYER_MAX_LINES \
                and not (tight and labels[bottom].kind == "widget"):
            bottom += 1
        block = range(i + 1, bottom)
        closed = bottom < len(lines) and (labels[bottom].kind == "widget" if tight else lines[bottom].blank_before)
        if len(block) < 2 or not closed or any(
                lines[j].full_stop or lines[j].words > T.HEADLINE_MAX_WORDS or labels[j].cls == STOP for j in block):
            continue
        for j in block:
            labels[j] = Label(FURNITURE, "widget item")


# A credit in brackets closing a line: a name of one to four capitalised words (`(Coralline News)`, `(Foto Rinaldi)`).
_BRACKETED_CREDIT_END = re.compile(r"\((?:[A-ZÀ-Þ][\w&'’.-]*\s?){1,4}\)$")


def _captions_under_placeholders(lines: list[Line], labels: list[Label]) -> None:
    """A clip's caption set apart under the placeholder the copy left for it (`Loading...` / `Clarence residents
    describe their morning commute. (Coralline News)`): one short sentence closed by its credit in brackets, the
    clip's, not a paragraph of the story (a story's paragraph carries no credit)."""
    for i in range(len(lines) - 1):
        below = lines[i + 1]
        if labels[i].kind != "placeholder" or not below.blank_before or labels[i + 1].cls not in TEXT_CLASSES \
                or below.words > T.CLIP_CAPTION_MAX_WORDS or TWO_SENTENCES.search(below.text) \
                or not _BRACKETED_CREDIT_END.search(below.text):
            continue
        labels[i + 1] = Label(FURNITURE, "widget item")


def _queued_clips(lines: list[Line], labels: list[Label]) -> None:
    """A player's queue pasted tight under it (`Up next` / `Fed's Harlan: 'We are not in a hurry' 2:58` / `Three
    dividend stocks for a choppy market 4:12`): a clip's title closed by its length, read as a time of day, is the
    box's item, not a date (nothing but the clock dates it)."""
    for i in range(1, len(lines)):
        if labels[i].kind not in ("date", "dateline") or lines[i].blank_before \
                or labels[i - 1].kind not in (*_PLAYER_KINDS, "date", "dateline"):
            continue
        m = _TITLE_THEN_LENGTH.match(lines[i].text)
        if m and not looks_like_date(m["title"], clock=False) and (
                labels[i - 1].kind in _PLAYER_KINDS or _TITLE_THEN_LENGTH.match(lines[i - 1].text)):
            labels[i] = Label(FURNITURE, "widget item")


_TITLE_THEN_LENGTH = re.compile(r"^(?P<title>[^\d\s][^:]*?(?::\s[^\d].*?)?)\s+\(?\d{1,2}:\d{2}\)?$")
_MEDIA_LOADING = re.compile(r"\b(video|vidéo|vídeo|player|lecteur|reproductor)\b", re.I)


def _player_blocks(lines: list[Line], labels: list[Label]) -> None:
    """On a page whose paragraphs stand apart, a block pasted tight around a video's length amid the story is the
    video's box: its label, title, description and controls (`Site Video` / title / `Autoplay on` / `0:00 / 3:12`,
    `1:48` / title, `WATCH | title` / `Duration 2:06` / one-sentence description), whatever its lines say. A bare
    clock (a live blog's time stamp) counts only with a player's evidence: a position (`0:00 / 3:12`), a labelled
    length, or a player's line in the block or just above it (`Please use Chrome browser …`)."""
    n = len(lines)
    clocks = None
    for i, line in enumerate(lines):
        if len(line.text) > T.CAPTION_MAX_CHARS or labels[i].cls == STOP \
                or not (_PLAYER_LENGTH.search(line.text) or _MINUTES_LENGTH.match(line.text)
                        or _WORDED_LENGTH.match(line.text)):
            continue
        top, bottom = i, i + 1
        while top > 0 and not lines[top].blank_before and i - top < T.BOX_MAX_LINES:
            top -= 1
        while bottom < n and not lines[bottom].blank_before and bottom - i < T.BOX_MAX_LINES:
            bottom += 1
        block = range(top, bottom)
        if not lines[top].blank_before or (bottom < n and not lines[bottom].blank_before) or len(block) < 2 \
                or any(labels[j].cls == STOP or lines[j].words > T.TEASER_MAX_WORDS for j in block):
            continue
        labelled = "/" in line.text or not _DURATION.match(line.text)
        evidence = labelled or any(j != i and labels[j].cls == FURNITURE and labels[j].kind in _PLAYER_KINDS
                                   for j in range(top - 1, bottom))
        if not evidence and top < i < bottom - 1 and not line.part:
            # (a bare clock between the box's show and its title, `Morning Show` / `7:41` / title, and the only
            # one on the page: no live blog's or timeline's stamps, no time under a label, `Kick-off` / `19:30`)
            clocks = clocks if clocks is not None else _bare_clocks(lines)
            evidence = clocks == 1
        elif not evidence and i == bottom - 1 and not line.part:
            # (or closing the block under the clip's title, `Watch the dig in pictures` / `1:48`, the page's only
            # bare clock and a clip's length: a headline's length without a sentence's end or a figure)
            clocks = clocks if clocks is not None else _bare_clocks(lines)
            evidence = clocks == 1 and _SHORT_CLIP.match(line.text) is not None \
                and _clip_title(lines[i - 1], labels[i - 1])
        # (a length labelled with the clip's medium, `Video 02:51 Min.`, is a box even amid paragraphs pasted tight)
        if evidence and _amid_story(lines, labels, top, bottom, tight=_MEDIUM_LENGTH.match(line.text) is not None):
            for j in block:  # (a date or name among the parts of a box on one line, `Audio: Show | date | Name |
                # 1:58`, is the clip's, not the page's; a box's date line of its own is left to mark the box's end)
                # (nor is a date line of its own between the box's title and its length line: the clip's airing,
                # `Show, 28.11.26` / `Video 02:51 Min.`)
                aired = j < i and not line.part
                # (nor is a credit line closing the box under its length, `Reportage : A, B, C`, `Video: Jane Doe`:
                # the clip's makers, amid the story)
                closing = j == bottom - 1 and j > i and labels[j].kind == "byline"
                # (nor is the name opening a line split at its bar, `Evening News | 12.03.2027`: the programme's)
                closing = closing or (labels[j].kind == "byline" and j + 1 < bottom and lines[j + 1].part)
                if labels[j].cls in TEXT_CLASSES or closing or ((lines[j].part or aired) and labels[j].kind in (
                        "date", "dateline", "byline")):
                    labels[j] = Label(FURNITURE, "widget item")


def _bare_clocks(lines: list[Line]) -> int:
    """How many lines of the page are a bare clock (`7:41`, `(1:48)`, `2:14 min`): one alone is a clip's length; more
    are a live blog's or a timeline's stamps (the player rules count them only when they need to)."""
    return sum(bool(_DURATION.match(line.text)) for line in lines)


def _player_button(line: Line, label: Label) -> bool:
    """A player's own button of two words (`Video afspelen`, `Play video`), no clip's title."""
    return label == Label(FURNITURE, "audio player") and line.words == 2


def _tight_player_boxes(lines: list[Line], labels: list[Label]) -> None:
    """On a page pasted without blank lines, a clip's length between the story's paragraphs (`1:42 Min.`, `Duration
    2:14`, `3 Min`) is its player's box with the short lines over it up to the paragraph above (the box's label, the
    clip's title, its airing: `Video: Niedrigwasser am Rhein – …`, `Audio` / `Heringsquote: …?` / `Name, Radio,
    date`) and, under a label alone, the one short line under it (the clip's title or description: `Radiobeitrag` /
    `1:56 Min.` / `Verena Fritz hat … gesprochen`): what _player_blocks reads from the blank lines around such a
    box. A bare clock (`8:14`) counts only with a player's evidence, or as the page's only one."""
    if not blankless_page(lines):
        return
    n = len(lines)
    clocks = None
    for i, line in enumerate(lines):
        if labels[i].cls == STOP or labels[i].kind == "reading time" or len(line.text) > T.CAPTION_MAX_CHARS \
                or not (_PLAYER_LENGTH.search(line.text) or _MINUTES_LENGTH.match(line.text)
                        or _WORDED_LENGTH.match(line.text)):
            continue
        top = i
        while top > 0 and i - top < T.WIDGET_MAX_LINES and _clip_box_line(lines[top - 1], labels[top - 1]):
            top -= 1
        if labels[top].cls == META:
            continue  # (the page's date over the story's own audio, `Artikel anhören` / `5 Min.`: the header's)
        # (the clip's title under its length only where none stands over it: under a label alone, one word,
        # `Radiobeitrag`, `WATCH`; under a title, a short line is the story's subheading)
        titled = any(lines[j].words > 1 and not _player_button(lines[j], labels[j]) for j in range(top, i))
        bottom = i + 1 + (not titled and i + 1 < n and _box_title(lines[i + 1], labels[i + 1]))
        below = next((k for k in range(bottom, n) if labels[k].cls != FURNITURE), n)  # (past an ad's marker)
        # (the player's button on the length's own line opens the box: `Play Video. Duration: 1 minute 52 seconds`)
        opened = top == i and _PLAYER_OPENS.match(line.text) is not None
        if top == 0 or (top == i and not opened) or labels[top - 1].cls != PROSE or below >= n \
                or labels[below].cls not in TEXT_CLASSES:
            continue  # (the story's paragraph above the box's label or title, its text below)
        # (a clock in minutes is a length, `1:42 Min.`; minutes alone, `3 Min`, want a player's line in the box, and
        # a bare clock wants one too, or to be the page's only bare clock)
        clock = _DURATION.match(line.text) is not None
        evidence = "/" in line.text or (clock and "min" in line.text.lower()) \
            or not (clock or _MINUTES_LENGTH.match(line.text)) \
            or any(labels[j].cls == FURNITURE and labels[j].kind in _PLAYER_KINDS for j in range(top, bottom) if j != i)
        if not evidence and clock and not line.part:
            clocks = clocks if clocks is not None else _bare_clocks(lines)
            evidence = clocks == 1
        if evidence:
            for j in range(top, bottom):
                if labels[j].cls in TEXT_CLASSES or labels[j].kind in ("date", "dateline", "byline"):
                    labels[j] = Label(FURNITURE, "widget item")


def _player_credits(lines: list[Line], labels: list[Label]) -> None:
    """A player's controls, then the clip's title and its medium's credit pasted tight under them (`Odtwórz` /
    `Wycisz` / `00:00 / 02:47` / `Pełny ekran` / `Ustawienia` / title / `Wideo: Echo Kraju TV`): the short lines
    down to the credit (a few, T.CLIP_BOX_MAX_LINES) are the player's box."""
    for i, label in enumerate(labels):
        if label.cls != FURNITURE or label.kind not in (*_PLAYER_KINDS, "control") or i + 1 >= len(lines) \
                or labels[i + 1].cls not in (SHORT, NEAR) or lines[i + 1].blank_before:
            continue
        for k in range(i + 1, min(len(lines), i + 1 + T.CLIP_BOX_MAX_LINES)):
            if lines[k].blank_before or lines[k].words > T.HEADLINE_MAX_WORDS:
                break
            if labels[k].cls in (SHORT, NEAR, META) and F.CLIP_LABEL.match(lines[k].text) \
                    and lines[k].words <= T.LABEL_MAX_WORDS and not lines[k].full_stop:
                for j in range(i + 1, k + 1):  # (the credit may read as a picture's: `Video: Harbour TV`)
                    labels[j] = Label(FURNITURE, "widget item")
                break
            if labels[k].cls not in (SHORT, NEAR):
                break


def _clip_box_line(line: Line, label: Label) -> bool:
    """A line of a player's box over its length: the box's label, the clip's title (a question's mark allowed,
    no sentence's full stop), its airing's date line, a few words each (a byline or a dateline is the page's)."""
    return line.words <= T.HEADLINE_MAX_WORDS and not line.full_stop and (
        label.cls in (SHORT, NEAR) or (label.cls == META and label.kind == "date")
        or (label.cls == FURNITURE and label.kind in _PLAYER_KINDS)
        or (label.cls == PROSE and line.text.endswith("?")))


# What shows a date line is a clip's airing: the clip's length (`… 06:30 Uhr 00:58 min`) or its programme quoted
# (`Radio Nord, „Guten Morgen“, 30.11.2026`).
_AIRING = re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?\s?(min|mins|minuten|minutes|minutos)\b\.?|[„“”\"«»]", re.I)


def _aired_lines(lines: list[Line], labels: list[Label]) -> None:
    """A date line tight against a player's line amid the story (a paragraph right above the pair and right below
    it) is the clip's airing (`Audio: Bus für Bautzen (1 Min)` / `Radio Ost Mo 30.11.2026 06:30 Uhr 00:58 min`),
    not the page's date: when it shows the clip's length or programme, or the header gave its date already. It
    is the player's box, so the story runs on past it."""
    for i, label in enumerate(labels):
        if label.cls != META or label.kind not in ("date", "dateline", "time") \
                or len(lines[i].text) > T.CAPTION_MAX_CHARS:
            continue
        for j in (i - 1, i + 1):
            top, bottom = min(i, j), max(i, j)
            if top <= 0 or bottom + 1 >= len(lines) or labels[j].cls != FURNITURE \
                    or labels[j].kind not in _PLAYER_KINDS:
                continue
            if labels[top - 1].cls == PROSE and labels[bottom + 1].cls == PROSE and (
                    _AIRING.search(lines[i].text)
                    or any(labels[k].cls == META and labels[k].kind in ("date", "dateline") for k in range(top))):
                labels[i] = Label(FURNITURE, "widget item")
                break


# A clip's label run into its caption (`Audio: X speaks to Y about …`, `Vídeo: así quedó …`, `Hören: …`).
# (a verb may stand before the medium: `Se video:`, `Katso video:`, `Zobacz wideo:`, `Mira el vídeo:`)
_CLIP_LABEL = re.compile(r"^(?:(?:se|katso|zobacz|obejrzyj|ver|mira|veja|assista|guarda|kijk|bekijk|regardez|hør"
                         r"|lyssna på|lytt til)\s+(?:el\s+|o\s+|il\s+|de\s+|la\s+)?)?(audio|video|videoen|videon"
                         r"|vídeo|vidéo|áudio|wideo|clip|podcast|ton|hören|écouter|escuchar|listen|watch"
                         # (the clip's source: `Zdroj videa: Policie ČR`, `Video source: …`, `Source de la vidéo : …`)
                         r"|zdroj videa|źródło wideo|video source|source (?:de la )?vidéo|videoquelle|quelle des videos"
                         r"|fuente del vídeo|fonte do vídeo)\s?:\s+\S", re.I)


def _clip_lead_ins(lines: list[Line], labels: list[Label]) -> None:
    """One sentence closed by a colon, pasted tight over a player's line (`Bekijk hier de reportage van X Nieuws:` /
    `Video afspelen`, `Watch our report:` / `Play video`, `Sehen Sie hier den Beitrag:` / `Video abspielen`): it
    points to the clip, which the paste left out; furniture, not a paragraph. (A story's lead-in to a quote stands
    over the quote, not over a player.)"""
    for i in range(len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        if not line.text.endswith(":") or labels[i].cls not in TEXT_CLASSES or below.blank_before \
                or line.words > T.CLIP_LEAD_IN_MAX_WORDS or _LAST_SENTENCE.search(line.text):
            continue
        if labels[i + 1].cls == FURNITURE and labels[i + 1].kind in _PLAYER_KINDS:
            labels[i] = Label(FURNITURE, "widget item")


def _clip_captions(lines: list[Line], labels: list[Label]) -> None:
    """A line opening with a clip's label right under (or over) a player's line (`▶ 0:48` / `Audio: Ranger X speaks
    to the breakfast show about the capture.`) is the clip's caption, a full sentence though it is: furniture, not
    the story's first paragraph. A story's paragraph does not open with a media label and a colon. So is the clip's
    airing between the two (`Audio: Betreiber erklärt Sperre` / `Radio Tirol, Mittagsjournal, 25.11.2026` /
    `02:31`): a date line pasted tight between a clip's label and its player is the clip's, not the page's date."""
    for i, line in enumerate(lines):
        if labels[i].cls not in TEXT_CLASSES or not _CLIP_LABEL.match(line.text) \
                or len(line.text) > T.CAPTION_MAX_CHARS:
            continue
        if any(0 <= j < len(lines) and _player(labels[j]) for j in (i - 1, i + 1)):
            labels[i] = Label(FURNITURE, "widget item")
        elif i + 2 < len(lines) and _player(labels[i + 2]) and labels[i + 1].cls == META \
                and labels[i + 1].kind in ("date", "dateline", "time") and not lines[i + 1].blank_before \
                and not lines[i + 2].blank_before:
            labels[i] = labels[i + 1] = Label(FURNITURE, "widget item")


def _clip_descriptions(lines: list[Line], labels: list[Label]) -> None:
    """A paragraph pasted tight under a clip's player line, closing a block set apart amid the story that opens with
    the clip's label (`WATCH | Islanders describe the wait:` / `Duration 2:41` / `Drivers on the route are sleeping
    in their trucks …`): the clip's description, not the story's paragraph, which the page sets apart. On a page
    without blank lines, the one sentence under a titled clip's player that tells what its reporter does in it
    (`Video` / `2:41` / title / `Play Video` / `The Courier's Jane Roe explains the bottlenecks …`: _CLIP_NARRATION).
    A radio clip's box may set its title between the player and the description (`Prairie Morning` / `7:12` / title
    / description, set apart amid the story): both are the box's; pasted tight, when a sentence of the description
    tells what the host does in the clip (_NARRATION_SENTENCE)."""
    for i in range(1, len(lines)):
        titled = _titled_under_player(lines, labels, i)
        if labels[i].cls not in (PROSE, NEAR) or lines[i].blank_before or not (_player(labels[i - 1]) or titled) \
                or (not titled and F.CLOCK_ONLY.match(lines[i - 1].text)) \
                or QUOTE_MARK.search(lines[i].text) or reported_speech(lines[i].text):
            continue  # (a bare clock is a live blog's stamp; a quote under a player is the story's)
        if i + 1 < len(lines) and not lines[i + 1].blank_before:
            if not titled and _narrated_clip(lines, labels, i):
                labels[i] = Label(FURNITURE, "widget item")
            elif titled and i >= 3 and labels[i - 3].kind == "widget item" \
                    and _NARRATION_SENTENCE.search(lines[i].text):
                # (a radio clip's box pasted tight: its programme over the player, its title, a description telling
                # what the host does in it: `Prairie Morning` / `7:12` / title / `… Host X speaks with …`)
                labels[i - 1] = labels[i] = Label(FURNITURE, "widget item")
            continue
        top = player = i - 2 if titled else i - 1
        while top > 0 and not lines[top].blank_before and labels[top - 1].cls in (SHORT, FURNITURE):
            top -= 1
        # (the box shows its label or title over the player: a bare time over a sentence may be the story's stamp)
        if top < player and lines[top].blank_before and (labels[top].cls == FURNITURE or titled) \
                and _amid_story(lines, labels, top, i + 1):
            for k in range(top if titled else i, i + 1):  # (a titled box's head, its programme: `Prairie Morning`)
                if labels[k].cls != FURNITURE:
                    labels[k] = Label(FURNITURE, "widget item")


def _introduced_clip_descriptions(lines: list[Line], labels: list[Label]) -> None:
    """The paragraph pasted tight under a clip's length (`Duration 2:14`) in a box that its watch label opens and a
    lead-in closed by a colon introduces (`WATCH | Islanders describe the wait:` or `WATCH` / `How the province
    builds its forecast:`, perhaps a title and an age between): the clip's description, however it is worded (`A
    water main break flooded part of St. Mary's Road …`), where no blank line sets the box apart from the story. A
    player with no such lead-in (`Watch: Moment firefighters reach the riders` / `Duration 1:12`) may run into the
    story's next paragraph."""
    for i in range(1, len(lines)):
        if labels[i].cls not in (PROSE, NEAR) or lines[i].blank_before or not _player(labels[i - 1]) \
                or not _PLAYER_LENGTH.search(lines[i - 1].text) or QUOTE_MARK.search(lines[i].text) \
                or len(_LAST_SENTENCE.findall(lines[i].text)) > 1:
            continue
        top = i - 1
        while top > 0 and i - top < T.CLIP_BOX_MAX_LINES and not lines[top].blank_before \
                and not _WATCH_LABEL.match(lines[top].text):
            top -= 1
        if _WATCH_LABEL.match(lines[top].text) and any(lines[k].text.endswith(":") for k in range(top, i - 1)):
            labels[i] = Label(FURNITURE, "widget item")


def _show_clip_titles(lines: list[Line], labels: list[Label]) -> None:
    """A radio show's clip box pasted tight, its programme's name in title case over the clip's length, `Information
    Morning - NS` / `7:41` / `Why Dumping Day is the most dangerous day on the water`: the line under the length is
    the clip's title, no subheading of the story. (Under a clip whose own title stands over its length, `Katharina
    Lehner berichtet aus Hallstatt` / `2:14 min`, or its airing, `Radio Niederösterreich, Morgenjournal, 1.4.2027` /
    `2:41`, the story's subheading may follow.)"""
    for i in range(2, len(lines)):
        if labels[i].cls == SHORT and not lines[i].sentence and not lines[i].blank_before \
                and not lines[i - 1].blank_before and _player(labels[i - 1]) and F.CLOCK_ONLY.match(lines[i - 1].text) \
                and labels[i - 2].kind == "widget item" and lines[i - 2].capitalised >= T.MENU_MIN_CAPITALISED \
                and not _AIRING_MARKS.search(lines[i - 2].text):
            labels[i] = Label(FURNITURE, "widget item")


# What no programme's name holds: a figure (a date, a length), a comma or a colon (an airing's parts, a title's).
_AIRING_MARKS = re.compile(r"[\d,:]")
# The watch label opening a clip's box (`WATCH`, `WATCH | …`).
_WATCH_LABEL = re.compile(r"^WATCH\b")


def _titled_under_player(lines: list[Line], labels: list[Label], i: int) -> bool:
    """Line `i` under a clip's title (a short line, no sentence), the title pasted tight under the player's line."""
    return i >= 2 and labels[i - 1].cls == SHORT and not lines[i - 1].sentence and not lines[i - 1].blank_before \
        and _player(labels[i - 2])


# What a clip's reporter does in it, told in the present (`explains`, `looks at`, `breaks down`, `erklärt`, `explique`,
# `explica`, `spiega`, `legt uit`), early in its description's one sentence; a story's paragraph tells in the past.
_NARRATION_VERBS = (r"explains|looks at|breaks down|takes a look at|sits down with|speaks with|talks to|reports from"
                    r"|erklärt|schaut sich|explique|revient sur|explica|analiza|spiega|racconta|legt uit|bekijkt")
_CLIP_NARRATION = re.compile(r"^[^.!?]{3,80}?\s(?:" + _NARRATION_VERBS + r")[\s,][^.!?]+[.!?]?$")
# ... one sentence of it, among others (`Parents … say …. Host Jane Roe speaks with a mother …`).
_NARRATION_SENTENCE = re.compile(r"(?:^|[.!?]\s+)[^.!?]{3,80}?\s(?:" + _NARRATION_VERBS + r")[\s,][^.!?]+[.!?]?")


def _narrated_clip(lines: list[Line], labels: list[Label], i: int) -> bool:
    """Line `i`, tight under a player's line, is one sentence of _CLIP_NARRATION under a clip whose box shows a
    title (a line of several words) between its label and the player, all pasted tight."""
    if _LAST_SENTENCE.search(lines[i].text) or not _CLIP_NARRATION.match(lines[i].text):
        return False
    top = i - 1
    while top > 0 and i - top < T.WIDGET_MAX_LINES and _player(labels[top - 1]) and not lines[top].blank_before:
        top -= 1
    return any(lines[k].words > 2 and labels[k].kind == "widget item" for k in range(top, i))


def _player(label: Label) -> bool:
    return label.cls == FURNITURE and label.kind in _PLAYER_KINDS


def _amid_story(lines: list[Line], labels: list[Label], top: int, bottom: int, tight: bool = False,
                blankless: bool = False) -> bool:
    """A paragraph of the story above the block (past other furniture) and text below it, each set apart by a
    blank line as the block is (where paragraphs are pasted tight, a block is no box, unless `tight`: the block
    shows a player's own evidence; on a page without blank lines, `blankless`, none is asked): the block is amid it."""
    above = next((j for j in range(top - 1, -1, -1) if labels[j].cls != FURNITURE), None)
    below = next((j for j in range(bottom, len(labels)) if labels[j].cls != FURNITURE), None)
    return above is not None and labels[above].cls == PROSE and (tight or blankless or lines[above].blank_before) \
        and below is not None and labels[below].cls in TEXT_CLASSES and (blankless or lines[below].blank_before)


def _tight_media_box(lines: list[Line], labels: list[Label], i: int) -> None:
    """A bare length that is not furniture-shaped (it could be a score or a time in a story) closes a box only at
    the foot of a block pasted tight, set apart above, of short lines without a sentence, that opens with furniture
    or a `Label: title` line (`Audio: Headline` / `Reporter Name` / `2:14 Min.`), or when it names minutes."""
    top = i
    while top > max(0, i - T.WIDGET_MAX_LINES) and not lines[top].blank_before:
        top -= 1
        if labels[top].cls not in (SHORT, NEAR, FURNITURE) or lines[top].sentence or lines[top].prose:
            return
    if top == i or not (lines[top].blank_before or top == 0):
        return
    if labels[top].cls == FURNITURE or _BOX_LABEL.match(lines[top].text) or "min" in lines[i].text.lower():
        for j in range(top, i + 1):
            labels[j] = Label(FURNITURE, "widget item")


_BOX_LABEL = re.compile(r"^[^\s:]+(?: [^\s:]+)?\s?:\s+\S")


def _clip_credits(lines: list[Line], labels: list[Label]) -> None:
    """A byline or date line pasted tight under a clip's length, closing the block (`Audio` / title / `3 Min` /
    `Beitrag von X, Radio Y, 02.12.2026 16:40 Uhr`), or under a clip's title line that names its medium and length
    (`Vidéo – Une nuit avec Théo (durée : 3 min 12)` / `Reportage : Élise Marchand, montage : Hugo Pernet`), amid
    the story, or under a player's row of buttons (_player_time_over_buttons): the clip's credit, part of its box, not a
    byline of the page (which would end the story above it). On a page whose blank lines tell no block from another
    (blankless_page), tight or not."""
    blankless = None
    for i in range(1, len(lines) - 1):
        j = i + 1
        if labels[j].cls != META or labels[j].kind not in ("byline", "date", "dateline", "time"):
            continue
        titled = _TITLED_CLIP.match(lines[i].text) is not None and not SENTENCE_END.search(lines[i].text)
        buttons = _player_time_over_buttons(lines, labels, i)
        if not (titled or buttons is not None or F.CLIP_LENGTH.match(lines[i].text)):
            continue
        if lines[j].blank_before or not (j + 1 == len(lines) or lines[j + 1].blank_before):
            blankless = blankless_page(lines) if blankless is None else blankless
            if not blankless:
                continue
        # the length is the box's (a player's line, or tight under one: `Audio` / title / `3 Min`)
        boxed = titled or buttons is not None or labels[i].kind in _PLAYER_KINDS or (
            labels[i].cls == SHORT and not lines[i].blank_before and labels[i - 1].kind in _PLAYER_KINDS)
        top = i if buttons is None else buttons
        if boxed and _amid_story(lines, labels, top, j + 1, blankless=bool(blankless)):
            for k in range(top, j + 1):
                if buttons is None or k == j or labels[k].cls != FURNITURE:
                    labels[k] = Label(FURNITURE, "widget item")  # (and the row's buttons, `Paramètres`)



def _player_time_over_buttons(lines: list[Line], labels: list[Label], i: int) -> int | None:
    """Where the running time stands when line i closes a player's row of buttons tight under it (`00:00 / 02:14` /
    `Sous-titres` / `Paramètres` / `Plein écran`): a credit under the row is the clip's (`Reportage : Julie Armengaud,
    …`); else None."""
    if labels[i].cls != FURNITURE or labels[i].kind not in ("control", *_PLAYER_KINDS):
        return None
    for k in range(i - 1, max(-1, i - 1 - T.PLAYER_BUTTONS_MAX_LINES), -1):
        if labels[k].kind == "audio player" and _PLAYER_LENGTH.search(lines[k].text):
            return k
        if lines[k + 1].blank_before or labels[k].cls not in (SHORT, FURNITURE) or lines[k].sentence:
            return None
    return None


# A clip's title line: its medium first, its length in it (`Vidéo – … (durée : 3 min 12)`, `Video: … 2:41`), no
# sentence (`Video: Die Aufnahme dauert 3:12 Minuten und zeigt …` is the story's).
_TITLED_CLIP = re.compile(r"^(?:" + F.CLIP_WORDS + r")\b.{0,200}?(?:\d{1,2}:\d{2}|\d+\s?min)", re.I)


_AIRED = ("date", "dateline")  # (a clip's airing, read as a date line)


def _inline_media_box(lines: list[Line], labels: list[Label], i: int) -> None:
    """`Hören: Reportage aus der Schule | 2:41 Min.`: a length closing a line split at its bars is an audio or video
    box on one line (its label and title, then its length), whatever the label's words."""
    first = i
    while first > 0 and lines[first].part:
        first -= 1
    # (told from a time of day, `Doors open | 19:30`, by a minutes unit or a `Label:` opening the box's line)
    boxed = "min" in lines[i].text.lower() or _BOX_LABEL.match(lines[first].text)
    # (and a date before it, `Published: 8 March 2027 · 07:45`, makes it a time of that day; after the box's label
    # and title, the show's airing may be dated: `Audio: „…“ | Donaufunk am Morgen, 14.1.2027 | 4:37 min`)
    if boxed and all((labels[j].cls in (SHORT, NEAR, FURNITURE) or (j > first and labels[j].kind in _AIRED))
                     and lines[j].words <= T.HEADLINE_MAX_WORDS and not lines[j].sentence for j in range(first, i)):
        last = i  # (the player's button after the length, on the same line: `▶ Abspielen`)
        while last + 1 < len(lines) and lines[last + 1].part and labels[last + 1].cls in (SHORT, FURNITURE) \
                and lines[last + 1].words <= T.LABEL_MAX_WORDS:
            last += 1
        for j in range(first, last + 1):
            labels[j] = Label(FURNITURE, "widget item")


# `READ ALSO: Headline`, `WATCH | Headline:`, `Hintergrund: Headline`: a label (a few words, without a colon or
# bar of its own) and a headline after its separator.
# (A label may open with a short word, `À lire en complément :`, `On en parle aussi :`, when more words follow.)
# An arrow is the link's separator too (`Our report → Headline`, `Zum Thema ► Headline`): a sentence never holds one.
_LABELLED = re.compile(r"^(?:[^\s:|]{3,}|[^\s:|]{1,2}(?= [^\s:|]))(?: [^\s:|]+){0,%s}\s*(?::|\s\||\s[→►▶➜➔⇒▸➤])"
                       r"\s+(?P<rest>\S.*)$"
                       .replace("%s", str(T.LINK_LABEL_MAX_WORDS - 1)))
# `LEGGI ANCHE Headline`, `LEES OOK. Headline`: a label in capitals run into a capitalised headline (two words or
# more, or one closed by `.`/`:`, so that an acronym opening a subheading, `EU Council …`, is not a label).
_CAPS_LABELLED = re.compile(r"^(?:[A-ZÀ-Þ]{2,}(?: [A-ZÀ-Þ]{2,}){1,%s}[.:]?|[A-ZÀ-Þ]{2,}[.:])"
                            r"\s+(?P<rest>[A-ZÀ-Þ][^A-ZÀ-Þ\s].*)$".replace("%s", str(T.LABEL_MAX_WORDS - 1)))


def _listed_more_subheadings(lines: list[Line], labels: list[Label]) -> None:
    """`Mehr aus Holz und Glas`, `Mehr von Bach und Händel` between two paragraphs of the story: read as a "related"
    label with its places listed, it heads no headlines (a paragraph stands right under it, the story's paragraph
    above it): the story's subheading."""
    for i in range(1, len(lines) - 1):
        if labels[i].cls == FURNITURE and labels[i].kind == "related" and F.RELATED_LISTED.match(lines[i].text) \
                and labels[i + 1].cls == PROSE and neighbour(labels, i, -1) == PROSE:
            labels[i] = Label(SHORT)


def _qualified_link_labels(lines: list[Line], labels: list[Label]) -> None:
    """`Lire aussi le décryptage | Headline`, `Read more of our coverage | Headline`: a link label with words of its
    own after it, before the bar that the headline follows. The line's opening words make the label (the related
    table), its shape (a short first part of a split line) says the rest is the label's too."""
    related = F.KINDS_BY_NAME["related"]
    for i in range(len(lines) - 1):
        line = lines[i]
        if line.part or not lines[i + 1].part or labels[i].cls not in TEXT_CLASSES or line.sentence \
                or line.words > T.LINK_LABEL_MAX_WORDS:
            continue
        words = line.text.split()
        if any(related.matches(" ".join(words[:n])) for n in range(len(words) - 1, 0, -1)):
            labels[i] = Label(FURNITURE, "related")


def _link_card_echoes(lines: list[Line], labels: list[Label]) -> None:
    """A read-more link's headline said again on the line pasted tight under it (`Related: Bank stocks slide` /
    `Bank stocks slide`, `Lesen Sie auch: Der Hafen wächst` / `Der Hafen wächst`): the card's title under its link,
    word for word; part of the link's card, not a subheading of the story (a subheading repeats no line)."""
    for i in range(len(lines) - 1):
        below = lines[i + 1]
        if labels[i].cls != FURNITURE or labels[i].kind not in ("related", "related item") or below.blank_before \
                or labels[i + 1].cls not in TEXT_CLASSES or below.words < T.HEADLINE_MIN_WORDS \
                or not lines[i].text.endswith(below.text) or len(lines[i].text) == len(below.text):
            continue
        if lines[i].text[:-len(below.text)].rstrip()[-1:] in (":", "|", "»", "›", ">", "→", "►", "▶"):
            labels[i + 1] = Label(FURNITURE, "related item")


def _links_between_paragraphs(lines: list[Line], labels: list[Label]) -> None:
    """A line standing between two paragraphs that is a label and a headline (no full stop after it), or a
    headline pasted after a furniture label on its line (`MORE | Headline`), links to another story, whatever
    the label's words and language: a story's own subheadings are not introduced by a label."""
    series = _numbered_series(lines)
    for i, label in enumerate(labels):
        line, tagged = lines[i], None
        if label.cls in TEXT_CLASSES and line.full_stop and _read_link(lines, labels, i):
            labels[i] = Label(FURNITURE, "related item")
            continue
        if label.cls not in TEXT_CLASSES or line.full_stop or line.words > T.HEADLINE_MAX_WORDS + T.LABEL_MAX_WORDS \
                or line.text.endswith((";", ",")) or (line.text.endswith(":") and TWO_SENTENCES.search(line.text)) \
                or F.VOTE_SHARES.match(line.text) or F.VOTE_ROLL.match(line.text) or F.SCORE_ROLL.match(line.text):
            continue  # (a line ending in `;` or `,` is an item of the story's list: a headline never does; nor does
            # a headline hold sentences before a colon: `What's next: Tickets go on sale. Talks include:` leads in;
            # nor a vote's shares or roll call: `Zweitstimmen: CDU 31,2 %, SPD 24,1 %`, `Gewählt wurden: A, B`)
        if line.part and labels[i - 1].cls == FURNITURE:
            rest, below = line.text, TEXT_CLASSES  # the label is furniture already: a subheading may follow
        elif m := _LABELLED.match(line.text) or _CAPS_LABELLED.match(line.text):
            if i + 1 < len(lines) and labels[i + 1].cls == PROSE and _topic_described(line.text, m):
                continue  # (a subheading heads the paragraph under it)
            if (n := _NUMBERED_PART.match(line.text)) and n["word"].lower() in series:
                continue  # (`Day one: …`, `Day two: …`: the story's parts, numbered in turn)
            if _quoted_speaker_heading(lines, labels, i, m) or _speaker_named_below(lines, labels, i, m):
                continue
            rest, below = m["rest"], (PROSE, NEAR)
            if F.CLIP_LABEL.match(line.text):
                below = (PROSE, NEAR, META)  # (a clip's title: its poster's caption may stand under it)
        elif rest := _run_in_label(line.text):
            below = (PROSE, NEAR)
        elif tagged := _BRACKET_TAGGED.match(line.text):
            rest, below = tagged["rest"], TEXT_CLASSES
        else:
            if _label_over_headline(lines, labels, i):
                labels[i] = labels[i + 1] = Label(FURNITURE, "related item")
            continue
        # (in Chinese or Japanese, unspaced, the headline's words are the line's measure less the tag's word)
        words = line.words - 1 if tagged else len(rest.split())
        if T.HEADLINE_MIN_WORDS <= words <= T.HEADLINE_MAX_WORDS \
                and neighbour(labels, i, -1) in (PROSE, NEAR) \
                and (neighbour(labels, i, 1) in below or _subheading_below(lines, labels, i)):
            labels[i] = Label(FURNITURE, "related item")
    _second_links(lines, labels)


# A Chinese or Japanese headline tagged in lenticular brackets (`【速報】沼津市長選、坂口氏が当選確実`, `【図解】…`,
# `【视频】…`): a link's, the tag set on it by the site; a story's subheading is no tagged headline.
_BRACKET_TAGGED = re.compile(r"^【(?P<tag>[^【】\s]{1,8})】\s*(?P<rest>[^【】\s].*)$")


def _second_links(lines: list[Line], labels: list[Label]) -> None:
    """A headline right under a link to another story set between paragraphs (`VIDEO. Zo bakt Marleen …` over `Kiel
    krijgt nieuw buurtpark op de plaats van oude parking`), with a paragraph under it, is the next link of the run:
    a headline's length (T.RELATED_HEADLINE_MIN_WORDS; the story's subheadings are shorter) and no sentence's end."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if labels[i].cls == SHORT and labels[i - 1].kind == "related item" and not SENTENCE_END.search(line.text) \
                and T.RELATED_HEADLINE_MIN_WORDS <= line.words <= T.HEADLINE_MAX_WORDS \
                and neighbour(labels, i - 1, -1) in (PROSE, NEAR) and neighbour(labels, i, 1) in (PROSE, NEAR):
            labels[i] = Label(FURNITURE, "related item")


# A part of the story numbered in its heading's label (`Day one: Nugget Point`, `Tag 2: …`, `Jour 3 : …`, `Día dos:
# …`, `Giorno 1: …`, `Dia um: …`, `Dag twee: …`, `Part II: …`): a word, then a number in digits, roman numerals or
# words (en/de/fr/es/it/pt/nl), then the colon.
_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
                 r"|zehn|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|uno|una|dos|tres|cuatro|cinco|seis|siete"
                 r"|ocho|nueve|diez|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|um|uma|dois|duas|três|oito|dez"
                 r"|een|twee|drie|vijf|zes|zeven|negen|tien")
_NUMBERED_PART = re.compile(r"^(?P<word>[^\W\d_]{2,}) (?P<number>\d{1,2}|[ivx]{1,4}|" + _NUMBER_WORDS + r")\s?:\s",
                            re.I)


def _numbered_series(lines: list[Line]) -> set[str]:
    """The label words that number two parts or more of the page in turn (`Day one:` and `Day two:`): a link's label
    is the same words each time (`READ MORE: …`), a story's parts count on."""
    numbers: dict[str, set[str]] = {}
    for line in lines:
        if line.words <= T.HEADLINE_MAX_WORDS + T.LABEL_MAX_WORDS and (m := _NUMBERED_PART.match(line.text)):
            numbers.setdefault(m["word"].lower(), set()).add(m["number"].lower())
    return {word for word, seen in numbers.items() if len(seen) >= 2}


# A bare reading verb as a link's label (`Read: Railroads are winning back freight. Here's why.`, `Lesen Sie: …`, `Lies:
# …`, `Lire : …`, `Lisez : …`, `Leggi: …`, `Leia: …`, `Lees: …`), a capitalised headline after it. (Spanish `Lee:` and
# `Lea:` are first names too, a transcript's speakers: not listed.)
_READ_LABEL = re.compile(r"^(?i:read|lesen sie|lies|lire|lisez|leggi|leia|lees)\s?:\s+(?P<rest>[A-ZÀ-Þ„“\"‘'].*)$")
# The teaser's tag closing a linked headline after its full stop (`Here's why.`, `Eine Analyse.`, `Voici pourquoi.`,
# `Entenda.`): a last sentence of a few words after one of the headline's own. (`Leia: Um livro por mês muda a sua
# vida.`, `Lees: De avond van Gerard Reve, het eerste boek dat de club in 1977 las.`: one sentence, a slogan or a
# reading list's entry, the story's own.)
_TEASER_TAG = re.compile(r"[^\W\d_]{2,}[.!?]\s+(?P<tag>[A-ZÀ-Þ][^.!?]*[.!?])$")
_TEASER_TAG_MAX_WORDS = 4


def _read_link(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A headline after a bare reading verb between two of the story's blocks, closed by a teaser's tag after its
    full stop (`Here's why.`, _TEASER_TAG): the verb labels it a link whatever its stop, unless someone speaks in
    it (`Read: "No entry," the sign said.`) or the page is a transcript (a speaker's `Name:` turn above or below)."""
    if not (m := _READ_LABEL.match(lines[i].text)) or F.SPEECH_TAG.search(m["rest"]) \
            or not T.HEADLINE_MIN_WORDS <= len(m["rest"].split()) <= T.HEADLINE_MAX_WORDS:
        return False
    if not (tag := _TEASER_TAG.search(m["rest"])) or len(tag["tag"].split()) > _TEASER_TAG_MAX_WORDS:
        return False
    if neighbour(labels, i, -1) not in (PROSE, NEAR) or neighbour(labels, i, 1) not in TEXT_CLASSES:
        return False
    return not any(SPEAKER.match(lines[k].text) for k in (i - 1, i + 1) if 0 <= k < len(lines))


def _quoted_speaker_heading(lines: list[Line], labels: list[Label], i: int, m: re.Match[str]) -> bool:
    """`Betriebsrat: „Schwarzer Tag für das Lavanttal“`, `Bürgermeister: „Ein schwarzer Tag für das Inntal“`: a
    speaker's role, a colon and the words they said, quoted, heading the part of the story that quotes them (the
    words come back in one of the two paragraphs under it; unquoted, every word of them: `Premiérka: Odpovědnost je
    na místě` over `„… Politická odpovědnost je na místě …,“ řekla`); a link's label (`Lire aussi la tribune | « … »`,
    `Kommentar: „…“`) heads another story's headline, no quotation of this one's."""
    rest, label = m["rest"], lines[i].text[:m.start("rest")].rstrip()
    if not label.endswith(":") or _GENRE.match(label) or not _role_shaped(label, lines[i].text):
        return False
    marked = rest[:1] in "„“\"«»‚‘'”" and bool(QUOTE_MARK.search(rest[-2:]) or rest[-1:] in "“”\"«»’'")
    if any(k != i and labels[k].cls not in (PROSE, NEAR) and rest.strip("„“\"«»‚‘'” ") in line.text
           for k, line in enumerate(lines)):
        return False  # (the page lists it again, among its related links; a paragraph says the words again)
    quoted = stems(rest)  # (inflected again below: `schwarzer Tag`, `schwarzen Tag`)
    below = [k for k in range(i + 1, min(len(lines), i + 4)) if labels[k].cls in (PROSE, NEAR)][:2]
    need = min(len(quoted), T.SPEAKER_QUOTE_SHARED_WORDS) if marked else len(quoted)
    return need >= (1 if marked else T.SPEAKER_QUOTE_SHARED_WORDS) \
        and any(len(quoted & stems(lines[k].text)) >= need for k in below)


def _role_shaped(label: str, line: str) -> bool:
    """A label that may name a speaker's role (`Betriebsrat:`, `Starosta`): a word or two, and neither it nor its
    line a kind the furniture tables know (`Lesen Sie auch:`, `Read more: …`)."""
    return 0 < len(label.split()) <= T.SPEAKER_LABEL_MAX_WORDS and F.kind_of(label) is None and F.kind_of(line) is None


def _speaker_named_below(lines: list[Line], labels: list[Label], i: int, m: re.Match[str]) -> bool:
    """`Starosta: Kraj nás postavil před hotovou věc` over `Starosta Lhotic nad Sázavou Martin Procházka …`: a
    speaker's role and what they say, heading the paragraph that opens on that role (a link's label, `Čtěte také:`,
    `Read more:`, names no one the story goes on about)."""
    label = lines[i].text[:m.start("rest")].rstrip(" :")
    if i + 1 >= len(lines) or labels[i + 1].cls not in (PROSE, NEAR) or not _role_shaped(label, lines[i].text):
        return False
    opening = " ".join(lines[i + 1].text.split()[:T.SPEAKER_LABEL_MAX_WORDS + 1])
    return bool(named := stems(label, T.STEM_CHARS)) and named <= stems(opening, T.STEM_CHARS)


# A piece's genre or medium before its linked headline (`Interview:`, `L'intervista:`, `Listen:`, `Kommentar:`).
_GENRE = re.compile(r"^(?:the |l'|la |il |el |o |a |das |der |die |le )?(?:interview|intervista|entrevista|listen"
                    r"|watch|video|vídeo|audio|podcast|kommentar|commentaire|comentario|commento|comentário|opinion"
                    r"|opinión|opinione|opinião|meinung|analyse|analysis|análisis|analisi|análise|review|kritik"
                    r"|critique|reportage|reportaje|reportagem|essay|column|kolumne)\b", re.I)


def _topic_described(text: str, m: re.Match[str]) -> bool:
    """`Financials: growing, but still loss-making`, `Finanzen: wachsend, aber mit Verlust`, `Finanzas: crece, pero
    con pérdidas`: a subheading naming its part's topic in a word or two, then what of it in lower case. A linked
    headline after its label opens with a capital as a headline does (`Read more: Three IPOs …`); a label the
    furniture tables know (`Also read:`, `Lire aussi :`, `Lee también:`) links whatever its headline's case, and a
    newsletter's or an offer's name over its pitch to the reader (`The Morning Brief: … in your inbox`, `Our top
    pick for savings: earn …`) is no subheading."""
    rest, label = m["rest"], text[:m.start("rest")].rstrip(" :|→►▶➜➔⇒▸➤")
    return rest[:1].islower() and len(label.split()) <= T.TOPIC_LABEL_MAX_WORDS and F.kind_of(label) is None \
        and not house.addresses_reader(text)


def _run_in_label(text: str) -> str | None:
    """`À lire aussi À Montreuil, les parents …`, `Lesen Sie auch Die Bauern …`, `Lee también El agua …`: a link
    label of the related table (two words or more) run into a capitalised headline without a separator; the
    headline after it. (`Related research shows …`: a lower-case word goes on a sentence, not a link.)"""
    related = F.KINDS_BY_NAME["related"]
    words = text.split()
    for n in range(min(T.LINK_LABEL_MAX_WORDS, len(words) - 1), 1, -1):
        head = words[n]
        capital = head[:1].isupper() or (head[:1] in "«\"“„" and head[1:2].isupper())
        if capital and related.matches(" ".join(words[:n])):
            return " ".join(words[n:])
    return None


# `Colmar : Headline`, `Ellwangen: Headline`, `Paris – Headline`: a place (a capitalised word or three) and a
# separator before the headline, the way regional sites title their links.
_PLACED_HEADLINE = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2}(?:\s?:|\s[–—])\s+\S")


def _link_blocks(lines: list[Line], labels: list[Label]) -> None:
    """A short line closed by a colon between two paragraphs, over one or more headline-length, headline-shaped
    lines with the story going on under them, is a block of links to other stories when the label speaks to the
    reader (`… vous intéresser :`, `Das könnte Sie interessieren:`) or when every line under it is titled by a
    place (`Colmar : …`). A colon that introduces a quote or a sentence is followed by a sentence; one that
    introduces the story's own list has short items."""
    for i, label in enumerate(labels):
        line = lines[i]
        if label.cls not in TEXT_CLASSES or not line.text.endswith(":") or line.words > T.LINK_LABEL_MAX_WORDS + 1 \
                or QUOTE_MARK.search(line.text) or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue
        j = i + 1
        while j < len(lines) and j - i <= T.RELATED_MAX_ITEMS and _headline_shaped(lines[j], labels[j]) \
                and not lines[j].prose:
            j += 1
        items = range(i + 1, j)
        if not items or j >= len(lines) or labels[j].cls != PROSE:
            continue
        if any(lines[k].words < T.LINKED_HEADLINE_MIN_WORDS for k in items):
            continue
        if house.addresses_reader(line.text) or all(_PLACED_HEADLINE.match(lines[k].text) for k in items):
            for k in (i, *items):
                labels[k] = Label(FURNITURE, "related item")


def _more_stories_blocks(lines: list[Line], labels: list[Label]) -> None:
    """A label no table knows, between two paragraphs, over two or more headline-shaped lines with a paragraph
    under them, is a block of links when it is set in capitals or speaks of more or other stories (`ALSO ON THE
    GAZETTE`, `D'autres articles`): a subheading in sentence case is followed by its own paragraph, not by headlines."""
    for i, label in enumerate(labels):
        line = lines[i]
        if label.cls != SHORT or line.sentence or line.words > T.LINK_LABEL_MAX_WORDS \
                or neighbour(labels, i, -1) not in (PROSE, NEAR) or _FACT_LABEL_ALONE.match(line.text):
            continue  # (a fact box's label heads facts, not links: _tight_fact_boxes)
        if F.MORE_STORIES.match(line.text):
            least = T.HEADLINE_MIN_WORDS
        elif _capitals(line.text):
            least = T.LINKED_HEADLINE_MIN_WORDS  # (a subheading in capitals may head the story's own short list)
        else:
            continue
        j = i + 1
        tight = j < len(lines) and not lines[j].blank_before  # (items pasted tight end at the block's blank line)
        while j < len(lines) and j - i <= T.RELATED_MAX_ITEMS and labels[j].cls == SHORT and not lines[j].full_stop \
                and _headline_shaped(lines[j], labels[j]) and lines[j].words >= least \
                and not (tight and j > i + 1 and lines[j].blank_before):
            j += 1
        if j - i - 1 >= T.MORE_STORIES_MIN_ITEMS and j < len(lines) and labels[j].cls == PROSE:
            for k in range(i, j):
                labels[k] = Label(FURNITURE, "related item")


def _capitals(text: str) -> bool:
    return text.upper() == text and sum(c.isalpha() for c in text) >= T.CAPS_LABEL_MIN_LETTERS


_BOX_KINDS_BELOW = frozenset({"sign-up", "prompt", "paywall", "donation", "box item"})


def _box_headings(lines: list[Line], labels: list[Label]) -> None:
    """A short line without a sentence ending right above a sign-up, paywall or donation box inside the story
    (`Get The Morning Brief` / `Top headlines in your inbox …` / `By signing up you agree …`) is the box's
    heading: a story's subheading is followed by its paragraph, not by a box. The heading may be two such lines,
    the box's name over its tagline (`Sign up to Northern Lines` / `Free weekly newsletter` / the pitch)."""
    for i, label in enumerate(labels):
        if not _box_heading_line(lines[i], label) \
                or i + 1 >= len(lines) or labels[i + 1].cls != FURNITURE or labels[i + 1].kind not in _BOX_KINDS_BELOW:
            continue
        if not (neighbour(labels, i + 1, 1) in (PROSE, NEAR, None) or _subheading_below(lines, labels, i + 1)):
            continue
        if neighbour(labels, i, -1) in (PROSE, NEAR):
            labels[i] = Label(FURNITURE, "box item")
        elif i > 1 and _box_heading_line(lines[i - 1], labels[i - 1]) and neighbour(labels, i - 1, -1) in (PROSE, NEAR):
            labels[i - 1] = labels[i] = Label(FURNITURE, "box item")


def _box_heading_line(line: Line, label: Label) -> bool:
    return label.cls == SHORT and not line.sentence and line.words <= T.BOX_HEADING_MAX_WORDS


_PROMPT_BOX = frozenset({"prompt", "sign-up"})
# A label, its colon, then one question (`Votre avis : faut-il … ?`, `Umfrage: Sind Sie …?`, `Encuesta: ¿…?`).
_LABELLED_QUESTION = re.compile(r"^[^\W\d_][\w'’-]*(?: [\w'’-]+){0,%s}\s?:\s+¿?[^.!?:]{3,200}\?$"
                                % (T.POLL_LABEL_MAX_WORDS - 1))


def _poll_questions(lines: list[Line], labels: list[Label]) -> None:
    """A poll set into the story: a labelled question to the reader (`Votre avis : … ?`, `Sondage : … ?`, `Your
    view: …?`, or the label on its own line above it: `Umfrage` / `…?`) over two answers or more (short lines
    without a sentence): the poll's prompt, whatever the label's words; a story's question subheading has no label,
    and no answers under it."""
    n = len(lines)
    for i, line in enumerate(lines):
        if labels[i].cls not in TEXT_CLASSES or not _story_above(lines, labels, i) or not (
                line.text.endswith("?") or _poll_statement(lines, labels, i)):
            continue
        label_above = _poll_label_above(lines, labels, i)
        if not label_above and not _LABELLED_QUESTION.match(line.text):
            continue
        j = i + 1
        while j < min(n, i + 1 + T.POLL_MAX_OPTIONS) and (
                (labels[j].cls in (SHORT, FURNITURE) and lines[j].words <= T.POLL_OPTION_MAX_WORDS
                 and not lines[j].sentence) or _answer_sentence(lines, labels, i, j)) \
                and not _apart_from_tight_answers(lines, i, j):
            j += 1
        if j - i <= 2:
            continue
        # (the last short line may be the story's subheading over its next paragraph: longer than a button)
        if j < n and labels[j].cls in (PROSE, NEAR) and lines[j - 1].words > T.BUTTON_MAX_WORDS:
            j -= 1
        if j < n and _vote_count(lines[j]):
            j += 1  # (the count of votes under the answers: `Celkem hlasovalo 9 847 čtenářů.`)
        labels[i] = Label(FURNITURE, "prompt")
        for k in range(i - 1 if label_above else i + 1, j):
            if k != i:
                labels[k] = Label(FURNITURE, "poll item")


# A poll's own word as its label (`Poll`, `Peiling`, `Umfrage`, `Sondage`, `Encuesta`, `Stelling`): over a
# statement the reader agrees with or not (`Poll` / `Een fietsbrug van 14,6 miljoen euro is het geld waard.` /
# `Eens` / `Oneens`), the poll's prompt, no question mark needed.
_POLL_WORD = re.compile(r"^(?:(?:reader|readers'?|our) )?(?:poll|peiling|stelling|umfrage|abstimmung|sondage"
                        r"|encuesta|sondaggio|enquete|sondagem|ankieta|anketa|omröstning|afstemning|avstemning"
                        r"|kysely|szavazás|sondaj|anket)$", re.I)


def _poll_statement(lines: list[Line], labels: list[Label], i: int) -> bool:
    """Line i is one sentence under a poll's own word (_POLL_WORD) standing alone above it."""
    return i >= 1 and _POLL_WORD.match(lines[i - 1].text) is not None and not _NEXT_SENTENCE.search(lines[i].text)


def _vote_count(line: Line) -> bool:
    """The poll's count of votes under its answers: a few words, a figure and the word for votes (_VOTE_COUNT)."""
    return line.words <= T.POLL_OPTION_MAX_WORDS and any(c.isdigit() for c in line.text) \
        and _VOTE_COUNT.search(line.text) is not None


def _apart_from_tight_answers(lines: list[Line], i: int, j: int) -> bool:
    """Line j is set apart by a blank line under two answers or more pasted tight (`Yes` / `No` / `View results`, a
    blank line, `What happens next`): the poll has ended, and the line is the story's subheading."""
    return lines[j].blank_before and j - i > 2 and not any(lines[k].blank_before for k in range(i + 2, j))


# A poll's answer written as a sentence, opening on yes, no or don't know and a comma or a stop (`Ja, die Stadt
# muss handeln.`, `Nein, der Preis ist zu hoch.`, `Oui, c'est une bonne idée.`, `No, es demasiado caro.`).
_ANSWER_OPENING = re.compile(r"^(yes|no|not sure|don't know|ja|nein|weiß nicht|weiss nicht|oui|non|je ne sais pas"
                             r"|sí|si|no sé|sim|não|não sei|sì|non so|nee|weet niet|geen mening"
                             # cs/sk/pl/sv/no/da/fi/hu/ro/tr (`Ano, …`, `Ne, …`, `Nevím, …`, `Tak, …`, `Nie, …`)
                             r"|ano|ne|nevím|áno|nie|neviem|tak|nie wiem|nej|vet inte|vet ikke|ved ikke|kyllä|ei"
                             r"|en tiedä|igen|nem|nem tudom|da|nu|nu știu|evet|hayır|bilmiyorum)\s?[,.!–—-]", re.I)
# A poll answer's share under it (`68 %`), between one answer written as a sentence and the next.
_ANSWER_SHARE = re.compile(r"^\d{1,3}(?:[.,]\d)?\s?%$")
# The poll's count of votes under its answers (`Celkem hlasovalo 9 847 čtenářů.`, `1,204 votes`, `Bisher 312
# Stimmen`, `Votos: 1.204`): a figure and the word for votes or voting.
_VOTE_COUNT = re.compile(r"\b(?:votes?|voted|stimmen|abgestimmt|votos?|votaron|voix|votants|voti|votanti|stemmen"
                         r"|gestemd|hlas\w*|głos\w*|röst\w*|stemm\w*)\b", re.I)


def _answer_sentence(lines: list[Line], labels: list[Label], i: int, j: int) -> bool:
    """Line j under the poll's question at line i is one of its answers written as a sentence: it opens on yes, no
    or don't know, in a few words and quoting no one, and so does another answer next to it (a story's answer to
    its own question subheading runs on, or says who answers)."""
    if not _answer(lines[j]) or labels[j].cls not in TEXT_CLASSES:
        return False
    if any(k != j and i < k < len(lines) and _answer(lines[k]) for k in (j - 1, j + 1)):
        return True
    # (each answer over its share: `Ano, …` / `68 %` / `Ne, …` / `21 %`)
    return any(i < k < len(lines) and _answer(lines[k]) and _ANSWER_SHARE.match(lines[(j + k) // 2].text)
               for k in (j - 2, j + 2))


def _answer(line: Line) -> bool:
    return line.words <= T.POLL_ANSWER_MAX_WORDS and _ANSWER_OPENING.match(line.text) is not None \
        and not QUOTE_MARK.search(line.text) and not F.SPEECH_TAG.search(line.text)


def _poll_label_above(lines: list[Line], labels: list[Label], i: int) -> bool:
    """The poll's label on the line above its question (`Encuesta`, `Umfrage`, `Reader poll`): a few words
    without a sentence, with the story above it; the question is one sentence."""
    return i >= 2 and labels[i - 1].cls == SHORT and not lines[i - 1].sentence \
        and lines[i - 1].words <= T.POLL_LABEL_MAX_WORDS and labels[i - 2].cls in (PROSE, NEAR, FURNITURE) \
        and not _NEXT_SENTENCE.search(lines[i].text)


_NEXT_SENTENCE = re.compile(r"[.!?…]\s+[A-ZÀ-Þ¿¡]")


def _prompt_buttons(lines: list[Line], labels: list[Label]) -> None:
    """A poll or a quiz set into the story (`Have your say: …?` / `Yes` / `No` / `Vote to see results`, `Quiz` /
    `Test your knowledge …` / `Take the quiz`): the short lines right under a prompt are its answers and its
    buttons. When the story goes on above and below, the last of them may be its subheading (headline-shaped, over a
    paragraph), and a lone short line over a paragraph is one."""
    for i, label in enumerate(labels):
        if label.cls != FURNITURE or label.kind not in _PROMPT_BOX or not _story_above(lines, labels, i):
            continue  # (a prompt in the header stands over the section label and the headline)
        j = i + 1
        while j < min(len(lines), i + 1 + T.POLL_MAX_OPTIONS) and labels[j].cls == SHORT \
                and lines[j].words <= T.POLL_OPTION_MAX_WORDS and not lines[j].sentence:
            j += 1
        last = j
        if j < len(lines) and labels[j].cls in (PROSE, NEAR):
            if j - i - 1 == 1 and not _names_the_box(lines, labels, i, j - 1):
                continue  # one short line over a paragraph: the story's subheading (`Zum Quiz` names its box)
            if j - i - 1 > 1 and _headline_shaped(lines[j - 1], labels[j - 1]) and lines[j - 1].words > 1:
                last = j - 1
        for k in range(i + 1, last):
            labels[k] = Label(FURNITURE, "poll item")


def _names_the_box(lines: list[Line], labels: list[Label], i: int, j: int) -> bool:
    """Line j is a button of the box whose prompt is line i: a few words (T.NAMED_BUTTON_MAX_WORDS), one of them a
    word of the prompt or of the box's label above it, perhaps in another form (`Téléchargez l'application …` /
    `Télécharger l'appli`, `… créez votre compte` / `Je crée mon compte`: their first T.STEM_CHARS letters, as
    lines.stems cuts them, four-letter words whole, `Zum Quiz`); a subheading names what the next paragraph tells."""
    if lines[j].words > T.NAMED_BUTTON_MAX_WORDS:
        return False
    box = lines[i].text + (" " + lines[i - 1].text if i and labels[i - 1].cls == SHORT else "")
    return bool({w[:T.STEM_CHARS] for w in _WORDS.findall(lines[j].text.lower())}
                & {w[:T.STEM_CHARS] for w in _WORDS.findall(box.lower())})


_WORDS = re.compile(r"[^\W\d_]{4,}")


# A reader's comment under a blog post, as blog themes sign it: the commenter's name or handle (a few words, not
# opening on an article or a possessive: `The judge says:`, `Der Einsatzleiter sagt:`, `Our political editor says:`
# head a story's quote) and the theme's verb in the present with a colon (`Baschurr says:`, `Aylin sagt:`, `Marie dit
# :`, `Ana dice:`, `Joop zegt:`; a past tense, `Andrés Molina escribió:`, quotes a post in a story), in en/de/fr/es/pt/
# nl/it/sv/no/da/pl.
_COMMENTER = re.compile(r"^(?!(?:the|our|my|a|an|der|die|das|den|dem|ein|eine|unser|unsere|le|la|les|l'|un|une|notre"
                        r"|el|los|las|una|nuestro|nuestra|o|os|as|um|uma|de|het|een|onze|il|lo|gli|i|uno|il nostro"
                        r"|la nostra)\s)\S[^:]{0,40}?\s(?:says|sagt|schreibt|meint|dit|dice|diz|zegt|scrive|skriver"
                        r"|sier|siger|pisze)\s?:$", re.I)


def _reader_comments(lines: list[Line], labels: list[Label]) -> None:
    """Readers' comments under a blog post: signatures (_COMMENTER) each over the comment's date with its time of day
    (`Baschurr says:` / `22. Juli 2019 at 16:25`, `Aylin sagt:` / `20. November 2022 um 10:36 Uhr`), at least
    T.COMMENTS_MIN_SIGNATURES of them, under the story. The first ends the story, and every text line from it down is
    the comments'. (Review s32c: a story's `The judge said:`, `Der Einsatzleiter sagt:` or a quoted post over a date
    and time is no comment; without these guards the story was cut there on 8 of 15 pages.)"""
    # (the cheap tests first: every line of every page is asked)
    signed = [i for i in range(1, len(lines) - 1)
              if labels[i + 1].cls == META and lines[i].text.endswith(":") and lines[i].words <= T.COMMENTER_MAX_WORDS
              and _COMMENTER.match(lines[i].text) and _CLOCK.search(lines[i + 1].text)
              and looks_like_date(lines[i + 1].text, clock=False)]
    if len(signed) < T.COMMENTS_MIN_SIGNATURES or not any(labels[j].cls == PROSE for j in range(signed[0])):
        return
    labels[signed[0]] = Label(STOP, "tail")
    for j in range(signed[0] + 1, len(lines)):
        if labels[j].cls in TEXT_CLASSES:
            labels[j] = Label(FURNITURE, "comment")


def _story_above(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A paragraph above line i, past furniture and the box's own label (`Quiz`, `Umfrage`)."""
    j = i - 1
    while j >= 0 and labels[j].cls == FURNITURE:
        j -= 1
    if j >= 1 and labels[j].cls == SHORT and lines[j].words <= T.BOX_HEADING_MAX_WORDS and not lines[j].sentence:
        j -= 1
    return j >= 0 and labels[j].cls in (PROSE, NEAR)


def _comment_links_amid_story(lines: list[Line], labels: list[Label]) -> None:
    """The comments' heading (`Kommentieren Sie diesen Artikel`, `Comment on this story`; F.COMMENTS_HEADING) set
    between two paragraphs, with no count on it and the story going on below it, is a link pasted into the story,
    dropped alone: over the readers' comments it ends the story, so it does when no paragraphs follow it."""
    for i, label in enumerate(labels):
        if label.cls != STOP or label.kind != "tail" or neighbour(labels, i, -1) != PROSE:
            continue
        heading = F.COMMENTS_HEADING.match(lines[i].text)
        if heading and not (heading["count"] or heading["discussion"]) and _story_under_link(lines, labels, i + 1):
            labels[i] = Label(FURNITURE, "link")


def _story_under_link(lines: list[Line], labels: list[Label], j: int) -> bool:
    """The story goes on under line j: its next text lines are paragraphs (sentences), and no line within reach shows
    a reader's comment (a reader's name alone, a time relative to now, a Reply button; F.COMMENT_SIGN)."""
    text = []
    for k in range(j, min(len(lines), j + T.STORY_BOX_REACH)):
        if labels[k].cls == STOP:
            break
        if F.COMMENT_SIGN.search(lines[k].text) or F.RELATIVE_TIME.match(lines[k].text):
            return False
        if labels[k].cls != FURNITURE:
            text.append(k)
    first = text[:T.STORY_BOX_MIN_PARAGRAPHS]
    return len(first) == T.STORY_BOX_MIN_PARAGRAPHS and all(
        labels[k].cls in (PROSE, NEAR) and lines[k].sentence for k in first)


def _lists_in_story(lines: list[Line], labels: list[Label]) -> None:
    """A `Most read` box set between two paragraphs (its label, then numbered or headline-shaped lines) with the
    story going on below it is a box in the story, not the end of the article: the label only ends the story when
    no paragraph follows its list."""
    for i, label in enumerate(labels):
        if label.kind == "tags" and _topic_link(lines, labels, i):
            labels[i] = Label(FURNITURE, "related")  # a link to another story under a topic label
            continue
        if label.cls != STOP or lines[i].sentence or neighbour(labels, i, -1) != PROSE:
            continue
        if label.kind == "tags" and i + 1 < len(lines) and labels[i + 1].cls == PROSE \
                and lines[i].words <= T.LABEL_MAX_WORDS and _story_goes_on(lines, labels, i + 1):
            labels[i] = Label(FURNITURE, "tags")  # `Related topics` whose links were not copied, amid the story
            continue
        if label.kind == "tags" and (topics := _repeated_topics(lines, labels, i)):
            labels[i] = Label(FURNITURE, "tags")
            for k in topics:
                labels[k] = Label(FURNITURE, "related item")
            continue
        if label.kind != "tail":
            continue
        if (box := _contact_box(lines, labels, i + 1)) and _story_goes_on(lines, labels, box[-1] + 1):
            for k in (i, *box):
                labels[k] = Label(FURNITURE, "box item")  # `Get in touch` over its prompt and contacts, amid the story
            continue
        items = _list_below(lines, labels, i + 1)
        if len(items) < T.STORY_BOX_MIN_ITEMS or not _story_goes_on(lines, labels, items[-1] + 1):
            continue
        labels[i] = Label(FURNITURE, "related")
        for k in items:
            labels[k] = Label(FURNITURE, "related item")


# A sources or references list's heading alone on its line (`Sources`, `Quellen`, `Fuentes`, `Fonti`, `Fontes`,
# `Bronnen`, `Références`), and a citation's opening: the issuing body or the authors, each word capitalised but the
# glue words of names (`Public Health Agency of Canada.`, `Smith J, Jones K.`), closed by a full stop.
_SOURCES_HEADING = re.compile(r"^(?:(?:article|our|story) )?(sources|references|quellen|quellenangaben|literatur"
                              r"|fuentes|referencias|fonti|riferimenti|fontes|referências|bronnen|referenties|références|källor|kilder)\s*:?$",
                              re.I)
_CITED_BODY = re.compile(r"^(?:[A-ZÀ-Þ][\w'’&-]*\.?,?\s+|(?:of|the|for|and|on|de|du|des|la|le|et|für|der|die"
                         r"|das|und|von|del|de la|y|di|della|e|da|do|dos|van|het|voor|en|&)\s+)"
                         r"{1," + str(T.CITED_BODY_MAX_WORDS) + r"}?[A-ZÀ-Þ][\w'’&-]*\.\s+\S")

# a citation's evidence, in one item at least: a year, a web address, a date of access, a title after a colon, an
# author's initials (`Smith J,`); a story's `Fuentes` over named places, each with a sentence, has none
_CITATION_EVIDENCE = re.compile(r"\b(?:1[5-9]|20)\d\d\b|https?://|\bwww\.|\b\w+\.(?:com|org|gov|int|edu)\b"
                                r"|\b(?:accessed|retrieved|consultado|consulté|abgerufen|consultato|geraadpleegd"
                                r"|acedido|acessado)\b|:\s+[A-ZÀ-Þ\"“«]|\b[A-ZÀ-Þ][a-zà-ÿ]+ [A-Z]{1,2}[,.]", re.I)


def _source_lists(lines: list[Line], labels: list[Label]) -> None:
    """A sources list under the story (`Sources` / `Saskatchewan Health Authority. Measles outbreak update, …` /
    `Public Health Agency of Canada. Measles vaccine: …`): its heading right under a paragraph, then one citation a
    line, each opening with the cited body or authors and a full stop (no sentence of a story opens on a bare name
    and a full stop), and nothing of the story after them (only furniture, buttons and links within reach). The
    heading ends the story; a subheading `Sources` over the story's paragraph (`Most of the water comes from …`) has
    no citation under it, nor does a closing `Fuentes` over named places each with a sentence (no item with a
    citation's evidence, _CITATION_EVIDENCE)."""
    for i, label in enumerate(labels):
        if label.cls != SHORT or not _SOURCES_HEADING.match(lines[i].text.strip()) \
                or neighbour(labels, i, -1) not in (PROSE, NEAR):
            continue
        first = i + 1 + _sources_intro(lines, i + 1)
        j = first
        while j < len(lines) and j - i <= T.SOURCES_MAX_ITEMS and labels[j].cls in (PROSE, NEAR, SHORT) \
                and lines[j].words <= T.CITATION_MAX_WORDS and _CITED_BODY.match(lines[j].text):
            j += 1
        # (the citations under the site's sentence on them bear the evidence: the sentence alone cites nothing)
        if j > first and j - i <= T.SOURCES_MAX_ITEMS and _no_story_below(lines, labels, j) \
                and any(_CITATION_EVIDENCE.search(lines[k].text) for k in range(first, j)):
            labels[i] = Label(STOP, "tail")
            for k in range(i + 1, j):
                labels[k] = Label(FURNITURE, "related item")


def _sources_intro(lines: list[Line], k: int) -> int:
    """1 when line k opens the sources list with the site's word on them (`Ledgerline requires writers to use primary
    sources to support their work.`): a sentence naming sources, under the heading, over the citations."""
    return int(k < len(lines) and lines[k].sentence and _SOURCES_WORD.search(lines[k].text) is not None)


_SOURCES_WORD = re.compile(r"\b(sources|quellen|fuentes|fonti|fontes|bronnen)\b", re.I)


def _no_story_below(lines: list[Line], labels: list[Label], j: int) -> bool:
    """No paragraph of the story within reach from line j (up to a line ending the story): only the page's
    furniture, its buttons and headline-like links."""
    for k in range(j, min(len(lines), j + T.STORY_BOX_REACH)):
        if labels[k].cls == STOP:
            break
        if labels[k].cls in (PROSE, NEAR) and lines[k].sentence:
            return False
    return True


def _items_under_lead_in(lines: list[Line], labels: list[Label]) -> None:
    """The story's list set apart under a sentence of the story closed by a colon (`The forum has asked the terminal
    for three changes:` / `A guaranteed minimum of 1,800 truck slots a day` / …, `The Irish leg runs as follows:` /
    `May 8th – Cork, Cyprus Avenue` / …): two short lines or more, each an item of the list, though capitalised
    like a subheading or led by a date like a date line. Only under a paragraph: `Menu:` or `Read more:` are no
    sentence, and the lines under them no list of the story's."""
    for i in range(1, len(lines) - 2):
        if labels[i].cls != PROSE or not lines[i].text.endswith(":"):
            continue
        items = []
        j = i + 1
        while j < len(lines) and len(items) < T.LEAD_IN_MAX_ITEMS and _story_item(lines[j], labels[j]):
            items.append(j)
            j += 1
        if len(items) >= T.LEAD_IN_MIN_ITEMS:
            for k in items:
                labels[k] = Label(SHORT, LIST_ITEM_KIND)


def _parallel_items(lines: list[Line], labels: list[Label]) -> None:
    """The story's list of like things, each item a `Label: value` line whose label opens on the same word (`Linie 3:
    Umleitung via Bankverein` / `Linie 8: …` / `Linie 11: endet am Bahnhof SBB`), pasted tight under the story's
    paragraph or its subheading, the story going on under it: items of the story, not a box's figures (a fact box
    labels each line with a different fact: `Länge:` / `Kosten:` / `Baubeginn:`)."""
    i = 0
    while i < len(lines):
        first = lines[i].text.split(maxsplit=1)[0].lower() if labels[i].cls == SHORT and KEY_VALUE.match(
            lines[i].text) else None
        j = i + 1
        while first and j < len(lines) and labels[j].cls == SHORT and not lines[j].blank_before \
                and KEY_VALUE.match(lines[j].text) and lines[j].text.split(maxsplit=1)[0].lower() == first:
            j += 1
        if first and i >= 1 and j - i >= T.PARALLEL_MIN_ITEMS and j < len(lines) and labels[j].cls == PROSE \
                and PROSE in (labels[i - 1].cls, labels[i - 2].cls if i >= 2 else None):
            for k in range(i, j):
                labels[k] = Label(SHORT, LIST_ITEM_KIND)
        i = j


def _price_tables_under_lead_in(lines: list[Line], labels: list[Label]) -> None:
    """A markets report's own table under its lead-in closed by a colon, a line of the story (`How the main markets
    closed:` / `Brent crude: $71.36 ▲0.4%` / …, `Closing rates on Tuesday:` / `ZAR/USD: 18.12` / …): its cells read
    as a price strip's (furniture.PRICE_CELLS), but a strip stands over the story, never under a paragraph's
    lead-in, so the cells are the story's list. The lead-in is a paragraph, or a short line under one."""
    for i in range(1, len(lines) - 1):
        if not lines[i].text.endswith(":") or not (labels[i].cls == PROSE or (
                labels[i].cls in (SHORT, NEAR) and labels[i - 1].cls in (PROSE, NEAR))):
            continue
        j = i + 1
        while j < len(lines) and j - i <= T.LEAD_IN_MAX_ITEMS and labels[j] == Label(FURNITURE, "ticker") \
                and F.PRICE_CELL.match(lines[j].text):
            labels[j] = Label(SHORT, LIST_ITEM_KIND)
            j += 1


def _story_item(line: Line, label: Label) -> bool:
    """A line that may be an item of the story's list: a short line no pass took for anything (or a date line
    with words besides its date: `May 8th – Cork, Cyprus Avenue`), of a few words, not a lead-in itself."""
    if line.text.endswith(":") or not T.LIST_MIN_WORDS <= line.words <= T.HEADLINE_MAX_WORDS:
        return False
    if label.cls == META and label.kind == "date":
        return words_besides_date(line.text) >= T.LIST_MIN_WORDS - 1
    return label.cls == SHORT and not label.kind


_ITEM_LABEL = re.compile(r"^([^\W\d_][\w'’-]*)\s+\S{1,6}\s?:\s+\S")


def _labelled_items(lines: list[Line], labels: list[Label]) -> None:
    """The story's list under its lead-in (`Four routes will run:` / `Route N1: Golden Square, Kangaroo Flat` /
    `Route N2: …`): items that open with the same word and a numbered label are the list's, though an item of
    place names reads as a menu. A menu's entries do not share a `Word N:` opening."""
    for i in range(1, len(lines) - 1):
        if labels[i].cls != MENU or labels[i - 1].cls not in TEXT_CLASSES or not lines[i - 1].text.endswith(":"):
            continue
        first = _ITEM_LABEL.match(lines[i].text)
        below = _ITEM_LABEL.match(lines[i + 1].text)
        if first and below and first[1] == below[1] and labels[i + 1].cls in (SHORT, MENU):
            j = i
            while j < len(lines) and (m := _ITEM_LABEL.match(lines[j].text)) and m[1] == first[1] \
                    and labels[j].cls in (SHORT, MENU):
                labels[j] = Label(SHORT)
                j += 1


_CONTACT = re.compile(r"^[^\W\d_][\w -]{0,20}:\s*(?:\+?\d[\d ()/-]{6,20}\d|[\w.+-]+@[\w-]+\.[\w.-]+)$")


def _contact_box(lines: list[Line], labels: list[Label], start: int) -> list[int]:
    """The lines of a contact box under its label (`Get in touch`): a prompt to the reader, then labelled contacts
    (`WhatsApp: +44 7700 900 318`, `Email: news@site.example`), one at least; [] when the lines below are not that."""
    end = min(len(lines), start + T.BOX_MAX_LINES)
    j = start
    while j < end and labels[j].cls == FURNITURE and labels[j].kind in ("prompt", "sign-up"):
        j += 1
    contacts = j
    while contacts < end and _CONTACT.match(lines[contacts].text):
        contacts += 1
    return list(range(start, contacts)) if contacts > j else []


def _repeated_topics(lines: list[Line], labels: list[Label], i: int) -> list[int]:
    """A topics label amid the story (`Related topics` / `Harbours` / `Tourism` between two paragraphs) that the page
    shows again further down, after more of the story: the site sets its topic links inside the story and at its
    end, so the first block interrupts the story, its short lines are links, not subheadings. The lines of its
    list, or [] when it is not such a block."""
    topics = []
    k = i + 1
    # (a topic the end block repeats may be taken for a repeated marker already)
    while k < len(lines) and (labels[k].cls in (SHORT, MENU) or labels[k].kind == "marker") \
            and lines[k].words <= T.LABEL_MAX_WORDS \
            and not lines[k].sentence and len(topics) < T.RELATED_MAX_ITEMS:
        topics.append(k)
        k += 1
    if not topics or k >= len(lines) or labels[k].cls != PROSE or not _story_goes_on(lines, labels, k):
        return []
    again = next((j for j in range(k, len(lines)) if lines[j].text == lines[i].text), None)
    return topics if again is not None and any(labels[j].cls == PROSE for j in range(k, again)) else []


_BARE_NUMBER = re.compile(r"^(\d{1,2})[.)]?$")
_RANK = re.compile(r"^(\d{1,2})[.)]?\s+(?=\S)")  # `4 Headline`, `4. Headline`, `4) Headline`: a ranked link


def _ranks_go_on(above: str, line: str) -> bool:
    """The line's rank is the one after the line above's (`3 …` then `4 …`): one more item of a ranked list."""
    a, b = _RANK.match(above), _RANK.match(line)
    return bool(a and b) and int(b[1]) == int(a[1]) + 1


def _counted_items(lines: list[Line], start: int) -> list[int]:
    """The lines of a list counted from 1 on: `1 Headline` / `2 Headline` (the number run into the item, with or
    without its stop) or a number alone on its line over each item (`1` / `Headline` / `2` / `Headline`), while the
    count goes on and no item ends in a full stop; [] when the count does not start at 1 or stops before 2. A
    box's ranking is told by its count, whatever shape its headlines take (a question reads as prose)."""
    items: list[int] = []
    j, n = start, 1
    while j < len(lines) and n <= T.RELATED_MAX_ITEMS:
        bare = _BARE_NUMBER.match(lines[j].text)
        counted = None if bare else _RANK.match(lines[j].text)
        if bare and int(bare[1]) == n and j + 1 < len(lines) and not lines[j + 1].full_stop \
                and lines[j + 1].words <= T.HEADLINE_MAX_WORDS and not _BARE_NUMBER.match(lines[j + 1].text):
            items += [j, j + 1]
            j += 2
        elif counted and int(counted[1]) == n and not lines[j].full_stop and lines[j].words <= T.HEADLINE_MAX_WORDS:
            items.append(j)
            j += 1
        else:
            break
        n += 1
    return items if n > T.STORY_BOX_MIN_ITEMS else []


def _list_below(lines: list[Line], labels: list[Label], start: int) -> list[int]:
    """The items of a list of links: a list counted from 1, numbered lines (while the numbering goes on), or
    headline-shaped lines, the last of which stays when a paragraph follows and it is a few words or clearly shorter
    than the headlines above it (the story's subheading: _subheading_under_list; about as long as they are, one more
    headline) unless it goes on with the ranks of the line above (`3 Kölner Bäckerei …` / `4 Karnevalsverein wirft
    …`: the list's last link)."""
    if counted := _counted_items(lines, start):
        return counted
    numbered = start < len(lines) and bool(LIST_ITEM.match(lines[start].text)) and lines[start].text[:1].isdigit()
    items = []
    for j in range(start, min(start + T.RELATED_MAX_ITEMS, len(lines))):
        # (a numbered link going on with the ranks above it is one more, even read as a sentence: `2. Testámos o
        # portátil de 499 euros. Vale a pena?`)
        ranked = numbered and j > start and labels[j].cls in TEXT_CLASSES \
            and lines[j].words <= T.HEADLINE_MAX_WORDS and _ranks_go_on(lines[j - 1].text, lines[j].text)
        # (a headline among them closing on its day, `LTO to waive penalties … until January 31`, is one more)
        ranked = ranked or _dated_headline(lines, labels, j, j > start)
        if not ranked and (labels[j].cls not in (SHORT, NEAR, MENU) or lines[j].prose or lines[j].full_stop
                           or (numbered and not LIST_ITEM.match(lines[j].text))):
            break
        items.append(j)
    if not numbered and items and items[-1] + 1 < len(lines) and labels[items[-1] + 1].cls == PROSE \
            and not (len(items) > 1 and _ranks_go_on(lines[items[-2]].text, lines[items[-1]].text)) \
            and not _closes_tight_list(lines, items) \
            and (len(items) == 1 or _subheading_under_list(lines, [(k, labels[k]) for k in items])):
        items.pop()
    return items


def _closes_tight_list(lines: list[Line], items: list[int]) -> bool:
    """The last of the list's lines pasted tight under the others, the paragraph under it set apart by a blank line:
    the list's last link, not the story's subheading (on a page that sets its blocks apart, a subheading is set
    apart from the box above it and stands over its paragraph)."""
    last = items[-1]
    return len(items) > 1 and not lines[last].blank_before and lines[last + 1].blank_before


_LIST_SEPARATOR = re.compile(r"[,;|·•/]")


def _topic_link(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`Related topics: Why do the ferries keep breaking down?` between paragraphs, the story going on below (past
    a subheading): a topic label with one headline (or one topic in sentence case) after it on its line links to
    another story or topic page; the topics list that closes a page names a few short topics between commas or bars,
    or capitalised and run together."""
    m = F.TAGS.match(lines[i].text[:T.MATCH_CHARS])
    rest = m["rest"] if m else ""
    words = rest.split()
    # (a topic in sentence case, `Floating bridge breakdowns`, is one phrase: tags run together are capitalised)
    one = len(words) >= T.TOPIC_LINK_MIN_WORDS or (len(words) > 1 and all(w[:1].islower() for w in words[1:]))
    return one and not _LIST_SEPARATOR.search(rest) \
        and neighbour(labels, i, -1) == PROSE and _story_goes_on(lines, labels, i + 1)


# The families' death notices a page lists under the story (`ESQUELAS`, `Todesanzeigen`, `Avis de décès`): the
# page's block after the story (in the top menu the same words are a menu entry, so they are no tail's label).
_DEATH_NOTICES = re.compile(r"^(?:death notices|family notices|esquelas|necrológicas|avis de décès|avis mortuaires"
                            r"|todesanzeigen|traueranzeigen|necrologie|annunci funebri|overlijdensberichten"
                            r"|rouwberichten|familieberichten|anúncios fúnebres)\s*:?$", re.I)


def _story_goes_on(lines: list[Line], labels: list[Label], j: int) -> bool:
    """Paragraphs below line j (past furniture and one subheading) before anything ends the page."""
    paragraphs = 0
    for k in range(j, min(len(lines), j + T.STORY_BOX_REACH)):
        if labels[k].cls == STOP or _DEATH_NOTICES.match(lines[k].text):
            break
        paragraphs += labels[k].cls == PROSE
    return paragraphs >= T.STORY_BOX_MIN_PARAGRAPHS


def _label_over_headline(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`İLGİLİ HABER` / `Headline` between two paragraphs: a label in capitals (or closed by a colon) on its own
    line over a headline-shaped line, with the story going on below, links to another story in any language (a
    story's subheading is followed by its paragraph, not by another heading)."""
    line = lines[i]
    if labels[i].cls != SHORT or not line.label or i + 1 >= len(lines) or lines[i + 1].part:
        return False
    if not (line.text.endswith(":") or (line.text.upper() == line.text and any(c.isalpha() for c in line.text))):
        return False
    return labels[i + 1].cls == SHORT and _headline_shaped(lines[i + 1], labels[i + 1]) \
        and neighbour(labels, i, -1) in (PROSE, NEAR) and neighbour(labels, i + 1, 1) in (PROSE, NEAR)


def _subheading_below(lines: list[Line], labels: list[Label], i: int) -> bool:
    """The story goes on under a subheading after line i: a headline-shaped line, then a paragraph. A subheading
    may be shorter than a headline (`Costly inspections`, `Die Folgen`): a word or two, capitalised, with no
    sentence stop or trailing colon, counts when a paragraph follows it."""
    j = i + 1
    while j < len(labels) and labels[j].cls == FURNITURE:
        j += 1
    return j < len(labels) and labels[j].cls == SHORT and (
        _headline_shaped(lines[j], labels[j]) or _short_heading(lines[j])) and neighbour(labels, j, 1) == PROSE


def _short_heading(line: Line) -> bool:
    return line.words < T.HEADLINE_MIN_WORDS and not line.sentence and not line.menu \
        and line.text[:1].isupper() and not line.text.endswith((":", ";", ",")) and not LIST_ITEM.match(line.text)


# Furniture that comes as a box: a sign-up or donation box (`Sign up to X` / `Free daily newsletter` / a pitch /
# `Privacy Notice: …`), a paywall, a key-points box under its label (or over the note that a machine wrote it).
_BOX_KINDS = frozenset({"sign-up", "paywall", "donation", "summary box", "skippable box", "embed notice"})


def _take_boxes(lines: list[Line], labels: list[Label]) -> None:
    """On a page (or around a block) whose paragraphs stand apart (blank lines between them), the lines pasted
    tight against a box's furniture line, with no blank line between, are the box: its pitch, fine print, items."""
    n = len(lines)
    spaced = spaced_page(lines)
    _synopsis_subheadings(lines, labels)
    _findings_in_story(lines, labels)
    if spaced:
        _summary_sentences(lines, labels)
        _boxes_closed_by_their_heading(lines, labels)
    else:
        _take_summaries(lines, labels)
    _points_over_story(lines, labels)
    starts = [i for i in range(n) if i == 0 or lines[i].blank_before]
    for k, first in enumerate(starts):
        last = starts[k + 1] if k + 1 < len(starts) else n
        if not 1 < last - first <= T.BOX_MAX_LINES or not (spaced or _spaced_around(lines, first, last)):
            continue
        box = [j for j in range(first, last) if labels[j].cls == FURNITURE and not paywall_badge(lines, labels, j)
               and (labels[j].kind in _BOX_KINDS or _channel_box(lines, labels, j)
                    or _machine_summary(lines, labels, j))]
        if not box or _story_block(lines, labels, first, last):
            continue
        # a label opening the block (`Key takeaways`) takes the lines under it; a pitch, the whole block
        top = box[0] if labels[box[0]].kind == "summary box" else first
        for j in range(top, last):
            if top == box[0] and _paragraph_under_points(lines, labels, top, j):
                break
            if labels[j].cls in TEXT_CLASSES:
                labels[j] = Label(FURNITURE, "box item")


def _marked_and_form_boxes(lines: list[Line], labels: list[Label]) -> None:
    """Boxes told by their own lines, whatever the blank lines: the lines between a box's skip marker and its end
    marker (`skip past newsletter promotion` / … / `after newsletter promotion`); and, on a page whose blank lines
    tell nothing (blankless_page), the heading and one short pitch right over a sign-up form's field or button
    (`The Basin Letter` / `Stories from the Interior West, every Friday. Free.` / `Email address`), under the
    story's paragraph: a story's subheading heads a paragraph of the story, not a form."""
    marks = [i for i, label in enumerate(labels) if label.kind == "skippable box"]
    for top, bottom in pairwise(marks):
        if lines[top].text.lower().startswith("skip") and lines[bottom].text.lower().startswith("after") \
                and bottom - top <= T.BOX_MAX_LINES + 1:
            for j in range(top + 1, bottom):
                labels[j] = Label(FURNITURE, "box item")
    if not blankless_page(lines):
        return
    for i in range(2, len(lines)):
        pitch, head = i - 1, i - 2
        if labels[i].kind == "sign-up" and lines[i].words <= T.LABEL_MAX_WORDS \
                and labels[pitch].cls in (PROSE, NEAR) and lines[pitch].words <= T.TEASER_MAX_WORDS \
                and _box_heading_line(lines[head], labels[head]) and neighbour(labels, head, -1) in (PROSE, NEAR):
            labels[head] = labels[pitch] = Label(FURNITURE, "box item")


def _findings_in_story(lines: list[Line], labels: list[Label]) -> None:
    """`Key findings` set amid the story, a paragraph right above it and T.STORY_BOX_MIN_PARAGRAPHS of them at
    least since the last line of the header (the byline, the date, the caption), heads the story's list of what a
    report found: a summary of the article stands over its first paragraph."""
    for i, label in enumerate(labels):
        if label.kind != "summary box" or not _FINDINGS.match(lines[i].text) or neighbour(labels, i, -1) != PROSE:
            continue
        header = next((k for k in range(i - 1, -1, -1) if labels[k].cls == META), None)
        if header is not None and sum(labels[k].cls == PROSE for k in range(header + 1, i)) \
                >= T.STORY_BOX_MIN_PARAGRAPHS and not _restated_above(lines, labels, i):
            labels[i] = Label(SHORT)


def _restated_above(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A point under the heading on line i says again a paragraph above it: half its stems or more in one of them
    (`Third-generation pairs in warm tanks laid about 30% fewer eggs` under `By the third generation, pairs in the
    warmer tanks laid about 30 per cent fewer eggs …`): the box sums the story up."""
    above = [stems(lines[k].text) for k in range(i) if labels[k].cls == PROSE]
    for k in range(i + 1, min(len(lines), i + 1 + T.BOX_MAX_LINES)):
        if labels[k].cls not in TEXT_CLASSES or (k > i + 1 and lines[k].blank_before):
            break
        own = stems(lines[k].text)
        if own and any(len(own & other) >= T.RESTATED_SHARE * len(own) for other in above):
            return True
    return False


# A report's findings by their heading (`Key findings`): what the story reports, not a summary of the story.
_FINDINGS = re.compile(r"^key findings\s*:?$", re.I)


# A button's call opening it, before the heading's words it takes up (`See`, `Shop`, `Voir`, `Zu`, `Mehr`, `Ver`,
# `Scopri`, `Bekijk`), in en/fr/de/es/it/pt/nl: a story's next subheading opens on no call (`Summer opening hours`).
_BUTTON_CALL = re.compile(r"^(?:see|shop|read|discover|explore|view|browse|find|get|compare|watch|visit|voir|découvrir"
                          r"|lire|consulter|zu|zum|zur|mehr|alle|jetzt|ver|descubre|descubra|conoce|leer|scopri|leggi"
                          r"|vedi|saiba|confira|conheça|bekijk|lees|ontdek|naar)(?:\s+(?:all|more|all of|mehr|plus"
                          r"|más|tutti|mais|meer))?\b", re.I)


def _boxes_closed_by_their_heading(lines: list[Line], labels: list[Label]) -> None:
    """A promotion set tight on a page whose paragraphs stand apart: a short heading (`Our air fryer reviews`, `Nos
    tests d'aspirateurs`, `Unsere Testsieger`), a sentence or two of pitch, then its button taking up the heading's
    words after a call opening it (_BUTTON_CALL: `See our air fryer reviews`, `Voir nos tests d'aspirateurs`, `Zu
    unseren Testsiegern`). The button names the box it closes; a story's next subheading does not say its last one
    again after a call (`Summer opening hours`), and a story's paragraphs stand apart."""
    n = len(lines)
    for i in range(1, n - 2):
        if not lines[i].blank_before or labels[i].cls != SHORT or lines[i].sentence:
            continue
        j = i + 1
        while j < n and not lines[j].blank_before and labels[j].cls in (PROSE, NEAR) and lines[j].sentence:
            j += 1
        if not 1 < j - i <= 1 + T.BOX_PITCH_MAX_LINES or j >= n or lines[j].blank_before \
                or labels[j].cls != SHORT or lines[j].full_stop or (j + 1 < n and not lines[j + 1].blank_before):
            continue
        heading, button = _word_stems(lines[i].text), _word_stems(lines[j].text)
        call = _BUTTON_CALL.match(lines[j].text)
        if heading and heading <= button and len(button - heading) <= T.BOX_BUTTON_VERB_WORDS and call \
                and button - heading <= _word_stems(call.group()):
            for k in range(i, j + 1):
                labels[k] = Label(FURNITURE, "box item")


def _word_stems(text: str) -> set[str]:
    """The words of three letters or more cut to their first four (`unsere`/`unseren`, `review`/`reviews`)."""
    return {w[:4] for w in re.findall(r"[^\W\d_]{3,}", text.lower())}


def _machine_summary(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`This summary was generated with the help of AI …` (a disclosure) speaks of the lines pasted tight with it:
    the summary box, its heading (`Quick Read`, a house name) and its points, above or under the note. A box's other
    lines are points or a short heading (bulleted, or a few words each); a story's sentence pasted tight with a quoted
    note (`The summary … contained two errors.` / `This summary was generated with the help of AI.` / `The sentence
    appeared …`) runs longer, with no heading, and the note stands amid it rather than at the box's top or foot."""
    if labels[i].kind != "disclosure" or F.MACHINE_SUMMARY.match(lines[i].text) is None:
        return False
    first, last = i, i + 1
    while first > 0 and not lines[first].blank_before:
        first -= 1
    while last < len(lines) and not lines[last].blank_before:
        last += 1
    others = [j for j in range(first, last) if j != i]
    headed = any(not lines[j].sentence and lines[j].words <= T.MACHINE_SUMMARY_POINT_MAX_WORDS for j in others)
    points = all(_BULLETED.match(lines[j].text) or lines[j].words <= T.MACHINE_SUMMARY_POINT_MAX_WORDS for j in others)
    return i in (first, last - 1) and (headed or points)  # (the note closes or opens its box, not amid prose)


_BULLETED = re.compile(r"^\s*[•·▪◦*–—-]\s")


def _pipe_credits_under_boxes(lines: list[Line], labels: list[Label]) -> None:
    """`Jane Doe | Site` under a caption that stands right under a key-points box (`Key Takeaways` / three points /
    caption / credit): once the box's points are furniture, the caption opens the photo block, and the credit split
    at its bar is read as captions.pipe_credit reads it where no box stands above."""
    for i in range(2, len(lines) - 2):
        if lines[i + 1].part and labels[i].cls == SHORT and labels[i - 2].kind == "box item" \
                and pipe_credit(lines, labels, i):
            labels[i - 1], labels[i] = Label(META, "caption"), Label(META, "credit")
            labels[i + 1] = labels[i]


# A name-shaped line: capitalised words (small joining words between), no sentence.
_CAPITALISED_WORDS = re.compile(r"^[A-ZÀ-Þ][\w&'’.-]*(?:\s+(?:(?:of|de|del|des|du|di|da|der|van|von|und|and|&|y|e|et)"
                                r"\s+)?[A-ZÀ-Þ][\w&'’.-]*)*$")


def _credit_between_caption_copies(lines: list[Line], labels: list[Label]) -> None:
    """A caption, a short line of capitalised words, the same caption again (the picture's caption with its credit
    under it, then the caption once more as the image's alt text, as tabloids print it): the line between the two
    copies is the photo's credit (`Wessex Pictures Agency`, `Agence Martin`), the copies captions."""
    for i in range(1, len(lines) - 1):
        above = lines[i - 1]
        if labels[i].cls != SHORT or above.text != lines[i + 1].text or above.words < T.CAPTION_MIN_WORDS \
                or len(above.text) > T.CAPTION_MAX_CHARS or lines[i].words > T.BARE_CREDIT_MAX_WORDS \
                or labels[i - 1].cls not in TEXT_CLASSES or not _CAPITALISED_WORDS.match(lines[i].text) \
                or above.part or lines[i].part or sum(line.text == lines[i].text for line in lines) > 1:
            continue  # (`Site | Headline` / `Site` / `Headline`: a title line split at its bar and the logo)
        labels[i - 1] = labels[i + 1] = Label(META, "caption")
        labels[i] = Label(META, "credit")


def _story_block(lines: list[Line], labels: list[Label], first: int, last: int) -> bool:
    """The block is the story's own paragraphs pasted tight (a hard-wrapped story, its paragraphs with no blank line
    between them) with a paywall or sign-up line set in among them: several long paragraphs, more than any box's
    pitch and fine print hold. Only the box's own lines are furniture; the paragraphs stay the story's."""
    long = sum(1 for j in range(first, last) if labels[j].cls == PROSE and lines[j].words >= T.LONG_PROSE_WORDS)
    return long >= T.BOX_MAX_STORY_PARAGRAPHS


def paywall_badge(lines: list[Line], labels: list[Label], j: int) -> bool:
    """A subscriber badge (`Article réservé aux abonnés`, `Nur für Abonnenten`, `Subscribers only`): a few words
    and no sentence, marking the story, not a paywall's box; the section label over it stays a label."""
    return labels[j].kind == "paywall" and not lines[j].sentence and lines[j].words <= T.LABEL_MAX_WORDS


def _spaced_around(lines: list[Line], first: int, last: int) -> bool:
    """The story around the block first..last is spaced (each of the paragraphs above it stands apart, and a
    blank line closes the block), though the page as a whole, its menus pasted one entry a line, is not."""
    return last < len(lines) and lines[last].blank_before and _spaced_above(lines, first)


def _channel_box(lines: list[Line], labels: list[Label], j: int) -> bool:
    """`Follow Site on WhatsApp` amid the story: the site's channel, its pitch pasted tight against it."""
    return labels[j].kind == "social handle" and F.CHANNEL.found(lines[j].text) \
        and _story_above(lines, labels, j)


_PITCHED = frozenset({"sign-up", "paywall", "donation"})


# A partner's label naming the partner, alone on its line (`In association with Atlantic Shore Credit Union`, `En
# partenariat avec la Caisse du Littoral`, `In Zusammenarbeit mit den Stadtwerken Nordheim`, `En colaboración con Caja
# Rural`, `In collaborazione con Banca del Lago`, `Em parceria com o Banco do Vale`, `In samenwerking met Rabo Oost`),
# in en/fr/de/es/it/pt/nl/sv/no/da.
_PARTNER_LABEL = re.compile(
    r"^(?:in (?:association|partnership|collaboration) with|en (?:partenariat|association|collaboration) avec"
    r"|en (?:colaboración|alianza|asociación) con|in (?:zusammenarbeit|kooperation|partnerschaft) mit"
    r"|in collaborazione con|in partnership con|em parceria com|em colaboração com|in samenwerking met"
    r"|i samarbete med|i samarbeid med|i samarbejde med)\s+(?P<partner>[^\W\d_][\w'’&.-]*(?:\s+[\w'’&.-]+){0,6})$",
    re.I)


# A pitch opening on a short question to the reader (`Planning a new kitchen? …`, `¿Reformas en casa? …`).
_ASKS_FIRST = re.compile(r"^[¿]?[^.!?]{3,60}\?\s")


def _partner_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A partner's label naming the partner (_PARTNER_LABEL) between the story's paragraphs, over a paragraph that
    names the partner again and pitches to the reader (a price or percentage or a call to act, and "you" or a
    question to open), nobody reported: the partner's advertisement, label and copy. A story's sentence on a
    partnership goes on with a clause (`In association with the Harbour Trust, the club will …`), and its
    paragraphs on the partner report."""
    for i in range(1, len(lines) - 1):
        if labels[i].cls not in (SHORT, NEAR) or lines[i].sentence or neighbour(labels, i, -1) != PROSE \
                or not (m := _PARTNER_LABEL.match(lines[i].text)):
            continue
        pitch = lines[i + 1].text
        names = [w for w in m["partner"].split() if w[:1].isupper() and len(w) > 2]
        if labels[i + 1].cls in (PROSE, NEAR) and names and all(w in pitch for w in names) and _ad_pitch(pitch) \
                and (F.SECOND_PERSON.search(pitch) or _ASKS_FIRST.match(pitch)) and not reported_speech(pitch) \
                and not F.NAMED_SAID.search(pitch) and not QUOTE_MARK.search(pitch):
            labels[i] = labels[i + 1] = Label(FURNITURE, "sponsored")


def _reader_pitch(lines: list[Line], label: Label, i: int, j: int) -> bool:
    """Lines i+1..j-1 under a paywall's line are said to the reader (`Erfahren Sie, welche Szenarien …`): the offer's
    pitch; a metering notice amid the story may stand over the story's own paragraphs, which address no one."""
    return label.kind == "paywall" and all(house.addresses_reader(lines[k].text) for k in range(i + 1, j))


def _button_over_kind(lines: list[Line], labels: list[Label], j: int, kind: str) -> bool:
    """Line j is a box's button (`Se tilbud`) over the box's next line of its own kind (`Allerede abonnent? Logg
    inn`, a paywall's): the box goes on through the button."""
    return j + 1 < len(lines) and labels[j].cls == SHORT and lines[j].words <= T.BUTTON_MAX_WORDS \
        and not lines[j].sentence and labels[j + 1].cls == FURNITURE and labels[j + 1].kind == kind


def _box_pitches(lines: list[Line], labels: list[Label]) -> None:
    """A sentence or two set between a sign-up, paywall or donation line and the box's field or button (`Newsletter
    Société` / `Every Thursday, the best of …` / `Your e-mail` / `Subscribe`) is the box's pitch, whatever its
    words and whether or not blank lines set the box apart: a story's paragraph is not closed by a box's button.
    So is a pitch written without its stop (`The week's most important stories from the North of England`) over the
    form's privacy note (a prompt) or its button."""
    n = len(lines)
    for i, label in enumerate(labels):
        if label.cls != FURNITURE or label.kind not in _PITCHED:
            continue
        j = i + 1
        while j < min(n, i + 1 + T.BOX_PITCH_MAX_LINES) and labels[j].cls in (PROSE, NEAR) and lines[j].sentence:
            j += 1
        unstopped = j == i + 1  # (no sentence: a pitch written without its stop, short lines only)
        while unstopped and j < min(n, i + 1 + T.BOX_PITCH_MAX_LINES) and labels[j].cls == SHORT \
                and not lines[j].sentence:
            j += 1
        # the same box's field or button: a few words, of the box's kind or a control (`Je m'abonne`); or, under a
        # pitch without its stop, or one said to the reader under a paywall's line, the offer's note (a prompt); or
        # a button over the box's next line of its kind
        closer = (j < n and labels[j].cls == FURNITURE and (
            (labels[j].kind in (label.kind, "control") and lines[j].words <= T.BOX_FIELD_MAX_WORDS)
            or (labels[j].kind == "prompt" and (unstopped or _reader_pitch(lines, label, i, j))))) \
            or _button_over_kind(lines, labels, j, label.kind)
        if j == i + 1 or not closer:
            if _tight_pitch(lines, labels, i + 1):
                labels[i + 1] = Label(FURNITURE, "box item")
            continue
        for k in range(i + 1, j):
            labels[k] = Label(FURNITURE, "box item")


# A pitch's schedule opening its line (`Tous les matins, …`, `Todos los sábados, …`, `Every Friday: …`, `Jeden
# Morgen …`), in en/de/fr/es/it/pt/nl.
_SCHEDULED = re.compile(r"^(every|each|jeden|jede|chaque|tous les|toutes les|cada|todos los|todas las|ogni|tutti i"
                        r"|todas as|todos os|elke|iedere)\s+\w+", re.I)


def _tight_pitch(lines: list[Line], labels: list[Label], j: int) -> bool:
    """On a page pasted without blank lines, the line right under a sign-up, paywall or donation line that no field
    or button closes is its pitch when short and scheduled (`Inscrivez-vous à Plénière Matin` / `Tous les matins, ce
    qui se dit …`) or telling the reader what they get (`Suscribite a Costa Este` / `… el semanario completo en tu
    casa …`): a story's paragraph neither names its schedule first nor addresses the reader (_copy_under_label)."""
    return j < len(lines) and _copy_under_label(lines, labels, j, _SCHEDULED.match(lines[j].text) is not None)


def _run_in_summary(lines: list[Line], labels: list[Label]) -> None:
    """A summary box over the story with its label run into the first point (`In short: …` / `Operators say …` /
    `What's next? …`): on a spaced page, a block of short one-sentence points pasted tight, the first opening with a
    summary label, set apart by blank lines, right under the header's furniture (a caption, a credit, a player), not
    under the date or the byline alone, and above the story's first paragraph; three points at least, or closed by
    a run-in heading point (`What's next? …`). A story's lead opening `In short: …` right under the date, its second
    paragraph pasted tight, and a reporter's list lower in the story are the story's."""
    if not spaced_page(lines):
        return
    n = len(lines)
    for i in range(1, n - 1):
        if labels[i].cls not in (PROSE, NEAR) or not lines[i].blank_before or lines[i + 1].blank_before \
                or labels[i - 1].cls not in (META, FURNITURE) or not F.SUMMARY_RUN_IN.match(lines[i].text) \
                or labels[i - 1].kind in ("date", "dateline", "byline", "time"):
            continue
        if any(labels[k].cls == PROSE for k in range(i)):
            return  # (below the story's first paragraph)
        j = i  # (a point may open with its own question: `What's next? A decision is due in March.`)
        while j < n and (j == i or not lines[j].blank_before) and labels[j].cls in (PROSE, NEAR) \
                and lines[j].words <= T.SUMMARY_ITEM_MAX_WORDS and lines[j].text.endswith((".", "!", "?")):
            j += 1
        if (j - i >= _RUN_IN_MIN_POINTS or (j - i >= 2 and _RUN_IN_HEADING_POINT.match(lines[j - 1].text))) \
                and j < n and lines[j].blank_before:
            labels[i] = Label(FURNITURE, "summary box")
            for k in range(i + 1, j):
                labels[k] = Label(FURNITURE, "box item")


# A summary box's last point run in under its own question (`What's next? A decision is due in March.`, `Wie geht es
# weiter? Die Arbeiten beginnen im Mai.`).
_RUN_IN_HEADING_POINT = re.compile(r"^[^.!?]{3,40}\?\s+\S")
# The points of a summary box not closed so: three at least (a lead and its second paragraph are two).
_RUN_IN_MIN_POINTS = 3


def _programme_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A broadcaster's programme box set into the story: the programme's name, then the same name again with its air
    date and time on one line (`Schleswig-Holstein Magazin` / `Schleswig-Holstein Magazin | 28.11.2026 | 19:30 Uhr`,
    split into parts): the box's, not a byline over a date. No story's line is a short name repeated word for word
    over its own date."""
    n = len(lines)
    for i in range(n - 2):
        if not lines[i].label or lines[i].part or lines[i + 1].blank_before or lines[i + 1].text != lines[i].text \
                or labels[i].cls not in (SHORT, META) or labels[i + 2].kind not in ("date", "dateline") \
                or not lines[i + 2].part:
            continue
        j = i + 2  # (the compound's parts after the name: the date, the time)
        while j < n and lines[j].part and labels[j].kind in ("date", "time", "dateline"):
            j += 1
        for k in range(i, j):
            labels[k] = Label(FURNITURE, "broadcast")


def _name_with_house_unit(lines: list[Line], labels: list[Label]) -> None:
    """`Merle Hansen, Nordsicht Schleswig-Holstein`, `Friederike Wendland, RES-Landesfunkhaus Magdeburg`: a person's
    name, a comma, then the outlet's own unit (its first word the masthead's, the page's first lines), alone on a short
    line right under the header's meta (the date, the photo's credit): the byline without its `By`. A story's line
    naming a person and a place (`Merle Hansen, Kiel`) names no house. The masthead's word is a whole line of the
    page's first lines (`Nordsicht`, `RES`): a headline's words name no house (a caption `Michael Eggenschwiler,
    Hamburg Airport` under a headline naming the airport); and a byline the page shows elsewhere stays."""
    if len(lines) < 2 or any(label.kind == "byline" for label in labels):
        return
    masthead = {line.text.casefold() for line in lines[:T.MASTHEAD_LINES] if re.fullmatch(r"[\w&'’.-]{3,}", line.text)}
    for i in range(1, len(lines)):
        text = lines[i].text
        if labels[i].cls != SHORT or labels[i - 1].cls != META or lines[i].sentence or ", " not in text \
                or lines[i].words > T.BARE_NAME_MAX_WORDS:
            continue
        who, _, unit = text.partition(", ")
        first = re.split(r"[\s-]", unit, maxsplit=1)[0].lower()
        if first in masthead and unit[:1].isupper() and person(who):
            labels[i] = Label(META, "byline")


def _summary_sentences(lines: list[Line], labels: list[Label]) -> None:
    """On a page with blank lines, a key-points label standing alone takes the short sentences under it (two or
    more) when something other than a paragraph closes them: a label, a link, furniture (a story's paragraphs
    would run on into more paragraphs)."""
    n = len(lines)
    for i, label in enumerate(labels):
        if label.kind != "summary box" or i + 1 >= n or not lines[i + 1].blank_before:
            continue
        j = i + 1
        while j < min(n, i + 1 + T.SUMMARY_MAX_LINES) and labels[j].cls in (PROSE, NEAR) and lines[j].full_stop \
                and lines[j].words <= T.SUMMARY_ITEM_MAX_WORDS:
            j += 1
        if j - i > 2 and _story_section(lines, labels, i, j):
            labels[i] = Label(SHORT)  # the story's own subheading, in a box's words
        elif j - i > 2 and (j >= n or labels[j].cls not in (PROSE, NEAR) or _summed_up(lines, i + 1, j)):
            for k in range(i + 1, j):
                labels[k] = Label(FURNITURE, "box item")


def _story_section(lines: list[Line], labels: list[Label], i: int, j: int) -> bool:
    """The label at i stands after the story's paragraph and every line under it is as long as a paragraph: the
    story's subheading over its own paragraphs (a box's points are short). Over the story's last lines (no paragraph
    of the story after them) a little shorter: the closing list of what to know."""
    after = next((k for k in range(j, len(lines)) if labels[k].cls != FURNITURE), len(lines))
    closing = after == len(lines) or labels[after].cls != PROSE  # (past the ad, no paragraph: the page's tail)
    least = T.SUMMARY_STORY_SECTION_MIN_WORDS if closing else T.SUMMARY_STORY_PARAGRAPH_MIN_WORDS
    return i > 0 and labels[i - 1].cls == PROSE and all(lines[k].words >= least for k in range(i + 1, j))


def _summed_up(lines: list[Line], first: int, j: int) -> bool:
    """Three one-sentence points or more, then a paragraph longer than any point may be: the points summed the
    story up, and the story starts at that paragraph (a story's own short paragraphs do not all hold one sentence
    each, three in a row, under a summary label)."""
    return j - first >= T.SUMMARY_MIN_POINTS and lines[j].words > T.SUMMARY_ITEM_MAX_WORDS \
        and not any(TWO_SENTENCES.search(lines[k].text) for k in range(first, j))


def _paragraph_under_points(lines: list[Line], labels: list[Label], label: int, j: int) -> bool:
    """Line j is a punctuated paragraph under two or more key points written without a full stop: the story again,
    pasted tight under the box (a box's points share one shape)."""
    return j - label > 2 and labels[j].cls == PROSE and lines[j].full_stop \
        and not any(lines[k].full_stop or lines[k].sentence for k in range(label + 1, j))


def _take_summaries(lines: list[Line], labels: list[Label]) -> None:
    """On a page without blank lines, a key-points label takes the short sentences under it when a photo, a
    credit or other furniture closes them within a box's length (else where the box ends is not known), or a
    blank line does: the points pasted tight under their label, the story set apart below them (on a page whose
    paragraphs stand tight, a blank line is a block's edge), or a paragraph longer than any point (_summed_up)."""
    for i, label in enumerate(labels):
        if label.kind != "summary box":
            continue
        j = i + 1
        while j < min(len(lines), i + T.BOX_MAX_LINES) and labels[j].cls in TEXT_CLASSES \
                and lines[j].words <= T.HEADLINE_MAX_WORDS and (j == i + 1 or not lines[j].blank_before):
            j += 1
        # closed by a blank line, or summed up: one-sentence points, then a paragraph longer than any point
        closed = j - i > 2 and not lines[i + 1].blank_before \
            and (lines[j].blank_before or _summed_up(lines, i + 1, j)) \
            and all(lines[k].full_stop for k in range(i + 1, j)) if j < len(lines) else False
        # (or the shape changes: points without a full stop, then a full paragraph pasted tight under them)
        reshaped = j < len(lines) and _paragraph_under_points(lines, labels, i, j)
        # (one line under the label over the byline is the headline under a menu's `In het kort`, no point)
        if i + 1 < j < len(lines) and ((labels[j].cls in (META, FURNITURE) and j - i > 2) or closed or reshaped):
            for k in range(i + 1, j):
                labels[k] = Label(FURNITURE, "box item")
        elif _synopsis_under_header(lines, labels, i):
            labels[i + 1] = Label(FURNITURE, "box item")


def _points_over_story(lines: list[Line], labels: list[Label]) -> None:
    """A points label over the story's top (`Key takeaways`, `Key facts:`, `What you need to know:`, `Die
    wichtigsten Fakten`) takes the one-sentence points pasted tight under it (a second heading ending in `?` or `:`
    may head the last of them: `What's next?`) when a paragraph longer than every point, or the photo's caption,
    closes them: the shape decides, with or without the blank line that sets the box apart on a spaced page. Only
    above the story (no paragraph of it above the label): amid it, such a label heads the story's own lines."""
    story_above = 0
    for i, label in enumerate(labels):
        if label.cls == PROSE and lines[i].words >= T.SUMMARY_STORY_PARAGRAPH_MIN_WORDS:
            story_above += 1  # (a standfirst may stand above the box; a second paragraph is the story's)
        if story_above > 1 or not _points_label(lines[i], label) or i + 2 >= len(lines):
            continue
        j, longest, points = i + 1, 0, 0
        while j < len(lines) and j - i <= T.BOX_MAX_LINES:
            if points >= T.TIGHT_POINTS_MIN and _outgrows(lines[j], longest):
                break
            if lines[j].blank_before and j > i + 1:
                break
            if _point(lines[j], labels[j]):
                longest, points = max(longest, lines[j].words), points + 1
            elif not (points and _points_label(lines[j], labels[j], second=True) and j + 1 < len(lines)
                      and _point(lines[j + 1], labels[j + 1])):
                break
            j += 1
        closing = labels[j].cls in (META, FURNITURE) if j < len(lines) else False
        closing = closing or (j < len(lines) and labels[j].cls == PROSE and _outgrows(lines[j], longest))
        if points >= T.TIGHT_POINTS_MIN and closing:
            for k in range(i + 1, j):
                labels[k] = Label(FURNITURE, "box item")


def _outgrows(line: Line, longest: int) -> bool:
    """A paragraph as long as a story's and longer than every point above it: the story under the box."""
    return line.words > longest and line.words >= T.SUMMARY_STORY_PARAGRAPH_MIN_WORDS


# A heading run in before a box's last point (`What's next? The council votes in May.`).
_RUN_IN_HEADING = re.compile(r"^[^.!?:]{3,40}[?:]\s+(?=\S)")


def _point(line: Line, label: Label) -> bool:
    """One key point: a sentence closed by its full stop, short, one sentence (past a run-in heading)."""
    text = _RUN_IN_HEADING.sub("", line.text, count=1)
    return label.cls in (PROSE, NEAR) and line.full_stop and line.words <= T.SUMMARY_ITEM_MAX_WORDS \
        and not TWO_SENTENCES.search(text) and not line.text.endswith(":")


def _points_label(line: Line, label: Label, second: bool = False) -> bool:
    """A key-points box's label: its furniture kind, a fact box's label, or a heading of a few words closed by a
    colon (or, heading the box's second part, by a question mark)."""
    if label.kind == "summary box" and not second:
        return True
    if label.cls not in (SHORT, NEAR) or line.words > T.POINTS_LABEL_MAX_WORDS or line.full_stop:
        return False
    return line.text.endswith((":", "?") if second else ":") or (not second and bool(_FACT_LABEL_ALONE.match(
        line.text)))


def _synopsis_subheadings(lines: list[Line], labels: list[Label]) -> None:
    """A synopsis's label (`Synopsis`, `Sinopsis`) anywhere but right under the byline or date line, over its
    paragraph (_synopsis_under_header), is the story's own subheading (a film review's), no box."""
    for i, label in enumerate(labels):
        if label.kind == "summary box" and F.SYNOPSIS.match(lines[i].text) \
                and not _synopsis_under_header(lines, labels, i):
            labels[i] = Label(SHORT)


def _synopsis_under_header(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A summary box's label right under the byline or date line, one paragraph under it tight, then the page's
    furniture (a player, a caption) before the story: the header's synopsis (`Synopsis` / a paragraph / `Listen
    to this article`), not the story's first paragraph (a story runs on into its next paragraph). The page's tools
    may stand between the date line and the label (`Follow us` / `Share` / `Font Size` / `Abc` / `Small` / … /
    `Print` / `Comment`): controls and a text-size widget's one-word entries, no text of the story."""
    return 0 < i < len(lines) - 2 and labels[_past_tools(lines, labels, i)].cls == META and labels[i + 1].cls == PROSE \
        and not lines[i + 1].blank_before and not lines[i + 2].blank_before \
        and labels[i + 2].cls in (META, FURNITURE)


def _past_tools(lines: list[Line], labels: list[Label], i: int) -> int:
    """The line above i past the page's tools (controls, a comments link, one- or two-word widget entries), at most
    HEADER_TOOLS_MAX_LINES of them."""
    k = i - 1
    while k > max(0, i - 1 - T.HEADER_TOOLS_MAX_LINES) and (labels[k].cls in (FURNITURE, STOP) or (
            labels[k].cls == SHORT and lines[k].words <= T.WIDGET_ENTRY_MAX_WORDS and not lines[k].full_stop)):
        k -= 1
    return k


def _bar_credit_under_story(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`PHOTO | JANE DOE` under the story's last paragraph, no prose under it: a credit with no caption, which never
    takes a story paragraph (prose over prose) as its caption."""
    if "|" not in lines[i].text or i < 2 or labels[i - 1].cls != PROSE or labels[i - 2].cls != PROSE:
        return False
    return not any(labels[k].cls == PROSE for k in range(i + 1, min(len(lines), i + 3)))


def _context(lines: list[Line], labels: list[Label]) -> None:
    """Classes that follow from the neighbours (one pass, each line looked at a bounded number of times)."""
    n = len(lines)
    seen: set[str] = set()
    spaced = spaced_page(lines)
    for i, label in enumerate(labels):
        if i >= 2:
            seen.add(lines[i - 2].text)  # every line above the line above
        kind = F.KINDS_BY_NAME.get(label.kind) if label.cls in (FURNITURE, STOP) else None
        if kind and kind.opens == "list" and _consent_button(lines, labels, i):
            labels[i] = Label(FURNITURE, "consent")  # `Más información` in a consent notice's button row
        elif kind and kind.opens == "list" and not has_rest(lines[i].text):
            _take_list(lines, labels, i + 1, spaced=spaced or _spaced_above(lines, i))
        elif kind and kind.opens == "promotion":
            _take_promotion(lines, labels, i, spaced or _spaced_above(lines, i))
        elif kind and kind.opens == "widget" and not _menu_tail(lines, i) and not _closing_button(lines, i):
            _take_widget(lines, labels, i + 1, spaced)
        elif label.cls == META and i > 0 and (label.kind == "credit" or (label.kind == "caption"
                                                                          and credit_only(lines[i].text))):
            _caption_of_credit(lines, labels, i, seen)
        elif label.cls in (SHORT, NEAR) and i > 0 and lines[i].text == lines[i - 1].text \
                and not _menu_entry_repeated(lines, labels, i):
            # A line shown twice in a row: amid the story, a photo's alt text and caption; at the top, the
            # headline repeated under the lead photo (the first copy stays a headline).
            labels[i] = Label(META, "caption")
            if i >= 2 and labels[i - 2].cls in (PROSE, NEAR):
                labels[i - 1] = labels[i]
        elif label.cls == SHORT and (credit_over_caption(lines, labels, i) or name_over_caption(lines, labels, i)):
            labels[i], labels[i + 1] = Label(META, "credit"), Label(META, "caption")  # credit, then its caption
        elif pipe_credit(lines, labels, i):
            labels[i - 1], labels[i] = Label(META, "caption"), Label(META, "credit")
            labels[i + 1] = labels[i]  # `Jane Doe | CBN`, split at its bar
        elif caps_credit_over_byline(lines, labels, i):
            labels[i - 1], labels[i] = Label(META, "caption"), Label(META, "credit")
            labels[i + 1] = Label(META, "byline")
        elif bare_credit(lines, labels, i) or labelled_credit_at(lines, labels, i) or caps_credit_at(lines, labels, i) \
                or name_under_caption(lines, labels, i) or name_under_lead_caption(lines, labels, i) \
                or outlet_under_lead_caption(lines, labels, i) or bracketed_outlet_under_caption(lines, labels, i):
            labels[i - 1], labels[i] = Label(META, "caption"), Label(META, "credit")  # caption, then its credit
        elif label.cls == SHORT and i > 0 and labels[i - 1].kind == "byline" and lines[i].words <= T.LABEL_MAX_WORDS \
                and F.ROLE.search(lines[i].text):
            labels[i] = Label(META, "role")  # `Science reporters` under the byline
        elif label.cls == SHORT and lines[i].words <= T.BARE_NAME_MAX_WORDS and i + 1 < n \
                and (bare_name(lines[i].text) or _name_over_place(lines, i)):
            joiner = i + 2 < n and lines[i + 1].text.lower() in _DATE_JOINERS  # (`Kathrin Führes` / `am` / date)
            nxt, nxt_line = labels[i + 1 + joiner], lines[i + 1 + joiner]
            if _name_then_outlet(lines, labels, i):
                _label_name_and_outlet(lines, labels, i)
                continue
            role = _job_or_bio_under_name(lines, labels, i, i + 1 + joiner)  # (`Desk, Place reporter`)
            if (close := _post_closed_below(lines, labels, i + 2)) is not None and nxt.kind == "social handle":
                for k in range(i, close):  # an embedded post's author over its handle, then its text
                    labels[k] = Label(FURNITURE, "embed")
            elif (nxt.kind in ("dateline", "date", "social handle") or role) and not _top_menu_entry(lines, labels, i) \
                    and not _post_line(nxt_line.text):
                labels[i] = Label(META, "byline")
                if joiner:
                    labels[i + 1] = Label(FURNITURE, "punctuation")
                if role:
                    labels[i + 1 + joiner] = Label(META, "role")


# The word a byline's row sets between the name and the date, pasted alone on its line (`am`, `on`, `le`, `el`).
_DATE_JOINERS = frozenset({"am", "on", "le", "el", "il", "em", "op", "vom", "den", "at", "|", "·", "•", "-", "–", "—"})


def _post_line(text: str) -> bool:
    """`Posted on September 21, 2026 by Adi Tzlil`: a date line naming its writer itself; the Title Case line over it
    is the post's title (`Items We Never Knew We Wanted`), not a name over its date."""
    from newsletter.ingest.scraped.authors import post_line  # authors.py builds on this module

    return post_line(text) is not None


def _caption_of_credit(lines: list[Line], labels: list[Label], i: int, seen: set[str]) -> None:
    """The caption the credit on line i rests on: the line above it, else the line below it."""
    above, prev = labels[i - 1], lines[i - 1]
    m = F.CREDIT.match(lines[i].text)
    # (a credit labelled as a source, `Source:`, `Quelle:`, `Zdroj:`, `Sursa:`: the paragraph above is no caption)
    image = not m or not m["label"] or SOURCE_LABEL.match(lines[i].text) is None
    # A caption is a sentence, or a line shown before (the headline repeated under the photo); a
    # headline-shaped line right above a credit is the headline, the photo having no caption.
    if above.cls in TEXT_CLASSES and len(prev.text) <= T.CAPTION_MAX_CHARS and (image or above.cls != PROSE) \
            and (prev.full_stop or prev.text in seen or bare_caption(lines, labels, i)) \
            and not caption_follows(lines, i) and not _bar_credit_under_story(lines, labels, i):
        labels[i - 1] = Label(META, "caption")
    elif caption_below(lines, labels, i):
        labels[i + 1] = Label(META, "caption")


def _job_or_bio_under_name(lines: list[Line], labels: list[Label], name: int, j: int) -> bool:
    return (labels[j].cls in (SHORT, MENU) and _job_under_name(lines[j], labels[:name])) \
        or _bio_under_name(lines, labels, j)


def _bio_under_name(lines: list[Line], labels: list[Label], j: int) -> bool:
    """A columnist's one-line bio between the bare name and the date, opening with the job as a sentence of its own
    (`Arquitecto y urbanista. Investiga el uso del espacio público …`, `Historian. Her book on …`): an outside
    writer's byline has no byline word and no newsroom job; the job said in a few words, then a full stop, is no
    caption's sentence."""
    if not (j + 1 < len(lines) and labels[j].cls in (PROSE, NEAR) and labels[j + 1].kind in ("date", "dateline")):
        return False
    job, stop, rest = lines[j].text.partition(". ")
    return bool(stop) and len(job.split()) <= T.BIO_JOB_MAX_WORDS and job[:1].isupper() \
        and lines[j].words <= T.BIO_LINE_MAX_WORDS and not TWO_SENTENCES.search(rest)


def _job_under_name(line: Line, above: list[Label]) -> bool:
    """`Science correspondent`, `Rates desk, New York` under a bare name: the reporter's job or desk. A desk line
    only in the header, with no paragraph of the story above (a nameplate quoted mid-story, `Klaus Petersen` /
    `Lokalredaktion, Kiel`, is the story's). (The labels above are read only for a desk line: this is asked of
    every short line under a name.)"""
    if line.words > T.BARE_CREDIT_MAX_WORDS:
        return False
    return bool(F.ROLE.search(line.text)) or (bool(F.DESK_LINE.match(line.text))
                                             and all(label.cls != PROSE for label in above))


def _post_closed_below(lines: list[Line], labels: list[Label], i: int) -> int | None:
    """The line of an embedded post's closing attribution (`— Deportivo Saladillo (@DepSaladillo) 8 de agosto de
    2027`) within T.EMBED_MAX_LINES under line i, the post's text pasted tight between (no blank line: a byline's
    handle over the date and the story's paragraphs is no post), or None."""
    for k in range(i - 1, min(len(labels), i + T.EMBED_MAX_LINES + 1)):
        if k >= i and labels[k].kind == "embed":
            return k
        if k + 1 < len(lines) and lines[k + 1].blank_before:
            return None
    return None


def _top_menu_entry(lines: list[Line], labels: list[Label], i: int) -> bool:
    """Line i, under the story (more paragraphs above it than a header holds), repeats an entry of the menu over
    the story (`Radio Vorarlberg` over `Nachrichten, 23.1.2027, 17.00 Uhr`): a part of the site, with a programme's
    time, not a reporter over the date. (Under a standfirst, the masthead's name beside the date is the newsroom; a
    person's name in the menu is a columnist's, who signs under the column.)"""
    prose = [k for k in range(i) if labels[k].cls == PROSE]
    return len(prose) > T.HEADER_MAX_PROSE_LINES and not person(lines[i].text) and any(
        lines[k].text == lines[i].text and labels[k].cls in (SHORT, MENU) for k in range(prose[0]))


def _name_over_place(lines: list[Line], i: int) -> bool:
    """`Ana Ruiz / Requena` over the date: the reporter and where they file from. A name the page shows above it
    in another line (`Get Eastbrook Daily in your inbox` over `Eastbrook Daily / Transport`) is the site's."""
    who = name_then_place(lines[i].text)
    return who is not None and not any(who in lines[k].text for k in range(max(0, i - T.SECTION_WINDOW), i))


def _name_then_outlet(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`Kelsey Vaughn` / `Tallgrass Sentinel` / `Published …`: the name, then the outlet, over the date line (a job
    line may stand between them: `Reporter, Thunder Bay`)."""
    nxt = lines[i + 1]
    if F.BYLINE.match(nxt.text) and not latin_name(lines[i].text):
        return False  # (over `By Jane Doe`, the outlet's name alone, not `The Bakery, a luminous debut`)
    date = i + 3 if i + 3 < len(lines) and _job_line(lines, labels, i + 2) else i + 2
    if F.BYLINE.match(nxt.text) and not _headline_beside(lines, labels, i, date):
        return False  # (no headline above it or under the date: it is the headline, `Managing Python Environments`)
    return date < len(lines) and labels[i + 1].cls in (SHORT, META) and nxt.words <= T.BARE_NAME_MAX_WORDS \
        and bare_name(nxt.text) and labels[date].kind in ("dateline", "date")


def _headline_beside(lines: list[Line], labels: list[Label], i: int, date: int) -> bool:
    """A headline-shaped line above line i (within the headline's window), or a question or exclamation of a
    headline's length right under the date line, opening what looks like the body (`Local News` / `By Dana Whitcomb` /
    date / `Who will answer the alarm?`)."""
    under = date + 1
    return any(labels[k].cls in (SHORT, NEAR) and lines[k].headline for k in range(max(0, i - T.HEADLINE_WINDOW), i)) \
        or (under < len(lines) and lines[under].words <= T.HEADLINE_MAX_WORDS
            and lines[under].text.rstrip().endswith(("?", "!")))


def _label_name_and_outlet(lines: list[Line], labels: list[Label], i: int) -> None:
    labels[i], labels[i + 1] = _name_and_outlet(lines[i + 1])
    if i + 2 < len(lines) and _job_line(lines, labels, i + 2):
        labels[i + 2] = Label(META, "role")


def _job_line(lines: list[Line], labels: list[Label], j: int) -> bool:
    return labels[j].kind == "role" or (labels[j].cls == SHORT and lines[j].words <= T.LABEL_MAX_WORDS
                                        and F.ROLE.search(lines[j].text) is not None)


def _name_and_outlet(below: Line) -> tuple[Label, Label]:
    """The labels of a bare name and the line under it: the byline, then the outlet's line; but a byline with its
    word under a bare name (`Station North` / `By Jane Doe`) names the author itself, and the line over it is the
    outlet's."""
    if F.BYLINE.match(below.text):
        return Label(META, "role"), Label(META, "byline")
    return Label(META, "byline"), Label(META, "role")


def _section_labels_amid_story(lines: list[Line], labels: list[Label]) -> None:
    """A `Label: value` line read as the page's section (`Ämne: …`, `Kategori: …`) between two paragraphs is the
    story's (an e-mail's subject quoted, an award's category heading its part): the section's label stands in the
    header, above the story."""
    for i, label in enumerate(labels):
        if label.kind == "section" and neighbour(labels, i, -1) == PROSE and neighbour(labels, i, 1) in (PROSE, NEAR):
            labels[i] = Label(SHORT)


def spaced_page(lines: list[Line]) -> bool:
    """The page sets its blocks apart with blank lines (so lines pasted tight together are one block)."""
    return bool(lines) and sum(line.blank_before for line in lines) >= T.BOX_MIN_BLANK_SHARE * len(lines)


def _spaced_above(lines: list[Line], i: int) -> bool:
    """The label and the lines above it are each set apart by a blank line: the story around it is spaced, though
    the page as a whole (long menus pasted one entry a line) may not be."""
    return i >= T.SPACED_ABOVE_LINES and all(lines[j].blank_before for j in range(i - T.SPACED_ABOVE_LINES, i + 1))


_ITEM_BULLETS = frozenset("・•▪▸►‣*-–—")


def _take_list(lines: list[Line], labels: list[Label], start: int, min_words: int = 0, spaced: bool = False) -> None:
    """The headlines under a "related" label: lines that are not prose, until prose or other furniture. A label
    whose headline stands on its line (`Read also | Headline`) takes that headline only; on a page with blank
    lines between blocks, a label with its list pasted tight under it takes that block only (the short line after
    the next blank line is the story's subheading), even when its items are written as sentences or questions
    (`Read next` / `Opinion: Why the Fed may cut anyway.`): a paragraph of the story is set apart from a label."""
    inline = start < len(lines) and lines[start].part
    tight = spaced and start < len(lines) and not lines[start].blank_before
    taken: list[tuple[int, Label]] = []
    for j in range(start, min(start + T.RELATED_MAX_ITEMS, len(lines))):
        if (inline and not lines[j].part) or (tight and j > start and lines[j].blank_before):
            return
        if labels[j].cls == FURNITURE and (labels[j].kind in ("control", "punctuation")
                                           or (labels[j].kind == "audio player" and lines[j].words <= 2)):
            continue  # a carousel's `Previous 1 Next`; a clip's length over its title (`ALSO WATCH` / `02:41`)
        if taken and taken[-1][0] == j - 1 and not lines[j].blank_before and labels[j] == Label(META, "byline") \
                and start >= 1 and neighbour(labels, start - 1, -1) in (PROSE, NEAR):
            # (amid the story, the linked story's byline under its headline; a date line under the links is the
            # page's: `Links:` / … / `Publiziert am 02.06.2027`; a card's under the story's end heads its teaser)
            labels[j] = Label(FURNITURE, "related item")
            continue
        if len(taken) >= 2 and lines[j].text[:1] not in _ITEM_BULLETS \
                and all(lines[k].text[:1] in _ITEM_BULLETS for k, _ in taken):
            return  # (each item bore the list's bullet, `・…`: a line without one is no item of it)
        story = _paragraph_after_links(lines, labels, taken, j)
        dated = _dated_headline(lines, labels, j, bool(taken) or j == start)
        # (a headline in title case, though it holds two sentences: `A Small Town's Wells Ran Dry. Then It Tried
        # Something Radical.`)
        teaser = not story and ((((tight and labels[j].cls in TEXT_CLASSES) or dated)
                                 and lines[j].words <= T.TEASER_MAX_WORDS)
                                or _labelled_headline(lines[j]) or _question_headline(lines, j, start)
                                or (lines[j].words <= T.HEADLINE_MAX_WORDS and lines[j].full_stop
                                    and title_case(lines[j].text)))
        if not lines[j].part and not teaser and (story or labels[j].cls not in (SHORT, NEAR, MENU) or lines[j].prose
                                                 or lines[j].words < min_words):
            # two headlines or more, then a short line over a paragraph of the story: that line is the story's
            # subheading, not one more headline (a list of links ends at the story, not in it; a bulleted line is
            # an item)
            # (under one headline only, a subheading of one to three words: `Read More` / `Rents in Cork city rise 9%
            # as supply of new homes stalls` / `Objections` / the story; of a few words under a label that links one
            # story: `Lesen Sie auch` / headline / `Die Kosten im Überblick` / the story)
            if len(taken) >= 2 and labels[j].cls == PROSE and taken[-1][0] == j - 1 \
                    and taken[-1][1].cls == SHORT and not lines[j - 1].part \
                    and not LIST_ITEM.match(lines[j - 1].text) and _subheading_under_list(lines, taken) \
                    and (len(taken) > T.STORY_BOX_MIN_ITEMS
                         or lines[j - 1].words <= T.SUBHEADING_UNDER_ONE_LINK_MAX_WORDS
                         or (start > 0 and F.ONE_LINK_LABEL.match(lines[start - 1].text) is not None)
                         or _echoed_below(lines, labels, [k for k, _ in taken], j)):
                labels[j - 1] = taken[-1][1]
            return  # (a part of the label's own line, `Read also | Headline?`, is its headline whatever its shape)
        taken.append((j, labels[j]))
        labels[j] = Label(FURNITURE, "related item")


def _echoed_below(lines: list[Line], labels: list[Label], taken: list[int], j: int) -> bool:
    """The last line taken shares a word with the paragraph under it (line j) that the story has not used above,
    and no headline above it shares one (`Frächter warnen vor Mehrkosten` over `Die Wirtschaftskammer warnte vor
    Mehrkosten …`): the story's subheading naming what its next part tells, not one more link to another story (a
    link to a story on the same topic shares the story's own words, `Uhrenbranche` on a page about watches)."""
    least = T.ECHO_MIN_LETTERS
    below = stems(lines[j].text, least)
    below -= {stem for k in range(taken[0]) if labels[k].cls == PROSE for stem in stems(lines[k].text, least)}
    return bool(stems(lines[taken[-1]].text, least) & below) \
        and not any(stems(lines[k].text, least) & below for k in taken[:-1])


def _take_promotion(lines: list[Line], labels: list[Label], i: int, spaced: bool) -> None:
    """The pitch under a sponsor's label on line i: its headlines, then its copy."""
    _take_list(lines, labels, i + 1, min_words=T.LABEL_MAX_WORDS + 1, spaced=spaced)
    _sponsor_copy(lines, labels, i + 1)


def _sponsor_copy(lines: list[Line], labels: list[Label], j: int) -> None:
    """On a page pasted without blank lines, the sentences right under a sponsor's label (`Sponsored` / `Earn 4.30% APY
    with no minimum balance. Open an account in minutes.`), or under the pitch's headline the label took, are the
    partner's copy: only a blank line would show where the box ends, so one line is taken, a short one that speaks
    as copy does, in short sentences (`… Book online today.`) or to the reader. The label may stand empty, its copy
    not pasted, over the story's next paragraph: one sentence, or a lead-in closed by a colon, is the story's."""
    while j < len(lines) and labels[j].cls == FURNITURE and labels[j].kind == "related item":
        j += 1
    if j < len(lines) and _copy_under_label(lines, labels, j, TWO_SENTENCES.search(lines[j].text) is not None):
        labels[j] = Label(FURNITURE, "related item")


def _copy_under_label(lines: list[Line], labels: list[Label], j: int, copy_shaped: bool) -> bool:
    """Line j, right under a box's label on a page pasted without blank lines (where only a blank line would show
    the box's end), is the box's copy: a short line of text, no lead-in closed by a colon (the story's, under a label
    left empty), shaped as the box's copy (`copy_shaped`) or telling the reader what they get (a question to `you` is
    an interview's: `What should planners do before they call you?`; a quoted `you` is a speaker's)."""
    if j >= len(lines) or labels[j].cls not in (PROSE, NEAR) or lines[j].words > T.BOX_COPY_MAX_WORDS \
            or lines[j].blank_before or lines[j].text.endswith(":"):
        return False
    text = lines[j].text
    told = not text.rstrip().endswith("?") and F.SECOND_PERSON.search(QUOTED.sub(" ", text)) is not None
    return (copy_shaped or told) and blankless_page(lines)


def _dated_headline(lines: list[Line], labels: list[Label], j: int, among: bool) -> bool:
    """A headline in a list that closes on the day it is about (`Death notices for North Cork: Tuesday, December 8`,
    `Avis de décès du Sentier : mardi 8 décembre`), `among` the list's headlines (pasted tight among them, or first
    under its label: `Leggi anche` / `Alba, parcheggi in centro: dal 1° aprile le nuove tariffe`): read as a date
    line, it is one more item (a date line under a list names little besides its date: `Published 8 December`)."""
    return among and labels[j].kind in ("date", "dateline") \
        and words_besides_date(lines[j].text) >= T.DATED_HEADLINE_MIN_WORDS


def _paragraph_after_links(lines: list[Line], labels: list[Label], taken: list[tuple[int, Label]], j: int
                           ) -> bool:
    """Sentences under the box's links, several times as long as the link above them: the story's paragraph pasted
    tight under the box (a list's items are alike in length; a teaser of two sentences opens a list, or follows one
    of its own kind)."""
    if not taken:
        return False
    longer = lines[j].words / max(1, lines[taken[-1][0]].words)
    if longer > T.LIST_ITEM_LENGTH_RATIO and TWO_SENTENCES.search(lines[j].text):
        return True
    # (one sentence will do under headlines written without a full stop, the story's prose going on under it: a
    # paragraph is punctuated, they are not)
    return longer > T.PUNCTUATED_UNDER_HEADLINES_RATIO and lines[j].full_stop \
        and not TWO_SENTENCES.search(lines[j].text) \
        and not any(lines[k].full_stop or lines[k].sentence for k, _ in taken) \
        and j + 1 < len(lines) and labels[j + 1].cls == PROSE


def _labelled_headline(line: Line) -> bool:
    """A headline with its topic run in (`Hochwasser: Wie gut sind die Städte geschützt?`, `Opinion: Why the Fed
    may cut`): a topic label, then a headline's length without a full stop. Under a related label it is a link,
    even written as a question; a story's paragraph does not open with a topic label."""
    return line.words <= T.HEADLINE_MAX_WORDS and not line.full_stop and F.LEAD_LABEL.match(line.text) is not None \
        and not F.SIGNPOST.match(line.text)


def _question_headline(lines: list[Line], j: int, start: int) -> bool:
    """A headline written as one question (`What is phosphate pollution, and why does it turn rivers green?`) pasted
    tight in the list under the label, the lines above it up to the label headlines too: a link, as in the spaced
    read where the blank line closes the list. One question of a headline's length, perhaps after a statement of a
    few words (`Ireland’s coastline is shrinking. Who decides which places are saved?`); a paragraph of the story
    stands apart from the label on a spaced page and is longer than one question."""
    line = lines[j]
    stops = [m.start() for m in TWO_SENTENCES.finditer(line.text)]  # (each at the last word before a stop)
    return not line.blank_before and all(not lines[k].blank_before for k in range(start, j + 1)) \
        and line.text.rstrip().endswith("?") and line.words <= T.RELATED_QUESTION_MAX_WORDS \
        and (not stops or (len(stops) == 1 and len(line.text[:stops[0]].split()) < T.HEADLINE_STATEMENT_MAX_WORDS)) \
        and not any(q in line.text for q in '"“”«»„')


def _subheading_under_list(lines: list[Line], taken: list[tuple[int, Label]]) -> bool:
    """The last line taken is a subheading (a few words, or clearly shorter than each headline above it), not one
    more headline about as long as its siblings."""
    words = lines[taken[-1][0]].words
    return words <= T.LIST_SUBHEADING_MAX_WORDS \
        or words < T.LIST_SUBHEADING_SHARE * min(lines[j].words for j, _ in taken[:-1])


# A credit wholly in round brackets naming an organisation, a few capitalised words (`(Verant Semiconductor)`,
# `(Ayuntamiento de Elche)`, `(Stadtwerke Linz)`): a handout picture's source.
_BRACKETED_NAME = re.compile(r"^\((?P<name>[A-ZÀ-Þ][\w'’.&-]*(?: (?:[A-ZÀ-Þ&][\w'’.&-]*|de|del|der|des|du|di|of|la|le))"
                             r"{0,4})\)$")


def _bracketed_organisation_credits(lines: list[Line], labels: list[Label]) -> None:
    """Under the byline and date, one sentence then a bracketed name alone on its line, then the story: the lead
    photo's caption and its credit (a story's paragraph is not followed by a name in brackets on its own line)."""
    for i in range(2, len(lines) - 1):
        if labels[i].cls not in TEXT_CLASSES or not _BRACKETED_NAME.match(lines[i].text):
            continue
        above = lines[i - 1]
        if labels[i - 1].cls in (PROSE, NEAR) and above.full_stop and len(above.text) <= T.CAPTION_MAX_CHARS \
                and not TWO_SENTENCES.search(above.text) and neighbour(labels, i - 1, -1) == META \
                and labels[i + 1].cls == PROSE:
            labels[i - 1], labels[i] = Label(META, "caption"), Label(META, "credit")


def _menu_tail(lines: list[Line], i: int) -> bool:
    """`Watch`, `Audio`, `Podcasts` as the last entry of a menu pasted one entry a line (`News` / `Sport` / `Radio` /
    `Watch`, then a blank line): a menu link, not a player's box heading, which has its title pasted tight under
    it; the section label and headline under the blank line stay the header's. On a page whose blank lines tell
    nothing (none, or one between every two lines), the entries over it alone show the menu."""
    blankless = blankless_page(lines)
    if not blankless and (lines[i].blank_before or (i + 1 < len(lines) and not lines[i + 1].blank_before)):
        return False
    above = range(i - 1, i - 1 - T.MENU_TAIL_MIN_ENTRIES, -1)
    return all(j >= 0 and lines[j].words <= T.LABEL_MAX_WORDS and not lines[j].sentence
               and (blankless or j == above[-1] or not lines[j].blank_before) for j in above)


def _closing_button(lines: list[Line], i: int) -> bool:
    """A player's button (`Listen now`) set apart from the line under it: the last line of its box, which takes no
    line below (the story's next subheading may stand there)."""
    return F.PLAYER_BUTTON.match(lines[i].text) is not None and (i + 1 >= len(lines) or lines[i + 1].blank_before)


def _take_widget(lines: list[Line], labels: list[Label], start: int, spaced: bool = False) -> None:
    """An audio or video box: its title line, and its date or duration line when one follows; or, on a page whose
    blocks stand apart, pasted tight under its label, the lines down to its button (`PODCAST` / `Up North Science` /
    `Each week, host … talks with …` / `Listen now`: the show's pitch is the box's, however like a paragraph it reads;
    two paragraphs pasted in the block are the story's)."""
    button = next((j for j in range(start, min(start + T.SHOW_BOX_MAX_LINES, len(lines)))
                   if lines[j].blank_before or F.PLAYER_BUTTON.match(lines[j].text)), None) if spaced else None
    if button is not None and button > start and not lines[button].blank_before \
            and sum(labels[j].cls == PROSE for j in range(start, button)) <= 1:
        for j in range(start, button):
            labels[j] = Label(FURNITURE, "widget item")
        return
    end = min(start + T.WIDGET_MAX_LINES, len(lines))
    dated = next((j for j in range(start, end) if labels[j].kind in ("date", "dateline")
                  or labels[j].kind == "audio player"), None)
    last = dated if dated is not None else start
    for j in range(start, min(last + 1, end)):
        if lines[j].prose and labels[j].cls == PROSE:
            return
        if labels[j].cls in TEXT_CLASSES or labels[j].kind in ("date", "dateline"):
            labels[j] = Label(FURNITURE, "widget item")
    # the clip's length with its source, pasted tight under the title (`04:12 min, from the Noon Bulletin of …`)
    nxt = last + 1
    if nxt < len(lines) and labels[last].kind == "widget item" and not lines[nxt].blank_before \
            and F.CLIP_LENGTH_NOTE.match(lines[nxt].text) and lines[nxt].words <= T.CLIP_NOTE_MAX_WORDS:
        labels[nxt] = Label(FURNITURE, "widget item")


def _consent_button(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A link label (`More information`, `Más información`, `Mehr erfahren`) in the button row under a consent
    notice (`Acepto` / `Rechazo` / `Más información`, buttons of a word or two, no sentence): the notice's button,
    which opens no list of links (the story's header may stand right under it)."""
    for k in range(i - 1, max(-1, i - 1 - T.CONSENT_BUTTONS_MAX), -1):
        if labels[k].kind == "consent":
            return True
        if lines[k].words > T.TOOL_BAR_BUTTON_MAX_WORDS or lines[k].sentence or labels[k].cls not in (SHORT, FURNITURE):
            return False
    return False


# A consent notice's control buttons, words that say nothing alone (`Settings`, `Einstellungen`,
# `Voorkeuren`, `Avvis`, `Vain välttämättömät`): in the notice's button row only, not as furniture anywhere.
_CONSENT_CONTROL = re.compile(
    r"^(?:(?:manage |cookie |privacy )?(?:settings|preferences|options|choices)|more options|customi[sz]e(?: settings)?"
    r"|(?:only|strictly) necessary(?: cookies)?|necessary only|reject(?: all)?|decline(?: all)?"
    r"|(?:cookie-?)?einstellungen|auswahl anpassen|nur (?:notwendige|erforderliche)(?: cookies)?|einverstanden"
    r"|paramètres|paramétrer|personnaliser|préférences|tout refuser|continuer sans accepter"
    r"|configuración|configurar|preferencias|rechazar(?: todo)?|solo (?:las )?necesarias"
    r"|impostazioni|personalizza|preferenze|rifiuta(?: tutto)?|solo necessari"
    r"|preferências|gerir preferências|definições|configurações|recusar|apenas (?:os )?necessários"
    r"|voorkeuren|instellingen|alleen noodzakelijke?|weigeren|aanpassen|inställningar|avvisa|anpassa"
    r"|endast nödvändiga|innstillinger|avvis|administrer valg|tilpass|bare nødvendige|indstillinger|afvis|tilpas"
    r"|kun nødvendige|asetukset|muokkaa asetuksia|vain välttämättömät|hylkää|hyväksy kaikki|ustawienia|odrzuć"
    r"|dostosuj|akceptuj wszystkie)$", re.I)


def _wire_bylines(lines: list[Line], labels: list[Label]) -> None:
    """A national wire's name alone right over the date line (`NTB` / `Publisert: 09.06.2027 14:22`, `Lusa` / `2 Abr,
    2027, 10:48`): the byline. Under a caption the same name is the photo's credit, between paragraphs a
    subheading."""
    for i in range(len(lines) - 1):
        if labels[i].cls == SHORT and labels[i + 1].kind in ("date", "dateline") \
                and F.NATIONAL_WIRES.match(lines[i].text.strip(" .-–—()")):
            labels[i] = Label(META, "byline")


def _consent_controls(lines: list[Line], labels: list[Label]) -> None:
    """The consent notice's row of buttons pasted a line each under it (`Accept` / `Settings`): a control word of
    _CONSENT_CONTROL tight under the notice or its other buttons is one of them (`Settings` was read as the section
    over the headline under it)."""
    for i in range(1, len(lines)):
        if labels[i].cls != SHORT or not _CONSENT_CONTROL.match(lines[i].text):
            continue
        k = i - 1
        while k > i - 1 - T.CONSENT_BUTTONS_MAX and k > 0 and labels[k].cls != FURNITURE and not lines[k].sentence \
                and _CONSENT_CONTROL.match(lines[k].text):
            k -= 1
        if labels[k].kind == "consent":
            labels[i] = Label(FURNITURE, "consent")


def _toggled_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A box the reader opens and closes, pasted open between the story's paragraphs (`Box aufklappen` / `Wie
    wichtig sind die Rheinhäfen?` / its text / `Box zuklappen`), with its heading over the opening control when the
    page sets it there: an explainer beside the story, not its paragraphs. Its controls alone, or run together
    (`Box aufklappenBox zuklappen`, the box pasted shut), are controls."""
    for i, line in enumerate(lines):
        if line.words > T.BOX_CONTROL_MAX_WORDS:
            continue
        if _shut_box(line.text):  # (perhaps taken for a related link, its box's heading tight under it)
            labels[i] = Label(FURNITURE, "control")
            _box_under_joined_controls(lines, labels, i)
            continue
        if labels[i].cls not in TEXT_CLASSES:
            continue
        if not F.BOX_OPENS.match(line.text):
            if F.BOX_CLOSES.match(line.text):
                labels[i] = Label(FURNITURE, "control")
            continue
        close = next((j for j in range(i + 1, min(len(lines), i + T.TOGGLED_BOX_MAX_LINES + 1))
                      if F.BOX_CLOSES.match(lines[j].text)), None)
        if close == i + 1:
            close = _box_source_under(lines, close)
        headed_above = i > 0 and labels[i - 1].cls == SHORT and not lines[i - 1].full_stop \
            and neighbour(labels, i - 1, -1) in (PROSE, NEAR)
        headed_inside = i + 1 < len(lines) and labels[i + 1].cls == SHORT and not lines[i + 1].full_stop
        # (a box beside the story: the story goes on under it, and it has a heading of its own; a box word names the
        # controls, F.BOX_OPENS: a bare `Expand` folds a story's own chapter as often)
        if close is None or not _story_resumes(labels, close) or not (headed_above or headed_inside):
            labels[i] = Label(FURNITURE, "control")
            continue
        for k in range(i - 1 if headed_above else i, close + 1):
            labels[k] = Label(FURNITURE, "fact box")


# A correction note opening on its day and time (`12/08/2027, 18h40 – Diferentemente do que foi publicado …`, `March
# 4, 2027: An earlier version …`): the stamp, then a dash or a colon.
_STAMPED_NOTE = re.compile(r"^(?P<stamp>[^:–—]{4,40}?)\s*[:–—]\s+\S")


def _corrections_blocks(lines: list[Line], labels: list[Label]) -> None:
    """The corrections' heading under the story over its notes (`CORREÇÕES`, `Corrections`, `Correcciones`, …), each
    note opening on its day and time: the page's record of its corrections, not the story's last section (a story's
    own `Corrections` part, about a jail or an exam, goes on in sentences)."""
    for i in range(len(lines) - 1):
        if labels[i].cls not in (SHORT, NEAR) or not F.CORRECTIONS_HEADING.match(lines[i].text):
            continue
        end = i + 1
        while end < len(lines) and labels[end].cls in TEXT_CLASSES and (m := _STAMPED_NOTE.match(lines[end].text)) \
                and looks_like_date(m["stamp"]):
            end += 1
        if end > i + 1:
            for k in range(i, end):
                labels[k] = Label(FURNITURE, "report error")


def _box_source_under(lines: list[Line], close: int) -> int:
    """The two controls pasted together over the box's rows (`Box aufklappen` / `Box zuklappen` / `Ennetwil: 1'318
    Ja, …` / `Quelle: Gemeindekanzleien`): the box ends on its source line, if one closes its short rows below."""
    for j in range(close + 1, min(len(lines), close + T.TOGGLED_BOX_MAX_LINES + 1)):
        if SOURCE_LABEL.match(lines[j].text):
            return j if j > close + 1 else close
        if lines[j].words > T.FACT_LINE_MAX_WORDS:
            break
    return close


def _story_resumes(labels: list[Label], i: int) -> bool:
    """A paragraph of the story under line i, past furniture and perhaps a subheading."""
    below = neighbour(labels, i, 1)
    if below == SHORT:
        k = next((k for k in range(i + 1, len(labels)) if labels[k].cls != FURNITURE), len(labels))
        below = neighbour(labels, k, 1)
    return below in (PROSE, NEAR)


def _shut_box(text: str) -> bool:
    """`Box aufklappenBox zuklappen` (or `Box aufklappen Box zuklappen`): the two controls run together (asked of every
    short line: only one opening with a box's word is split to see)."""
    return text[:6].lower().startswith(F.BOX_WORDS) and any(
        F.BOX_OPENS.match(text[:k].rstrip()) and F.BOX_CLOSES.match(text[k:]) for k in range(4, len(text) - 4)
        if (text[k - 1].islower() or text[k - 1] == " ") and text[k].isupper())


def _box_under_joined_controls(lines: list[Line], labels: list[Label], i: int) -> None:
    """The box pasted open under its two controls run together (`Box aufklappenBox zuklappen` / `Das ändert sich mit
    dem Alpweidengesetz` / three short sentences), set tight under them: a heading without a full stop, then its
    lines up to the next blank line (on a page without blank lines, short sentences of T.FACT_LINE_MAX_WORDS words
    at most). An explainer beside the story, which resumes under it; a box pasted shut has no heading set tight
    under its controls, and the story's next part stands apart."""
    head = i + 1
    if head >= len(lines) or lines[head].blank_before or lines[head].full_stop \
            or not (labels[head].cls == SHORT or labels[head].kind == "related item"):
        return
    blankless = blankless_page(lines)
    end = head + 1
    while end < min(len(lines), head + T.TOGGLED_BOX_MAX_LINES) and labels[end].cls in TEXT_CLASSES \
            and not lines[end].blank_before and lines[end].words <= T.FACT_LINE_MAX_WORDS \
            and (not blankless or lines[end].full_stop):
        end += 1
    if end - head - 1 < T.JOINED_BOX_MIN_LINES or not _story_resumes(labels, end - 1):
        return
    for k in range(head, end):
        labels[k] = Label(FURNITURE, "fact box")


def _dates_amid_story(lines: list[Line], labels: list[Label]) -> None:
    """A date line between the story's paragraphs, under the page's header (`Settlement prices, Aug. 27` over a
    table, `Radio Tirol, Mittagsjournal, 24.11.2026` under a clip, `O que muda a partir de 12 de dezembro`): the
    header's date lines come once, above the story; read as one, such a line cuts the story in two and the body
    loses its opening paragraphs. A heading whose words run on into its date is the story's subheading; the
    others are a box's line, with the clip's title set tight under it, or its label and title over it."""
    boxes = [(top, i) for i in range(len(lines)) if not F.DATELINE.match(lines[i].text)
             and (top := _date_amid_story(lines, labels, i)) is not None]
    for top, i in boxes:
        if top == i and _dated_heading(lines[i]):
            labels[i] = Label(SHORT)
            continue
        for k in range(top, i + 1):
            labels[k] = Label(FURNITURE, "dated box")
        for k in range(i + 1, min(len(lines), i + 1 + T.CLIP_HEAD_MAX_LINES)):
            if labels[k].cls == SHORT and F.CLIP_LENGTH.match(lines[k].text):
                labels[k] = Label(FURNITURE, "audio player")
        below = i + 1
        if below + 1 < len(lines) and labels[below].cls == SHORT and not lines[below].blank_before \
                and lines[below + 1].blank_before:
            labels[below] = Label(FURNITURE, "dated box")


def _dated_heading(line: Line) -> bool:
    """A subheading naming a date amid the story, not a box's date line: its words run on into the date (`What changes
    from 12 December`), a timeline's date alone (`Dinsdag 10 maart`, `Ab 1. Juli`), or the date first and what
    happened on it after a colon, a comma or a dash (`Mardi 16 mars : l'examen en commission`). A box names its date
    after its label (`Settlement prices, Aug. 27`, `Radio Tirol, Mittagsjournal, 24.11.2026`)."""
    if line.full_stop:
        return False
    text = line.text
    if words_besides_date(text) <= 1 and line.words <= T.DATED_HEADING_MIN_WORDS:
        return True
    if (m := _DATE_THEN_PHRASE.search(text)) and looks_like_date(text[:m.start()]) \
            and words_besides_date(text[:m.start()]) <= 1 and len(text[m.end():].split()) >= 2:
        return True
    return not _DATE_SET_APART.search(text) and line.words >= T.DATED_HEADING_MIN_WORDS


_DATE_THEN_PHRASE = re.compile(r"\s*([:,–—])\s*")
# A date line's date stands apart from its other words (after a comma, a colon, a bar, a dash or in brackets); a
# heading's date is a part of its phrase (`What changes from 12 December`).
_DATE_SET_APART = re.compile(r"[,:;|–—()\[\]]|\s-\s")
# What may stand between such a date line and the paragraph under it: the box it dates (a table, a clip, a
# picture), a control or an ad marker, and one short line (the clip's title). Related links or an editor's note
# under a date line close the story: that date line is the story's sign-off (`(Jane Doe, 29.11.2026)`).
_BOX_UNDER_DATE = frozenset({"table", "fact box", "embed", "gallery", "gallery item", "audio player", "widget",
                             "widget item", "control", "advertisement", "caption", "credit"})
def _date_amid_story(lines: list[Line], labels: list[Label], i: int) -> int | None:
    """The first line of a box whose date line is line i, when it stands amid the story: a byline, date or time line
    above it (the page's date shown at or above it), then at least T.AMID_DATE_MIN_PROSE of the story's paragraphs,
    and two paragraphs under it past what may stand under a box's date (_BOX_UNDER_DATE). Up to
    T.CLIP_HEAD_MAX_LINES short lines right above the date line are the box's too (`Audiobeitrag` / the clip's
    title) when a player stands under it; else None. A page that dates its story only under it (its byline and
    publication date after the last paragraph) shows such a clip box with more of the story above it."""
    if labels[i].cls != META or labels[i].kind not in ("date", "dateline"):
        return None
    top = i
    while top > 0 and i - top < T.CLIP_HEAD_MAX_LINES and labels[top - 1].cls == SHORT:
        top -= 1
    if neighbour(labels, top, -1) not in (PROSE, NEAR):
        return None
    k, prose = top - 1, 0
    # (past the header's comment count too, `84 Comments` between the date and the photo)
    while k >= 0 and (labels[k].cls in (*TEXT_CLASSES, FURNITURE) or labels[k].kind in ("caption", "credit")
                      or (labels[k].cls == STOP and lines[k].words <= 3 and any(c.isdigit() for c in lines[k].text))):
        prose += labels[k].cls in (PROSE, NEAR)
        k -= 1
    if prose < T.AMID_DATE_MIN_PROSE:
        return None
    j, short, player = i + 1, 0, False
    while j < len(labels) and j <= i + T.AMID_DATE_MAX_GAP and labels[j].cls not in (PROSE, NEAR):
        clip = F.CLIP_LENGTH.match(lines[j].text) is not None  # (a clip's length alone, `3 min`: its player's line)
        if not (labels[j].kind in _BOX_UNDER_DATE or clip or (labels[j].cls == SHORT and short == 0)):
            break
        short += labels[j].cls == SHORT and not clip
        player = player or clip or labels[j].kind in _PLAYER_KINDS
        j += 1
    # (or the clip's player right over its title and date: `Vídeo | 02:47` / `Telejornal RTK 1` / `21.10.2027`)
    player = player or (top > 0 and labels[top - 1].kind in _PLAYER_KINDS)
    if top < i and not player:
        return None  # (short lines over a date line and no player: a reader's comment, a name over its date)
    # (the story goes on for two paragraphs at least: one line under a date line closes the page, `Comment here.`)
    if j >= len(labels) or labels[j].cls != PROSE or neighbour(labels, j, 1) not in (PROSE, NEAR):
        return None
    return top if _dated_above(labels, k) or (
        player and top < i and prose > T.AMID_DATE_MIN_PROSE and _signed_below(lines, labels, j)) else None


def _dated_above(labels: list[Label], k: int) -> bool:
    """A byline, date or section line at k, over the story's paragraphs above a date line, and the page's date shown
    at or above it: a first date line under a byline and a standfirst of two paragraphs, or under key points, is the
    header's own."""
    return k >= 0 and labels[k].cls == META and labels[k].kind in ("byline", "dateline", "date", "role", "time",
                                                                   "section") \
        and any(labels[m].cls == META and labels[m].kind in ("date", "dateline", "time") for m in range(k + 1))


def _signed_below(lines: list[Line], labels: list[Label], j: int) -> bool:
    """The story signed under it, after paragraph j: a byline and, next to it, the page's publication date (`Lena
    Hofbauer, tirol.example.at` / `Publiziert am 12.02.2027`, as public broadcasters sign their stories; not an
    `Updated …` line alone, nor a related story's date). A clip's title and date with its player amid the story is
    then the clip's box, not the header."""
    for m in range(j + 1, len(labels)):
        if labels[m].cls == META and labels[m].kind in ("date", "dateline") \
                and not UPDATE_LABEL.match(lines[m].text) \
                and any(labels[n] == Label(META, "byline") for n in range(max(j + 1, m - 2), min(len(labels), m + 3))):
            return True
    return False



def _boxes_over_end_marker(lines: list[Line], labels: list[Label]) -> None:
    """A box set into the story and closed by its end marker (`Ende des Audiobeitrags`, `Ende der weiteren
    Informationen`, `End of audio`: F.EMBED_END naming what it closes): the lines between the marker and the box's own
    furniture above it (its player, its label or headline; T.BOX_MAX_LINES at most) are the box's, its title, credit
    or text, not the story's. A marker with no furniture close above it takes nothing."""
    for i, line in enumerate(lines):
        if labels[i].cls not in (FURNITURE, *TEXT_CLASSES) or not F.EMBED_END.match(line.text) \
                or not F.EMBED_END_NAMED.match(line.text):
            continue
        top = i - 1
        while top >= 0 and i - top <= T.BOX_MAX_LINES and labels[top].cls != FURNITURE:
            top -= 1
        if top >= 0 and labels[top].cls == FURNITURE and i - top <= T.BOX_MAX_LINES:
            for k in range(top + 1, i + 1):
                labels[k] = Label(FURNITURE, "widget item")


def _box_after_links(lines: list[Line], labels: list[Label]) -> None:
    """Under a list of links set into the story, a run of short lines (T.BOX_AFTER_LINKS_MIN_SHORT or more: a box's
    label, an expert's name and role, `Think!` / `山口直樹` / `主席アナリスト` / `ひとこと解説`) over a paragraph or two
    that no paragraph of the page follows: a box closing the page, not the story's last part, which one subheading
    heads (the story going on under the links: `【関連記事】` / items / subheading / paragraphs)."""
    n = len(lines)
    for i in range(1, n):
        if labels[i - 1].kind != "related item" or labels[i].cls != SHORT:
            continue
        j = i
        while j < n and labels[j].cls == SHORT and not lines[j].sentence:
            j += 1
        k = j
        while k < n and labels[k].cls == PROSE and k - j < T.BOX_AFTER_LINKS_MAX_PARAGRAPHS:
            k += 1
        if j - i >= T.BOX_AFTER_LINKS_MIN_SHORT and k > j and not any(label.cls == PROSE for label in labels[k:]):
            for m in range(i, k):
                labels[m] = Label(FURNITURE, "box item")
            return


# A link to another story marked with a plus (`+ Sertanejo demite diretor de futebol após sequência sem vitórias`, as
# Brazilian and Norwegian sites mark them): a capital after the mark, a headline's words, no sentence's end.
_PLUS_LINK = re.compile(r"^\+\s(?-i:[A-ZÀ-Þ])[^.!?]*$")

def _plus_links(lines: list[Line], labels: list[Label]) -> None:
    """A line marked with a plus between the story's paragraphs, a headline of T.PLUS_LINK_MIN_WORDS words at least:
    a link to another story. Next to another marked line it is an item of a list (a review's pros and cons)."""
    for i in range(1, len(lines) - 1):
        if labels[i].cls not in (SHORT, NEAR) or lines[i].words < T.PLUS_LINK_MIN_WORDS \
                or not _PLUS_LINK.match(lines[i].text) or _list_marked(lines[i - 1].text) \
                or _list_marked(lines[i + 1].text):
            continue
        if neighbour(labels, i, -1) in (PROSE, NEAR) and neighbour(labels, i, 1) in (PROSE, NEAR, SHORT):
            labels[i] = Label(FURNITURE, "related item")


def _list_marked(text: str) -> bool:
    """An item of a list, marked as lists mark them (LIST_ITEM) or as a pro (`+ Akku hält lange`)."""
    return text.startswith("+ ") or LIST_ITEM.match(text) is not None


def _headline_pairs_amid_story(lines: list[Line], labels: list[Label]) -> None:
    """Two short lines, neither a sentence, between two of the story's paragraphs (`One virus, two Americas` / `Four
    out of five jobs affected by virus globally`): the links of a box set into the story, its label lost in the copy;
    the story's subheading stands alone over its paragraph. Not a pull quote over a subheading (quote marks, or words
    a paragraph near it says), nor two items of the story's list (the paragraph above opens as they do)."""
    blankless = blankless_page(lines)
    for i in range(2, len(lines) - 2):
        pair = (i, i + 1)
        # (two paragraphs above: amid the story, not a path and a headline under the site's disclosure; the story's
        # subheading may stand under the pair, over its paragraph: `Skoleelever får fortrinsret`)
        if labels[i - 2].cls != PROSE or labels[i - 1].cls != PROSE \
                or (labels[i + 2].cls != PROSE and not _subheading_under_pair(lines, labels, i, blankless)) or not all(
                labels[k] == Label(SHORT) and not lines[k].sentence and not _QUOTE_CHARS.search(lines[k].text)
                and lines[k].words <= T.HEADLINE_PAIR_MAX_WORDS for k in pair) \
                or lines[i].words < T.HEADLINE_PAIR_MIN_WORDS:
            continue
        # (a link's headline over a line much shorter than it, `Prices expected to open high`, `Concurrenten volgen`:
        # the link, then the story's subheading over its paragraph; else both lines are links, both of some length)
        short_below = lines[i + 1].words <= lines[i].words * T.SUBHEADING_UNDER_LINK_MAX_SHARE
        if (not short_below and lines[i + 1].words < T.HEADLINE_PAIR_MIN_WORDS) \
                or (short_below and not (lines[i + 1].blank_before or blankless)):
            continue  # (the subheading stands apart from the link: a title pasted tight over a label is a box's)
        near = {w for k in range(max(0, i - T.PULL_QUOTE_WINDOW), min(len(lines), i + 2 + T.PULL_QUOTE_WINDOW))
                if labels[k].cls == PROSE for w in re.findall(r"\w{4,}", lines[k].text.lower())}
        said = [set(re.findall(r"\w{4,}", lines[k].text.lower())) for k in pair]  # (as the pull quotes are told)
        if any(words and len(words & near) >= T.PULL_QUOTE_OVERLAP * len(words) for words in said) \
                or any(lines[k].text.split()[0] == lines[i - 1].text.split()[0] for k in pair) \
                or _LIST_LEAD_IN.search(lines[i - 1].text) or any(_figures_row(lines[k].text) for k in pair) \
                or (said[0] & said[1] and any(c.isdigit() for k in pair for c in lines[k].text)):
            continue  # (a list's items under its lead-in, rows of figures, or items with figures sharing a word, `A
            # new 120-space car park …` / `Free parking for the first hour in the Abbey Street car park`: the story's;
            # two links may share their topic's word, `One virus, two Americas` / `… affected by virus globally`)
        for k in pair[:1] if short_below else pair:
            labels[k] = Label(FURNITURE, "related item")


def _figures_row(text: str) -> bool:
    """A row of figures (`Arrivals 2025: 1.2 million`, `2023 – 468 boats`): a third of its words or more hold a
    digit; a headline names a figure among its words (`Council rates set to rise 4.1 per cent in draft budget`)."""
    words = text.split()
    return sum(any(c.isdigit() for c in word) for word in words) * 3 >= len(words)


def _subheading_under_pair(lines: list[Line], labels: list[Label], i: int, blankless: bool) -> bool:
    """Line i + 2, under two headlines (lines i and i + 1) neither of which asks or announces (related.ASKS), is the
    story's subheading over its next paragraph: no sentence, much shorter than either headline, set apart from them
    (or on a page whose blank lines tell nothing)."""
    sub = i + 2  # (a part title and its subtitle, one announcing, head the story's part: `Part one: …` / `How …`)
    return sub + 1 < len(lines) and labels[sub] == Label(SHORT) and labels[sub + 1].cls == PROSE \
        and not any(ASKS.search(lines[k].text) for k in (i, i + 1)) \
        and not lines[sub].sentence and (lines[sub].blank_before or blankless) \
        and lines[sub].words <= T.SUBHEADING_UNDER_LINK_MAX_SHARE * min(lines[i].words, lines[i + 1].words)


# A paragraph leading in to a list under it (`… closed as follows.`, `… will:`, `Die Änderungen im Überblick:`).
_LIST_LEAD_IN = re.compile(r"(:|\bas follows\.|\bfolgt\.|\bsuit\s?:?\.?|\bsiguiente\.)$", re.I)
_QUOTE_CHARS = re.compile(r"[\"“”„‘’«»]|(?:^|\s)'|'(?:\s|$)")


# The passes over the whole page after each line is classified alone, in order: each relabels lines by what stands
# around them (where the order matters, a comment says why). A new kind of box or block is one function and one entry.
_PASSES = (
    _section_labels_amid_story,
    courtesy_out_of_place,  # (before the neighbours are read: a story's paragraph is no caption)
    _price_tables_under_lead_in,  # (before the neighbours are read: the table's lines are the story's)
    _figures_amid_story,  # (so too a widget's figures in the story's list)
    _production_boxes,
    _rating_boxes,
    _guest_bylines,
    _publications_under_label,
    _tables_of_contents,
    _listed_more_subheadings,  # (before the related labels take their lists)
    _context,
    _labelled_captions,
    _repeated_markers,
    _ticker_boxes,
    _live_stamps,
    _entry_badges,
    _entry_bylines,
    mark_prompts,
    _quote_boxes,  # (before the boxes: a quote box closes a key-points box above it)
    _run_in_summary,
    _programme_boxes,
    _name_with_house_unit,
    _take_boxes,
    _marked_and_form_boxes,
    _pipe_credits_under_boxes,
    _credit_between_caption_copies,
    _box_pitches,
    _partner_boxes,
    _bracketed_embeds,  # (after the prompts: a consent gate's notice may read as one)
    _posts_under_attribution,
    _corrections_blocks,
    _pull_quotes,  # (before the links: a link line may stand under a pull quote)
    _qualified_link_labels,
    _links_between_paragraphs,
    _link_card_echoes,
    _link_blocks,
    _more_stories_blocks,
    _comment_links_amid_story,
    _lists_in_story,
    _labelled_items,
    _poll_questions,
    _prompt_buttons,
    _box_headings,
    _media_boxes,
    _spaced_video_boxes,
    _player_blocks,
    _tight_player_boxes,
    _player_credits,
    _medium_label_boxes,
    _loading_players,
    _captions_under_placeholders,
    _queued_clips,
    _aired_lines,
    _clip_captions,
    _clip_descriptions,
    _introduced_clip_descriptions,
    _show_clip_titles,
    _clip_lead_ins,
    _key_value_lists,
    _dated_lists,
    _dated_list_items,
    _gallery_captions,
    _bracketed_organisation_credits,
    _embedded_posts,
    _posts_between_embed_lines,
    _posts_over_signature,
    _posts_over_reactions,
    _posts_framed_in_block,
    _stamps_amid_posts,
    _data_tables,
    _results_lists,
    _timeline_boxes,
    _graphic_titles,
    _price_boxes,
    _calculator_boxes,
    _score_sheets,
    _chart_boxes,
    _numbered_chart_blocks,
    _charted_rows,
    _embed_buttons,
    _fact_boxes,
    _sourced_boxes,
    _tight_sourced_boxes,
    _labelled_fact_boxes,
    _tight_fact_boxes,
    _tight_data_boxes,
    _quote_over_stamp,
    _points_over_machine_note,
    _tight_key_points,
    _spaced_sheets,
    _spaced_fact_boxes,
    _profile_boxes,
    _named_boxes,
    _data_boxes,
    _source_notes_under_boxes,
    _score_lines,
    _closed_boxes,
    _question_boxes,
    _trailing_headlines,
    _author_box,
    _service_boxes,
    _help_box_text,
    _method_notes,
    _signed_with_address,
    _analysis_boxes,
    _dialogue,
    _paid_teasers,
    _held_in_boxes,
    _ad_copy,
    _marked_copy_over_button,
    _consent_controls,
    _wire_bylines,
    _offer_pitches,
    _offer_tools,
    _offer_cards,
    _table_buttons,
    _box_second_heading,
    _clip_credits,
    _names_under_their_card,
    _consent_rows,
    _pitches_over_buttons,
    _named_pitches_over_buttons,
    _lookup_boxes,
    _calls_to_action_boxes,
    _box_titles,
    _alert_banners,
    _weather_skies,
    _source_lists,  # (after the author box and notes: what follows the list is known)
    _toggled_boxes,
    _dates_amid_story,  # (after every box: the lines around a date line are known)
    _items_under_lead_in,  # (last: what the passes above took for furniture stays so)
    _parallel_items,
    _boxes_over_end_marker,
    _box_after_links,
    _headline_pairs_amid_story,
    _plus_links,
    _reader_comments,  # (after all: nothing from the first comment down is the story's)
)
