"""A <title> that is only the site's name: its home logo's, or its owner's as the footer's
copyright line gives it (``<title>某某市某某小学</title>`` over ``版权所有：某某市某某小学``):
a small site's fixed <title>, the same on every page, never a headline. Its name ends in no
word a site's name ends in (网, 中心, 局), so nothing else tells it from a short headline."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4 import Tag

from .logotitle import logo_titled
from .text import compact
from .text import squash
from .titletext import TITLE_SPLIT
from .unitsite import COPYRIGHT_OWNER

#: The words a copyright line holds.
RIGHTS = re.compile(r"版权所有|版權所有|Copyright|©", re.I)


def owner_titled(soup: BeautifulSoup, doc_title: str) -> bool:
    """Whether the <title> is one name that a copyright line on the page names as the owner."""
    name = compact(doc_title)
    if not 4 <= len(name) <= 24 or len(TITLE_SPLIT.split(doc_title.strip())) != 1:
        return False
    for node in soup.find_all(string=RIGHTS, limit=8):
        parent = node.parent
        text = squash(parent.get_text(" ")) if isinstance(parent, Tag) else str(node)
        for m in COPYRIGHT_OWNER.finditer(text):
            if compact(m["n"] or m["m"] or m["c"] or "") == name:
                return True
    return False


def site_titled(soup: BeautifulSoup, doc_title: str, anchors: list[Tag]) -> bool:
    """Whether the <title> names the site alone: the home logo's text (JLUIE_Society_website)
    or the owner that a copyright line names."""
    return bool(logo_titled(doc_title, anchors)) or owner_titled(soup, doc_title)
