"""A review's facts opening the text: the lead with the writer's credit comes after them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block

#: 电影：《X》, 导演：Y, 主演：A、B, 书名：…: the facts of the work a film, book or album review
#: sets as plain lines before its first paragraph, which opens with the writer's credit
#: (（文/张三）美国的南方…).
FACT_LINE = re.compile(
    r"^\s*(?:电影|電影|影片|片名|原名|译名|譯名|导演|導演|编剧|編劇|主演|演员|演員|类型|類型"
    r"|片长|片長|上映(?:日期|时间|時間)?|出品|制片|製片|发行|發行|剧名|劇名|专辑|專輯|歌手|书名|書名"
    r"|出版社|出版|定价|定價)\s*[:：]"
)


def lead_after_facts(blocks: Sequence[Block]) -> str:
    """The text of the first block, past the fact lines of a review opening the text (up to
    six, each 80 characters or less); the first block's when no prose follows them."""
    for block in blocks[:7]:
        if len(block.text) > 80 or FACT_LINE.match(block.text) is None:
            return block.text
    return blocks[0].text if blocks else ""
