"""The article's headline and standfirst, and what each header line is (byline, date line, player).

They are read from the page's header zone: the lines between the headline and the body start, and a few lines
above the headline. The author (authors.py), the section (sections.py), the date (published.py) and the photo
credit (credits.py) are read from the same zone in their own modules.
"""

from __future__ import annotations

import re

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import house
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.authors import (
    DESK_LINE,
    JOB,
    NAME_NOTE,
    agency_byline,
    masthead_again,
    source_agency,
    without_role,
)
from newsletter.ingest.scraped.bylines import (
    AND_WORDS,
    at_place,
    author_name,
    bare_byline_label,
    byline_author,
    byline_lead,
    clean_author,
    is_name,
    labelled_author,
    lead_in_author,
    names,
    names_language,
    person,
)
from newsletter.ingest.scraped.captions import (
    TWO_SENTENCES,
    captions_over_credits,
    credit_at_end,
    for_outlet,
    initials_row,
    title_case,
)
from newsletter.ingest.scraped.classify import KEY_VALUE, table_row
from newsletter.ingest.scraped.credits import (
    BRACKETED,
    COPYRIGHT,
    bracketed_credit,
    caps_name_credit,
    holds_caption,
    line_credit,
    under_graphic,
)
from newsletter.ingest.scraped.dates import NAMES_A_DAY, RELATIVE_DAY, looks_like_date, words_besides_date
from newsletter.ingest.scraped.labels import FURNITURE, MENU, META, NEAR, PROSE, SHORT, STOP, Label
from newsletter.ingest.scraped.lines import LIST_ITEM, WORD, Line, long_words, page_language
from newsletter.ingest.scraped.published import PUBLISH_LABEL, PUBLISH_WORD, UPDATE_LABEL, UPDATED_TAIL
from newsletter.ingest.scraped.required import Screened
from newsletter.ingest.scraped.sections import (
    DESK_SECTION,
    FOLLOW_BUTTON,
    SITE_SUFFIX,
    breadcrumb,
    menu_then_crumbs,
    not_a_section,
    site_names,
    trail_headline,
    you_are_here,
)

# Date labels by what they say, in more languages than the dateline table (no, da, sv, pl, fi too).
# (or a medium's or a genre's label in capitals set off with a dash or a bar: `VIDÉO - Chantier de la rue Léopold …`,
# `OPINION - …`, `EN DIRECT | …`; other capitals before a dash are the headline's own: `NASA – …`, `AJAX – PSV 2-2`)
_KICKER_PREFIX = re.compile(r"^(?:(?:[A-ZÀ-Þ]{2,}[!]?\s?){1,3}\s?:|(?-i:VID[EÉ]O|V[IÍ]DEO|PHOTOS?|FOTOS?|EN IMAGES"
                            r"|IN PICTURES|AUDIO|PODCAST|EN DIRECT|DIRECT|LIVE|OPINION|OPINI[OÓ]N|ANALYSE|ANALYSIS"
                            r"|INTERVIEW|EXCLUSIF|EXCLUSIVE|EXCLUSIVO|EXKLUSIV|INFOGRAPHIE|DOCUMENT|ENQU[EÊ]TE"
                            r"|REPORTAGE|REPORTAJE|PORTRAIT|T[EÉ]MOIGNAGE|CHRONIQUE|[EÉ]DITO|[EÉ]DITORIAL|KOMMENTAR"
                            r"|ANALISI|INCHIESTA|INTERVISTA)\s[-–—|])\s+(?P<rest>.+)$")
# A tabloid's pun tag in capitals run into the headline without a colon (`GULL-TY AS CHARGED Seagull swiped …`,
# `SCHOCK IM ZOO Löwe entkommt …`): two to four words in capitals, one of them a word (four letters or more, not
# an acronym), then the headline's own capitalised first word and a word in lower case.
_RUN_IN_KICKER = re.compile(r"^(?P<tag>(?:[‘'\"“]?[A-ZÀ-Þ][A-ZÀ-Þ'’-]*[!?]?[’'\"”]?\s+){2,4})"
                            r"(?P<rest>[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+\S*[a-zß-ÿ].*)$")
_SITE_PREFIX = re.compile(r"^(?P<site>(?:[^|\-–—:·•]|(?<=\w)-(?=\w)){2,40}?)\s+(?P<sep>[|·•])\s+(?P<title>.+)$")


# The header lines the headline stands above: bylines, the issuing body of a press release, dates and times
# (a time alone, last here, only joins a cluster: in a live blog it stamps an entry).
_HEADER_KINDS = ("byline", "issuer", "dateline", "date", "time")


def find_headline(lines: list[Line], labels: list[Label], body_start: int) -> int | None:
    """The headline: the line a `Headline | Site` line repeats, else the first headline-shaped line above the
    header cluster (bylines, dates, standfirst)."""
    if (repeated := _repeated_title(lines, labels, body_start)) is not None:
        return repeated
    run: list[int] = []  # consecutive text lines passed (a headline and standfirst both ending in a full stop)
    # The headline stands above the byline and date: what lies between them and the body (a photo and its
    # caption, an audio player) is not looked at.
    top = max(-1, body_start - 1 - T.HEADLINE_WINDOW)
    sites = site_names(lines, body_start)
    cluster = _story_cluster(lines, labels, body_start, top)
    # German capitalises its nouns: a sentence in it has most long words capitalised, Title Case tells nothing
    nouns_capped = page_language(lines) in _NOUNS_CAPITALISED
    for i in range(cluster - 1, top, -1):
        line, label = lines[i], labels[i]
        if _under_header_box(lines, labels, i) or _fact_box_line(lines, i) or _strip_result(lines, i):
            run = []
            continue
        # (a breadcrumb is the section's line: it closes a run, as furniture does)
        text_line = label.cls in (SHORT, NEAR, PROSE) and not F.is_ui(line.text) and not line.part \
            and not breadcrumb(line.text)
        if not text_line and (head := _run_head(lines, run)) is not None:
            return head  # the top of a headline + standfirst pair, both ending in a full stop
        run = [*run, i] if text_line else []
        if label.cls == PROSE and line.words <= T.HEADLINE_MAX_WORDS and title_case(line.text) and not nouns_capped \
                and i + 1 < body_start and labels[i + 1].cls in (SHORT, NEAR, PROSE, META):
            return i  # a Title Case headline that ends in a full stop
        if _asks_or_exclaims(lines, labels, i) or _two_sentence_headline(lines, labels, i):
            return i  # `Will the ferry run all night?`, `Brookmoor Foods cuts its dividend. Here's what we got wrong.`
        if len(run) <= 1 and (_lone_link_over_cluster(lines, labels, i, top) or _capitals_over_date(lines, labels, i)):
            return i
        if label.cls not in (SHORT, NEAR) or F.is_ui(line.text) or line.part or LIST_ITEM.match(line.text) \
                or line.text.lower() in sites:  # the site's name under its logo
            continue
        if (kicked := _under_capitals(lines, labels, i, body_start)) is not None:
            return kicked
        if line.headline and (line.words < T.STANDFIRST_MIN_WORDS
                              or (_under_capitals_kicker(lines, labels, i) and _long_headline(lines, labels, i))) \
                and not _labels_a_box(lines, labels, i) and not breadcrumb(line.text):
            return _above_player(lines, labels, i, top)
        if line.words == 2 and not line.full_stop and _heads_cluster(lines, labels, i, body_start) \
                and not DESK_SECTION.match(line.text) and not lines[i + 1].part:
            # (`Noticias locales` over the byline: the section; `Round 8 | Comets 98 def. Sharks 91 | Venue`, the
            # first of a strap's parts under the headline: the fixture's label, no headline of two words)
            # a two-word magazine headline right above its standfirst or byline, or a kicker over a long headline
            return _long_headline_under(lines, labels, i, body_start) or i
    if (under := _under_cluster(lines, labels, cluster, body_start)) is not None:
        return under
    # No headline shape above the body (an article-like copy starting with a long title): the first text line that
    # is no breadcrumb; with none, a headline-shaped line taken for a date line (`Ferry strike called for 9 March
    # 2027`).
    # (indexes compared with None: the first line's is 0)
    for found in (next((i for i in range(body_start) if labels[i].cls in (SHORT, NEAR, PROSE) and lines[i].words >= 2
                        and not breadcrumb(lines[i].text)), None),
                  next((i for i in range(body_start) if labels[i].kind == "date" and _headline_like(lines[i])
                        and words_besides_date(lines[i].text) >= T.HEADLINE_MIN_WORDS), None)):
        if found is not None:
            return found
    return _item_over_cluster(lines, labels, cluster)


# A sentence ending on a figure, the next opening with a capital (`… plans for 2027. Here's what's changing.`).
_FIGURE_END = re.compile(r"(?<=\d)[.!?]\s+[A-ZÀ-Þ]")


def _two_sentence_headline(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`Employers are quietly rewriting their 401(k) plans for 2027. Here's what's changing.`: a headline's length in
    two sentences, the second a few words (T.KICKER_MAX_WORDS + 2), over the byline or date within two lines, and
    under no paragraph or line of two words or more (a standfirst of two sentences stands under its headline,
    `GLASS FLOWERS`)."""
    line = lines[i]
    ends = list(TWO_SENTENCES.finditer(line.text)) + list(_FIGURE_END.finditer(line.text))
    if i == 0 or labels[i].cls not in (PROSE, NEAR) or line.words > T.HEADLINE_MAX_WORDS or len(ends) != 1 \
            or not line.text.endswith((".", "?", "!")):
        return False
    second = line.text[ends[0].end() - 1:]
    # (a label ending in its number over it, `Free Issue No. 412`, is the issue's, no headline)
    above = labels[i - 1].cls in (PROSE, NEAR) or (labels[i - 1].cls in (SHORT, MENU)
                                                    and not lines[i - 1].text[-1:].isdigit()
                                                    and lines[i - 1].words >= 2)
    return len(second.split()) <= T.KICKER_MAX_WORDS + 2 and not above \
        and any(labels[k].cls == META for k in range(i + 1, min(len(lines), i + 3)))


def _long_headline(lines: list[Line], labels: list[Label], j: int) -> bool:
    """A headline of a standfirst's length (`El precio del aceite se desploma … almacenamiento privado`, 22 words, no
    full stop) over a standfirst of its own, longer still: a standfirst without a full stop stands under its headline,
    not over another standfirst. Asked under a kicker (`CRISIS EN EL OLIVAR`, `Reportagem especial`): without one, a
    line that long is the standfirst."""
    line = lines[j]
    return line.headline and line.words >= T.STANDFIRST_MIN_WORDS and j + 1 < len(lines) \
        and labels[j + 1].cls in (PROSE, NEAR, SHORT) and lines[j + 1].words > line.words


def _under_capitals_kicker(lines: list[Line], labels: list[Label], i: int) -> bool:
    """Line `i` stands right under a kicker in capitals (a short headline over its standfirst is not written so)."""
    return i > 0 and labels[i - 1].cls == SHORT and lines[i - 1].words <= T.KICKER_MAX_WORDS \
        and lines[i - 1].text.isupper()


def _long_headline_under(lines: list[Line], labels: list[Label], i: int, body_start: int) -> int | None:
    """Under a two-word kicker (`Reportagem especial`, `Große Reportage`), past any furniture, a long headline
    (`_long_headline`); a magazine's two-word headline stands right over its standfirst."""
    j = next((k for k in range(i + 1, body_start) if labels[k].cls != FURNITURE), body_start)
    return j if j + 1 < body_start and _long_headline(lines, labels, j) else None


def _under_capitals(lines: list[Line], labels: list[Label], kicker: int, body_start: int) -> int | None:
    """A kicker in capitals (`RURAL CARE`, `FINDERS SQUAWKERS`, `ZORG OP HET PLATTELAND`) over a headline-sized line
    that has more of the header under it before the byline: a longer standfirst, or the lead photo's caption. That
    line is the headline, even ending in a full stop (`A Kansas hospital saved itself by closing its beds. Now …`);
    a headline in capitals stands right over its standfirst, and the byline under that."""
    if not lines[kicker].text.isupper() or lines[kicker].words > T.KICKER_MAX_WORDS or lines[kicker].full_stop:
        return None
    j = next((k for k in range(kicker + 1, body_start) if labels[k].cls != FURNITURE), body_start)
    line = lines[j] if j < body_start else None
    if line is None or not T.HEADLINE_MIN_WORDS <= line.words <= T.HEADLINE_MAX_WORDS \
            or labels[j].cls not in (SHORT, NEAR, PROSE) or line.part or LIST_ITEM.match(line.text) \
            or (line.full_stop and _capitals_headline(lines[kicker].text)):
        return None
    k = next((k for k in range(j + 1, body_start) if labels[k].cls != FURNITURE), body_start)
    if k < body_start and ((labels[k].kind == "caption" and not line.full_stop) or (
            labels[k].cls in (SHORT, NEAR, PROSE) and lines[k].words > line.words and k + 1 < body_start
            and labels[k + 1].cls == META)):
        return j
    return None


def _capitals_headline(text: str) -> bool:
    """Capitals of four words or more, three of them words of four letters or more (`HEATWAVE GRIPS SOUTHERN
    EUROPE`, `LA MAIRIE FERME TROIS ÉCOLES`): a headline of their own, not a kicker (`ZORG OP HET PLATTELAND`)."""
    words = text.split()
    return len(words) >= 4 and sum(len(w.strip(".,:;!?'’\"“”‘-")) >= 4 for w in words) >= 3


