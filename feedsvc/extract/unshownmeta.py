"""A headline meta that is no headline: one the page never shows, under a <title> that does not
declare it (og:title 江城在线——江城人自己的网站 on every story of a site whose <title> is only
the section, 本地新闻): the heading right above the info line is the headline then."""

from __future__ import annotations

from bs4 import BeautifulSoup
from bs4 import Tag

from .text import compact
from .titleabove import heading_above_info
from .titleabove import heading_lines
from .titletext import cut_title
from .titletext import names_only_site


def heading_over_meta(soup: BeautifulSoup, meta_title: str, doc_title: str) -> Tag | None:
    """The heading right above the info line when the headline meta *meta_title* is shown
    nowhere in the page's text, the <title> does not hold it, and the heading says something
    else; None when the meta may be the headline."""
    whole, cut, doc = compact(meta_title), compact(cut_title(meta_title)), compact(doc_title)
    if not cut or whole in doc or cut in doc:
        return None  # the <title> declares the meta's headline
    above = heading_above_info(soup, names_only_site(doc_title))
    lines = heading_lines(above) if above is not None else []
    shown = compact(lines[0]) if lines else ""
    if not shown or shown in doc or shown in whole or cut in shown:
        return None  # no heading, the section's name, or the meta's headline shown shorter
    if whole in compact((soup.body or soup).get_text()):
        return None  # the page shows the meta's words somewhere: it may be the headline
    return above
