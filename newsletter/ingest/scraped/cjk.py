"""Lines in Chinese, Japanese and Korean. Chinese and Japanese are written without spaces between words: their words
and function words are counted by character, since `text.split()` sees a paragraph of them as one word and no jusText
stoplist covers them. Korean spaces its words (jusText has its stoplist); the three share the shapes of a byline and of
a caption's credit."""

from __future__ import annotations

import re

from newsletter.ingest.scraped import thresholds as T

# Kana and the unified ideographs (with their first extension, the compatibility block and the iteration mark `々`).
IDEOGRAPHIC = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
# Their function words: in Japanese the hiragana (particles, endings, auxiliaries: `の`, `は`, `を`, `した`), in
# Chinese the commonest function characters (`的`, `了`, `在`, `是`, …); headlines, names and menus of nouns in kanji
# or katakana hold few of them, running text a fifth or more.
_FUNCTION_HAN = frozenset("的了在是和也就不这个们与及将从被而但等到并以于其之把让向所已还都又对为着过吗呢吧"
                          "一有中上要会可能进那些此地得這個們與將從對為著過會進於還"
                          "来说后多没很最给里她他我你它自己再才只更经当如果因此虽然或每各该"
                          "來說後沒給裡經當雖該")
# ... and the marks between its clauses (`，`, `。`, `、`): running text sets them every few words, a headline seldom
_CLAUSE_MARKS = frozenset("，。、；：！？")
_RUNS = re.compile(IDEOGRAPHIC.pattern + "+")


def _ideographs(text: str) -> list[str]:
    """The text's kana and ideographs when it is written in Chinese or Japanese (T.IDEOGRAPHIC_MIN_SHARE of its
    letters at least: a kaomoji's `ツ` in a German line is not enough), else none. Read once a line: the line's
    measures and the body's span both ask it."""
    if text.isascii():
        return []
    chars = IDEOGRAPHIC.findall(text)
    return chars if chars and len(chars) >= T.IDEOGRAPHIC_MIN_SHARE * sum(map(str.isalpha, text)) else []


def latin_length(text: str) -> int:
    """The text's length as a Latin script would spell it: a character of Chinese or Japanese, about half a word,
    counts as T.LATIN_CHARS_PER_IDEOGRAPH (the body's span weighs paragraphs by their length)."""
    return len(text) + (T.LATIN_CHARS_PER_IDEOGRAPH - 1) * len(_ideographs(text))