def _run_head(lines: list[Line], run: list[int]) -> int | None:
    """The headline of a run of text lines closed above (by furniture or a breadcrumb), `run` listed upwards: its
    top line when it heads a standfirst. A kicker of a word or two on top (`GANADERÍA`, `Wasserwirtschaft`) is
    no headline: it labels the headline under it, which is then the top."""
    if len(run) >= 3 and lines[run[-1]].words < T.HEADLINE_MIN_WORDS and not lines[run[-1]].sentence:
        run = run[:-1]
    if len(run) >= 2 and (_headline_like(lines[run[-1]]) or (
            T.HEADLINE_MIN_WORDS <= lines[run[-1]].words < lines[run[-2]].words <= T.STANDFIRST_MAX_WORDS
            and not LIST_ITEM.match(lines[run[-1]].text))):
        return run[-1]
    return None


def _above_player(lines: list[Line], labels: list[Label], i: int, top: int) -> int:
    """The headline for the headline-shaped line i: the top of its block, or the headline above the player when
    line i (or the top of its block, a player's title labelled with its medium, `Audio: …`, over a standfirst) is
    the player's title or a kicker under it."""
    over = _over_player(lines, labels, i, top)  # (an index: 0 is a line)
    if over is None and (block := _top_of_block(lines, labels, i)) != i and _MEDIA_LABEL.match(lines[block].text):
        over = _over_player(lines, labels, block, top)
        if over is None:
            return block
    return _top_of_block(lines, labels, over if over is not None else i)


def _under_header_box(lines: list[Line], labels: list[Label], i: int) -> bool:
    """The line under a box of figures' rows set between the standfirst and the byline (a score box: `HOME 312 &
    4-187` / `AWAY 198` / `Home need 9 runs to win`; `Lions 2` / `Tigers 1` / `Full time`; a market box: `DAX
    18.412 +0,4 %` / `Handel ausgesetzt`): the box's status or result line, not the headline, which stands above
    the standfirst. (A ticker strip over the headline has no standfirst sentence above it.)"""
    if labels[i].cls not in (SHORT, NEAR, PROSE):
        return False
    top = i
    while top > 0 and _box_row(lines, labels, top - 1):
        top -= 1
    return i - top >= T.TABLE_MIN_ROWS and top > 0 and labels[top - 1].cls in (PROSE, NEAR) \
        and lines[top - 1].full_stop and lines[top - 1].words > T.KICKER_MAX_WORDS


def _strip_result(lines: list[Line], i: int) -> bool:
    """A match's result alone (`Kilbrack 2-21 St Fionán's 1-19`) that a results strip above shows as its last part
    (`Cork SHC Final | FT | Kilbrack 2-21 St Fionán's 1-19`): the report's score box repeating the strip, not its
    headline, which stands above it. (A report headlined with the bare result, shown in no strip, keeps it.)"""
    text = lines[i].text
    if not F.RESULT_LINE.match(text):
        return False
    # (the strip's row kept whole, or split at its bars: the result is then a part of its own)
    return any((line.part and line.text == text) or (
        line.text.endswith(text) and line.text[:-len(text)].rstrip()[-1:] in ("|", "·", "•", "–", "—"))
        for line in lines[:i])


def _fact_box_line(lines: list[Line], i: int) -> bool:
    """A line of a box of `Label: value` rows between the byline and the story (`Filer: …` / `Form: …` / `Shares:
    …`, `Ort: …` / `Dauer: …` / `Kosten: …`), or the box's heading right over it (`Filing summary`, `Auf einen
    Blick`): a fact box, not the headline."""
    def row(k: int) -> bool:
        return 0 <= k < len(lines) and KEY_VALUE.match(lines[k].text) is not None and not lines[k].sentence

    first = i + 1 if not row(i) and not lines[i].full_stop and lines[i].words <= T.KICKER_MAX_WORDS else i
    if not row(first):
        return False
    top, bottom = first, first
    while row(top - 1):
        top -= 1
    while row(bottom + 1):
        bottom += 1
    return bottom - top + 1 >= T.FACT_BOX_MIN_ROWS


def _box_row(lines: list[Line], labels: list[Label], k: int) -> bool:
    """A row of a box of figures: read so, or shaped so where it was taken for a menu (`Lions 21 14 28 17 80`: the
    digits count as capitals)."""
    return labels[k].kind == "table" or (labels[k].cls in (MENU, SHORT) and table_row(lines[k]))


def _item_over_cluster(lines: list[Line], labels: list[Label], cluster: int) -> int | None:
    """The story's headline taken for the last item of a link list pasted tight over it (`Related` / `Home / Travel`
    / headline / `By …`): with no other line to be the headline, the item right over the byline and date is it (a
    page is never without its headline, and a list's item never has the story's byline under it)."""
    i = cluster - 1
    if i >= 0 and labels[i].kind == "related item" and lines[i].headline and not breadcrumb(lines[i].text):
        return i
    return None


def _story_cluster(lines: list[Line], labels: list[Label], body_start: int, top: int) -> int:
    """The top of the header cluster nearest above the body; past a live blog's entry stamp (a date line whose
    shape recurs below it: each entry is stamped alike) or an entry's byline (`Posted by X` under the entry's
    stamp, recurring so below) to the story's own byline and date above it."""
    near = next((k for k in range(body_start - 1, top, -1) if labels[k].cls == META
                 and labels[k].kind in _HEADER_KINDS[:-1]), body_start)
    cluster = _cluster_top(lines, labels, near, top)
    if near >= body_start:
        return cluster
    # (an entry's byline: the story's header stands above the entry's stamp, not the stamp over the headline of a
    # story dated above its headline, its byline under it)
    entry = cluster if _entry_stamp(lines, labels, near) else _entry_byline(lines, labels, near)
    if entry is not None:
        others = _entry_lines(lines, labels, near, entry) if entry != cluster else set()  # earlier entries
        above = next((k for k in range(entry - 1, top, -1) if labels[k].cls == META
                      and labels[k].kind in _HEADER_KINDS[:-1] and k not in others), None)
        if above is not None:
            return _cluster_top(lines, labels, above, top)
    return cluster


def _shape(text: str) -> str:
    """A line's shape: each word `a`, each number `0`, the punctuation kept (`2:31 p.m. ET, March 12` ->
    `0:0 a.a. a, a 0`)."""
    return re.sub(r"\d+", "0", re.sub(r"[^\W\d_]+", "a", text))


