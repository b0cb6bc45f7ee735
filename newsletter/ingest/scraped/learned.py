"""A learned second opinion on the body's paragraphs: how likely a paragraph is page furniture, from its words.

The pattern tables (furniture.py) decide the furniture kinds someone has seen and named; each new site brings
sentence-shaped furniture of its own (`Get the latest emergency information from … on local radio, and follow …`,
`We want our stories to be shared as widely as possible — for free. Please view our republishing guidelines`). This
module scores a paragraph with a logistic model of its words, word pairs and shape, fitted on the corpus
(`bench/train_furniture.py`): the body paragraphs of the pages the reader gets right, against every page's listed
furniture lines. The model is a table of weights (`furniture_model.json`), read once; scoring is a sum. How the
reader uses the odds (never alone: the page must also be speaking, off the story's topic) and where it does not
trust them (short lines, lists, asides, headings) is in `__init__._learned_furniture`.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

__all__ = ["MODEL", "features", "furniture_odds", "use_model"]

MODEL = Path(__file__).with_name("furniture_model.json")

_WORD = re.compile(r"\w+")
_URL = re.compile(r"https?://|www\.|\.com\b")
_HANDLE = re.compile(r"@\w")
_SENTENCE = re.compile(r"[.!?](?:\s|$)")
_END_MARKS = ".!?:\"”»)"
_BARS = "|·•»›"

_model_path: Path | None = MODEL


def features(text: str) -> set[str]:
    """The paragraph's features: its words and word pairs (lower case, every number one token), its first and last
    word, and its shape (final mark, first character, share of capitalised words, sentences, a link, a handle or a
    bar). Words carry the language-specific evidence; the shape carries what holds across languages. Not its
    length: furniture lines are shorter than most paragraphs, and a model that knew it read every short story
    sentence in a language the corpus has less of (`In Utrecht zijn sinds januari twaalf gevallen van mazelen
    gemeld.`) as furniture."""
    words = ["0" if t.isdigit() else t for t in _WORD.findall(text.lower())]
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


def use_model(path: Path | None) -> None:
    """Score with the model at `path`; None turns the learned check off (the training script reads the pages
    without it, so that a model is fitted on the pattern tables' reading, not on an earlier model's)."""
    global _model_path
    _model_path = path


@lru_cache(maxsize=4)
def _weights(path: Path) -> tuple[dict[str, float], float]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["weights"], data["bias"]


def furniture_odds(text: str) -> float:
    """The model's probability that `text` is furniture (0 with the learned check off)."""
    if _model_path is None:
        return 0.0
    weights, bias = _weights(_model_path)
    z = bias + sum(weights.get(f, 0.0) for f in features(text))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
