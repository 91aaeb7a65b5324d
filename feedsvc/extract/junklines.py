"""Lines around the article's text that are not the article: the page's tools, a video player's
labels, info labels; and the paragraph that only opens with a label, which is text."""

from __future__ import annotations

import re

from .creditrow import credit_row
from .inforows import label_row
from .leadnotes import copyright_note
from .originalnote import original_note
from .originline import origin_line

#: 分享到, 打印, 责任编辑 (責任編輯, 編輯： in traditional script), 来源：, 作者：, 上一篇: a tool,
#: a link row or an info label.
JUNK_LINE = re.compile(
    r"^[\[【(（\s]*(?:分享到|分享至|分享\s*[:：]?\s*$|扫一扫|扫码|用微信扫|打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|字号|字体|"
    r"【?[大中小]\s*[中小]|我要纠错|纠错|返回顶部|收藏\s*$|点赞\s*$|责任编辑|责编|编辑[:：]|值班编辑|"
    r"責任編輯|責編|編輯[:：]|值班編輯|"
    r"上一篇|下一篇|相关(?:新闻|阅读|链接|文章|报道|稿件)|推荐阅读|热门推荐|热点推荐|更多精彩|"
    r"点击(?:查看|进入|播放)|关注我们|版权(?:声明|所有)|本文链接|原文链接|网友评论|我要评论|"
    r"发表评论|评论\s*(?:\(\d+\)|[:：]?\s*$)|举报\s*$|免责声明|视频加载中|播放(?:器|视频)?\s*$|听新闻|浏览次数|访问量|阅读量|来源[:：]|"
    r"作者[:：]|发布时间|发布日期|上一页|下一页|首页\s*上一页|共\s*\d+\s*页|第\s*\d+\s*页|【\s*$|】)",
)

#: What a video player shows around its frame: 时长：01:45, 建议WIFI下打开, 建议在Wi-Fi环境下观看,
#: 打开X客户端观看完整视频 (a broadcaster's player sending to its app), and its notice to a
#: browser it cannot play in (您的浏览器不支持视频播放，请升级浏览器).
PLAYER_LINE = re.compile(
    r"^(?:视频)?时长\s*[:：]?\s*\d{1,2}:\d{2}|^(?:时长\s*\S*\s*)?建议(?:在)?\s*wi-?fi"
    r"|^(?:您|你)(?:的|当前的?|目前的?)?(?:浏览器|瀏覽器)(?:版本)?\s*(?:过低|過低|不支持|不支援|暂不支持|無法|无法)"
    r"[^。！？]{0,40}[。！]?$|^请升级(?:您的)?浏览器[^。！？]{0,20}[。！]?$"
    r"|^打开\S{0,12}?(?:客户端|app)\S{0,4}?(?:观看|收看)\S{0,8}$"
    r"|^(?:自动|连续)播放(?:开关)?(?:\s*(?:自动|连续)播放)?$",
    re.I,
)

#: Published: 03/05/2023 10:45 PM, Updated: 4 May 2023, Posted on May 3, 2023: an info line
#: labelled in English, as Singapore's and Malaysia's Chinese sites and AMP pages print it.
ENGLISH_INFO = re.compile(
    r"^(?:Published|Updated|Last updated|Posted(?: on)?|First published)\s*[:：]?\s*"
    r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},)"
    r"[^。！？]{0,80}$",
    re.I,
)

#: [img]http://…/photo.jpg[/img]: a picture left in a forum's or an old CMS's BBCode, its markup
#: never turned into an image; not the text's first line.
BBCODE_IMAGE = re.compile(r"^(?:\s*\[img\][^\[\]\s]+\[/img\])+\s*$", re.I)

#: 某某新闻 阅读 12906, 浏览：3021次: an info row's view counter, the outlet's name before it,
#: left over when the row's time sits in an element dropped as a widget (class time_x).
COUNTER_ROW = re.compile(
    r"^(?:[^\s，。！？:：]{2,12}\s+)?(?:阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣)(?:量|数|數|次数|次數)?"
    r"\s*[:：]?\s*\d[\d,]*\s*次?\s*$"
)

AUTHOR_TRAILER = re.compile(r"^[(（]\s*作者\s*[:：]")

#: （作者:本报记者 甲 乙）昨天上午，…; （来源：某某日报）记者近日从…: a paragraph that opens
#: with a label and its value in brackets, then goes on with the article's first sentences.
BRACKETED_LEAD = re.compile(
    r"^\s*[(（【\[][^()（）【】\[\]]{1,40}[)）】\]]\s*(?P<rest>\S.*)$", re.S
)


def bracketed_lead(text: str) -> bool:
    """Whether *text* opens with a bracketed label (（作者：X）) and goes on with sentences."""
    m = BRACKETED_LEAD.match(text)
    return (
        m is not None and len(m["rest"]) >= 20 and re.search(r"[，。！？]", m["rest"]) is not None
    )


def opening_junk(text: str) -> bool:
    """Whether a line before the text is a tool, an info label or a player's label: not the
    start of the article (a paragraph only opening with a bracketed label is)."""
    if any(p.match(text) for p in (PLAYER_LINE, ENGLISH_INFO, BBCODE_IMAGE, COUNTER_ROW)):
        return True
    if credit_row(text) or label_row(text) or origin_line(text) or original_note(text):
        return True
    if copyright_note(text):
        return True  # 本文系本网原创，转载请注明出处: the site's note, over the text
    return JUNK_LINE.match(text) is not None and not bracketed_lead(text)
