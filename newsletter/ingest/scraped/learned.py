"""Learned second opinions: how likely a body paragraph is page furniture, and a header line the headline.

The pattern tables (furniture.py) decide the furniture kinds someone has seen and named; each new site brings
sentence-shaped furniture of its own (`Get the latest emergency information from … on local radio, and follow …`,
`We want our stories to be shared as widely as possible — for free. Please view our republishing guidelines`). This
module scores a paragraph with a logistic model of its words, word pairs and shape, fitted on the corpus
(`bench/train_learned.py`): the body paragraphs of the pages the reader gets right, against every page's listed
furniture lines. The model is a table of weights (`furniture_model.json`), read once; scoring is a sum. How the
reader uses the odds (never alone: the page must also be speaking, off the story's topic) and where it does not
trust them (short lines, lists, asides, headings) is in `__init__._learned_furniture`.

The headline model (`headline_model.json`, the same trainer) scores each line of the header zone (the lines above
the body) by its words, shape, distance to the body and its neighbours' shape, fitted on the corpus's expected
titles against the zone's other lines; the reader asks it only to overrule a headline it gives near-zero odds
(`__init__._learned_headline`).

The context model (`context_model.json`) scores each paragraph of the body the reader has kept, by its words and
shape, its neighbours' shape, its place in the body and how much of it the other paragraphs repeat. It is fitted on
what earlier readers (named commits of this repository) kept in the body of the pages the reader now gets right:
every paragraph the earlier reader kept and the reader now drops is furniture left where it stood, among the story's
paragraphs, and so is each page's expected furniture set back where the page shows it amid the story
(`__init__._learned_context` drops what it gives high odds).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from newsletter.ingest.scraped.lines import long_words

__all__ = ["CONTEXT_MODEL", "HEADLINE_MODEL", "MODEL", "ZONE_LINES", "context_features", "context_odds", "features",
           "furniture_odds", "headline_features", "headline_odds", "use_model"]

MODEL = Path(__file__).with_name("furniture_model.json")
HEADLINE_MODEL = Path(__file__).with_name("headline_model.json")
CONTEXT_MODEL = Path(__file__).with_name("context_model.json")
# The header zone: this many lines above the body (a whole page's menus and consent text above that are far away).
ZONE_LINES = 40

_WORD = re.compile(r"\w+")
_URL = re.compile(r"https?://|www\.|\.com\b")
_HANDLE = re.compile(r"@\w")
_SENTENCE = re.compile(r"[.!?](?:\s|$)")
_END_MARKS = ".!?:\"”»)"
_BARS = "|·•»›"

_model_path: Path | None = MODEL
_headline_path: Path | None = HEADLINE_MODEL
_context_path: Path | None = CONTEXT_MODEL
_BYLINE_WORD = re.compile(r"(?i)(?:by|por|von|par|di|door|de|av|af)\s")


def _tokens(text: str) -> list[str]:
    """The text's words in lower case, every number one token (`0`)."""
    return ["0" if t.isdigit() else t for t in _WORD.findall(text.lower())]


