"""Photo captions: the line under a picture is its caption, its credit split off."""

from __future__ import annotations

import re

from bs4 import Tag

from .blocks import Block
from .blocks import Builder
from .captionbox import mark_caption_boxes
from .captionbox import mark_unkept_captions
from .leadlines import link_line
from .leadwidgets import GALLERY_CONTROLS
from .lexicon import CREDIT
from .lexicon import split_credit
from .text import squash

#: A photo's credit on a line of its own, under the photo and over its caption, as WeChat
#: posts set it: 摄影：小满, 图片来源：网络, 图/东方IC.
CREDIT_LINE = re.compile(r"^(?:摄影|拍摄|图片来源|图片|图源|供图|图)\s*[:：/／|丨]\s*\S.{0,20}$")


def _caption_line(blocks: list[Block], i: int) -> bool:
    """Whether *blocks[i]* is a short caption line set like one: centered or in a photo box,
    no sentence."""
    if i >= len(blocks):
        return False
    block = blocks[i]
    return (
        block.kind == "p"
        and len(block.text) <= 40
        and (block.centered or block.caption_like)
        and not re.search(r"[。！？]", block.text)
    )


def _centered_text(blocks: list[Block], i: int) -> bool:
    """Whether *blocks[i]* is a centered paragraph. When the line after a centered line under
    a picture is centered as well, the text is set centered throughout (as blogs set it), and
    the line under the picture is text, not its caption; a centered row of links under it
    (点击浏览更多图片) is the gallery's, not text."""
    if i >= len(blocks) or blocks[i].kind != "p" or not blocks[i].centered:
        return False
    return len(blocks[i].text) > 60 or not link_line(blocks[i].html)


def _sentences(block: Block) -> bool:
    """Whether a centered line under a picture is text, not its caption: two sentences or more
    and a clause between (春节将至，…新年。然而，…堵心。 under a post's banner)."""
    text = block.text
    return len(text) >= 40 and len(re.findall(r"[。！？]", text)) >= 2 and "，" in text


def _repeats_alt(figure: Block, line: Block) -> bool:
    """Whether *line* says what the picture's alt text says: a slideshow's caption under its
    picture (<img alt="…"><div class="carousel-caption">…</div>)."""
    return bool(figure.image_alt) and squash(line.text) == squash(figure.image_alt)


def _empty(block: Block) -> bool:
    """Whether *block* shows nothing: the table or paragraph of an ad slot left empty once its
    iframe is gone; or only a gallery's counter and pager (1/6, 上一张 下一张)."""
    if block.kind not in ("p", "table") or block.embed:
        return False
    return not block.text.strip() or GALLERY_CONTROLS.fullmatch(block.text.strip()) is not None


def _past_empty(blocks: list[Block], i: int) -> int:
    """The index of the first block after *blocks[i]* that shows something: a portal sets an ad
    slot between a photo and its caption (<img>, <table><iframe>…</table>, <p>caption</p>), a
    photo story the gallery's counter (<img><div>1/6</div><p>caption</p>)."""
    j = i + 1
    while j < len(blocks) and j <= i + 3 and _empty(blocks[j]):
        j += 1
    return j


def attach_captions(blocks: list[Block]) -> list[Block]:
    """Give each figure the caption line under it, and split off its photo credit."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        j = _past_empty(blocks, i) if block.kind == "figure" and not block.caption else i + 1
        if j > i + 1 and j < len(blocks) and blocks[j].kind == "p":
            if blocks[j].centered or blocks[j].caption_like:
                blocks = [*blocks[: i + 1], *blocks[j:]]  # the empty slot goes, the caption stays
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            block.kind == "figure"
            and not block.caption
            and nxt is not None
            and nxt.kind == "p"
            and len(nxt.text) <= 160
            and (
                (nxt.centered and not _centered_text(blocks, i + 2) and not _sentences(nxt))
                or nxt.caption_like
                or CREDIT_LINE.match(nxt.text) is not None
                or CREDIT.search(nxt.text) is not None
                or nxt.text.startswith(("图为", "图：", "图:", "▲", "△"))
                or _repeats_alt(block, nxt)
            )
        ):
            block.caption = nxt.text
            i += 1
            if CREDIT_LINE.match(nxt.text) and _caption_line(blocks, i + 1):
                block.caption, block.credit = blocks[i + 1].text, nxt.text
                i += 1
        if block.kind == "figure" and block.caption and not block.credit:
            caption, credit = split_credit(block.caption)
            block.caption, block.credit = caption, credit
        if block.kind == "figure" and block.caption:
            block.text = squash(f"{block.caption} {block.credit or ''}")
        out.append(block)
        i += 1
    return out


def build_blocks(container: Tag, base: str | None) -> list[Block]:
    """The blocks of *container*, with each figure's caption and credit attached."""
    mark_caption_boxes(container)
    if base is None:
        mark_unkept_captions(container)
    builder = Builder(base)
    builder.walk(container)
    return attach_captions(builder.blocks)
