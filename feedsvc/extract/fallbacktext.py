"""The article's text when no container holds paragraphs: the JSON-LD ``articleBody``, or, on
a page whose only sentences sit in a heading element (a card's ``<h5 class="card-text">``
under its ``<h4 class="card-title">``), those headings."""

from __future__ import annotations

import html
import re

from .blocks import Block
from .metadata import Structured
from .text import TagIndex
from .text import compact
from .text import find_ancestor
from .text import squash

#: Where a heading's sentence is the page's chrome, not its text.
CHROME = ("nav", "header", "footer", "li", "a", "aside")


def fallback_blocks(structured: Structured, index: TagIndex, title: str) -> list[Block]:
    """Paragraphs of the JSON-LD articleBody, else the headings that hold sentences."""
    if structured.body_text:
        paragraphs = (squash(line) for line in structured.body_text.split("\n"))
        return [Block("p", html.escape(p), p) for p in paragraphs if p]
    return heading_sentences(index, title)


def heading_sentences(index: TagIndex, title: str) -> list[Block]:
    """The headings (not the headline) whose text is a sentence of 20 characters or more."""
    out: list[Block] = []
    for tag in index.named("h2", "h3", "h4", "h5", "h6"):
        text = squash(tag.get_text(" "))
        if len(text) < 20 or not re.search(r"[。！？!?]", text) or compact(text) == compact(title):
            continue
        if find_ancestor(tag, *CHROME) is None:
            out.append(Block("p", html.escape(text), text))
    return out
