"""Text split over repeated blocks: ``<div class="part">`` after ``<div class="part">``, with
photo boxes between them, as papers' sites cut a story at each picture; and page builders'
widgets, a paragraph each (Elementor's ``elementor-widget-text-editor``, headings and images
in widgets of their own between them), told apart only by an id class of each widget; and a
column of a builder's content widgets of mixed kinds (a heading, a text, an image, a quote, a
text…: Elementor's ``elementor-widget-*``, Divi's ``et_pb_text``/``et_pb_image``), one story
however its widgets alternate."""

from __future__ import annotations

import re

from bs4 import Tag

from .sizes import Sizes
from .text import find_tag

#: How far above the chosen block the repeated blocks may start (wrappers of one child each).
LEVELS = 4
#: A class word that only numbers or ids its element (elementor-element-1db208e,
#: et_pb_text_3): left out when blocks are compared.
ID_CLASS = re.compile(r".*[-_](?:\d+|(?=[a-z]*\d)[0-9a-f]{5,})", re.I)

#: elementor-widget-text-editor, elementor-widget-heading, et_pb_text, et_pb_image: a page
#: builder's widget for a piece of the story (text, subhead, picture, quote), not for the site's
#: furniture (nav menu, icon list, post info, share buttons, sidebar posts).
CONTENT_WIDGET = re.compile(
    r"elementor-widget-(?:text-editor|heading|image|blockquote|video|image-gallery)"
    r"|et_pb_(?:text|image|blurb|video|gallery|heading)",
    re.I,
)

#: The share of the parent's text that the repeated blocks must hold (the rest is captions).
SHARE = 0.8


def with_repeats(best: Tag, sizes: Sizes) -> Tag:
    """*best*, or the parent of the repeated blocks it is one of (:func:`_repeats_above`); and
    so on up, when that parent is itself one of repeated blocks (a builder's sections, each a
    column of text widgets under a section of the headline)."""
    found = _repeats_above(best, sizes, False)
    while found is not best:
        best, found = found, _repeats_above(found, sizes, True)
    return best


def _repeats_above(best: Tag, sizes: Sizes, titled: bool) -> Tag:
    """*best*, or the parent of the repeated blocks it is one of: *best* (or a wrapper holding
    nothing but it) has siblings of the same tag and class that hold the rest of the text, and
    the parent's text is nearly all in them. A story split this way starts in the first block,
    not in the longest. When *titled*, the first block may hold the headline."""
    child = best
    size = sizes.text_len(best)
    for _ in range(LEVELS):
        parent = child.parent
        if not isinstance(parent, Tag) or parent.name in ("body", "html", "[document]"):
            return best
        if _repeated(parent, child, sizes, titled):
            return parent
        if sizes.text_len(parent) > size:
            return best  # the wrapper holds more than the block, and not in repeated blocks
        child = parent
    return best


def _repeated(parent: Tag, child: Tag, sizes: Sizes, titled: bool) -> bool:
    """Whether *child* and at least one sibling of its tag and class hold text, together
    nearly all of *parent*'s, and none of the siblings holds a headline of its own (but the
    first, when *titled*)."""
    classes = _kind(child)
    if not classes:
        return False
    mixed = _content_widget(classes)
    blocks = [
        block
        for block in parent.find_all(child.name, recursive=False)
        if sizes.text_len(block)
        and _kin(_kind(block), classes, mixed)
        and not (mixed and block is not child and find_tag(block, "h1") is not None)
    ]
    held = sum(sizes.text_len(block) for block in blocks)
    if len(blocks) < 2 or held < SHARE * sizes.text_len(parent):
        return False
    # a story of its own in each, as a list or an endless page appends them
    rest = blocks[1:] if titled else blocks
    return all(block is child or find_tag(block, "h1") is None for block in rest)


def _kin(kind: list[str], classes: list[str], mixed: bool) -> bool:
    """Whether a block of the class words *kind* repeats a block of *classes*: the same words,
    or both a builder's content widgets (:data:`CONTENT_WIDGET`) when *mixed*."""
    return kind == classes or mixed and _content_widget(kind)


def _content_widget(classes: list[str]) -> bool:
    """Whether the class words *classes* are those of a builder's content widget."""
    return any(CONTENT_WIDGET.fullmatch(w) for w in classes)


def _kind(block: Tag) -> list[str]:
    """The class words of *block* but those that number or id it alone (:data:`ID_CLASS`)."""
    raw: str | list[str] = block.get("class") or []
    return [w for w in ([raw] if isinstance(raw, str) else raw) if not ID_CLASS.fullmatch(w)]
