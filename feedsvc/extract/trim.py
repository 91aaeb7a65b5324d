"""Keep only the article among the blocks: drop headline copies, info lines, bylines, trailers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field

from .blocks import Block
from .bylineforms import POSTED_BY
from .bylineforms import undated
from .bylineforms import unlabelled_byline
from .columnlabel import column_label
from .datedbyline import dated_byline
from .junklines import AUTHOR_TRAILER
from .junklines import JUNK_LINE
from .junklines import opening_junk
from .leadlines import BREADCRUMB
from .leadlines import COUNT_LINE
from .leadlines import DATE_HINT
from .leadlines import POINT_LINE
from .leadlines import POINTS_LABEL
from .leadlines import WORD_LIST
from .leadlines import link_line
from .leadlines import lone_caption
from .leadlines import near_headline
from .leadlines import quotes_text
from .leadlines import running_text
from .leadlines import tool_or_dateline
from .leadlines import without_lone_dateline
from .lexicon import AUTHOR
from .lexicon import BYLINE_WORDS
from .lexicon import END_LINE
from .lexicon import INFO_OR_COUNTER
from .lexicon import ORIGINAL_HEADER
from .lexicon import REPORT_LABEL
from .lexicon import STAFF
from .lexicon import alternation
from .namedate import name_then_date
from .photopair import without_photo
from .platformcredit import lead_box
from .platformcredit import past_platform_note
from .salutation import salutation
from .sentfrom import sent_from_byline
from .text import compact
from .titlewrap import continues_title

#: 来源：X作者：Y责编：Z: an info line opening the text container that also names the writer.
INFO_BYLINE = re.compile(rf"(?:{alternation(*AUTHOR, *STAFF, *BYLINE_WORDS)})\s*[:：]")


#: 本报评论员, 人民日报评论员, 本报特约评论员: the paper's commentator, unnamed.
COMMENTATOR = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:评论员|評論員)")

#: Where the article was first published, as a note before its text: 本文首发于X公众号,
#: 本文来自微信公众号“X”（ID：…），作者：Y, 本文经授权转载自X, 本文由X发布 (who posted it).
PROVENANCE = re.compile(
    r"^[(（【\[]?\s*(?:本文|此文|文章)\s*(?:经\S{0,12}?授权)?\s*"
    r"(?:首发于|首发|来自|来源于|转载自|转自|转载于|原载于|原载|原发于|选自|摘自|节选自"
    r"|由\s*\S{1,16}?\s*(?:授权|原创)?发布[。.]?\s*$)"
)

#: A call to install the portal's app, over the text: 下载某浪数码客户端, 下载X新闻APP.
APP_PROMO = re.compile(r"下载\S{0,12}?(?:客户端|APP|App|app)")

#: The header of a WeChat post copied with its text onto a portal: 原创： 作者 公众号名.
REPOST_HEADER = re.compile(r"^原创\s*[:：|｜]?\s+[^。，！？,]{2,40}$")

ORIGINAL_TITLE = re.compile(
    r"^[(（【\[]?\s*(?:本文)?原(?:标)?题\s*[:：为]?\s*[《“]?(?P<v>.+?)[》”]?\s*[)）】\]]?$"
)

#: A byline line: 记者 张三, 文/李四, 【文/观察者网专栏作者 王文】, 执笔/甲、乙&丙, ► 记者 X.
BYLINE = re.compile(
    r"^[■●◆○◎□►▶]?\s*[【\[]?\s*"
    # 《城市周刊》记者 X (a magazine's name in its brackets), 大河报·大河客户端记者 X, 南方+记者 X,
    # 北京日报客户端 | 记者 X, 齐鲁晚报·齐鲁壹点 记者 X: a paper and its app before the role
    r"(?:(?:《[^》]{1,12}》)?(?:[\u4e00-\u9fff]{2,8}[·\-－])?"
    r"(?:[\u4e00-\u9fff]{1,8}\+|[\u4e00-\u9fff]{2,10}(?:客户端|客戶端)[\s|｜丨]*"
    r"|(?<=[·\-－])[\u4e00-\u9fff]{2,8}\s|[\u4e00-\u9fff]{0,10})"
    rf"(?:{alternation(*STAFF, *AUTHOR, *BYLINE_WORDS, '执笔')})"
    r"|文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文|文|图|图文|圖|圖文"
    # 报导：陈慧玲, 報導：李嘉欣: the report label of Malaysian and Hong Kong papers, with its colon
    rf"|(?:{alternation(*REPORT_LABEL)})(?=\s*[:：]))"
    # 作者， 琳达·普雷斯利 职务， BBC News: a comma after 作者, as foreign outlets' editions write
    r"\s*(?:[:：/／|｜丨 ]|(?<=^作者)，)?\s*"
    # 记者 X 通讯员 Y/文 Z/图: the writers and the photographer marked after their names;
    # 文｜X　攝影｜Y　責任編輯｜Z: a magazine's credits on one line; ○记者 陈羽 ○编辑 孙放: a
    # paper's marks before each role
    r"[\u4e00-\u9fff·A-Za-z《][\u4e00-\u9fff·A-Za-z、，,／/&＆ \u3000｜丨○◎□《》]{1,40}"
    # 文：陳怡婷（社工師）: the writer's affiliation in brackets after the name
    r"(?:[（(][^（）()]{1,20}[）)])?\s*[】\]]?$"
)


#: A byline line of a desk or a reporter and the place (Taiwanese portals): 地方中心／桃園報導,
#: 記者王小明、李大同／綜合報導, 〔記者陳小華／台北報導〕; a reprint's 林佳慧／台視新聞.
DESK_BYLINE = re.compile(
    r"^[【〔\[(（]?\s*[\u4e00-\u9fff·A-Za-z、，, ]{2,24}\s*[／/╱]\s*[\u4e00-\u9fff]{0,6}"
    r"(?:報導|报道|編譯|编译|整理|專電|专电|特稿|新聞網|新聞|新闻网|新闻|中央社)\s*[】〕\])）]?$"
)


@dataclass
class Body:
    """The rebuilt body and what was lifted out of it on the way."""

    blocks: list[Block]
    original_title: str | None
    bylines: list[str]


#: The note that closes a 公文's title block: （2016年9月29日…会议通过）, （2020年3月1日）.
TITLE_NOTE = re.compile(r"[（(][^（）()]{4,80}[）)]")


def _noted_title(text: str, title: str) -> bool:
    """Whether *text* is the headline with the note in brackets that a law or decision carries
    under its title (when it was adopted), set in one block."""
    line, head = compact(text), compact(title)
    return (
        len(head) >= 6 and line.startswith(head) and bool(TITLE_NOTE.fullmatch(line[len(head) :]))
    )


def _same(a: str, b: str) -> bool:
    a, b = compact(a), compact(b)
    return (
        bool(a)
        and bool(b)
        and (a == b or (len(b) >= 6 and a.startswith(b) and len(a) - len(b) <= 8))
    )


GALLERY = re.compile(
    r"\d{1,3}\s*/\s*\d{1,3}|图集|组图|视频|音频|播放|听新闻|朗读|[A-Za-z]?[+-]|[大中小]+"
)


#: 2024-05-20 14:33 · 新华社, 2021-05-12 09:30田园老周: a time and a name, without a label.
TIME_THEN_NAME = re.compile(
    r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[·•|｜]?\s*[^\s。，！？,]{2,16}$"
)


#: A line that is only a date and time: ``2023/06/15 16:45``, ``2024年5月20日 09:47``,
#: ``2025年4月22日早上8点12分``.
DATE_LINE = re.compile(
    r"^[(（]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*(?:凌晨|早上|上午|中午|下午|晚上)?\s*"
    r"\d{1,2}(?:[:：]\d{2}(?:[:：]\d{2})?|[点時时](?:\d{1,2}分)?))?\s*[)）]?$"
)


def _info_line(text: str) -> bool:
    """A date beside an info word (来源, 记者, 浏览): an info line, unless it is a sentence
    (a one-paragraph brief: ``北京商报讯（记者 X）5月20日，…2024年5月20日…。``)."""
    return bool(
        DATE_HINT.search(text) and INFO_OR_COUNTER.search(text) and not SENTENCE_END.search(text)
    )


#: The end of a sentence, as an info line never has.
SENTENCE_END = re.compile(r"[\u4e00-\u9fff][。！？]")


def _title_lines(blocks: list[Block], title: str) -> int:
    """How many opening blocks spell the headline over several lines (a 公文's centred title)."""
    target = compact(title)
    joined = ""
    for i, block in enumerate(blocks[:6]):
        if block.kind == "figure":
            return 0
        joined += compact(block.text)
        if not joined or not target.startswith(joined):
            return 0
        if joined == target:
            return i + 1 if i > 0 else 0
    return 0


DATELINE_START = re.compile(
    r"^(?:新华社|中新社|中新网|本报|人民网|央视网)?\S{0,12}?\d{1,2}月\d{1,2}日[电讯]"
)


def _deck_lines(blocks: list[Block]) -> int:
    """How many short headline lines (a wire story's deck: 强调 …, 李强蔡奇出席) precede the
    dateline that opens the text."""
    for i, block in enumerate(blocks[:6]):
        if block.kind != "figure" and DATELINE_START.match(block.text):
            deck = [b for b in blocks[:i] if b.kind != "figure"]
            if deck and all(
                len(b.text) <= 30 and not re.search(r"[。，！？：]", b.text) for b in deck
            ):
                return i
            return 0
    return 0


def trim(blocks: list[Block], title: str, subtitle: str | None) -> Body:
    """The article among *blocks*: from its first line of text to the end markers."""
    blocks = _after_headline(blocks, title)
    state = _Trimmed(prose=any(_prose(b) for b in blocks), whole=running_text(blocks))
    for block in blocks:
        if state.takes_original_title(block):
            continue
        if not state.started:
            state.opening(block, title, subtitle)
        elif not state.following(block):
            break
    while (
        state.kept
        and state.kept[-1].kind != "figure"
        and (len(state.kept[-1].text) <= 45 and BYLINE.match(state.kept[-1].text))
    ):
        state.bylines.append(state.kept.pop().text)
    return Body(state.kept, state.original, state.bylines)


def _after_headline(blocks: list[Block], title: str) -> list[Block]:
    """*blocks* after a copy of the headline, its lines spread over blocks, and a deck."""
    # When the container holds the headline, what comes before it (引题, breadcrumb) is not text,
    # unless it is a paragraph of sentences: a lead that the headline, asked again as the
    # heading of the answer (医保备案怎么办理), follows.
    for i, block in enumerate(blocks[:8]):
        if block.kind != "figure" and _same(block.text, title):
            if not any(_prose(b) for b in blocks[:i]):
                blocks = blocks[i + 1 :]
            break
    blocks = blocks[_title_lines(blocks, title) :]
    return past_platform_note(blocks[_deck_lines(blocks) :])  # Matrix 是少数派的写作社区…


#: A heading that numbers a section (一、 2. 03 第三章) or names the column in brackets
#: (【短视频文化现象观察】): the text's own, kept.
SECTION_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[、.．]|0\d|第[一二三四五六七八九十\d]+[部章节篇]"
    r"|【[^】]+】$)"
)
WHOLLY_BOLD = re.compile(r"<(strong|b)>(?:(?!<\1>).)*</\1>", re.S)


