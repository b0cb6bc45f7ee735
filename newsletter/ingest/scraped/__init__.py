"""Scraped plain-text pages: a news page copied as text (select all, paste), with the page's furniture in it.

    read_plaintext(text, source) -> [Article]

The pipeline, one module per stage:
  clipping.py   header lines an editor's clipping may start with (URL:, Section:, Date:, Author:, Image:)
  lines.py      lines (CRLF, hard wrapping, compound `a | b` lines) and their features, the page's language
  furniture.py  the pattern tables: what a pattern decides (ads, consent, bylines, datelines, credits, ...)
  classify.py   a class for every line (labels.py), then the body: the densest run of prose (span.py)
  captions.py   captions and their credits, told by their neighbours, for classify.py and credits.py
  prompts.py    prompts and pitches that speak to the reader, for classify.py
  house.py      paragraphs in the publication's own voice (about us, corrections, credits), for classify.py
  learned.py    learned second opinions: a body paragraph's furniture odds, a header line's headline odds
  fields.py     headline and standfirst from the lines around the body (and which header lines are what)
  authors.py    the author: the header's byline, a signature or bio under the story, an agency named alone
  topic.py      whether the headline speaks of the story (a furniture line in its place gives way)
  published.py  the publication date, not the update
  sections.py   the section (breadcrumb or lone label) and the site's own names
  credits.py    the lead photo's credit and caption
  bylines.py    bylines by shape (byline words, names joined by each language's "and"), names, for fields.py
Thresholds are named, with their reasons, in thresholds.py.
"""

from __future__ import annotations

import re

from newsletter.article import Article
from newsletter.ingest.scraped import (
    authors,
    captions,
    credits,
    fields,
    house,
    learned,
    prompts,
    published,
    related,
    sections,
    topic,
)
from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.bylines import latin_name
from newsletter.ingest.scraped.cjk import interview_bite
from newsletter.ingest.scraped.classify import (
    DASHED_ATTRIBUTION,
    KEY_VALUE,
    NAMED_ATTRIBUTION,
    SPEAKER,
    classify,
    cuts_quote_short,
    forget_classes,
    heads_profile,
    spaced_page,
)
from newsletter.ingest.scraped.clipping import Clipping, read_headers
from newsletter.ingest.scraped.labels import META, NEAR, PROSE, SHORT, TEXT_CLASSES, Label
from newsletter.ingest.scraped.lines import (
    FULL_STOP,
    SENTENCE_END,
    SIGNED,
    Line,
    dated_cells,
    detect_language,
    long_words,
    measure,
    over_width,
    page_width,
    path_over_headline,
    split_compound,
    stoplist,
    tidy_lines,
    unwrap,
)
from newsletter.ingest.scraped.prompts import QUOTE_MARK, QUOTED
from newsletter.ingest.scraped.span import body_span

__all__ = ["read_plaintext"]

_ATTRIBUTION = re.compile(r"\s+[—–-]\s*[^.!?]{2,80}$")
_QUOTES = re.compile(r"[\"“”„«»‘’'‹›]")
_AUTHORS_JOIN = re.compile(r",\s+|\s+(?:and|und|et|y|e|i|en|og|och|&)\s+")


def clear_memos() -> None:
    """Forget what the memoised tests of lines and paragraphs remember (kinds, signals, languages), so a benchmark
    measures a cold read; within one page and across pages of one site the memos are what makes repeats cheap."""
    from newsletter.ingest.scraped import bylines, lines, prompts

    for memo in (F.kind_of, house.signals, house._unquoted, prompts.reader_signals, lines._detect, topic._plain,
                 bylines.clean_author, bylines.is_name, bylines.person, bylines.byline_author):
        memo.cache_clear()
    forget_classes()


def read_plaintext(text: str, source: str) -> list[Article]:
    """The article on a pasted page, or [] when the page holds no article."""
    if (front := _front(text, source)) is None:
        return []
    clip, lines, labels, (start, end), wide = front
    zone_end = start
    fields.relabel_header(lines, labels, start)
    start = fields.past_player(lines, labels, start, end)
    headline = fields.find_headline(lines, labels, start)
    if headline is None and fields.asks_over_story(lines, labels, start, end):
        headline, start = start, start + 1  # read as the story's first sentence: the page's only headline
    if headline is None:
        return []
    headline = _learned_headline(lines, labels, zone_end, topic.on_topic(lines, labels, headline, start, end))
    headline, run_in = fields.headline_alone(lines, headline, start), headline
    fields.relabel_under_headline(lines, labels, headline, start, end)
    start = fields.after_standfirst(lines, labels, headline, start, end)
    if captions.uncredited_caption(lines, labels, headline, start, end) \
            or captions.second_caption(lines, labels, start, end):
        labels[start] = Label(META, "caption")
        start += 1
    return [_article(lines, labels, headline, start, end, clip, source, wide, run_in)]


def _front(text: str, source: str) -> tuple[Clipping, list[Line], list[Label], tuple[int, int], frozenset[str]] | None:
    """The clipping's header lines, the page's measured lines, their classes, the body's span (None: no body) and,
    on a hard-wrapped page, the lines longer than its width (`lines.over_width`)."""
    pasted = tidy_lines(text)
    width = page_width(pasted)
    raw = unwrap(pasted, width)
    clip, first = read_headers(raw, source)
    lines = _lines(_around_prose(raw[first:]))
    labels = classify(lines)
    span = body_span(lines, labels)
    return None if span is None or span[0] >= span[1] else (clip, lines, labels, span, over_width(pasted, width))


def header_zone(text: str) -> list[str]:
    """The lines above the body the reader finds on a page, top down, at most learned.ZONE_LINES of them: the
    headline model's candidates (bench/train_learned.py fits it on them)."""
    if (front := _front(text, "")) is None:
        return []
    _, lines, _, (start, _), _ = front
    return [line.text for line in lines[max(0, start - learned.ZONE_LINES):start]]


def headline_candidate(text: str) -> bool:
    """A line the headline model weighs: two words or more, and no paragraph (T.HEADLINE_CANDIDATE_MAX_WORDS)."""
    return 2 <= len(text.split()) <= T.HEADLINE_CANDIDATE_MAX_WORDS


def _learned_headline(lines: list[Line], labels: list[Label], body_start: int, headline: int) -> int:
    """The headline, or the line the headline model (learned.py) prefers when it gives the pattern tables' choice
    odds under T.HEADLINE_VETO_ODDS and a text line of the header zone above it at least T.HEADLINE_PICK_ODDS: a
    site's tagline, a newsroom's byline or a player's label (`Audio playback speed 1x`) taken for the headline."""
    top = max(0, body_start - learned.ZONE_LINES)
    zone = [line.text for line in lines[top:body_start]]
    own = learned.headline_odds(zone, headline - top) if top <= headline < body_start else None
    if own is None or own >= T.HEADLINE_VETO_ODDS:
        return headline
    # (the model weighs the lines the tables read as text: a menu, a breadcrumb or a control is no headline)
    odds = {i: learned.headline_odds(zone, i) or 0.0 for i, text in enumerate(zone) if headline_candidate(text)
            and labels[top + i].cls in (SHORT, NEAR, PROSE) and not F.is_ui(text) and not sections.breadcrumb(text)}
    best = max(odds, key=odds.__getitem__, default=None)
    if best is None or odds[best] < T.HEADLINE_PICK_ODDS or _NEXT_SENTENCE.search(zone[best]):
        return headline  # (two sentences make a standfirst, not a headline)
    # A line under the tables' headline is never taken: a standfirst, a caption or the lede stands there, and what
    # the tables wrongly take for a headline is furniture or the story's opening under the true one. A line giving
    # the same title in any case (a `Headline | Site` line) leaves the tables' line, under which the section was read.
    pick = top + best
    if pick > headline:
        return headline
    theirs, ours = (fields.clean_title(lines[i].text, lines, i).casefold() for i in (headline, pick))
    return headline if theirs in ours or ours in theirs else pick


def _around_prose(raw: list[str]) -> list[str]:
    """A page far longer than any article page (a paste of a whole archive, a log): only the lines around its
    densest run of sentence-shaped lines are read, found with cheap measures (length and final punctuation),
    so that the full classification runs on a bounded number of lines and the time stays linear and small."""
    if len(raw) <= T.FULL_READ_MAX_LINES:
        return raw
    best, best_end, total, start, best_start = 0.0, 0, 0.0, 0, 0
    for i, text in enumerate(raw):
        if total <= 0:
            total, start = 0.0, i
        long_sentence = len(text) >= T.CHEAP_PROSE_CHARS and SENTENCE_END.search(text[-4:]) is not None
        total += len(text) if long_sentence else (0 if not text else -T.SHORT_COST)
        if total > best:
            best, best_start, best_end = total, start, i + 1
    first = max(0, best_start - T.AROUND_PROSE_LINES)
    return raw[first:min(best_end + T.AROUND_PROSE_LINES, first + T.FULL_READ_MAX_LINES)]


