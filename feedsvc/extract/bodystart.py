"""Where the article text starts under the headline: past the info lines and a short deck."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .leadlines import BREADCRUMB
from .lexicon import DATE_START
from .lexicon import INFO_LABEL
from .lonedate import lone_date
from .text import Line


def body_start(lines: Sequence[Line], anchor: int) -> int:
    """Index of the first line after the headline that reads like article text."""
    for i in range(anchor + 1, min(len(lines), anchor + 60)):
        text = lines[i].text
        if lines[i].in_comments or (len(text) <= 150 and INFO_LABEL.search(text)):
            continue
        if counted_info(text) or (len(text) <= 150 and BREADCRUMB.match(text)):
            continue  # 首页 > 资讯 > 标题，续: the breadcrumb ends with the headline's comma
        if (len(text) >= 25 and re.search(r"[。！？，]", text)) or len(text) >= 120:
            return past_deck(lines, i)
    return min(len(lines), anchor + 30)


#: A hit or comment counter: 共 5821 人阅读, 200834 人围观, 12 条评论, 浏览(310), 阅读：96.
COUNTER = re.compile(
    r"\d\s*(?:人|次|条)?\s*(?:围观|圍觀|阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論)"
    r"|(?:围观|圍觀|阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣)\s*[:：(（]?\s*\d"
)


def counted_info(text: str) -> bool:
    """Whether *text* is an info line without labels: a short line with a full date and a hit
    counter (唐蔚 2018-05-14 共 5821 人阅读，12 条评论), whose comma makes it read like text."""
    return len(text) <= 120 and bool(re.search(DATE_START, text)) and bool(COUNTER.search(text))


#: A line that is nothing but a date and time (2016年03月08日10:25).
BARE_STAMP = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}"
    r"(?:\s*[:：]\s*\d{2})?"
)


def past_deck(lines: Sequence[Line], first: int) -> int:
    """Where the text starts when the first sentence under the headline is a short deck or a
    lead picture's caption: past a line that is only the time (<h1>标题</h1><p>导语。</p>
    <div>分享</div><div>2016年03月08日10:25</div>), if short lines and no sentence stand between."""
    if len(lines[first].text) > 80:
        return first
    for i in range(first + 1, min(len(lines), first + 6)):
        text = lines[i].text.strip()
        stamp = BARE_STAMP.match(text) or lone_date(text)  # and its poster: …21:03 匿名用户
        if stamp and len(text) - stamp.end() <= 24 and not re.search(r"[。！？，]", text):
            return i + 1
        if len(text) > 40 or re.search(r"[。！？，]", text):
            return first  # a sentence: the text has started
    return first
