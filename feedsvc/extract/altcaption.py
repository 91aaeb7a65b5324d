"""A centred line that repeats the alt text of the picture beside it: the picture's caption,
set apart from it by an old editor's markup (<center><img alt="X"><br>X</center>)."""

from __future__ import annotations

from dataclasses import replace

from .blocks import Block


def alt_captions(blocks: list[Block]) -> list[Block]:
    """*blocks*, with a short centred line that words the alt text of a picture next to it
    marked as a caption (read before the text as the picture's, not as its start)."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if block.kind == "p" and block.centered and 4 <= len(block.text) <= 60:
            near = blocks[max(0, i - 1) : i] + blocks[i + 1 : i + 2]
            text = block.text.strip()
            if any(b.kind == "figure" and b.image_alt.strip() == text for b in near):
                block = replace(block, caption_like=True)
        out.append(block)
    return out