def _lines(raw: list[str]) -> list[Line]:
    """Measured lines; compound header lines split into their parts; blank lines remembered, not kept."""
    stops = stoplist(detect_language("\n".join(raw[:2000])))
    out: list[Line] = []
    measured: dict[tuple[str, bool, bool], Line] = {}  # repeated lines are measured once
    blank = False
    rows = _bar_rows(raw)
    for n, text in enumerate(raw):
        if not text:
            blank = True
            continue
        if (path := path_over_headline(raw, n)) is not None:
            text = path
        parts = [text] if n in rows or F.TAGS.match(text[:T.MATCH_CHARS]) or _player_line(text) \
            else split_compound(text)
        lines_of_own = _kicker_and_headline(parts, raw, n)
        for k, part in enumerate(parts):
            key = (part, blank and k == 0, k > 0 and not lines_of_own)
            out.append(measured.get(key) or measured.setdefault(key, measure(part, stops, key[1], key[2])))
        blank = False
    return out


def _kicker_and_headline(parts: list[str], raw: list[str], n: int) -> bool:
    """`Niedrigwasser im Spreewald | Kahnfährleute beenden die Saison so früh wie nie` over the story's first
    paragraph: a kicker and the headline a site sets on one line with a bar, read as the two lines they stand for
    (the kicker of a few words, the headline longer; neither a date, a figure, a credit or a furniture kind). A
    header's compound line of metadata (`Audio | 18.08.2026 | Name`) has a figure or is no paragraph's neighbour;
    a link set between two paragraphs (`Lire aussi l'enquête | Headline`) is the story's interruption, not its
    header."""
    if len(parts) != 2 or not T.HEADLINE_MIN_WORDS < len(parts[1].split()) <= T.HEADLINE_MAX_WORDS \
            or not 1 <= len(parts[0].split()) <= T.KICKER_MAX_WORDS \
            or len(parts[0].split()) >= len(parts[1].split()) \
            or any(c.isdigit() for c in "".join(parts)) or SENTENCE_END.search(parts[1]) \
            or any(F.kind_of(p) is not None for p in parts) or F.CREDIT.match(parts[0]):
        return False
    above = next((text for text in reversed(raw[max(0, n - 2):n]) if text), "")
    below = next((text for text in raw[n + 1:n + 3] if text), "")
    return not _paragraph(above) and _paragraph(below)


def _paragraph(text: str) -> bool:
    return len(text.split()) >= T.KICKER_PARAGRAPH_MIN_WORDS and SENTENCE_END.search(text) is not None


def _player_line(text: str) -> bool:
    """A player's label and length on one line (`Écouter le reportage · 1 min 48`, `Listen | 4:12`) stays whole:
    split at its dot, the label alone reads as a link and the length as a stray figure."""
    if len(text) > T.CAPTION_MAX_CHARS or not any(c in text for c in "|·•"):
        return False
    kind = F.kind_of(text)
    return kind is not None and kind.name == "audio player"


def _bar_rows(raw: list[str]) -> set[int]:
    """Lines that are a table's rows with their cells split at bars (`Provider | Account | Rate | Min deposit` over
    `Lisle Bank | Instant Saver 7 | 4.05% | £1`): as many cells as the line next to them, three or more, a figure in
    one of the two (two menu lines of as many entries hold none). They stay whole, so that the table is read as
    rows (classify.py), not as menu items or header parts."""
    cells = [text.count(" | ") if "|" in text else 0 for text in raw]

    def pair(i: int, j: int) -> bool:
        # (a header's date line over the rows, `04.03.2027 | 17:45 Uhr | Lesezeit 3 Min.`: dated, they are not)
        return 0 <= j < len(raw) and cells[j] == cells[i] and any(c.isdigit() for c in raw[i] + raw[j]) \
            and dated_cells(raw[i]) == dated_cells(raw[j])

    return {i for i, c in enumerate(cells) if c >= T.BAR_TABLE_MIN_CELLS - 1 and (pair(i, i - 1) or pair(i, i + 1))}


def _article(lines: list[Line], labels: list[Label], headline: int, start: int, end: int, clip: Clipping,
             source: str, wide: frozenset[str] = frozenset(), run_in: int | None = None) -> Article:
    """The article; `run_in`, the line a trail ran into the headline on (fields.headline_alone), is where the page's
    header stands: the section is read above it."""
    title = fields.clean_title(lines[headline].text, lines, headline)
    header = range(max(0, headline - T.SECTION_WINDOW), start)
    site = house.site_words(lines)
    own = house.speaks_as_we([lines[i].text for i in range(start, end) if labels[i].cls in TEXT_CLASSES])
    body = _wrapped_story(_body(lines, labels, start, end, title, site, own), wide)
    # (a person the post line names first: a byline-shaped menu entry may stand in the header; a blog account's name
    # only when no byline names the writer, `By Helen Marsh` over a guest post `Posted … by tomw`)
    author = clip.author or authors.dated_post_author(lines, labels, header) \
        or authors.find_author(lines, labels, header, headline) \
        or authors.dated_post_author(lines, labels, header, user_names=True) \
        or authors.dated_line_author(lines, labels, header) or authors.find_author(lines, labels, range(start, end))
    if body and (m := F.AGENCY_DATELINE.match(body[0][:T.MATCH_CHARS])) and m.end() < len(body[0]):
        author = author or m["agency"]  # `TOKYO (Reuters) - …`: the dateline stays, it is how the story opens
    author = author or authors.bio_author(lines, labels, end) or authors.trailing_agency(lines, labels, end) \
        or authors.find_author(lines, labels, range(end, authors.story_end(lines, labels, end, T.AFTER_BODY_BYLINE))) \
        or authors.labelled_byline_after(lines, labels, end) or authors.post_footer_author(lines, labels, end)
    credit, caption = credits.find_credit(lines, labels, range(max(0, headline - T.SECTION_WINDOW),
                                                              credits.lead_photo_zone_end(lines, labels, start, end)))
    if credit is None:
        credit, caption = credits.credit_below_story(lines, labels, header, end)
    credit = credit or credits.lead_credit_after(lines, end)
    body = _learned_context(_learned_furniture(_drop_tail(body, author, site, _photographer(credit), own), site))
    return Article(
        title=title,
        source=source,
        url=clip.url,
        section=clip.section or sections.find_section(lines, labels, headline if run_in is None else run_in),
        author=author,
        published=clip.published or published.find_published(lines, labels, header, headline)
        or published.date_opening_story(lines, labels, start, end) or published.date_under_story(lines, labels, end),
        summary=fields.find_standfirst(lines, labels, headline, start) or "",
        body=body,
        image_url=clip.image_url,
        image_alt=caption,
        image_credit=credit,
        tags=_tags(lines, labels),
    )


def _wrapped_story(body: list[str], wide: frozenset[str]) -> list[str]:
    """On a page hard-wrapped at a width, a paragraph pasted as one line longer than it (`wide`) came from another
    block than the wrapped story: a caption, a box's practical line, a bio, a note. Judged only where the story's
    long paragraphs are wrapped but for a few (at most T.UNWRAPPED_MAX_SHARE of them, and T.UNWRAPPED_MIN_LONG
    long paragraphs at least): over the corpus's and the probes' 294 such pages, the 12 paragraphs it drops are all
    furniture."""
    long = [text for text in body if len(text) > T.UNWRAPPED_LONG_CHARS]
    alone = [text for text in long if text in wide]
    if not alone or len(long) < T.UNWRAPPED_MIN_LONG or len(alone) > T.UNWRAPPED_MAX_SHARE * len(long):
        return body
    return [text for text in body if text not in alone]


def _learned_furniture(body: list[str], site: frozenset[str]) -> list[str]:
    """The paragraphs the learned model (learned.py) does not read as furniture. Its word evidence must agree with
    two more: the paragraph shows a sign of the page speaking (house.signals: the publication's voice or name, the
    reader addressed; prompts.reader_signals: a call to act, a channel, a price), and it is not about the story's
    topic (`_on_topic`): a story about a news app or a media lawsuit uses every furniture word. It judges
    sentence-sized paragraphs only (T.LEARNED_MIN_WORDS), never an item of a list in the story (`_list_item`), an
    aside in brackets or a paragraph of the story's own person (`_of_the_storys_person`), and a heading amid the
    story only with near certainty."""
    def furniture(i: int, text: str) -> bool:
        if len(text.split()) < T.LEARNED_MIN_WORDS:
            return False
        heading = 0 < i < len(body) - 1 and not SENTENCE_END.search(text)
        # (the odds first: they are cheap, and rarely high enough for the rest to be asked)
        return learned.furniture_odds(text) >= (T.LEARNED_HEADING_ODDS if heading else T.LEARNED_FURNITURE_ODDS) \
            and bool(house.signals(text, site)[0] or prompts.reader_signals(text)) \
            and not (_list_item(body, i) or _ASIDE.match(text) or _of_the_storys_person(body, i)
                     or _on_topic(body, i))

    return [text for i, text in enumerate(body) if not furniture(i, text)]


