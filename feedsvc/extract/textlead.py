"""A 导语 paragraph among the text's own paragraphs: the story's lead, not a lead box.

The trim drops a paragraph opening with 导语： as the editors' lead box (:mod:`.leadwidgets`),
and so it is when the box stands apart: a ``div.lead`` of its own, a blockquote. But many
portals' editors open the text itself with its lead labelled 导语： (2010s 新浪 sub-sites): a
plain paragraph beside the others, the text's start.
"""

from __future__ import annotations

import re

from bs4 import Tag

from .blocks import Block
from .text import find_tags

#: 导语：…: the story's lead labelled (a 编辑导语, 核心提示 or 摘要 is the editors' box).
TEXT_LEAD = re.compile(r"^\s*(?:导语|導語)\s*[:：]")

#: A paragraph of the text beside it: 20 characters or more.
SIBLING_TEXT = 20


def with_text_lead(blocks: list[Block], kept: list[Block], root: Tag) -> list[Block]:
    """*kept* (the trimmed text of *blocks*) with the 导语 paragraph the trim dropped just
    before it (figures between) put back, when the paragraph stands among the text's own."""
    if not kept:
        return kept
    start = next((i for i, b in enumerate(blocks) if b is kept[0]), None)
    if start is None:
        return kept
    at = start - 1
    while at >= 0 and blocks[at].kind == "figure":
        at -= 1
    lead = blocks[at] if at >= 0 else None
    if lead is None or lead.kind != "p" or TEXT_LEAD.match(lead.text) is None:
        return kept
    return blocks[at:start] + kept if _among_text(root, lead.text) else kept


def _among_text(root: Tag, text: str) -> bool:
    """Whether the <p> of *root* holding *text* sits beside other paragraphs of text, not in
    a box (a blockquote, a ``div`` of its own)."""
    head = text.strip()[:12]
    for p in find_tags(root, ("p",), limit=12):
        if head not in p.get_text():
            continue
        parent = p.parent
        if not isinstance(parent, Tag) or parent.name == "blockquote":
            return False
        others = [s for s in parent.find_all("p", recursive=False, limit=6) if s is not p]
        return any(len(s.get_text(strip=True)) >= SIBLING_TEXT for s in others)
    return False
