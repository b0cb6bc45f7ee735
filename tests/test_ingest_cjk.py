"""Pages in Chinese, Japanese and Korean (cjk.py): lines without spaces measured by character, their dates, bylines,
captions' credits, breadcrumbs and advertisement markers."""

from __future__ import annotations

from datetime import datetime

from newsletter.ingest.scraped import read_plaintext
from newsletter.ingest.scraped.captions import credit_at_end
from newsletter.ingest.scraped.cjk import byline_name
from newsletter.ingest.scraped.dates import looks_like_date, parse_date
from newsletter.ingest.scraped.lines import measure
from tests.cases import cases

JA_PARAS = [
    "半導体設計の新興企業、湊テクノロジーズ（北九州市）は20日、人工知能（AI）の推論処理に特化した省電力チップの量産を"
    "2027年春に始めると発表した。従来の画像処理半導体と比べ、消費電力を約5分の1に抑えられるという。",
    "量産は台湾の受託製造大手に委託し、初年度は月産2万枚を計画する。主な用途として、工場の検査装置や監視カメラなど、"
    "端末側でAIを動かす「エッジAI」を想定している。",
    "海外大手との競争激化",
    "エッジAI向けの半導体市場では、米国や中国の大手が相次いで新製品を投入している。世界市場は2030年に現在の約3倍の"
    "規模に拡大する見通しで、各社の競争は激しさを増している。",
    "同社は来年1月に米ラスベガスで開かれる見本市に出展し、海外での顧客開拓も本格化させる。",
]
JA_PAGE = "\n\n".join([
    "メインコンテンツへスキップ", "東都新聞デジタル",
    "ニュース 政治 経済 国際 社会 テック スポーツ カルチャー 地域 動画",
    "ホーム ＞ テック ＞ 半導体", "北九州の新興企業、AI向け省電力チップを量産へ　消費電力は従来の5分の1",
    "2026年11月20日 18:42", "高橋美咲 記者", "シェア\nX\nFacebook\nLINE",
    "記者会見で新型チップを手にする湊テクノロジーズの石川悠真社長＝20日、北九州市小倉北区（撮影：中村翔太）",
    *JA_PARAS[:2], "広告", *JA_PARAS[2:],
    "関連記事\n国内半導体投資、今年度は過去最高の4兆円超に　経産省まとめ\nデータセンターの電力需要、10年で2倍に",
    "東都新聞社について\nプライバシーポリシー",
])


def test_a_japanese_page_reads_its_fields():
    for page in (JA_PAGE, JA_PAGE.replace("\n\n", "\n")):  # (as pasted, and pasted without blank lines)
        article = read_plaintext(page, "ja.txt")[0].finish()
        # (the ideographic space between its two halves is read as a space)
        assert article.title == "北九州の新興企業、AI向け省電力チップを量産へ 消費電力は従来の5分の1"
        assert article.section == "半導体"  # (the path's arrow full-width, its first step `ホーム`)
        assert article.author == "高橋美咲" and article.image_credit == "中村翔太"
        assert article.published is not None
        assert article.published.replace(tzinfo=None) == datetime(2026, 11, 20, 18, 42)
        assert article.body == JA_PARAS  # (`広告` is the advertisement's marker; the subheading a paragraph)


def test_a_line_without_spaces_is_measured_by_its_characters():
    paragraph = measure(JA_PARAS[0], frozenset())
    assert paragraph.words >= 50 and paragraph.prose and paragraph.full_stop
    menu = measure("ニュース 政治 経済 国際 社会 テック スポーツ カルチャー 地域 動画", frozenset())
    assert menu.menu and not menu.prose
    headline = measure("北九州の新興企業、AI向け省電力チップを量産へ　消費電力は従来の5分の1", frozenset())
    assert headline.headline and not headline.menu and not headline.full_stop
    assert measure("Two words.", frozenset()).words == 2  # (a line in a spaced script is measured as before)


@cases(("text", "when"), [
    ("2026年11月20日 18:42", datetime(2026, 11, 20, 18, 42)),
    ("2026年11月20日（金）18時42分", datetime(2026, 11, 20, 18, 42)),
    ("2026年3月4日", datetime(2026, 3, 4)),
    ("2026년 11월 20일 09:15", datetime(2026, 11, 20, 9, 15)),
])
def test_dates_written_with_their_units(text, when):
    assert looks_like_date(text) and parse_date(text) == when


@cases(("line", "name"), [
    ("高橋美咲 記者", "高橋美咲"), ("记者 张伟", "张伟"), ("文／高橋美咲", "高橋美咲"), ("作者：张伟", "张伟"),
    ("홍길동 기자", "홍길동"),
    # (near misses) a headline, a menu entry, a label of four characters without the reporter's word
    ("北九州の新興企業", None), ("ホーム", None), ("記者会見", None), ("高橋美咲", None),
])
def test_bylines_in_chinese_japanese_and_korean(line, name):
    assert byline_name(line) == name


@cases(("caption", "credit"), [
    ("記者会見で新型チップを手にする石川悠真社長＝20日、北九州市（撮影：中村翔太）", "中村翔太"),
    ("宁波舟山港的集装箱码头上，桥吊正在装卸货物。（摄影：李明）", "李明"),
    ("부산항 신항 컨테이너 부두의 모습 (사진: 홍길동)", "홍길동"),
    ("記者会見で新型チップを手にする石川悠真社長（20日、北九州市）", None),  # (near miss) a place and a day
])
def test_a_captions_credit_in_brackets(caption, credit):
    assert credit_at_end(caption) == credit
