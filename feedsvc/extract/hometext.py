"""The site the <title> names when the page's header links home under the same words:
``标题 | Slow Lane`` with ``<a class="site-title" href="/">Slow Lane</a>`` or a home logo
``<img alt="Slow Lane">``. Blog themes (WordPress, Hexo, Hugo, Jekyll) print the blog's name
this way; a Latin name read once could be a person's, but the site giving it twice makes it its
own. (A Chinese name last in the <title> is read by the <title>'s own rules.) Some themes
title a post ``标题 - 博客名 - 一个程序员的自留地``: the part the home link reads is the name,
the tagline after it is none. A theme that joins the name with a bare hyphen (``标题-阿青の小站``)
has it spaced here when the home link or og:site_name reads it."""

from __future__ import annotations

import re

from bs4 import Tag

from ..outlets import is_known
from .addresses import host_of
from .builder import builder_only
from .bylineoutlets import APP_OUTLET_END
from .latinsite import LATIN_NAME
from .logosite import home_link
from .metadata import Structured
from .nameshape import GENERIC_SOURCE
from .nameshape import looks_like_outlet
from .text import find_tags
from .text import squash
from .titletext import TITLE_SPLIT

#: An engine's credit closing a forum's <title>, no tagline: Powered by Discuz!
_ENGINE = re.compile(r"(?:Powered|Proudly)\s*by", re.I)

#: A home link's words that name no site: 首页, Home, 返回首页.
HOME_WORDS = frozenset(
    {"首页", "首頁", "主页", "网站首页", "返回首页", "home", "homepage", "index"}
    # the menu's other links, to the same host when the page's address is not known
    | {"联系我们", "聯繫我們", "关于我们", "關於我們", "网站地图", "網站地圖", "在线留言"}
)


def home_anchors(anchors: list[Tag], address: str | None = None) -> list[Tag]:
    """The links to the site's home page, in page order (to the page's own host, when its
    address is known)."""
    host = host_of(address)
    found: list[Tag] = []
    for anchor in anchors:
        href = anchor.get("href")
        if not isinstance(href, str) or not home_link(href):
            continue
        if host and host_of(href) not in ("", host):
            continue  # 港聞 linking to a sister site's home page
        found.append(anchor)
    return found


def _home_names(anchors: list[Tag], address: str | None = None) -> dict[str, None]:
    """The words of the links home and the alt text of the logos they hold, in page order
    (ties between names of one length go to the first, whatever the run)."""
    found: dict[str, None] = {}
    for anchor in home_anchors(anchors, address):
        found[squash(anchor.get_text(" "))] = None
        for image in find_tags(anchor, ("img",)):
            alt = image.get("alt")
            found[squash(alt) if isinstance(alt, str) else ""] = None
    return found


def _site_word(name: str) -> bool:
    """Whether *name* may be a site's name: no home-link word, no generic source."""
    return (
        2 <= len(name) <= 30 and name.lower() not in HOME_WORDS and not GENERIC_SOURCE.match(name)
    )


def home_text_site(parts: list[str], anchors: list[Tag]) -> str | None:
    """The <title>'s last part (of two or more), a Latin name, when a link home reads it."""
    if len(parts) < 2:
        return None
    name = squash(parts[-1])
    if not _site_word(name) or not LATIN_NAME.fullmatch(name):
        return None
    return name if name in _home_names(anchors) else None


#: A footer's copyright line: © 2024 某某网, Copyright (c), 版权所有.
_COPYRIGHT = re.compile(r"©|\(c\)|Copyright|版权所有|版權所有", re.I)


#: A site's filing number with the authorities: 京ICP备12345678号, 京公网安备 110105…号.
_FILING = re.compile(r"ICP|[备備]案|[备備]\s*\d|公网安|公網安")


#: The rest of a company's name after the name it shows its site under: 南方时讯[网络科技有限公司].
_COMPANY_TAIL = r"[\u4e00-\u9fff]{0,10}?(?:股份)?有限(?:责任|責任)?公司"