def _entry_stamp(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A date line with at least LIVE_BLOG_MIN_STAMPS more date lines of its shape below it."""
    if labels[i].kind not in ("date", "dateline", "time"):
        return False
    shape, seen = _shape(lines[i].text), 0
    for k in range(i + 1, len(lines)):
        if labels[k].kind in ("date", "dateline", "time") and _shape(lines[k].text) == shape:
            seen += 1
            if seen >= T.LIVE_BLOG_MIN_STAMPS:
                return True
    return False


# A byline, or one that classify already took for a live entry's signature under its stamp (`attribution`).
_ENTRY_SIGNED = ("byline", "attribution")


def _entry_byline(lines: list[Line], labels: list[Label], i: int) -> int | None:
    """The stamp over a live blog entry's byline (`Posted by X`, `Publié par X`, `Gepostet von X`) at line i: a
    time or date line over it (the entry's headline between them), with at least LIVE_BLOG_MIN_STAMPS more stamped
    bylines of the same lead-in below it; or None. The story's own byline and date stand further up."""
    if labels[i].kind not in _ENTRY_SIGNED or (stamp := _stamp_over(labels, i)) is None \
            or (lead := byline_lead(lines[i].text)) is None:
        return None
    seen = sum(1 for k in range(i + 1, len(lines)) if labels[k].kind in _ENTRY_SIGNED
               and _stamp_over(labels, k) is not None and byline_lead(lines[k].text) == lead)
    return stamp if seen >= T.LIVE_BLOG_MIN_STAMPS else None


def _entry_lines(lines: list[Line], labels: list[Label], byline: int, stamp: int) -> set[int]:
    """The bylines (of the entry byline's lead-in) and stamps of the entries above the entry whose byline is at
    line `byline`: the body may start at a later entry than the first."""
    lead, out = byline_lead(lines[byline].text), set()
    for k in range(stamp):
        if labels[k].kind in _ENTRY_SIGNED and (over := _stamp_over(labels, k)) is not None \
                and byline_lead(lines[k].text) == lead:
            out |= {k, over}
    return out


def _stamp_over(labels: list[Label], i: int) -> int | None:
    """A time or date line at most LIVE_ENTRY_STAMP_LINES lines above line i (an entry's headline between)."""
    return next((j for j in range(i - 1, max(-1, i - 1 - T.LIVE_ENTRY_STAMP_LINES), -1)
                 if labels[j].kind in ("date", "dateline", "time")), None)


# Languages that capitalise every noun (jusText stoplist names).
_NOUNS_CAPITALISED = frozenset({"German", "Luxembourgish"})


def _over_player(lines: list[Line], labels: list[Label], i: int, top: int) -> int | None:
    """A kicker-sized line between an audio player (or a reading time) and the byline is the programme that aired
    the story or a kicker (`Heard on Morning Edition`, `Zu hören in …`), or the player's own title (`Evening news
    of 20.30 h`): the story's headline stands above its player, past the player's controls (`Download`,
    `Transcript`: furniture or lines of a word or two), and above its standfirst (find_headline goes up to it)."""
    titled = _airtime(lines[i].text) or _MEDIA_LABEL.match(lines[i].text)
    if lines[i].words > (T.PLAYER_TITLE_MAX_WORDS if titled else T.KICKER_MAX_WORDS):
        return None
    player = False
    for j in range(i - 1, max(top, i - 1 - T.PLAYER_MAX_LINES), -1):
        if labels[j].kind in ("audio player", "reading time") or _duration(lines[j]):
            player = True
        elif labels[j].cls == FURNITURE or (labels[j].cls in (SHORT, MENU) and lines[j].words <= 2
                                            and not lines[j].headline):
            continue
        elif not player or labels[j].cls not in (SHORT, NEAR) or not _headline_like(lines[j]) or lines[j].part \
                or lines[j].words <= lines[i].words or breadcrumb(lines[j].text) or F.is_ui(lines[j].text):
            return None
        else:
            return j
    return None


# A clip's medium labelling the player's title (`Audio: Morning News bulletin`, `Vídeo: Informativo Mediodía`,
# `Podcast : La Matinale`, `Hörbeitrag: Morgenmagazin`): the title names the clip, a headline never opens so.
_MEDIA_LABEL = re.compile(r"^(?:" + F.CLIP_WORDS + r"|hörbeitrag|radiobeitrag|sendung|émission|emisión|programa"
                          r"|programma|programme|program)\s?:\s+\S", re.I)


# When a programme aired: a time of day (`20.30 h`, `8:30 pm`, `20 Uhr`, `20h`) or a date.
_AIRTIME = re.compile(r"(?<![\d.,])\d{1,2}(?:[:.h]\d{2})?\s*(?:h|uhr|hrs|am|pm|a\.m\.|p\.m\.)(?!\w)"
                      r"|(?<![\d.,])\d{1,2}:\d{2}(?![\d.,])", re.I)


def _airtime(text: str) -> bool:
    """A player's title names when it aired (`Informativo de las 20.30 h`, `Journal de 20h`, `Morning Edition,
    March 4`): a longer line than a kicker under a player is its title only so."""
    return bool(_AIRTIME.search(text)) or looks_like_date(text, clock=False)


def _under_cluster(lines: list[Line], labels: list[Label], cluster: int, body_start: int) -> int | None:
    """No headline above the byline and date: a page that prints them first (`10.03.2027 – 07h40` / breadcrumb /
    headline / standfirst) has its headline under them, the last headline-shaped line before the body."""
    for i in range(body_start - 1, cluster, -1):
        line = lines[i]
        if labels[i].cls in (SHORT, NEAR) and line.headline and _headline_like(line) and not line.part \
                and not F.is_ui(line.text) and not breadcrumb(line.text) and not _date_line(line.text):
            return _top_of_block(lines, labels, i)
    return None


def _lone_link_over_cluster(lines: list[Line], labels: list[Label], i: int, top: int) -> bool:
    """A headline-shaped line taken for a link to another story (`Place : headline` between two sentences: a
    page note and the standfirst) standing alone right over the standfirst or byline: the headline. (A list of
    links has its label or other links above it.)"""
    return labels[i].cls == FURNITURE and labels[i].kind == "related item" and _headline_like(lines[i]) \
        and not lines[i].part and i > top + 1 and labels[i - 1].kind not in ("related item", "related") \
        and not (labels[i - 1].cls in (SHORT, NEAR) and lines[i - 1].text.endswith(":"))


def _capitals_over_date(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A headline taken for a menu by its capitals (German capitalises its nouns: `Werftarbeiter Kiel erhalten
    neue Tarifrunde`) right over the story's date line or byline: a word in lower case (its verb) says it is a
    sentence, not a row of menu items, and no menu stands right over the date. An English headline in Title Case
    says so by a headline's own punctuation (`Acme Freight: Margins Are Back (Upgrade)`)."""
    text = lines[i].text
    return labels[i].cls == MENU and i + 1 < len(lines) and labels[i + 1].cls == META \
        and labels[i + 1].kind in ("date", "dateline", "byline") and lines[i].words <= T.HEADLINE_MAX_WORDS \
        and not lines[i].part and not breadcrumb(text) \
        and (any(w[:1].islower() and w.isalpha() for w in text.split()[1:]) or bool(_HEADLINE_MARKS.search(text)))


# A headline's own punctuation, which no row of menu entries holds: a colon between its halves, a question or an
# exclamation, a bracketed tag at its end (`Acme: Margins Are Back (Upgrade)`, `Is The Boom Over?`).
_HEADLINE_MARKS = re.compile(r"[^\W\d_]{2}: [A-ZÀ-Þ\d]|[?!](?:\s+[A-ZÀ-Þ]|$)|\s\([^()]{3,40}\)$")


def _asks_or_exclaims(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A headline-sized question or exclamation (read as a sentence), unless a longer headline-shaped line stands
    right above it (then it is that headline's standfirst)."""
    line = lines[i]
    if labels[i].cls not in (PROSE, NEAR) or line.words > T.HEADLINE_MAX_WORDS or line.part \
            or not re.search(r"[?!][\"'”’»)]*$", line.text):
        return False
    j = i - 1
    while j >= 0 and labels[j].cls == FURNITURE:
        j -= 1
    return not (j >= 0 and labels[j].cls in (SHORT, NEAR) and lines[j].headline
                and lines[j].words > T.LABEL_MAX_WORDS)


def asks_over_story(lines: list[Line], labels: list[Label], start: int, end: int) -> bool:
    """The body's first line is the headline when nothing above it is one (the headline under the byline and date,
    `By Ana Ruiz` / `4 March 2027` / `Will the ferry run all night?`): a headline-sized question or exclamation
    (read as a sentence, so the body began on it) with the story's paragraphs under it, past any furniture (an audio
    player)."""
    return start + T.QUESTION_HEADLINE_MIN_BODY <= end and _asks_or_exclaims(lines, labels, start) \
        and not TWO_SENTENCES.search(lines[start].text) \
        and labels[next((k for k in range(start + 1, end) if labels[k].cls != FURNITURE), start)].cls in (PROSE, NEAR)


def _labels_a_box(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A headline-shaped line under a standfirst that stands under a headline-shaped line is the label of a box
    (`AI summary of this story`, `Key points`), not the headline."""
    # (A breadcrumb is no headline, and a note about the page itself, `This page includes an audio version of
    # the article.`, no standfirst.)
    return i >= 2 and labels[i - 1].cls == PROSE and lines[i - 1].full_stop \
        and labels[i - 2].cls == SHORT and lines[i - 2].headline and not lines[i - 2].part \
        and not breadcrumb(lines[i - 2].text) and not _about_page(lines[i - 1].text)


def _about_page(text: str) -> bool:
    """A sentence about the page itself or the reader's use of it (`This page includes an audio version of the
    article.`): a house note, not a story's standfirst."""
    return house.is_note(text, frozenset(), at_end=True)


def _cluster_top(lines: list[Line], labels: list[Label], cluster: int, top: int) -> int:
    """Up from the header line nearest the body to the first of its cluster (byline, role, credit, date lines,
    with at most CLUSTER_GAP other lines between them): the headline stands above all of them."""
    first, gap, over_headline, shaped = cluster, 0, False, cluster
    for j in range(cluster - 1, top, -1):
        if labels[j].cls == META and labels[j].kind in (*_HEADER_KINDS, "role", "credit"):
            if over_headline and (labels[j].kind in ("date", "dateline", "time") or _photo_over_label(
                    lines, labels, j, shaped, top)):
                break  # a date printed above the headline (`4 March 2027 · 3 min read` / headline / byline)
            first, gap = j, 0
        elif labels[j].cls == PROSE or gap == T.CLUSTER_GAP:
            break  # a standfirst above the byline, or the cluster is over
        else:
            gap += 1
            if labels[j].cls in (SHORT, NEAR) and lines[j].headline:
                over_headline, shaped = True, j
    return first


def _photo_over_label(lines: list[Line], labels: list[Label], credit: int, shaped: int, top: int) -> bool:
    """The lead photo's credit (its caption over it) printed above the story's label and headline (caption /
    credit / `Het Hogeland` / headline / byline): a label of a few words stands between the credit and the nearest
    headline-shaped line under it, so the photo block is over and the headline is not above it. (A credit right
    over a headline-shaped line may be a credit printed before its caption, or over the standfirst, within the
    header.) Only when nothing headline-shaped stands above the caption: under a headline, the photo, the label
    and a standfirst without its full stop (headline / caption / credit / `Transport` / standfirst / byline) are
    the header's, and the line over the byline is the standfirst, not the headline."""
    return labels[credit].kind == "credit" and shaped > credit + 1 and labels[credit + 1].cls in (SHORT, NEAR) \
        and lines[credit + 1].label and not any(labels[k].cls in (SHORT, NEAR) and lines[k].headline
                                                and not lines[k].label for k in range(top + 1, credit - 1))


def _repeated_title(lines: list[Line], labels: list[Label], body_start: int) -> int | None:
    """Pages often show the headline twice: in a `<title>`-like line with the site name, and as the headline
    (perhaps run together with the standfirst under it, when a hard-wrapped page was unwrapped)."""
    titles = _site_titles(lines, body_start)
    if not titles:
        return _title_line_again(lines, labels, body_start)
    for i in range(body_start - 1, max(-1, body_start - 1 - T.HEADLINE_WINDOW), -1):
        if titles.get(lines[i].text.lower(), i) != i or _runs_on(lines[i].text, titles, i) is not None:
            return i
    return None


def _runs_on(text: str, titles: dict[str, int], i: int) -> str | None:
    """The headline at the start of a longer line (`Headline The standfirst …`), when the page's title line
    (another line) names it."""
    for title, k in titles.items():
        if k != i and len(text) > len(title) + 1 and text[len(title)] == " " and text[:len(title)].lower() == title:
            return text[:len(title)]
    return None


def _site_titles(lines: list[Line], body_start: int) -> dict[str, int]:
    """The headlines that `Headline | Site` lines above the body name (lower case), with their line."""
    titles: dict[str, int] = {}
    for i in range(body_start):
        text = lines[i].text
        if lines[i].words > T.HEADLINE_MAX_WORDS + 6:
            continue
        if _over_site_path(lines, i) or _split_title_line(lines, i):
            titles.setdefault(text.lower(), i)
            continue
        for m in (SITE_SUFFIX.match(text), _SITE_PREFIX.match(text)):
            if m and len(m["site"].split()) <= T.SITE_MAX_WORDS and len(m["title"].split()) >= T.HEADLINE_MIN_WORDS:
                titles.setdefault(m["title"].strip().lower(), i)
                if section := title_section(m["title"], lines):
                    titles.setdefault(section[0].lower(), i)
    return titles


def _title_line_again(lines: list[Line], labels: list[Label], body_start: int) -> int | None:
    """The headline, when the page's first line is its `<title>` without a site name and shows again right over the
    header's byline or date (a standfirst at most between them): Title Case headlines read as a menu line, which no
    headline's place tells apart, and the repeat does. A kicker or slogan repeated from the first line stands higher,
    over the headline (other text lines between it and the byline)."""
    first = lines[0] if lines else None
    if first is None or not T.FIRST_LINE_TITLE_MIN_WORDS <= first.words <= T.HEADLINE_MAX_WORDS or first.full_stop \
            or breadcrumb(first.text) or F.kind_of(first.text) is not None:
        return None
    again = next((k for k in range(body_start - 1, max(0, body_start - T.HEADLINE_WINDOW), -1)
                  if lines[k].text == first.text), None)
    if again is None:
        return None
    header = next((m for m in range(again + 1, body_start)
                   if labels[m].cls == META and labels[m].kind in ("byline", "date", "dateline")), None)
    between = sum(labels[m].cls in (SHORT, NEAR, PROSE) for m in range(again + 1, header)) if header else None
    return again if between is not None and between <= 1 else None


def _split_title_line(lines: list[Line], i: int) -> bool:
    """A `Headline | Site` line with a short headline (`The Night Shift Nursery | Basin & Range`), split at its bar as
    a compound line: two parts alone, the first of a headline's words, the second a site name's few words without a
    number that the page shows again as a line of its own (its masthead)."""
    # (a compound line's first part is not marked: the parts after it are)
    if lines[i].part or lines[i].words < T.HEADLINE_MIN_WORDS or i + 1 >= len(lines) or not lines[i + 1].part \
            or (i + 2 < len(lines) and lines[i + 2].part):
        return False
    site = lines[i + 1]
    if site.words > T.SITE_MAX_WORDS or re.search(r"\d", site.text) \
            or not any(line.text == site.text and not line.part for line in lines[i + 2:]):
        return False
    # a section's label repeated over a headline of its own and the byline (`Crime and Courts | Kingston Herald`,
    # masthead, `Crime and Courts`, `Man jailed for …`, `By …`): the title line names the section, not the headline
    k = next((k for k in range(i + 2, len(lines)) if lines[k].text == lines[i].text and not lines[k].part), None)
    return k is None or not (lines[k].label and k + 2 < len(lines) and lines[k + 1].headline
                             and not lines[k + 1].sentence and F.BYLINE.match(lines[k + 2].text))


def title_section(title: str, lines: list[Line]) -> tuple[str, str] | None:
    """`Headline | Farming` left of the site's name in a title line (`Headline | Farming | Site`, `Titular -
    Bogotá - SITE`): the headline and the section the title line files it under, when the page shows that
    label as a line of its own (a menu entry or the section label); a headline's own second half (`Fähre auf
    Grund – 140 Passagiere in Sicherheit`) is no line of the page."""
    if not (m := SITE_SUFFIX.match(title)) or len(m["site"].split()) > T.LABEL_MAX_WORDS \
            or len(m["title"].split()) < T.HEADLINE_MIN_WORDS:
        return None
    label = m["site"].strip()
    return (m["title"].strip(), label) if any(line.text == label for line in lines) else None


def _over_site_path(lines: list[Line], i: int) -> bool:
    """`Headline | Site.de - Nachrichten - Site Region`, split at its bar (the part after it too long for a bare
    site name): line i is the headline when the one part after it is the site's name with its section path,
    segments joined by dashes, each a site name's few words without a number."""
    if lines[i].part or lines[i].words < T.TITLE_LINE_MIN_WORDS or i + 1 >= len(lines) or not lines[i + 1].part \
            or (i + 2 < len(lines) and lines[i + 2].part):
        return False
    segments = re.split(r"\s+[-–—]\s+", lines[i + 1].text)
    return 2 <= len(segments) <= T.SITE_SUFFIX_MAX_SEGMENTS and all(
        1 <= len(s.split()) <= T.SITE_MAX_WORDS and not re.search(r"\d", s) for s in segments)


def after_standfirst(lines: list[Line], labels: list[Label], headline: int, start: int, end: int) -> int:
    """The body start, moved past a standfirst (`_past_standfirst`), then past unlabelled summary points."""
    return _past_tight_points(lines, labels, _past_standfirst(lines, labels, headline, start, end), end)


def _past_tight_points(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """Key points without their label (`Key takeaways` left out of the paste) at the top of the story: on a page
    whose story paragraphs are set apart by blank lines, two or more one-sentence lines pasted tight together,
    then (perhaps past the lead photo's caption) a longer paragraph set apart, and the paragraphs after it set apart
    too. A story's own paragraphs are
    pasted the way the page pastes all of them: a tight run of short sentences above spaced paragraphs is a box."""
    j = start + 1
    while j < end and not lines[j].blank_before:
        j += 1
    points = range(start, j)
    if len(points) < T.TIGHT_POINTS_MIN or any(
            labels[k].cls not in (PROSE, NEAR) or not lines[k].full_stop or lines[k].words > T.SUMMARY_ITEM_MAX_WORDS
            or TWO_SENTENCES.search(lines[k].text) for k in points):
        return start
    after = [k for k in range(j, end) if labels[k].cls == PROSE][:T.TIGHT_POINTS_SPACED_AFTER]
    # (the lead photo may stand between the points and the story: its caption and credit, set apart)
    photo = after and all(labels[k].cls == META and labels[k].kind in ("caption", "credit") for k in range(j, after[0]))
    if len(after) < T.TIGHT_POINTS_SPACED_AFTER or not photo or lines[after[0]].words <= T.SUMMARY_ITEM_MAX_WORDS \
            or not all(lines[k].blank_before for k in after):
        return start
    return after[0]


def _past_standfirst(lines: list[Line], labels: list[Label], headline: int, start: int, end: int) -> int:
    """The body start, moved past a standfirst: the run's first paragraph when nothing but furniture stands
    between it and the headline, and a byline, date, photo or credit separates it from the next paragraph.
    A standfirst stands above the byline/date cluster: under it, the first paragraph is the story's unless it
    is a photo caption (a credit right under it, or a credit with no caption of its own right above it)."""
    if start >= end or lines[start].words > T.STANDFIRST_MAX_WORDS:
        return start
    if any(labels[i].cls == META and labels[i].kind in _HEADER_KINDS[:-1] for i in range(headline + 1, start)):
        moved = _after_caption(lines, labels, start, end)
        if moved == start and (past := _over_gallery_and_share_bar(lines, labels, start, end)):
            return past
        if moved == start and (_over_photo_under_date(lines, labels, headline, start, end)
                               or _over_player_and_photo(labels, start, end)
                               or _restated_over_photo(lines, labels, start, end)
                               or _teaser_over_share_bar(labels, start, end)
                               or _over_place_tag(lines, labels, start, end)
                               or _over_first_photo(lines, labels, headline, start, end)):
            return next(k for k in range(start + 1, end) if labels[k].cls in (PROSE, NEAR))
        return _over_tight_story(lines, labels, start, end) if moved == start else moved
    if any(labels[i].cls in (PROSE, NEAR) for i in range(headline + 1, start)):
        return start
    for k in range(start + 1, end):
        if labels[k].cls in (PROSE, NEAR):
            between = range(start + 1, k)
            # (a photo between: its caption or credit, or the lead gallery's counter, `Bild 1 von 3`)
            return k if any(labels[i].cls == META or labels[i].kind == "gallery" for i in between) else start
    return start


def _after_caption(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """The body start under the header cluster: past the first paragraph when it is a photo caption or a note
    about the page (`The audio version of this article is …`: a story does not open so)."""
    caption = len(lines[start].text) <= T.CAPTION_MAX_CHARS
    credit_below = caption and start + 1 < end and _credit_only(lines, labels, start + 1)
    top = start - 1  # (a credit split at its bar, `Jane Doe | CBN`: its first part)
    while top > 0 and lines[top].part and labels[top - 1].kind == "credit":
        top -= 1
    # (a caption stands alone in its block: a line set apart above and pasted tight over the next paragraph opens
    # the story's block, under a credit line that has no caption)
    # (a paragraph of more sentences than a caption holds is the story's, under a credit without a caption)
    # (nor one opening with a wire's dateline, `ERIE, Pa. — The pier …`: the story's first paragraph)
    caption = caption and len(TWO_SENTENCES.findall(lines[start].text)) + 1 < T.CAPTION_MAX_SENTENCES \
        and not _opens_with_dateline(lines[start].text)
    credit_above = caption and start >= 1 and _credit_only(lines, labels, start - 1) and not (
        _opens_tight_block(lines, labels, start, end)) and not (
        _closes_block_above(lines, top, start)) and not (
        captions_over_credits(labels, top)) and not (  # (on such a page the credit closes what is above it)
        top >= 1 and not lines[top - 1].part and (labels[top - 1].kind == "caption" or (
            labels[top - 1].cls in (SHORT, NEAR, PROSE) and lines[top - 1].words >= T.CAPTION_MIN_WORDS)))
    if credit_below or credit_above or _house_note_at(lines, labels, start, end) \
            or _over_datelined_story(lines, labels, start, end):
        return next((k for k in range(start + 1, end) if labels[k].cls in (PROSE, NEAR)), start)
    return start


def _closes_block_above(lines: list[Line], top: int, start: int) -> bool:
    """A credit pasted tight under the lines above it (the headline repeated as the photo's caption, a date) and
    set apart from the paragraph under it: it closes the photo block above, so the paragraph is not its caption
    (a caption under its credit is pasted in the credit's own block)."""
    return top >= 1 and not lines[top].blank_before and lines[start].blank_before


def _opens_tight_block(lines: list[Line], labels: list[Label], start: int, end: int) -> bool:
    return lines[start].blank_before and start + 1 < end and labels[start + 1].cls == PROSE \
        and not lines[start + 1].blank_before


def _house_note_at(lines: list[Line], labels: list[Label], start: int, end: int) -> bool:
    """The first paragraph is a note in the site's voice, unless the story is the organisation's own, told as `we`
    (house.speaks_as_we: its name and `our` are then the story's words)."""
    site = house.site_words(lines)
    if not house.is_note(lines[start].text, site, at_end=True):
        return False
    own = house.speaks_as_we([lines[k].text for k in range(start, end) if labels[k].cls in (PROSE, NEAR)])
    return not own or house.is_note(lines[start].text, site, at_end=True, own_voice=True)


def _over_datelined_story(lines: list[Line], labels: list[Label], start: int, end: int) -> bool:
    """A paragraph under the byline cluster over the first paragraph that opens with the story's dateline
    (`GLASGOW, Mont. — When …`, `AALEN (dpa) – …`), with the lead photo's caption or credit between: a dateline
    opens the story, so what stands above the photo is the standfirst (without the photo between, a place and a
    dash may open a later paragraph of the story)."""
    if _opens_with_dateline(lines[start].text):
        return False
    k = next((k for k in range(start + 1, end) if labels[k].cls in (PROSE, NEAR)), end)
    between = range(start + 1, k)
    return k < end and any(labels[j].kind in ("caption", "credit") for j in between) \
        and all(labels[j].cls in (META, SHORT, FURNITURE) for j in between) and _opens_with_dateline(lines[k].text)


# A player set under the lead photo (`Audio` over its programme and length), between it and the story.
_PLAYER_KINDS = frozenset({"audio player", "widget", "widget item"})
_GALLERY_KINDS = frozenset({"gallery", "gallery item"})


def _over_photo_under_date(lines: list[Line], labels: list[Label], headline: int, start: int, end: int) -> bool:
    """A paragraph between a date alone under the headline (no byline: the broadcaster names its authors after the
    story) and the lead photo's caption and credit, the story's paragraph right under the photo: the standfirst
    (`Vorspann`), set above the photo as a byline cluster's standfirst is set above the byline."""
    header = [labels[i].kind for i in range(headline + 1, start) if labels[i].cls == META]
    if not header or any(kind not in ("date", "dateline", "time") for kind in header):
        return False
    k = next((k for k in range(start + 1, end) if labels[k].cls in (PROSE, NEAR)), end)
    between = range(start + 1, k)
    if k < end and labels[k].cls == PROSE and between and all(labels[j].kind in _GALLERY_KINDS for j in between):
        return True  # the lead photo as a gallery (`Bildergalerie` / `Bild 1 von 6` / its caption and credit)
    return k < end and labels[k].cls == PROSE and any(labels[j].kind == "credit" for j in between) \
        and any(labels[j].kind == "caption" for j in between) \
        and all(labels[j].cls == META or labels[j].kind in _PLAYER_KINDS for j in between)


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}|\d[\d.,]*")


def _restated_over_photo(lines: list[Line], labels: list[Label], start: int, end: int) -> bool:
    """A paragraph under the byline cluster, then the lead photo's caption and credit, then a paragraph that says
    much the same again (`Call volume … jumped to eight times its average` / photo / `Option traders are making a
    bet …, with call volume … nearly eight times its average`): the standfirst, which restates the story's lede; a
    story's own first paragraph and the next one share few words."""
    k = next((k for k in range(start + 1, end) if labels[k].cls in (PROSE, NEAR)), end)
    between = range(start + 1, k)
    if k >= end or labels[k].cls != PROSE or not between or not all(labels[j].cls == META for j in between) \
            or not any(labels[j].kind == "caption" for j in between):
        return False
    words = {w.lower() for w in _CONTENT_WORD.findall(lines[start].text)}
    again = {w.lower() for w in _CONTENT_WORD.findall(lines[k].text)}
    return bool(words) and len(words & again) >= T.STANDFIRST_RESTATED_SHARE * len(words)


def _over_first_photo(lines: list[Line], labels: list[Label], headline: int, start: int, end: int) -> bool:
    """Under the byline cluster, no photo above, a paragraph of a sentence or two, then the page's first photo (its
    caption and its credit, the photographer named) and a longer paragraph under it: the standfirst set over the
    lead photo, the story opening under it (`Po ponad trzech godzinach …` / `Wtorkowa sesja … Fot. NAME` /
    `Uchwałę w sprawie …`). On a page whose standfirst stands over the byline (a line of a caption's length or more,
    not the header's), a paragraph over the photo is the story's first (a button or a short note there, `Comentar`,
    is passed over all the same)."""
    if any(labels[i].kind in ("caption", "credit", "gallery") for i in range(headline + 1, start)) \
            or len(TWO_SENTENCES.findall(lines[start].text)) >= 2:
        return False
    if lines[start].words >= T.FIRST_PHOTO_OPENING_MIN_WORDS and any(
            labels[i].cls in (PROSE, NEAR, SHORT) and lines[i].words >= T.CAPTION_MIN_WORDS
            for i in range(headline + 1, start)):
        return False
    k = next((k for k in range(start + 1, end) if labels[k].cls in (PROSE, NEAR)), end)
    between = range(start + 1, k)
    # (the lead photo is credited, on a line of its own or at its caption's end; a story's own photo under its
    # first paragraph may show a caption alone, and an embedded clip, `Video: NAME via X`, is no lead photo)
    return k < end and labels[k].cls == PROSE and lines[k].words > lines[start].words \
        and any(labels[j].kind == "caption" for j in between) and all(labels[j].cls == META for j in between) \
        and any(labels[j].kind == "credit" or _named_credit(lines[j].text) for j in between) \
        and not any(F.CLIP_LABEL.match(lines[j].text) for j in between)


def _named_credit(text: str) -> bool:
    """A caption closed by its photographer's credit, not in capitals (a pitch's button is: `… SABER MÁS`)."""
    credit = credit_at_end(text)
    return credit is not None and not credit.isupper()


def _over_player_and_photo(labels: list[Label], start: int, end: int) -> bool:
    """A paragraph under the byline and date, then the story's player and the lead photo's caption before the next
    paragraph (`chapô` / `Écouter le reportage · 1 min 48` / caption © credit / story): the player and the photo
    open the story, so the paragraph over them is the standfirst (a story's own paragraph holds no player under it
    before the photo)."""
    k = next((k for k in range(start + 1, end) if labels[k].cls in (PROSE, NEAR)), end)
    between = range(start + 1, k)
    return k < end and labels[k].cls == PROSE and len(between) >= 2 \
        and labels[start + 1].kind == "audio player" \
        and any(labels[j].kind == "caption" for j in between) \
        and all(labels[j].cls == META or labels[j].kind in _PLAYER_KINDS for j in between)


def _teaser_over_share_bar(labels: list[Label], start: int, end: int) -> bool:
    """Under the byline and the lead photo, a paragraph, then the share bar (`Artikel teilen` / `Facebook WhatsApp
    E-Mail`) before the next: the teaser set over the tools that open the story (a share bar stands between the
    header and the story, not between the story's paragraphs)."""
    if start < 1 or labels[start - 1].kind not in ("caption", "credit"):
        return False
    k = next((k for k in range(start + 1, end) if labels[k].cls in (PROSE, NEAR)), end)
    between = range(start + 1, k)
    return k < end and labels[k].cls == PROSE and len(between) >= 1 \
        and all(labels[j].cls == FURNITURE and labels[j].kind == "control" for j in between)


def _over_gallery_and_share_bar(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """Under the byline cluster, a paragraph with the lead gallery's counter right under it (`1 / 9`), the photo's
    one-line caption, then the share bar (`Share` / `Save` / a comment count): the gallery and the tools open the
    story, so the paragraph over them is the standfirst. The story's start is the paragraph under the share bar (0
    when the shape is not there); a share bar stands between the header and the story, not between paragraphs.
    A paragraph that says when (`… without power on Tuesday night after a storm …`) is the story's lede, over a
    gallery that opens mid-story."""
    if start + 2 >= end or labels[start + 1].kind != "gallery" or NAMES_A_DAY.search(lines[start].text):
        return 0
    tools = False
    for j in range(start + 2, min(end, start + 2 + T.GALLERY_SHARE_BAR_SPAN)):
        if labels[j].cls == FURNITURE and labels[j].kind == "control":
            tools = True
        elif labels[j].cls == PROSE and tools:
            return j if lines[j].blank_before else 0
        elif j == start + 2 and len(lines[j].text) <= T.CAPTION_MAX_CHARS and not TWO_SENTENCES.search(lines[j].text):
            continue  # (the photo's caption under its counter)
        elif not (labels[j].cls == META and labels[j].kind in ("caption", "credit")) \
                and not (tools and lines[j].words <= T.COUNTER_MAX_WORDS and not lines[j].blank_before):
            return 0
    return 0


def _over_place_tag(lines: list[Line], labels: list[Label], start: int, end: int) -> bool:
    """Under the byline cluster, a paragraph over the next one, which opens with the regional paper's place tag
    (`Hameln. Die Eisbahn …`, `Lörrach – Der Kreis …`, `Trento – Il Comune …`) with nothing but furniture between:
    the tag opens the story, so the paragraph above it that names no place is the teaser (a story tags its first
    paragraph only; a wire's capitals dateline may open a later section of the story, so it is no such sign)."""
    if _opens_with_dateline(lines[start].text) or F.PLACE_TAG.match(lines[start].text[:T.MATCH_CHARS]):
        return False
    k = next((k for k in range(start + 1, end) if labels[k].cls in (PROSE, NEAR)), end)
    return k < end and labels[k].cls == PROSE and all(labels[j].cls == FURNITURE for j in range(start + 1, k)) \
        and F.PLACE_TAG.match(lines[k].text[:T.MATCH_CHARS]) is not None


def _opens_with_dateline(text: str) -> bool:
    head = text[:T.MATCH_CHARS]
    return F.WIRE_DATELINE.match(head) is not None or F.AGENCY_DATELINE.match(head) is not None


def _over_tight_story(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """A lone paragraph set apart under the header cluster, over a story whose paragraphs are pasted tight (no blank
    line between them): a teaser or an uncredited photo caption, laid out apart from the story, not its opening
    (a story's first paragraph is pasted the way its others are)."""
    if not lines[start].blank_before or start + 1 >= end or not lines[start + 1].blank_before:
        return start
    k = next((k for k in range(start + 1, end) if labels[k].cls in (PROSE, NEAR)), end)
    tight = range(k + 1, k + T.TIGHT_STORY_MIN_PARAGRAPHS)
    if k + T.TIGHT_STORY_MIN_PARAGRAPHS > end or not lines[k].blank_before or labels[k].cls != PROSE \
            or any(labels[j].cls != PROSE or lines[j].blank_before for j in tight):
        return start
    return k


def _credit_only(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A line that is a photo credit and nothing else (`Photo: X`, `(Name / Outlet)`, `PHOTO NAME, OUTLET`)."""
    text = lines[i].text
    if under_graphic(lines, i) or holds_caption(text):
        return False  # a chart's source, or a credit with its own caption: the paragraph under it is the story's
    return (labels[i].cls == META and labels[i].kind == "credit") or bracketed_credit(text) is not None \
        or line_credit(text) is not None or (labels[i].kind == "caption" and BRACKETED.match(text) is not None) \
        or (labels[i].cls in (SHORT, MENU) and caps_name_credit(lines, i)) or _name_bar_outlet(lines, labels, i)


def _name_bar_outlet(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A credit split at its bars (`Jane Doe | Lumen Images`, `Jane Doe | Outlet | Agency`): a person's name,
    then one or two short capitalised names, nothing else on the line; a story's sentence or a menu of
    sections does not open with a person's name."""
    parts = [i]
    while parts[-1] + 1 < len(lines) and lines[parts[-1] + 1].part and len(parts) <= T.BAR_CREDIT_MAX_PARTS:
        parts.append(parts[-1] + 1)
    return not lines[i].part and 2 <= len(parts) <= T.BAR_CREDIT_MAX_PARTS and is_name(lines[i].text) \
        and all(labels[k].cls in (SHORT, MENU, META) and lines[k].words <= T.BARE_NAME_MAX_WORDS
                and all(w[:1].isupper() for w in lines[k].text.split()) for k in parts)


# A sentence end inside the line, another sentence after it (`… Euro. Für den …`; not `Dr. Who`, `U.S. Army`).


def _headline_like(line: Line) -> bool:
    return T.HEADLINE_MIN_WORDS <= line.words <= T.HEADLINE_MAX_WORDS and not LIST_ITEM.match(line.text) \
        and (not line.full_stop or title_case(line.text))


def _heads_cluster(lines: list[Line], labels: list[Label], i: int, body_start: int) -> bool:
    """The next line that is not page furniture is a standfirst or a byline."""
    for j in range(i + 1, body_start):
        if labels[j].cls == FURNITURE:
            continue
        standfirst = labels[j].cls in (PROSE, NEAR, SHORT) and lines[j].words > T.KICKER_MAX_WORDS
        return labels[j].kind == "byline" or standfirst
    return False


def _top_of_block(lines: list[Line], labels: list[Label], i: int) -> int:
    """Up through a block of headline-shaped lines (a standfirst, summary bullets) to its top, the headline; a
    stack of them under a breaking-news flag is a ticker of other stories' headlines over this one's."""
    bottom = i
    for _ in range(T.SUMMARY_MAX_LINES):
        above = _above_standfirst(lines, labels, i)
        if above == i:
            break
        i = above
    return bottom if _alert_stack(lines, i, bottom) else i


def _alert_stack(lines: list[Line], top: int, bottom: int) -> bool:
    """`BREAKING` / three headlines / this story's headline over its byline: three or more headline-shaped lines
    right under a breaking-news or live flag are the flag's ticker down to the last, which heads the byline (a
    headline under the flag stands over its standfirst, two lines)."""
    return bottom - top + 1 >= T.ALERT_STACK_MIN_LINES and top >= 1 \
        and _ALERT_FLAG.match(lines[top - 1].text.strip(" :|·•!")) is not None \
        and not any(lines[k].full_stop for k in range(top, bottom + 1))


def _above_standfirst(lines: list[Line], labels: list[Label], i: int) -> int:
    """A headline-shaped line right under a shorter headline-shaped line is its standfirst (a standfirst
    without a full stop); a label (kicker) above it is not a headline. A long line right above the cluster is
    likely a standfirst, even under a two-word headline; one over its own standfirst is the headline (the label
    above it is a kicker or a section)."""
    above = i - 1
    nearest = not (i + 1 < len(lines) and labels[i + 1].cls in (SHORT, NEAR, PROSE)
                   and lines[i + 1].words > T.KICKER_MAX_WORDS)
    while above >= 0 and labels[above].cls == FURNITURE and labels[above].kind in ("control", "widget"):
        if lines[above].text.lower().strip(" :|·•") in F.ACCOUNT_CONTROLS:
            return i  # (the site's account corner over it: the page's header, no headline, stands above)
        above -= 1
    if above >= 0 and labels[above].cls in (SHORT, NEAR, PROSE) and lines[above].words >= 2 \
            and lines[above].words <= T.HEADLINE_MAX_WORDS and not lines[above].part \
            and (not lines[above].full_stop or title_case(lines[above].text)) \
            and not lines[above].menu and not _date_line(lines[above].text) \
            and (lines[above].words > T.KICKER_MAX_WORDS
                 or T.LABEL_MAX_WORDS < lines[above].words < lines[i].words / T.STANDFIRST_RATIO
                 or (nearest and lines[i].words >= T.STANDFIRST_LIKELY_WORDS
                     and (lines[i].full_stop or not lines[above].label))
                 or (nearest and _sentences_under_title(lines, above, i))) \
            and not F.is_ui(lines[above].text) and not breadcrumb(lines[above].text) \
            and not menu_then_crumbs(lines[above]) and not _breaking_strip(lines, labels, above, i) \
            and not _headed_standfirst(lines, labels, above, i):
        return above
    return i


def _headed_standfirst(lines: list[Line], labels: list[Label], above: int, i: int) -> bool:
    """Line i stands over a standfirst sentence of its own (over the byline or date) and the line above it is no
    shorter: line i is the headline (a headline is shorter than its standfirst), the line above a strip over it
    (an offer, a promo, a menu: `Today's top offer: Earn 80,000 points with the X card — See rates & fees`). Or
    the line above is at most half as long: a kicker over the headline (`Tras un debate de cinco horas` over a
    headline of 15 words, its standfirst and the byline)."""
    # (line i longer than a kicker: a section label set under the headline is no headline, `Transport & Cities`)
    if not (i + 2 < len(lines) and labels[i + 2].cls == META
            and lines[i + 1].words > lines[i].words > T.KICKER_MAX_WORDS):
        return False
    if lines[above].words >= lines[i].words:
        return labels[i + 1].cls == PROSE and lines[i + 1].full_stop
    # (a standfirst of two sentences, its last perhaps without a full stop)
    # (or one of a standfirst's length without its full stop: `Unidade de R$ 4,8 milhões vai processar … catadores
    # do Norte de Minas`, 26 words)
    return T.KICKER_RATIO * lines[above].words <= lines[i].words and labels[i + 1].cls in (PROSE, SHORT) \
        and (lines[i + 1].full_stop or TWO_SENTENCES.search(lines[i + 1].text) is not None
             or lines[i + 1].words >= T.STANDFIRST_MIN_WORDS)


# A breaking-news or live flag alone on its line.
_ALERT_FLAG = re.compile(r"^(?:" + F.ALERT_FLAGS + r")$", re.I)


def _breaking_strip(lines: list[Line], labels: list[Label], above: int, i: int) -> bool:
    """A breaking-news strip over the story's header (`BREAKING` / another story's headline): the line under
    the flag is that other story's headline, not this one's, when line i stands over a standfirst sentence of its
    own (a headline and its standfirst are complete without it), or when the flag opens the line (`BREAKING:
    Eastbound I-90 closed after semi crash`), the page lists that headline again among other stories, and the story
    speaks of line i's subject, not of the flagged one's."""
    if above >= 1 and _ALERT_FLAG.match(lines[above - 1].text.strip(" :|·•!")) and i + 1 < len(lines) \
            and labels[i + 1].cls in (PROSE, NEAR) and lines[i + 1].full_stop:
        return True
    if not (m := _FLAGGED.match(lines[above].text)) or not any(line.text == m["rest"] for line in lines):
        return False  # (the flagged headline shown again on the page, in a list of other stories)
    lede = next((k for k in range(i + 1, min(len(lines), i + T.HEADLINE_WINDOW)) if labels[k].cls == PROSE
                 and lines[k].words >= T.GOOD_MIN_WORDS), None)
    story = long_words(lines[lede].text) if lede is not None else set()
    return bool(long_words(lines[i].text) & story) and not long_words(m["rest"]) & story


# An alert's flag opening a line, another story's headline after it (`BREAKING: …`, `Eilmeldung | …`).
_FLAGGED = re.compile(r"^(?:" + F.ALERT_FLAGS + r")\s*[:|–—-]\s+(?P<rest>\S.{8,})$", re.I)


def _sentences_under_title(lines: list[Line], above: int, i: int) -> bool:
    """Line i holds two sentences or more (`Die Stadt zahlt 4 Millionen. Radfahrer bekommen eine Spur`): a
    standfirst in any language, under the shorter line above it, its title (`Jagstbrücke fertig`). The line above
    is a title only if it has words of its own: not a label the page shows elsewhere (a menu entry, a section),
    not a generic step (`News`), not the page's own name."""
    title, text = lines[above], lines[i].text
    if not TWO_SENTENCES.search(text) or title_case(text) or title.words < T.TITLE_OVER_STANDFIRST_MIN_WORDS \
            or title.words >= lines[i].words or title.text.lower() in F.GENERIC_CRUMBS:
        return False
    shown = title.text.lower()
    return not any(line.text.lower() == shown for k, line in enumerate(lines) if k != above)


# A paid story's marker set before its headline: the Nordic sites' subscriber plus (`+ Tre ferjer innstilt …`), a
# lock; a headline's own sign opens on its figure (`+5 °C in December`).
_PAID_PREFIX = re.compile(r"^(?:\+|🔒|🔐)\s+(?=[^\W\d_])")


def clean_title(title: str, lines: list[Line], headline: int) -> str:
    """Drop a ` | Site`, ` - Site`, ` – Site` or ` : Site` suffix (or a `Site | ` prefix) when the site name is
    a site name: short, and (for `-` and `:`, which headlines also use) shown elsewhere on the page; drop a
    capitalised kicker prefix (`EXCLUSIVE: `, `EILMELDUNG: `); keep only the last step of a breadcrumb run into the
    headline (`sections.trail_headline`); drop a paid story's marker before it (`+ Tre ferjer …`)."""
    title = _PAID_PREFIX.sub("", trail_headline(title) or title)
    if (run_on := _runs_on(title, _site_titles(lines, headline), headline)) is not None:
        return run_on
    if (titled := _title_line_over_standfirst(lines, headline)) is not None:
        return titled
    if (m := _KICKER_PREFIX.match(title) or _run_in_kicker(title)) and len(m["rest"].split()) >= T.HEADLINE_MIN_WORDS \
            and not _capitals_topic(title[:m.start("rest")], m["rest"]) \
            and not _columnist_prefix(title[:m.start("rest")], lines, headline):
        title = m["rest"]
    for m in (SITE_SUFFIX.match(title), _SITE_PREFIX.match(title)):
        if not m or len(m["site"].split()) > T.SITE_MAX_WORDS or len(m["title"].split()) < T.HEADLINE_MIN_WORDS:
            continue
        if (m["sep"] in "|·•" and m.re is SITE_SUFFIX) or _shown_elsewhere(m["site"].strip(), title, lines):
            return m["title"].strip()
    return title.strip(" |")


def _capitals_topic(prefix: str, rest: str) -> bool:
    """A headline set in capitals throughout opens on its topic before the colon (`AMOKLAUF IN HEIDELBERG: RUFE NACH
    …`, `ORSO MARSICANO: 2019 …`): words of the headline. One word there is a kicker all the same (`EXCLUSIVE: …`,
    `EXCLUSIF : …`, `ULTIM'ORA: …`: review s33a)."""
    return rest.isupper() and len(prefix.strip(" :").split()) > 1


def _columnist_prefix(prefix: str, lines: list[Line], headline: int) -> bool:
    """`MANDLA NKOSI: Johannesburg's taps run dry …` over `By Mandla Nkosi`: the capitals before the colon name the
    writer the byline under the headline names, the columnist's name the headline is set with, not a kicker."""
    name = prefix.strip(" :").casefold()
    if len(name.split()) < 2:
        return False
    return any((who := byline_author(lines[k].text)) and who.casefold() == name
               for k in range(headline + 1, min(len(lines), headline + 1 + T.COLUMNIST_BYLINE_REACH)))


def _run_in_kicker(title: str) -> re.Match[str] | None:
    """`_RUN_IN_KICKER` with a word of its own in the tag (`BREAKING NEWS`, not `UK EU` or `NHS GP`)."""
    m = _RUN_IN_KICKER.match(title)
    if not m:
        return None
    words = [w.strip("‘'\"“’”!?-") for w in m["tag"].split()]
    # a pun tag opens on a word of its own (`SCHOCK IM ZOO`, `QUELLE FRAYEUR`): capitals that open on an article, an
    # acronym or a place's first word (`A NASA Probe`, `WHO UNICEF Warn`, `AS ROMA Esonerato`, `NEW YORK Mayor`)
    # are the headline's own
    return m if len(words[0]) >= 4 and (len(words) >= 3 or len(words[1]) >= 4 or re.search(r"[!-]", m["tag"])) \
        else None


def _title_line_over_standfirst(lines: list[Line], headline: int) -> str | None:
    """A copy that missed the headline itself: the line taken for it is a standfirst's length, and the page's first
    line is its `Headline | Site` title line with a shorter headline that no other line shows: that one."""
    if lines[headline].words < T.STANDFIRST_LIKELY_WORDS or headline == 0 or not lines:
        return None
    m = SITE_SUFFIX.match(lines[0].text)
    if not m or m["sep"] not in "|·•" or len(m["site"].split()) > T.SITE_MAX_WORDS \
            or F.kind_of(m["title"].strip()) is not None:
        return None  # (a consent notice and its button on one line, `… aceptás su uso. | Entendido`, is no title)
    title = m["title"].strip()
    if not T.HEADLINE_MIN_WORDS <= len(title.split()) < lines[headline].words:
        return None
    shown = title.lower()
    return None if any(shown in line.text.lower() for line in lines[1:]) else title


def _shown_elsewhere(site: str, title: str, lines: list[Line]) -> bool:
    """The site name stands on another line of the page (its logo, menu or copyright line), not only in
    copies of the headline."""
    needle, whole = site.lower(), title.lower()
    # (on a short line that is no sentence, or a copyright line: a story's sentence naming a place, `… Kalamaria –
    # White Tower …`, shows a route's end, not the site's name)
    return any(needle in head and whole not in head for head in (
        line.text[:T.MATCH_CHARS].lower() for line in lines
        if (line.words <= T.HEADER_LINE_MAX_WORDS and not line.full_stop)
        or COPYRIGHT.search(line.text[:T.MATCH_CHARS])))


def relabel_header(lines: list[Line], labels: list[Label], body_start: int) -> None:
    """Bylines the line classes missed, found by shape (bylines.py): `Av A og B`, `Escribe: X`, `Eine Reportage
    von X`, `By state political reporter X`; a line of names above a name with its role; a name above a bio
    that opens with it (`Reto Caduff` / `Reto Caduff ist Wirtschaftsredaktor …`)."""
    for i in range(max(0, body_start - T.HEADLINE_WINDOW), body_start):
        text = lines[i].text
        if _relabel_path_or_label(lines, labels, i, body_start):
            continue
        if labels[i].kind == "date" and _headline_with_date(lines[i]):
            labels[i] = Label(SHORT)
        if _duration(lines[i]) and labels[i].kind not in ("credit", "caption"):
            # not a headline, and no gap in the header cluster (a credit naming the site `12 Minutes` stays one)
            labels[i] = Label(FURNITURE, "reading time")
            continue
        if labels[i].cls in (SHORT, NEAR) and _relative_dateline(text):
            labels[i] = Label(META, "date")
            continue
        elif labels[i].cls == FURNITURE and labels[i].kind == "related item" and (
                _names_over_roles(lines, labels, i) or byline_author(text)):
            labels[i] = Label(META, "byline")  # names over their roles or a byline, taken for a list of links
            continue
        elif (labels[i].cls in (SHORT, NEAR, FURNITURE) or (labels[i].cls == PROSE
                                                             and lines[i].words <= T.DATE_LINE_MAX_WORDS)) \
                and (_dated_then_updated(text) or _updated_then_dated(text)):
            # too long for a date line, taken for a link in a list, or for a short sentence by its full stop and
            # its stopwords (`15 abr 2027 . Actualizado a las 08:47 h.`)
            labels[i] = Label(META, "date")
            continue
        elif labels[i].kind == "editing credit" and ";" not in text and byline_author(text):
            labels[i] = Label(META, "byline")  # `Reporting by X` alone in the header: the story's byline
            continue
        elif labels[i].cls in (SHORT, NEAR) and _writer_box(lines, labels, i):
            continue
        elif labels[i].cls in (SHORT, NEAR) and (_among_controls(lines, labels, i) or _in_tool_bar(lines, labels, i)) \
                and not person(text):  # (no button is a person's name: the writer's, over a link to their profile)
            labels[i] = Label(FURNITURE, "control")  # `Gift this article`, `Ajouter à ma liste`: a button
            continue
        elif labels[i].cls not in (SHORT, NEAR, MENU) or lines[i].words > T.HEADER_LINE_MAX_WORDS:
            continue  # (a byline of capitalised names on a page in another language may look like a menu)
        if byline_author(text) or _names_over_roles(lines, labels, i) or _named_in_bio(lines, i) \
                or _named_over_contact(lines, i) or _people(text, lines) or _outlet_byline(lines, i) \
                or _name_dash_outlet(lines, i):
            labels[i] = Label(META, "byline")
    _relabel_names_and_credits(lines, labels, body_start)
    _relabel_strips(lines, labels, body_start)
    _captions_under_date(lines, labels, body_start)


def _captions_under_date(lines: list[Line], labels: list[Label], body_start: int) -> None:
    """The lead photo's caption between the header's date line and the photo's labelled credit (headline / `Updated /
    2 Dec 2026 17:52` / caption / `Image: Agency / Name` / byline): a line of text pasted there, headline-shaped
    though it is, is the caption; the headline stands over the date line."""
    for i in range(max(2, body_start - T.HEADLINE_WINDOW), body_start - 1):
        if labels[i].cls in (SHORT, NEAR) and labels[i + 1] == Label(META, "credit") \
                and F.CREDIT.match(lines[i + 1].text) and labels[i - 1].cls == META \
                and labels[i - 1].kind in ("date", "dateline") \
                and labels[i - 2].cls == SHORT and lines[i - 2].headline:
            labels[i] = Label(META, "caption")


def _relabel_names_and_credits(lines: list[Line], labels: list[Label], body_start: int) -> None:
    """Header lines told by what stands beside them: a bare name beside the date (the byline), the newsroom under
    it, the wires beside the date, a credit beside the caption or the byline."""
    for i in range(max(0, body_start - T.HEADLINE_WINDOW), body_start):
        if _credit_by_caption(lines, labels, i, body_start):
            labels[i] = Label(META, "credit")
        elif ((labels[i].cls == SHORT and (person(_before_place(lines[i].text)) or _capitals_name(lines[i])
                                           or _name_and_job(lines[i].text) or masthead_again(lines, i)))
              or (labels[i].cls in (SHORT, MENU) and _names_listed(lines, i))) \
                and _beside_date(lines, labels, i):
            # (the outlet's station beside the byline is its reporter's newsroom, as a desk line is)
            labels[i] = Label(META, "role" if _station_line(lines, i) else "byline")
        elif labels[i].cls == SHORT and i > 0 and labels[i - 1] == Label(META, "byline") \
                and _masthead_repeated(lines, i) and _beside_date(lines, labels, i):
            labels[i] = Label(META, "role")  # `Jane Doe` / `Coastline 7 News` / date: the newsroom she writes for
        elif labels[i].cls in (SHORT, META) and labels[i].kind in ("", "credit") and _beside_date(lines, labels, i) \
                and (agency_byline(lines[i].text) or source_agency(lines[i].text)):
            # the wires beside the date (`site.es / AGENCIAS`, `Quelle: dpa`), taken for a credit by their shape
            labels[i] = Label(META, "byline")
        elif _credit_over_byline(lines, labels, i):
            labels[i], labels[i + 1] = Label(META, "credit"), Label(META, "byline")
        elif _credit_over_caption(lines, labels, i) or (labels[i].cls in (SHORT, NEAR) and line_credit(lines[i].text)):
            labels[i] = Label(META, "credit")  # (a labelled credit the line classes missed: `Credit...Jane Doe`)


def _relabel_path_or_label(lines: list[Line], labels: list[Label], i: int, body_start: int) -> bool:
    """A menu run into the path, taken for a caption by its `Name / Outlet` end (`… Obituaries e-Edition Local News
    / Agriculture`): a menu; a byline's label over its name (`Article rédigé par` / `X avec AGENCY`): a byline."""
    if labels[i].kind == "caption" and menu_then_crumbs(lines[i]):
        labels[i] = Label(MENU)
        return True
    # (a byline word in lower case right under a name is that name's role, `Sanna-Maria Kela` / `toimittaja`, over the
    # next name and its own role, `Joonas Heikkilä` / `kuvaaja`: no label over the name below it)
    if labels[i].cls in (SHORT, NEAR, MENU) and bare_byline_label(lines[i].text) and i + 1 < body_start \
            and not (lines[i].text[:1].islower() and i > 0 and person(lines[i - 1].text)) \
            and labels[i + 1].cls in (SHORT, NEAR, MENU, META) and labelled_author(lines[i + 1].text):
        labels[i] = labels[i + 1] = Label(META, "byline")
        return True
    return False


def _relabel_strips(lines: list[Line], labels: list[Label], body_start: int) -> None:
    """Header strips read line by line for what they are: a `Section · date · Name` line's section, and a news
    ticker (time-stamped headlines of other stories, stacked under their label) which is furniture."""
    for i in range(max(0, body_start - T.HEADLINE_WINDOW), body_start):
        if _label_before_dated_name(lines, labels, i):
            labels[i] = Label(SHORT)  # the section's label, not a second byline
        elif _ticker_item(lines, labels, i) and (
                (i + 1 < body_start and _ticker_item(lines, labels, i + 1))
                or (i > 0 and labels[i - 1] == Label(FURNITURE, "ticker"))):
            labels[i] = Label(FURNITURE, "ticker")
            top = i - 1  # (the ticker's label right above its first item: `Flash infos`, `Eilmeldungen`)
            if top >= 0 and labels[top].cls in (SHORT, NEAR, MENU) and lines[top].words <= T.LABEL_MAX_WORDS \
                    and not lines[top].sentence and not lines[i].blank_before:
                labels[top] = Label(FURNITURE, "ticker")


# A ticker's item: a clock time, then another story's headline (`14:05 Bourse: le SMI termine en hausse`, `9:41 AM
# Storm closes the coast road`); a headline's words, no sentence of a story.
_TICKER_ITEM = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h))?\s+[^\W\d_]", re.I)


def _ticker_item(lines: list[Line], labels: list[Label], i: int) -> bool:
    """(taken for a time stamp by its clock perhaps: what follows the clock is then no day of the calendar)"""
    if lines[i].part or not T.HEADLINE_MIN_WORDS <= lines[i].words <= T.HEADLINE_MAX_WORDS \
            or not (m := _TICKER_ITEM.match(lines[i].text)):
        return False
    return labels[i].cls in (SHORT, NEAR, PROSE) or (
        labels[i].kind in ("date", "time") and not looks_like_date(lines[i].text[m.end() - 1:], clock=False))


def _label_before_dated_name(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`Northern Cape · 19 November 2026 · Jane Doe`, `Politique | 4 mars 2027 | Léa Fortin`: one header line of
    three parts, a bare name-shaped label, the date, a bare name. Sites print the section first and sign last;
    the first part, taken for a name by its capitals, is the section."""
    if lines[i].part or i + 2 >= len(lines) or not (lines[i + 1].part and lines[i + 2].part) \
            or (i + 3 < len(lines) and lines[i + 3].part):
        return False
    return labels[i] == Label(META, "byline") and labels[i + 1].kind in ("date", "dateline") \
        and labels[i + 2] == Label(META, "byline") and not F.BYLINE.match(lines[i].text) \
        and not F.BYLINE.match(lines[i + 2].text) and lines[i].words <= T.LABEL_MAX_WORDS


def _outlet_byline(lines: list[Line], i: int) -> bool:
    """`By: Orbis 24 with Interpress`, `Por Canal 9`: a byline word before the site's own name, which the page
    shows alone on a line above (its masthead), a number in it or not: the outlet is the author."""
    if not (m := F.BYLINE.match(lines[i].text)) or not (who := author_name(m["who"])):
        return False
    return any(line.text == who for line in lines[:i])


_NAME_DASH = re.compile(r"^(?P<who>[^-–—|,:]+?)\s+[-–—]\s+(?P<outlet>[^-–—|]+)$")


def _name_dash_outlet(lines: list[Line], i: int) -> bool:
    """`Jane Doe - Site`, `Ana Ruiz – Radio Sur`: a person's name, a dash, then the site's own name and nothing
    more, as its masthead at the top of the page or its copyright line shows it: the byline with the outlet the
    reporter writes for (a menu's `Opinion - Letters` names no person; a place after the dash is no site's name). A
    headline of that shape (`Tom Hart — Eastbrook Gazette editor for 30 years`, more words after the site's name;
    or the name and the site alone near a byline of the page's own, `By Anna Smith`) is no byline."""
    if not (m := _NAME_DASH.match(lines[i].text)) or not person(m["who"]):
        return False
    outlet = m["outlet"].strip().casefold()
    words = {w.lower() for w in re.findall(r"\w[\w+-]*", m["outlet"])}
    site = house.site_words(lines)
    named = any(re.match(re.escape(outlet) + r"(?!\w)", line.text.casefold())
                for line in lines[:min(i, T.MASTHEAD_TOP_LINES)]) or bool(site and words and words <= site)
    window = range(max(0, i - T.SECTION_WINDOW), min(len(lines), i + T.SECTION_WINDOW + 1))
    return named and not any(k != i and byline_author(lines[k].text) for k in window)


def _station_line(lines: list[Line], i: int) -> bool:
    """`MBN Riverina`, `XBC Nordheim`: a line opening with the site's initials (those of its copyright line's
    name, `© 2027 Mulga Broadcasting Network`), or with the site's name when that name is itself the initials
    and a reporter's byline follows (`NBS Health` / `By health reporter Jane Doe` under `© 2027 NBS`), names the
    outlet's station or desk, not a person (alone, the desk signs the story)."""
    first = lines[i].text.split(maxsplit=1)[0]
    if not (2 <= len(first) <= 5 and first.isalpha() and first.isupper()):
        return False
    site = house.site_name(lines) or ""
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", site) if w[0].isupper())
    return initials.startswith(first) or (site == first and any(
        F.BYLINE.match(line.text) for line in lines[i + 1:i + 1 + T.NAME_NEAR_DATE_LINES]))


def _credit_by_caption(lines: list[Line], labels: list[Label], i: int, body_start: int) -> bool:
    """A bare credit set right over or right under the lead photo's caption, in the photo block between the byline
    and the story (`Jane Doe` / `Caption.` / story, `Caption` / `XBC` / story): a picture agency, a person's name or
    the site's initials, beside a caption of one sentence (with or without its full stop) shorter than the story's
    paragraph under the block, where the run of prose begins (the caption may be its first line). (Without a byline
    above, a bare name there is the byline.)"""
    line = lines[i]
    named = _named_by_caption(lines, i)
    if labels[i].cls not in (SHORT, NEAR, MENU) or line.sentence or line.part or "/" in line.text \
            or line.words > (T.BARE_CREDIT_MAX_WORDS if named else T.BARE_CREDIT_NAME_MAX_WORDS) \
            or byline_author(line.text) or not (  # (`Sport/Kultur`: a path)
                named or F.BARE_CREDIT.match(line.text) or person(line.text) or _INITIALS.match(line.text)):
        return False
    return any(body_start in (caption, story) and _caption_then_story(lines, labels, caption, story)
               and any(labels[k] == Label(META, "byline") for k in range(max(0, i - T.SECTION_WINDOW), min(i, caption)))
               for caption, story in ((i + 1, i + 2), (i - 1, i + 1)))


def _named_by_caption(lines: list[Line], i: int) -> bool:
    """`File photo of a seismograph at the Eastgate Earthquake Institute` / `Eastgate Earthquake Institute`: an
    organisation's name of capitalised words (and a name's small words) that closes the caption right above it,
    the body whose file picture it is."""
    text = lines[i].text
    return i > 0 and lines[i].words >= 2 and lines[i - 1].text.rstrip(" .").endswith(" " + text) \
        and all(w[:1].isupper() or w.lower() in _ORG_SMALL_WORDS for w in text.split())


# The small words inside an organisation's name (`Institute of Marine Science`, `Instituto de Geofísica`).
_ORG_SMALL_WORDS = frozenset({"of", "for", "and", "the", "de", "del", "la", "las", "los", "y", "e", "da", "do", "das",
                              "dos", "des", "du", "et", "für", "und", "der", "di", "della", "per", "van", "voor"})


# A site's initials as its photos' credit (`XBC`): capitals only, a few letters.
_INITIALS = re.compile(r"^[A-ZÀ-Þ]{2,5}$")


def _caption_then_story(lines: list[Line], labels: list[Label], caption: int, story: int) -> bool:
    """A caption's sentence at `caption`, and the story's longer paragraph at `story`."""
    if not (0 <= caption < len(lines) and story < len(lines)):
        return False
    text = lines[caption].text
    return labels[caption].cls in (SHORT, NEAR, PROSE) and lines[caption].words >= T.CAPTION_MIN_WORDS \
        and len(text) <= T.CAPTION_MAX_CHARS and not TWO_SENTENCES.search(text) \
        and labels[story].cls == PROSE and len(lines[story].text) > len(text)


def _capitals_name(line: Line) -> bool:
    """`LUCÍA ARAGÓN`: a person's name set in capitals (two or three words, no stopword among the first two, no
    flag such as `ÚLTIMA HORA` or `EN DIRECT`)."""
    text = line.text
    return text.isupper() and line.lead_stops == 0 and not line.part and person(text.title()) \
        and not not_a_section(text) and not F.is_ui(text)


def _credit_over_byline(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A bare name right under a caption of one sentence, then another bare name over the place and date line
    (`Caption.` / `Jane Doe` / `John Roe` / `City - 10 mar 2027`): the photographer's name closes the caption,
    the reporter's opens the byline and date cluster."""
    if not 0 < i < len(lines) - 2 or labels[i + 2].kind not in ("date", "dateline"):
        return False
    # (a sentence not read as a caption is one when it stands under the standfirst: right under the headline, a
    # sentence is the standfirst)
    caption = lines[i - 1]
    if not (labels[i - 1].kind == "caption" or (labels[i - 1].cls in (PROSE, NEAR) and caption.full_stop and i >= 2
                                                 and labels[i - 2].cls in (PROSE, NEAR)
                                                 and len(TWO_SENTENCES.findall(caption.text)) == 0)) \
            or len(caption.text) > T.CAPTION_MAX_CHARS:
        return False
    # (bare names both: a byline word, `By X`, or a job title, `Transportation Reporter`, makes no photographer)
    return all(labels[k].cls in (SHORT, META) and labels[k].kind in ("", "byline", "role") and not lines[k].part
               and person(lines[k].text) and not byline_author(lines[k].text) and not F.ROLE.search(lines[k].text)
               and not JOB.search(lines[k].text) for k in (i, i + 1))


# The furniture of a story's tool bar: buttons, a player and its length, a share count.
_TOOL_BAR = ("control", "audio player", "reading time", "punctuation", "download", "widget", "widget item")


def _among_controls(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A label-sized line with buttons or a player right above and right under it (`Share` / `Gift this article`
    / `112`), in a tool bar under the headline or standfirst (a longer text line right above the bar), is one more
    button of the bar, whatever its words. (A short headline between a section's `Share` and `Save` has no
    headline above its bar.)"""
    if lines[i].words > T.TOOL_BAR_MAX_WORDS or lines[i].sentence or lines[i].part or not 0 < i < len(lines) - 1 \
            or not all(labels[k].cls == FURNITURE and labels[k].kind in _TOOL_BAR for k in (i - 1, i + 1)):
        return False
    above = i - 1
    while above > 0 and labels[above].cls == FURNITURE and labels[above].kind in _TOOL_BAR:
        above -= 1
    return labels[above].cls in (SHORT, NEAR, PROSE) and lines[above].words > T.TOOL_BAR_MAX_WORDS


def _writer_box(lines: list[Line], labels: list[Label], i: int) -> bool:
    """Line i is a writer's name over the button that follows them: relabelled a byline (the tagline between them
    a role)."""
    if (button := _follow_button_under(lines, labels, i)) is None:
        return False
    labels[i] = Label(META, "byline")
    if button == i + 2:
        labels[i + 1] = Label(META, "role")
    return True


def _follow_button_under(lines: list[Line], labels: list[Label], i: int) -> int | None:
    """The follow button right under a person's name, or under the one line of its tagline (`Jane Doe` /
    `Long/short equity, small caps` / `Follow`): the writer's box of a blog platform or contributor site, whose
    name is the byline, though the button's tool bar surrounds it; or None."""
    if not person(lines[i].text) or lines[i].part:
        return None
    for k in (i + 1, i + 2):
        if k < len(lines) and FOLLOW_BUTTON.match(lines[k].text):
            return k
        if k >= len(lines) or lines[k].sentence or labels[k].cls not in (SHORT, NEAR) \
                or lines[k].words > T.KICKER_MAX_WORDS:
            return None
    return None


def _bar_text(lines: list[Line], labels: list[Label], k: int) -> bool:
    return labels[k].cls in (SHORT, NEAR) and lines[k].words <= T.TOOL_BAR_BUTTON_MAX_WORDS \
        and not lines[k].sentence and not lines[k].part


def _in_tool_bar(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A short line in a run of buttons under the headline or standfirst (`Listen` / `6 min` / `Share` / `Gift
    Article` / `Add to my reading list` / `Save`): where the run's buttons outnumber its text lines and a longer
    text line stands right above the run, each text line is one more button, whatever its words."""
    if not _bar_text(lines, labels, i):
        return False
    run = [i]
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and (_bar_text(lines, labels, k) or labels[k].cls == STOP
                                       or (labels[k].cls == FURNITURE and labels[k].kind in _TOOL_BAR)):
            run.append(k)
            k += step
    top = min(run)
    buttons = sum(labels[k].cls == FURNITURE for k in run)
    texts = sum(labels[k].cls in (SHORT, NEAR) for k in run)
    return buttons >= T.TOOL_BAR_MIN_BUTTONS and buttons > texts and top > 0 \
        and labels[top - 1].cls in (NEAR, PROSE) and lines[top - 1].words > T.TOOL_BAR_BUTTON_MAX_WORDS


def _credit_over_caption(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A bare `Name/Outlet`, `AGENCY/Name` or `Name for Outlet` credit set above its caption, not under it: a
    short line of names joined by a slash (one side a name's two capitalised words or capitals; `Sport/Kultur` is
    a menu's path) or a `for` and an outlet the page names, then a caption of a sentence or two, then the story's
    next paragraph."""
    text = lines[i].text
    if labels[i].cls not in (SHORT, NEAR, MENU) or lines[i].words > T.BARE_CREDIT_MAX_WORDS or lines[i].sentence \
            or i + 2 >= len(lines):
        return False
    slashed = "/" in text and F.BARE_CREDIT.match(text) and not initials_row(text) and any(
        part.strip().isupper() or len(re.findall(r"\b[A-ZÀ-Þ]", part)) >= 2 for part in text.split("/"))
    if not slashed and not for_outlet(lines, i):
        return False
    caption, story = lines[i + 1], lines[i + 2]
    return labels[i + 1].cls in (PROSE, NEAR) and caption.full_stop and caption.words >= T.CAPTION_MIN_WORDS \
        and len(caption.text) <= T.CAPTION_MAX_CHARS \
        and len(TWO_SENTENCES.findall(caption.text)) < T.COMMISSIONED_CAPTION_MAX_SENTENCES \
        and labels[i + 2].cls in (PROSE, NEAR) and story.words > caption.words \
        and not (i >= 1 and labels[i - 1].kind == "caption")


def past_player(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """The body start past an audio player's, reading time's or dated-then-updated line that the run of prose began
    with (`Zum Anhören: 4:08 Min.` reads like a short sentence): header lines, as above the body."""
    while start < end:
        line = lines[start]
        if labels[start].cls in (SHORT, NEAR) and _duration(line) and _PLAYER_SHAPE.search(line.text):
            labels[start] = Label(FURNITURE, "reading time")  # (`Es dauerte nur 45 Minuten.` opens a story)
        elif labels[start].cls in (NEAR, PROSE) and line.words <= T.DATE_LINE_MAX_WORDS \
                and _dated_then_updated(line.text):
            labels[start] = Label(META, "date")  # `4 mar 2027 . Actualizado a las 11:40 h.`: the date line
        else:
            break
        start = next((k for k in range(start + 1, end) if labels[k].cls in (SHORT, NEAR, PROSE, META)), end)
    return start


def headline_alone(lines: list[Line], headline: int, start: int) -> int:
    """The headline line again under the one taken, without what the copy ran into its front (`Startseite Panorama
    Mitarbeiter fordern …` over `Mitarbeiter fordern …`; a breadcrumb, a site name or a `Sie sind hier:` trail set
    inline with the headline): the line that holds the headline alone. What ran into its front is the page's own
    furniture: each of its words stands on a short line of the page (a menu's entry, the site's name); a headline's
    own words over a caption, a place tag or a name line repeating its end do not (review s33a). (Asking the line
    alone to be the longer part, or to open in capitals, cost real pages and saved none.)"""
    taken = lines[headline].text.casefold()
    for j in range(headline + 1, min(start, headline + 1 + T.HEADLINE_ALONE_REACH)):
        alone = lines[j].text.casefold()
        if lines[j].words >= T.HEADLINE_MIN_WORDS and taken.endswith(" " + alone) \
                and _page_furniture_words(lines, lines[headline].text[:len(taken) - len(alone)], alone):
            return j
    return headline


def _page_furniture_words(lines: list[Line], prefix: str, headline: str) -> bool:
    """Every word of `prefix` (after a `You are here:` label) is a breadcrumb's common step (`Home`, `Startseite`: a
    house icon's label, often no line of the copy) or stands on a short line of the page that is no copy of the
    headline."""
    words = WORD.findall(you_are_here(prefix.strip()).casefold())
    shown = {w for line in lines if line.words <= T.HEADER_LINE_MAX_WORDS and not line.full_stop
             and headline not in (text := line.text.casefold()) for w in WORD.findall(text)}
    return bool(words) and all(w in shown or w in F.GENERIC_CRUMBS for w in words)


def relabel_under_headline(lines: list[Line], labels: list[Label], headline: int, start: int, end: int) -> None:
    """A byline with a lead-in no table holds (`Un papier de X`, `Enquête de X`), right under the headline or its
    standfirst: its place in the header cluster is the evidence (the same words elsewhere may be a headline,
    `La revanche de Marine Le Pen`)."""
    prose = 0
    for i in range(headline + 1, min(end, headline + 1 + T.UNDER_HEADLINE_LINES)):
        if labels[i].cls in (PROSE, NEAR, SHORT) and lines[i].words > T.HEADER_LINE_MAX_WORDS:
            prose += 1  # a standfirst, perhaps with no full stop (a second one is the story)
            if prose > 1 or i >= start + T.HEADER_MAX_PROSE_LINES:
                return
        elif (labels[i].cls in (SHORT, NEAR) or labels[i].kind == "credit") and lead_in_author(lines[i].text) \
                and not _caption_over_credit(labels, i, headline, start):
            # (taken for a credit under a caption when the standfirst above it is a sentence: no word of the
            # lead-in names a picture, and `de`/`by`/`von` gives an author)
            labels[i] = Label(META, "byline")
            return
        elif labels[i].cls == SHORT and _name_over_desk(lines, labels, i, end):
            labels[i], labels[i + 1] = Label(META, "byline"), Label(META, "role")
            return
        elif labels[i].cls == SHORT and _name_then_role(lines, labels, i, end):
            labels[i] = Label(META, "byline")
            return
        elif labels[i].cls not in (FURNITURE, META):
            return


def _caption_over_credit(labels: list[Label], i: int, headline: int, start: int) -> bool:
    """Line i stands over a photo's credit line (`Estação de São Bento, no Porto` / `Foto: X`) and the header holds a
    byline of its own: the `… de Name` words are the picture's caption, naming a place, not a lead-in byline."""
    return i + 1 < start and labels[i + 1] == Label(META, "credit") \
        and any(labels[k] == Label(META, "byline") for k in range(headline + 1, start) if k != i)


def _name_over_desk(lines: list[Line], labels: list[Label], i: int, end: int) -> bool:
    """A bare name right over a desk line taken for a byline (`María Ospina` / `Redacción Bogotá`): the name is
    the byline, the desk its reporter's newsroom."""
    return i + 1 < end and labels[i + 1].cls == META and labels[i + 1].kind == "byline" \
        and bool(DESK_LINE.match(lines[i + 1].text)) and is_name(lines[i].text) and not lines[i].part


def _name_then_role(lines: list[Line], labels: list[Label], i: int, end: int) -> bool:
    """A name run into its job title with no separator, over the date line (`Jane Doe Environment correspondent`,
    `Élodie Marchand Correspondante à Lyon`, `Jonas Kessler Wirtschaftsredakteur`): the byline."""
    text = lines[i].text
    return i + 1 < end and labels[i + 1].cls == META and labels[i + 1].kind in ("date", "dateline") \
        and not lines[i].part and (who := without_role(text)) != text and person(who)


_PLACE_AFTER = re.compile(r"\s+[|·•]\s+[^\W\d_][^|·•\d]{0,30}$")


# What sets a reporter's job apart from the name before it: a comma, or a dash or bar between spaces.
_JOB_AFTER = re.compile(r"\s*,\s+|\s+[-–—|·•]\s+")


def _name_and_job(text: str) -> bool:
    """A person's name, then the job after a comma or a dash (`Jane Doe, Tidewater reporter`, `Jane Doe — Senior
    Correspondent`, `Ana Ruiz, periodista`, `Anna Weber, Redakteurin`): a byline without a byline word, a few words
    of job (a caption or a sentence naming someone goes on: `Jane Doe, who ran the bakery for thirty years`). With
    nothing between them, the job ends the line with its newsroom word (`Richard Adams Education editor`, `Jane Doe
    Chief political correspondent`: a British paper's byline)."""
    name, *job = _JOB_AFTER.split(text, maxsplit=1)
    if not job and (name := without_role(text)) != text:
        job = [text[len(name):]]
        if not F.ROLE.fullmatch(job[0].split()[-1]):
            return False
    return bool(job) and len(job[0].split()) <= T.LABEL_MAX_WORDS and person(name) \
        and bool(F.ROLE.search(job[0]) or JOB.search(job[0]))


def _names_listed(lines: list[Line], i: int) -> bool:
    """Two or three people's names in a row, commas between them (`Lotte Vanhaecke, Wout Declercq`): the byline of
    a story written by several, without a byline word (`A and B` reads as a byline already); three capitalised names
    read as a menu's entries by their shape. No word of theirs stands in the lines above (`Michael Eggenschwiler,
    Hamburg Airport` under `Hamburg Airport strike ends …`, `Olaf Scholz, Bundeskanzler der SPD` under `Bundeskanzler
    stellt …`: a caption's names, the headline's subject), and no name is a job."""
    names = lines[i].text.split(", ")
    if not 2 <= len(names) <= T.LISTED_NAMES_MAX or not all(person(name) and not F.ROLE.search(name) for name in names):
        return False
    above = {word for line in lines[max(0, i - T.HEADLINE_WINDOW):i] for word in line.text.split()}
    return not above & set(lines[i].text.replace(",", "").split())


def _before_place(text: str) -> str:
    """`Nerea Sainz de la Maza | Santander` -> the name: a byline may give the reporter's town after a bar, or
    where the reporter was after a preposition (`Callum Fairbairn at the Riverside Park Stadium`)."""
    if (m := _PLACE_AFTER.search(text)) and len(m.group().split()) - 1 <= T.LABEL_MAX_WORDS:
        return text[:m.start()]
    return at_place(text) or text


def _relative_dateline(text: str) -> bool:
    """`Publié aujourd'hui à 06h45`, `Updated yesterday`: a date label with today or yesterday."""
    return len(text.split()) <= T.DATE_LINE_MAX_WORDS and bool(PUBLISH_LABEL.match(text) or UPDATE_LABEL.match(
        text)) and bool(RELATIVE_DAY.search(text))


def _beside_date(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A bare name with a date line (or an age) right above or under it (nothing but furniture or other header
    lines between them) is the byline: `Claire Dupont` / `Publié le 4 mars`."""
    for step in (1, -1):
        k, seen, name = i + step, 0, i
        while 0 <= k < len(lines) and seen < T.NAME_NEAR_DATE_LINES:
            if labels[k].cls == META and (labels[k].kind in ("date", "dateline") or (
                    labels[k].kind == "time" and F.RELATIVE_TIME.match(lines[k].text))):
                return True  # (an age, `2 hours ago`, `hace 3 horas`, is the date a page shows a new story by)
            if step == 1 and k == name + 1 and lines[k].text == lines[i].text:
                name, k = k, k + 1  # the name twice (a portrait's alt text, then the name): one name
                continue
            if labels[k] == Label(META, "byline"):
                break  # the byline stands between (`Mein Wochenende am See` / `Von Anna Berg` / the date)
            if labels[k].cls not in (FURNITURE, META) and not (step == 1 and lines[k].part) \
                    and not (k == name + 1 and (_name_note(lines[k]) or _masthead_repeated(lines, k))):
                # (`Name | Place`, `Name` / `Kelowna, B.C.`, `Name` / the outlet's masthead again)
                break
            # (the buttons of a tool bar, `Share` / `Save`, take no room between a name and its date)
            seen += not (labels[k].cls == FURNITURE and labels[k].kind in _TOOL_BAR)
            k += step
    return False


def _masthead_repeated(lines: list[Line], i: int) -> bool:
    """Line i repeats the page's masthead (one of its first lines, any case), a name of two words or more: under a
    bare byline it names the newsroom the reporter writes for (`Jake Doe` / `Coastline 7 News` / the date), as an
    outlet after the name does (`By Jane Doe, Northfield Post`); it is neither the headline nor a second author."""
    text = lines[i].text.casefold()
    return 2 <= lines[i].words <= T.SITE_MAX_WORDS and i >= T.MASTHEAD_TOP_LINES \
        and any(line.text.casefold() == text for line in lines[:T.MASTHEAD_TOP_LINES])


def _name_note(line: Line) -> bool:
    """A place or job line under a bare name (between it and its date line); perhaps a place and the outlet
    joined by a slash (`LOGROÑO / LA VOZ DEL EBRO`: where the reporter wrote from, for which paper); a job in
    sentence case (`Companies reporter`, `Rédactrice économie`) is told by its job word."""
    notes = re.split(r"\s+/\s+", line.text)
    if re.search(r"[^\W\d_]{3,}[.!?]$", line.text):
        return False
    return (len(notes) <= 2 and all(len(note.split()) <= T.NAME_NOTE_MAX_WORDS and NAME_NOTE.match(note)
                                    for note in notes)) \
        or (line.words <= T.NAME_NOTE_MAX_WORDS and F.ROLE.search(line.text) is not None) \
        or F.REPORTING_PROGRAMME.match(line.text) is not None \
        or F.CONTRIBUTOR_NOTE.match(line.text) is not None  # (`Special to The Ledger`: for whom a guest wrote it)


# A length in minutes, in the languages of European news sites (fi `minuuttia`, tr `dk`/`dakika`, hu `perc`,
# el `λεπτά`), or an audio length `3:05` beside a listen word (stems: listen, écouter, escuchar, ouvir, ascoltare,
# anhören/vorlesen, luisteren, lyssna, lytte, posłuchaj, poslechnout, ascultă, escolta, kuuntele, άκουσε, dinle,
# meghallgat).
_MINUTES = re.compile(r"\d\s*(?:min|mins|minutes?|minutos?|minuten?|minuti|minuter|minutter|minutt|minuty?|minuutin?"
                      r"|minuuttia|perc|percet|dk|dakika|λεπτά|λεπτό|λεπ)\.?(?!\w)", re.I)
_LISTEN_LENGTH = re.compile(r"(?:listen|[ée]cout|escuch|ouvi|ouça|ascolt|anhör|hören|vorles|luister|lyssn|lytt|lyt"
                            r"|posłuch|poslech|ascult|escolt|kuuntel|άκου|ακού|dinle|hallgas|meghallgat)"
                            r".{0,40}\b\d{1,2}:\d{2}\b", re.I)


# A label's shape, not a sentence's: a colon, brackets, a play sign, or a listen word before a clock length.
_PLAYER_SHAPE = re.compile(r"[:()\[\]▶▷⏵►]|" + _LISTEN_LENGTH.pattern, re.I)


def _duration(line: Line) -> bool:
    """A reading time or an audio player's length: a few words around a duration, no date."""
    return line.words <= T.DURATION_LINE_MAX_WORDS and bool(_MINUTES.search(line.text)
                                                           or _LISTEN_LENGTH.search(line.text)) \
        and not looks_like_date(line.text, clock=False)


def _date_line(text: str) -> bool:
    """A date with few other words (`Thursday 4 March 2027`); a headline may name a date among many."""
    return looks_like_date(text) and words_besides_date(text) <= T.DATE_LINE_MAX_OTHER_WORDS


# (asked of every short line: a substring test answers for most, required.py)
_UPDATED_TAIL, _PUBLISH_WORD = Screened(UPDATED_TAIL), Screened(PUBLISH_WORD)


def _dated_then_updated(text: str) -> bool:
    """`Mercredi 10 mars 2027, 6 h 35 – Retouché le 10 mars à 9 h 12`: a date line, then its update."""
    parts = _UPDATED_TAIL.split(text[:T.MATCH_CHARS], maxsplit=1)
    return len(parts) == 2 and looks_like_date(parts[0], clock=False) and _date_line(parts[0])


def _updated_then_dated(text: str) -> bool:
    """`Updated - April 3, 2027 9:12 pm - Published - April 3, 2027 8:40 pm`: the update stamp printed first, then
    the publication stamp; each part a date line of its own."""
    m = _PUBLISH_WORD.search(text[:T.MATCH_CHARS])
    if m is None or m.start() == 0:
        return False
    head, tail = text[:m.start()].strip(" -–—|·•,;"), text[m.end():]
    return bool(UPDATE_LABEL.match(head)) and looks_like_date(head, clock=False) and _date_line(head) \
        and looks_like_date(tail, clock=False) and _date_line(tail)


def _headline_with_date(line: Line) -> bool:
    """A headline-shaped line that mentions a date: many words besides it, none a date label."""
    return line.headline and words_besides_date(line.text) > T.DATE_LINE_MAX_OTHER_WORDS \
        and not _UPDATED_TAIL.search(line.text) and not _PUBLISH_WORD.search(line.text)


def _names_over_roles(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`Ana Beltrán and Oliver Mensah-Bonsu` over `Ana Beltrán, Senior Fellow, …`: the authors, then each
    with a role."""
    text = lines[i].text
    if i + 1 >= len(lines) or names(text) < 2:
        return False
    first = clean_author(lines[i + 1].text)
    return first != lines[i + 1].text and is_name(first) and text.startswith(first)


def _named_in_bio(lines: list[Line], i: int) -> bool:
    """A bare name over a bio sentence that opens with it."""
    text = lines[i].text
    return i + 1 < len(lines) and lines[i].words <= T.BARE_NAME_MAX_WORDS and is_name(text) \
        and lines[i + 1].text.startswith(text + " ") and bool(F.BIO.match(lines[i + 1].text))


def _people(text: str, lines: list[Line]) -> bool:
    """Two or more people's names joined by `and` (`Jane Doe and John Roe, Harbour Times`): a byline without a
    byline word. Each part is a first and last name, so `Arts and Culture` is not one."""
    language = names_language(lines, text)
    parts = [p for p in _AND_JOIN.split(author_name(text, language)) if p]
    return len(parts) >= 2 and _AND_JOIN.search(text) is not None and all(person(p) for p in parts)


# Names joined by `and` in the languages of European news sites (a comma before the last one too).
_AND_JOIN = re.compile(r",?\s+(?:" + AND_WORDS + r"|i|a)\s+|,\s+")


# A contact line under a reporter's name: an e-mail address or a social handle, perhaps after a short label
# (`E-post:`, `Mail:`, `Twitter:`), or a follow button (`Follow`, `Folgen`, `Suivre`, `+ Seguir`).
_CONTACT = re.compile(r"^(?:[^\W\d_][\w -]{0,14}:\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$"
                      r"|^\+?\s*(?:follow|folgen|suivre|seguir|segui|volg|volgen|følg|följ|obserwuj|sledovat|sledujte"
                      r"|urmărește|segueix)\b.{0,40}$", re.I)


def _named_over_contact(lines: list[Line], i: int) -> bool:
    """A bare name over its e-mail address, handle or follow button (`Jana Holm` / `jana.holm@example.se`)."""
    text = lines[i].text
    return i + 1 < len(lines) and lines[i].words <= T.BARE_NAME_MAX_WORDS and is_name(text) \
        and bool(_CONTACT.match(lines[i + 1].text))


def find_standfirst(lines: list[Line], labels: list[Label], headline: int, body_start: int) -> str | None:
    for i in range(headline + 1, body_start):
        if labels[i].cls in (PROSE, NEAR, SHORT) and lines[i].words > T.KICKER_MAX_WORDS:
            return lines[i].text
    return None


