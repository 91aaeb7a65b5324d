"""A theme's summary set over the text: a blog theme shows the post's description in an element
of its own under the headline (Hugo Docsy's ``<div class="lead">本文介绍了…</div>``), the same
words the page's description metas give. That line is the summary, at any length, not the
text's start."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import Tag

from .blocks import Block
from .text import attr_words
from .text import compact
from .text import find_tags

#: The class of a summary element: lead, summary, description, abstract.
SUMMARY_CLASS = re.compile(
    r"(?:^|[-_\s])(?:lead|summary|description|desc|abstract)(?:$|[-_\s])", re.I
)


def summary_lead(blocks: Sequence[Block], container: Tag, descriptions: Sequence[str]) -> bool:
    """Whether the first of *blocks* is the page's description set apart in a summary-classed
    element of *container*, with more text after it."""
    if len(blocks) < 2:
        return False
    first = compact(blocks[0].text)
    if len(first) < 6 or first not in {compact(d) for d in descriptions}:
        return False
    return any(
        SUMMARY_CLASS.search(attr_words(tag)) and compact(tag.get_text(" ")) == first
        for tag in find_tags(container, None, limit=300)
    )
