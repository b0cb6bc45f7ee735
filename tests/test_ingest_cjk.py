"""Pages in Chinese, Japanese and Korean (cjk.py): lines without spaces measured by character, their dates, bylines,
captions' credits, breadcrumbs and advertisement markers."""

from __future__ import annotations

from datetime import datetime

from newsletter.ingest.scraped import read_plaintext
from newsletter.ingest.scraped.captions import credit_at_end
from newsletter.ingest.scraped.cjk import byline_name
from newsletter.ingest.scraped.dates import looks_like_date, parse_date
from newsletter.ingest.scraped.furniture import is_ui, kind_of
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


ZH_PARAS = [
    "今年前十个月，长三角地区主要港口的集装箱吞吐量累计达到一亿两千万标准箱，比去年同期增长百分之九，创下历史同期新高。"
    "业内人士认为，这主要得益于外贸订单的回暖和航线网络的持续加密。",
    "从各港口的情况看，宁波舟山港和上海港仍是增长的主要动力。其中，宁波舟山港前十个月完成集装箱吞吐量三千二百万标准箱，"
    "同比增长百分之十一。",
    "新航线带来新增量",
    "据了解，今年以来长三角各港口新开通了四十多条国际航线，其中不少通往东南亚、中东和非洲等新兴市场，运输时间也明显缩短。",
]
ZH_PAGE = "\n\n".join([
    "跳到主要内容", "东方财经网\n首页\n财经\n科技\n社会\n国际", "请输入关键词 搜索\n登录 注册",
    "当前位置：首页 > 财经 > 宏观", "长三角港口集装箱吞吐量创新高 前十个月同比增长百分之九",
    "2026-11-20 18:42:05　来源：东方日报　作者：张伟", "【字体：大 中 小】　打印本页　分享到：微信 微博",
    "宁波舟山港的集装箱码头上，桥吊正在装卸货物。（本报记者 李明 摄）",
    *ZH_PARAS[:2], "广告\n请继续往下阅读...", *ZH_PARAS[2:],
    "责任编辑：王芳", "相关阅读\n长三角一体化发展取得新进展\n前十个月全国外贸进出口保持稳定增长",
    "关于我们 | 联系我们 | 广告服务\n版权所有 东方财经网 未经授权禁止转载",
])


def test_a_chinese_page_reads_its_fields():
    for page in (ZH_PAGE, ZH_PAGE.replace("\n\n", "\n")):
        article = read_plaintext(page, "zh.txt")[0].finish()
        assert article.title == "长三角港口集装箱吞吐量创新高 前十个月同比增长百分之九"
        assert article.section == "宏观"  # (after the `you are here` label, `当前位置：`)
        assert article.author == "张伟"  # (the writer among the line's facts, not the source paper)
        assert article.image_credit == "李明"
        assert article.published is not None
        assert article.published.replace(tzinfo=None) == datetime(2026, 11, 20, 18, 42, 5)
        assert article.body == ZH_PARAS  # (without the ad's `continue reading` note, the editor or the footer)


@cases(("dates", "when"), [
    # the update after the publication in brackets (`最終更新`), or the update's line over the publication's (ko, zh)
    ("2026年11月20日 18:42（最終更新 2026年11月21日 09:05）", datetime(2026, 11, 20, 18, 42)),
    ("수정 2026.11.21 09:05\n입력 2026.11.20 18:42", datetime(2026, 11, 20, 18, 42)),
    ("更新时间：2026-11-21 09:05\n发布时间：2026-11-20 18:42", datetime(2026, 11, 20, 18, 42)),
    ("更新/2026年11月21日 09:05\n发布/2026年11月20日 18:42", datetime(2026, 11, 20, 18, 42)),
])
def test_the_publication_not_the_update(dates, when):
    article = read_plaintext(JA_PAGE.replace("2026年11月20日 18:42", dates), "ja.txt")[0].finish()
    assert article.published is not None and article.published.replace(tzinfo=None) == when


