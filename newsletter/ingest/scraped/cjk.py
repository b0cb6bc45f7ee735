"""Lines in Chinese, Japanese and Korean. Chinese and Japanese are written without spaces between words: their words
and function words are counted by character, since `text.split()` sees a paragraph of them as one word and no jusText
stoplist covers them. Korean spaces its words (jusText has its stoplist); the three share the shapes of a byline and of
a caption's credit."""

from __future__ import annotations

import re

from newsletter.ingest.scraped import thresholds as T

# Kana and the unified ideographs (with their first extension and the compatibility block).
IDEOGRAPHIC = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
# Their function words: in Japanese the hiragana (particles, endings, auxiliaries: `の`, `は`, `を`, `した`), in
# Chinese the commonest function characters (`的`, `了`, `在`, `是`, …); headlines, names and menus of nouns in kanji
# or katakana hold few of them, running text a fifth or more.
_FUNCTION_HAN = frozenset("的了在是和也就不这个们与及将从被而但等到并以于其之把让向所已还都又对为着过吗呢吧")
_RUNS = re.compile(IDEOGRAPHIC.pattern + "+")


def ideographic(text: str) -> bool:
    return not text.isascii() and IDEOGRAPHIC.search(text) is not None


def measures(text: str, word: re.Pattern[str]) -> tuple[int, float, float]:
    """A line's words (its characters in kana or ideographs, T.IDEOGRAPHS_PER_WORD to a word, and its other words
    as `word` finds them), their function words' share, and the share of its spaced tokens that hold no hiragana (a
    menu's entries, `政治 経済 国際`, stand for the capitalised words of a Latin menu)."""
    chars = IDEOGRAPHIC.findall(text)
    others = word.findall(_RUNS.sub(" ", text))
    words = -(-len(chars) // T.IDEOGRAPHS_PER_WORD) + len(others)
    functional = sum(1 for c in chars if c in _FUNCTION_HAN or _HIRAGANA.match(c))
    stop_share = functional / len(chars) if chars else 0.0
    tokens = text.split()
    plain = sum(1 for t in tokens if not _HIRAGANA.search(t))
    return words, stop_share, plain / len(tokens) if tokens else 0.0


_NAME = r"[\u3400-\u9fff\uf900-\ufaff]{2,4}(?:\s[\u3400-\u9fff\uf900-\ufaff]{1,3})?|[\uac00-\ud7af]{2,4}"
# A byline in Chinese, Japanese or Korean: the name before the word for reporter (`高橋美咲 記者`, `홍길동 기자`,
# `张伟 特派记者`), or after a writer's label and its mark or space (`记者 张伟`, `文／高橋美咲`, `作者：张伟`; not
# `記者会見`, a press conference).
_BYLINE = re.compile(r"^(?:(?P<before>" + _NAME + r")\s*(?:記者|记者|기자|特派員|特派记者|編集委員)"
                     r"|(?:記者|记者|文|撰文|作者|文・写真|取材・文|기자)(?:\s*[:：/／・]\s*|\s+)"
                     r"(?P<after>" + _NAME + r"))$")


def byline_name(text: str) -> str | None:
    """The name a byline in Chinese, Japanese or Korean gives, None when the line is no such byline."""
    m = _BYLINE.match(text.strip())
    return (m["before"] or m["after"]) if m else None


# A caption's credit in Chinese, Japanese or Korean: the picture word and the photographer in brackets at its end
# (`…北九州市小倉北区（撮影：中村翔太）`, `（写真・高橋美咲）`, `（摄影：张伟）`, `(사진: 홍길동)`).
_CREDIT = re.compile(r"[（(](?:撮影|写真|摄影|攝影|图|圖|사진)\s*[：:・/／=]\s*(?P<credit>[^（）()：:]{2,30})[）)]$")


def caption_credit(text: str) -> str | None:
    m = _CREDIT.search(text)
    return m["credit"].strip() if m else None
