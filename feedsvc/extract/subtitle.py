"""The subtitle shown right after the headline."""

from __future__ import annotations

import re

from bs4 import Tag

from .lexicon import INFO_LABELS
from .lexicon import alternation
from .sectionheads import section_heading
from .text import attr_words
from .text import squash

SUBTITLE_CLASSES = frozenset(
    {"sub", "subtitle", "sub-title", "sub_title", "subhead", "fbt", "futi", "fu_title", "futitle"}
)

INFO_WORDS = re.compile(rf"{alternation(*INFO_LABELS)}|\d{{4}}[-年/.]\d{{1,2}}")


def subtitle_after(tag: Tag) -> str | None:
    """The subtitle in a block right after the headline's *tag* (——副题, a subtitle class, a
    short <h2>), or None. A magazine may set its deck under the info line instead (文｜X, the
    time, 来源于《财新周刊》, then <div class="subhead">): a subtitle class past it still tells."""
    if tag.name == "founder-title":  # Founder e-papers: <founder-subtitle> in the row below
        return next((squash(s.get_text(" ")) for s in tag.find_all_next("founder-subtitle")), None)
    info = False
    for sibling in tag.find_next_siblings(limit=3):
        if not isinstance(sibling, Tag):
            continue
        text = squash(sibling.get_text(" "))
        if not text:
            continue
        words = attr_words(sibling)
        if text.startswith(("——", "—")) and len(text) <= 120 and not info:
            return text.lstrip("—- ")
        tokens = {w.lower() for w in words.split()}
        if tokens & SUBTITLE_CLASSES and len(text) <= 120 and not INFO_WORDS.search(text):
            return text.lstrip("—- ")
        if not info and len(text) <= 150 and INFO_WORDS.search(text):
            info = True  # the info line between the headline and a classed deck
            continue
        if (
            not info
            and sibling.name in ("h2", "h3", "h4")
            and len(text) <= 60
            and not INFO_WORDS.search(text)
            and not re.search(r"相关|推荐|热门|热点|阅读|评论|专题|导航|排行", text)
            and not section_heading(sibling)  # 简述 opening the text's first section
        ):
            return text.lstrip("—- ")
        return None
    return None
