"""A dateline lead cut off from its paragraph: join it to the text again."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block
from .headcopy import SENTENCE_END
from .leadlines import lone_caption

#: 网易娱乐1月5日报道, 新华社北京3月2日电, 本报讯(4月8日): the outlet's dateline, with a date,
#: ending the line. Old portals set it in bold that opens before the lead photo and closes inside
#: the next paragraph (<strong><p><img>caption</p><p>网易娱乐1月5日报道 </strong>近日…</p>), so
#: the parsed page has it as a line of its own, the photo between it and its sentences. A
#: bracketed credit may close it (网易娱乐1月19日报道（图文/东星）): the same dateline. A photo
#: set may stand between (three or four pictures, each with its caption).
BARE_DATELINE = re.compile(
    r"^[^\s。，！？：:；;]{0,16}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
    r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*日\s*(?:专电|電|电|报道|報導|报导|讯|訊)"
    r"(?:\s*[（(][^（()）。，！？]{1,16}[）)])?$"
)

#: 本报讯（记者 甲 通讯员 乙）, 央视网消息（新闻联播）：, （中央社記者甲台北3日電）: an outlet's
#: dateline without a month, alone on its line over the text (and over a lead photo).
UNDATED_DATELINE = re.compile(
    r"^(?:本报讯|本報訊|本网讯|本網訊|本台讯|本臺訊)\s*[（(【\[][^（()）【】\[\]。，！？]{1,24}[）)】\]]$"
    r"|^[^\s。，！？：:]{2,8}消息\s*(?:[（(][^（()）。，！？]{1,10}[）)])?\s*[:：]$"
    r"|^[（(][^（()）。，！？]{2,24}?\d{1,2}\s*日\s*(?:專電|专电|電|电)[）)]$"
)


def join_bare_lead(blocks: list[Block]) -> list[Block]:
    """*blocks* with a bare dateline line opening them joined to the first paragraph after it
    (past the photos and captions between): the dateline and the sentences are one paragraph."""
    if not blocks or blocks[0].kind != "p" or len(blocks[0].text) > 30:
        return blocks
    lead = blocks[0]
    if not any(p.match(lead.text.strip()) for p in (BARE_DATELINE, UNDATED_DATELINE)):
        return blocks
    for i, block in enumerate(blocks[1:6], start=1):  # up to four photos between
        if block.kind == "figure" or lone_caption(block):
            continue  # a photo, or its caption left as a paragraph
        if block.kind != "p" or SENTENCE_END.search(block.text) is None:
            return blocks
        joined = replace(
            block,
            html=f"{lead.html.strip()} {block.html.lstrip()}",
            text=f"{lead.text.strip()} {block.text.lstrip()}",
        )
        return [joined, *blocks[1:i], *blocks[i + 1 :]]
    return blocks