def test_a_breadcrumb_unspaced_and_a_last_paragraph_closing_a_quote():
    """`首页>财经>宏观` is a path (holdout362); a paragraph closing its quote after the stop (`…损失。」`) ends a
    sentence, and stays the story's last paragraph over the site's reminder."""
    last = "县长今天前往勘灾，他表示将加派人力协助农民申请救助，「让农民早一天恢复生产，就少一天损失。」"
    page = ZH_PAGE.replace("当前位置：首页 > 财经 > 宏观", "首页>财经>宏观").replace(
        ZH_PARAS[-1], ZH_PARAS[-1] + "\n\n" + last + "\n\n★东方财经网提醒您：台风过后请勿前往海边。")
    article = read_plaintext(page, "zh.txt")[0].finish()
    assert article.section == "宏观" and article.body == [*ZH_PARAS, last]
    assert measure(last, frozenset()).sentence


def test_a_line_without_spaces_is_measured_by_its_characters():
    paragraph = measure(JA_PARAS[0], frozenset())
    assert paragraph.words >= 50 and paragraph.prose and paragraph.full_stop
    menu = measure("ニュース 政治 経済 国際 社会 テック スポーツ カルチャー 地域 動画", frozenset())
    assert menu.menu and not menu.prose
    headline = measure("北九州の新興企業、AI向け省電力チップを量産へ　消費電力は従来の5分の1", frozenset())
    assert headline.headline and not headline.menu and not headline.full_stop
    assert measure("Two words.", frozenset()).words == 2  # (a line in a spaced script is measured as before)
    # ... and so is one with a kana among its letters: a kaomoji's `ツ` in a German line
    stops = frozenset({"die", "und", "ich"})
    shrug, plain = (f"Ich übe die ¯\\_({face})_/¯-Haltung und barrierefreies Denken | Lehrer in Freiburg"
                    for face in ("ツ", "o"))
    assert (measure(shrug, stops).words, measure(shrug, stops).stop_share, measure(shrug, stops).capitalised) == (
        measure(plain, stops).words, measure(plain, stops).stop_share, measure(plain, stops).capitalised)


@cases(("text", "when"), [
    ("2026年11月20日 18:42", datetime(2026, 11, 20, 18, 42)),
    ("2026年11月20日（金）18時42分", datetime(2026, 11, 20, 18, 42)),
    ("2026年3月4日", datetime(2026, 3, 4)),
    ("2026년 11월 20일 09:15", datetime(2026, 11, 20, 9, 15)),
    # year first with slashes or dots, as pages there write it
    ("2026/11/25 14:32", datetime(2026, 11, 25, 14, 32)), ("입력 2026.11.25 10:21", datetime(2026, 11, 25, 10, 21)),
    # the half of the day before the clock
    ("2026年11月20日 下午6时42分", datetime(2026, 11, 20, 18, 42)),
    ("2026년 11월 20일 오후 6:42", datetime(2026, 11, 20, 18, 42)),
    ("2026年11月20日 午前9時15分", datetime(2026, 11, 20, 9, 15)),
])
def test_dates_written_with_their_units(text, when):
    assert looks_like_date(text, clock=False) and parse_date(text) == when  # (a day, not only a clock)


@cases(("line", "name"), [
    ("高橋美咲 記者", "高橋美咲"), ("记者 张伟", "张伟"), ("文／高橋美咲", "高橋美咲"), ("作者：张伟", "张伟"),
    ("홍길동 기자", "홍길동"), ("김서연 기자 syk@example.co.kr", "김서연"), ("記者陳怡君／台南報導", "陳怡君"),
    ("〔記者陳怡君／台南報導〕", "陳怡君"), ("2026-11-24 09:15:32　来源：浙江商报　作者：周晓岚", "周晓岚"),
    # a Japanese paper's bureau and writer in brackets under the story (holdout358)
    ("（新庄支局・遠藤彩花）", "遠藤彩花"), ("（社会部・佐々木亮記者）", "佐々木亮"),
    ("（新庄市）", None),  # (near miss) a place in brackets
    # a Japanese paper's desk and writer under the headline, a Singaporean paper's `reported by` (holdout359)
    ("経済部　佐藤美咲", "佐藤美咲"), ("ワシントン支局・山田太郎", "山田太郎"), ("林慧敏 报道", "林慧敏"),
    ("政治部 社会部", None), ("経済部", None),  # (near misses) two desks, a desk alone
    # (near misses) a headline, a menu entry, a label of four characters without the reporter's word
    ("北九州の新興企業", None), ("ホーム", None), ("記者会見", None), ("高橋美咲", None),
])
def test_bylines_in_chinese_japanese_and_korean(line, name):
    assert byline_name(line) == name


