"""The site the <title> names last when the page's header links home under the same words:
``标题 | Slow Lane`` with ``<a class="site-title" href="/">Slow Lane</a>``. Blog themes
(WordPress, Hexo, Hugo, Jekyll) print the blog's name this way, a text link and no logo image;
a Latin name read once could be a person's, but the site giving it twice makes it its own.
(A Chinese name there is read by the <title>'s own rules.)"""

from __future__ import annotations

from bs4 import Tag

from .latinsite import LATIN_NAME
from .logosite import home_link
from .nameshape import GENERIC_SOURCE
from .text import squash

#: A home link's words that name no site: 首页, Home, 返回首页.
HOME_WORDS = frozenset(
    {"首页", "首頁", "主页", "网站首页", "返回首页", "home", "homepage", "index"}
)


def home_text_site(parts: list[str], anchors: list[Tag]) -> str | None:
    """The <title>'s last part (of two or more), a Latin name, when a link home reads it."""
    if len(parts) < 2:
        return None
    name = squash(parts[-1])
    if not 2 <= len(name) <= 30 or name.lower() in HOME_WORDS or GENERIC_SOURCE.match(name):
        return None
    if not LATIN_NAME.fullmatch(name):
        return None
    for anchor in anchors:
        href = anchor.get("href")
        if not isinstance(href, str) or not home_link(href):
            continue
        if squash(anchor.get_text(" ")) == name:
            return name
    return None
