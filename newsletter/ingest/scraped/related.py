"""Another story's headline pasted between two paragraphs without a label (`El puerto de Castellón cierra 2026 con un
récord de tráfico de contenedores` amid a story about tile makers): a link of the page, not the story's subheading.

Both are lines without a sentence's end between two paragraphs. A subheading names what the paragraphs under it tell,
so they use its words, or it asks or announces (`What happens if …`, `Une saison entière passée sous les séracs`);
another story's headline tells that story's news in words the paragraphs around it do not use, naming who or where
(`Manitoba`, `Castellón`) or how much (`£9`, `14%`). Each sign alone is weak: over the corpus and two blind sets the
related headlines of ten words or more share 0-29% of their stems with the paragraphs below and 0-33% with the one
above, and so do the long subheadings of explainers and features that a review wrote to break the rule (most of
them name no one and no sum, or ask: they stay). Together they dropped 11 lines over the corpus, the earlier probes
and session 27's blind sets, all of them furniture; a second review's subheadings that state news with a place or a
sum and share no word with their paragraphs (`Landlords in Bristol face a £950 licence fee for each property from
next spring`) are dropped too: a subheading that a paragraph below never takes up is rare in the corpus's pages.
"""

from __future__ import annotations

import re

from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.lines import SENTENCE_END, stems

# A paragraph's closing: a sentence's stop, then perhaps its closing quotes (not a colon: the line under a colon is
# an item of the list it opens).
_STOP = re.compile(r"[.!?…][\"'”’»“)\s]*$")
# A headline opens on a word (a line opening on a quotation mark is someone's words, on `+++` a live blog's entry),
# not on a step's or a day's number (`Paso 2: Rellena la solicitud …`, `3. Run a hot cleaning cycle`).
_NO_HEADLINE = re.compile(r"^(?:[^\w¿¡]|\w+ \d+\s*[:.]|\d+\s*[.):])")
_WORD = re.compile(r"\w*[^\W\d_]\w*")  # (a word holds a letter: `12`, `%` and a dash are none)
_INNER_STOP = re.compile(r"\w[.!?…][\"'”’»)]*\s")
# A headline of two parts, the second a few words after a full stop (`Nowa linia tramwajowa na Mistrzejowice. Znamy
# termin otwarcia`, `Bystrc chce nové molo. Stavět se začne na podzim`): the Polish and Czech sites' way.
_TWO_PART = re.compile(r"^[^.!?…]+\w\. [A-ZÀ-ŽŁŚŻ][^.!?…\"“”«»()]+$")
# A question or an announcement of what follows, at the line's start or after its dash or colon (`Rents up 12% –
# what it means for tenants`).
ASKS = re.compile(r"(?:^|[–—:]\s+)(?:what|why|how|when|where|who|which|should|can|is|are|do|does|warum|wie|wer|wo"
                  r"|wann|welche[rsn]?|was|ce que|ce qui|qu['’]est-ce|pourquoi|comment|quand|où|qui|quel(?:le)?s?"
                  r"|qué|que|lo que|por qué|cómo|cuándo|dónde|quién|cuál|cosa|perché|come|quando|dove|chi|quale"
                  r"|o que|porque|onde|quem|wat|waarom|hoe|wanneer|waar|wie|welke)\b", re.I)
_CALLS = re.compile(r"^(?:listen|watch|hear|read|see|find out|learn|discover|hören sie|sehen sie|lesen sie|écoutez"
                    r"|regardez|lisez|découvrez|escucha|escuche|mira|mire|lee|lea|descubre|ascolta|guarda|leggi|scopri"
                    r"|ouça|assista|leia|luister|kijk|lees|ontdek)\b", re.I)
_NARRATIVE_PAST = re.compile(r"\b(?:was|were|had|war|waren|hatte|hatten|était|étaient|avait|avaient|fue|fueron|era"
                             r"|eran|había|habían|fu|furono|erano|aveva|foi|foram|tinha|werd|werden)\b", re.I)
