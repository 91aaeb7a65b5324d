"""A site header's date box (2024年09月30日 星期一 above the logo and the menu) or its clock
(2024年5月3日 星期五 14:32, beside 设为首页 | 加入收藏): the day and time the page was served, never
a story's publish time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from bs4 import Tag
from bs4.element import Comment

from .explain import Explanation
from .explain import where
from .text import Line
from .text import attr_words
from .text import find_tag
from .text import tags_after

#: 星期二, 周二, 禮拜二: the weekday a header's clock shows after the date.
WEEKDAY = r"(?:星期|[周週]|禮拜)[一二三四五六日天]"

#: 2009年04月28日 星期二 alone on its line: the day's date with its weekday, as a site header's
#: clock shows today (<div class="today">, <span id="date">).
TODAY_LINE = re.compile(rf"^\s*(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日\s*{WEEKDAY}\s*$")

#: 2024年5月3日 星期五 14:32, 2024-05-03 14:32:10 星期五: the header's clock, the time of day
#: before or after the weekday; with no weekday (2024-05-03 14:32) only in a box its class or id
#: calls a clock (CLOCK_BOX).
CLOCK_LINE = re.compile(
    r"^\s*(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})\s*"
    rf"(?P<w1>{WEEKDAY})?\s*"
    r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?\s*"
    rf"(?P<w2>{WEEKDAY})?\s*$"
)
#: A line that opens with a year: where a header bar's clock may stand before its links.
YEAR_FIRST = re.compile(r"\s*(?:19|20)\d{2}\s*[-/.年]")
#: The class or id of a header's clock box (today, clock, nowtime, date, time), not a publish
#: time's (pubtime, fbsj).
CLOCK_BOX = re.compile(r"today|clock|now|current|date|time|riqi|shijian", re.I)
PUBLISH_BOX = re.compile(r"pub|fbsj|post|article", re.I)

#: The links (设为首页, the menu, the breadcrumbs) that set a header apart from the story.
HEADER_LINKS = 3
#: 第01版：要闻, 版面导航: an e-paper's pages, whose masthead shows the issue's day.
EDITION = re.compile(r"第\s*\d+\s*版|版面")
#: How many tags to walk from the date box towards the headline.
WALK = 400


def header_today(text: str, element: Tag, headline: Tag) -> bool:
    """Whether *text*, shown in *element* above *headline*, is a site header's today: a date
    with its weekday alone, or its clock (a time of day with the date), the header's links
    between it and the headline (unlike a blog's date heading the post right above its title,
    or an e-paper's issue date)."""
    # an e-paper's masthead shows no time of day: a clock may share its bar with links
    clock = header_clock(text, element) or (
        len(text) <= 80
        and YEAR_FIRST.match(text) is not None
        and header_clock(_unlinked(element), element)
    )
    bar = not clock and _bar_today(element)
    if not (clock or bar or TODAY_LINE.match(text)):
        return False
    if not (clock or bar) and find_tag(element, "a") is not None:
        return False  # a date beside the logo's link: an e-paper's masthead, its issue's day
    links = 0
    for tag in islice(tags_after(element), WALK):
        if tag is headline:
            break
        if tag.name == "a" and element not in tag.parents:
            if EDITION.search(tag.get_text()):
                return False
            links += 1
    return links >= HEADER_LINKS


def header_clock(text: str, element: Tag) -> bool:
    """Whether *text* is a clock's date and time of day: with its weekday, or in a box whose
    class or id calls it a clock (not a publish time's box)."""
    m = CLOCK_LINE.match(text)
    if m is None:
        return False
    if m["w1"] or m["w2"]:
        return True
    parent = element.parent
    words = attr_words(element) + " " + (attr_words(parent) if parent is not None else "")
    return CLOCK_BOX.search(words) is not None and PUBLISH_BOX.search(words) is None


#: Tags whose text no reader sees.
SILENT = ("script", "style", "noscript")
#: What sets a header bar's links apart: 设为首页 | 加入收藏.
BAR_MARKS = re.compile(r"[|｜丨·•]")


#: The links a header bar's today box stands beside (设为首页, 加入收藏, 登录, 注册, English),
#: never an e-paper's logo or edition links (第01版).
BAR_LINK = re.compile(
    r"(?:设为首页|設為首頁|加入收藏|收藏本站|登录|登錄|注册|註冊|English|繁體|繁体|简体|簡體"
    r"|无障碍|無障礙|手机版|手機版|网站地图|網站地圖)",
    re.I,
)


def _bar_today(element: Tag) -> bool:
    """Whether *element* is a header bar: today's date and weekday beside links that are all
    the bar's own (设为首页 | 加入收藏 | 登录)."""
    links = element.find_all("a")
    return (
        bool(links)
        and all(BAR_LINK.fullmatch(a.get_text().strip()) for a in links)
        and TODAY_LINE.match(_unlinked(element)) is not None
    )


def _unlinked(element: Tag) -> str:
    """The text of *element* outside its links and their separators: the clock of a header bar
    that also holds 设为首页 | 加入收藏."""
    parts: list[str] = []
    for node in element.find_all(string=True):
        if isinstance(node, Comment) or node.parent is None or node.parent.name in SILENT:
            continue
        link = node.find_parent("a")
        if link is None or all(parent is not element for parent in link.parents):
            parts.append(str(node))
    return BAR_MARKS.sub(" ", " ".join(parts))


#: The class or id of a box a script fills with the reader's clock (<div id="livedate">,
#: nowtime, curDate): its saved text is a placeholder or the day the page was saved.
LIVE_BOX = re.compile(
    r"live_?(?:date|clock|time)|now_?(?:date|time)|cur(?:rent)?_?(?:date|time)", re.I
)


def served_day(lines: Sequence[Line], index: int, anchor: int, explain: Explanation | None) -> bool:
    """Whether line *index* is a site header's today (or its clock) above the headline, or a
    script's live clock wherever it stands."""
    line = lines[index]
    live = LIVE_BOX.search(attr_words(line.element)) is not None
    if not live and (
        index >= anchor or not header_today(line.text, line.element, lines[anchor].element)
    ):
        return False
    if explain is not None:
        rule = (
            "ignored: a script's live clock"
            if live
            else "ignored: a site header's today, above its links"
        )
        explain.consider("published", line.text.strip(), where(line.element), rule)
    return True