def _display_heading(block: Block) -> bool:
    """A heading line that opens the body before any sentence: the headline set again in the
    text (引题 and 主题 on lines of their own, a WeChat post's heading) or its 副题 deck, as
    headings or as paragraphs wholly in bold; not a numbered section heading."""
    text = block.text
    if len(text) > 40 or re.search(r"[。；;]", text) or SECTION_NUMBER.match(text):
        return False
    if salutation(text):
        return False  # 各单位： in bold: the notice's salutation, its text
    if block.kind in ("h2", "h3", "h4", "h5", "h6"):
        return not re.search(r"[:：]$", text)  # 前言：, 某书第一章：: it leads into the text
    return block.kind == "p" and WHOLLY_BOLD.fullmatch(block.html) is not None


def _prose(block: Block) -> bool:
    """A paragraph of sentences, as the text has somewhere when its opening lines are headings."""
    return (
        block.kind == "p" and len(block.text) > 40 and SENTENCE_END.search(block.text) is not None
    )


def _info_byline(text: str) -> bool:
    """Whether a skipped opening line is an info line naming the writer (作者：林晓)."""
    return len(text) <= 150 and INFO_BYLINE.search(text) is not None


def _opening_kind(block: Block, title: str, subtitle: str | None) -> str | None:
    """What a block before the text is: "skip" (headline, info line, widget), "byline", or
    None when the article text starts with it."""
    text = block.text
    short = len(text) <= 150
    if _same(text, title) or (subtitle and _same(text, subtitle)) or _noted_title(text, title):
        return "skip"
    if short and (opening_junk(text) or _info_line(text) or dated_byline(text)):
        return "skip"
    if len(text) <= 60 and tool_or_dateline(text):
        return "skip"  # 字級大小：, 產生縮網址, 本報訊, 文章分類: a tool, a bare dateline
    if short and (DATE_HINT.fullmatch(text.strip("()（） ")) or DATE_LINE.match(text)):
        return "skip"
    if (len(text) <= 40 and TIME_THEN_NAME.match(text)) or name_then_date(text):
        return "skip"  # 2024-05-20 14:33 · 新华社, 某某中学 2010-05-19: unlabelled
    if len(text) <= 45 and (
        BYLINE.match(without_photo(text))
        or DESK_BYLINE.match(undated(text))
        or ORIGINAL_HEADER.match(text)
        or POSTED_BY.match(text)
        or unlabelled_byline(text)
    ):
        return "byline"
    if len(text) <= 16 and COMMENTATOR.fullmatch(text):
        return "byline"  # 本报评论员: an unsigned editorial's byline, no one's name
    if len(text) <= 120 and (PROVENANCE.match(text) or sent_from_byline(text)):
        return "byline"  # 本文首发于X公众号 (where it was first published); 甲 发自北京，乙 发自…
    if short and APP_PROMO.search(text):
        return "skip"  # 下载X客户端: the portal's promotion, not the article
    if REPOST_HEADER.match(text):
        return "skip"  # 原创： 作者 公众号名: a WeChat post's header, copied with its text
    if lead_box(block):
        return "skip"  # [摘要：...], 编辑导语：…, 题图来自：…: the editors' box, the cover's source
    if short and (text in ("【", "】", "|", "打印", "关闭") or GALLERY.fullmatch(text)):
        return "skip"
    if len(text) <= 40 and (BREADCRUMB.match(text) or COUNT_LINE.fullmatch(text)):
        return "skip"  # 首頁 > 影視 > 新聞 and 4848 點閱: the page's chrome in the container
    if len(text) <= 60 and link_line(block.html):
        return "skip"  # one link (a video's page, another story) or a row of promotions
    if len(text) <= 40 and block.kind == "list" and WORD_LIST.fullmatch(block.html):
        return "skip"
    if len(text) <= 4 and block.kind == "p" and not re.search(r"[:：，。！？,]", text):
        return "skip"
    if _display_heading(block):
        return "heading"
    return None


