"""Portal chrome left between the headline and the text, none of it the text's start: an
advertising slot's table emptied of its frames, and a labelled row of links to other pages
(相关：…, 试听：…, 延伸阅读：…) that old portals centred under the lead photo."""

from __future__ import annotations

import re

from .blocks import Block

#: 相关新闻：, 延伸阅读：, 试听：, 视频：: a links label that no sentence starts with, so that a
#: line holding it still reads as links when the links themselves were dropped (below).
_UNLINKED_LABEL = (
    r"(?:相关|相關)(?:阅读|閱讀|报道|報導|新闻|新聞|链接|連結)|延伸阅读|延伸閱讀|扩展阅读|擴展閱讀"
    r"|试听|試聽|往期回顾|往期回顧|视频|視頻"
)
#: 相关：, 相关报道：, 视频：, 试听：, 延伸阅读：, 专题：, 早前报道：, 原文網址：: the label of a
#: line of links to other pages, bold or not, before the links themselves.
_LINK_LABEL = _UNLINKED_LABEL + (
    r"|相关|相關|相关专题|相關專題|推荐|推薦|专题|專題|影音|音频|音頻|图集|圖集|组图|組圖"
    r"|回顾|回顧|链接|連結|背景"
    # 早前报道：<a>an earlier story</a>, 原文網址：<a>the address</a> (a reprint's source)
    r"|(?:早前|此前|前期)(?:报道|報導)|原文(?:网址|網址|地址)"
)
LABELLED_LINKS = re.compile(
    rf"\s*(?:<(strong|b)>)?\s*(?:{_LINK_LABEL})\s*[:：]\s*(?:</\1>)?[\s\xa0]*"
    r"(?:<a [^>]*>(?:(?!</a>).)+</a>[\s\xa0|｜·/／、]*){1,4}",
    re.S,
)


#: 相关新闻：X, 试听：《A》 《B》, 视频：X 时长：5分12秒: a labelled line of links whose links
#: were dropped (a page read without its address keeps no relative link): the label is a links
#: label, and no sentence follows it.
LINKS_LABEL_TEXT = re.compile(rf"\s*(?:{_UNLINKED_LABEL})")
UNLINKED = re.compile(
    r"\s*[:：]\s*[^。，！？,!?；;：:]{2,40}?(?:\s+(?:时长|時長)\s*[:：]?\s*[^。，！？,!?；;：:]{1,12})?"
)


def chrome_block(block: Block) -> bool:
    """Whether *block*, before the text, is a block with neither words nor a picture (an
    advertising slot's table whose frames were dropped) or a labelled line of links."""
    if block.kind != "figure" and not block.text.strip() and "<img" not in block.html:
        return True
    if block.kind != "p" or len(block.text) > 60:
        return False
    if LABELLED_LINKS.fullmatch(block.html) is not None:
        return True
    label = LINKS_LABEL_TEXT.match(block.text)
    return label is not None and UNLINKED.fullmatch(block.text, label.end()) is not None


#: 相关推荐：, 延伸阅读：, 视频：: a links label alone on its line (its links dropped or set
#: below), not a line that leads into the text.
LINKS_LABEL_LINE = re.compile(rf"\s*(?:{_LINK_LABEL})+\s*[:：]\s*")
