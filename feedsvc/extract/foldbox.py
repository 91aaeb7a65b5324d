"""A story folded under a 展开全文 button: the first paragraphs shown, the rest in a hidden box.

A mobile portal sets the opening paragraphs of a long story straight in its text box, then a
展开剩余87% button, then the rest in ``<div class="hidden-content hide">``. The hidden box holds
most of the text and scores best alone; the story starts in the box around it.
"""

from __future__ import annotations

import re

from bs4 import Tag

from .sizes import Sizes
from .text import attr_words

#: hidden-content, hide, fold-content, collapse: the class of the folded rest of a story.
FOLDED = re.compile(r"^(?:hidden|hide|fold|folded|collapsed?)(?:[-_](?:content|text|part|box))?$")

#: The shown paragraphs before the fold: at least this many characters.
SHOWN_CHARS = 60


def unfolded(best: Tag, sizes: Sizes) -> Tag:
    """*best*, or its parent when *best* is the hidden rest of a folded story whose first
    paragraphs are the parent's own <p> children before it."""
    parent = best.parent
    if not isinstance(parent, Tag) or not any(FOLDED.match(w) for w in attr_words(best).split()):
        return best
    shown = 0
    for child in parent.children:
        if child is best:
            break
        if isinstance(child, Tag) and child.name == "p":
            shown += sizes.text_len(child)
    return parent if shown >= SHOWN_CHARS else best
