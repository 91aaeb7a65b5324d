"""A <title> that is only the site's name: its home logo's, or its owner's as the footer's
copyright line gives it (``<title>某某市某某小学</title>`` over ``版权所有：某某市某某小学``):
a small site's fixed <title>, the same on every page, never a headline. Its name ends in no
word a site's name ends in (网, 中心, 局), so nothing else tells it from a short headline."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bs4 import BeautifulSoup
from bs4 import Tag

from .logotitle import logo_titled
from .text import compact
from .text import squash
from .titletext import TITLE_SPLIT
from .unitsite import COPYRIGHT_OWNER

#: A company's kind after its brand: 版权所有 © 某某人寿保险股份有限公司 under <title>某某人寿,
#: 青岛某某工程有限公司 under <title>某某.
COMPANY = re.compile(r"[\u4e00-\u9fff]{0,6}(?:有限责任公司|有限公司|公司|集团)")
#: How long a place before the brand in a company's name may be (青岛, 湖南长沙).
PLACE = 4

#: The words a copyright line holds.
RIGHTS = re.compile(r"版权所有|版權所有|Copyright|©", re.I)


def owner_titled(texts: Iterable[str], doc_title: str, placed: bool = False) -> bool:
    """Whether the <title> is one name that a copyright line among *texts* names as the owner
    (or as the owner's brand, before its company's kind; with *placed*, after its place too,
    or before a short column's name: 某某银行-部门门户)."""
    parts = [p for p in TITLE_SPLIT.split(doc_title.strip()) if p.strip()]
    if not parts or len(parts) > 1 and (not placed or any(len(compact(p)) > 6 for p in parts[1:])):
        return False
    name = compact(parts[0])
    if not (2 if placed else 4) <= len(name) <= 24:
        return False
    for text in texts:
        if not RIGHTS.search(text):
            continue
        for m in COPYRIGHT_OWNER.finditer(text):
            if _owns(compact(m["n"] or m["m"] or m["c"] or ""), name, PLACE if placed else 0):
                return True
    return False


def _owns(owner: str, name: str, place: int) -> bool:
    """Whether *owner* is *name* (of four characters or more), or a company of that brand
    after a place of up to *place* characters."""
    at = owner.find(name)
    if at < 0 or at > place:
        return False
    rest = owner[at + len(name) :]
    return bool(COMPANY.fullmatch(rest)) or (at == 0 and not rest and len(name) >= 4)


def owner_site(texts: Iterable[str], doc_title: str) -> str | None:
    """The <title> as the site's name, when a copyright line names it as the owner."""
    return squash(doc_title) if owner_titled(texts, doc_title) else None


def owner_first(texts: Iterable[str], doc_title: str) -> str | None:
    """The <title>'s first part as the site's name, when a copyright line names it as the
    owner and a short column's name follows it (某某银行-部门门户)."""
    parts = [p for p in TITLE_SPLIT.split(doc_title.strip()) if p.strip()]
    if len(parts) > 1 and owner_titled(texts, doc_title, placed=True):
        return squash(parts[0])
    return None


def _copyright_texts(soup: BeautifulSoup) -> list[str]:
    """The text of the blocks holding the page's first copyright words."""
    found = []
    for node in soup.find_all(string=RIGHTS, limit=8):
        parent = node.parent
        found.append(squash(parent.get_text(" ")) if isinstance(parent, Tag) else str(node))
    return found


def site_titled(soup: BeautifulSoup, doc_title: str, anchors: list[Tag]) -> bool:
    """Whether the <title> names the site alone: the home logo's text (JLUIE_Society_website)
    or the owner that a copyright line names."""
    texts = _copyright_texts(soup)
    return bool(logo_titled(doc_title, anchors)) or owner_titled(texts, doc_title, placed=True)
