"""The story's last real paragraph, past the short lines a page sets after it: the editor's
line (〔责任编辑：X〕, 编辑 X 校对 Y), a box of further reading (延伸阅读 and its links), a share
prompt (分享让更多人看到) and a disclaimer (（本文仅代表作者观点，不代表本网立场）). The credits
closing the story are read on that paragraph, not on the last of those lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block

#: A notice closing the text in square brackets: 【…的中文相关权益归…所有。未经授权，不得转载。】
NOTICE = re.compile(r"\s*【[^【】]*】\s*")

#: 延伸阅读, 【相关新闻】, ■其他热门文章, 相关阅读：<a title>: the header of a box of links to
#: other stories after the text, alone on its line or before one link's title.
READ_MORE = re.compile(
    r"[\s【\[〔(（■▌●▼>＞]*(?:延伸|扩展|擴展|相关|相關|关联|關聯|推荐|推薦|参考|參考|其他热门|其他熱門)"
    r"(?:阅读|閱讀|新闻|新聞|报道|報導|文章|链接|連結)[\s】\]〕)）]*(?:[:：][^。]{0,40})?"
)
#: The title of one link in that box: a short line that is no sentence of the text.
LINK_TITLE = re.compile(r"[^。]{2,40}")
#: How many links a box of further reading lists, at most.
MAX_LINKS = 8

#: 〔责任编辑：杨某〕, 编辑 刘某 校对 李某, （编辑：王某）: the editing chain's line after the text;
#: none of its roles writes the story.
EDITOR_LINE = re.compile(
    r"[\s【\[〔(（]*(?:责任编辑|責任編輯|责编|責編|本文责编|值班编辑|编辑|編輯)\s*[:：]?\s*"
    r"(?:(?:[\u4e00-\u9fff·]{2,5}|[A-Za-z_0-9]{2,20})[\s　、，,]*)+"
    r"(?:(?:校对|校對|审核|審核|[初复终]审|监制|统筹)\s*[:：]?\s*[\u4e00-\u9fff·]{2,5}[\s　]*)*"
    r"[】\]〕)）]?\s*"
)
#: 分享让更多人看到, 点击分享到朋友圈, 分享至：微信 微博: a share prompt.
SHARE_PROMPT = re.compile(
    r"[\s【\[]*(?:点击|點擊)?(?:分享|轉發|转发)(?:到|至|给|給|让更多人看到|讓更多人看到)?[^。]{0,20}"
)
#: （本文仅代表作者个人观点，不代表本网立场）, 如有侵权请联系删除, 未经授权，不得转载: the site's
#: disclaimer under the text.
DISCLAIMER = re.compile(
    r"(?:仅|僅|只)代表(?:作者|笔者|筆者)|不代表\S{0,10}?(?:立场|立場|观点|觀點)|观点仅为作者所有"
    r"|如有侵权|如有侵權|未经(?:书面)?(?:授权|許可|许可|允许)\S{0,4}?(?:不得|请勿|禁止)转载"
    r"|未經(?:書面)?(?:授權|許可|允許)\S{0,4}?(?:不得|請勿|禁止)轉載"
)


def story_last(blocks: Sequence[Block]) -> str:
    """The text of the story's last real paragraph among *blocks*: the last of 12 characters or
    more (no notice in 【】) before the editor's line, the further reading, the share prompt and
    the disclaimer closing the page; the last such paragraph if nothing else is left."""
    texts = [b.text for b in blocks]
    longer = [t for t in texts[: story_end(texts)] if len(t) >= 12 and not NOTICE.fullmatch(t)]
    longer = longer or [t for t in texts if len(t) >= 12 and not NOTICE.fullmatch(t)]
    return longer[-1] if longer else ""


def story_end(texts: Sequence[str]) -> int:
    """How many of *texts* come before the trailing lines set after the story."""
    end = len(texts)
    while end:
        header = _read_more_at(texts, end)
        if header is not None:
            end = header
        elif trailer(texts[end - 1]):
            end -= 1
        else:
            break
    return end


def trailer(text: str) -> bool:
    """Whether *text* is an editor's line, a share prompt or a disclaimer after the story."""
    text = text.strip()
    if len(text) > 80:
        return False
    if len(text) <= 40 and (EDITOR_LINE.fullmatch(text) or SHARE_PROMPT.fullmatch(text)):
        return True
    return DISCLAIMER.search(text) is not None


def _read_more_at(texts: Sequence[str], end: int) -> int | None:
    """Where the header of a box of further reading stands before *end*, only its links (and
    the trailing lines) after it; None when *texts[:end]* closes otherwise."""
    for at in range(end - 1, max(-1, end - 2 - MAX_LINKS), -1):
        text = texts[at].strip()
        if READ_MORE.fullmatch(text):
            return at
        if not LINK_TITLE.fullmatch(text):
            return None
    return None
