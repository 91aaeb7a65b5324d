"""A deck over the byline: a feature's or a review's lead paragraph (an editor's note, a
summary set in another colour) printed above the writer's line (文／X, 撰文｜X), the text
starting under it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block

#: 文／羅翊寧, 撰文｜党元悦, 作者：林某: the writer's line alone, a name and no sentence.
WRITER_LINE = re.compile(
    r"^(?:文|撰文|作者|文字|采写|採寫)\s*[／/｜|丨:：]\s*[^\s，。！？,:：]{2,12}"
    r"(?:\s*[、,，]\s*[^\s，。！？,:：]{2,12}){0,2}$"
)
#: 编辑｜赵某, 圖／X, 责编：Y: the credits that may follow the writer's line.
CREDIT_LINE = re.compile(
    r"^(?:编辑|編輯|责编|責編|校对|校對|排版|美编|美編|图|圖|摄影|攝影|插画|插畫)"
    r"\s*[／/｜|丨:：]\s*[^\s，。！？,]{2,12}\s*$"
)
#: The end of a sentence: a deck is written in sentences.
SENTENCE = re.compile(r"[\u4e00-\u9fff”」）)][。！？]")


def _deck(blocks: Sequence[Block]) -> bool:
    """Whether *blocks* (before the writer's line) are a deck: one or two paragraphs of
    sentences, a short label (编按：) before them allowed."""
    paragraphs = [b for b in blocks if b.kind == "p" and b.text.strip()]
    if not paragraphs or len(paragraphs) > 3 or any(b.kind != "p" for b in blocks):
        return False
    if len(paragraphs) == 3 and len(paragraphs[0].text) > 8:
        return False
    return SENTENCE.search(paragraphs[-1].text) is not None and len(paragraphs[-1].text) <= 400


def past_deck_byline(blocks: list[Block]) -> list[Block]:
    """*blocks* from the text under the writer's line when a deck stands above it."""
    for i, block in enumerate(blocks[1:4], start=1):
        if not (block.kind == "p" and len(block.text) <= 30 and WRITER_LINE.match(block.text)):
            continue
        if not _deck(blocks[:i]):
            return blocks
        j = i + 1
        while j < len(blocks) and (not blocks[j].text.strip() or CREDIT_LINE.match(blocks[j].text)):
            j += 1
        rest = blocks[j:]
        if rest and rest[0].kind == "p" and SENTENCE.search(rest[0].text):
            return rest
        return blocks
    return blocks
