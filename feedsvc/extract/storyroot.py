"""The element a platform keeps a story's whole text in (a 公众号 post's ``#js_content``,
markup's ``itemprop="articleBody"``): when the best-scoring block sits inside it, the story is
all of it. Posts laid out in an editor's nested ``<section>``s score in pieces, and one piece
of the text can outscore the rest."""

from __future__ import annotations

from bs4 import Tag

from .sizes import Sizes

#: How many levels up the story's element may be, and how much more text it must hold.
LEVELS = 12
MORE_TEXT = 1.5


def story_root(best: Tag, sizes: Sizes) -> Tag:
    """*best*, or the story element around it holding much more text."""
    tag: Tag | None = best.parent if isinstance(best.parent, Tag) else None
    for _ in range(LEVELS):
        if tag is None or tag.name in ("body", "html"):
            return best
        if _story_element(tag):
            more = sizes.text_len(tag) >= MORE_TEXT * sizes.text_len(best)
            return tag if more and id(tag) not in sizes.removed else best
        tag = tag.parent if isinstance(tag.parent, Tag) else None
    return best


def _story_element(tag: Tag) -> bool:
    """Whether *tag* is a platform's element for the story's text alone."""
    raw: str | list[str] = tag.get("class") or []
    classes = [raw] if isinstance(raw, str) else list(raw)
    return (
        tag.get("id") == "js_content"
        or "rich_media_content" in classes
        or tag.get("itemprop") == "articleBody"
    )
