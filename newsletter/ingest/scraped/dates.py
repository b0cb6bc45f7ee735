"""Dates as news pages show them, in several languages: `12 de noviembre de 2026, 07:30`, `25.11.2026 14:05 Uhr`,
`Wed, Nov 25 2026 9:41 AM EST`, `mis à jour le 3 mars 2025 à 14h05`. Relative times (`3 hours ago`) give None."""

from __future__ import annotations

import re
import warnings
from datetime import datetime

from newsletter.ingest.scraped import thresholds as T

_MONTHS = {
    # es, pt, it, fr, de, nl month names (and common abbreviations) -> English
    "enero": "Jan", "febrero": "Feb", "marzo": "Mar", "abril": "Apr", "mayo": "May", "junio": "Jun",
    "julio": "Jul", "agosto": "Aug", "septiembre": "Sep", "setiembre": "Sep", "octubre": "Oct",
    "noviembre": "Nov", "diciembre": "Dec",
    "janeiro": "Jan", "fevereiro": "Feb", "março": "Mar", "maio": "May", "junho": "Jun", "julho": "Jul",
    "setembro": "Sep", "outubro": "Oct", "novembro": "Nov", "dezembro": "Dec",
    "gennaio": "Jan", "febbraio": "Feb", "aprile": "Apr", "maggio": "May", "giugno": "Jun", "luglio": "Jul",
    "settembre": "Sep", "ottobre": "Oct", "dicembre": "Dec",
    "janvier": "Jan", "février": "Feb", "fevrier": "Feb", "mars": "Mar", "avril": "Apr", "mai": "May",
    "juin": "Jun", "juillet": "Jul", "août": "Aug", "aout": "Aug", "septembre": "Sep", "octobre": "Oct",
    "novembre": "Nov", "décembre": "Dec", "decembre": "Dec",
    "januar": "Jan", "jänner": "Jan", "februar": "Feb", "märz": "Mar", "juni": "Jun", "juli": "Jul",
    "oktober": "Oct", "dezember": "Dec",
    "januari": "Jan", "februari": "Feb", "maart": "Mar", "mei": "May", "augustus": "Aug",
}
_NOISE = re.compile(
    r"\b(at|on|published|updated|posted|de|del|el|le|la|à|a las|às|um|uhr|op|om|alle|ore|h|hrs|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|"
    r"sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira)\b\.?",
    re.I,
)
_RELATIVE = re.compile(r"\b(ago|yesterday|today|just now|hace|vor \d|il y a|fa|gestern|heute|hier|ayer|hoy)\b", re.I)
_EN_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
              "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_MONTH_WORD = "(?:" + _EN_MONTHS + "|" + "|".join(sorted((  # noqa: SIM905
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre janeiro "
    "fevereiro março maio junho julho setembro outubro novembro dezembro gennaio febbraio aprile maggio giugno "
    "luglio settembre ottobre dicembre janvier février fevrier mars avril mai juin juillet août aout septembre "
    "octobre novembre décembre decembre januar jänner februar märz juni juli oktober dezember januari februari "
    "maart mei augustus").split(), key=len, reverse=True)) + ")"
# A date as pages print one: 25.11.2026, 2026-11-25, 11/25/2026, 25 Nov 2026, 12 de noviembre, Nov 25, 9:41.
_DATE_SHAPE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}\.?\s+(?:de\s+)?" + _MONTH_WORD + r"\b"
    r"|\b" + _MONTH_WORD + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|(?<![:\d])\b\d{1,2}:\d{2}\b(?!:\d)",
    re.I,
)
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


def _tzinfos() -> dict:
    from dateutil.tz import gettz

    return {name: gettz(zone) for name, zone in _TZ.items()}


def looks_like_date(text: str, clock: bool = True) -> bool:
    """Cheap shape test: a numeric date, a day beside a month name, or (when `clock`) a clock time."""
    if len(text) > T.DATE_MAX_CHARS or not _DIGIT.search(text):
        return False
    return any(m.group() and (clock or not _CLOCK.fullmatch(m.group())) for m in _DATE_SHAPE.finditer(text))


def parse_date(text: str, dayfirst: bool | None = None) -> datetime | None:
    """A date from a dateline, or None (relative times such as `3 hours ago` give None)."""
    if not text or len(text) > T.DATE_MAX_CHARS or not re.search(r"\d", text) or _RELATIVE.search(text):
        return None
    from dateutil import parser as dateparser

    cleaned = re.sub(r"\b(\d{1,2})[h.](\d{2})\b(?![./]\d)", r"\1:\2", text)  # 14h05, 10.15 GMT
    cleaned = re.sub(r"[^\W\d_]+", lambda m: _MONTHS.get(m[0].lower(), m[0]), cleaned)
    cleaned = _NOISE.sub(" ", cleaned)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned)
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
