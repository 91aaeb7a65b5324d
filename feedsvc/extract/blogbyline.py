"""A blog engine's English byline under the headline: ``by lanxi on 2021-10-21``, ``Posted by
Mei Lin, on 2012-03-23, in Life``, ``Posted on March 3, 2015 by lanxi``, ``by lanxi · 2021-10-21``;
a community post's ``@lanxi 发布于 2021-10-21``.

WordPress, Hexo, Jekyll and Blogger themes print the post's writer this way in the post's
header, in English even on a Chinese blog; the handle is the writer's (a pen name)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import BYLINE_WORDS
from .nameshape import ORG_HINT

#: A date after "on"/"at": a number (2021-10-21, 23 March) or a month or weekday name.
_DATE = (
    r"(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"[a-z]*\.?,?\s)"  # Sunday, June 4, 2017: a weekday and its comma
)
#: A writer's handle or name: lanxi, Mei Lin, 蓝溪, 林泉-听松.
_NAME = (
    r"(?P<n>[A-Za-z][A-Za-z0-9_.-]{1,19}(?: [A-Z][A-Za-z.-]{1,15}){0,2}"
    r"|[\u4e00-\u9fff]{1,4}-[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{2,6})"
)
#: by X on 2021-10-21, by X, at 10:20; by X · 2021-10-21, a dot or a bar before the date.
BY_ON = re.compile(
    r"^\s*(?:(?:Posted|Written|Published)\s+)?by\s+"
    + _NAME
    + r"(?:\s*,?\s+(?:on|at)\s+|\s*[·•|｜]\s*)"
    + _DATE,
    re.I,
)
ON_BY = re.compile(
    r"^\s*(?:Posted|Published|Written)\s+on\s+"
    + _DATE
    + r"[^|｜]{0,30}?\s+by\s+"
    + _NAME
    + r"\s*$",
    re.I,
)
#: Written by X, alone on a line: the author box closing a post (Ghost, Hugo, Medium-like themes).
WRITTEN_BY = re.compile(r"^\s*(?:Written|Authored|Posted)\s+by\s*[:：]?\s*" + _NAME + r"\s*$", re.I)
#: A role or a placeholder a theme prints when nobody is named: no writer.
_NO_WRITER = re.compile(
    r"(?:admin|administrator|editor|staff|guest|unknown|anonymous|webmaster|root)$", re.I
)


def blog_byline(text: str) -> list[str]:
    """The writer an English blog byline names, ``by X on <date>``, ``Posted on <date> by X`` or
    ``Written by X`` alone; no placeholder (admin) and no organisation."""
    m = BY_ON.match(text) or ON_BY.match(text) or WRITTEN_BY.match(text)
    if m is None:
        return []
    name = m["n"].strip()
    return [] if _NO_WRITER.match(name) or ORG_HINT.search(name) else [name]


#: @tiebiao_77 发布于 2023-04-09 19:42, @林间小路 发表于 昨天: a community post's meta line under
#: its headline opens with the poster's handle, the @ before it, then the posting time; only
#: a line that opens with it and ends with the time (an @ mention in the text is no poster).
AT_POSTED = re.compile(
    r"^\s*[@＠](?P<n>[A-Za-z][A-Za-z0-9_.-]{1,19}|[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9_]{1,11})"
    r"\s*(?:发布于|发表于|發佈於|發布於|發表於)\s*(?=\d|今天|昨天|前天)"
)
#: The meta line's time and what may follow it (阅读 1288, a bar): no sentence of prose.
AT_TIME_REST = re.compile(
    r"(?:\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|今天|昨天|前天|\d{1,3}\s*(?:分钟|小时|天)前)"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:[\s|｜·•][^，。！？；的]{0,30})?"
)


def at_poster(text: str) -> list[str]:
    """The poster an ``@handle 发布于 <time>`` meta line names, without its @; no placeholder."""
    m = AT_POSTED.match(text)
    name = m["n"] if m and AT_TIME_REST.fullmatch(text.rstrip(), m.end()) else ""
    return [name] if name and not _NO_WRITER.match(name) and not ORG_HINT.search(name) else []


#: 本文作者： X over 本文链接： …: the copyright box a static blog's theme (Hexo's NexT, yilia,
#: butterfly) closes a post with, the writer first, then the post's address.
BOX_WRITER = re.compile(r"^\s*(?:本文作者|文章作者)\s*[:：]\s*(?P<n>\S.{0,28}?)\s*$")
BOX_LINK = re.compile(r"^\s*(?:本文链接|文章链接|原文链接|本文地址|文章地址)\s*[:：]")
#: The writer's name or handle as the box gives it: 贺某, Gongshan He, 某某-思伟, lanxi_99.
_BOX_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9·_.\- ]{1,28}")


#: 文案|X 图片|Y, 文字：X 摄影：Y: the box's writer field holding the post's credits, a role
#: before each name; the writer is the one of a writing role.
_BOX_CREDIT = re.compile(
    r"(?P<r>[\u4e00-\u9fff]{1,4})\s*[|｜丨:：/／]\s*(?P<n>[\u4e00-\u9fff·]{2,4})(?=\s|$)"
)


#: 原创文章，作者：X，如若转载，请注明出处：https://…: the one-line copyright box WordPress
#: news themes close a post with.
LINE_WRITER = re.compile(
    r"^\s*原创(?:文章)?\s*[，,]\s*(?:作者|发布者|發布者)\s*[:：]\s*(?P<n>[^，,\s][^，,]{0,28}?)\s*[，,]"
    r"\s*(?:如若|如需|若需|未经|未經)?(?:转载|轉載|允许|允許)"
)


def copyright_box_writer(texts: Sequence[str]) -> list[str]:
    """The writer a blog post's copyright box names (本文作者：X, then 本文链接：; 原创文章，
    作者：X，如若转载…); no placeholder (admin) and no organisation; the writer among the
    credits it holds (文案|X 图片|Y)."""
    for text, after in zip(texts, [*texts[1:], ""], strict=False):
        m = BOX_WRITER.match(text)
        name = m["n"] if m and BOX_LINK.match(after) else ""
        name = name or ((one := LINE_WRITER.match(text)) and one["n"]) or ""
        name = re.sub(r"\s+[|｜]\s+[^|｜]{1,20}$", "", name)  # 本文作者：X | 博客名: the site after
        if not name:
            continue
        if _BOX_NAME.fullmatch(name) and not _NO_WRITER.match(name) and not ORG_HINT.search(name):
            return [name]
        credits = list(_BOX_CREDIT.finditer(name))
        spelled = re.sub(r"\s+", "", "".join(c.group(0) for c in credits))
        if len(credits) >= 2 and spelled == re.sub(r"\s+", "", name):
            return [c["n"] for c in credits if c["r"] in (*BYLINE_WORDS, "文", "作者")]
    return []
