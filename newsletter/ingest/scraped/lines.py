"""Lines of a pasted page and the features that hold across sites and languages.

A page becomes a list of `Line`s: CRLF and hard wrapping undone, compound header lines (`X | Y · Z`) split,
and each line measured: words, share of stopwords in the page's language (jusText's stoplists), sentence
punctuation, capitalisation. Every function here is linear in the length of the text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from newsletter.article import tidy
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.cjk import measures as cjk_measures
from newsletter.ingest.scraped.furniture import BYLINE, CREDIT, kind_of

WORD = re.compile(r"\w+(?:['’-]\w+)*")  # a word, with its apostrophes and hyphens
# closing quotes and brackets, then a footnote marker (`…cara.¹`, `…cara.[2]`) may follow the final stop
# (French sets a space, often a no-break one, inside its guillemets: `… jamais. »`; German magazines close theirs the
# other way round: `»… gehört.«`)
# (with the closing brackets of Chinese, Japanese and Korean quotes: `「…を守る。」`, `（…した。）`)
_CLOSERS = r"(?:[\"'”’»«›‹“)\]」』）】〕》〉]|\s[»›])*(?:[¹²³⁴-⁹⁰]{1,3}|\[\d{1,3}\])?"
SENTENCE_END = re.compile(r"[.!?…:;。！？：；]" + _CLOSERS + "$")
FULL_STOP = re.compile(r"[.!…。！]" + _CLOSERS + "$")
# A wire agency's sign-off after a paragraph's last sentence (`… could be agreed. – NPA`, `… largo. — EFE`): the
# paragraph still ends with a sentence when it holds two or more (one sentence and a dash is a caption's credit).
SIGNED = re.compile(r"\w\w[.!?]\s+[A-ZÀ-Þ].*\w\w[.!…]" + _CLOSERS + r"\s+[–—-]\s+[A-ZÀ-Þ]{2,8}$")
# ... or the writer's tag in brackets, initials or an agency, perhaps with the day (`… Fahrgäste. (tk, 30.11.2026)`,
# `… heure. (ats)`, `… hours. (ABC/XYZ)`).
SIGNED_TAG = re.compile(r"\w\w[.!?]\s+[A-ZÀ-Þ].*\w\w[.!…]" + _CLOSERS + r"\s+\((?:[a-zß-ÿ]{1,4}|[A-Z]{2,5})"
                        r"(?:\s?/\s?(?:[a-zß-ÿ]{1,4}|[A-Z]{2,5}))*(?:,\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?\)$")
_COMPOUND = re.compile(r"\s+[|•·]\s+")
# A short bracket (`(2,1 MB | MP3)`, `[PDF · 340 KB]`): the bars inside it split no line.
_SHORT_BRACKET = re.compile(r"\([^()\[\]]{1,24}\)|\[[^()\[\]]{1,24}\]")
# a list marker: a bullet, or an item number (`12.`; a year opening a wrapped line, `2021. It …`, is not one)
LIST_ITEM = re.compile(r"^([-•*–]|\d{1,3}[.)])\s|^\d{1,3}、")  # (`1、…`: Chinese numbers its items so)


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext  # the 100 stoplists are read once, when the first page is read

    # (in name order: jusText lists them as a set, whose order changes from one process to the next, and a tie
    # between two languages goes to the one seen first)
    return {name: justext.get_stoplist(name) for name in sorted(justext.get_stoplists())}


@lru_cache(maxsize=1)
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Each stopword's languages. Built with set operations: word by word, the 178,000 entries took 0.3 s of every
    process that reads a page."""
    index: dict[str, tuple[str, ...]] = {}
    for name, stops in _stoplists().items():
        shared = stops & index.keys()
        index.update(dict.fromkeys(stops - shared, (name,)))
        for word in shared:
            index[word] += (name,)
    return index


def detect_language(text: str) -> str:
    """The jusText stoplist that covers most words of the text (English when nothing matches)."""
    return _detect(text[:T.LANGUAGE_SAMPLE_CHARS])