def _learned_context(body: list[str]) -> list[str]:
    """The paragraphs the context model (learned.py) does not read as furniture where they stand: it drops a sentence
    it gives odds of T.LEARNED_CONTEXT_ODDS or more, in a body of T.LEARNED_CONTEXT_MIN_PARAGRAPHS or more. Never the
    first paragraph (the lede is the header's and the lede rules' to judge), a line that does not end on a full stop
    (FULL_STOP: a story's subheading reads like a box's title or a related headline, and the pattern tables tell them;
    a question asks the story's reader, `Ask questions as you read: what do you think happens next?`; a lead-in ending
    in a colon opens a list of the story's), an item of a list in the story (`_list_item`), a turn of a dialogue (two
    paragraphs or more opening on a speaker's name: `Maria Lopez: Yes, …`), a sentence reporting what someone said
    (F.REPORTED_SPEECH; a broadcast's interview bite, cjk.interview_bite: `[박영순/서울 노원구 : "…"]`), an aside in
    brackets, a paragraph of the story's own person (`_of_the_storys_person`), one naming the story's subject
    (`_names_the_subject`) or one whose words the story's other paragraphs mostly hold
    (T.LEARNED_CONTEXT_TOPIC_SHARE)."""
    if len(body) < T.LEARNED_CONTEXT_MIN_PARAGRAPHS:
        return body
    odds = learned.context_odds(body)
    turns = sum(bool(SPEAKER.match(text)) for text in body) >= 2

    def furniture(i: int, text: str) -> bool:
        return i > 0 and odds[i] >= T.LEARNED_CONTEXT_ODDS and bool(FULL_STOP.search(text)) \
            and not (_list_item(body, i) or (turns and SPEAKER.match(text)) or F.REPORTED_SPEECH.search(text)
                     or interview_bite(text) or _ASIDE.match(text) or _of_the_storys_person(body, i)
                     or _names_the_subject(body, i) or _on_topic(body, i, T.LEARNED_CONTEXT_TOPIC_SHARE))

    return [text for i, text in enumerate(body) if not furniture(i, text)]


def _on_topic(body: list[str], i: int, share: float = T.LEARNED_TOPIC_SHARE) -> bool:
    """At least `share` (T.LEARNED_TOPIC_SHARE) of paragraph `i`'s words of five letters or more stand in the story's
    other paragraphs (`Readers can listen to the audio stories, download them …` in a story about that audio app)."""
    words = long_words(body[i])
    rest = {w for j, text in enumerate(body) if j != i for w in long_words(text)}
    return bool(words) and len(words & rest) >= share * len(words)


def _names_the_subject(body: list[str], i: int) -> bool:
    """Paragraph `i` names, after its first word, what the story is about: a capitalised word that
    T.LEARNED_SUBJECT_PARAGRAPHS other paragraphs or more name too (`Mehr Informationen gibt es auf der
    Internetseite der Tafel.` in a story about that food bank); a page's furniture names the page's things."""
    names = set(_INNER_NAME.findall(body[i]))
    return any(sum(bool(re.search(rf"\b{re.escape(name)}\b", text)) for j, text in enumerate(body) if j != i)
               >= T.LEARNED_SUBJECT_PARAGRAPHS for name in names)


# A paragraph wholly in brackets: the story's aside (`(Read all the news about the flood on page 3, the editor wrote
# to readers in 1953.)`); the credits and notes set so are the pattern tables' kinds.
_ASIDE = re.compile(r"^\(.*\)$")
# A paragraph opening with a capitalised word: a name, perhaps one the story has used.
_OPENING_NAME = re.compile(r"^([A-ZÀ-Þ][\w'’-]{2,})\s")


def _of_the_storys_person(body: list[str], i: int) -> bool:
    """Paragraph `i` opens with a name an earlier paragraph uses inside a sentence (`Margaret Lee, who lives opposite
    the tree, …` over `Lee is a retired reporter and writes a weekly column …`): it tells of the story's person,
    however much it reads like the writer's bio."""
    if not (m := _OPENING_NAME.match(body[i])):
        return False
    inside = re.compile(r"\w,?\s+" + re.escape(m[1]) + r"\b")
    return any(inside.search(p) for p in body[:i])


# A list's item by its shape: a bullet, or a label and a figure (`Aceite de oliva virgen: 3,61 euros/kilo (-2,1 %)`).
_ITEM = re.compile(r"^[•·*–-]\s|^[^:.!?]{2,60}:\s.*\d")


def _list_item(body: list[str], i: int) -> bool:
    """Paragraph `i` is an item of a list in the story: it ends in a semicolon or comma (`essere residenti in …;`),
    is a bulleted or `Label: figure` line beside another, or stands in a run of short lines under a line ending in
    a colon (`Diversions are in place:` over the streets closed)."""
    text = body[i]
    if text.rstrip()[-1:] in ";," or (_ITEM.match(text) and any(
            0 <= j < len(body) and _ITEM.match(body[j]) for j in (i - 1, i + 1))):
        return True
    j = i - 1
    while j >= 0 and not body[j].rstrip().endswith(":") and not SENTENCE_END.search(body[j]) \
            and len(body[j].split()) <= T.LIST_ITEM_MAX_WORDS:
        j -= 1
    return j >= 0 and body[j].rstrip().endswith(":") and len(text.split()) <= T.LIST_ITEM_MAX_WORDS


def _body(lines: list[Line], labels: list[Label], start: int, end: int, title: str,
          site: frozenset[str], own: bool = False) -> list[str]:
    texts = [lines[i].text for i in range(start, end) if labels[i].cls in TEXT_CLASSES]
    body = [text for text in texts
            if text != title and not F.is_ui(text)
            and not (house.is_note(text, site, at_end=False, own_voice=own) and not _asks_of_story(text, texts, site)
                     and not (text is texts[-1] and _appeal_for_subject(text, texts[:-1], site)))
            and not house.own_pointer(text, site)]
    # (on a page whose blocks stand apart, lines pasted tight together are one block: a list's items, not links)
    tight = {lines[i].text for i in range(start, end) if labels[i].cls in TEXT_CLASSES
             and (not lines[i].blank_before or (i + 1 < end and not lines[i + 1].blank_before))} \
        if spaced_page(lines) else None
    body = related.drop_related_headlines(_drop_pull_quotes(body), tight)
    again = _shown_again_after(lines, end, body)
    return [p for i, p in enumerate(body) if p not in again and not _caption_reintroducing(body, i)]


def _shown_again_after(lines: list[Line], end: int, body: list[str]) -> set[str]:
    """A headline-shaped line (six words or more, no sentence's end) amid the story that the page shows again under
    it (`Carlisle bus station revamp delayed …` between paragraphs, then in the most-read list): another story's
    headline set into this one, since a story's own subheading is listed nowhere under it but in a list of its
    parts (`Key events`, two lines or more shown again: none is taken). Not where the story itself is pasted again
    below (its first paragraph there too); a reader's comment may quote a sentence of the story."""
    later = {lines[i].text for i in range(end, len(lines))}
    if not body or body[0] in later:
        return set()
    again = {text for text in body[1:] if text in later and not SENTENCE_END.search(text)
             and T.LINKED_HEADLINE_MIN_WORDS <= len(text.split()) <= T.HEADLINE_MAX_WORDS}
    return again if len(again) == 1 else set()


# A photo's caption set between paragraphs, a sentence without a verb (`Janice Mouland, president of the co-op, in the
# drying shed on Mockbeggar Road.`, `Anna Berg, Leiterin der Bücherei, im Lesesaal.`, `Léa Morel, présidente de
# l'association, dans son atelier.`): a name, what the person is, then where the picture shows them.
_PLACED_NAME = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w'’-]+(?: (?:de |da |di |van |von |del |la |le |du )?[A-ZÀ-Þ][\w'’-]+){1,3}), "
    r"[^,.;:!?\"“”„«»]{3,90}, (?:in|at|on|inside|outside|near|beside|im|in der|in den|am|an der|auf der|auf dem|beim"
    r"|vor der|vor dem|dans|à|au|aux|devant|sur|près de|en|junto a|frente a|delante de|nel|nella|nei|al|alla|sul"
    r"|sulla|davanti|presso|na|no|nos|nas|em|junto ao|op|bij|voor|naast) (?P<place>[^!?\"“”„«»]{3,120})\.$")
