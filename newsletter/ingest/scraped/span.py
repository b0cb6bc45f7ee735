"""The article body: the densest run of line scores, then trimmed at its edges.

The body is the maximum-sum run of line scores (prose scores its length, everything else costs), found in one pass
(Kadane), then trimmed: at a byline or dateline near its top (what stood above was a standfirst), notes and
promotions above it, an "about us" block, declarations and a promotion after it; a live blog starts at its first
stamped entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import house
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.cjk import latin_length
from newsletter.ingest.scraped.classify import KEY_VALUE, SPEAKER
from newsletter.ingest.scraped.dates import looks_like_date, words_besides_date
from newsletter.ingest.scraped.labels import (
    FURNITURE,
    LIST_ITEM_KIND,
    META,
    NEAR,
    PROSE,
    SHORT,
    STOP,
    TEXT_CLASSES,
    Label,
)
from newsletter.ingest.scraped.lines import LIST_ITEM, Line
from newsletter.ingest.scraped.prompts import QUOTED, reader_signals, reported_speech

_INTERRUPTIONS = frozenset({"prompt", "embed", "download", "link", "related", "related item", "widget", "widget item",
                            "audio player", "control", "sign-up", "marker", "attribution",
                            "advertisement", "punctuation", "pull quote", "gallery", "gallery item", "table",
                            "fact box", "embed notice", "placeholder", "poll item"})


# Boxes whose lines come together and are charged once in the body's score: a post of six lines set before the
# story's last paragraph interrupts the story once, it does not outweigh that paragraph; so do a poll's answers and
# a share's quote set into the story.
_ONE_BOX = frozenset({"embed", "fact box", "table", "gallery", "gallery item", "embed notice", "poll item",
                      "offer tool", "contents", "ticker"})


def _score(line: Line, label: Label) -> float:
    if label.cls == PROSE:
        return latin_length(line.text)
    if label.cls == NEAR:
        return latin_length(line.text) * T.NEAR_GOOD_WEIGHT
    if label.cls == SHORT and label.kind == LIST_ITEM_KIND:
        return T.LIST_ITEM_SCORE
    if label.cls == SHORT:
        # A list item is body-neutral: marked (`- `, `1.`), or unmarked but starting in lower case, or the
        # lead-in that introduces one (`The scheme will:`), or a `Label: value.` item. Headlines, labels and menus
        # do none of these.
        listy = LIST_ITEM.match(line.text) or (line.words >= T.LIST_MIN_WORDS and (
            line.text[:1].islower() or line.text.endswith(":") or (line.full_stop and KEY_VALUE.match(line.text))))
        return 0.0 if listy else -T.SHORT_COST
    if label.cls == META:
        # Bylines and datelines mark the header; a caption and credit inside the story only interrupt it.
        if label.kind == "time":
            return -T.TAKEN_COST  # a live blog's entry stamp interrupts the entries, it does not end them
        return -T.CAPTION_COST if label.kind in ("caption", "credit") else -T.META_COST
    # Recognised interruptions of a story (a related label and its links, ads, controls) cost little: a story
    # goes on after a carousel. What ends it is a STOP line, or a run of unrecognised furniture.
    if label.kind in _INTERRUPTIONS:
        return -T.TAKEN_COST
    if label.cls == STOP:
        return float("-inf")
    return -T.FURNITURE_COST


def body_span(lines: list[Line], labels: list[Label]) -> tuple[int, int] | None:
    """[start, end) of the article body, or None when the page holds no prose."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if total <= 0:
            total, start = 0.0, i
        if i == 0 or label.kind not in _ONE_BOX or labels[i - 1].kind != label.kind:
            total += _score(line, label)  # (the lines of one box after its first cost nothing more)
        if total > best:
            best, best_span = total, (start, i + 1)
    if best_span is None:
        return None
    start, end = best_span
    end = _trim_reader_box(lines, labels, start, _trim_promotion(lines, labels, start, end))
    end = _trim_about(lines, labels, start, end)
    end = _trim_declarations(lines, labels, start, end)
    end = _trim_after_closing_note(lines, labels, start, end)
    end = _trim_teaser_list(lines, labels, start, end)
    start = _trim_top_notes(lines, labels, _trim_header(lines, labels, start, end), end)
    stamps = [i for i in range(start, end) if labels[i].kind == "time"]  # (a live blog's entry stamps)
    if (entries := _entries_under_summary(lines, labels, start, end, stamps)) is not None:
        return start, entries
    return _live_start(labels, start, end, stamps), end