@lru_cache(maxsize=32)  # a page's language is asked for two to four times, from the same sample
def _detect(sample: str) -> str:
    # (each distinct word counted once, in C, then its count given to each of its languages: the languages are met
    # in text order, so a tie goes to the language seen first)
    index = _languages_of_word()
    hits: dict[str, int] = {}
    for word, count in Counter(WORD.findall(sample.lower())).items():
        for language in index.get(word, ()):
            hits[language] = hits.get(language, 0) + count
    return max(hits, key=hits.__getitem__) if hits else "English"


def stoplist(language: str) -> frozenset[str]:
    return _stoplists().get(language, frozenset())


@dataclass
class Line:
    text: str
    words: int
    stop_share: float     # share of words in the page language's stoplist
    capitalised: float    # share of words starting with a capital letter
    sentence: bool        # ends like a sentence (. ! ? … : ;)
    full_stop: bool       # ends with . ! or … (a headline does not)
    blank_before: bool    # a blank line stood above it in the paste
    part: bool = False    # one part of a split compound line
    lead_stops: int = 0   # stopwords among its first two words (`THE QUAY AT NIGHT`: 1; `JEAN LE GOFF`: 0)
    # the stopwords' share a menu is judged by: every word capitalised and no comma, only the short ones (`Of`, `To`,
    # `And` in a title-case headline), since a broad stoplist holds menu entries too (French jusText's `Monde`)
    menu_stop_share: float = 0.0

    @property
    def prose(self) -> bool:
        """A sentence-shaped line of running text (jusText's good block)."""
        if self.words >= T.LONG_PROSE_WORDS and self.stop_share >= T.GOOD_MIN_STOPWORDS:
            return True
        return self.words >= T.GOOD_MIN_WORDS and self.sentence and self.stop_share >= T.GOOD_MIN_STOPWORDS

    @property
    def near_prose(self) -> bool:
        """A short sentence: `He declined to comment.` In a language whose words take suffixes (Turkish, Finnish,
        Hungarian), a short sentence may hold no stopword at all (`Kooperatif, alımlara 10 Mart'ta başlayacak.`):
        words in lower case after its first say it is running text, not a name or a label."""
        if self.words < T.NEAR_GOOD_MIN_WORDS or not self.full_stop:
            return False
        return self.stop_share > 0 or sum(w[:1].islower() for w in self.text.split()[1:]) >= T.NEAR_MIN_LOWER_WORDS

    @property
    def label(self) -> bool:
        return 1 <= self.words <= T.LABEL_MAX_WORDS and not self.sentence

    @property
    def menu(self) -> bool:
        """A one-line navigation menu: many capitalised words, hardly any stopwords, no sentence."""
        return self.words >= T.MENU_MIN_WORDS and not self.sentence and self.menu_stop_share <= T.MENU_MAX_STOPWORDS \
            and self.capitalised >= T.MENU_MIN_CAPITALISED

    @property
    def headline(self) -> bool:
        return T.HEADLINE_MIN_WORDS <= self.words <= T.HEADLINE_MAX_WORDS and not self.full_stop and not self.menu


def measure(text: str, stops: frozenset[str], blank_before: bool = False, part: bool = False) -> Line:
    # (a line in Chinese or Japanese is measured by its characters, cjk.py: none of the word counts below apply)
    if (cjk := cjk_measures(text, WORD)) is not None:
        words, share, plain = cjk
        return Line(text=text, words=words, stop_share=share, menu_stop_share=share, capitalised=plain,
                    sentence=bool(SENTENCE_END.search(text)), full_stop=bool(FULL_STOP.search(text)),
                    blank_before=blank_before, part=part)
    lowered = WORD.findall(text.lower())
    n = len(lowered)
    stop = sum(map(stops.__contains__, lowered))
    # Capitalisation only matters for menus and labels: long lines skip the per-word pass.
    caps = sum(1 for t in WORD.findall(text) if t[0].isupper() or t[0].isdigit()) if n <= T.CAPITALS_MAX_WORDS else 0
    signed = (text[-1:].isupper() and SIGNED.search(text) is not None) \
        or (text[-1:] == ")" and SIGNED_TAG.search(text) is not None)
    # (a name with its outlet, `Kari Voss, Missouri Slope Public Radio`, has its comma: no menu does)
    menu_stop = stop if not stop or caps < n or "," in text else sum(
        len(w) <= T.MENU_STOPWORD_MAX_CHARS and w in stops for w in lowered)
    return Line(text=text, words=len(text.split()), stop_share=stop / n if n else 0.0,
                menu_stop_share=menu_stop / n if n else 0.0,
                capitalised=caps / n if n else 0.0, sentence=bool(SENTENCE_END.search(text)) or signed,
                full_stop=bool(FULL_STOP.search(text)) or signed, blank_before=blank_before, part=part,
                lead_stops=_lead_stops(lowered, stops))


