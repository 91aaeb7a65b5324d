"""Keep only the article among the blocks: drop headline copies, info lines, bylines, trailers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field

from .blocks import Block
from .brlines import REPORTER_LINE
from .bylineforms import POSTED_BY
from .bylineforms import undated
from .bylineforms import unlabelled_byline
from .bylinelines import BYLINE
from .bylinelines import COMMENTATOR
from .bylinelines import DESK_BYLINE
from .bylinelines import PROVENANCE
from .bylinelines import info_byline
from .colonwen import colon_wen_writer
from .columnlabel import column_label
from .creditline import english_date
from .creditline import translator_credit
from .creditline import without_weekday
from .datedbyline import dated_byline
from .headcopy import SENTENCE_END
from .headcopy import after_headline
from .headcopy import noted_title
from .headcopy import prose_block
from .headcopy import same_line
from .junklines import AUTHOR_TRAILER
from .junklines import JUNK_LINE
from .junklines import opening_junk
from .labelbox import box_summary
from .leadchrome import LINKS_LABEL_LINE
from .leadlines import BREADCRUMB
from .leadlines import COUNT_LINE
from .leadlines import DATE_HINT
from .leadlines import POINT_LINE
from .leadlines import POINTS_LABEL
from .leadlines import POST_META_LINE
from .leadlines import WORD_LIST
from .leadlines import link_line
from .leadlines import lone_caption
from .leadlines import near_headline
from .leadlines import quotes_text
from .leadlines import running_text
from .leadlines import tool_or_dateline
from .leadlines import without_lone_dateline
from .leadnotes import source_tag
from .lexicon import EDITORS_NOTE
from .lexicon import END_LINE
from .lexicon import INFO_OR_COUNTER
from .lexicon import ORIGINAL_HEADER
from .lexicon import SECTION_NUMBER
from .namedate import name_then_date
from .nameshape import looks_like_person
from .photopair import without_photo
from .platformcredit import lead_box
from .pullquote import MAX_BLOCKQUOTE
from .pullquote import MAX_QUOTE
from .pullquote import pull_quote
from .salutation import salutation
from .sentfrom import sent_from_byline
from .titlewrap import continues_title

#: A call to install the portal's app, over the text: 下载某浪数码客户端, 下载X新闻APP.
APP_PROMO = re.compile(r"下载\S{0,12}?(?:客户端|APP|App|app)")

#: The header of a WeChat post copied with its text onto a portal: 原创： 作者 公众号名.
REPOST_HEADER = re.compile(r"^原创\s*[:：|｜]?\s+[^。，！？,]{2,40}$")

ORIGINAL_TITLE = re.compile(
    r"^[(（【\[]?\s*(?:本文)?原(?:标|標)?(?:题|題)\s*[:：为為]?\s*[《“「]?(?P<v>.+?)[》”」]?\s*[)）】\]]?$"
)


@dataclass
class Body:
    """The rebuilt body and what was lifted out of it on the way."""

    blocks: list[Block]
    original_title: str | None
    bylines: list[str]


GALLERY = re.compile(
    r"\d{1,3}\s*/\s*\d{1,3}|图集|组图|视频|音频|播放|听新闻|朗读|[A-Za-z]?[+-]|[大中小]+"
)


#: 2024-05-20 14:33 · 新华社, 2021-05-12 09:30田园老周, 2017-06-26 某某新闻: a time (or a day)
#: and a name, without a label; 2023年03月02日 21:50 央视网 (a portal's date and source row,
#: with its share link, comment count and bookmark: 微博 我有话说(10,370人参与) 收藏本文).
TIME_THEN_NAME = re.compile(
    r"^(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日(?=\s*\d))"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?\s*|\s+)[·•|｜]?\s*"
    r"[^\s。，！？,]{2,16}(?:\s+(?:微博|我有话说\s*[(（][\d,]+人参与[)）]|收藏本文))*$"
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
    sentence = SENTENCE_END.search(text) or FIGURE_SENTENCE_END.search(text)
    sentence = sentence or LEADS_IN.search(text) or CLAUSES.fullmatch(text)
    info = INFO_OR_COUNTER.search(text) or READING_STATS.search(text)
    return bool(DATE_HINT.search(text) and info and not sentence)


#: …环比增长1.96%。, …运行情况》显示…”。: a sentence closing after a figure or a quote.
FIGURE_SENTENCE_END = re.compile(r"[\d%％”」）)》][。！？]\s*$")

#: 约3.8k字, 预计需要12分钟, 阅读时长 5 分钟, 2 分钟读完 (大约336个字): a blog theme's word
#: count and reading time beside the post's date.
READING_STATS = re.compile(
    r"约?\s*\d+(?:\.\d+)?\s*[kKwW千万萬]?\s*个?字(?![\u4e00-\u9fff])"
    r"|(?:预计|預計|阅读|閱讀)(?:需要|時長|时长|时间|時間)?\s*[:：]?\s*约?\s*\d+\s*(?:分钟|分鐘)"
    r"|\d+\s*(?:分钟|分鐘)\s*(?:读完|讀完)"
)

#: 2015年4月8日，某某品鉴会在聊城开幕，经销商、媒体记者近300人齐聚一堂，…: clauses of a
#: long sentence, its closing stop left off (an info line's fields carry labels and colons).
CLAUSES = re.compile(r"(?=.{80})[^:：]*?，[^:：]*?，[^:：]*")

#: 4月1日，某某发布…快报，全文如下：: a sentence leading into what follows (its 发布 no label).
LEADS_IN = re.compile(r"[，,][^，,]{0,12}(?:如下|以下)\s*[:：]\s*$")


#: 点击：次, 浏览次数：128: a counter's field (its number may be a script's, missing).
COUNTER_FIELD = re.compile(
    r"(?:点击|點擊|浏览|瀏覽|阅读|閱讀|人气|人氣)(?:次数|次數|数|數|量)?\s*[:：]\s*\d*\s*次?\s*(?:$|[|｜丨│])"
)


#: One labelled credit of a repost: the writer, the outlet, the original's address.
_CREDIT = (
    r"(?:文|作者|来源|來源|出处|出處|链接|鏈接|原文链接|原文地址|原文|转载自|轉載自)\s*[:：]\s*"
    r"(?:https?://\S+|[^:：\s]+?(?:\s[^:：\s]+)*?)"
)
#: Two credits or more and nothing else, a line each (run together once the breaks are gone):
#: 文: 某某 来源: 某某网 链接: http://….
CREDIT_BOX = re.compile(rf"\s*{_CREDIT}(?:\s*{_CREDIT})+\s*")


#: 转载自：http://…, 文章链接: http://…: a repost's or a post's address alone on its line.
ADDRESS_LINE = re.compile(
    r"(?:转载自|轉載自|原文地址|原文链接|原文連結|文章链接|文章鏈接|本文链接|本文鏈接|出处|出處)"
    r"\s*[:：]\s*https?://\S+"
)


def _meta_or_credits(text: str) -> str | None:
    """ "skip" for a post's meta row whose count a script fills (admin|点击：次) or a line giving
    an address alone (转载自：http://…), "byline" for a repost's credits over its text (文: 某某
    来源: 某某网 链接: http://…), else None."""
    if (len(text) <= 40 and COUNTER_FIELD.search(text)) or ADDRESS_LINE.fullmatch(text):
        return "skip"
    return "byline" if len(text) <= 200 and CREDIT_BOX.fullmatch(text) else None


def _date_alone(text: str) -> bool:
    """Whether *text* is a date (and time) alone."""
    return bool(
        DATE_HINT.fullmatch(text.strip("()（） ")) or DATE_LINE.match(text) or english_date(text)
    )


def trim(blocks: list[Block], title: str, subtitle: str | None) -> Body:
    """The article among *blocks*: from its first line of text to the end markers."""
    blocks = after_headline(blocks, title)
    state = _Trimmed(prose=any(prose_block(b) for b in blocks), whole=running_text(blocks))
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


WHOLLY_BOLD = re.compile(r"<(strong|b)>(?:(?!<\1>).)*</\1>", re.S)


#: A centred line of words alone (no figure, bracket or clause): 吉林省通榆县, 在县开发区调研.
PLACE_LINE = re.compile(r"[\u4e00-\u9fff·• ]{2,20}")


def _display_heading(block: Block) -> bool:
    """A heading line that opens the body before any sentence: the headline set again in the
    text (引题 and 主题 on lines of their own, a WeChat post's heading) or its 副题 deck, as
    headings or as paragraphs wholly in bold; not a numbered section heading."""
    text = block.text
    if len(text) > 40 or re.search(r"[。；;]", text) or SECTION_NUMBER.match(text):
        return False
    if salutation(text):
        return False  # 各单位： in bold: the notice's salutation, its text
    if EDITORS_NOTE.match(text):
        return False  # 编者按 in bold over the note: the note's label, the text's start
    if re.search(r"[:：]$", text) and not LINKS_LABEL_LINE.fullmatch(text):
        return False  # 前言：, 会议强调：: a heading or a bold line that leads into the text
    if block.kind in ("h2", "h3", "h4", "h5", "h6"):
        return True
    if block.kind == "p" and block.centered and PLACE_LINE.fullmatch(text):
        return True  # <p align="center">某某省某某县</p>: the place or unit, set over it
    return block.kind == "p" and WHOLLY_BOLD.fullmatch(block.html) is not None


def _opening_kind(block: Block, title: str, subtitle: str | None) -> str | None:
    """What a block before the text is: "skip" (headline, info line, widget), "byline", or
    None when the article text starts with it."""
    text = block.text
    short = len(text) <= 150
    if (
        same_line(text, title)
        or (subtitle and same_line(text, subtitle))
        or noted_title(text, title)
    ):
        return "skip"
    if short and (opening_junk(text) or _info_line(text) or dated_byline(text)):
        return "skip"
    if kind := _meta_or_credits(text):
        return kind
    if (len(text) <= 60 and tool_or_dateline(text)) or (short and POST_META_LINE.match(text)):
        return "skip"  # 字級大小：, 產生縮網址, 本報訊, 文章分類: a tool, a bare dateline
    if short and _date_alone(without_weekday(text)):
        return "skip"  # 2023/06/15 16:45, 30 Aug 2012, 2019年3月5日 星期二: a date stamp
    if (len(text) <= 60 and TIME_THEN_NAME.match(text)) or name_then_date(text):
        return "skip"  # 2024-05-20 14:33 · 新华社, 某某中学 2010-05-19: unlabelled
    if len(text) <= 45 and (
        BYLINE.match(without_photo(text))
        or DESK_BYLINE.match(undated(text))
        or ORIGINAL_HEADER.match(text)
        or POSTED_BY.match(text)
        or unlabelled_byline(text)
        or colon_wen_writer(text)  # 群狼合作/文: a pen name before 文
    ):
        return "byline"
    if translator_credit(text, block.html):
        return "byline"  # 译者：郑乐言, 编译 | 李明: who translated the piece, over its text
    if len(text) <= 20 and source_tag(text):
        return "byline"  # （央视新闻客户端）: the outlet the story is from, kept for the outlet
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
    crumbs = len(text) <= 150 and BREADCRUMB.match(text) and re.search(r"[>›»＞]", text)
    if crumbs or (len(text) <= 40 and (BREADCRUMB.match(text) or COUNT_LINE.fullmatch(text))):
        return "skip"  # 首頁 > 影視 > 新聞 and 4848 點閱: the page's chrome in the container
    if len(text) <= 60 and link_line(block.html):
        return "skip"  # one link (a video's page, another story) or a row of promotions
    if len(text) <= 40 and block.kind == "list" and WORD_LIST.fullmatch(block.html):
        return "skip"
    if len(text) <= 4 and block.kind == "p" and not re.search(r"[:：，。！？,]", text):
        if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text) and looks_like_person(text):
            return "byline"  # <p><strong>张昕</strong></p> over an essay: its writer
        return None if EDITORS_NOTE.match(text) else "skip"  # 编者按 over the note: its label
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
    #: Whether that label is the last block (no point of the box read yet).
    label_only: bool = False
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
        wrapped = (
            self.wraps
            and block.kind == "p"
            and continues_title(self.original or "", text)
            and not POINTS_LABEL.match(text)  # 核心阅读: a box's label, not the headline's row
        )
        self.wraps = False
        if wrapped:  # the headline's second row, in a paragraph of its own
            self.original = f"{self.original} {text}"
        return wrapped

    def opening(self, block: Block, title: str, subtitle: str | None) -> None:
        """A block before the text: kept (a figure), lifted (a byline), dropped, or the start."""
        block = without_lone_dateline(block, title)
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
        if kind == "byline" or (kind == "skip" and info_byline(block.text)):
            self.bylines.append(block.text)
        if kind is not None and (kind != "heading" or self.prose):
            return
        if block.kind == "p" and quotes_text(block.text, self.whole, self.bylines[-1:]):
            return  # the lead box, in the text's own words
        # “十年做这一件事，足够了。”: a line the text says again, set over it (a longer one too
        # in a <blockquote> of its own)
        longest = MAX_BLOCKQUOTE if block.kind == "quote" else MAX_QUOTE
        if block.kind in ("p", "quote") and pull_quote(block.text, self.whole, longest):
            return
        self.started = True
        # The body opens with text: a lead photo (or a caption left without its picture)
        # follows the first paragraph.
        self.kept = [block, *self.kept]

    def _key_point(self, block: Block) -> bool:
        """Whether *block* is the label of a box of key points (划重点：) or one of its points."""
        text = block.text
        label_only, self.label_only = self.label_only, False
        if len(text) <= 12 and POINTS_LABEL.match(text):
            self.points = self.label_only = True
        elif not self.points:
            return False
        elif block.kind != "list" and not (len(text) <= 150 and POINT_LINE.match(text)):
            self.points = False
            return label_only and box_summary(block)  # the box's summary as one paragraph
        return True

    def following(self, block: Block) -> bool:
        """A block after the start: kept or dropped; False at an end marker."""
        text = block.text
        if len(self.kept) <= 3 and len(text) <= 150 and _info_line(text):
            return True  # the info line under a subtitle or lead photo
        if len(self.kept) <= 3 and len(text) <= 20 and REPORTER_LINE.match(text):
            self.bylines.append(text)  # 報導•攝影╱甲 under the lead (split off it at its <br>)
            return True
        if len(text) <= 60 and END_LINE.match(text):
            return False
        if len(text) <= 80 and JUNK_LINE.match(text):
            if AUTHOR_TRAILER.match(text) or info_byline(text):
                self.bylines.append(text)  # （作者：方敏 北京大学经济学院教授）, 来源：X 作者：Y
            return True
        self.kept.append(block)
        return True
