"""The site the <title> names last when the page's home logo bears the same name: ``标题_生活_
联酷资讯`` under ``<a href="/"><img alt="联酷资讯"></a>``. Read alone, such a name (某某资讯,
某某动态) could be a column's; the logo says it is the site's. When the <title> is the headline
alone, a home logo bearing an outlet's or an organisation's name (柳溪新闻网) is the site's. A
<title> that is only a web site's name (``<title>青春朝阳网</title>`` over a headline of its own, as
small sites' CMSs title every page) names the site."""

from __future__ import annotations

import re

from bs4 import Tag

from .addresses import split_url
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .text import attr_words
from .text import compact
from .text import find_tag
from .text import squash


def logo_site(parts: list[str], images: list[Tag], headline: str = "") -> str | None:
    """The <title>'s last part (of two or more), when an image linking to the home page has it
    as its alt text; or the <title> alone, when it is only a web site's name."""
    if len(parts) == 1:
        return web_titled(squash(parts[0]), headline)
    if len(parts) < 2:
        return None
    name = squash(parts[-1])
    if not 2 <= len(name) <= 16 or not looks_like_outlet(name):
        return None
    for image in images:
        alt = image.get("alt")
        if isinstance(alt, str) and squash(alt) == name and _links_home(image):
            return name
    return None


#: A web site's name: 青春朝阳网, 某某在线 (not a headline, which says what happened).
WEB_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,14}(?:网|網|在线|在線)")


def web_titled(title: str, headline: str) -> str | None:
    """The <title> as the site's name, when it is only a web site's name and not the headline."""
    if not headline or title == squash(headline) or not WEB_NAME.fullmatch(title):
        return None
    return title if looks_like_outlet(title) else None


#: The images of a page's top that may be its logo.
LOGO_LOOKAHEAD = 8


def logo_alone(images: list[Tag]) -> str | None:
    """The name a logo linking home bears, when the <title> names no site (it is the headline
    alone): an outlet's or an organisation's name (柳溪新闻网, 某某县人民政府), never a
    slogan's or a word's (logo, 返回首页)."""
    for image in images[:LOGO_LOOKAHEAD]:
        alt = image.get("alt")
        name = squash(alt) if isinstance(alt, str) else ""
        if 2 <= len(name) <= 16 and ORG_HINT.search(name) and looks_like_outlet(name):
            return name if _links_home(image) else None
    return None


def _links_home(image: Tag) -> bool:
    """Whether *image* sits in a link to the site's home page."""
    link = image.parent
    if isinstance(link, Tag) and link.name != "a":
        link = link.parent  # <a href="/"><span><img alt=…></span></a>
    href = link.get("href") if isinstance(link, Tag) and link.name == "a" else None
    return isinstance(href, str) and home_link(href)


#: The paths of a site's home page.
HOME_PATHS = ("", "/", "/index.html", "/index.htm", "/index.php", "./", "/.", ".")


#: The ends of an address whose path may be a home page's (``javascript:`` splits to none).
HOME_ENDS = ("/", "/.", "index.html", "index.htm", "index.php", ":")


def home_link(href: str) -> bool:
    """Whether *href* points to a site's home page (``/``, ``/.``, ``/index.html``,
    ``https://host/``)."""
    href = href.strip()
    bare = href.split("#", 1)[0].split("?", 1)[0]
    if bare and not bare.endswith(HOME_ENDS) and "//" not in bare and not _UNSAFE.search(bare):
        return False  # a page's own path (most links of a page): no need to split it
    parts = split_url(href)
    return parts is not None and parts.path in HOME_PATHS


#: What urlsplit removes from an address before reading it.
_UNSAFE = re.compile(r"[\t\r\n]")


def home_name(element: Tag, text: str) -> bool:
    """Whether *text*, a line of *element*, is all of a link to the home page: the site's name
    in its header (``<a href="/." class="logo">文字 × 某某</a>``), no byline."""
    link = element if element.name == "a" else find_tag(element, "a")
    return (
        link is not None
        and home_link(str(link.get("href") or ""))
        and squash(link.get_text(" ")) == squash(text)
    )


def home_logo(tag: Tag, c: str) -> bool:
    """Whether the heading *tag* reading *c* (compacted) is the site's logo: classed so
    (``<h1 class="navbar-brand logo">``), or one link whole to the site's home page."""
    if {"logo", "navbar-brand"} & set(attr_words(tag).split()):
        return True
    link = find_tag(tag, "a")
    href = link.get("href") if link is not None else None
    linked = link is not None and len(compact(link.get_text())) == len(c)
    return isinstance(href, str) and linked and home_link(href)