# Particles inside a person's name (`Mathieu Le Goff`, `Ana de la Vega`, `Jan van Dijk`): stopwords that, as a
# second word, do not make a line of capitals a heading (`THE QUAY AT NIGHT` opens with a stopword of its own).
_NAME_PARTICLES = frozenset({"le", "la", "de", "du", "des", "da", "das", "do", "dos", "di", "del", "della", "van",
                             "von", "der", "den", "ten", "ter", "zu", "af", "al", "el", "bin", "ben", "mac"})


def _lead_stops(lowered: list[str], stops: frozenset[str]) -> int:
    """Stopwords among a line's first two words, a name particle in second place not counted."""
    first = int(bool(lowered) and lowered[0] in stops)
    second = len(lowered) > 1 and lowered[1] in stops and lowered[1] not in _NAME_PARTICLES
    return first + int(second)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060\ufeff]")  # soft hyphens and zero-width marks: removed
_DROP_CAP = re.compile(r"^[\"“„«‘']?[A-ZÀ-Þ]$")
_MARKUP = re.compile(r"<[a-zA-Z/!]")


def raw_lines(text: str) -> list[str]:
    """Tidy lines, CRLF or CR or LF, with '' for blank lines; hard-wrapped paragraphs joined."""
    return unwrap(tidy_lines(text))


def tidy_lines(text: str) -> list[str]:
    """The page's lines tidied (CRLF or CR or LF, '' for blank lines), as pasted: wrapped paragraphs not joined."""
    if _MARKUP.search(text):  # pasted markup: the article module's tidy strips it, line by line
        return _drop_caps([tidy(line) for line in text.splitlines()])
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", html.unescape(text) if "&" in text else text)
                        .replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n"))
    return _drop_caps(_labels_joined([_unglued(" ".join((_tab_cells(line) if "\t" in line else line).split()))
                                      for line in text.split("\n")]))


def over_width(raw: list[str], width: int) -> frozenset[str]:
    """On a page hard-wrapped at `width` (`page_width`), the lines longer than it: no wrapper wrote them, so they were
    pasted from another block of the page than the wrapped story (a caption, a box's practical line, a bio), or the
    page is no wrapped one (width 0: empty)."""
    return frozenset(line for line in raw if len(line) > width) if width else frozenset()


# A label glued to the text before it where the page set them apart (its layout, not a space, between them): a
# credit's label after the caption's full stop (`… on Tuesday night.Credit: Glenn Hunt`), a date's label between two
# times (`14:32, 17 Feb 2027Updated14:58, 17 Feb 2027`) or before its date (`Published12 Feb 2027`). A space goes
# back between them.
_GLUED_LABEL = re.compile(
    r"(?<=[a-zß-ÿ][.!?])(?=(?:Credits?|Photos?|Fotos?|Picture|Image|Bild|Crédits?|Créditos?)\s?:)")
_DATE_LABELS = (r"(?:Published|Updated|Posted|Publié|Mis à jour|Modifié|Publicado|Actualizado|Veröffentlicht"
                r"|Aktualisiert|Pubblicato|Aggiornato|Atualizado|Gepubliceerd|Bijgewerkt)")
_GLUE_HINT = re.compile(r"[.!?\d][A-ZÀ-Þ]|[a-zé]\d")  # (a cheap test first: a capital glued on, or a digit)
_DIGIT_THEN_DATE_LABEL = re.compile(r"(?<=\d)(?=" + _DATE_LABELS + r"\d)")
_DATE_LABEL_THEN_DIGIT = re.compile(r"\b(" + _DATE_LABELS + r")(?=\d)")


