"""Dates as news pages show them, in several languages: `12 de noviembre de 2026, 07:30`, `25.11.2026 14:05 Uhr`,
`Wed, Nov 25 2026 9:41 AM EST`, `mis à jour le 3 mars 2025 à 14h05`. Relative times (`3 hours ago`) give None."""

from __future__ import annotations

import functools
import re
import warnings
from datetime import datetime

from newsletter.ingest.scraped import thresholds as T

# Month names as pages print them, by month number: es, pt, it, fr, de, nl, sv, no, da, ca, ro, and Polish and
# Czech (the genitive `4 marca 2027`, `4. března 2027`, and the nominative), fi, tr, hu and el (the genitive
# `4 Μαρτίου 2027`), Malay and Indonesian (`12 Disember 2026`, `4 Maret 2027`), and Slovak's genitive (`4. decembra
# 2026`; its nominatives other than `apríl`, `máj`, `jún`, `júl` are Hungarian's or English's). English names are read
# by dateutil.
_MONTH_NAMES = tuple(f"{names} {more}" for names, more in zip((
    "enero janeiro gennaio janvier januar jänner januari stycznia styczeń ledna leden ianuarie gener",
    "febrero fevereiro febbraio février fevrier februar februari lutego luty února únor februarie febrer",
    "marzo março mars märz maart marts marca marzec března březen martie març",
    "abril aprile avril april kwietnia kwiecień dubna duben aprilie",
    "mayo maio maggio mai mei maj maja května květen maig",
    "junio junho giugno juin juni czerwca czerwiec června červen iunie juny",
    "julio julho luglio juillet juli lipca lipiec července červenec iulie juliol",
    "agosto août aout augustus augusti august sierpnia sierpień srpna srpen agost",
    "septiembre setiembre setembro settembre septembre september września wrzesień září septembrie setembre",
    "octubre outubro ottobre octobre oktober października październik října říjen octombrie",
    "noviembre novembro novembre november listopada listopad listopadu noiembrie",
    "diciembre dezembro dicembre décembre decembre dezember december desember grudnia grudzień prosince prosinec"
    " decembrie desembre",
), (
    "tammikuuta tammikuu ocak január ιανουαρίου ιανουάριος januára",
    "helmikuuta helmikuu şubat február φεβρουαρίου φεβρουάριος februára",
    "maaliskuuta maaliskuu mart március μαρτίου μάρτιος maret",
    "huhtikuuta huhtikuu nisan április απριλίου απρίλιος apríla apríl",
    "toukokuuta toukokuu mayıs május μαΐου μαίου μάιος mája máj",
    "kesäkuuta kesäkuu haziran június ιουνίου ιούνιος júna jún",
    "heinäkuuta heinäkuu temmuz július ιουλίου ιούλιος julai júla júl",
    "elokuuta elokuu ağustos augusztus αυγούστου αύγουστος ogos agustus augusta",
    "syyskuuta syyskuu eylül szeptember σεπτεμβρίου σεπτέμβριος septembra",
    "lokakuuta lokakuu ekim október οκτωβρίου οκτώβριος októbra",
    "marraskuuta marraskuu kasım νοεμβρίου νοέμβριος novembra",
    "joulukuuta joulukuu aralık δεκεμβρίου δεκέμβριος disember decembra",
), strict=True))
# Their short forms (`5 mrt 2027`, `4 févr. 2027`, `Mär 4, 2027`): several are ordinary words in some language
# (`out`, `set`, `mag`), so a short form makes a date only beside a day and a year.
_MONTH_ABBREVIATIONS = (  # (and the Greek and Polish short forms: `21 Ιουλ 2026`, `3 gru 2026`)
    "ene gen janv jän ian ιαν sty",
    "fev févr fevr φεβ lut",
    "mrt mrz mär mac μαρ",
    "abr avr απρ kwi",
    "mag μαΐ μαϊ",
    "giu iun ιουν cze",
    "juil lug iul ιουλ lip",
    "ago αυγ sie",
    "set σεπ wrz",
    "out okt ott οκτ paź",
    "νοε lis",
    "dic dez déc des δεκ gru",
)
_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS = {name: _EN[k % 12] for k, names in enumerate(_MONTH_NAMES + _MONTH_ABBREVIATIONS) for name in names.split()}
# Weekday names in the languages the month table holds (English ones dateutil reads itself).
_WEEKDAYS = (
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|"
    r"sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|segunda|terça|quarta|quinta"
    r"|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|måndag|tisdag|onsdag|torsdag|fredag"
    r"|lördag|söndag|mandag|tirsdag|lørdag|søndag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"
)
# English weekday names (dateutil reads them itself; the patterns below look for them beside _WEEKDAYS).
_EN_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_NOISE = re.compile(
    r"\b(at|on|published|updated|posted|de|del|el|le|la|à|a las|a les|às|um|uhr|op|om|alle|ore|ora|h|hrs|hs|kl|klokken"
    r"|klockan|godz|den|" + _WEEKDAYS + r")\b\.?",
    re.I,
)
# (today and yesterday in more languages too: `Publié aujourd'hui à 06h45` shows a time, not a day)
_RELATIVE = re.compile(r"\b(ago|yesterday|today|just now|hace|vor \d|il y a|fa|gestern|heute|hier|ayer|hoy"
                       r"|aujourd['’]hui|oggi|ieri|hoje|ontem|vandaag|gisteren|i dag|i går|idag|igår|dziś|dzisiaj"
                       r"|wczoraj|dnes|včera|azi|avui|ahir|tänään|eilen|bugün|dün|tegnap)\b", re.I)
