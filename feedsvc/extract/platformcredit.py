"""What a writing community or a tech portal sets around its articles' text: the editors' lead
box over it (编辑导语：…), the cover picture's source line (题图来自：视觉中国), and the closing
credit naming the writer and the platform that first published the piece (本文由 @X 原创发布于Y).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import Tag

from .account import account_name
from .blocks import Block
from .leadchrome import chrome_block
from .leadwidgets import widget_line
from .nameshape import looks_like_outlet
from .nameshape import looks_like_person
from .nameshape import split_names
from .text import Line

#: 题图来自：视觉中国, （图片来源：视觉中国）, 封面来源｜IC photo, 头图来自@unsplash: the source of
#: the cover picture, a line over the text that is not its start.
PICTURE_SOURCE = re.compile(
    r"^\s*[(（]?\s*(?:题图|題圖|封面|头图|頭圖|首图|首圖|图片|圖片|配图|配圖)\s*"
    r"(?:来源|來源|来自|來自|源自)\s*(?:于|於)?\s*[:：|｜@＠]?"
)


#: [摘要：...], 【内容摘要】: the editors' summary box.
SUMMARY_BOX = re.compile(r"^\s*[\[【(（]\s*(?:内容)?摘要\s*[:：】\]]")


#: 机器之心报道, 新智元报道: the outlet's credit alone on a line over the text.
OUTLET_REPORT = re.compile(r"^\s*(?P<o>[\u4e00-\u9fffA-Za-z]{2,10}?)\s*(?:报道|報導|報道)\s*$")


#: ■, ●, ◆: the bullet of each key point an editors' box over the text lists.
POINT_BULLET = re.compile(r"[■●◆▲★]")


def lead_box(block: Block) -> bool:
    """Whether *block*, before the text, is the editors' summary, lead or key points box, the
    cover's source line, the outlet's credit (机器之心报道), a widget (听新闻, 阅读 1.2万), or the
    portal's chrome (an emptied advertising table, a 相关： line of links)."""
    text = block.text
    if chrome_block(block):
        return True
    credit = OUTLET_REPORT.match(text) if block.kind == "p" else None
    if credit and looks_like_outlet(credit["o"]) and not looks_like_person(credit["o"]):
        return True
    if SUMMARY_BOX.match(text) or widget_line(text):
        return len(text) <= 400
    if block.kind == "quote" and len(POINT_BULLET.findall(text)) >= 2:
        return POINT_BULLET.match(text.lstrip()) is not None  # ■甲。 ■乙。: the key points
    return block.kind == "p" and len(text) <= 40 and PICTURE_SOURCE.match(text) is not None


#: 本文由 @阿澈 原创发布于人人都是产品经理, 本文原创发布于X: the platform that first published
#: the piece, and who wrote it (本文首发于X公众号 says where else it ran: the site is the outlet).
PLATFORM_CREDIT = re.compile(
    r"本文(?:由\s*[@＠]?\s*(?P<n>[^\s@＠，,。：:]{2,20}?)\s*)?(?:原创|原創|独家|獨家)?(?:发布|發布)(?:于|於)"
    r"\s*[“「]?(?P<o>(?!微信|公众号|公眾號)[\u4e00-\u9fffA-Za-z0-9]{2,16}?)[”」]?"
    r"(?=$|[。，,；;！!\s(（])"
)


def platform_credit(lines: Sequence[Line], anchor: int) -> list[tuple[float, str, int]]:
    """The platform a closing credit says first published the piece, scored as a reprint's
    account is (below a labelled 来源); with the index of its line."""
    for i in range(anchor + 1, len(lines)):
        text = lines[i].text
        if "布于" not in text and "布於" not in text or len(text) > 80:
            continue  # (a word test first: this reads every line after the headline)
        m = PLATFORM_CREDIT.search(text)
        if m and not lines[i].in_comments and looks_like_outlet(m["o"]):
            return [(60.0, m["o"], i)]
    return []


def platform_writer(text_blocks: Sequence[Block], title_el: Tag | None) -> list[str]:
    """The writer a closing platform credit names (本文由 @阿澈 原创发布于…); when it names only
    the platform (本文原创发布于…), the account posting it under the headline, whose own the
    piece is."""
    for block in text_blocks[-6:]:
        m = PLATFORM_CREDIT.search(block.text) if len(block.text) <= 80 else None
        if m:
            writer: str | None = m["n"] or account_name(title_el)
            return [writer] if writer else []
    return []


#: 文章代表作者个人观点，少数派仅对标题和排版略作修改; 本文仅代表作者观点，不代表本平台立场: the
#: platform's standing note over a post its community wrote.
PLATFORM_NOTE = re.compile(
    r"(?:文章|本文)(?:仅)?代表作者(?:个人)?(?:观点|觀點)|不代表\S{1,10}?(?:立场|立場)"
    r"|仅对标题和排版|僅對標題和排版"
)
#: 注：本文使用了 AI 辅助写作: a note after it, still the platform's.
NOTE_AFTER = re.compile(r"^\s*(?:注|附注|編注|编注)\s*[:：]")
#: A byline or a label among the lines before the note: the post's own, so the note stays put.
LABELLED = re.compile(r"[:：|｜/／]")


def past_platform_note(blocks: list[Block]) -> list[Block]:
    """*blocks* past the platform's note opening a community post (Matrix 首页推荐 / Matrix 是
    少数派的写作社区… / 文章代表作者个人观点…): up to its disclaimer, within the first three
    lines, all short and none a byline, and a 注： after it; the text follows (a disclaimer
    closing a short post is the post's end)."""
    for i, block in enumerate(blocks[:3]):
        if block.kind != "p" or len(block.text) > 150:
            return blocks
        if PLATFORM_NOTE.search(block.text):
            end = i + 1
            while (
                end < len(blocks)
                and len(blocks[end].text) <= 40
                and NOTE_AFTER.match(blocks[end].text)
            ):
                end += 1
            return blocks[end:] if len(blocks) - end >= 2 else blocks  # the text follows
        if LABELLED.search(block.text):
            return blocks
    return blocks


#: 整理 | 郑丽媛, 整理｜王启隆: the tech press's credit of the writer who compiled the story, set
#: with a bar as its other credits are (出品 | CSDN, 编辑 | X).
COMPILED_BY = re.compile(
    r"^\s*整理\s*[|｜丨]\s*(?P<n>[\u4e00-\u9fff·]{2,4}(?:[、，,]\s*[\u4e00-\u9fff·]{2,4}){0,2})\s*$"
)


def compiled_by(text: str) -> list[str]:
    """The writers a 整理 | X credit line names."""
    m = COMPILED_BY.match(text)
    return [n for n in split_names(m["n"]) if looks_like_person(n)] if m else []