def _unglued(line: str) -> str:
    """(a caption's or a date line's length only: a story's `#Publicado2027` stays as written)"""
    if not 8 < len(line) <= T.GLUED_LINE_MAX_CHARS or "#" in line or not _GLUE_HINT.search(line):
        return line
    line = _GLUED_LABEL.sub(" ", line)
    return _DATE_LABEL_THEN_DIGIT.sub(r"\1 ", _DIGIT_THEN_DATE_LABEL.sub(" ", line))


# A screen reader's credit label alone on its line, its value on the next (`Image source,` / `Jon Whitcombe/ABN`):
# one line, as the page reads it out.
_SOURCE_LABEL_ALONE = re.compile(r"^(?:image|media|video|audio) source,$", re.I)


def _labels_joined(raw: list[str]) -> list[str]:
    out: list[str] = []
    for line in raw:
        if out and line and _SOURCE_LABEL_ALONE.match(out[-1]):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def _tab_cells(line: str) -> str:
    """A table's row pasted with its cells split at tabs (`Revenue\t£1.24bn\t£1.14bn\t+9%`): its cells split at bars,
    as a table pasted with bars is, an empty cell as a dash; a line of fewer cells keeps its tabs as spaces."""
    # (an empty last cell counts, `6.1%\t4.8%\t`, and an empty first one over a table's years, `\t2026\t2025\tVar.`
    # over `Vendas\t912,4\t861,0\t+6,0%`; a paragraph indented by a tab has no first cell)
    cells = [cell.strip() for cell in line.strip(" \r").split("\t")]
    years = any(_YEAR.match(cell) for cell in cells)
    if not cells[0] and not years:
        cells = cells[1:]
    if line.rstrip()[-1:] in ".!?" and not years:
        return line  # (a sentence with tabs in it, `Fahrplan am Wochenende:\tab 7 Uhr\tstündlich\tbis 22 Uhr.`)
    if sum(bool(cell) for cell in cells) < T.BAR_TABLE_MIN_CELLS or BYLINE.match(cells[0]) \
            or dated_cells(line.replace("\t", " | ")):
        return line  # (a header's line set in cells: `Door Name\t28-11-2026\t17:02`, `Pubblicato\t04/03/2027`)
    return " | ".join(cell or "–" for cell in cells)


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def dated_cells(row: str) -> bool:
    """A row of cells split at bars one of which is a date or a clock time alone (`04.03.2027 | 17:45 Uhr`)."""
    return "|" in row and any(_DATE_OR_CLOCK_CELL.match(cell.strip()) for cell in row.split("|"))


# (a clock: `17:45`, `17.45 Uhr`, `17h45`; a price's `78.94` is none)
_DATE_OR_CLOCK_CELL = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
                                 r"|(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s?(?:uhr|h|am|pm))?|[.h][0-5]\d\s?(?:uhr|h)|h[0-5]\d))$",
                                 re.I)


def _drop_caps(raw: list[str]) -> list[str]:
    """A drop cap pastes as a line of its own: `T` then `he keeper climbed…` (or a blank line between)."""
    out: list[str] = []
    pending: str | None = None
    for line in raw:
        if pending is not None:
            if not line:
                continue
            if line[:1].islower():
                out.append(pending + line)
                pending = None
                continue
            out.append(pending)
            pending = None
        if _DROP_CAP.match(line):
            pending = line
        else:
            out.append(line)
    if pending is not None:
        out.append(pending)
    return out


