"""The editors' lead box as the whole text.

A lead box (【导语】…, 内容提要：…) over an article is the editors' summary, set aside. But a
live page (图文直播), a video's page or a 专题 shows the lead box alone under its headline, its
updates, clips and links being no text: there the lead box is the text, its label left out.
Such a page also labels its text as the clip's or the live's introduction (【简介】, 视频简介：):
the label is no text either.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

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


#: 【简介】, 视频简介：, 內容簡介: the label of the introduction a video or live page shows as
#: its text, in the paragraph's first bold run or not.
INTRO_LABEL = re.compile(
    r"^\s*(?:<(b|strong|span)>)?\s*[【\[]?\s*(?:视频|視頻|影片|节目|節目|直播|内容|內容)?"
    r"(?:简介|簡介)\s*(?:[】\]]\s*[:：]?|[:：])\s*(?:</\1>)?\s*"
)


def without_intro_label(blocks: list[Block]) -> list[Block]:
    """*blocks*, the text's, with the introduction's label taken off the first paragraph."""
    first = blocks[0] if blocks else None
    if first is None or first.kind != "p":
        return blocks
    label = INTRO_LABEL.match(first.html)
    if label is None or not INTRO_LABEL.match(first.text):
        return blocks
    if label.group(1) and not label.group(0).rstrip().endswith(f"</{label.group(1)}>"):
        return blocks  # the whole paragraph in bold: its tag is left whole
    text = INTRO_LABEL.sub("", first.text, count=1)
    if len(text) < SHORTEST:
        return blocks
    return [replace(first, html=first.html[label.end() :], text=text), *blocks[1:]]