# A caption's place is a short noun phrase (`the co-op’s drying shed on Mockbeggar Road`); a longer one goes on into
# a clause (`Monday thanked the volunteers who rebuilt the drying shed`, `Gespräch mit den Gästen bedankte sich…`).
_PLACE_MAX_WORDS = 8
# The words of a clause (an auxiliary or a speech verb) that a caption's place phrase never holds.
_CLAUSE_WORD = re.compile(r"\b(?:is|was|were|are|has|had|have|will|would|said|says|told|ist|war|hat|hatte|wird|sagte"
                          r"|sagt|est|était|a dit|sera|es|fue|era|ha|dijo|será|è|era|disse|sarà|é|foi|zei|heeft|werd"
                          r"|wordt)\b", re.I)


def _caption_reintroducing(body: list[str], i: int) -> bool:
    """A caption between paragraphs (_PLACED_NAME) naming a person the story has already named above: the story
    introduces a person once and calls them by the surname after; a caption introduces them again. One sentence of
    caption length, shorter than the paragraphs either side of it, nobody quoted, its place phrase short and without
    a clause (`…, in March told members the loan was paid.`, `…, on Monday thanked the volunteers who…`)."""
    words = len(body[i].split()) if 0 < i < len(body) - 1 else 0
    if not words or words > T.LONE_CAPTION_MAX_WORDS \
            or words >= min(len(body[i - 1].split()), len(body[i + 1].split())) \
            or not (m := _PLACED_NAME.match(body[i])) or len(m["place"].split()) > _PLACE_MAX_WORDS \
            or _CLAUSE_WORD.search(body[i][m.end("name"):]) or _NEXT_SENTENCE.search(body[i]):
        return False
    surname = m["name"].split()[-1]
    return any(re.search(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w'’-])", p) for p in body[:i])


def _asks_of_story(text: str, texts: list[str], site: frozenset[str]) -> bool:
    """A subheading asking the reader about the story's own subject (`Should you subscribe?` over the analysts'
    views in a share offer's story, `Faut-il s'abonner ?` in a story on a streaming price rise, `¿Conviene
    suscribirse?`): a short question with just the two signals of the reader addressed and a call to act, whose
    word of action the story's own paragraphs use (T.STORY_ACTION_MIN_PARAGRAPHS of them: `opens for subscription`,
    `a "subscribe" rating`). A house pitch's word is the house's alone (`Want more? Subscribe to our newsletter`
    names the house's product: a third signal)."""
    if not text.endswith("?") or len(text.split()) > T.HEADLINE_MAX_WORDS or _NEXT_SENTENCE.search(text) \
            or house.signals(text, site)[0] != T.HOUSE_SIGNALS or not (m := F.CALL_TO_ACTION.pattern.search(text)):
        return False
    stem = m.group(1).lower()[:T.ACTION_STEM_CHARS]
    return sum(stem in other.lower() for other in texts if other != text) >= T.STORY_ACTION_MIN_PARAGRAPHS


def _drop_pull_quotes(body: list[str]) -> list[str]:
    """A pull quote repeats a sentence of a nearby paragraph; it goes."""
    # Compared without quotes and without a trailing attribution (`“…” — Jane Doe, mayor`).
    plain = [_QUOTES.sub("", _ATTRIBUTION.sub("", p)).lower().strip(" .") for p in body]
    keep = []
    quote_above = False
    for i, text in enumerate(plain):
        if quote_above and (NAMED_ATTRIBUTION.match(body[i]) or DASHED_ATTRIBUTION.match(body[i])):
            quote_above = False
            continue  # the pull quote's attribution line (`Jane Doe, hydrologist at the University of X`)
        near = range(max(0, i - T.PULL_QUOTE_WINDOW), min(len(plain), i + T.PULL_QUOTE_WINDOW + 1))
        repeated = len(text) >= 20 and any(j != i and len(plain[j]) > len(text) and text in plain[j] for j in near)
        quoted = _WHOLLY_QUOTED.match(body[i]) is not None
        attributed = quoted and _over_speaker(body, i) and not any(
            j != i and _over_speaker(body, j) for j in near)  # (a series of them is the story's vox pop)
        # (a quoted line over its speaker's name and role is a pull quote, however its words come again below)
        heading = not attributed and (_subheading(body, plain, i) or (quoted and (cuts_quote_short(
            body[i], body[i + 1:i + 1 + T.QUOTED_SUBHEADING_REACH], body[max(0, i - T.PULL_QUOTE_WINDOW):i])
            or _reworded_below(body, plain, i))))
        if heading or _outlined_heading(body, i) or (
                not repeated and not attributed and not _echoes(body[i], plain, i, near)
                and not _restates(body[i], plain, i, near) and not _retells(body[i], plain, i, near)
                and not _trimmed_quote(body[i], plain, i, near) and not _display_quote(body, i)):
            keep.append(body[i])
            quote_above = False  # (an attribution closes the pull quote right above it, not one further up)
        else:
            # (a dropped pull quote's attribution under it goes with it, whether the quote kept its marks or not)
            below = body[i + 1] if i + 1 < len(body) else ""
            # (under a sentence repeated without its marks, a role after the name: `Maxime Gérard, échevin de la
            # Mobilité`; a name described with an article, `Renate Lindner, die letzte Bäckerin`, heads a part)
            quote_above = quoted or bool(_ATTRIBUTION_DASH.match(below)) or (repeated and not _DESCRIBED.search(below))
    return keep


def _over_speaker(body: list[str], i: int) -> bool:
    """Paragraph i is wholly quoted, its speaker's name and role on the line under it (after a comma, or after a dash
    when no other name and role follows and the paragraph under it does not name them: `Name — role` lines in a row
    are the story's list of who got which job, and one over a paragraph about that person heads a profile's part)."""
    if i + 1 >= len(body) or _WHOLLY_QUOTED.match(body[i]) is None:
        return False
    below = body[i + 2] if i + 2 < len(body) else ""
    return NAMED_ATTRIBUTION.match(body[i + 1]) is not None or (DASHED_ATTRIBUTION.match(body[i + 1]) is not None
                                                                and not heads_profile(body[i + 1], below))


# A name described after its comma by a phrase with an article (`Renate Lindner, die letzte Bäckerin am Frauenplan`).
_DESCRIBED = re.compile(r",\s+(?:(?:the|a|an|die|der|das|la|le|les|el|los|las|il|lo|gli|un|une|una|uno|de|het|een"
                        r"|o|os|um|uma|ein|eine)\s|l['’]\w)", re.I)
# A pull quote's attribution set on the line under it with a dash (`— Dolores Arrieta, founder of the centre`).
_ATTRIBUTION_DASH = re.compile(r"^[—–―]\s*[A-ZÀ-Þ]")




def _subheading(body: list[str], plain: list[str], i: int) -> bool:
    """A few words without a sentence ending that quote a phrase of the paragraph right under them
    (`'A standard business process'`) head that part of the story; a pull quote is set apart from the paragraph
    it repeats (above it at a distance, or below it)."""
    # (the phrase may be quoted a few paragraphs into the part it heads: `'We've done this before'` / a paragraph
    # introducing the speaker / her quote; further in, only where that paragraph closes the part)
    return _heading_shaped(body[i]) and i + 1 < len(plain) and len(plain[i]) >= 3 \
        and any(plain[i] in plain[j] and (j - i <= T.QUOTED_SUBHEADING_NEAR or j + 1 == len(plain)
                                          or _heading_shaped(body[j + 1]))
                for j in range(i + 1, min(len(plain), i + 1 + T.QUOTED_SUBHEADING_REACH))) \
        and not any(plain[i] in plain[j] for j in range(max(0, i - T.PULL_QUOTE_WINDOW), i))


_TOKEN = re.compile(r"\w+")


def _reworded_below(body: list[str], plain: list[str], i: int) -> bool:
    """A quoted heading of a few words whose words, all but one, come in their order in one of the two paragraphs
    under it (`'Mijn leven staat stil'` over `… mijn leven staat eigenlijk stil …`, `'It is where our kids learn'`
    over `"This is where our kids learn to swim …"`): the part's heading quoting its speaker loosely, as a subheading
    does; a pull quote stands apart from the paragraph it repeats."""
    if not _heading_shaped(body[i]):
        return False
    words = _TOKEN.findall(plain[i])
    if len(words) < T.REWORDED_HEADING_MIN_WORDS:
        return False
    return any(_in_order(words, _TOKEN.findall(below)) >= len(words) - 1 for below in plain[i + 1:i + 3])


def _in_order(words: list[str], tokens: list[str]) -> int:
    """How many of `words` a text's `tokens` hold in their order (the longest common subsequence)."""
    row = [0] * (len(words) + 1)
    for token in tokens:
        diagonal = 0
        for k, word in enumerate(words, start=1):
            diagonal, row[k] = row[k], diagonal + 1 if token == word else max(row[k], row[k - 1])
    return row[-1]


def _heading_shaped(text: str) -> bool:
    """A few words without a sentence's end (a few more in quote marks)."""
    words = len(text.split())
    return (words <= T.QUOTED_SUBHEADING_MAX_WORDS or (
        words <= T.IN_QUOTE_MARKS_HEADING_MAX_WORDS and _WHOLLY_QUOTED.match(text) is not None)) \
        and not SENTENCE_END.search(text)


def _outlined_heading(body: list[str], i: int) -> bool:
    """A heading whose words the story's opening lists (`This post explains what happened, … and what we are
    changing` over `What we are changing`): a few words, capitalised, without quotation marks or a sentence's end,
    over a longer paragraph; a pull quote is a sentence or a quotation."""
    text = body[i]
    return _heading_shaped(text) and text[:1].isupper() and not _QUOTES.search(text) \
        and i + 1 < len(body) and len(body[i + 1]) > len(text)


# (an apostrophe inside a word is no closing quote: `“We’re not buying a club”`, `« L’été est fini »`)
# (Swedish and Finnish open with the closing marks, `”…”`, `»…»`; Danish and German books with `»…«`)
_WHOLLY_QUOTED = re.compile(r"^[\"“„«‘'‹”»](?:[^\"“”„«»‘’]|(?<=\w)’(?=\w)){10,300}[\"”»“’'›«]"
                            r"\s*([—–-]\s*[^.!?]{2,80})?$")


def _echoes(text: str, plain: list[str], i: int, near: range) -> bool:
    """A quote standing alone with a dashed attribution (`“…” — Jane Doe, mayor`: a story's quotes say who
    spoke in words), or one whose words nearly all appear in one nearby paragraph, is a pull quote (the words by
    their first letters, _stems: a pull quote may put a word in another form, `mleczny` for `mleczne`)."""
    if not (m := _WHOLLY_QUOTED.match(text)):
        return False
    if m.group(1):
        return True
    words = _stems(plain[i])
    if len(words) < 3:
        return False
    return any(j != i and len(plain[j]) > len(plain[i])
               and len(words & _stems(plain[j])) >= T.PULL_QUOTE_OVERLAP * len(words) for j in near)


# A quotation standing alone whose last word runs into the closing mark, no full stop (`“Every extra train we run
# is around 76 lorries off the road”`): a display fragment, as a story's quote paragraph ends its sentence.
_UNFINISHED_QUOTE = re.compile(r"^[\"“„«‘‹][^\"“”„«»]{10,300}[\w%)]\s?[\"”»“’›]$")


def _trimmed_quote(text: str, plain: list[str], i: int, near: range) -> bool:
    """A pull quote that shortens the speaker's sentence: a quotation with no full stop, opening with the words that
    open a quote in a longer paragraph nearby (its first words in order) and sharing most of its longer words with
    it (T.PULL_QUOTE_TRIMMED_OVERLAP: the middle is cut or reworded)."""
    if not _UNFINISHED_QUOTE.match(text):
        return False
    tokens = re.findall(r"\w+", plain[i])
    words = set(re.findall(r"\w{4,}", plain[i]))
    if len(tokens) <= T.PULL_QUOTE_OPENING_WORDS or len(words) < 3:
        return False
    opening = " ".join(tokens[:T.PULL_QUOTE_OPENING_WORDS])
    return any(j != i and len(plain[j]) > len(plain[i]) and opening in " ".join(re.findall(r"\w+", plain[j]))
               and len(words & set(re.findall(r"\w{4,}", plain[j]))) >= T.PULL_QUOTE_TRIMMED_OVERLAP * len(words)
               for j in near)


def _display_quote(body: list[str], i: int) -> bool:
    """A quotation set out between paragraphs, whole and without its sentence's end, longer than a quoted subheading
    (T.PULL_QUOTE_UNFINISHED_MIN_WORDS): a pull quote, repeated, trimmed or reworded; a story's quote paragraph ends
    its sentence and says who spoke. A quotation the story introduces (the paragraph above ends with a colon: `The
    petition reads:`, `on pouvait lire :`) or takes up in the paragraph under it (`That was the message from …`) is
    the story's own text: a pull quote stands between two paragraphs that read on without it."""
    return 0 < i < len(body) - 1 and _UNFINISHED_QUOTE.match(body[i]) is not None \
        and sum(any(c.isalnum() for c in w) for w in body[i].split()) >= T.PULL_QUOTE_UNFINISHED_MIN_WORDS \
        and not body[i - 1].rstrip().endswith(":") and not _TAKES_UP.match(body[i + 1])


# A paragraph opening on the words above it (`That was the message …`, `C'était le mot d'ordre …`, `Das war …`).
_TAKES_UP = re.compile(r"(?:that|this|those|these|such|c'(?:est|était)|c’(?:est|était)|ces?|cette|tel(?:le)?s?"
                       r"|(?:das|dies|so) (?:war|ist|waren|sind|lautete?|stand|steht)|diese[rsn]?"
                       r"|es[aeo]s?|est[aeo]s?|así|quest[aoie]|quell[aoie]|così|isso|isto|assim"
                       r"|(?:dat|dit|zo) (?:was|is|luidde|stond)|deze)\b", re.I)


_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])")  # a second sentence starts


