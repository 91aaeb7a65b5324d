"""Lines that open a body before its text and are not text: photo captions left without
their picture, a box of key points, an editors' lead box, the headline in other words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from .blocks import Block
from .inforows import label_row
from .inlinehtml import plain_text
from .leadwidgets import CAPTION_SOURCE
from .lexicon import PUBLISH_LABELS
from .lexicon import TIME
from .lexicon import alternation
from .nameshape import FOLLOW_CALL
from .text import compact
from .text import squash

#: November 21, 2012, Nov. 3, 2019: a date in English, the month first.
MONTH_FIRST_DATE = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, (?:19|20)\d{2}"
)
#: A date in an info line: 2025-07-28, 7月28日 10:30, 03/05/2023, or November 21, 2012 as
#: overseas Chinese portals print it (新闻来源: 某报 于November 21, 2012 15:48:24).
DATE_HINT = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}"
    rf"|{MONTH_FIRST_DATE}"
    # 03/05/2023 10:45 PM: the day first, as Singapore's and Europe's Chinese sites write it
    r"|(?<![\d/.-])\d{2}([/.-])\d{2}\1(?:19|20)\d{2}(?![\d/.-])"
)

#: The breadcrumb of the page inside the container: 首頁 > 影視 > 新聞, 您现在的位置：首页 > 要闻;
#: a site's or a yearly edition's home first, dashes between: 某某网首页 - 社会, 2009首页- 人物.
BREADCRUMB = re.compile(
    r"^(?:[\u4e00-\u9fffA-Za-z0-9]{0,8}?(?:首頁|首页|主頁|主页)(?:\s|[>›»/|＞\-－—]|$)|"
    r"(?:您的位置|您现在的位置|您現在的位置|当前位置|當前位置|现在位置|現在位置)\s*[:：])"
)

#: A counter of readers: 4848 點閱, 阅读 1.2万, 人氣：356.
COUNT_LINE = re.compile(
    r"\d[\d,.]*\s*[万萬]?\s*(?:次|人)?\s*(?:點閱|点阅|點擊|点击|瀏覽|浏览|閱讀|阅读|人氣|人气)(?:數|数|次)?"
    r"|(?:點閱|点阅|點擊|点击|瀏覽|浏览|閱讀|阅读|人氣|人气)(?:數|数|次數|次数)?\s*[:：]?\s*\d[\d,.]*\s*[万萬]?\s*次?"
    # 点击次数： 次: the count left for a script to write (busuanzi's <span> stays empty)
    r"|(?:點閱|点阅|點擊|点击|瀏覽|浏览|閱讀|阅读)(?:次數|次数|量)\s*[:：]\s*次?"
)

#: One link, alone or after a bracketed prompt to click it (【点击图片进入】<a>another story</a>:
#: a gallery's link to a related story under the lead photo).
LINK_ONLY = re.compile(
    r"\s*(?:[【\[［]\s*(?:点击|點擊|点此|點此)[^】\]］<]{0,8}[】\]］]\s*)?<a [^>]*>.*</a>\s*", re.S
)
#: A row of two to four links and nothing else (客户端：… 监控涨停股：…): a portal's
#: promotions over the text, never its opening.
LINK_ROW = re.compile(r"\s*(?:<a [^>]*>[^<]+</a>[\s\xa0|｜·]*){2,4}")


def link_line(html: str) -> bool:
    """Whether a short line is one link (a video's page, another story) or a row of links."""
    one = LINK_ONLY.fullmatch(html) is not None and html.count("<a ") == 1
    return one or LINK_ROW.fullmatch(html) is not None


#: A list of a few words (<ul><li><a>李逸华</a></li></ul>): the author links, tags or share
#: buttons under a headline, never the opening of the text.
WORD_LIST = re.compile(r"<([uo]l)>(?:<li>(?:<[^>]+>)*[^<，。：:,]{1,12}(?:<[^>]+>)*</li>)+</\1>")

#: The label of a box of key points over the text, on a line of its own: 划重点：, 要点速览,
#: 【核心提示】, 核心阅读 (a party paper's box), 本文要点, 文章重点, 阅读提示: the points follow it
#: as a list or as short numbered lines (or the box's summary as one paragraph).
POINTS_LABEL = re.compile(
    r"^[\[【(（]?\s*(?:划重点|劃重點|敲黑板|(?:本文|文章|核心)?(?:要点|要點|重点|重點)(?:速览|速覽)?"
    r"|核心提示|核心阅读|核心閱讀|内容提要|看点|速览|摘要|导读|阅读提示|閱讀提示)\s*[\]】)）]?\s*[:：]?$"
)
#: A point of that box set as a line: 1. …, ①…, ● ….
POINT_LINE = re.compile(r"^(?:\d{1,2}\s*[、.．]|[①-⑩]|[●•·◆■▪-])")


#: A tool's label over a Taiwanese or Hong Kong story, on a line of its own: 字級大小： (the font
#: size, 小 中 大 beside it), 產生縮網址 (a short link button), 複製連結, 放大圖片 / 顯示原圖 (the
#: buttons of the picture above the text).
TOOL_LINE = re.compile(
    r"^(?:(?:字級|字级)(?:大小)?|(?:字體|字体|字型|文字)大小)\s*[:：]?\s*(?:[大中小]\s*)*$"
    r"|^(?:產生|产生|生成|取得|複製|复制)?\s*(?:縮網址|缩网址|短網址|短网址)\s*$|^(?:複製連結|复制链接)\s*$"
    r"|^(?:(?:放大|顯示|显示|查看)(?:圖片|图片|原圖|原图|大圖|大图)\s*[/／|｜]?\s*)+$"
)
#: 本報訊, 〔本報訊〕: a paper's dateline naming no place or reporter, on a line over the text.
LONE_DATELINE = re.compile(
    r"^[〔【\[(（]?\s*(?:本報|本报|本台|本刊|本網|本网)(?:訊|讯)\s*[〕】\])）]?$"
)


#: 本文共 3381 字，预计阅读时间 1 分 21 秒, 阅读时间约 5 分钟, 本文字数：2156，阅读时长大约4分钟,
#: 本文字数：2.3k 阅读时长 ≈ 4 分钟 (Hexo NexT), 字数总计: 2.1k | 阅读时长: 8分钟 (Butterfly):
#: 15 分钟 读完 (大约 2268 个字) 0次访问 (Icarus): the length of the text and the time to read
#: it, a line a blog theme or a post puts over the text.
READING_TIME = re.compile(
    r"^(?:(?:(?:本文|全文|文章)?\s*(?:字数|字數)(?:总计|總計|统计|統計)?\s*[:：]?|(?:本文|全文)\s*(?:共计|共計|共|约|約)?)"
    r"\s*[\d,]+(?:\.\d+)?\s*[kKwW千万萬]?\s*个?字?\s*[，,|｜]?\s*)?(?:预计|預計|大约|大約)?\s*"
    r"(?:阅读|閱讀)\s*(?:时间|時間|时长|時長)?\s*(?:约|約|大约|大約|≈|～|~)?\s*(?:需要?)?\s*[:：]?\s*"
    r"\d+(?:\.\d+)?\s*(?:分钟|分鐘|分)(?:\s*\d+\s*秒)?\s*$"
    # 15 分钟 读完 (大约 2268 个字): a Hugo theme's line, the minutes first
    r"|^\d+\s*(?:分钟|分鐘)\s*(?:读完|讀完|阅读|閱讀)\s*"
    r"(?:[(（]\s*(?:大约|大約|约|約)?\s*[\d,]+\s*个?字\s*[)）])?"
    r"(?:\s*[\d,]+\s*次(?:访问|訪問|阅读|閱讀|浏览|瀏覽))?\s*$"  # its page counter after it
)


#: blackhat 发表于 2011年4月20日 10时54分 星期三: the poster and the time heading a post (a
#: department's line, 来自…部门, may follow in the same block).
POSTED_LINE = re.compile(
    r"^\S{2,20}\s*(?:发表于|發表於|发表於)\s*[:：]?\s*(?:19|20)\d{2}[-年/.][^。！？]*$"
)

#: by 某某 , at 26 February 2020, tags : 疫情 病例 …: a Hugo theme's post meta over the text,
#: its tags making it long.
POST_META_LINE = re.compile(
    r"^by\s+[^,，。]{0,30}[,，]\s*at\s+\d{1,2}\s+[A-Za-z]{3,9}\s+(?:19|20)\d{2}\b[^。！？]*$"
)


#: 文章分類: 特色玩意, 儲存裝置, 分类于 菜园 (a theme's post meta, its date set aside): a blog
#: post's categories, a line over its text.
CATEGORY_LINE = re.compile(r"^(?:文章|本文)?(?:分類|分类|類別|类别)\s*(?:[:：]|于|於)")


#: 感谢IT之家网友 某某 的线索投递！, 感谢某某的投递: a tech site's thanks to the reader who sent
#: the tip, a line over the text.
TIP_THANKS = re.compile(
    r"^(?:感谢|感謝)\s*[^，。！？,]{1,30}?\s*的\s*(?:线索|線索|新闻|新聞)?(?:投递|投遞|爆料|提供)\s*[！!。]?$"
)


#: 编辑 | 谭山山, 校对｜遇见, 摄影｜X　设计｜Y, 出品｜腾讯新闻 谷雨工作室: a magazine's credits
#: over its text, one role or a few on a line, none of them the writer's (文｜X is a byline).
CREDIT_LINE = re.compile(
    r"^(?:(?:责任编辑|責任編輯|编辑|編輯|责编|責編|校对|校對|审校|審校|排版|美编|美編|摄影|攝影|"
    r"设计|設計|运营|運營|出品|监制|監製|统筹|統籌|策划|策劃|视觉|視覺|插图|插圖|插画|插畫|制图|"
    r"製圖|题图|題圖|图片|圖片|图片来源|圖片來源|剪辑|剪輯)(?:\s*[|｜丨:：/／]\s*|\s+)"
    r"[\u4e00-\u9fff·A-Za-z0-9@]{1,12}(?:[、，, ][\u4e00-\u9fff·A-Za-z]{1,8}){0,3}[\s\u3000]*)+$"
)

#: 数据来源：同花顺 官兵/制图, 张伟/制图: the credit under a chart, its data's source and the
#: designer who drew it, the name before the role.
CHART_CREDIT = re.compile(
    r"^(?:(?:数据来源|數據來源|资料来源|資料來源)\s*[:：][^。，,]{0,24}?\s)?"
    r"[\u4e00-\u9fff]{2,4}\s*[/／]\s*(?:制图|製圖|制表|製表)$"
)

#: 《瞭望》新闻周刊 2008年第30期, 《求是》2023/10, 本文刊于《三联生活周刊》2023年第24期, 发于
#: 2021.3.15总第989期《中国新闻周刊》: a magazine's issue opening a line of its own, the info
#: line or the closing note; never a sentence that names an issue (今天出版的第10期《求是》).
MAGAZINE_ISSUE = re.compile(
    r"^[（(]?\s*(?:本文)?(?:刊于|刊发于|刊登于|发于|發於|原载于?|原載於?|载于|載於|摘自|选自|選自)?\s*"
    r"(?:《(?P<o>[^《》]{2,16})》\s*(?:新闻周刊|新聞週刊|杂志|雜誌)?\s*(?:\d{4}\s*年\s*)?"
    r"(?:第\s*\d{1,3}\s*期|\d{4}\s*[/／]\s*\d{1,2}(?!\d))"
    r"|[\d.\s年月日]{0,16}(?:总|總)?第\s*\d{1,4}\s*期\s*《(?P<p>[^《》]{2,16})》)"
)


#: 点击上方蓝字关注X, 长按二维码关注, 关注我，带你…: a self-media post's call to follow its
#: account, set over the text.
FOLLOW_LINE = re.compile(rf"^{FOLLOW_CALL.pattern}|^(?:关注|關注)我[们們]?\s*[，,！!]")


def tool_or_dateline(text: str) -> bool:
    """Whether a line before the text is a tool's label, a lone 本報訊, the post's
    categories, the thanks for a tip, the credits of the editors or of a chart, the magazine's
    issue, the time to read it, the poster and the time, or a call to follow the account, not
    the text."""
    line = text.strip()
    rules = (TOOL_LINE, LONE_DATELINE, CATEGORY_LINE, TIP_THANKS, CREDIT_LINE, CHART_CREDIT)
    more = (MAGAZINE_ISSUE, READING_TIME, POSTED_LINE, FOLLOW_LINE)
    return any(r.match(line) for r in (*rules, *more))


#: <i>发布时间：2019-3-28 15:29</i> run on into the text's first paragraph: the info line in an
#: inline element of its own, before the paragraph's sentences.
INLINE_INFO = re.compile(
    rf"^\s*<(i|em|span|small|font)>\s*(?:{alternation(*PUBLISH_LABELS, *TIME)})\s*[:：]\s*"
    r"(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*</\1>\s*"
)


def without_lone_dateline(block: Block, title: str = "") -> Block:
    """*block* without a 本報訊 or a tool's label set as its first line (``<p>本報訊<br><br>…``),
    a press release's header rows, the headline copied as its first line (``<p>标题<br>
    <img><br>…``, a reposting site's), or an info line in an inline element before its first
    sentence: the lines over the text, in the paragraph of its first sentences."""
    if block.kind == "p" and (m := INLINE_INFO.match(block.html)):
        text = squash(plain_text(block.html[m.end() :]))
        if len(text) >= 20 and re.search(r"[。！？]", text):  # <i>发布时间：…</i>3月22日，…。
            return replace(block, html=block.html[m.end() :].strip(), text=text)
    if block.kind != "p" or "<br>" not in block.html:
        return block
    head, rest = re.split(r"(?:\s*<br>)+\s*", block.html, maxsplit=1)
    line, text = squash(plain_text(head)), squash(plain_text(rest))
    if text and label_row(line):  # 發稿單位：X<br>發稿日期：Y<br>聯絡人：Z<br><br>: line by line
        return without_lone_dateline(replace(block, html=rest, text=text), title)
    copied = len(line) >= 6 and compact(line) == compact(title)
    if not text or not (tool_or_dateline(line) or copied or LATIN_PHOTO_CREDIT.search(line)):
        return block
    return replace(block, html=rest, text=text)


def description_deck(blocks: list[Block], description: str | None) -> bool:
    """Whether the first block is the deck that the page's description gives word for word: a
    short line without a sentence over paragraphs of text (看壞後市？求售…多筆土地), as a
    magazine sets its teaser over the story. A description is most often the text's opening
    cut short; one that is the whole first line and no more is the editors' own line. A
    summary set apart in a blockquote over the text is that line at any length."""
    if description and len(blocks) >= 2 and blocks[0].kind == "quote":
        return compact(blocks[0].text) == compact(description)
    if not description or len(blocks) < 2 or blocks[0].kind != "p":
        return False
    first = compact(blocks[0].text)
    return (
        6 <= len(first) <= 40
        and first == compact(description)
        and "。" not in first
        and any(len(b.text) > 40 and "。" in b.text for b in blocks[1:4])
    )


def near_headline(text: str, *headlines: str | None) -> bool:
    """Whether a short line before the text is the headline in other words (the outlet's own
    headline over a portal's edited one): one line, no sentence, most characters in common."""
    line = compact(text)
    if not 6 <= len(line) <= 40 or "。" in line:
        return False
    return any(
        h and SequenceMatcher(None, line, compact(h), autojunk=False).ratio() >= 0.7
        for h in headlines
    )


def _echo(text: str, rest: str) -> str:
    """The longest run of *text* that *rest* holds as well."""
    best = ""
    j = 0
    for i in range(len(text)):
        j = max(j, i)
        while j < len(text) and text[i : j + 1] in rest:
            j += 1
        if j - i > len(best):
            best = text[i:j]
    return best


#: 國際中心／許元馨報導: a reporter's byline, which the text itself follows.
REPORTED_BYLINE = re.compile(r"[／/╱]\s*[\u4e00-\u9fff]{0,6}(?:報導|报道)\s*[】〕\])）]?$")


def running_text(blocks: Sequence[Block]) -> str:
    """The text of *blocks* run together without white space, for :func:`quotes_text`, all but
    the photo captions: a caption says the lead's sentence again as often as not (the agencies'
    captions word the news as the lead does), which makes no lead a box quoting the text."""
    return compact("".join(b.text for b in blocks if b.kind != "figure"))


#: 科技讯5月25日消息, 新华社北京3月2日电, 本报讯: an outlet's dateline opening a paragraph.
OPENING_DATELINE = re.compile(
    r"^[^\s。，！？：:；;]{0,16}?\d{1,2}月\d{1,2}日(?:消息|专电|專電|电|電|讯|訊|报道|報導|报导)"
    r"|^(?:本报讯|本報訊|本网讯|本網訊|本台讯|本臺訊)"
)


def quotes_text(text: str, whole: str, before: Sequence[str] = ()) -> bool:
    """Whether an opening paragraph quotes the text under it: a run of forty characters or
    more, and at least two fifths of it, stands once more in *whole*, the text of all blocks,
    but not the whole of it. Such a paragraph is the editors' lead box (导语) over the article,
    the text's words cut and attributed anew; a paragraph that stands twice word for word (or
    all but a character or two) is the writer's own (a lead said again over a section). One
    right after a reporter's byline (*before*, the bylines lifted so far) opens the text."""
    own = compact(text)
    if len(own) < 40 or (before and REPORTED_BYLINE.search(before[-1])):
        return False
    if OPENING_DATELINE.match(own):
        return False  # 科技讯5月25日消息，…: the outlet's dateline opens the story, no lead box
    rest = whole.replace(own, "", 1)
    run = _echo(own, rest)
    if run == own or len(run) < max(40, 0.4 * len(own)) or rest.count(run) != 1:
        return False
    # the paragraph again all but a character or two (its footnote mark set inline): its own
    start = rest.find(run) - own.find(run)
    again = rest[max(0, start - 3) : start + len(own) + 3]
    return SequenceMatcher(None, own, again, autojunk=False).ratio() < 0.95


#: How a photo caption opens: 图为…, 图：…, ▲…, 资料图：…, 资料照片：…; 左上图：…, 右下圖：…
#: (which of several pictures set together); 影片說明：…, 圖說：…, 图像加注文字，…: a caption
#: labelled as the picture's, video's or audio's (a player's caption has no picture to keep);
#: [点击图片进入下一页] …: an old gallery's picture, its link's prompt left before its caption.
CAPTION_START = re.compile(
    r"^[(（]?\s*(?:图为|图[:：]|图片[:：]|(?:[左右][上下]?|[上下][左右]?)[图圖][:：为為]|[▲△]"
    r"|(?:资料图|資料圖)(?:片)?[:：]|(?:资料|資料)(?:照片|照)[:：]"
    r"|(?:圖像|图像|圖片|图片|照片|影片|視頻|视频|音頻|音频)(?:加註文字|加注文字|說明|说明)\s*[:：，,]"
    r"|(?:圖說|图说|图注|圖註)\s*[:：，,]"
    r"|[\[【]\s*(?:点击|點擊)(?:图片|圖片)(?:进入|進入)下一(?:页|頁)\s*[\]】])"
)
#: How a photo caption ends: the photographer's credit, （刘通摄）, 新华社记者 王晔 摄.
PHOTO_CREDIT = re.compile(r"[\u4e00-\u9fff·]{2,8}\s*摄(?:影)?\s*[）)]?\s*$")
#: A byline's or a credit's words, which a caption line under a picture does not have.
NOT_CAPTION = re.compile(r"报道|報導|報道|记者|記者|编辑|編輯|来源|來源|撰文|[文图圖]\s*[/／]")
#: …接见。 ERIC DRAPER/THE WHITE HOUSE, VIA REUTERS: a caption closing with its photographer
#: and agency in capitals, as translated papers keep them.
LATIN_PHOTO_CREDIT = re.compile(r"[。！？]\s*[A-Z][A-Z.'’ -]{2,30}/[A-Z][A-Z.,'’ -]{2,60}$")
#: …招租告示。資料圖片: a Hong Kong caption closing with its file-photo credit.
FILE_PHOTO = re.compile(
    r"[。\s](?:(?:資料|资料|網上|网上)(?:圖片|图片|相片|照片)"
    # …旁等候。法新社: a caption closing with the agency that took the photo
    r"|(?:美聯社|美联社|路透社|法新社|歐新社|欧新社|共同社|彭博社|新華社|新华社|中新社)(?:圖片|图片)?)"
    r"\s*[）)]?\s*$"
)
#: CFP资料图片, 新华社资料图片, 资料照片, 东方IC供图: a line that is only the lead photo's credit,
#: the file photo and the agency that sold it; 视频：…: the caption under a video player.
CREDIT_ALONE = re.compile(
    r"^[(（]?\s*(?:[\u4e00-\u9fffA-Za-z/／]{0,10}?\s*(?:资料|資料)(?:图片|圖片|照片|图|圖)"
    r"|[\u4e00-\u9fffA-Za-z/／]{1,10}?\s*(?:供图|供圖))\s*[)）]?$"
    r"|^(?:视频|視頻)\s*[:：]\s*[^:：]{4,58}[。！？]?$"
)
#: 陳嘉衡(中), 李文傑（右）, 何美玲（左三）: where a person stands in the photo, as captions say.
PHOTO_POSITION = re.compile(r"[（(](?:左|右|中|前|後|后)[一二三四五六七八九]?(?:起)?[）)]")


#: A photo credit in brackets that closes a caption, as Taiwanese and Hong Kong portals write
#: it: （記者劉信德攝）, （資料照，記者X攝）, （圖／翻攝自臉書）, （圖擷取自X臉書）, （取自日網）,
#: （中央社記者X台北傳真 102年6月29日）, （X提供）.
BRACKET_CREDIT = re.compile(
    r"[（(][^（）()]{0,40}(?:攝|摄|擷取自|撷取自|截圖|截图|取自|資料照|资料照|[圖图]\s*[／/]|"
    r"傳真|传真|提供)[^（）()]{0,20}[）)]"
)


def lone_caption(block: Block) -> bool:
    """A photo caption before the text whose picture was not kept (a relative ``src`` on a
    page without its address, a lazy image without a source, a picture box of its own): it
    follows the first paragraph as the picture would, and the text starts after it. A caption
    set as a heading (<h2> under the photo) ends with its bracketed credit as well."""
    text = block.text
    if block.kind == "quote" and len(text) <= 150 and PHOTO_CREDIT.search(text):
        return True  # <blockquote>这是…（4月2日摄）。新华社记者某某摄</blockquote> under a photo
    if block.kind not in ("p", "h2", "h3", "h4", "h5", "h6") or len(text) > 150:
        return False
    credit = BRACKET_CREDIT.search(text)
    if credit is not None and (credit.end() == len(text) or block.caption_like):
        return True
    if block.kind != "p" or len(text) > 120:
        return False
    if CAPTION_START.match(text) or FILE_PHOTO.search(text) or CAPTION_SOURCE.search(text):
        return True
    if LATIN_PHOTO_CREDIT.search(text):
        return True  # …接见。 ERIC DRAPER/THE WHITE HOUSE, VIA REUTERS
    if len(text) <= 60 and CREDIT_ALONE.match(text):
        return True
    if len(text) <= 60 and block.centered and block.caption_like:
        return True  # a centred caption, set apart from its picture (see altcaption)
    if len(text) <= 40 and block.caption_like and not re.search(r"[。！？，,；;：:]", text):
        # 某某企业的咖啡豆正在户外晾晒, under a picture (kept or not); not a byline set there
        # (路透社某某报道)
        return not NOT_CAPTION.search(text)
    if len(text) <= 60 and PHOTO_POSITION.search(text) and len(re.findall("[。！？]", text)) <= 1:
        return True  # 發展局局長陳嘉衡(中)巡視工地。: who is where in the photo
    return (block.centered or block.caption_like) and PHOTO_CREDIT.search(text) is not None
