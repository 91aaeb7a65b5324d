"""The editors' lead box as the whole text.

A lead box (【导语】…, 内容提要：…) over an article is the editors' summary, set aside. But a
live page (图文直播), a video's page or a 专题 shows the lead box alone under its headline, its
updates, clips and links being no text: there the lead box is the text, its label left out.
"""

from __future__ import annotations

import html

from .blocks import Block
from .leadwidgets import LEAD_LABEL

#: The shortest lead box that is read as the text: a sentence or two.
SHORTEST = 40


def lead_alone(blocks: list[Block]) -> list[Block]:
    """The lead box among *blocks* (the container's, before the trim) as the text, when the
    trim kept nothing; none when there is no such box."""
    for block in blocks:
        label = LEAD_LABEL.match(block.text) if block.kind == "p" else None
        if label is None:
            continue
        text = block.text[label.end() :].strip()
        if len(text) >= SHORTEST:
            return [Block("p", html.escape(text), text)]
    return []
