"""The site the <title> names last when the page's home logo bears the same name: ``标题_生活_
联酷资讯`` under ``<a href="/"><img alt="联酷资讯"></a>``. Read alone, such a name (某某资讯,
某某动态) could be a column's; the logo says it is the site's."""

from __future__ import annotations

import re

from bs4 import Tag

from .addresses import split_url
from .nameshape import looks_like_outlet
from .text import squash


def logo_site(parts: list[str], images: list[Tag]) -> str | None:
    """The <title>'s last part (of two or more), when an image linking to the home page has it
    as its alt text."""
    if len(parts) < 2:
        return None
    name = squash(parts[-1])
    if not 2 <= len(name) <= 16 or not looks_like_outlet(name):
        return None
    for image in images:
        alt = image.get("alt")
        if not isinstance(alt, str) or squash(alt) != name:
            continue
        link = image.parent
        if isinstance(link, Tag) and link.name != "a":
            link = link.parent  # <a href="/"><span><img alt=…></span></a>
        href = link.get("href") if isinstance(link, Tag) and link.name == "a" else None
        if isinstance(href, str) and home_link(href):
            return name
    return None


#: The paths of a site's home page.
HOME_PATHS = ("", "/", "/index.html", "/index.htm", "/index.php", "./")


#: The ends of an address whose path may be a home page's (``javascript:`` splits to none).
HOME_ENDS = ("/", "index.html", "index.htm", "index.php", ":")


def home_link(href: str) -> bool:
    """Whether *href* points to a site's home page (``/``, ``/index.html``, ``https://host/``)."""
    href = href.strip()
    bare = href.split("#", 1)[0].split("?", 1)[0]
    if bare and not bare.endswith(HOME_ENDS) and "//" not in bare and not _UNSAFE.search(bare):
        return False  # a page's own path (most links of a page): no need to split it
    parts = split_url(href)
    return parts is not None and parts.path in HOME_PATHS


#: What urlsplit removes from an address before reading it.
_UNSAFE = re.compile(r"[\t\r\n]")
