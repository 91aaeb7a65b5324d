"""Text split over repeated blocks: ``<div class="part">`` after ``<div class="part">``, with
photo boxes between them, as papers' sites cut a story at each picture."""

from __future__ import annotations

from bs4 import Tag

from .parse import Sizes

#: How far above the chosen block the repeated blocks may start (wrappers of one child each).
LEVELS = 4
#: The share of the parent's text that the repeated blocks must hold (the rest is captions).
SHARE = 0.8


def with_repeats(best: Tag, sizes: Sizes) -> Tag:
    """*best*, or the parent of the repeated blocks it is one of: *best* (or a wrapper holding
    nothing but it) has siblings of the same tag and class that hold the rest of the text, and
    the parent's text is nearly all in them. A story split this way starts in the first block,
    not in the longest."""
    child = best
    size = sizes.text_len(best)
    for _ in range(LEVELS):
        parent = child.parent
        if not isinstance(parent, Tag) or parent.name in ("body", "html", "[document]"):
            return best
        if _repeated(parent, child, sizes):
            return parent
        if sizes.text_len(parent) > size:
            return best  # the wrapper holds more than the block, and not in repeated blocks
        child = parent
    return best


def _repeated(parent: Tag, child: Tag, sizes: Sizes) -> bool:
    """Whether *child* and at least one sibling of its tag and class hold text, together
    nearly all of *parent*'s, and none of them holds a headline of its own."""
    classes = child.get("class")
    if not classes:
        return False
    held = count = 0
    for block in parent.find_all(child.name, recursive=False):
        if block.get("class") != classes or not sizes.text_len(block):
            continue
        if block.find("h1") is not None:
            return False  # a story of its own, as a list or an endless page appends them
        held += sizes.text_len(block)
        count += 1
    return count >= 2 and held >= SHARE * sizes.text_len(parent)