def unwrap(raw: list[str], width: int | None = None) -> list[str]:
    """Join paragraphs hard-wrapped at a fixed width (~72 columns).

    A line continues the one above when the first word of it would not have fitted on that line: that is
    exactly where a greedy wrapper breaks. The page counts as wrapped only when nearly every long line that
    runs on into another line breaks that way at one width (at most WRAP_MAX_WIDTH): `width`, when the caller has
    it from `page_width` already.
    """
    if not (width := page_width(raw) if width is None else width):
        return raw
    # A short line that stands on its own elsewhere on the page (a slot's repeated `Article content` marker: under
    # a blank line or a line it could not continue) is the page's furniture, not a paragraph's wrapped last words.
    alone = Counter(line for prev, line in pairwise(["", *raw])
                    if line and len(line) < width * T.WRAP_FILL and not _wrapped(prev, line, width))
    out: list[list[str]] = []  # paragraphs as their wrapped segments (joining strings would be quadratic)
    for line in raw:
        if out and _wrapped(out[-1][-1], line, width) and not alone[line]:
            out[-1].append(line)
        else:
            out.append([line])
    return [text for segments in out
            for text in (segments if _headline_list(segments) or _sentence_list(segments, width)
                         else [_join(segments)])]


def page_width(raw: list[str]) -> int:
    """The width the page's paragraphs are hard-wrapped at, 0 when they are not."""
    pairs = [(line, nxt) for line, nxt in pairwise(raw) if len(line) >= T.WRAP_MIN_LINE and nxt]
    # Wrapped paragraphs are told apart by blank lines; a page without any is not wrapped, it is a paste
    # of one block per line (and joining its lines would merge its headline with the standfirst).
    if len(pairs) < 3 or raw.count("") < len(raw) * T.WRAP_BLANK_SHARE:
        return 0
    width, wrapped = _best_width(pairs)
    # And a page whose paragraphs are mostly long lines is not wrapped: its few width-filling lines are menus.
    unwrapped = sum(1 for line in raw if len(line) > T.WRAP_MAX_WIDTH)
    return width if wrapped >= max(T.WRAP_MIN_LINES, len(pairs) * T.WRAP_SHARE, unwrapped) else 0


def _headline_list(segments: list[str]) -> bool:
    """Lines pasted tight that a wrapper could have broken but no paragraph would: each one after the first opens
    with a capital where the line above stopped without punctuation, and the last ends without any (a list of
    related headlines after the story, `Seed delivery delayed as trucks break down` / `Women growers get solar
    pumps` / `Rice price rises, traders blame exchange rate`). A paragraph's wrapped lines may open with a name
    once; they do not all, and the paragraph ends its last sentence."""
    return len(segments) >= T.HEADLINE_LIST_MIN_LINES and not SENTENCE_END.search(segments[-1]) \
        and all(nxt[:1].isupper() and not SENTENCE_END.search(line) and not line.endswith(",")
                for line, nxt in pairwise(segments))


def _sentence_list(segments: list[str], width: int) -> bool:
    """Lines pasted tight that a wrapper could have broken, each one a whole sentence, one at least longer than the
    page's width: every line ends a sentence and the next opens with a capital or a figure (a fact box's lines,
    `Bomringen har i dag 18 bomstasjoner …` / `Inntektene var på 1,2 milliarder kroner i fjor …`, 73 columns on a
    page wrapped at 72). No wrapper wrote a line past its width; a wrapped paragraph's lines may all end on a stop
    now and then (a review's probe: three short sentences, each filling its line)."""
    return len(segments) >= T.HEADLINE_LIST_MIN_LINES and any(len(line) > width for line in segments) \
        and all(_SENTENCE_CLOSED.search(line) for line in segments) \
        and all(nxt[:1].isupper() or nxt[:1].isdigit() for nxt in segments[1:])


# A line closed on a sentence's stop, perhaps inside closing quotes or brackets.
_SENTENCE_CLOSED = re.compile(r"[.!?…]" + _CLOSERS + "$")


def _join(segments: list[str]) -> str:
    """Wrapped segments joined by a space, except after a hyphen the wrapper broke at (`small-` + `office`)."""
    parts = [segments[0]]
    for prev, segment in pairwise(segments):
        glued = prev[-1:] == "-" and prev[-2:-1].isalpha() and segment[:1].isalpha()
        parts.append(segment if glued else " " + segment)
    return "".join(parts)


