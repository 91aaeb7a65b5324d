"""A centred line that repeats the alt text of the picture beside it: the picture's caption,
set apart from it by an old editor's markup (<center><img alt="X"><br>X</center>); a short
line right under a picture that words part of its alt text, centred or not."""

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
        elif i and blocks[i - 1].kind == "figure" and _words_alt(block, blocks[i - 1].image_alt):
            block = replace(block, caption_like=True)
        out.append(block)
    return out


def _words_alt(block: Block, alt: str) -> bool:
    """Whether *block*, a short line right under a picture, shares four characters in a row
    with its alt text (<img alt="咖啡豆户外晾晒"> over 某某企业的咖啡豆正在户外晾晒): its
    caption, though not centred."""
    text, alt = block.text.strip(), alt.strip()
    if block.kind != "p" or not 4 <= len(text) <= 40 or len(alt) < 4:
        return False
    return any(alt[k : k + 4] in text for k in range(len(alt) - 3))