def _restates(text: str, plain: list[str], i: int, near: range) -> bool:
    """A pull quote set out without quote marks: one sentence that says again, reworded at its start, what a
    longer paragraph nearby says (`Peat is the biggest carbon store …` under `Peat soils are the largest carbon
    store …`): nearly all its longer words are that paragraph's, and its closing words, a long run of them, stand
    there in order (a pull quote keeps the end of the sentence it takes up). It stands inside the story, never
    first: a story's short opening lines may sum up what the paragraphs under them tell at length."""
    if QUOTE_MARK.search(text) or len(text.split()) > T.PULL_QUOTE_MAX_WORDS or _NEXT_SENTENCE.search(text):
        return False
    words = set(re.findall(r"\w{4,}", plain[i]))
    tokens = re.findall(r"\w+", plain[i])
    if i == 0 or len(tokens) < T.PULL_QUOTE_MIN_RUN or len(words) < 3:
        return False
    tail = " ".join(tokens[-T.PULL_QUOTE_MIN_RUN:])
    for j in near:
        if j == i or len(plain[j]) <= len(plain[i]):
            continue
        other = " ".join(re.findall(r"\w+", plain[j]))
        if len(words & set(re.findall(r"\w{4,}", plain[j]))) >= T.PULL_QUOTE_OVERLAP * len(words) \
                and tail in other:
            return True
    return False


def _stems(text: str) -> set[str]:
    """The longer words cut to their first four letters (`sagt`/`sagte`, `said`/`says` alike)."""
    return {w[:4] for w in re.findall(r"\w{4,}", text)}


def _retells(text: str, plain: list[str], i: int, near: range) -> bool:
    """A pull quote retold in reported speech, the speaker named again at its end (`For Emden the order is the best
    news in years, says yard boss Hinrichs.` over `"For Emden this is the best news in years," said yard boss Ada
    Hinrichs.`): one sentence, no quote mark, whose longer words nearly all stand in one longer paragraph nearby
    that names the same speaker. A story's sentence of reported speech says something new."""
    if i == 0 or QUOTE_MARK.search(text) or len(text.split()) > T.PULL_QUOTE_MAX_WORDS \
            or _NEXT_SENTENCE.search(text):
        return False
    tag = next(reversed(list(F.SPEECH_TAG.finditer(text))), None)  # the last attribution, at the sentence's end
    names = re.findall(r"\b[A-ZÀ-Þ][\w'’-]{2,}", text[tag.start():]) if tag else []
    if tag is None or tag.end() < len(text.rstrip(" .!")) or not names:
        return False
    words = _stems(text[:tag.start()].lower())
    if len(words) < T.PULL_QUOTE_MIN_STEMS:
        return False
    return any(j != i and len(plain[j]) > len(plain[i]) and names[-1].lower() in plain[j]
               and _role_for_first_name(text[tag.start():], names[-1], plain[j])
               and len(words & _stems(plain[j])) >= T.PULL_QUOTE_OVERLAP * len(words) for j in near)


def _role_for_first_name(attribution: str, surname: str, quoted: str) -> bool:
    """The retelling names the speaker by role and surname where the quoted paragraph gave the first name too
    (`says yard boss Hinrichs` over `said yard boss Gerrit Hinrichs`): a pull quote stands alone and names the
    speaker's role again. A story's own sentence of reported speech names the speaker by the surname alone once
    introduced (`…, Berg said.`, `…, sagte Berg.`), or by the full name as the paragraph does (`…, said Mayor Ines
    Berg.`, the speaker introduced before the quote)."""
    tokens = re.findall(r"[\w'’-]+", attribution)
    at = max((k for k, token in enumerate(tokens) if token == surname), default=-1)
    if at < 2:
        return False  # the verb at most before the surname
    return f"{tokens[at - 1]} {surname}".lower() not in quoted