def _best_width(pairs: list[tuple[str, str]]) -> tuple[int, int]:
    """The wrap width and how many run-on lines break at it. The width most lines stop short of is the first guess;
    a few furniture lines a little longer than the wrap width that run on too (related headlines or a footer pasted
    tight) may widen it, and then few lines break where a wrapper would. The narrower widths the paragraphs' own
    longest lines suggest are tried then, and the one at which most lines break as a wrapper's do wins. They are
    tried even when most lines already break at the first guess: two related headlines pasted tight under a
    wrapped story (79 and 83 columns over paragraphs wrapped at 72) widen it enough that the paragraphs' lines
    which stop a few columns short no longer read as broken there."""
    lengths = [len(line) for line, _ in pairs]
    width = _wrap_width(lengths)
    wrapped = sum(_wrapped(line, nxt, width) for line, nxt in pairs)
    if wrapped == len(pairs) or (wrapped >= len(pairs) * T.WRAP_SHARE and len(pairs) > T.WRAP_RETRY_MAX_PAIRS):
        return width, wrapped
    for w in sorted({n for n in lengths if width * T.WRAP_FILL <= n < width}, reverse=True)[:T.WRAP_WIDTH_TRIES]:
        if (n := sum(_wrapped(line, nxt, w) for line, nxt in pairs)) > wrapped:
            width, wrapped = w, n
    return width, wrapped


def _wrap_width(lengths: list[int]) -> int:
    """The width most run-on lines stop just short of (counted in one pass over a length histogram, so a
    consent banner or a menu line longer than the wrap width does not move it)."""
    counts = [0] * (T.WRAP_MAX_WIDTH + 2)
    for n in lengths:
        counts[min(n, T.WRAP_MAX_WIDTH + 1)] += 1
    below = [0]
    for c in counts:
        below.append(below[-1] + c)  # below[n] = lines shorter than n
    near = {w: below[w + 1] - below[int(w * T.WRAP_FILL)] for w in range(T.WRAP_MIN_LINE, T.WRAP_MAX_WIDTH + 1)}
    best = max(near.values(), default=0)
    # The narrowest window that holds (nearly) as many: a line or two longer than the width that runs on into
    # the next (a caption over its credit line) would otherwise widen it past the wrapped lines.
    keep = best - max(1, int(best * T.WRAP_WIDTH_OUTLIERS)) if best > T.WRAP_MIN_LINES else best
    width = min((w for w, k in near.items() if k >= keep and k), default=T.WRAP_MAX_WIDTH + 1)
    # A greedy wrapper fills lines up to the width itself; when only a few lines reach it, the peak window may
    # stop a char or two short of it (and the line that filled it would count as a paragraph's last line).
    for w in range(width + T.WRAP_WIDTH_SLACK, width, -1):
        if w <= T.WRAP_MAX_WIDTH and counts[w]:
            return w
    return width


def _wrapped(line: str, nxt: str, width: int) -> bool:
    """`nxt` continues `line`: the first word of `nxt` would (nearly) not have fitted after `line` within
    `width` columns, which is where a wrapper breaks (nearly: `fmt` and mail clients balance their lines)."""
    if not line or not nxt or not width * T.WRAP_FILL <= len(line) <= width:
        return False
    if LIST_ITEM.match(nxt) and not _date_run_on(line, nxt):
        return False
    if len(nxt) > width + T.WRAP_OVERFLOW:
        return False  # a wrapper leaves no line longer than its width: `nxt` is a paragraph of its own
    if len(nxt) > width and kind_of(nxt) is not None:
        return False  # past the width and furniture by its pattern (`Read next: …`): pasted tight, not a run-on
    return len(line) + 1 + len(nxt.split(" ", 1)[0]) > width - T.WRAP_TOLERANCE


def _date_run_on(line: str, nxt: str) -> bool:
    """`nxt` opens with a day and its month's name (`7. Dezember, für Lastwagen …`) under a line that is no list's
    lead-in (it ends without a colon): a wrapped sentence's date, not a numbered list's item."""
    from newsletter.ingest.scraped.dates import DAY_OF_MONTH

    return not line.endswith(":") and bool(DAY_OF_MONTH.match(nxt))