@dataclass
class _Trimmed:
    """What trimming keeps, and what it lifts out on the way."""

    kept: list[Block] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    original: str | None = None
    started: bool = False
    #: Whether the blocks hold a paragraph of sentences (then opening headings are not text).
    prose: bool = True
    #: Whether the last block before the text was the label of a box of key points.
    points: bool = False
    #: The text of all blocks, run together without white space.
    whole: str = ""
    #: Whether the last block was a 原标题 line whose headline may go on in the next.
    wraps: bool = False

    def takes_original_title(self, block: Block) -> bool:
        """Lift a 原标题 line near the start; whether *block* was one."""
        text = block.text
        if block.kind not in ("p", "h2", "h3", "h4", "h5", "h6") or len(text) > 200:
            return False
        m = ORIGINAL_TITLE.match(text)
        if m and (not self.started or len(self.kept) < 6):
            self.original = self.original or m["v"]
            self.wraps = not self.started
            return True
        wrapped = self.wraps and block.kind == "p" and continues_title(self.original or "", text)
        self.wraps = False
        if wrapped:  # the headline's second row, in a paragraph of its own
            self.original = f"{self.original} {text}"
        return wrapped

    def opening(self, block: Block, title: str, subtitle: str | None) -> None:
        """A block before the text: kept (a figure), lifted (a byline), dropped, or the start."""
        block = without_lone_dateline(block)
        if block.kind == "figure" or block.embed or lone_caption(block):
            self.kept.append(block)
            return
        if self._key_point(block):
            return
        kind = _opening_kind(block, title, subtitle)
        if kind is None and self.bylines and column_label(block):
            kind = "skip"  # 国庆黄金周消费新升级: the series the story runs in, under the byline
        # (not in a post of short lines without sentences: its first line may word the headline)
        if kind is None and self.prose and near_headline(block.text, title, self.original):
            kind = "skip"
        if kind == "byline" or (kind == "skip" and _info_byline(block.text)):
            self.bylines.append(block.text)
        if kind is not None and (kind != "heading" or self.prose):
            return
        if block.kind == "p" and quotes_text(block.text, self.whole, self.bylines[-1:]):
            return  # the lead box, in the text's own words
        self.started = True
        # The body opens with text: a lead photo (or a caption left without its picture)
        # follows the first paragraph.
        self.kept = [block, *self.kept]

    def _key_point(self, block: Block) -> bool:
        """Whether *block* is the label of a box of key points (划重点：) or one of its points."""
        text = block.text
        if len(text) <= 12 and POINTS_LABEL.match(text):
            self.points = True
        elif not self.points:
            return False
        elif block.kind != "list" and not (len(text) <= 150 and POINT_LINE.match(text)):
            self.points = False
            return False
        return True

    def following(self, block: Block) -> bool:
        """A block after the start: kept or dropped; False at an end marker."""
        text = block.text
        if len(self.kept) <= 3 and len(text) <= 150 and _info_line(text):
            return True  # the info line under a subtitle or lead photo
        if len(text) <= 60 and END_LINE.match(text):
            return False
        if len(text) <= 80 and JUNK_LINE.match(text):
            if AUTHOR_TRAILER.match(text) or _info_byline(text):
                self.bylines.append(text)  # （作者：方敏 北京大学经济学院教授）, 来源：X 作者：Y
            return True
        self.kept.append(block)
        return True