def home_footer_site(texts: list[str], anchors: list[Tag], address: str | None) -> str | None:
    """The name a link home (or its logo) reads when the footer's copyright line names it too
    (``<a href="/">南方時訊</a>`` … ``版權所有 © 南方時訊``): the site's, though the <title> names
    none, or names a section instead (``标题_要闻``); or when it opens the name of the company
    that owns the site (``Copyright © 2024 南方時訊網絡科技有限公司``), the publisher of the site
    it shows under that shorter name."""
    lines = [line for line in map(squash, reversed(texts[-8:])) if _COPYRIGHT.search(line)]
    if not lines:
        return None  # no copyright line: no need to read the links home
    homes = [n for n in _home_names(anchors, address) if _site_word(n) and looks_like_outlet(n)]
    # a Latin name alone may be the forum engine's or its maker's (Discuz!, © Comsenz Inc.); the
    # filing number (京ICP备…号) links to the registry's home page; the copyright line itself
    # may link home (版权©52etf.net), no name
    homes = [n for n in homes if re.search(r"[\u4e00-\u9fff]", n) and not _FILING.search(n)]
    homes = [n for n in homes if not _COPYRIGHT.search(n)]
    for line in lines:
        for name in sorted((n for n in homes if n in line), key=len, reverse=True):
            if builder_only(name, line):
                continue  # 技术支持：某某科技, the builder's link
            bounded = rf"(?<![\w.]){re.escape(name)}(?:(?!\w|\.\w)|{_COMPANY_TAIL})"
            if re.search(bounded, line):
                return name  # 版權所有 © 南方時訊, or 南方時訊科技有限公司: the site 南方時訊
    return None


#: A channel or section of a site, never the site: 科技频道, 財經頻道, 国际新闻.
_CHANNEL = re.compile(r"(?:频道|頻道|栏目|欄目)$|^[\u4e00-\u9fff]{2}(?:新闻|新聞)$")


def _section(name: str, anchors: list[Tag], address: str | None) -> bool:
    """Whether *name* is a channel's (科技频道, 国际新闻) or a section's a link (not home) reads."""
    if _CHANNEL.search(name):
        return True
    homes = {id(a) for a in home_anchors(anchors, address)}
    return any(id(a) not in homes and squash(a.get_text(" ")) == name for a in anchors)


def section_over_home(
    site: str | None, texts: list[str], anchors: list[Tag], address: str | None
) -> str | None:
    """The name a link home and the footer's copyright line both read (:func:`home_footer_site`)
    over a channel or section the <title> ends with (``标题_科技频道``, ``标题 - 国际新闻``,
    ``首页 > 财经``): the site names itself twice, the <title> its section; else *site*."""
    home = home_footer_site(texts, anchors, address)
    if site is None or home is None:
        return site or home
    return home if home != site and _section(site, anchors, address) else site


def tagline_site(
    parts: list[str], anchors: list[Tag], address: str | None, named: str | None
) -> str | None:
    """The <title>'s part just before a tagline (``标题 - 博客名 - 标语``) when a link home reads
    it, none reads the last part, no known outlet stands there and no name meta says else."""
    if len(parts) < 3 or named and squash(named) != squash(parts[-2]):
        return None
    homes = _home_names(anchors, address)
    last = squash(parts[-1])
    # 论坛名 - Powered by Discuz!, 标题 - 港聞 - 某某日報, 标题_大陆_新闻_某某网: no tagline last
    if last in homes or _ENGINE.match(last) or is_known(last) or APP_OUTLET_END.search(last):
        return None
    name = squash(parts[-2])
    return name if _site_word(name) and name in homes else None


def spaced_site_tail(
    doc_title: str, anchors: list[Tag], address: str | None, structured: Structured
) -> str:
    """``标题-博客名`` as ``标题 - 博客名`` when nothing else splits the <title> and the part after
    its bare hyphen is the site's name, as a link home or og:site_name reads it; else the
    <title> as it is (a headline's own hyphen, COVID-19, Wi-Fi, 2021-2022赛季, never names it)."""
    title = squash(doc_title)
    if "-" not in title or len([p for p in TITLE_SPLIT.split(title) if p.strip()]) > 1:
        return doc_title
    names = dict.fromkeys(squash(v) for v in structured.metas.get("og:site_name", []))
    names |= _home_names(anchors, address)
    for name in sorted((n for n in names if _site_word(n)), key=len, reverse=True):
        head = title[: -len(name) - 1] if title.endswith("-" + name) else ""
        if len(head.strip()) >= 2 and not head.endswith((" ", "-")):
            return f"{head} - {name}"
    return doc_title


def space_title_site(
    title: Tag | None, anchors: list[Tag], address: str | None, structured: Structured
) -> None:
    """Set the <title> *title* as :func:`spaced_site_tail` reads it, for every reader of it."""
    if title is not None:
        text = title.get_text()
        spaced = spaced_site_tail(text, anchors, address, structured)
        if spaced != text:
            title.string = spaced