def measures(text: str, word: re.Pattern[str]) -> tuple[int, float, float] | None:
    """A line's words (its characters in kana or ideographs, T.IDEOGRAPHS_PER_WORD to a word, and its other words
    as `word` finds them), their function words' share, and the share of its spaced tokens that are a menu's entries,
    a few characters without hiragana (`政治 経済 国際`, `财经 科技`: a Latin menu's capitalised words); None for a
    line not written in Chinese or Japanese."""
    if not (chars := _ideographs(text)):
        return None
    others = word.findall(_RUNS.sub(" ", text))
    words = -(-len(chars) // T.IDEOGRAPHS_PER_WORD) + len(others)
    functional = sum(1 for c in chars if c in _FUNCTION_HAN or _HIRAGANA.match(c)) \
        + sum(1 for c in text if c in _CLAUSE_MARKS)
    stop_share = functional / len(chars)
    tokens = text.split()
    entries = sum(1 for t in tokens if len(t) <= T.MENU_ENTRY_MAX_IDEOGRAPHS and not _HIRAGANA.search(t))
    return words, stop_share, entries / len(tokens) if tokens else 0.0


# The ideographs (with the iteration mark `々`: `佐々木`) and the Korean syllables, as ranges for a character class.
HAN = "\u3005\u3400-\u9fff\uf900-\ufaff"
HANGUL = "\uac00-\ud7af"
# Any character of the three scripts (kana too): a byline or a credit in them holds one, and a line without one is
# not searched for their shapes.
_EAST_ASIAN = re.compile(f"[{HAN}\u3040-\u30ff{HANGUL}]")
_NAME = f"[{HAN}]{{2,4}}(?:\\s[{HAN}]{{1,3}})?|[{HANGUL}]{{2,4}}"
# A byline in Chinese, Japanese or Korean: the name before the word for reporter, perhaps with an address
# (`高橋美咲 記者`, `홍길동 기자 hong@example.kr`, `张伟 特派记者`), or after a writer's label and its mark or
# space (`记者 张伟`, `文／高橋美咲`, `作者：张伟`; not `記者会見`, a press conference).
_BYLINE = re.compile(r"^(?:(?!記者|记者)(?P<before>" + _NAME
                     + r")\s*(?:記者|记者|기자|特派員|特派记者|編集委員|报道|報導)"
                     r"(?:\s+\S+@\S+)?"
                     r"|(?:記者|记者|文|撰文|作者|文・写真|取材・文|기자)(?:\s*[:：/／・]\s*|\s+)"
                     r"(?P<after>" + _NAME + r"))$")


# ... or the writer's label among the fields of the story's line of facts (`2026-11-24 09:15:32　来源：浙江商报
# 作者：周晓岚`: the source is the paper, the writer the name).
_WRITER_AMID = re.compile(r"(?:^|\s)(?:作者|记者|記者|撰文)\s*[:：]\s*(?P<after>" + _NAME + r")(?=\s|$)")


# ... or the reporter's word run into the name, then where the report comes from (`記者陳怡君／台南報導`,
# `〔記者陳怡君／台南報導〕`, `记者 张伟/北京报道`).
_REPORTED = re.compile(r"^[〔\[【(（]?(?:記者|记者)\s*(?P<after>" + _NAME + r")\s*[／/]\s*\S{1,8}"
                       r"(?:報導|报道)[〕\]】)）]?$")


# ... or, on a Japanese paper, the bureau and the writer in brackets under the story's last paragraph
# (`（新庄支局・遠藤彩花）`, `（社会部・山田太郎記者）`)
_BUREAU = re.compile(r"^[（(][^（）()・]{0,10}(?:支局|総局|支社|本社|報道部|社会部|経済部|政治部|通信部)[・･]"
                     r"(?P<after>" + _NAME + r")(?:記者)?[）)]$")


# ... or, on a Japanese paper, the desk and the writer under the headline (`経済部　佐藤美咲`,
# `ワシントン支局・山田太郎`, `編集委員 高橋一郎`); a second desk is no name (`政治部 社会部`).
_DESK = re.compile(r"^[\u3005\u30a0-\u30ff\u3400-\u9fff]{1,8}(?:部|支局|総局|編集委員|論説委員)[\s・･]+"
                   r"(?P<after>(?![^\s]*(?:部|局)$)" + _NAME + r")$")


def byline_name(text: str) -> str | None:
    """The name a byline in Chinese, Japanese or Korean gives, None when the line is no such byline."""
    if _EAST_ASIAN.search(text) is None:
        return None
    line = text.strip()
    if m := _BYLINE.match(line):
        return m["before"] or m["after"]
    m = _REPORTED.match(line) or _BUREAU.match(line) or _DESK.match(line) or _WRITER_AMID.search(text)
    return m["after"] if m else None


# A caption's credit in Chinese, Japanese or Korean, in brackets at its end: the picture word and the
# photographer (`…北九州市小倉北区（撮影：中村翔太）`, `（写真・高橋美咲）`, `（摄影：张伟）`, `(사진: 홍길동)`, in
# square brackets on a Korean paper: `[사진=한결통신]`);
# who gave the picture after it (`（圖／台南市政府工務局提供）`, `（图/受访者供图）`: tried first); or the
# photographer, perhaps after the paper's reporter's title, and the word for `photographed` (`（本报记者 孙鹏 摄）`,
# `（佐々木亮撮影）`).
_CREDIT = re.compile(r"[（(\[](?:撮影|写真|摄影|攝影|图|圖|사진)\s*[：:・/／=]\s*"
                     r"(?P<credit>[^（）()：:\[\]]{2,30})[）)\]]$")
_GIVEN_BY = re.compile(r"[（(](?:[圖图]|照片|相片|写真|사진)\s*[／/：:]\s*(?P<credit>[^（）()／/]{2,20}?)\s*"
                       r"(?:提供|供[圖图])[）)]$")
_REPORTER = "(?:记者|記者|通讯员|通訊員)"  # (the paper's reporter or correspondent, before the photographer's name)
_TAKEN_BY = re.compile(r"[（(](?:[^（）()\s]{0,6}" + _REPORTER + r"\s*)?(?P<credit>" + _NAME
                       + r")\s*(?:[摄攝]|撮影)[）)]$")


# ... or, on a Japanese paper, after the equals sign that closes what the picture shows: when, where and the
# photographer with the word for `photographed`, or the agency (`…首相（中央）ら＝26日午前9時3分、首相官邸、
# 山本一郎撮影`, `…＝26日、東京都千代田区、共同`); or, on a Korean paper, the photographer after the caption's last
# sentence (`…살펴보고 있다. 한상진 기자`), or after a slash there (`…심사하고 있다. /창원시의회`)
_AFTER_EQUALS = re.compile(r"＝[^＝]{0,60}[、,]\s*(?:(?P<credit>" + _NAME + r")\s*撮影"
                           r"|(?P<agency>共同|時事|ロイター|AFP時事|EPA時事|AP))$")
# ... or, on a Chinese site, the picture's source named after the caption (`…储能电池生产线。图片来源：视觉中国`,
# `…圖片來源：中央社`, `…图源：新华社`)
_PICTURE_SOURCE = re.compile(r"(?:图片来源|圖片來源|图源|圖源|照片来源|照片來源)\s*[：:／/]\s*"
                             r"(?P<credit>[^：:，。,（）()]{2,20})$")
# ... or, on a Chinese paper, its photographer after the caption's full stop, perhaps after the reporter's title, with
# the word for `photographed` (`…老人们正在就餐。全媒体记者 张昊 摄`, `…。新华社记者 李明 摄`)
_TAKEN_AFTER = re.compile(r"。\s*(?:[^。\s]{0,8}" + _REPORTER + r"\s*)?(?P<credit>" + _NAME + r")\s*[摄攝]$")
# (after a caption's one sentence: a story's paragraph with the reporter's name run in after its last sentence is no
# caption, `…했다. 그는 …라고 말했다. 김지수 기자`)
_AFTER_SENTENCE = re.compile(f"^(?:(?!다\\.).)*다\\.\\s+(?P<credit>[{HANGUL}]{{2,4}})\\s*기자$"
                             r"|^(?:(?!다\.).)*다\.\s*[/／]\s*(?P<slashed>[^/／=]{2,20}?)(?:\s*기자)?$")


# ... or after a slash at its end, or after the caption's full stop on a Korean paper, the picture word (or the
# graphic's) and the photographer (`… 붙어 있다. /사진=정민호 기자`, `/사진=연합뉴스`,
# `월별 수출액 추이. 그래픽=이수민 기자`)
_SLASHED = re.compile(r"(?:[/／]|[.。]\s+(?=사진|그래픽))\s*(?:사진|그래픽|写真|图|圖)\s*[=＝:：]\s*"
                      r"(?P<credit>[^/／=]{2,20}?)(?:\s*기자)?$")


def caption_credit(text: str) -> str | None:
    if _EAST_ASIAN.search(text) is None:
        return None
    m = _GIVEN_BY.search(text) or _CREDIT.search(text) or _TAKEN_BY.search(text) or _SLASHED.search(text) \
        or _AFTER_EQUALS.search(text) or _AFTER_SENTENCE.search(text) or _PICTURE_SOURCE.search(text) \
        or _TAKEN_AFTER.search(text)
    return m[m.lastgroup].strip() if m and m.lastgroup else None  # (the one credit group that matched)


# A Korean broadcast's interview bite in its transcript: the speaker, where they are from or what they do, and their
# words in quotes, all in brackets (`[박영순/서울 노원구 : "병원 갈 때가 제일 문제예요."]`): the story's, crediting
# no one.
_BITE = re.compile(f"^\\[[{HANGUL}]{{2,4}}\\s*/[^\\]:]{{1,40}}:\\s*[\"“]")


def interview_bite(text: str) -> bool:
    return _BITE.match(text) is not None


# An author box after the story: its label, then the writer's name alone on the next line (`この記事を書いた人` /
# `小松原葵`, `作者简介` / `张伟`, `이 기사를 쓴 기자` / `김서연`).
_WRITER_BOX = re.compile(r"^(?:この記事を書いた人|この記事の(?:筆者|執筆者)|執筆者|筆者紹介|筆者プロフィール|作者简介"
                         r"|作者簡介|关于作者|關於作者|이 기사를 쓴 기자|기자 프로필)$")
_NAME_ALONE = re.compile(f"(?:{_NAME})")


def writer_box_name(label: str, below: str) -> str | None:
    """The writer an author box names on the line under its label, None when the two lines are no such box."""
    if _WRITER_BOX.match(label.strip()) and (m := _NAME_ALONE.fullmatch(below.strip())):
        return m.group()
    return None