# A sum or a share (`£9`, `€1.2m`, `14%`, `4.1 per cent`, `2.000 euros`), or a name: a capitalised word after the
# first that is no month or weekday.
_SUM = re.compile(r"[$£€]\s?\d|\d\s?(?:%|€|£|euros?\b|dollars?\b|pounds?\b|millones\b|millions?\b|milliards?\b"
                  r"|miljoen\b|millionen\b|milioni\b|per ?cent\b|por ciento\b|pour cent\b|prozent\b|procent\b"
                  r"|per cento\b|por cento\b)", re.I)
_CAPITALISED = re.compile(r"(?<=\s)[A-ZÀ-Þ][\w'’-]+")
_CALENDAR = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|janv|févr"
                       r"|avr|mai|juin|juil|août|sept|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|mär|okt|dez|mei"
                       r"|lunes|martes|lundi|mardi|montag|dienstag)", re.I)


def drop_related_headlines(body: list[str], tight: set[str] | None = None) -> list[str]:
    """`body` without the lines that are other stories' headlines (`related_headline`, `_related_pair`,
    `_over_subheading`); `tight` holds the lines pasted tight together on a page whose blocks stand apart (None: the
    page's blank lines tell no block from another). A pair, or a line over a subheading, only of lines that stood
    apart: two lines pasted tight together are a list of the story's, or a box's title over its label."""
    blocks, tight = tight is not None, tight or set()
    pairs = {k for i in range(1, len(body) - 2) if tight.isdisjoint(body[i:i + 2]) and _related_pair(body, i)
             for k in (i, i + 1)}
    return [text for i, text in enumerate(body) if i not in pairs and not related_headline(body, i)
            and not (blocks and text not in tight and _over_subheading(body, i))]


def _related_pair(body: list[str], i: int) -> bool:
    """Paragraphs `i` and `i + 1` are two other stories' headlines in a row between paragraphs (`Tasmania's bus driver
    shortage leaves Huonville commuters stranded` / `Why Hobart keeps coming back to the idea of a light rail line`):
    each of T.RELATED_PAIR_MIN_WORDS words or more shaped as news (`_news_shaped`, a question allowed), opening on
    different words (a story's list of like things repeats its shape: `Line 3: …` / `Line 8: …`), one at least naming
    someone, somewhere or a sum, under the paragraph above that ends with a stop (a lead-in's colon opens the story's
    list), over the next paragraph or the story's next subheading (`_heading`), and sharing few words with the
    paragraphs around them (`_apart`)."""
    pair = body[i:i + 2]
    # (over a subheading, neither asks or announces: a part title and its subtitle, `Part one: …` / `How a family
    # bakery outlasted three floods`, head the story's part)
    below = i + 2 + (i + 3 < len(body) and _heading(body[i + 2]) and not any(ASKS.search(text) for text in pair))
    return _paragraph(body[i - 1]) and _paragraph(body[below]) and pair[0].split()[0] != pair[1].split()[0] \
        and all(_news_shaped(text, T.RELATED_PAIR_MIN_WORDS) for text in pair) and any(map(_names, pair)) \
        and _apart(" ".join(pair), body[i - 1], " ".join(body[i + 2:i + 4]))


def related_headline(body: list[str], i: int) -> bool:
    """Paragraph `i` is another story's headline: a line of T.RELATED_HEADLINE_MIN_WORDS words or more shaped as news
    (`_news_shaped`) that asks or announces nothing (`What changes for tenants`), naming someone, somewhere or a sum
    (`_names`), between two paragraphs of the story, and sharing few words with them (`_apart`)."""
    if not 0 < i < len(body) - 1:
        return False
    text = body[i]
    return _news_shaped(text, T.RELATED_HEADLINE_MIN_WORDS) and not ASKS.search(text) and _names(text) \
        and not _in_series(body, i) and _paragraph(body[i - 1]) and _paragraph(body[i + 1]) \
        and _apart(text, body[i - 1], " ".join(body[i + 1:i + 3]))


