"""A site header's date box (2024年09月30日 星期一 above the logo and the menu): the day the
page was served, never a story's publish time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from bs4 import Tag

from .explain import Explanation
from .explain import where
from .text import Line
from .text import tags_after

#: 2009年04月28日 星期二 alone on its line: the day's date with its weekday, as a site header's
#: clock shows today (<div class="today">, <span id="date">).
TODAY_LINE = re.compile(
    r"^\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:星期|[周週]|禮拜)[一二三四五六日天]\s*$"
)

#: The links (设为首页, the menu, the breadcrumbs) that set a header apart from the story.
HEADER_LINKS = 3
#: 第01版：要闻, 版面导航: an e-paper's pages, whose masthead shows the issue's day.
EDITION = re.compile(r"第\s*\d+\s*版|版面")
#: How many tags to walk from the date box towards the headline.
WALK = 400


def header_today(text: str, element: Tag, headline: Tag) -> bool:
    """Whether *text*, shown in *element* above *headline*, is a site header's today: a date
    with its weekday alone, the header's links between it and the headline (unlike a blog's
    date heading the post right above its title, or an e-paper's issue date)."""
    if not TODAY_LINE.match(text) or element.find("a") is not None:
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


def served_day(lines: Sequence[Line], index: int, anchor: int, explain: Explanation | None) -> bool:
    """Whether line *index* is a site header's today above the headline."""
    line = lines[index]
    if index >= anchor or not header_today(line.text, line.element, lines[anchor].element):
        return False
    if explain is not None:
        rule = "ignored: a site header's today, above its links"
        explain.consider("published", line.text.strip(), where(line.element), rule)
    return True
