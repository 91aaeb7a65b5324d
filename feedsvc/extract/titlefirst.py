"""The headline of a <title> that names the site first (``青梧技术社区 - 标题``, ``码海博客 |
标题``), as community and blog themes write it, when no heading shows the headline (the page
links it, or sets it in a plain block).

Read alone, the two parts of such a <title> say nothing of which is the site: a short headline
could be a name, a long site name a headline. The page says it: the first part is the site's name
its metas give (og:site_name), or the text of the link to the home page (the logo).
"""

from __future__ import annotations

from .logosite import home_link
from .metadata import Structured
from .nameshape import looks_like_outlet
from .text import TagIndex
from .text import compact
from .text import find_tag
from .text import squash
from .titletext import TITLE_SPLIT
from .titletext import site_names

#: How many links, from the top of the page, may hold the logo.
LOGO_LINKS = 30


def site_led_headline(doc_title: str, index: TagIndex, structured: Structured) -> str | None:
    """The last of the two parts of *doc_title* when the first is the site's own name and the
    last is not; None otherwise."""
    parts = [p for p in TITLE_SPLIT.split(doc_title) if p.strip()]
    if len(parts) != 2:
        return None
    first, last = compact(parts[0]), compact(parts[1])
    if len(last) < 4 or len(first) < 2:
        return None
    sites = site_names(structured)
    if last in sites:
        return None
    if first in sites or _home_link_reads(index, first, last):
        return squash(parts[1])
    return None


def _home_link_reads(index: TagIndex, first: str, last: str) -> bool:
    """Whether a link to the home page near the top reads *first* (its text or its logo's alt),
    and none reads *last*."""
    found = False
    for link in index.named("a")[:LOGO_LINKS]:
        href = link.get("href")
        if not isinstance(href, str) or not home_link(href):
            continue
        image = find_tag(link, "img")
        alt = image.get("alt") if image is not None else None
        texts = {compact(link.get_text()), compact(alt) if isinstance(alt, str) else ""}
        if last in texts:
            return False
        found = found or first in texts
    return found


def site_leading(parts: list[str], headline: str) -> str | None:
    """The first of the two parts of a <title> when the last is the headline chosen and the
    first reads as an outlet's name (木栈开发者社区 - 标题): the site's own name."""
    if len(parts) != 2 or not headline or squash(parts[1]) != squash(headline):
        return None
    name = squash(parts[0])
    return name if 2 <= len(name) <= 16 and looks_like_outlet(name) else None