_EN_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
              "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_MONTH_WORD = "(?:" + _EN_MONTHS + "|" + "|".join(sorted(" ".join(_MONTH_NAMES).split(), key=len, reverse=True)) + ")"
_SHORT_MONTH = "(?:" + "|".join(sorted(" ".join(_MONTH_ABBREVIATIONS).split(), key=len, reverse=True)) + r")\.?"
# A month's name or short form between dots or dashes (`12.mar.2027`, `4-nov-2026`, `3.dez.26`, Brazilian and
# Spanish pages' compact dates).
_DOTTED_MONTH = "(?:" + _EN_MONTHS + "|" + "|".join(sorted(" ".join(_MONTH_NAMES + _MONTH_ABBREVIATIONS).split(),
                                                              key=len, reverse=True)) + ")"
# A date as pages print one: 25.11.2026, 4. 3. 2027, 24·11·26, 2026-11-25, 11/25/2026, 25 Nov 2026, 12 de noviembre,
# Nov 25, 9:41, a day as an ordinal (3rd March, 1er mars, 1º de marzo), and a short month form with its day and
# year (5 mrt 2027, Mär 4, 2027).
# A date in Chinese, Japanese or Korean, its year, month and day each followed by its unit (`2026年11月20日`,
# `2026년 11월 20일`): no word boundary stands between a digit and the ideograph after it.
_UNIT_DATE = re.compile(r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_UNIT_CLOCK = re.compile(r"(?<!\d)(\d{1,2})\s*[時时시]\s*(\d{1,2})\s*[分분]")  # (`18時42分`, `9시 15분`)
# ... and the half of the day before the clock (`下午6时42分`, `午前9時15分`, `오후 6:42`): a.m. or p.m. after it
_HALF_BEFORE = re.compile(r"(上午|午前|早上|오전|下午|午後|晚上|오후)\s*(\d{1,2}:\d{2})")
_AFTERNOON = frozenset({"下午", "午後", "晚上", "오후"})
_DATE_SHAPE = re.compile(
    _UNIT_DATE.pattern
    + r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}·\d{1,2}·\d{2,4}\b|\b\d{1,2}\.\s\d{1,2}\.\s\d{4}\b"
    # (year first, with slashes or dots: `2026/11/25`, `2026.11.25`, as East Asian pages write it)
    r"|\b\d{4}-\d{2}-\d{2}|\b(?:19|20)\d\d[./]\d{1,2}[./]\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+|d['’])?" + _MONTH_WORD + r"\b"
    r"|\b" + _MONTH_WORD + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|(?<![:\d+−])\b\d{1,2}:\d{2}\b(?![:,.]\d)"
    # (Catalan elides `de` before a vowel: `24 d'abril de 2027`; a short month may take a comma before its year: `2
    # Abr, 2027, 10:48`)
    r"|\b\d{1,2}\.?\s+" + _SHORT_MONTH + r",?\s+\d{2,4}\b|\b" + _SHORT_MONTH + r"\s+\d{1,2},?\s+\d{4}\b"
    # a day, a month word and a year joined by dots or dashes, no spaces (`29.nov.2026`, `4-Mar-2027`, `4.März.2027`)
    r"|\b\d{1,2}[./-]" + _DOTTED_MONTH + r"[./-]\d{2,4}\b",
    re.I,
)
# A timeline's item: a year, a month and year, or a day and month first, then a colon or a dash and what happened
# (`1988: oude lichtmasten geplaatst`, `Mei 2025: voetbalbond legt …`, `12 mars – le conseil vote`).
_ANY_MONTH = r"(?:" + _MONTH_WORD + r"|" + _SHORT_MONTH + r")"
DATED_ITEM = re.compile(r"^(?:" + _ANY_MONTH + r"\s+)?(?:1[89]\d\d|2[01]\d\d)\s*[:–—-]\s+\S"
                        r"|^\d{1,2}\.?\s+" + _ANY_MONTH + r"(?:\s+\d{4})?\s*[:–—-]\s+\S", re.I)