def _drop_tail(body: list[str], author: str | None, site: frozenset[str], photographer: str | None = None,
               own: bool = False) -> list[str]:
    """What closes the body after the story's last paragraph: an author bio (`Jane Doe is a reporter …`,
    `Periodista especializada en …`), an organisation's "about" paragraph (`About Acme: Acme is …`), a house note
    (`This article appears in …`, a correction), a show's promotion (`Listen to our weekly podcast …`), headlines or
    labels (a story ends with a sentence: lines without one left after it are a related list)."""
    body = list(body)
    while len(body) > 1:
        if box := _practical_box(body) or _match_sheet(body) or _about_under_heading(body) or _method_box(body, site):
            del body[-box:]
            continue
        last = body[-1]
        if F.VOTE_ROLL.match(last) or F.VOTE_SHARES.match(last) or F.SCORE_ROLL.match(last) or _closes_list(body):
            break  # the roll call or shares of the story's vote (`Against: Cllrs Brown, Green`), its closing list
        if not (_is_bio(last[:T.MATCH_CHARS], author, photographer, body[:-1])
                or _credit_and_bio(last[:T.MATCH_CHARS], author, photographer, body[:-1])
                or (house.is_note(last, site, at_end=True, own_voice=own)
                    and not _appeal_for_subject(last, body[:-1], site))
                or _about_block(last[:T.MATCH_CHARS])
                or ((F.SOURCE_LINE.match(last) or (F.STUDY_LINE.match(last) and F.CITATION.search(last)))
                    and len(last.split()) <= T.PRACTICAL_MAX_WORDS)
                or (F.SHOW_PROMO.match(last[:T.MATCH_CHARS]) and not F.SPEECH_TAG.search(last))  # (`…, he said.`)
                or _funding_note(last) or _trip_note(last, body[:-1]) or _run_details(last) or _book_details(last)
                or _ticket_plug(last) or _titled_run(last)
                or _update_note(last)
                or (len(last.split()) <= T.REPLAY_NOTE_MAX_WORDS and F.REPLAY_HERE.search(last))
                or (not SENTENCE_END.search(last) and not SIGNED.search(last)
                    and len(last.split()) <= T.HEADLINE_MAX_WORDS)):
            break
        body.pop()
    return body


# A second clause in a sentence: a comma, or a conjunction joining two.
_SECOND_CLAUSE = re.compile(r",|\s(and|but|und|aber|et|mais|y|pero|e|ma|mas|en|maar)\s", re.I)


def _update_note(text: str) -> bool:
    """The page's own update note closing the story with the definite article (`Der Artikel wurde um 18:10 Uhr um die
    Stellungnahme der Verkehrsbetriebe ergänzt.`): one short clause. A reporter's sentence of that shape goes on
    (`The story was updated at 9:40 p.m. to remove the claim, but …`, `… gesendet und später um … ergänzt.`)."""
    return len(text.split()) <= T.UPDATE_NOTE_MAX_WORDS and not _SECOND_CLAUSE.search(text) \
        and bool(F.UPDATE_AT_CLOCK_BARE.match(text))


# A capitalised word inside a sentence (not its first word): part of a name (`Marsden Mechanics Hall Trust`).
_INNER_NAME = re.compile(r"(?<=[\w,;:()\"“”'’] )(?-i:[A-ZÀ-Þ])[\w'’-]{3,}")


def _appeal_for_subject(text: str, story: list[str], site: frozenset[str]) -> bool:
    """The story's last paragraph asking the reader to give, in the story's own terms (`If you would like to donate,
    you can drop a cheque (payable to "Marsden Mechanics Hall Trust") at the hall office …`): just two house signals
    (the reader addressed and asked to act), none strong on its own (a self-reference, an address, a meter), and
    what it asks for named by capitalised words the story's opening paragraphs use (T.APPEAL_SUBJECT_MIN_WORDS of
    them, the site's own words aside): a blogger's or a campaign's closing request for the cause the story is about,
    where a site's box asks for the site (`… please donate to help us keep reporting on …`: the site speaks as we)."""
    count, strong = house.signals(text, site)
    if count != T.HOUSE_SIGNALS or strong or len(story) < T.APPEAL_OPENING_PARAGRAPHS \
            or F.FIRST_PLURAL_UNAMBIGUOUS.search(text):  # (the site speaking as we)
        return False
    opening = " ".join(story[:T.APPEAL_OPENING_PARAGRAPHS]).lower()
    names = {w.lower() for w in _INNER_NAME.findall(text[:T.MATCH_CHARS])} - site
    return sum(re.search(r"\b" + re.escape(w) + r"\b", opening) is not None for w in names) \
        >= T.APPEAL_SUBJECT_MIN_WORDS


def _closes_list(body: list[str]) -> bool:
    """The body ends on the story's list under its lead-in (`The Irish leg runs as follows:` / `May 8th – Cork` /
    …): short lines without a sentence, two at least, under a paragraph closed by a colon (a sentence: `More from
    us:` is a related list's label). The items are the story's, though each reads like a stray headline alone."""
    k = len(body)
    while k > 1 and len(body) - k < T.LEAD_IN_MAX_ITEMS and not SENTENCE_END.search(body[k - 1]) \
            and not body[k - 1].endswith(":") and len(body[k - 1].split()) <= T.HEADLINE_MAX_WORDS:
        k -= 1
    return len(body) - k >= T.LEAD_IN_MIN_ITEMS and body[k - 1].endswith(":") \
        and len(body[k - 1].split()) >= T.LEAD_IN_SENTENCE_MIN_WORDS


def _unvoiced(text: str, max_words: int) -> bool:
    """One short paragraph in which no one is quoted or speaks: a note in the site's voice, not the story's."""
    return len(text.split()) <= max_words and not QUOTE_MARK.search(text) and not F.SPEECH_TAG.search(text)


def _trip_note(text: str, story: list[str]) -> bool:
    """Who paid for the reporter's trip (furniture.TRIP_HOSTED), a short note no one speaks in, closing a story that
    never names its reporter or trip itself: a story about a journalist, a class's trip or a twinning voyage says
    `journalist`, `trip`, `voyage` above (`The journalist was a guest of Radio Lario for a week` is its last fact)."""
    if not _unvoiced(text, T.FUNDING_NOTE_MAX_WORDS) or not (m := F.TRIP_HOSTED.match(text)):
        return False
    subject = next(word for word in m.groupdict().values() if word).lower()
    return not any(subject in paragraph.lower() for paragraph in story)


def _ticket_plug(text: str) -> bool:
    """Where to buy tickets, closed by the sale's fee (furniture.FEE_NOTE: `Tickets for all dates are available from
    X and the usual outlets. Booking fees apply.`): one short paragraph after the story, no one quoted or speaking in
    it, naming tickets and where they are sold (furniture.FEE_SALE: a story's `… at the post office counter. Charges
    apply.` stays), the seller's note and not the story's."""
    return _unvoiced(text, T.RUN_DETAILS_MAX_WORDS) and F.FEE_NOTE.search(text) is not None \
        and F.FEE_SALE.search(text) is not None


def _funding_note(text: str) -> bool:
    """A reporting scheme's funding note closing the body (furniture.REPORTING_FUNDED): a sentence or two, no one
    quoted or speaking in it (`… is funded by the BBC, the minister said.` closes a story about the scheme); or the
    wire's form, the support received, then in a sentence of its own the newsroom's sole responsibility for its
    content (furniture.FUNDER_SUPPORT, SOLE_RESPONSIBILITY; one sentence holding both is a story's), that sentence
    naming only the newsroom supported and no one speaking (furniture.FUNDER_SPOKEN: `The charity receives funding
    from the NHS trust … The trust says the charity is solely responsible …` is the story's)."""
    if not _unvoiced(text, T.FUNDING_NOTE_MAX_WORDS):
        return False
    if F.REPORTING_FUNDED.search(text):
        return True
    support = F.FUNDER_SUPPORT.search(text)
    sole = support and F.SOLE_RESPONSIBILITY.search(text, support.end())
    if not sole or _NEXT_SENTENCE.search(text, support.end(), sole.start()) is None or F.FUNDER_SPOKEN.search(text):
        return False
    funded = _FUNDER_WORD.findall(text[_sentence_start(text, support.start()):support.start()])
    initials = "".join(w[0] for w in funded if w[0].isupper() and w.lower() not in _FUNDER_GLUE)
    words = {w.lower() for w in funded} | {initials.lower()}  # (`The Meridian Press Agency` … `MPA`)
    lead = {w.lower() for w in _FUNDER_WORD.findall(text[_sentence_start(text, sole.start()):sole.start()])}
    return bool(lead - _FUNDER_GLUE) and lead - _FUNDER_GLUE <= words  # (X receives … X is solely responsible)