@cases(("caption", "credit"), [
    ("記者会見で新型チップを手にする石川悠真社長＝20日、北九州市（撮影：中村翔太）", "中村翔太"),
    ("宁波舟山港的集装箱码头上，桥吊正在装卸货物。（摄影：李明）", "李明"),
    ("부산항 신항 컨테이너 부두의 모습 (사진: 홍길동)", "홍길동"),
    ("台南市新化老街騎樓整平工程完工，居民推著娃娃車走在騎樓下。（圖／台南市政府工務局提供）", "台南市政府工務局"),
    ("11月22日，桐溪镇一家竹编企业的车间里，工人正在赶制出口订单。（本报记者 孙鹏 摄）", "孙鹏"),
    ("지난 24일 서울 중구의 한 상가 건물 1층 점포에 임대 안내문이 붙어 있다. /사진=정민호 기자", "정민호"),
    ("泥水につかった住宅街から家財道具を運び出す住民ら＝11日午後、真室川町新町（佐々木亮撮影）", "佐々木亮"),
    ("記者会見で新型チップを手にする石川悠真社長（20日、北九州市）", None),  # (near miss) a place and a day
    # after the equals sign: when, where and who photographed it, or the agency; a Korean caption's photographer
    # after its last sentence (holdout359)
    ("臨時閣議に臨む高畑首相（中央）ら＝2026年11月26日午前9時3分、首相官邸、山本一郎撮影", "山本一郎"),
    ("記者会見する日銀総裁＝26日、東京都中央区、共同", "共同"),
    ("26일 덕수궁관에서 관람객이 '창가의 여인'을 살펴보고 있다. 한상진 기자", "한상진"),
    ("臨時閣議に臨む高畑首相ら＝26日、首相官邸", None),  # (near miss) no photographer after the place
    ("관람객이 작품을 살펴보고 있다고 한상진 기자가 전했다.", None),  # (near miss) the reporter in the sentence
    # (near miss) a story's paragraph of two sentences with the reporter's name run in after the last
    ("미술관은 내년 1월 심포지엄을 연다. 관람료는 성인 2000원이다. 김지수 기자", None),
    # a Chinese site's picture source after the caption, a Korean caption's source after a slash (holdout360)
    ("8月中旬，华澜新能源合肥基地的储能电池生产线。图片来源：视觉中国", "视觉中国"),
    ("위원들이 동의안을 심사하고 있다. /창원시의회", "창원시의회"),
    ("2026年08月28日 21:15 来源：鼎金财经", None),  # (near miss) the story's source on its date line
    # a Chinese paper's photographer after the caption's full stop (holdout366); a Korean broadcast's interview bite
    ("11月19日，坪上村长者食堂，老人们正在就餐。全媒体记者 张昊 摄", "张昊"),
    ("宁波舟山港的集装箱码头上，工人正在作业。新华社记者 李明 摄", "李明"),
    ('[최동규/전남 해남군 : "여기는 버스가 하루에 네 번 다녀요. 차 없으면 농사도 못 짓습니다."]', None),
    # a Korean caption's credit in square brackets, a graphic's maker after its caption's full stop (holdout369)
    ("지난달 30일 경기 평택항 수출입부두에 수출용 컨테이너가 쌓여 있다. [사진=한결통신]", "한결통신"),
    ("월별 반도체 수출액 추이. 그래픽=이수민 기자", "이수민"),
    ("수출 비중은 그래픽으로 정리했다", None),  # (near miss) the story's sentence about a graphic
])
def test_a_captions_credit_in_brackets(caption, credit):
    assert credit_at_end(caption) == credit


