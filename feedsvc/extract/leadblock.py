"""The lead paragraph a page sets in a block of its own before the body's block."""

from __future__ import annotations

from bs4 import Tag

from .sizes import Sizes

#: The shortest lead worth widening the container for.
LEAD_CHARS = 20

#: The most ancestors climbed, wrappers counted.
WRAPPERS = 10


def with_lead(best: Tag, scored: dict[int, float], sizes: Sizes) -> Tag:
    """*best*, or the ancestor (at most two levels up) whose other children are scored text
    blocks starting with a lead before *best*: ``<div id="upper"><p>【本報訊】…</p></div>
    <div id="lower">…</div>``, where the lead paragraph stands apart from the rest; or the
    opening paragraphs set as <p>s of the outer box before the inner box holding the rest.
    A wrapper that holds *best* alone (a layout builder's nest of row, column and block
    <div>s round each part of the text) is no level of its own: the lead may sit over it."""
    child = best
    levels = 0
    for _ in range(WRAPPERS):
        parent = child.parent
        if not isinstance(parent, Tag) or parent.name in ("body", "html", "[document]"):
            return best
        if _led(parent, child, scored, sizes):
            return parent
        levels += 0 if _wrapper(parent, child, sizes) else 1
        if levels >= 2:
            return best
        child = parent
    return best


def _wrapper(parent: Tag, child: Tag, sizes: Sizes) -> bool:
    """Whether *parent* holds *child* and nothing else with text."""
    return sizes.text_len(parent) == sizes.text_len(child)


def _led(parent: Tag, child: Tag, scored: dict[int, float], sizes: Sizes) -> bool:
    """Whether a scored block with text comes before *child* in *parent*, and *parent*'s text
    is all in its scored blocks."""
    lead = held = 0
    before = True
    for block in parent.children:
        if not isinstance(block, Tag):
            continue
        if block is child:
            before = False
        elif id(block) not in scored and block.name != "p":
            continue
        size = sizes.text_len(block)
        held += size
        if before and block.name == "p" and size and not _prose(block):
            return False  # the headline or an info line set as a <p>, not a lead
        if before and block.name != "p" and not _paragraphs(block, size, sizes):
            return False  # a toolbar or an info box before the text, not a lead
        lead += size if before else 0
    total = sizes.text_len(parent)
    return lead >= LEAD_CHARS and held >= total


def _paragraphs(block: Tag, size: int, sizes: Sizes) -> bool:
    """Whether *block* holds its text in <p> children of its own, or is a paragraph itself:
    its sentences with no block inside (<div class="lead">本报讯（记者…）…。</div>)."""
    held = sum(sizes.text_len(p) for p in block.find_all("p", recursive=False))
    if held >= 0.9 * size:
        return True
    inner = block.find(("p", "div", "table", "ul", "ol", "section"))
    return inner is None and _prose(block)


def _prose(paragraph: Tag) -> bool:
    """Whether the <p> *paragraph* reads as a sentence (its commas or full stops)."""
    return any(c in paragraph.get_text() for c in "，。,")