# A word of a funder note's subject, and the articles and copulas around the newsroom's name (`L'Agence Hexa`,
# `Vela è l'unica`, `Kust is als enige`): the sole responsibility's sentence names only the newsroom supported.
_FUNDER_WORD = re.compile(r"[^\W\d_]+")
_FUNDER_GLUE = frozenset({"the", "a", "an", "is", "l", "la", "le", "el", "es", "est", "ist", "è", "é", "o", "os",
                          "as", "il", "lo", "der", "die", "das", "de", "het", "een", "als"})


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts (after the last sentence break before it)."""
    breaks = [m.end() - 1 for m in _NEXT_SENTENCE.finditer(text, 0, at + 1) if m.end() - 1 <= at]
    return breaks[-1] if breaks else 0


def _run_details(text: str) -> bool:
    """A show's run and price closing a review (furniture.RUN_UNTIL, RUN_PRICE): one short paragraph, no one quoted
    or speaking in it, naming a venue or a price `from` a figure (furniture.RUN_SHOW: a news story's fines, seats and
    passengers counted until a date stay)."""
    return _unvoiced(text, T.RUN_DETAILS_MAX_WORDS) and F.RUN_PRICE.search(text) is not None \
        and F.RUN_UNTIL.search(text) is not None and F.RUN_SHOW.search(text) is not None


def _titled_run(text: str) -> bool:
    """A show's or an exhibition's run closing the story under its title (furniture.RUN_TITLED: `Homestead: Jane Roe,
    1968–2026 runs Dec. 12 through April 19 at the Patapsco Museum of Art. Admission is free.`): one short paragraph,
    no one quoted or speaking after the title, the title's words capitalised, its dates (RUN_UNTIL) and a venue
    (RUN_SHOW, RUN_VENUE). A story's own last line names the show by a common noun (`The exhibition runs until 3 May
    at the city museum.`)."""
    if not (m := F.RUN_TITLED.match(text)) or not _unvoiced(text[m.end("title"):], T.RUN_DETAILS_MAX_WORDS):
        return False
    words = [w for w in _FUNDER_WORD.findall(m["title"]) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words) and F.RUN_UNTIL.search(text, m.end()) is not None \
        and (F.RUN_SHOW.search(text) or F.RUN_VENUE.search(text)) is not None


def _book_details(text: str) -> bool:
    """A book's details closing a review (furniture.PAGE_COUNT, BOOK_PRICE): one short paragraph of short details
    split by commas (title, author, publisher, pages, price), no one speaking in it (`The novel, 312 pages long, sold
    40,000 copies in 2025, her publisher said.` is the story's); or its publication line (furniture.BOOK_PUBLISHED).
    """
    if len(text.split()) > T.BOOK_DETAILS_MAX_WORDS or F.SPEECH_TAG.search(text):
        return False
    if F.BOOK_PUBLISHED.match(text):
        return True
    if not F.PAGE_COUNT.search(text) or not F.BOOK_PRICE.search(F.PAGE_COUNT.sub(" ", text)):
        return False
    parts = [p for p in re.split(r"[,;()]|(?<=\D)\.\s", text) if p.strip()]
    return len(parts) >= T.BOOK_DETAILS_MIN_PARTS and max(len(p.split()) for p in parts) <= T.PRACTICAL_FRAGMENT_WORDS




def _practical_box(body: list[str]) -> int:
    """How many entries at the body's end are a practical box (where, when, how much): labelled lines (`Dónde:
    …`, `Öffnungszeiten: …`) after the story's last paragraph, or a box heading (`Y aller`, `If you go`) and what
    it holds. Labelled lines under a subheading of the story's own (`Informazioni` / `Orari: …`) are its last
    section, and stay."""
    k = len(body)
    while k > 1 and ((KEY_VALUE.match(body[k - 1]) and len(body[k - 1].split()) <= T.PRACTICAL_MAX_WORDS)
                     or _practical_run_in(body[k - 1])):
        k -= 1
    above = body[k - 1]
    if k < len(body) and (F.PRACTICAL_HEADING.match(above) or F.GUIDE_HEADING.match(above)):
        return len(body) - k + 1  # (the box's own heading over its labelled lines: `Guia prático` / `Como ir: …`)
    if any(F.PRACTICAL_LABEL.match(line) or _practical_run_in(line) for line in body[k:]):
        if F.TICKET_OFFICE.match(above):
            return len(body) - k + 1
        own_heading = not SENTENCE_END.search(above) and len(above.split()) <= T.HEADLINE_MAX_WORDS
        return 0 if own_heading else len(body) - k
    # (a ticket office's name heads a box only over its data: over sentences it heads the story's last section)
    return next((j for j in range(2, T.PRACTICAL_BOX_LINES + 1)
                 if j < len(body) and (F.PRACTICAL_HEADING.match(body[-j])
                                       or (F.TICKET_OFFICE.match(body[-j]) and all(map(_office_data, body[1 - j:]))))),
                0)


def _office_data(line: str) -> bool:
    """A line of a ticket office's box: a labelled line, a short fragment, or a sentence giving the office's hours,
    web or e-mail address or phone (furniture.OFFICE_DATA) that quotes no one. (`Les abonnés ont acheté 4 200 places
    …, selon le club.` is the story's.)"""
    if QUOTE_MARK.search(line) or F.SPEECH_TAG.search(line):
        return False
    return bool((KEY_VALUE.match(line) and len(line.split()) <= T.PRACTICAL_MAX_WORDS) or F.OFFICE_DATA.search(line)
                or (not SENTENCE_END.search(line) and len(line.split()) <= T.HEADLINE_MAX_WORDS))


def _practical_run_in(line: str) -> bool:
    """`Getting there: the subway station is a five-minute walk. Bus routes 4 and 23 …`: a practical box's heading
    run into its details, which give a figure (a route, minutes, a price) and quote no one (`Getting there: it took
    three years, the chair said.` is the story's). Details of more than one sentence are fragments, each short
    (`Praktisch: Die App zeigt auch … Buslinien 4 und 7 an. Wer ein Elektroauto fährt, findet …` is the story's)."""
    head = F.PRACTICAL_RUN_IN.match(line)
    if head is None or not any(c.isdigit() for c in line) or _quotes_more_than_a_title(line) \
            or F.SPEECH_TAG.search(line) or len(line.split()) > T.PRACTICAL_RUN_IN_MAX_WORDS:
        return False
    if head["office"] and not F.OFFICE_DATA.search(line):
        return False  # (a ticket office's name run into the story's sentence: `Billetterie : le club a vendu …`)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", line[head.end() - 1:]) if s]
    return len(sentences) <= 1 or all(len(s.split()) <= T.PRACTICAL_RUN_IN_SENTENCE_WORDS
                                      or max(len(f.split()) for f in s.split(",")) <= T.PRACTICAL_FRAGMENT_WORDS
                                      for s in sentences)


def _quotes_more_than_a_title(line: str) -> bool:
    """Quotation marks around more than a title's few words (`« Marthe Delorme, peintre de la Loire »`, the show a
    practical box names): someone quoted, the story's."""
    if not QUOTE_MARK.search(line):
        return False
    spans = QUOTED.findall(line)
    return not spans or any(len(span.split()) > T.PRACTICAL_TITLE_MAX_WORDS for span in spans)


def _names(value: str) -> bool:
    """`Pereira; Gallardo, Ledesma, Iturbe (Calvo, min. 46)`, `Pirazzi 24, Vanoni 14, …`: a list of names."""
    parts = [p.strip(" ()") for p in re.split(r"[,;]", value) if p.strip(" ()")]
    return len(parts) >= T.MATCH_SHEET_MIN_NAMES and 3 * sum(map(_name_part, parts)) >= 2 * len(parts)


def _name_part(part: str) -> bool:
    """`Rossi 18`, `Iturbe (Calvo`, `Conti (L). All. Serra.`: capitalised words and figures only; a story's list
    (`The Salt Road by Ann Lee`, `Jo Kim and Sam Ng shortlisted.`) runs on in lower-case words."""
    words = [w.strip("().,;:'’") for w in part.split()]
    return part[:1].isupper() and all(not w or not w[0].isalpha() or w[0].isupper() or w in _NAME_PARTICLES
                                       for w in words)


_NAME_PARTICLES = frozenset(["de", "del", "della", "di", "da", "van", "von", "der", "den", "du", "la", "le", "y", "e",
                             "et", "und", "min"])


# A match sheet's label: a `Label: value` line's, or one naming the team after a spaced dash (`SCORERS – Kilbrack:`,
# `Torschützen – SV Aurich:`, `Buteurs — Stade Nantais :`), the sheet's heading run into the team's name. The key runs
# to 40 characters: a team's whole name may follow the heading's word (`Scorers for Drumlish Gaels:`).
_SHEET_KEY = re.compile(r"^[^\W\d][\w'’ -]{0,39}(?:\s[–—-]\s[^\W\d][\w'’ .-]{0,30})?:(?:\s+\S|$)")


def _match_sheet(body: list[str]) -> int:
    """How many entries at the body's end are a match sheet: labelled lines (`Team: line-up`, `Goals: …`,
    `Referee: …`, `Venue: …`) of which some list names, with the sheet's heading (`Ficha técnica`) above them.
    A story ends on its report; the sheet is a box under it."""
    k = len(body)
    # (a label alone heads the lines under it within the sheet, `Dunmore Park scorers:` over `Try: P Horgan`)
    while k > 1 and _SHEET_KEY.match(body[k - 1]) and (k < len(body) or not body[k - 1].endswith(":")):
        k -= 1
    lists = sum(_names(line.split(":", 1)[1]) for line in body[k:])
    if lists < T.MATCH_SHEET_MIN_LISTS or all(F.VOTE_ROLL.match(line) for line in body[k:]):
        return 0
    heading = k > 1 and not SENTENCE_END.search(body[k - 1]) and len(body[k - 1].split()) <= T.HEADLINE_MAX_WORDS
    return len(body) - k + heading


def _about_under_heading(body: list[str]) -> int:
    """`Sobre Fundación X` / `La Fundación X es una organización …`: an about heading, then a last paragraph that
    names what the heading names; the press release's boilerplate, two entries."""
    if len(body) < 3 or not (m := F.ABOUT_HEADING.match(body[-2])) or SENTENCE_END.search(body[-2]):
        return 0
    named = {w.lower() for w in re.findall(r"\w{4,}", m["label"])}
    opening = {w.lower() for w in re.findall(r"\w{4,}", " ".join(body[-1].split()[:T.ABOUT_SUBJECT_WORDS]))}
    # (the heading names an organisation, capitalised, and the paragraph says what it is: `Über die Kosten` / `Die
    # Kosten des Umbaus belaufen sich …`, `About the footbridge` / `The footbridge will cost …` are the story's)
    describes = _IS_A.search(" ".join(body[-1].split()[:2 * T.ABOUT_SUBJECT_WORDS])) is not None
    proper = any(w[:1].isupper() for w in m["label"].split())
    return 2 if named and proper and describes and len(named & opening) >= min(2, len(named)) else 0


def _method_box(body: list[str], site: frozenset[str]) -> int:
    """`About this investigation` / `To measure response times, the Ridgeline Record requested …`: the heading of a
    note on how the story was reported (furniture.METHOD_NOTE, named as such: a bare `Methodology` heads a study's own
    method too), then the note naming the newsroom by the site's name, no one quoted or speaking in it, closing the
    body; two entries. (A column's `How we did it`, a class's `Come abbiamo lavorato` tell their own story.)"""
    if len(body) < 3 or not site or not (m := F.METHOD_NOTE.match(body[-2])) or m["generic"] \
            or not _unvoiced(body[-1], T.METHOD_NOTE_MAX_WORDS):
        return 0
    # (the site's words as a name, no article: `The Ridgeline Record requested …`; `Het onderzoek …` is no `Het …`)
    names = {w.lower() for w in re.findall(r"\w{4,}", body[-1]) if w[:1].isupper()}
    return 2 if site & names else 0


# What an "about" paragraph says of the organisation (`… is a charity`, `… es una entidad`, `… ist ein Verband`).
_IS_A = re.compile(r"\b(is|was|are|es|fue|son|est|était|sont|ist|war|sind|è|era|sono|é|foi|são|zijn)\s+(a|an|the"
                   r"|one|un|una|une|uno|um|uma|ein|eine|einer|der|die|das|een|het|de|la|el|le|les|il|lo|o)\b", re.I)


def _photographer(credit: str | None) -> str | None:
    """The lead photo's photographer named in its credit (`Name/Agency`, `Name for Site`: the name before them),
    whose bio may close the story beside the author's (`X is a photographer based in …`)."""
    name = re.split(r"\s*[/|,;]\s*|\s+(?:for|para|für|pour|per|voor)\s+", credit or "", maxsplit=1)[0].strip()
    return name if " " in name and latin_name(name) else None


# What a writer's bio says of the writer's work (`writes a weekly column`, `schreibt für …`, `author of the novel …`).
_WRITERS_WORK = re.compile(r"\b(writes|covers|book|novel|column|schreibt|berichtet|buch|romans?|kolumne|écrit|couvre"
                           r"|livre|chronique|autrice|auteure?|escribe|cubre|libro|novela|columna|autora?|scrive"
                           r"|rubrica|escreve|schrijft|boek)\b", re.I)


def _is_bio(text: str, author: str | None, photographer: str | None = None, before: list[str] | None = None) -> bool:
    if m := F.BIO.match(text):
        if photographer and m["who"] == photographer:
            return True  # the lead photo's photographer, introduced as the author is
        # (any of two authors joined in the page's language: `A und B`, `A et B`, `A y B`; a byline in capitals,
        # `By HARUKA ISE`, names the writer the bio names in mixed case, `Haruka Ise covers …`)
        who = m["who"].lower()
        if author and any(who.startswith(name.lower()) for name in _AUTHORS_JOIN.split(author) if name):
            return True
        # (a columnist's bio by the surname alone, `Nkosi is a political economist …` under `By Mandla Nkosi`: a
        # writer's job, book, beat or contact after it, and no one else of that surname in the story, as `Lee is a
        # retired nurse …` under `By Jennifer Lee` speaks of the story's Margaret Lee)
        names = [name.split() for name in _AUTHORS_JOIN.split(author or "") if len(name.split()) > 1]
        if " " not in who and any(name[-1].lower() == who for name in names) and (
                F.ROLE.search(text) or F.BIO_CONTACT.search(text) or _WRITERS_WORK.search(text)):
            others = {first for para in before or [] for first in re.findall(
                r"\b([A-ZÀ-Þ][\w'’-]+) " + re.escape(m["who"]) + r"\b", para)}
            if not others - {name[0] for name in names} - {"By", "Von", "Par", "Por", "Di", "Door"}:
                return True
        if latin_name(m["who"]) and (F.ROLE.search(text) or F.BIO_CONTACT.search(text)):
            return True
    if len(text.split()) > T.BIO_MAX_WORDS:
        return False
    # `Journaliste scientifique, Camille Morvan couvre …`: a short closing paragraph naming the author (every one of
    # several: `A reported from Phoenix, B from Washington and C from Flagstaff.`)
    return bool(F.BIO_BY_JOB.match(text)) or bool(author and " " in author and all(
        name in text for name in _AUTHORS_JOIN.split(author) if name))


# Where one sentence of a closing line ends and the next begins (a capital after the full stop).

def _credit_and_bio(text: str, author: str | None, photographer: str | None, before: list[str]) -> bool:
    """The editing credit and the writer's bio run together on the story's last line (`Staff writer X contributed
    reporting from the meeting. Jane Doe covers education for the Tribune.`, `X a contribué à cet article. Jane Doe
    couvre l'éducation pour …`): every sentence is one or the other, and both are there — a credit alone is furniture
    already, and a story sentence is neither (a bio's sentence quotes no one: `Anna Smith covers the bill, the mayor
    said.`)."""
    sentences = _NEXT_SENTENCE.split(text)
    if len(sentences) > T.CREDIT_BIO_MAX_SENTENCES:
        return False
    kinds = set()
    for sentence in sentences:
        kind = F.kind_of(sentence)
        if kind is not None and kind.name == "editing credit":
            kinds.add("credit")
        elif _is_bio(sentence, author, photographer, before) and not F.SPEECH_TAG.search(sentence):
            kinds.add("bio")
        else:
            return False
    return kinds == {"credit", "bio"}


def _about_block(text: str) -> bool:
    """`About Acme: Acme is …`, `Über das Bündnis X: Das Bündnis ist …`: the organisation the label names is the
    subject described."""
    if not (m := F.ABOUT_RUN_IN.match(text)):
        return False
    named = {w.lower() for w in re.findall(r"\w{4,}", m["label"])}  # (not `the`, `des`)
    return any(w.lower() in named for w in re.findall(r"\w{4,}", m["subject"]))


def _tags(lines: list[Line], labels: list[Label]) -> list[str]:
    tags: list[str] = []
    for i, label in enumerate(labels):
        if label.kind != "tags":
            continue
        rest = F.TAGS.match(lines[i].text)["rest"]  # type: ignore[index]
        if rest:
            tags += [t.strip(" #") for t in re.split(r"\s*[,|;·•]\s*", rest) if t.strip(" #")]
        else:  # a `Topics` heading over a list of short lines
            for j in range(i + 1, min(i + 12, len(lines))):
                if lines[j].words > T.LABEL_MAX_WORDS or lines[j].sentence or labels[j].cls != SHORT:
                    break
                tags.append(lines[j].text)
    return tags
