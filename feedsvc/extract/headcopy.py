"""The headline's copies and deck opening a text container, and what marks a paragraph of prose."""

from __future__ import annotations

import re

from .blocks import Block
from .platformcredit import past_platform_note
from .text import compact

#: The note that closes a 公文's title block: （2016年9月29日…会议通过）, （2020年3月1日）.
TITLE_NOTE = re.compile(r"[（(][^（）()]{4,80}[）)]")


def noted_title(text: str, title: str) -> bool:
    """Whether *text* is the headline with the note in brackets that a law or decision carries
    under its title (when it was adopted), set in one block."""
    line, head = compact(text), compact(title)
    return (
        len(head) >= 6 and line.startswith(head) and bool(TITLE_NOTE.fullmatch(line[len(head) :]))
    )


def same_line(a: str, b: str) -> bool:
    a, b = compact(a), compact(b)
    return (
        bool(a)
        and bool(b)
        and (a == b or (len(b) >= 6 and a.startswith(b) and len(a) - len(b) <= 8))
    )


#: The end of a sentence, as an info line never has.
SENTENCE_END = re.compile(r"[\u4e00-\u9fff][。！？]")


def _title_lines(blocks: list[Block], title: str) -> int:
    """How many opening blocks spell the headline over several lines (a 公文's centred title)."""
    target = compact(title)
    joined = ""
    for i, block in enumerate(blocks[:6]):
        if block.kind == "figure":
            return 0
        joined += compact(block.text)
        if not joined or not target.startswith(joined):
            return 0
        if joined == target:
            return i + 1 if i > 0 else 0
    return 0


DATELINE_START = re.compile(
    r"^(?:新华社|中新社|中新网|本报|人民网|央视网)?\S{0,12}?\d{1,2}月\d{1,2}日[电讯]"
)


def _deck_lines(blocks: list[Block], copied: bool = False) -> int:
    """How many short headline lines (a wire story's deck: 强调 …, 李强蔡奇出席) precede the
    dateline that opens the text; after a *copied* headline, one line before the prose."""
    for i, block in enumerate(blocks[:6]):
        opens = DATELINE_START.match(block.text) or (copied and i == 1 and prose_block(block))
        if block.kind != "figure" and opens:
            deck = [b for b in blocks[:i] if b.kind != "figure"]
            if deck and all(_deck_line(b.text) for b in deck):
                return i
            return 0
    return 0


def _deck_line(text: str) -> bool:
    """A headline's line: short, no sentence's punctuation (刘某宣布建设启动 某某讲话)."""
    return len(text) <= 30 and not re.search(r"[。，！？：:]", text)


def after_headline(blocks: list[Block], title: str) -> list[Block]:
    """*blocks* after a copy of the headline, its lines spread over blocks, and a deck."""
    # When the container holds the headline, what comes before it (引题, breadcrumb) is not text,
    # unless it is a paragraph of sentences: a lead that the headline, asked again as the
    # heading of the answer (医保备案怎么办理), follows.
    copied = False
    for i, block in enumerate(blocks[:8]):
        if block.kind != "figure" and same_line(block.text, title):
            if not any(prose_block(b) for b in blocks[:i]):
                blocks, copied = blocks[i + 1 :], True
            break
    blocks = blocks[_title_lines(blocks, title) :]
    return past_platform_note(blocks[_deck_lines(blocks, copied) :])  # Matrix 是少数派的写作社区…


def prose_block(block: Block) -> bool:
    """A paragraph of sentences, as the text has somewhere when its opening lines are headings."""
    return (
        block.kind == "p" and len(block.text) > 40 and SENTENCE_END.search(block.text) is not None
    )
