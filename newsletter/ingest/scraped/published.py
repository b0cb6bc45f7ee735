"""The publication date and time: the first date line of the header (`Published`, `Publié le`, `Veröffentlicht am`),
not the update (`Updated`, `modifié`, `Aktualisiert`), read as the page's language writes numeric dates.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.bylines import byline_date
from newsletter.ingest.scraped.dates import (
    day_first,
    leading_date,
    looks_like_date,
    parse_date,
    starts_with_date,
    words_besides_date,
)
from newsletter.ingest.scraped.labels import META, NEAR, PROSE, SHORT, Label
from newsletter.ingest.scraped.lines import Line, page_language

UPDATE_WORDS = ("last updated", "last modified", "zuletzt aktualisiert", "dernière mise à jour", "updated", "update",
                "aktualisiert", "actualizado", "actualizada", "atualizado", "atualizada", "mis à jour", "mise à jour",
                "modifié", "modifiée", "aggiornato", "aggiornamento", "bijgewerkt", "aangepast", "oppdatert",
                "opdateret", "uppdaterad", "zaktualizowano", "aktualizacja", "päivitetty", "modified", "aktualizováno",
                "aktualizace", "actualizat", "actualizare", "actualitzat", "actualitzada", "opdatert",
                "son güncelleme", "güncelleme", "güncellendi", "frissítve", "frissítés", "módosítva",
                "τελευταία ενημέρωση", "ενημερώθηκε", "ενημέρωση",
                # changed, edited, revised (`Zuletzt geändert:`, `Actualisé le`, `Retouché le`, `Last changed`)
                "last changed", "last edited", "changed", "edited", "revised", "amended", "zuletzt geändert",
                "geändert", "bearbeitet", "überarbeitet", "actualisé", "actualisée", "retouché", "retouchée",
                "révisé", "révisée", "modificado", "modificada", "modificato", "modificata", "rivisto", "editado",
                "editada", "revisado", "revisada", "alterado", "alterada", "gewijzigd", "endret", "ändrad",
                # the change as a noun (`3 dicembre 2026 (modifica alle 09:12) - Trento`, `Última modificación: …`,
                # `Dernière modification le …`, `Última alteração às …`, `Laatste wijziging om …`)
                "ultima modifica", "modifica", "última modificación", "modificación", "dernière modification",
                "modification", "última alteração", "alteração", "laatste wijziging", "letzte änderung",
                # ms, id (`Dikemas kini:`, `Diperbarui:`)
                "dikemas kini", "diperbarui",
                # ko, ja, zh (`수정 2026.11.26 18:05`, `업데이트 …`, `（最終更新 2026年11月26日 21時05分）`,
                # `更新时间：…`)
                "수정", "기사수정", "최종수정", "업데이트", "최종 업데이트", "最終更新", "更新日", "更新",
                "更新时间", "更新時間", "最后更新", "最後更新")
# (the label's colon or slash full-width too: `更新时间：…`, `更新／…`)
UPDATE_LABEL = re.compile(r"^(?:" + "|".join(UPDATE_WORDS) + r")\b\s*(?:on|at|le|am|el|em|il|op|den|om|alle|del)?"
                          r"\s*[:：/／-]?\s*", re.I)
PUBLISH_LABEL = re.compile(
    r"^(?:originally published|first posted|erstveröffentlichung|erstmals veröffentlicht|erstmals erschienen"
    r"|première publication|primera publicación|publicado originalmente|prima pubblicazione|eerst gepubliceerd"
    r"|published|first published|posted|publicado|publicada|publié|publiée|veröffentlicht|publiziert|erschienen"
    r"|pubblicato|gepubliceerd|geplaatst|publisert|publiceret|publicerad|opublikowano|julkaistu|publikováno"
    r"|zveřejněno|publicat|publicată|publicada el|yayınlanma|yayınlandı|yayın tarihi|közzétéve|megjelent"
    r"|publikálva|δημοσιεύθηκε|δημοσίευση|diterbitkan|dipublikasikan"
    # (ko `입력 2026.11.26 14:32`, the story's posting; zh `发布时间：2026-11-26 05:30`)
    r"|입력|기사입력|发布时间|發布時間|发布|發布)\b"
    r"\s*(?:on|at|le|am|el|em|il|op|den|om)?\s*[:：/／-]?\s*", re.I)
PUBLISH_WORD = re.compile(PUBLISH_LABEL.pattern[1:], re.I)
# `Millau, publié le …`: a place before the label.
# (A place has no digits: `Publié le 16 mars 2027 à 18h30, modifié le …` opens with its own label, not a place.)
PLACE_BEFORE_LABEL = re.compile(r"^[A-ZÀ-Þ](?:[^\W\d_]|['’. -]){1,30},\s+(?=\w)")
# `Publié le 6 mars à 07h45, modifié à 09h10`: the part after an update label is not the publication time. A copy
# may run two stamps together (`Published March 8, 2027Updated …`, `06:30 UhrAktualisiert …`): a label right after a
# digit, or a capital right after a small letter, starts one.
_UPDATE_LABELS = "|".join(sorted({*F.UPDATED_LABELS, *UPDATE_WORDS}, key=len, reverse=True))
# (the label abbreviated with its full stop before the update's date: `Act. 30 nov`, `Akt. 12.03.`, `Upd. 9:40`)
UPDATED_TAIL = re.compile(r"[,;|·(]?\s*(?:\b|(?<=\d)|(?<=[a-zß-ÿ])(?-i:(?=[A-ZÀ-Þ])))(?:(?:" + _UPDATE_LABELS + r")\b"
                          r"|(?:act|actualiz|akt|aktual|atual|upd|agg|aggiorn|mod|bijgew)\.(?=\s*\d))", re.I)
# The reading time run into the date line behind a separator (`Pubblicato il 25 novembre 2026 — Tempo di lettura: 4
# minuti`, `March 4, 2027 · 4 min read`, `4. März 2027 | Lesezeit: 3 Min.`): not part of the date (its minutes are
# no time of day).
READING_TAIL = re.compile(r"\s*[-–—|·•,]\s*(?:(?:estimated )?(?:reading time|read time|lesezeit|lesedauer"
                          r"|tiempo de lectura|temps de lecture|tempo di lettura|tempo de leitura|leestijd|leesduur)\b"
                          r"|\d+\s*(?:min|minutes?|minuten|minutos|minuti)\.?\s+(?:read|de lectura|lesezeit|de lecture"
                          r"|di lettura|de leitura|leestijd|lezen)\b).*$", re.I)
# A time of day as the part after a date (`06:50 hs`, `17.45 Uhr`, `kl. 15.42`, `10h32`, `6:45 PM`, `6:05 a. m.`),
# its zone in capitals or spelled out (`9:12 AM ET`, `9:12 AM Eastern`, `18:05 hora local`, `18h05 heure de Paris`).
CLOCK_PART = re.compile(r"^(?:kl\.?\s*|klokken\s+|godz\.?\s*|um\s+|à\s+|às\s+|a las\s+|at\s+|alle\s+|ore\s+)?"
                        r"\d{1,2}[:.h]\d{2}\s*(?:uhr|h|hs|hrs|horas|ore|am|pm|a\.\s?m\.|p\.\s?m\.)?\.?"
                        r"(?:\s+(?:[A-Z]{2,5}|(?:eastern|central|mountain|pacific|atlantic)(?:\s+time)?|local time"
                        r"|hora local|hora de \w+|heure locale|heure de \w+|ortszeit|ora locale|hora oficial))?$",
                        re.I)


def find_published(lines: list[Line], labels: list[Label], zone: range, headline: int = -1) -> datetime | None:
    """The publication date: a `Published` dateline first, then a bare date (the first under the headline, else
    the one nearest it), then an `Updated` one; with only an update in the header, a `Published` line after the
    story (some sites print it there). A time without a day (`Updated 11:42 p.m. ET`) dates nothing."""
    found: dict[str, datetime] = {}
    bare_at, prose_under = -1, 0
    dayfirst = day_first(page_language(lines))  # `02/03/2027` is 2 March on a Portuguese page, February 3 in the US
    for i in zone:
        prose_under += bool(found) and labels[i].cls == PROSE
        if prose_under > T.HEADER_DATE_MAX_PROSE_UNDER:
            break  # the story's paragraphs under the header's date: a date among them is the story's own
        kind, when = _dated(lines, labels, i, dayfirst)
        # A bare date above the headline may be the masthead's (today's date): the one nearest the headline. Under
        # it, the first: sites print the publication first, an update after it (in words no table may hold); an
        # earlier day after it is the publication all the same (`Stand: 10.03.` then `Erstmals: 09.03.`), as
        # nothing is updated before it is published.
        if when and (kind not in found or (kind == "bare" and (
                bare_at <= headline or _earlier(when, found[kind])))):
            found[kind] = when
            bare_at = i if kind == "bare" else bare_at
    if not found and any(labels[i].kind == "time" and F.RELATIVE_TIME.match(lines[i].text) for i in zone):
        return None  # the header dates the story by its age (`2 hours ago`): a date below it is a listed story's
    if "published" not in found and "bare" not in found:
        for i in range(zone.stop, len(lines)):
            kind, when = _dated(lines, labels, i, dayfirst)
            # (with no date above the story, a bare date right under a byline that signs it below, or under its
            # role line: `Ana Ruiz` / `Toledo, 20/11/2026 - 13:47` in an author box, `Jane Doe` / `Resources
            # reporter` / `Nov 30, 2027 – 5.42pm`)
            signed = labels[i - 1] == _BYLINE or (i >= 2 and labels[i - 1].kind == "role" and labels[i - 2] == _BYLINE)
            if when and (kind == "published" or (kind == "bare" and not found and signed)):
                return when
            if when and kind == "updated" and not found:
                # with no date above the story, its `Stand:` / `Updated` line under it is the only date the
                # page gives the story (a programme's airing date beside it dates the broadcast, not the page)
                found["updated"] = when
    return found.get("published") or found.get("bare") or found.get("updated") or found.get("event")


# The words a clock time may carry (`09:22 Uhr`, `6.30 pm`, `20.15 uur`).
_CLOCK_WORDS = re.compile(r"\b(?:uhr|uur|h|hrs|am|pm)\b", re.I)


def date_under_story(lines: list[Line], labels: list[Label], end: int) -> datetime | None:
    """With no date in the header: a date alone on its line (perhaps with a clock) right under the story's last
    paragraph, where a blog post signs and dates itself (`Benni` / `10. September 2017`). No other word: an event's
    day (`Zaterdag 14 maart 2027` over its venue, `Bis 10. September 2026`) dates the event (review s33c). Only a
    sentence or a name's few words may stand between: a headline's line over the date is a listed story's (review
    holdout290: `Ferry fleet ‘close to breaking point’, Orkney councillors told` / `12 October 2026`)."""
    dayfirst = day_first(page_language(lines))
    for i in range(end, min(len(lines), end + T.DATE_UNDER_STORY_LINES)):
        kind, when = _dated(lines, labels, i, dayfirst)
        # (or the byline that signs the story there carries its date: `Written by Grant Tinsley, PhD on April 29, 2018`)
        if when and kind == "bare" and (labels[i].kind == "byline"
                                        or words_besides_date(_CLOCK_WORDS.sub(" ", lines[i].text)) == 0):
            return when
        if not lines[i].full_stop and lines[i].words > T.BARE_NAME_MAX_WORDS:
            return None
    return None


# A date opening the story's first paragraph, set apart from its first sentence: by a dash or a bar (`29.11.2022 –
# Mehrfach und vehement …`), in brackets (`(21. November 2022) Energieverbraucher …`), perhaps after the place it was
# written in (`Wien, 14. Dezember 2021 – Aufgrund …`): a press release's or a blog's dateline. Its year is written.
_LEDE_DATE = re.compile(r"^(?:(?P<place>[A-ZÀ-Þ][\w.'’-]*(?:\s[A-ZÀ-Þ][\w.'’-]*){0,2}),\s+)?(?:(?P<open>[(\[])\s*)?"
                        r"(?P<when>[^–—|()\[\]]{6,40}?)\s*(?(open)[)\]]\s*(?:[-–—|:]\s+)?|\s[-–—|]\s+)(?=\S)")
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\d{1,2}\.\d\d\b")


def date_opening_story(lines: list[Line], labels: list[Label], start: int, end: int) -> datetime | None:
    """With no date in the header: the date the story's first paragraph opens with (_LEDE_DATE), or its second's
    (under a standfirst read as the story's first paragraph)."""
    paragraphs = [i for i in range(start, end) if labels[i].cls in (PROSE, NEAR)][:T.LEDE_DATE_PARAGRAPHS]
    for i in paragraphs:
        if (m := _LEDE_DATE.match(lines[i].text)) and starts_with_date(m["when"]) and _WRITTEN_YEAR.search(m["when"]):
            return parse_date(m["when"], day_first(page_language(lines)))
    return None


# A clip's length in minutes, the whole part (`3:12 min`, `4:05 Min.`), no time of day (`09:12, actualizado hace 20
# min` is one).
_LENGTH = re.compile(r"^\s*\d{1,2}:\d{2}\s*min\b", re.I)


def lone_date_label(text: str) -> str | None:
    """A date's label alone on its line (`Published`, `Updated`, `Veröffentlicht`, `Actualizado`), or None."""
    m = UPDATE_LABEL.match(text) or PUBLISH_LABEL.match(text)
    return text.strip(" :") if m and m.end() >= len(text.rstrip(" :")) and len(text.split()) <= 2 else None


def _clock_before_update(part: str) -> str:
    """The next part of a date line up to an update run into it (`12.03.2027 | 13:05 actualizado a las 15:20`: the
    publication's time, then the update's)."""
    text = _before_bracket(part)
    head = UPDATED_TAIL.split(text, maxsplit=1)[0].rstrip(" ,;-–—")
    return head if head and CLOCK_PART.match(head) else text


def _earlier(when: datetime, than: datetime) -> bool:
    """An earlier day, or the same day at an earlier time when both show one (a date without a time is no
    earlier than the same date with one)."""
    if when.date() != than.date():
        return when.date() < than.date()
    if when.time() == _MIDNIGHT or than.time() == _MIDNIGHT or (when.tzinfo is None) != (than.tzinfo is None):
        return False  # (an aware and a naive time do not compare)
    return when < than


_MIDNIGHT = datetime.min.time()
# A date under a label that may be another event's (`Released: 5 February 2027` in an album's details, `Premiere: 3
# March`, `Kick-off: Saturday 15:00`): the page's date only when the header shows no other (a press release's own
# `Released: 12 March 2027 09:14`).
_OTHER_EVENT = re.compile(r"^(?:released|release date|out|premiere|première|opening|opens|on sale|deadline|kick-off"
                          r"|erscheint|erschienen|sortie|estreno|lanzamiento|uscita|lançamento)\s*:", re.I)
_BYLINE = Label(META, "byline")
# `Stand: 09.11.2027, 14:20 Uhr` (de: "as of"): the state the page shows, an update when a publication date stands
# beside it, the only date otherwise.
_AS_OF = frozenset({"stand"})


def _dated(lines: list[Line], labels: list[Label], i: int, dayfirst: bool | None = None,
           ) -> tuple[str, datetime | None]:
    """("published" | "updated" | "bare", the date) that line i shows, or ("", None)."""
    label, text = labels[i], F.READING_HEAD.sub("", lines[i].text)
    if i + 1 < len(lines) and lines[i + 1].part and not _LENGTH.match(lines[i + 1].text) \
            and (m := CLOCK_PART.match(_clock_before_update(lines[i + 1].text))):
        # `5 marzo 2027 | 09:12`, `… · 06:50 hs`: the time is the next part (a clip's `3:12 min` is its length)
        text = f"{text} {m.group()}"
    elif lines[i].part and i >= 1 and CLOCK_PART.match(lines[i - 1].text) and not re.search(r"\d[:h]\d\d", text):
        text = f"{text} {lines[i - 1].text}"  # `06:30 · 4 March 2027`: the time is the part before
    # (a date line with its reading time run in may be read as the reading time's line: `Publicado el 4 de marzo de
    # 2027 - 5 min de lectura`)
    if label.cls == META and label.kind == "date" and i > 0 and (lone := lone_date_label(lines[i - 1].text)):
        text = f"{lone} {text}"  # `Published` / `9 February 2027, 07:12 GMT`: the label over its date
    if ((label.cls == META and label.kind == "dateline") or label.kind == "reading time") \
            and (m := F.DATELINE.match(text)):
        kind = "updated" if m["label"].lower() in F.UPDATED_LABELS or m["label"].lower() in _AS_OF else "published"
        text = m["when"]
    elif (label.cls == META and label.kind in ("date", "byline")) or (
            label.cls in (SHORT, NEAR) and lines[i].words <= T.HEADER_LINE_MAX_WORDS) or (
            label.kind == "disclosure" and lines[i].words <= T.DATE_LINE_MAX_WORDS):  # `Originally published …`
        # `Millau, publié le 04/03/2027 à 06:30`, `Publisert: 04.03.27 15:42`: labels the table above lacks
        text = _after_name(text) if label.kind == "byline" else _bracketed_date(text)
        if (place := PLACE_BEFORE_LABEL.match(text)) and (UPDATE_LABEL.match(rest := text[place.end():])
                                                         or PUBLISH_LABEL.match(rest)):
            text = rest
        if m := UPDATE_LABEL.match(text):
            kind, text = "updated", text[m.end():]
        elif m := PUBLISH_LABEL.match(text):
            kind, text = "published", text[m.end():]
        elif label.cls == META:
            kind = "event" if _OTHER_EVENT.match(text) else "bare"
        else:
            return "", None
    else:
        return "", None
    if kind == "published" and (first := _clock_then_update(text, dayfirst)):
        return "published", first
    if kind == "updated" and (m := _PUBLISHED_CLOCK.search(text)) and m.start() > 0 \
            and looks_like_date(m["clock"], clock=False):
        return "published", parse_date(m["clock"], dayfirst)  # `Updated …, 4 March - Published 3 March 2027`
    clock = _published_clock(lines, i, text) if kind == "updated" else None
    if clock:
        text = text[:clock.start()]
    # `04/03/2027 05:01 Atualizado 04/03/2027 09:30`: the update after the date is not the date
    when = _before_bracket(UPDATED_TAIL.split(READING_TAIL.sub("", text))[0])
    if not looks_like_date(when, clock=False):
        return "", None
    moment = parse_date(when, dayfirst)
    if moment is None and (lead := leading_date(when)):
        moment = parse_date(lead, dayfirst)  # a blog theme's writer or comment count after the date
    if clock and moment and (at := _clock(clock["clock"])):
        return "published", _published_before(moment, at)
    return kind, moment


# `Updated 09:00, 4 March 2027 - Published 06:30`, `Aggiornato alle 09:00 del 4 marzo 2027 - Pubblicato alle 06:30`:
# after the update, behind a separator, the publication's time of day alone (its day is the update's, or the one
# before).
_PUBLISHED_CLOCK = re.compile(r"\s*(?:[-–—|·•,;/]\s*)?\b(?:" + PUBLISH_WORD.pattern + r")(?P<clock>\S.{0,30})$",
                              re.I)
_CLOCK = re.compile(r"(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})\s*(?P<half>am|pm|a\.\s?m\.|p\.\s?m\.)?", re.I)


def _published_clock(lines: list[Line], i: int, text: str) -> re.Match[str] | None:
    """The publication's time alone after an update on line i (or on the next line, which says nothing else:
    `Updated 09:00 4 March 2027 | Published 06:30`, or before it in one compound line); the match starts where the
    update's own text ends."""
    m = _PUBLISHED_CLOCK.search(text)
    if m and m.start() > 0 and CLOCK_PART.match(m["clock"].strip()):
        return m
    if i + 1 < len(lines) and (m := _PUBLISHED_CLOCK.match(lines[i + 1].text)) \
            and m.start() == 0 and CLOCK_PART.match(m["clock"].strip()):
        return _PUBLISHED_CLOCK.search(f"{text} | {lines[i + 1].text}")
    if lines[i].part and (m := _PUBLISHED_CLOCK.match(lines[i - 1].text)) and CLOCK_PART.match(m["clock"].strip()):
        return _PUBLISHED_CLOCK.search(f"{text} | {lines[i - 1].text}")  # `Publié à 06h30 | Mis à jour le …`
    return None


def _clock_then_update(text: str, dayfirst: bool | None) -> datetime | None:
    """`Published 06:30 - Updated 09:00, 4 March 2027` (the label gone): the publication's time alone, then the
    update with its day."""
    if not (m := UPDATED_TAIL.search(text)) or not CLOCK_PART.match(text[:m.start()].strip(" -–—|·•,;/")):
        return None
    rest = UPDATE_LABEL.sub("", text[m.start():].lstrip(" -–—|·•,;/("))
    updated = parse_date(rest, dayfirst) if looks_like_date(rest, clock=False) else None
    at = _clock(text[:m.start()])
    return _published_before(updated, at) if updated and at else None


def _clock(text: str) -> time | None:
    """`06:30`, `6.30 pm`, `06h30` -> the time of day."""
    if not (m := _CLOCK.search(text)):
        return None
    hour, minute = int(m["hour"]), int(m["minute"])
    if m["half"]:
        hour = hour % 12 + (12 if m["half"].lower().startswith("p") else 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _published_before(updated: datetime, at: time) -> datetime:
    """The publication at the time `at` on the update's day, or on the day before when that time is later than the
    update's (a story is published before it is updated)."""
    published = updated.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if updated.time() != _MIDNIGHT and at > updated.time().replace(tzinfo=None):
        published -= timedelta(days=1)
    return published


# A labelled date in brackets at the end of a header line: `HMJ 2027; 384: n612 (Published 04 March 2027)`,
# `Rapport n° 12 (publié le 4 mars 2027)`, `Heft 3 (aktualisiert am 4.3.2027)`.
_BRACKETED_DATE = re.compile(r"[(\[]\s*(?P<inner>(?:" + PUBLISH_WORD.pattern + "|" + UPDATE_LABEL.pattern[1:]
                             + r")[^()\[\]]{4,60}?)\s*[)\]]\.?$", re.I)


# A bracket opened after a date that holds a day of its own (`14 ottobre 2027 (modifica il 14 ottobre …`,
# `4 March 2027 [rev. 5 March 2027]`): whatever word opens it, a second day in brackets qualifies the first (an
# update, a print edition), so the date is the part before it. (`4 March 2027 (10:30 GMT)` keeps its time.) The
# bracket may be full-width (`2026年11月13日 17:24（2026年11月13日 19:05更新）`).
_OPEN_BRACKET = re.compile(r"\s*[(\[（［]")


def _before_bracket(text: str) -> str:
    """The text before a bracket that holds a second day, when what stands before it is a date or a time."""
    m = _OPEN_BRACKET.search(text)
    if not m or m.start() == 0 or not looks_like_date(text[m.end():], clock=False):
        return text
    head = text[:m.start()]
    return head if looks_like_date(head) else text


def _bracketed_date(text: str) -> str:
    """The labelled date a header line ends with in brackets, else the line; a line that opens with its own date
    keeps it (`06 mars 2027 – 17:05 (mis à jour le 07 mars …)`: the bracket holds the update)."""
    m = _BRACKETED_DATE.search(text)
    if not m or not looks_like_date(m["inner"], clock=False) or looks_like_date(text[:m.start()], clock=False):
        return text
    return m["inner"]


def _after_name(text: str) -> str:
    """`Jane Doe, Funkhaus Berlin, 25.11.2026 06:12` -> the part from the date on; `Written by Jane Doe on March 4,
    2027 — Fact checked by X` -> the date alone."""
    if when := byline_date(text):
        return when
    parts = re.split(r"\s*[,|·•]\s*", text)
    for k, part in enumerate(parts):
        if looks_like_date(part) or re.search(r"\d", part):
            return ", ".join(parts[k:])
    return text