def split_compound(line: str) -> list[str]:
    """`Author: X | Published: Y` -> its parts, when every part is furniture-sized."""
    if not _COMPOUND.search(line[:T.MATCH_CHARS]):
        return _date_then_reading_time(line) or _name_glued_to_date(line) or _date_slash_byline(line)
    if "(" in line or "[" in line:  # (a bar inside a short bracket joins a file's type and size, `(2,1 MB | MP3)`)
        unbracketed = _SHORT_BRACKET.sub("", line)
        if not _COMPOUND.search(unbracketed[:T.MATCH_CHARS]):
            return [line]
    if (m := CREDIT.match(line)) and "|" not in m["credit"]:
        return [line]  # `PHOTO | JANE DOE`: a credit's label set off by a bar, not two parts
    parts = [p.strip() for p in _COMPOUND.split(line) if p.strip()]
    if len(parts) > 1 and any(len(p.split()) > T.COMPOUND_PART_MAX_WORDS for p in parts):
        # (`By A and B – Published Nov 25 | Updated …`: a byline and its date joined by a dash in the first part)
        parts = [q for p in parts for q in _date_slash_byline(p)]
    if any(len(p.split()) > T.COMPOUND_PART_MAX_WORDS for p in parts) or _captioned(parts, line):
        return [line]
    if len(parts) in (2, 3) and len(parts[0].split()) >= T.TITLE_LINE_MIN_WORDS \
            and all(len(p.split()) <= T.SITE_MAX_WORDS and not re.search(r"\d", p) for p in parts[1:]) \
            and not re.search(r"\d[:.]\d\d", parts[0]):
        return [line]  # `Headline | Site`, `Headline | Section | Site`: the title reader strips the site name
    return parts


def _captioned(parts: list[str], line: str) -> bool:
    """`Fish traders sort tilapia at the beach on Wednesday. | Jane Doe, The Daily Courier`: a caption's sentence and
    the photographer's credit after a bar, one line (a longer caption is kept whole by its length)."""
    from newsletter.ingest.scraped.captions import credit_at_end

    return len(parts) == 2 and _SENTENCE_CLOSE.search(parts[0]) is not None and credit_at_end(line) == parts[1]


def path_over_headline(raw: list[str], n: int) -> str | None:
    """Line n a path from the start page run into the headline it leads to, the headline on the next line too (`Home/
    Companies/ Vaayu Mobility shares jump 7% as Q3 profit doubles` over `Vaayu Mobility shares jump 7% …`): the path
    alone (`Home / Companies`), read as a breadcrumb over the headline."""
    if not (m := _PATH_THEN_HEADLINE.match(raw[n])):
        return None
    below = next((line for line in raw[n + 1:n + 3] if line), "")
    if m["headline"].strip() != below or len(below.split()) < T.TITLE_LINE_MIN_WORDS:
        return None
    return " / ".join(step.strip() for step in re.split(r"[/›>»]", m["path"]))


_PATH_THEN_HEADLINE = re.compile(
    r"^(?P<path>(?i:home|homepage|inicio|portada|accueil|startseite|início|home page)"
    r"(?:\s?[/›>»]\s?[^/›>»|.!?]{2,30}){1,4})\s?[/›>»]\s?(?P<headline>[^/›>»|]{20,200})$")
_SENTENCE_CLOSE = re.compile(r"[a-zß-ÿ]{3}[.!?]$")  # a line closed by a word's full stop: a sentence


# A date line run on into the reading time (`17.02.2027, 10:31 Uhr Lesezeit: 4 Min.`, `4 March 2027 Reading time: 5
# min`): two parts, as if a bar stood between.
_THEN_READING_TIME = re.compile(r"^(?P<date>.{6,40}?)\s+(?P<time>(?:reading time|read time|lesezeit|lesedauer"
                                r"|tiempo de lectura|temps de lecture|tempo di lettura|tempo de leitura|leestijd"
                                r"|lästid|lesetid|læsetid)\s*:?\s*\d+\s*min\w*\.?)$", re.I)


def _date_then_reading_time(line: str) -> list[str] | None:
    from newsletter.ingest.scraped.dates import looks_like_date

    # (asked of every line: the regex only where the line closes on its minutes)
    if "min" in line[-8:].lower() and (m := _THEN_READING_TIME.match(line)) and looks_like_date(m["date"]):
        return [m["date"], m["time"]]
    return None