@cases(("line", "kind"), [
    # a time in brackets after a numeric date is the date line's, not a clip's length (holdout358)
    ("입력 2026.11.24 (19:31)", None), ("Harbour ferry at dusk (2:48)", "audio player"),
    ("羽州新報デジタル会員なら、県内のニュースをいち早く、すべての記事が読み放題。いまなら初回２カ月無料。", "paywall"),
    ("加入維港新聞網WhatsApp頻道，第一時間掌握最新財經消息。", "sign-up"),
    ("延伸閱讀：【樓市】銀行再減P　供樓人士每月慳多少？一文睇清", "related"),
    ("责任编辑：王芳", "editor in charge"), ("版权所有 东方财经网 未经授权禁止转载", "copyright"),
    # a paid story's cut and its members' notice (holdout359), a related box's label set into the story
    ("この記事は有料記事です。残り1186文字（全文2917文字）", "paywall"),
    ("有料会員になると続きをお読みいただけます。", "paywall"), ("이 기사는 유료회원 전용입니다", "paywall"),
    ("有料会員の数は前年より2割増え、全体の3割を占めた。", None),  # (near miss) the story's own sentence
    ("함께 보면 좋은 기사", "related"), ("あわせて読みたい", "related"),
    # a Chinese site's abstract run in under its label, a finance site's quote-delay notice (holdout360)
    ("摘要：华澜新能源8月28日晚间披露2026年半年度报告，上半年实现营业收入186.4亿元。", "summary box"),
    ("【导读】本周三大指数集体收涨。", "summary box"),
    ("摘要显示，公司上半年营收同比增长23.8%。", None),  # (near miss) a story's sentence on the report's abstract
    ("行情数据来源于交易所，延时15分钟", "disclosure"),
    # a related link after its arrow, a Taiwanese site's reminder under the story (holdout362)
    ("▸相關新聞：颱風璐芙遠離 全台停電戶剩1.2萬戶", "related"),
    ("★島聲新聞網提醒您：颱風過後請勿貿然進入果園或溪邊巡視。", "house notice"),
    ("市府提醒：颱風過後請勿進入溪邊。", None),  # (near miss) the story's own reminder
])
def test_furniture_lines_in_chinese_japanese_and_korean(line, kind):
    found = kind_of(line)
    assert (found and found.name) == kind


@cases("line", ["印刷", "LINEで送る", "Xでポスト", "分享：", "字体大小", "인쇄", "공유하기", "글자크기 설정",
                "+加自选"])
def test_an_articles_tool_row_in_chinese_japanese_and_korean(line):
    assert is_ui(line)



# A Japanese paper's page (holdout367's kinds): no byline over the story, the writer named in the author box after it
# (its label over the name alone); a tagged headline (`【速報】…`) set between two paragraphs over a subheading, a link.
JA_BOXED_PAGE = "\n\n".join([
    "東都新聞デジタル", "トップ ＞ 経済 ＞ 産業",
    "北九州の新興企業、AI向け省電力チップを量産へ　消費電力は従来の5分の1", "2026年11月20日 18:42",
    *JA_PARAS[:2], "【速報】湊テクノロジーズ、台湾の受託製造大手と量産契約へ　関係者", *JA_PARAS[2:],
    "この記事を書いた人\n高橋美咲\n経済部｜半導体担当", "関連ニュース\n国内半導体投資、今年度は過去最高の4兆円超に",
])


def test_an_author_box_names_the_writer_and_a_tagged_headline_amid_the_story_is_a_link():
    for page in (JA_BOXED_PAGE, JA_BOXED_PAGE.replace("\n\n", "\n")):  # (as pasted, and without blank lines)
        article = read_plaintext(page, "ja.txt")[0].finish()
        assert article.author == "高橋美咲"
        assert article.body == JA_PARAS


@cases("paragraph", [
    "【环球时报综合报道】据外媒报道，长三角地区主要港口的集装箱吞吐量本月再创新高，业内人士认为外贸订单正在回暖。",
    "【関連】の表示がある記事は、会員登録をすると全文を読むことができる。",
])
def test_a_paragraph_opening_with_a_bracketed_tag_stays(paragraph):
    """A tagged line that is a sentence (its full stop at the end) is the story's: an agency's source tag before the
    first paragraph, a sentence about the tags themselves."""
    page = JA_PAGE.replace(JA_PARAS[2], paragraph) if "関連" in paragraph else ZH_PAGE.replace(ZH_PARAS[2], paragraph)
    assert paragraph in read_plaintext(page, "p.txt")[0].finish().body
