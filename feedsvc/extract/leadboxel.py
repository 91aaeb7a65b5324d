"""The editors' lead box as an element of its own over the text.

Many portals set the lead box (导读：…, 【摘要】…, 内容提要：…) in a block of its own between the
info line and the element that holds the text. Such a block, followed by the element holding
most of the container's text, is the editors' summary, not the text's start. A 导读 or 导语
paragraph inside the text's own element is the text's opening and is left alone.
"""

from __future__ import annotations

import re

from bs4 import Tag

from .sizes import Sizes

#: 导读：, 【导语】, 内容提要：, 摘要｜, 核心提示: the label a lead box opens with.
LEAD_BOX_LABEL = re.compile(
    r"^\s*[\[【(（]?\s*(?:导读|導讀|导语|導語|内容提要|內容提要|提要|(?:内容)?摘要|核心提示)"
    r"\s*[:：】\]）)|｜]"
)

#: The longest lead box: a few sentences.
LONGEST = 400

#: The share of the container's text that the element after the box holds.
TEXT_SHARE = 0.5


def lead_box_element(tag: Tag, size: int, total: int, sizes: Sizes) -> bool:
    """Whether *tag* (*size* characters of a container of *total*) is a lead box set before
    a sibling element that holds the text (*sizes*: the container's text lengths)."""
    if tag.name not in ("div", "section") or not 10 <= size <= LONGEST:
        return False
    if not LEAD_BOX_LABEL.match(tag.get_text()):
        return False
    for sibling in tag.find_next_siblings(True, limit=3):
        if isinstance(sibling, Tag) and sizes.text_len(sibling) >= TEXT_SHARE * total:
            return True
    return False