def _over_subheading(body: list[str], i: int) -> bool:
    """Paragraph `i` is a line shaped as news of T.RELATED_OVER_HEADING_MIN_WORDS words or more right over the
    story's next subheading (a short line without a sentence's end, a paragraph under it), under a paragraph, naming
    someone, somewhere or a sum and sharing few words with the paragraphs around (`_names`, `_apart`): a link set
    between the story's parts (`Why Duluth’s harbor freezes later every year — and what that means for shipping` /
    `Lighthouse logs fill the gaps`). The story's own part titles, steps, questions, slogans and verse over a shorter
    heading (a review's probes) name no one, or take up the words around them."""
    if not 0 < i < len(body) - 2 or not _paragraph(body[i - 1]) or not _paragraph(body[i + 2]):
        return False
    text = body[i]
    return _heading(body[i + 1]) and _news_shaped(text, T.RELATED_OVER_HEADING_MIN_WORDS) \
        and _names(text) and _apart(text, body[i - 1], " ".join(body[i + 1:i + 3]))


def _heading(text: str) -> bool:
    """A subheading's shape: a few words (T.RELATED_SUBHEADING_MAX_WORDS) without a sentence's end, not opening on a
    quotation mark or a number."""
    return len(text.split()) <= T.RELATED_SUBHEADING_MAX_WORDS and not SENTENCE_END.search(text) \
        and not _NO_HEADLINE.match(text)


def _news_shaped(text: str, min_words: int) -> bool:
    """The line tells news as a headline does: `min_words` to T.HEADLINE_MAX_WORDS words without a sentence's end, it
    opens on a word (not a quote, a step's number or a live entry's marks), holds no sentence (`… the summit ridge.
    (Courtesy X)`; a headline's second part, _TWO_PART, is none) nor a list (two commas), calls no one (`Listen to
    Radio Kerry live …`), and is not a sentence of the past that lost its stop (`The wall was rebuilt after the storm
    of 1998`: headlines speak in the present)."""
    return min_words <= len(_WORD.findall(text)) <= T.HEADLINE_MAX_WORDS and not SENTENCE_END.search(text) \
        and not (_NO_HEADLINE.match(text) or (_INNER_STOP.search(text) and not _TWO_PART.match(text))
                 or text.count(",") >= 2
                 or _CALLS.match(text) or _NARRATIVE_PAST.search(text))


def _apart(text: str, above: str, below: str) -> bool:
    """`text` shares under T.RELATED_HEADLINE_MAX_SHARE of its stems with the paragraph above and with those below."""
    own = stems(text)
    return bool(own) and all(len(own & stems(other)) < T.RELATED_HEADLINE_MAX_SHARE * len(own)
                             for other in (above, below))


def _names(text: str) -> bool:
    """A sum, or one to a few names after the first word (a German line capitalises every noun: its capitals name
    nothing when they are a third of its words or more)."""
    if _SUM.search(text):
        return True
    names = [w for w in _CAPITALISED.findall(text) if not _CALENDAR.match(w)]
    return 0 < len(names) < T.RELATED_NAMES_MAX_SHARE * len(_WORD.findall(text))


def _in_series(body: list[str], i: int) -> bool:
    """Another line of the body without a sentence's end opens with the same word and a label closed by a colon:
    one of a series of the story's parts (`Day one: Nugget Point …`, `Day two: Waterfalls …`)."""
    def label(text: str) -> str | None:
        head = text.split(":", 1)[0] if ":" in text and not SENTENCE_END.search(text) else ""
        return head.split()[0].lower() if head and len(head.split()) <= T.LABEL_MAX_WORDS else None

    own = label(body[i])
    return own is not None and any(j != i and label(text) == own for j, text in enumerate(body))


def _paragraph(text: str) -> bool:
    return len(text.split()) >= T.RELATED_PARAGRAPH_MIN_WORDS and _STOP.search(text) is not None