# A day of the month with its ordinal dot and the month's name (`7. Dezember`, `1. Mai`): German, Nordic, Czech,
# Polish and Finnish dates, which a numbered list's `7. ` only resembles.
DAY_OF_MONTH = re.compile(r"^\d{1,2}\.\s+" + _MONTH_WORD + r"\b", re.I)
# The half of the day after a clock time in Malay and Indonesian (`10:42 pagi`, `4:15 petang`, `8:30 malam`).
_HALF_DAY = re.compile(r"\b(\d{1,2}:\d{2})\s+(pagi|petang|malam|sore)\b", re.I)
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_TZ = {"GMT": "UTC", "UTC": "UTC", "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris",
       "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
       "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York", "CST": "America/Chicago",
       "CDT": "America/Chicago", "MST": "America/Denver", "MDT": "America/Denver", "PST": "America/Los_Angeles",
       "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles", "IST": "Asia/Kolkata", "JST": "Asia/Tokyo",
       "GST": "Asia/Dubai", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "SGT": "Asia/Singapore",
       "HKT": "Asia/Hong_Kong", "KST": "Asia/Seoul", "WIB": "Asia/Jakarta", "EAT": "Africa/Nairobi",
       "SAST": "Africa/Johannesburg", "WAT": "Africa/Lagos", "NZDT": "Pacific/Auckland", "NZST": "Pacific/Auckland"}


@functools.cache
def _tzinfos() -> dict:
    """Built once: dateutil's gettz keeps only its 8 latest zones, so building this map per date read every zone
    file from disk again (a quarter of the reader's time)."""
    from dateutil.tz import gettz

    return {name: gettz(zone) for name, zone in _TZ.items()}


def looks_like_date(text: str, clock: bool = True) -> bool:
    """Cheap shape test: a numeric date, a day beside a month name, or (when `clock`) a clock time."""
    if len(text) > T.DATE_MAX_CHARS or not _DIGIT.search(text):
        return False
    return any(m.group() and (clock or not _CLOCK.fullmatch(m.group())) for m in _DATE_SHAPE.finditer(text))


# A weekday before a date (`Tuesday, March 4`, `mardi 4 mars`, `Dienstag, 4. März`): English, then the names the
# noise pattern holds.
_WEEKDAY_FIRST = re.compile(r"^(?:" + _EN_WEEKDAYS + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|" + _WEEKDAYS
                            + r")\.?,?\s+", re.I)


def starts_with_date(text: str) -> bool:
    """The text opens with a day of the calendar (perhaps after its weekday): `March 4, 2027 — …`, `4 mars 2027`,
    `Tuesday, 4 March`; not a clock time alone, and not a date further in (`Goff le 4 mars`)."""
    text = _WEEKDAY_FIRST.sub("", text, count=1)
    m = _DATE_SHAPE.match(text)
    return m is not None and not _CLOCK.fullmatch(m.group())


# Today and yesterday, in the languages of European news sites (`Publié aujourd'hui à 06h45`, `Julkaistu eilen`).
RELATIVE_DAY = re.compile(r"(?<!\w)(?:today|yesterday|aujourd'hui|aujourd’hui|hier|heute|gestern|hoy|ayer|hoje|ontem"
                          r"|oggi|ieri|vandaag|gisteren|i dag|i går|idag|igår|dziś|dzisiaj|wczoraj|dnes|včera|azi"
                          r"|avui|ahir|tänään|eilen|σήμερα|χθες|bugün|dün|ma|tegnap)(?!\w)", re.I)