# A name glued to its date, two elements of the page's header pasted without a space (`Nicole Collignon22. Februar
# 2020`, `Jane Doe12/03/2027`: a lower-case letter run into the date's day), or the date glued to the name after it
# (`08.12.2022Bundesverband WindEnergie`: the year run into a capital).
_NAME_THEN_DATE = re.compile(r"^(?P<name>(?:[A-ZÀ-Þ][\w'’.-]+ ){1,3}[A-ZÀ-Þ][a-zß-ÿ]+)(?P<date>\d{1,2}[./][^|]{3,25})$")
_DATE_THEN_NAME = re.compile(r"^(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4})"
                             r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,3})$")


def _name_glued_to_date(line: str) -> list[str] | None:
    """The name and the date of a line pasted so, as two lines (in the line's order)."""
    if line[-1:].isdigit() and (m := _NAME_THEN_DATE.match(line)):
        parts = [m["name"], m["date"]]
    elif line[:1].isdigit() and (m := _DATE_THEN_NAME.match(line)):
        parts = [m["date"], m["name"]]
    else:
        return None
    from newsletter.ingest.scraped.dates import looks_like_date

    return parts if looks_like_date(m["date"]) else None


def _date_slash_byline(line: str) -> list[str]:
    """A date and a byline set on one line with a slash between (`18 noviembre, 2026 / Por Ana Ruiz y Luis Vaca`,
    `By Jane Doe / March 3, 2027`): the two parts. A slash alone splits nothing else (a path `Home / News`, a
    credit `Name / Outlet`), so both parts must show their kind: the byline its word and a name in capitals after
    it, the line no sentence closed by a full stop (`from 1 June / by appointment only.`, `ab 1. Juni / von Montag
    bis Freitag nur mit Termin.`), the other part a date. A dash joins them the same way (`By Ana Ruiz – Published
    March 3, 2027`, `Von Eva Brandt — 3. März 2027`)."""
    if not (sep := next((s for s in (" / ", " – ", " — ", " - ") if s in line), None)) \
            or len(line.split()) > T.HEADER_LINE_MAX_WORDS:
        return [line]
    from newsletter.ingest.scraped.dates import looks_like_date

    parts = [p.strip() for p in line.split(sep)]
    if len(parts) == 2 and any((m := BYLINE.match(p)) and m["who"][:1].isupper() for p in parts) \
            and any(looks_like_date(p) for p in parts) and not _SENTENCE_CLOSE.search(line):
        return parts
    return [line]


def words(text: str) -> list[str]:
    return WORD.findall(text)


_LONG_WORD = re.compile(r"\w{5,}")


def long_words(text: str) -> set[str]:
    """A text's words of five letters or more, in lower case: what two passages on one topic share."""
    return {w.lower() for w in _LONG_WORD.findall(text)}


def stems(text: str, min_letters: int = 0) -> set[str]:
    """The first T.STEM_CHARS letters of a text's long words (of `min_letters` letters at least, when more than five
    are asked): what a word shares with its other forms (`schwarzer` and `schwarzen`, `Téléchargez` and
    `Télécharger`)."""
    return {w[:T.STEM_CHARS] for w in long_words(text) if len(w) >= min_letters}


def page_language(lines: list[Line]) -> str:
    """The page's language (its jusText stoplist name), read from its longer lines."""
    sample, size = [], 0  # detect_language reads only its first LANGUAGE_SAMPLE_CHARS: join no more than those
    for line in lines:
        if line.words >= T.GOOD_MIN_WORDS:
            sample.append(line.text)
            size += len(line.text) + 1
            if size >= T.LANGUAGE_SAMPLE_CHARS:
                break
    return detect_language("\n".join(sample))


def blankless_page(lines: list[Line]) -> bool:
    """The page's blank lines tell nothing of its blocks: it has none, or one between every two lines but a few
    (the parts of a line split at its bars aside)."""
    whole = [line for line in lines[1:] if not line.part]
    between = sum(line.blank_before for line in whole)
    return between == 0 or len(whole) - between <= T.DOUBLE_SPACED_TIGHT_SHARE * len(whole)
