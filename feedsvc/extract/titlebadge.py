"""A badge closing the headline's heading: ``<h1>标题 <span><img> 自动翻译</span></h1>``, a
translation or 原创 / 独家 mark that the metas and the <title> do not carry."""

from __future__ import annotations

from bs4 import Tag
from bs4.element import NavigableString

from .text import squash

#: The longest badge read as one (自动翻译, 机器翻译, 原创, 独家).
BADGE_MAX = 8


def _last_tag(heading: Tag) -> Tag | None:
    """The element that closes *heading*, with only spaces after it; None if text does."""
    for child in reversed(heading.contents):
        if isinstance(child, Tag):
            return child
        if isinstance(child, NavigableString) and child.strip():
            return None
    return None


def without_badge(heading: Tag, line: str, declared: str | None) -> str:
    """*line*, the text of *heading*, without the badge its last element adds after the
    *declared* headline (og:title, <title>); else *line* as it is."""
    declared = squash(declared or "").strip()
    if not declared or not line.startswith(declared) or line == declared:
        return line
    rest = line[len(declared) :].strip()
    last = _last_tag(heading)
    if not rest or len(rest) > BADGE_MAX or last is None:
        return line
    return declared if squash(last.get_text(" ")).strip() == rest else line
