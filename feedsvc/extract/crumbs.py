"""Breadcrumb lines: 当前位置：首页 > 要闻 > 正文, and the sections they name."""

from __future__ import annotations

import re
from itertools import islice

from bs4 import Tag

from .text import attr_words
from .text import find_tags
from .text import squash

#: The label of a breadcrumb line: 当前位置：, 您的位置:.
CRUMB_LINE = re.compile(
    r"^(?:当前位置|您的位置|你的位置|所在位置|现在位置|您当前的位置|位置)\s*[:：]?"
)
#: A breadcrumb line that starts at the home page: 首页 > 要闻 >, 网站首页>> 国内.
HOME_CRUMB = re.compile(r"^(?:您的位置\s*[:：]\s*)?(?:首页|网站首页|主页)\s*(?:>>|->|[>＞›»])")
CRUMB_SEP = re.compile(r"\s*(?:>>|->|[>＞›»]|&gt;|\s/\s)\s*")
#: Breadcrumb items that name no section.
CRUMB_SKIP = re.compile(
    r"^(?:首页|主页|网站首页|返回首页|正文|详情|内容|文章|正文内容|当前位置|您的位置)$"
)


def crumb_items(text: str) -> list[str]:
    """The items of a breadcrumb line, its 当前位置 label dropped, as written (not trimmed)."""
    return [item for item in CRUMB_SEP.split(CRUMB_LINE.sub("", text)) if item]


#: The class or id words of a site's menu or breadcrumb (main-nav, menu, daohang, crumbs).
MENU_WORDS = re.compile(r"nav|menu|daohang|crumb|position|location|lanmu|column", re.I)
#: A link to the site's home page (/, https://host/), no section.
HOME_HREF = re.compile(r"(?:https?://[^/]+)?/?")


def menu_section(name: str, element: Tag) -> bool:
    """Whether *name* is a section the page's menu or breadcrumb links to (not its home):
    ``2023-11-18 | 社会服务`` beside a post's time, with 社会服务 in the site's menu."""
    root = element
    while isinstance(root.parent, Tag):
        root = root.parent
    for link in find_tags(root, ("a",)):
        href = str(link.get("href") or "")
        if not href or squash(link.get_text(" ")) != name or HOME_HREF.fullmatch(href):
            continue
        for up in islice(link.parents, 5):
            if up.name == "nav" or MENU_WORDS.search(attr_words(up)):
                return True
    return False
