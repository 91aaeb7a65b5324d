"""The headline as a block of the page shows it, when only the <title> declares it.

Campus, hospital and office sites often show the headline in a plain table cell or block that
no heading tag or class marks, and title the page ``标题-某某大学医学院-新闻网`` or with a
headline that holds a hyphen itself (``标题-副题``). Cutting such a <title> by its separators
keeps too much or too little; the block shows how much of it is the headline: the longest head
of the <title>, ending at a separator or at its end, that a block shows whole.
"""

from __future__ import annotations

import re

from bs4 import Tag
from bs4.element import NavigableString

from .text import TagIndex
from .text import compact
from .text import find_ancestor
from .text import squash
from .titleabove import heading_lines

#: A separator of a <title>'s parts: a hyphen, a dash, an underscore or a bar.
PART_END = re.compile(r"\s*[-_|｜–—]+\s*")

#: The blocks that show a headline with nothing marking them.
SHOWN_IN = ("td", "div", "p", "span", "strong", "b", "font")

#: Where a block's text is a link, a menu or a head element, not the headline shown.
NOT_SHOWN = ("a", "option", "select", "head", "li", "script", "style")


#: 标题(养生杂谈), 标题（健康资讯）: the column in brackets closing a <title>, as older portals
#: title a story; the headline is the head before it when a block shows that head whole.
COLUMN_TAIL = re.compile(r"\s*[(（][^()（）]{2,12}[)）]\s*$")


def _heads(doc_title: str) -> dict[str, str]:
    """The heads of *doc_title* that end at a separator, at a bracketed column closing it or at
    its end, compacted: as written."""
    text = squash(doc_title)
    ends = [m.start() for m in PART_END.finditer(text) if m.start() > 0]
    ends += [m.start() for m in COLUMN_TAIL.finditer(text) if m.start() > 0]
    if not ends:
        return {}
    heads = {compact(text[:end]): squash(text[:end]) for end in [*ends, len(text)]}
    return {c: head for c, head in heads.items() if len(c) >= 6}


def shown_head(index: TagIndex, doc_title: str) -> tuple[str, Tag] | None:
    """The longest head of a <title> with separators that a block of the page shows whole,
    and that block; None when no block shows one."""
    heads = _heads(doc_title)
    if not heads:
        return None
    best: tuple[str, Tag] | None = None
    longest = 0  # the compacted length of best's head
    for name in SHOWN_IN:
        for tag in index.named(name):
            string = tag.string
            if type(string) is not NavigableString:  # none, a comment, a CDATA
                continue
            c = compact(str(string))
            if c in heads and len(c) > longest and find_ancestor(tag, *NOT_SHOWN) is None:
                best, longest = (heads[c], tag), len(c)
    return best


def other_than_shown(index: TagIndex, doc_title: str, above: Tag) -> bool:
    """Whether a block of the page shows the head of a <title> that declares a headline, and
    the heading above an info line says something else."""
    shown = shown_head(index, doc_title) if doc_title else None
    if shown is None or shown[1] is above:
        return False
    lines = heading_lines(above)
    return not lines or compact(lines[0]) not in compact(doc_title)
