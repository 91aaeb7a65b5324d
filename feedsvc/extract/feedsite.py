"""The site a blog's feed link names, when the <title> names it too: ``标题 « Free Mind`` with
``<link rel="alternate" type="application/rss+xml" title="Free Mind RSS Feed">``. Blog engines
(WordPress, Hexo, Jekyll) title the feed by the blog's name; read alone, a two-word Latin name
(Free Mind) could be a person's, but the feed says it is the site's."""

from __future__ import annotations

import re

from bs4 import Tag

from .text import squash

#: The words a feed's title ends with after the site's name: RSS Feed, Atom Feed, » Feed, 订阅.
FEED_WORDS = re.compile(
    r"\s*(?:[»›:：|-]\s*)?(?:(?:RSS|Atom|rss|atom)\s*)?(?:Feed|feed|订阅|訂閱)?$"
)

FEED_TYPES = ("application/rss+xml", "application/atom+xml")


def feed_site(parts: list[str], links: list[Tag]) -> str | None:
    """The <title>'s part after the headline that a site feed's link is titled by."""
    names = {squash(p) for p in parts[1:]}
    if not names:
        return None
    for link in links:
        kind, title = link.get("type"), link.get("title")
        if kind not in FEED_TYPES or not isinstance(title, str):
            continue
        name = FEED_WORDS.sub("", squash(title))
        if 2 <= len(name) <= 30 and name in names:
            return name
    return None