# A day named in running text (`on Tuesday night`, `am Dienstagabend`, `ce lundi`): a story's lede says when, a
# standfirst seldom does. (The Portuguese ordinal weekdays `segunda`…`sexta` are left out: they are common words.)
NAMES_A_DAY = re.compile(r"(?<!\w)(?:" + _EN_WEEKDAYS + r"|today|tonight|yesterday"
                         r"|" + "|".join(w for w in _WEEKDAYS.split("|") if w not in {"segunda", "terça", "quarta",
                                                                                       "quinta", "sexta"})
                         + r"|heute|gestern|aujourd'hui|aujourd’hui|hoy|ayer|hoje|ontem|oggi|ieri|vandaag|gisteren"
                         r")(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh|avond|middag|ochtend|nacht)?(?!\w)",
                         re.I)


def names_a_day(text: str) -> bool:
    """The text is a day's name alone or a day of the calendar (`Monday`, `mardi`, `4 March`): a timeline's key."""
    return NAMES_A_DAY.fullmatch(text.strip()) is not None or looks_like_date(text)


def date_cells(text: str) -> list[tuple[str, bool, bool]]:
    """What a date line holds besides its dates, years and times, in the pieces they and its bars or dashes cut it
    into, each with whether a date stands before it and whether a bar or dash sets it apart (`Accueil | Par Jeanne
    Roux | 30 septembre 2018` -> `Accueil`, `Par Jeanne Roux`; `23.06.2016 - Jan Berg` -> `Jan Berg`, after the
    date and set apart, as by a spaced slash or a comma after the date; a date glued to a name is cut from it too:
    `Nicole Collignon22. Februar 2020`)."""
    cells, dated, apart = [], False, False
    parts = _CELL_CUT.split(_DATE_SHAPE.sub(" \x00 ", _GLUED_DAY.sub(" ", text)))
    for n, piece in enumerate(parts):
        if n % 3 == 1:
            apart = apart or bool(piece)  # (a bar or a dash)
        elif n % 3 == 2:
            dated = dated or bool(piece)
        elif piece := piece.strip():
            if dated and piece.startswith(","):
                piece, apart = piece.lstrip(", "), True  # (`1. Februar 2022 , Daniel Dillenburg`)
            cells.append((piece, dated, apart))
            apart = False
    return cells


_GLUED_DAY = re.compile(r"(?<=[a-zß-ÿ])(?=\d{1,2}\.\s)")
_CELL_CUT = re.compile(r"(\s+[|·•—–/-]\s+|\s*[|·•]\s*)|\b(?:19|20)\d\d\b|(\x00)")


def words_besides_date(text: str) -> int:
    """How many words a line holds besides its dates and times (`Le tram … voyageurs le 12 avril`: 9)."""
    return len(re.findall(r"[^\W\d_]{2,}", _DATE_SHAPE.sub(" ", text)))


# Languages whose pages print a numeric date month first (`03/04/2027` is March 4 on a US page); everywhere
# else the day comes first (`02/03/2027` is 2 March in Lisbon, Paris or Warsaw).
_MONTH_FIRST_LANGUAGES = frozenset({"English", "Simple_English"})


def day_first(language: str) -> bool | None:
    """Whether a page in `language` writes numeric dates day first (None: as the date's own shape says)."""
    return None if not language or language in _MONTH_FIRST_LANGUAGES else True


# What names a day of the calendar once month names are in English: a year, a month, or a numeric day and month.
_CALENDAR = re.compile(r"\b(?:1[89]\d\d|2[01]\d\d)\b|(?i:\b(?:" + _EN_MONTHS + r")\b)|\b\d{1,2}[./-]\d{1,2}\b")


# After a date's day and month: its year (`1. Februar` `2022`, `July 24` `, 2019`), then its time of day (` um 18:50
# Uhr`, `, 14:09`, ` - 05:00`).
_YEAR_AFTER = re.compile(r",?\s*(?:de\s+)?\d{4}\b")
_CLOCK_AFTER = re.compile(r"\s*(?:[,/\-–—]|um|at|à|alle|às|a las)?\s*\d{1,2}[:.h]\d{2}\b(?:\s*(?:uhr|h|am|pm)\b)?",
                          re.I)


