"""A <title> every page of a small site shares: the name its header logo shows, alone or with a
word for a web site after it (``JLUIE_Society_website`` under ``<a class="logo">JLUIE_Society
</a>``, 某某学会官网), or the title of its home link (``<a href="/" title="某某" rel="home">``).
Such a <title> declares no headline, and names the site by the logo."""

from __future__ import annotations

import re
from itertools import islice

from bs4 import Tag

from .text import attr_words
from .text import compact
from .text import squash

#: The class or id words of a site's logo or name in its header.
LOGO_WORDS = re.compile(r"\blogo\b|site[-_]?(?:title|name|brand)|navbar-brand|blog[-_]?title", re.I)

#: A word for a web site after its name: website, homepage, 官网, 官方网站, 主页.
SITE_WORD = re.compile(
    r"[\s_|｜\-–—]*(?:web\s*site|site|home\s*page|homepage|官网|官網|官方网站|官方網站|网站|網站|主页|主頁)?",
    re.I,
)

#: How many of the page's first links may be its header's logo.
HEADER_LINKS = 100


def logo_titled(doc_title: str, anchors: list[Tag]) -> str | None:
    """The logo's name when the <title> is only that name (and a word for a web site)."""
    title = squash(doc_title)
    if not title:
        return None
    for anchor in islice(anchors, HEADER_LINKS):  # the header's logo, among the first links
        holder = anchor.parent if isinstance(anchor.parent, Tag) else anchor
        home = "home" in (anchor.get("rel") or ())  # <a href="/" title="某某" rel="home"><img>
        if not home and not LOGO_WORDS.search(f"{attr_words(anchor)} {attr_words(holder)}"):
            continue  # <a class="logo">, <div class="site-name"><a href="/">
        name = squash(anchor.get_text(" ")) or squash(str(anchor.get("title") or ""))
        if 2 <= len(compact(name)) <= 30 and title.startswith(name):
            if SITE_WORD.fullmatch(title[len(name) :]):
                return name
    return None