def features(text: str) -> set[str]:
    """The paragraph's features: its words and word pairs (lower case, every number one token), its first and last
    word, and its shape (final mark, first character, share of capitalised words, sentences, a link, a handle or a
    bar). Words carry the language-specific evidence; the shape carries what holds across languages. Not its
    length: furniture lines are shorter than most paragraphs, and a model that knew it read every short story
    sentence in a language the corpus has less of (`In Utrecht zijn sinds januari twaalf gevallen van mazelen
    gemeld.`) as furniture."""
    words = _tokens(text)
    out = {"w:" + w for w in words}
    out.update("b:" + a + "_" + b for a, b in pairwise(words))
    if words:
        out.update(("first:" + words[0], "last:" + words[-1]))
    tail = text.rstrip()[-1:]
    out.add("end:" + (tail if tail and tail in _END_MARKS else "x"))
    head = text[:1]
    out.add("start:" + ("cap" if head.isupper() else "low" if head.islower() else "dig" if head.isdigit() else "sym"))
    tokens = text.split()
    out.add("caps:" + str(10 * sum(t[:1].isupper() for t in tokens) // max(1, len(tokens))))
    out.add("sents:" + str(min(len(_SENTENCE.findall(text)), 5)))
    if _URL.search(text):
        out.add("url")
    if _HANDLE.search(text):
        out.add("at")
    if any(c in text for c in _BARS):
        out.add("bar")
    return out


_SPACES = re.compile(r"\s+")
_QUOTE_OPENERS = "\"“„«‘'"
_LABEL = re.compile(r"^[^.!?]{2,40}:\s")


def _shape(text: str) -> set[str]:
    """A paragraph's shape: its final mark, its length (five bands of words), its share of capitalised words (four
    bands), an opening quotation mark, a `Label: ` opening."""
    tokens = text.split()
    tail = text.rstrip()[-1:]
    count = len(tokens)
    out = {"end:" + (tail if tail and tail in _END_MARKS else "x"),
           "len:" + ("1" if count <= 3 else "2" if count <= 7 else "3" if count <= 15 else "4" if count <= 30 else "5"),
           "caps:" + str(4 * sum(t[:1].isupper() for t in tokens) // max(1, count))}
    if text[:1] in _QUOTE_OPENERS:
        out.add("quote")
    if _LABEL.match(text):
        out.add("label")
    return out


_BodyFacts = tuple[list[set[str]], list[set[str]], list[str]]


def _body_facts(body: list[str]) -> _BodyFacts:
    """Each paragraph's shape, longer words (5+ letters, lower case) and text with its spaces made single: computed
    once a body, since every paragraph's features compare it with all the others."""
    return ([_shape(text) for text in body], [long_words(text) for text in body],
            [_SPACES.sub(" ", text) for text in body])


def context_features(body: list[str], i: int, facts: _BodyFacts | None = None) -> set[str]:
    """Paragraph `i` of `body` in its place: its words and word pairs (`w:`, `b:`), its shape (`s:`), its
    neighbours' shapes (`p:` above, `n:` below, `none` at an end), first, last or amid the body and in which quarter,
    the largest share of its longer words (5+ letters) another paragraph holds (four bands: a caption names the
    story's people, a related headline shares few words) and whether another paragraph holds it whole (a pull
    quote). `facts` is `_body_facts(body)`, when the caller scores every paragraph."""
    shapes, longs, spaced = facts or _body_facts(body)
    text = body[i]
    words = _tokens(text)
    out = {"w:" + w for w in words} | {"b:" + a + "_" + b for a, b in pairwise(words)}
    out |= {"s:" + s for s in shapes[i]}
    for side, j in (("p", i - 1), ("n", i + 1)):
        out |= {side + ":" + s for s in shapes[j]} if 0 <= j < len(body) else {side + ":none"}
    out.add("pos:" + ("first" if i == 0 else "last" if i == len(body) - 1 else "mid"))
    out.add("rel:" + str(int(4 * i / max(1, len(body) - 1))))
    others = [j for j in range(len(body)) if j != i]
    if mine := longs[i]:
        out.add("share:" + str(int(4 * max((len(mine & longs[j]) / len(mine) for j in others), default=0.0))))
    core = spaced[i].strip("\"“”„«» ")
    if len(text) > 30 and any(core in spaced[j] for j in others):
        out.add("repeat")
    return out


def headline_features(zone: list[str], i: int) -> set[str]:
    """Line `i` of the header zone `zone` (the lines above the body, top down) as a headline candidate: its words,
    its first word, its shape (length, final mark, capitals, a figure, a ` | ` or ` – ` separator), how far above
    the body it stands, and its neighbours' length, a figure or a byline word under it."""
    text = zone[i]
    words = _tokens(text)
    out = {"w:" + w for w in words}
    out.add("first:" + (words[0] if words else ""))
    out.add("len:" + str(min(len(words) // 3, 10)))
    tail = text.rstrip()[-1:]
    out.add("end:" + (tail if tail and tail in _END_MARKS else "x"))
    tokens = text.split()
    out.add("caps:" + str(5 * sum(t[:1].isupper() for t in tokens) // max(1, len(tokens))))
    if text.isupper():
        out.add("allcaps")
    if any(c.isdigit() for c in text):
        out.add("digit")
    if re.search(r" [|–—-] ", text):
        out.add("sep")
    distance = len(zone) - i
    out.add("dist:" + (str(distance) if distance <= 4 else "5-8" if distance <= 8 else "9-15" if distance <= 15
                       else "far"))
    above, below = (zone[i - 1] if i else ""), (zone[i + 1] if i + 1 < len(zone) else "")
    out.add("prevlen:" + str(min(len(above.split()) // 4, 5)))
    out.add("nextlen:" + str(min(len(below.split()) // 4, 5)))
    if any(c.isdigit() for c in below):
        out.add("nextdigit")
    if _BYLINE_WORD.match(below):
        out.add("nextby")
    return out


def use_model(path: Path | None, headline: Path | None = HEADLINE_MODEL, context: Path | None = CONTEXT_MODEL) -> None:
    """Score with the models at `path`, `headline` and `context`; None turns a learned check off (the training script
    reads the pages without them, so that a model is fitted on the pattern tables' reading, not on an earlier
    model's)."""
    global _model_path, _headline_path, _context_path
    _model_path, _headline_path, _context_path = path, headline, context


@lru_cache(maxsize=4)
def _weights(path: Path) -> tuple[dict[str, float], float]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["weights"], data["bias"]


def _odds(path: Path, found: set[str]) -> float:
    weights, bias = _weights(path)
    z = bias + sum(weights.get(f, 0.0) for f in found)
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def furniture_odds(text: str) -> float:
    """The model's probability that `text` is furniture (0 with the learned check off)."""
    return 0.0 if _model_path is None else _odds(_model_path, features(text))


def context_odds(body: list[str]) -> list[float]:
    """The context model's probability that each paragraph of `body` is furniture (all 0 with the check off)."""
    if _context_path is None:
        return [0.0] * len(body)
    facts = _body_facts(body)
    return [_odds(_context_path, context_features(body, i, facts)) for i in range(len(body))]


def headline_odds(zone: list[str], i: int) -> float | None:
    """The headline model's probability that line `i` of the header zone is the headline (None when it is off)."""
    return None if _headline_path is None else _odds(_headline_path, headline_features(zone, i))
