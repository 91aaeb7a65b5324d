"""The site a blog's feed link names, when the <title> names it too: ``标题 « Free Mind`` with
``<link rel="alternate" type="application/rss+xml" title="Free Mind RSS Feed">``. Blog engines
(WordPress, Hexo, Jekyll) title the feed by the blog's name; read alone, a two-word Latin name
(Free Mind) could be a person's, but the feed says it is the site's. A feed's title and a link
home naming the same site also outweigh a <title> that names only the section before the
headline (``桌面应用|标题``)."""

from __future__ import annotations

import re

from bs4 import Tag

from .hometext import HOME_WORDS
from .hometext import home_anchors
from .text import squash

#: The page's feed links and its anchors.
FeedTags = tuple[list[Tag], list[Tag]]

#: The words a feed's title ends with after the site's name: RSS Feed, Atom Feed, » Feed, 订阅.
FEED_WORDS = re.compile(
    r"\s*(?:[»›:：|-]\s*)?(?:(?:RSS|Atom|rss|atom)\s*)?(?:Feed|feed|订阅|訂閱)?$"
)

FEED_TYPES = ("application/rss+xml", "application/atom+xml")

#: A feed of part of a site (its comments, a tag, a post's replies), not of the site itself.
FEED_OF_PART = re.compile(r"[»›|:：]|评论|評論|留言|comment|标签|標籤|tag", re.I)


def feed_site(parts: list[str], links: list[Tag]) -> str | None:
    """The <title>'s part after the headline that a site feed's link is titled by; or, when
    the <title> is the headline alone, the name the site's first feed link gives."""
    names = {squash(p) for p in parts[1:]}
    for link in links:
        kind, title = link.get("type"), link.get("title")
        if kind not in FEED_TYPES or not isinstance(title, str):
            continue
        name = FEED_WORDS.sub("", squash(title))
        if len(parts) <= 1:
            return name if 2 <= len(name) <= 30 and not FEED_OF_PART.search(name) else None
        if 2 <= len(name) <= 30 and name in names:
            return name
    return None


def feed_home_site(site: str | None, parts: list[str], headline: str, tags: FeedTags) -> str | None:
    """The site's name a feed link's title opens with (``某某 中国◆开源社区 RSS``) and a link
    home reads (``<a href="/">某某 中国</a>``), over a <title> whose part before the headline
    (``桌面应用|标题``) is only a section: two marks of the site against one."""
    links, anchors = tags
    if len(parts) != 2 or site != squash(parts[0]) or squash(parts[1]) != squash(headline):
        return site
    homes = [squash(a.get_text(" ")) for a in home_anchors(anchors)]
    homes = [h for h in homes if 2 <= len(h) <= 30 and h.lower() not in HOME_WORDS]
    for link in links:
        kind, title = link.get("type"), link.get("title")
        if kind not in FEED_TYPES or not isinstance(title, str) or site in title:
            continue
        named = FEED_WORDS.sub("", squash(title))
        found = next((h for h in homes if named.startswith(h)), None)
        if found:
            return found
    return site