def leading_date(text: str) -> str | None:
    """The date a line opens with, with its year and time of day, and without what a blog theme sets after it: the
    writer, a comment count, the categories (`1. Februar 2022 Luis Holuch 6` -> `1. Februar 2022`, `27.04.2020 -
    18:50 Uhr 3 Kommentare` -> `27.04.2020 - 18:50 Uhr`, `July 24, 2019 by Amy Motroni 5 Comments`); None when no date
    opens it (a weekday or a word such as `am` may stand before it) or more than a theme's few words follow it."""
    m = _DATE_SHAPE.search(text)
    if not m or m.start() > T.LEADING_DATE_MAX_OFFSET or _CLOCK.fullmatch(m.group()) or _DIGIT.search(text[:m.start()]):
        return None  # (a number before the date: a range, `4–6 March 2027 Folk Festival`)
    end = m.end()
    if year := _YEAR_AFTER.match(text, end):
        end = year.end()
    if clock := _CLOCK_AFTER.match(text, end):
        end = clock.end()
    # what a theme sets after the date is a few words without a colon; an event or a result after a date
    # (`12. Mai 2027 Gemeinderat: 14 Ja, 9 Nein`, `2 March 2025 Inspectors close the bridge after …`) is the date's own
    tail = text[end:]
    if ":" in tail or len(tail.split()) > T.LEADING_DATE_MAX_TAIL_WORDS:
        return None
    return text[:end]


# A year run into the next date of the line (`10. Februar 20199. Februar 2019`, `28. Juni 201914. Januar 2020`,
# `November 26, 2017November 26, 2017`): a page's published and updated dates set side by side, pasted with no space.
_GLUED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?=\d{1,2}\.\s?(?:" + _MONTH_WORD + r"|\d)|" + _MONTH_WORD
                         + "|" + _EN_WEEKDAYS + "|" + _WEEKDAYS + r")", re.I)


def parse_date(text: str, dayfirst: bool | None = None) -> datetime | None:
    """A date from a dateline, or None (relative times such as `3 hours ago` give None). Of two dates run together
    the first is read (_GLUED_YEAR)."""
    if m := _GLUED_YEAR.search(text):
        text = text[:m.end()]
    text = text.strip(" -–—,;:|·•")  # `07/03/2027 à 18:05 -` (the rest of the line was an update)
    if not text or len(text) > T.DATE_MAX_CHARS or not re.search(r"\d", text) or _RELATIVE.search(text):
        return None
    from dateutil import parser as dateparser

    text = _UNIT_DATE.sub(lambda m: f" {m[1]}-{int(m[2]):02d}-{int(m[3]):02d} ", text)
    text = _UNIT_CLOCK.sub(r" \1:\2 ", text)
    text = _HALF_BEFORE.sub(lambda m: f" {m[2]} {'PM' if m[1] in _AFTERNOON else 'AM'} ", text)
    text = re.sub(r"\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})\b", r"\1.\2.\3", text)  # `4. 3. 2027` (cs, sk, hu)
    text = re.sub(r"\b(\d{1,2})·(\d{1,2})·(\d{2,4})\b", r"\1/\2/\3", text)  # `24·11·26`: dots as a date's marks
    text = re.sub(r"\b(\d{1,2})[./-](" + _DOTTED_MONTH + r")[./-](\d{2,4})\b", r"\1 \2 \3", text, flags=re.I)
    # 14h05, 10.15 GMT, 6.30am, French spacing `6 h 30`, Flemish `16u42`
    cleaned = re.sub(r"(?<![\d.])\b(\d{1,2})(?:[hu.]|\s+h\s+)(\d{2})(?!\d)(?![./]\d)", r"\1:\2", text)
    cleaned = _HALF_DAY.sub(lambda m: f"{m[1]} {'AM' if m[2].lower() == 'pagi' else 'PM'}", cleaned)
    cleaned = re.sub(r"\b[dl]['’](?=[^\W\d_])", "", cleaned, flags=re.I)  # `3 d’abril` (ca), `d'octobre` (fr)
    cleaned = re.sub(r"[^\W\d_]+", lambda m: _MONTHS.get(m[0].lower(), m[0]), cleaned)
    cleaned = _NOISE.sub(" ", cleaned)
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th|er|º|°)(?!\w)", r"\1", cleaned)  # 3rd March, 1er mars, 1º de marzo
    if not _CALENDAR.search(cleaned):  # `5h`, `10 min`, `17:30`: dateutil would read today's date into them
        return None
    if dayfirst is None:
        dayfirst = bool(re.search(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b", cleaned))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            when = dateparser.parse(cleaned, fuzzy=True, dayfirst=dayfirst, tzinfos=_tzinfos())
    except (ValueError, OverflowError, TypeError):
        return None
    if when is None or not 1990 <= when.year <= 2100:
        return None
    return when
