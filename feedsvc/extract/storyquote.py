"""A story written straight into a ``<blockquote>``, its lines split by ``<br>``: old sites and
forum-style templates set the whole text so. It is the story, not a quote in it: the quote is
unwrapped, so its lines are the body's paragraphs."""

from __future__ import annotations

from bs4 import Tag

from .blocks import EMBEDDED_POST
from .text import attr_words
from .text import compact
from .text import find_tags
from .text import has_tag


def unquote_story(root: Tag) -> None:
    """Unwrap the blockquote under *root* that holds the story: no paragraph or box inside it,
    and more than half of *root*'s text (the headline and info line are the rest)."""
    total = len(compact(root.get_text()))
    for quote in find_tags(root, ("blockquote",)):
        if has_tag(quote, ("p", "div", "table", "blockquote", "ul", "ol")):
            continue
        if EMBEDDED_POST.search(attr_words(quote)):
            continue  # a social post its platform embeds
        size = len(compact(quote.get_text()))
        if size >= 60 and size > total / 2:
            quote.unwrap()
            return