def _trim_top_notes(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """Short lines at the top of the run that are notes of the page, not the story: those above a paragraph
    opening with a wire dateline (`GREENSBORO — …` opens a story's first paragraph, whatever stands above it),
    and a short sentence naming the page's own audio or video (`This audio is read by …`)."""
    text = [i for i in range(start, end) if labels[i].cls in TEXT_CLASSES][:T.WIRE_NOTE_MAX_LINES + 1]
    for k, i in enumerate(text[1:], 1):
        if lines[text[k - 1]].words > T.WIRE_NOTE_MAX_WORDS:
            break
        if labels[i].cls == PROSE and F.WIRE_DATELINE.match(lines[i].text[:T.MATCH_CHARS]):
            return i
    if len(text) < 2 or lines[text[0]].words > T.WIRE_NOTE_MAX_WORDS:
        return start
    return text[1] if F.media_self(lines[text[0]].text) and labels[text[1]].cls == PROSE else start


_TITLE_SITE = re.compile(r"\s(?:\||-|–|—|:)\s(?P<site>[^|–—]{3,60})$")
_COPYRIGHT_NAME = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<site>[^|·•,]{3,60})$",
                             re.I)


def _site_names(lines: list[Line]) -> set[str]:
    """The names the page gives itself: the `Headline | Site` first line's site, the copyright holder, a short
    name-shaped first line (a masthead), and a name-shaped line shown both in the header and the footer."""
    names: set[str] = set()
    if lines and (m := _TITLE_SITE.search(lines[0].text)):
        names.add(m["site"].strip())
    if lines and lines[0].words <= T.SITE_MAX_WORDS and not lines[0].sentence and lines[0].capitalised >= 0.5:
        names.add(lines[0].text)
    count: dict[str, int] = {}
    for line in lines:
        if line.words <= T.HEADER_LINE_MAX_WORDS and (m := _COPYRIGHT_NAME.match(line.text)):
            names.add(m["site"].strip(" ."))
        elif 2 <= line.words <= T.KICKER_MAX_WORDS and not line.sentence and line.capitalised >= 0.5:
            count[line.text] = count.get(line.text, 0) + 1
    return names | {text for text, n in count.items() if n >= 2}


