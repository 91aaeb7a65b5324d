"""A 来源 (出处) whose name is a link to another site: the site the story was taken from
(``出处：<a href="https://www.other.com/news/1.html">某某星空</a>``), an outlet even when its
name reads like a person's."""

from __future__ import annotations

from collections.abc import Sequence

from .addresses import host_of
from .text import Line

#: the second-level labels under which a country's sites register (``sina.com.cn``)
_SECOND_LEVEL = frozenset({"com", "net", "org", "gov", "edu", "co", "ac"})


def site_of(address: str | None) -> str | None:
    """The registered domain of *address* (``news.sina.com.cn`` → ``sina.com.cn``)."""
    host = host_of(address)
    labels = host.split(".")
    if len(labels) < 2:
        return None
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def linked_away(
    lines: Sequence[Line], labelled: Sequence[tuple[str, int]], address: str | None
) -> set[str]:
    """The names of *labelled* (name, line) 来源 values that are set as a link to a site
    other than the page's own at *address*."""
    own = site_of(address)
    out: set[str] = set()
    if own is None:
        return out
    for name, at in labelled:
        for link in lines[at].element.find_all("a", href=True):
            href = str(link.get("href", ""))
            if link.get_text(strip=True) != name or not href.startswith(("http", "//")):
                continue
            other = site_of(href if href.startswith("http") else "http:" + href)
            if other is not None and other != own:
                out.add(name)
    return out
