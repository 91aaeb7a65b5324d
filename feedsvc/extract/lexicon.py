"""The extractor's vocabulary: the words and patterns Chinese news pages are read by.

The HTML extractor and the text-dump reader (:mod:`.textdump`) both read pages through these:
the labels of the info line (来源, 作者, 记者, 编辑, 时间), photo credits, site chrome, the
markers that end an article, breadcrumbs, and reprint credits (telling people from outlets is
:mod:`.nameshape`'s). A label, a credit form or a chrome line is added here once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import squash
from .towns import TOWNS


def alternation(*words: str) -> str:
    """The regex alternation of *words*, in the order given."""
    return "|".join(re.escape(word) for word in words)


def cut_at(words: Iterable[str], marks: str) -> re.Pattern[str]:
    """Where a value after a label ends: at any of *words*, or where the regex *marks*
    matches (a year, a bracket...)."""
    return re.compile(rf"(?:{alternation(*words)}|{marks})")


# -- the labels of the info line, simplified form first ------------------------------------

SOURCE = ("来源", "來源")
AUTHOR = ("作者",)
REPORTER = ("记者", "記者")
CORRESPONDENT = ("通讯员", "通訊員")
EDITOR = ("编辑", "編輯")
SHORT_EDITOR = ("责编", "責編")
PUBLISH = ("发布", "發布", "發佈")
TIME = ("时间", "時間")
DATE = ("日期",)
#: Byline labels besides 作者: 撰文 王五, 文字：李四, 文案：X (campus sites), 执笔/某某, 主笔｜X,
#: 採訪整理：X (an interview written up).
BYLINE_WORDS = tuple(
    "撰文者 撰稿人 撰文 撰稿 文字 文案 采写 执笔 執筆 主笔 主筆 采访整理 採訪整理".split()
)
#: 报导：陈志强, 報導：李嘉欣: a byline label of Malaysian and Hong Kong papers (with a colon).
REPORT_LABEL = ("报导", "報導", "报道", "報道")
#: 報導•攝影: the photo role joined to the report label (a Taiwanese paper's credit).
AND_PHOTO = r"(?:\s*[•·、]\s*(?:攝影|摄影))?"
#: 编译：乔木, 編譯：林南: the translator of a story from abroad, its writer (with a colon).
TRANSLATOR = ("编译", "編譯")
#: 信息员：钱晓东, 报送人：李某 (a government department's news item): the writer, with a colon.
INFO_OFFICER = ("信息员", "信息員", "报送人")
#: The staff a byline names by role: 记者 张三, 通讯员 李四, 实习生 王五, 本报评论员 周立.
#: 特派員: a Taiwanese paper's or agency's correspondent abroad (駐日特派員某某／東京報導); not
#: the mainland's 特派员, the rural 科技特派员 a story is about.
STAFF = (*REPORTER, *CORRESPONDENT, "实习生", "實習生", "评论员", "評論員", "特派員")
#: A byline's closing words, after the names: 記者林宸誼／台北報導, 文／某某 编译.
BYLINE_TAIL = ("综合报道", "綜合報導", "报道", "報導", "编译", "編譯", "整理", "综合", "綜合")
#: Words after an outlet or a name that end it: 字体 打印 分享 摄影 审核 校对.
CUT_WORDS = ("字体", "打印", "分享", "摄影", "审核", "校对")
#: Labels of the publish time (发布时间：, 发表于), besides the English ``published``.
PUBLISH_LABELS = (
    "发布时间",
    "发布日期",
    "发表时间",
    "发表日期",
    "发稿时间",
    "发文日期",
    "发文时间",
    "上线时间",
    "刊发时间",
    "出版日期",
    "添加时间",
    "添加日期",
    "时间",
    "日期",
    "发布于",
    "发表于",
    # the same labels as Taiwanese and Hong Kong sites write them
    "發布時間",
    "發佈時間",
    "發布日期",
    "發佈日期",
    "發表時間",
    "出版時間",
    "發布於",
    "發佈於",
    "發表於",
)
#: The counters and buttons an info line carries: 浏览 123, 点击, 阅读, 人气：4127, 字号 大 中 小,
#: 字体： 小 大.
COUNTERS = ("浏览", "点击", "阅读", "人气", "人氣", "字号", "字號", "字体", "字體")
#: A blog theme's post meta after the writer (作者：X 分类于 运维 发表于 …, Hexo NexT's row):
#: labels that end a name and are never one.
POST_META = tuple(
    "分类于 分類於 更新于 更新於 字数统计 字數統計 阅读次数 閱讀次數 阅读时长 閱讀時長".split()
    + ["本文字数"]
    # 作者：某某 最后修改：2024-04-17 点击：412, an office CMS's info line
    + ["最后修改", "最後修改"]
)
#: Labels of the outlet: longer ones first, so the whole label is taken.
SOURCE_LABELS = (
    "本文转载自",
    "本文轉載自",
    "稿件来源",
    "信息来源",
    "文章来源",
    "本文来源",
    "新闻来源",
    "内容来源",
    "消息来源",
    "来源于",
    "来源",
    "出处",
    "出處",
    "转自",
    "转载自",
    "稿源",
    "新聞來源",
    "轉載自",
    "來源",
)
#: A source label with a word before 来源 (信息来源, 文章来源, 稿件来源): a value's cut there,
#: not at its 来源, so the word is no name.
SOURCE_PREFIXED = tuple(label for label in SOURCE_LABELS if label.endswith(SOURCE))
#: Editor labels and their rank: 责任编辑 before 责编 before 值班编辑 ... before 编辑 (选稿: the
#: editor who picked the story for the site, as portals credit it in the info line).
EDITOR_RANK = {
    "责任编辑": 0,
    "責任編輯": 0,
    "责编": 1,
    "責編": 1,
    "值班编辑": 2,
    "本文编辑": 2,
    "文字编辑": 3,
    "主编": 3,
    "主編": 3,
    "选稿": 3,
    "選稿": 3,
    "编辑": 4,
    "編輯": 4,
}
#: The labels any info line starts with: what it names, who wrote and edited, when.
INFO_LABELS = (*SOURCE, *AUTHOR, *REPORTER, *EDITOR, *PUBLISH, *TIME, *DATE)
#: A label with its colon: ``来源：``, ``发布时间:``.
INFO_LABEL = re.compile(rf"(?:{alternation(*INFO_LABELS)})\s*[:：]")
#: An info line's word or a counter (浏览, 字号) anywhere in a line: a short line holding one is
#: chrome, not text.
INFO_OR_COUNTER = re.compile(alternation(*INFO_LABELS, *COUNTERS))
#: A full date such as 2025-07-28 or 2025年7月28日, as info lines start with.
DATE_START = r"(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}"

#: News agencies whose dateline opens a story: （中央社記者…台北1日電）, 新华社北京5日电.
WIRE_AGENCIES = (
    "新华社",
    "中新社",
    "中央社",
    "法新社",
    "路透社",
    "路透",
    "美联社",
    "美聯社",
    "共同社",
    "韩联社",
    "韓聯社",
)

# -- a site's columns -----------------------------------------------------------------------

#: The kind of news a column of a company's, school's or community's site carries (公司新闻,
#: 学院新闻, 行业资讯), or a portal's section (国内新闻): a kind, never a brand.
COLUMN_KINDS = (
    "公司|企业|企業|集团|集團|行业|行業|产业|產業|学院|學院|学校|學校|校园|校園|院系|部门|部門|单位|單位|"
    "社区|社區|协会|協會|学会|學會|商会|商會|工会|工會|党建|黨建|学术|學術|科研|教学|教學|产品|產品|"
    "技术|技術|媒体|媒體|基层|基層|工作|政务|政務|院内|院內|校内|校內|会员|會員|国内|國內|国际|國際|"
    "社会|社會|财经|財經|图片|圖片|综合|綜合|本地"
)

#: A column of a site (社区动态, 公司新闻, 行业资讯, 通知公告, 媒体报道, 学术活动), named beside
#: a post's time where a portal names its outlet: no outlet. 动态 and 公告 close a column
#: whatever comes before; 新闻, 资讯, 活动 only after a kind (not 界面新闻, 凤凰网资讯).
COLUMN_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,4}(?:动态|動態)|[\u4e00-\u9fff]{0,4}(?:公告|通知)|"
    rf"(?:{COLUMN_KINDS})(?:新闻|新聞|资讯|資訊|要闻|要聞|简讯|簡訊|快讯|快訊|活动|活動)|"
    r"媒体报道|媒體報導|媒体聚焦|媒體聚焦|媒体关注|媒體關注"
)

# -- places ----------------------------------------------------------------------------------

PLACES = (
    "台北|北京|上海|香港|澳門|澳门|華盛頓|华盛顿|紐約|纽约|東京|东京|倫敦|伦敦|巴黎|首爾|首尔|台中|台南|"
    "高雄|新北|桃園|新竹|花蓮|廣州|广州|深圳|南京|武漢|武汉|杭州|成都|重慶|重庆|天津|西安|日內瓦|日内瓦|"
    "布魯塞爾|布鲁塞尔|莫斯科|柏林|新德里|曼谷|新加坡|洛杉磯|洛杉矶|舊金山|旧金山|芝加哥|雪梨|悉尼|"
    # 郑州报道, 濟南報導: the mainland's provincial capitals and big cities (not those that are
    # people's names too: 沈阳, 金华, 许昌)
    "郑州|鄭州|长沙|長沙|合肥|济南|濟南|福州|南昌|太原|石家庄|石家莊|长春|長春|哈尔滨|哈爾濱|"
    "呼和浩特|银川|銀川|西宁|西寧|兰州|蘭州|乌鲁木齐|烏魯木齊|拉萨|拉薩|昆明|贵阳|貴陽|南宁|南寧|"
    "海口|三亚|三亞|青岛|青島|大连|大連|厦门|廈門|宁波|寧波|苏州|蘇州|无锡|無錫|温州|溫州|佛山|东莞|"
    "東莞|珠海|汕头|汕頭|洛阳|洛陽|唐山|石狮|烟台|煙台|潍坊|濰坊|徐州|常州|南通|扬州|揚州|绍兴|紹興|"
    "嘉兴|嘉興|泉州|漳州|桂林|柳州|遵义|遵義|绵阳|綿陽|宜昌|襄阳|襄陽|株洲|衡阳|衡陽|赣州|贛州|芜湖|"
    "蕪湖|淄博|临沂|臨沂|威海|秦皇岛|秦皇島|邯郸|邯鄲|包头|包頭|鄂尔多斯|鄂爾多斯|齐齐哈尔|齊齊哈爾|"
    # 吉隆坡報導, 溫哥華報導: the cities Malaysian and North American Chinese papers report from
    "吉隆坡|檳城|怡保|新山|古晉|亞庇|馬六甲|溫哥華|温哥华|多倫多|多伦多|三藩市|雅加達|雅加达|馬尼拉|"
    # 嘉義縣報導, 臺東報導, 屏東縣 報導: the counties of Taiwanese datelines (縣 after some)
    "(?:臺北|臺中|臺南|基隆|宜蘭|苗栗|彰化|南投|雲林|嘉義|屏東|台東|臺東|澎湖|金門|連江|馬祖)縣?|"
    "(?:新竹|花蓮)縣"
)

PLACE = re.compile(PLACES)

#: The place of a dateline, after the reporter's name: a city above or a town below it
#: (記者林明豐原報導, 發自义乌), where a name must not run on into the place.
DATELINE_PLACES = PLACES + "|" + TOWNS

#: A heading that numbers a section (一、 2. 03 第三章) or names the column in brackets
#: (【短视频文化现象观察】): the text's own, kept.
SECTION_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[、.．]|0\d|第[一二三四五六七八九十\d]+[部章节篇]"
    r"|【[^】]+】$)"
)

# -- page furniture: chrome, end markers, credits -----------------------------------------

#: Site chrome: footers and contact lines, never article text, wherever they show up.
CHROME = re.compile(
    r"ICP备|ICP证|公网安备|版权所有|Copyright|©|举报电话|联系电话|监督电话|客服电话|联系我们|网站地图|"
    r"免责声明|本站郑重声明|主办单位|承办单位|技术支持|邮编|All Rights Reserved|不良信息举报|"
    r"客服QQ|通联QQ|邮箱[:：]|办公区[:：]|地址[:：]|主办\s*[|｜]|^\s*•",
    re.I,
)
#: 编者按：…, 【编者的话】…, 編者註：…, 编者按 on a line of its own over the note: an editor's
#: note opening the text; set in a box of its own (class editor-note, editorNote), it is the
#: text's start, not the 责任编辑 box.
EDITORS_NOTE = re.compile(
    r"^[\s\[【(（]*(?:编者按|編者按|编者的话|編者的話|编者注|編者註|编者附言|編者附言|编辑按|編輯按)"
    r"\s*(?:[:：】\])）]|$)"
)
#: Lines that end the article text: related links, previous/next, share bars, print buttons.
END_LINE = re.compile(
    r"^[\[【(（\s>＞›»]*(?:相关(?:新闻|阅读|链接|文章|报道|稿件|推荐)|推荐阅读|上一篇|下一篇|热门推荐|"
    r"热点推荐|精彩推荐|更多精彩|往期回顾|网友评论|我要评论|发表评论|版权声明|免责声明|"
    r"点击排行|热点新闻|分享到|扫一扫|附件下载|打印本页|打印】|关闭窗口|友情链接|"
    r"返回\S{0,6}[，,]?查看更多)"
)
#: A photo credit closing a caption: 新华社记者 王晔 摄, 某某供图, 图/视觉中国.
CREDIT = re.compile(
    r"[（(]?\s*(?P<credit>(?:[\u4e00-\u9fff]{0,8}(?:记者|通讯员|特约摄影|摄影记者|摄影)\s*)?"
    r"[\u4e00-\u9fff·]{2,8}(?:\s*[、，]\s*[\u4e00-\u9fff·]{2,8})*\s*摄(?:影)?"
    r"|[\u4e00-\u9fff]{2,8}(?:发|供图|提供)(?:\s*[\u4e00-\u9fff·]{2,8}\s*摄)?"
    r"|图(?:片)?(?:来源)?\s*[/／:：丨|]\s*[^\s，。]{2,30}"
    r"|(?:新华社|中新社|视觉中国|IC photo|东方IC)\s*(?:记者)?\s*[\u4e00-\u9fff·]{0,8}\s*(?:摄|发)?)"
    r"\s*[）)]?\s*$"
)


def split_credit(text: str) -> tuple[str, str | None]:
    """A caption and the photo credit closing it: '李强出席会议。新华社记者 王晔 摄'."""
    m = CREDIT.search(text)
    if not m or m.start() == 0 and len(text) > 40:
        return text, None
    return text[: m.start()].rstrip(" （(，,"), squash(m["credit"])


# -- reprint and partner credits -------------------------------------------------------------


#: [headline] 原创： 苏木编译 全球宏观观察: a WeChat header in a reprint (writers, account, no date)
ORIGINAL_HEADER = re.compile(
    r"^\s*(?:[^\s:：][^:：]{3,40}?[ \u3000]+)?原创\s*(?:[:：]\s*|[ \u3000]+)(?P<n>[^\s:：]{2,12}?"
    r"(?:[ \u3000]+[\u4e00-\u9fff·]{2,5}){0,2}?)(?:编译|編譯|整理)?"
    r"[ \u3000]+(?P<o>(?![\d\-/.年月日]+\s*$)[^\s:：]{2,20})\s*$"
)


#: 石佳/中国青年报: a reprint's byline on a line of its own, the writer, then the paper (never a
#: question or a cry: 林志遠／台東小校還能撐多久？ is a column's headline in a list of links).
WRITER_SLASH_OUTLET = re.compile(
    r"^(?!.*(?:记者|記者|报道|報導|综合|綜合))\s*(?P<n>[\u4e00-\u9fff·]{2,5}(?:[、，\s][\u4e00-\u9fff·]{2,5}){0,3})\s*[/／]\s*"
    r"(?P<o>[^\s/／:：|｜，。？?！!]{2,12})\s*$"
)

#: 圖文／CTWANT, 文／鏡週刊: a partner's story credited to the outlet alone, no writer named.
CONTENT_CREDIT = re.compile(r"^\s*(?:圖文|图文|文)\s*[／/]\s*(?P<o>[^\s/／:：|｜，。]{2,12})\s*$")