def _trim_about(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """The story ends before a paragraph that opens with the site's own name (`The Spectrum Memo is written by …`,
    `Institutul … este un institut public …`, `Lodestar, the news division of …`): an "about us" block after the
    story, with its heading. The block may hold a few more lines under that paragraph (a data disclaimer, a
    notice) when it stands apart from the story, below a line that is not text (a related list, a credit)."""
    last = end - 1
    while last > start and labels[last].cls not in (PROSE, NEAR):
        last -= 1
    if last <= start:
        return end
    names = [name for name in _site_names(lines) if len(name) >= T.SITE_NAME_MIN_CHARS]
    if not names:
        return end
    run = [last]
    while len(run) <= T.ABOUT_MAX_TRAILING_LINES and run[-1] - 1 > start and labels[run[-1] - 1].cls in (PROSE, NEAR):
        run.append(run[-1] - 1)
    apart = len(run) > 1 and _set_apart(labels, start, run[-1])
    site = house.site_words(lines)
    for k, i in enumerate(run):
        if (k == 0 or apart) and labels[i].cls in (PROSE, NEAR) and _opens_with_site(lines[i].text, names) \
                and not (k > 0 and _pitch_amid_story(lines, run[:k], i, site)):
            while i > start and labels[i - 1].cls not in (PROSE, NEAR):
                i -= 1  # its heading (`Informații pentru editori`) and any furniture between go too
            return i
    return end


def _pitch_amid_story(lines: list[Line], below: list[int], i: int, site: frozenset[str]) -> bool:
    """The site's appeal set amid the story (`Site is funded by its readers. If this helps you, join from 5 € a
    month.`: a house note by two signals, which the body drops where it stands) with the story's paragraphs going
    on under it, lines that show no house signal at all: the story has not ended at the appeal."""
    return house.is_note(lines[i].text, site, at_end=False) \
        and all(house.signals(lines[j].text, site)[0] == 0 for j in below)


def _set_apart(labels: list[Label], start: int, i: int) -> bool:
    """Lines above i and below the story's prose set i apart from the story: a line that is not text (a credit, a
    related list), or a run of short lines (a list of headlines); a single short line is a subheading."""
    gap = []
    k = i - 1
    while k > start and labels[k].cls not in (PROSE, NEAR):
        gap.append(labels[k].cls)
        k -= 1
    return len(gap) >= 2 or any(cls not in TEXT_CLASSES for cls in gap)


def _opens_with_site(text: str, names: list[str]) -> bool:
    """`Lodestar is …`, `Lodestar, the news division of …`: the site's name is the paragraph's subject."""
    for name in names:
        if text.startswith(name + ", "):
            return True
        if text.startswith(name + " ") and not _name_goes_on(text[len(name) + 1:]):
            return True
    return False


_NAME_JOINS = frozenset({"and", "&", "of", "for", "und", "et", "y", "e", "i", "och", "og", "en", "de", "del", "di",
                         "da", "du", "des", "von", "van", "der", "für", "pour", "para", "per", "voor", "för"})


def _name_goes_on(rest: str) -> bool:
    """`Highlands and Islands Enterprise, which …` after a masthead `Highlands`: the paragraph opens with a longer
    name of which the site's is only the first word (a capitalised word, or a joining word and one, follows)."""
    words = rest.split()[:2]
    return bool(words) and (words[0][:1].isupper() or (
        len(words) == 2 and words[0].lower() in _NAME_JOINS and words[1][:1].isupper()))


def _trim_declarations(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """Short `Label: value` lines closing the run (`Competing interests: none declared.`, `Funding: …`,
    `Source: …`), with any house notes after them, are the page's declarations about the story, not its end: a
    story ends on a paragraph. (A Q&A's turns are not declarations; `Label: value` lines under a heading of their
    own, `Information` / `Dates: …` / `Tickets: …`, are the story's practical section.)"""
    site = house.site_words(lines)
    new_end, k = end, end - 1
    while k > start:
        line, label = lines[k], labels[k]
        if label.cls in TEXT_CLASSES:
            if F.VOTE_ROLL.match(line.text) or F.VOTE_SHARES.match(line.text) or F.SCORE_ROLL.match(line.text) \
                    or reported_speech(line.text):
                break  # the roll call of the story's vote (`Nachrücker: Lukas Brandt, Eva Roth`), or what someone
                # in it said (`Sign up before May: the first month is free, the council said.`)
            if label.kind != "turn" and line.words <= T.DECLARATION_MAX_WORDS and SPEAKER.match(line.text) \
                    and not line.text.rstrip(" )»”\"'").endswith("?"):
                new_end = k  # (a declaration states; one asking is the story's tip: `Ask as you read: what next?`)
            elif not house.is_note(line.text, site, at_end=True):
                break
        k -= 1
    above = new_end - 1
    while above > start and labels[above].cls not in TEXT_CLASSES:
        above -= 1
    return new_end if labels[above].cls == PROSE else end


# The notes a page closes its story with (`Reporting by …; editing by …`, `Editor's note: …`, `Disclosure: …`).
_CLOSING_NOTES = frozenset({"editing credit", "report error", "disclosure", "house notice"})
# The writer's own voice in a note (`Disclosure: I am a member of the co-op`, `Offenlegung: Ich bin …`): a columnist's
# aside set between the column's paragraphs, which goes on under it (`I` only as a capital: Italian `i` is `the`;
# `soy`, `sou`: Spanish and Portuguese `I am` without a pronoun).
_WRITER_ASIDE = re.compile(r"\bI\b|\b(?i:ich|je|j['’]|yo|soy|io|eu|sou|ik)(?!\w)")


def _trim_after_closing_note(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """A sentence or two left under the story's closing note (the editing credit, an editor's note) end the page's
    notes, not the story (`Prices shown are indicative …`, `Our journalism is guided by our standards …`): a story
    does not resume after its closing note for a short line or two. Long paragraphs there are the story's own."""
    run, k = [], end - 1
    while k > start and labels[k].cls in (PROSE, NEAR) and len(run) <= T.CLOSING_NOTE_MAX_TRAILING:
        run.append(k)
        k -= 1
    # (a page's update note at a clock time stands under the header's date or last: paragraphs after it go on)
    if not run or len(run) > T.CLOSING_NOTE_MAX_TRAILING or labels[k].cls != FURNITURE \
            or labels[k].kind not in _CLOSING_NOTES or _WRITER_ASIDE.search(lines[k].text) \
            or F.UPDATE_AT_CLOCK.match(lines[k].text) \
            or any(lines[i].words > T.CLOSING_NOTE_TAIL_MAX_WORDS for i in run):
        return end
    above = k - 1
    while above > start and labels[above].cls not in TEXT_CLASSES:
        above -= 1
    return k if labels[above].cls == PROSE else end


def _trim_teaser_list(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """Other stories' teasers after the story, under no label (`Le canton de Berne veut interdire …` / its teaser /
    `04.12.2019`, again and again; real pages of session 34): units of a few lines, each with the same marker at the
    same place (a date alone or with a few words, or the same short line, `dpa-Radsportnews`) and the same shape
    between them (a headline, perhaps a teaser of a headline's length), three or more of them, under most of the
    body's prose and under no heading. The story stops where the first unit begins (its marker first or last:
    whichever the lines above it show), and the short lines left above that are the page's."""
    marker = cache(lambda k: _teaser_marker(lines[k]))  # (each line's marker is asked for every period and run)
    for i in range(start + 1, min(end + T.TEASER_UNIT_MAX_LINES, len(lines))):  # (the list goes on past the end)
        if (key := marker(i)) is None:
            continue
        for period in range(2, T.TEASER_UNIT_MAX_LINES + 1):
            marks = [i]
            while marks[-1] + period < len(lines) and marker(marks[-1] + period) == key:
                marks.append(marks[-1] + period)
            if len(marks) < T.TEASER_MIN_UNITS:
                continue
            shapes = {_unit_shape(lines, labels, marker, m + 1, m + period) for m in marks[:-1]}
            shape = shapes.pop()
            if shapes or shape is None or SHORT not in shape:
                continue
            cut = i - period + 1 if _unit_shape(lines, labels, marker, i - period + 1, i) == shape else i
            # (a list amid the story's prose is the story's own; so is one under a heading, `Il programma`, `The
            # results:`: another story's teasers stand under the last paragraph, or under furniture)
            if cut >= end or labels[cut - 1].cls == SHORT \
                    or _prose_chars(lines, labels, start, cut) <= _prose_chars(lines, labels, cut, end):
                return end
            while cut > start + 1 and _score(lines[cut - 1], labels[cut - 1]) < 0:
                cut -= 1
            return cut
    return end


def _prose_chars(lines: list[Line], labels: list[Label], a: int, b: int) -> int:
    return sum(len(lines[k].text) for k in range(a, b) if labels[k].cls == PROSE)


_A_WORD = re.compile(r"[^\W\d_]{3,}")


def _teaser_marker(line: Line) -> str | None:
    """What marks each teaser of a list at the same place: a date with a few words at most, or a short line repeated
    word for word."""
    if line.full_stop or line.words > T.TEASER_MAX_WORDS:
        return None
    if looks_like_date(line.text) and words_besides_date(line.text) <= T.TEASER_MARKER_MAX_WORDS:
        return "date"
    # (a word in it: a table's `1-100` under each row is the story's own)
    return line.text.casefold() if line.words <= T.TEASER_MARKER_MAX_WORDS and _A_WORD.search(line.text) else None


def _unit_shape(lines: list[Line], labels: list[Label], marker: Callable[[int], str | None], a: int,
                b: int) -> tuple[str, ...] | None:
    """The classes of lines [a, b) of a teaser unit; None when one is longer than a teaser or a date."""
    if a < 0 or any(lines[k].words > T.TEASER_MAX_WORDS or marker(k) == "date" for k in range(a, b)):
        return None
    # (a headline taken for a related link already is still a headline)
    return tuple(SHORT if labels[k].cls == NEAR or labels[k].kind in ("related item", "link") else labels[k].cls
                 for k in range(a, b))


def _live_start(labels: list[Label], start: int, end: int, stamps: list[int]) -> int:
    """A live blog (entries under time stamps): the body starts with the first stamped entry; what stands
    above it (`Live updates have ended`, a pinned note) belongs to the page."""
    if (headline := _entry_headline_above(labels, start)) is not None:
        return headline
    if len(stamps) < T.LIVE_MIN_STAMPS or stamps[0] == start or _stamp_above(labels, start):
        return start
    first = stamps[0] + 1
    while first < end and labels[first].cls not in TEXT_CLASSES:
        first += 1
    return first if first < end else start


def _entries_under_summary(lines: list[Line], labels: list[Label], start: int, end: int,
                           stamps: list[int]) -> int | None:
    """A live blog's summary page, the page calling itself live over the story (`… live: …`, `LIVE UPDATES`, `EN
    DIRECT`): a story of its own over the newest entries under their heading (`Latest updates`, `Les dernières
    publications`, then stamped teasers). Where the story holds more paragraphs than the entries, the story is the
    body and the heading ends it; a pinned note over a live blog's entries is a line or two. (A story's own timeline
    under a subheading, its stamps, is the story's.)"""
    if len(stamps) < T.LIVE_MIN_STAMPS or (heading := stamps[0] - 1) <= start or labels[heading].cls != SHORT:
        return None
    if not any(labels[i].cls in (SHORT, NEAR, PROSE) and lines[i].words <= T.HEADLINE_MAX_WORDS
               and F.LIVE_MARK.search(lines[i].text) for i in range(max(0, start - T.LIVE_MARK_REACH), start)):
        return None
    story = sum(labels[i].cls == PROSE for i in range(start, heading))
    entries = sum(labels[i].cls == PROSE for i in range(heading, end))
    return heading if story >= T.LIVE_SUMMARY_MIN_PARAGRAPHS and story > entries else None


def _entry_headline_above(labels: list[Label], start: int) -> int | None:
    """On a live blog, the run opens under the newest entry's headline, itself under its stamp (`4:10 p.m.` /
    headline / `Posted by …` / the entry's paragraph): a short line, the headline falls outside the densest run,
    but the body starts with it as the other entries start with theirs."""
    if sum(label.kind == "time" for label in labels) < T.LIVE_MIN_STAMPS:
        return None
    k = start - 1
    while k >= 0 and labels[k].cls not in TEXT_CLASSES and labels[k].kind != "time":
        k -= 1
    return k if k > 0 and labels[k].cls == SHORT and _stamp_above(labels, k) else None


def _stamp_above(labels: list[Label], start: int) -> bool:
    """The run opens right under a time stamp (past furniture, not text): its first line is an entry already (the
    newest entry's stamp may fall just outside the densest run, under the photo's credit)."""
    k = start - 1
    while k >= 0 and labels[k].cls not in TEXT_CLASSES and labels[k].kind != "time":
        k -= 1
    return k >= 0 and labels[k].kind == "time"


def _trim_promotion(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """A single paragraph after the story's last interruption that asks the reader to subscribe, follow or
    download is a promotion, not the story's last paragraph. It speaks to the reader or as the site (a story's
    own `Travellers can register the day before` names the action, but about others)."""
    last = end - 1
    if last <= start or labels[last].cls not in (PROSE, NEAR) or labels[last - 1].cls in TEXT_CLASSES:
        return end
    text = lines[last].text[:T.MATCH_CHARS]
    if F.CALL_TO_ACTION.found(text) and (reader_signals(text) or F.SECOND_PERSON.search(QUOTED.sub(" ", text))
                                          or F.FIRST_PLURAL.search(QUOTED.sub(" ", text))):
        k = last
        while k > start and labels[k - 1].cls not in TEXT_CLASSES:
            k -= 1
        return k
    return end


def _trim_reader_box(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """A box after the story's last paragraph that speaks to the reader about the page, not about the story
    (`Your subscription is being used on another device` / `Add a user` / `If you keep reading here, …`): it
    opens with a line that is not a paragraph, and most of its paragraphs are in the site's voice, several of
    them house notes. The story's own closing advice (`What you can do` / `Check your …`) says "you" once a
    paragraph, not "your subscription" with a call; nor does the house quote a source (`…," said Odom.`): a run
    that does is the story's."""
    site = house.site_words(lines)
    best = end
    notes = voiced = prose = 0
    quoting = False
    for k in range(end - 1, max(start, end - T.READER_BOX_MAX_LINES), -1):
        count = house.signals(lines[k].text, site)[0] if labels[k].cls in TEXT_CLASSES or \
            labels[k].cls == FURNITURE else 0
        notes += count >= T.HOUSE_SIGNALS
        if labels[k].cls in (PROSE, NEAR):
            prose += 1
            voiced += count > 0
            quoting = quoting or reported_speech(lines[k].text)
        elif labels[k - 1].cls in (PROSE, NEAR) and not house.signals(lines[k - 1].text, site)[0] \
                and notes >= T.READER_BOX_MIN_NOTES and 2 * voiced >= prose and not quoting:
            best = k
    return best


def _boxes_above(lines: list[Line], labels: list[Label], start: int, i: int) -> bool:
    """The text lines from start to i are labelled boxes (`Alegação: "…"`), captions and furniture only."""
    text = [j for j in range(start, i) if labels[j].cls in TEXT_CLASSES]
    return bool(text) and all(SPEAKER.match(lines[j].text) for j in text)


def _trim_header(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """A byline or dateline after a few prose lines at the top of the run: the body starts below it."""
    prose = 0
    new_start = start + 1 if start > 0 and _labelled_standfirst(lines, labels, start - 1, end) else start
    for i in range(start, end):
        label = labels[i]
        if label.cls == META and label.kind in ("byline", "dateline", "date", "role"):
            new_start = i + 1
        elif label.cls == META and label.kind == "credit" and prose <= 1 and _boxes_above(lines, labels, new_start, i):
            new_start = i + 1  # the lead photo's credit, under a labelled box (`Claim: "…"`): the story starts below
        elif prose == 0 and _labelled_standfirst(lines, labels, i, end):
            new_start = i + 2
        elif label.cls in (PROSE, NEAR):
            prose += 1
            if prose > T.HEADER_MAX_PROSE_LINES:
                break
    while new_start < end and (labels[new_start].cls not in (PROSE, NEAR) or _box_roll_on_top(lines, labels,
                                                                                            new_start, end)):
        new_start += 1
    return new_start


def _labelled_standfirst(lines: list[Line], labels: list[Label], i: int, end: int) -> bool:
    """Line i is the standfirst's own label (`Lead`, as Swiss sites show it) over a paragraph, before any of the
    story's (a subheading `Lead` over the story's part about the metal comes after its first paragraph): the
    standfirst, and the story starts below it."""
    return labels[i].cls == SHORT and F.STANDFIRST_LABEL.match(lines[i].text) is not None and i + 1 < end \
        and labels[i + 1].cls in (PROSE, NEAR)


def _box_roll_on_top(lines: list[Line], labels: list[Label], i: int, end: int) -> bool:
    """A roll of names with their figures (F.SCORE_ROLL, F.TALLY_ROLL: `Top scorers: Rewiti 27, Akande 19, …`) at the
    top of the run, with a paragraph of the story below it: a line of the score box set over the story. A story opens
    on a paragraph; such a roll only closes one. A vote's roll (F.VOTE_ROLL: `Gewählt wurden: Anna Berg, … und Maria
    Huber.`) is no box's line here: names joined by `und` and closed by a full stop open a story as its sentence."""
    text = lines[i].text
    return labels[i].cls == NEAR and (F.TALLY_ROLL.match(text) is not None or F.SCORE_ROLL.match(text) is not None) \
        and any(labels[k].cls == PROSE for k in range(i + 1, end))
