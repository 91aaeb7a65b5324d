"""A picture set inside a sentence: an icon (a video or blog badge beside a star's name), not
a photo that the paragraph captions."""

from __future__ import annotations

from bs4 import Tag
from bs4.element import Comment
from bs4.element import NavigableString

#: The text a paragraph runs on either side of its first picture for the picture to be an icon.
ICON_SIDE = 8


def amid_text(paragraph: Tag, images: list[Tag]) -> bool:
    """Whether the paragraph's first picture sits inside its sentences (…当红艺人陈某(<img>
    blog)、将出演…): text of at least ICON_SIDE characters before it and after it."""
    if not images:
        return False
    first, before, after = images[0], 0, 0
    seen = False
    for node in paragraph.descendants:
        if node is first:
            seen = True
        elif isinstance(node, NavigableString) and not isinstance(node, Comment):
            size = len("".join(str(node).split()))
            if seen:
                after += size
            else:
                before += size
    return seen and before >= ICON_SIDE and after >= ICON_SIDE
