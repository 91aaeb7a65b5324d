"""A picture set inside a paragraph's text, not a photo that the paragraph captions: an icon
inside a sentence (a video or blog badge beside a star's name), or a photo floated beside the
paragraph, its text wrapping round it, or a photo after the paragraph's sentences (a story's
paragraph, then ``<br><img>`` in the same ``<p>``)."""

from __future__ import annotations

import re

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


#: align="left", style="float:right", class="alignleft" (WordPress), "fl", "img-right": a
#: picture floated beside the text.
FLOAT = re.compile(r"^(?:left|right)$|float\s*:\s*(?:left|right)|\balign-?(?:left|right)\b", re.I)
FLOAT_CLASS = re.compile(r"^(?:fl|fr|float-?(?:left|right)|(?:img|pic)-?(?:left|right))$", re.I)

#: The text a paragraph runs after a floated picture for it to be the paragraph's own.
FLOAT_TEXT = 20


def floated_beside(paragraph: Tag, images: list[Tag]) -> bool:
    """Whether the paragraph's first picture floats beside its text (<p><img align="left">
    巷口那棵老槐树下，…</p>): the paragraph opens the text, the picture set into it."""
    if not images:
        return False
    img = images[0]
    raw: str | list[str] = img.get("class") or []
    classes: list[str] = [raw] if isinstance(raw, str) else list(raw)
    floated = FLOAT.search(str(img.get("align") or "")) or FLOAT.search(str(img.get("style") or ""))
    if not floated and not any(FLOAT_CLASS.match(c) or FLOAT.search(c) for c in classes):
        return False
    after, seen = 0, False
    for node in paragraph.descendants:
        if node is img:
            seen = True
        elif seen and isinstance(node, NavigableString) and not isinstance(node, Comment):
            after += len("".join(str(node).split()))
    return after >= FLOAT_TEXT


#: The sentences a paragraph's text must hold before its pictures to be text, not a caption.
LEAD_SENTENCES = 2


def text_before(paragraph: Tag, images: list[Tag]) -> bool:
    """Whether the paragraph's text all comes before its first picture and holds sentences
    (…无法访问此网站”。记者采访发现，…。<br><img>): a paragraph, then a photo; a caption is a
    line under its picture."""
    if not images:
        return False
    before: list[str] = []
    for node in paragraph.descendants:
        if node is images[0]:
            break
        if isinstance(node, NavigableString) and not isinstance(node, Comment):
            before.append(str(node))
    text = "".join("".join(before).split())
    whole = "".join(paragraph.get_text().split())
    return text == whole and len(re.findall(r"[。！？!?]", text)) >= LEAD_SENTENCES
