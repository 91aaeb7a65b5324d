"""A photo's caption in a box of its own beside the picture's box.

Portals built on page templates set a photo in one box and its caption in the next, the box
named for what it holds (<div class="img-full"><img></div><div class="caption"><p>caption</p>
<p>credit</p></div>): the caption's paragraphs carry no class of their own and hold no
picture, so only their box marks them. They are marked here as the caption lines they are.
"""

from __future__ import annotations

import re

from bs4 import Tag

#: A box named as a caption: caption, figcaption, img-caption, pic_caption, tuzhu (图注).
CAPTION_BOX = re.compile(r"caption|tuzhu", re.I)
#: A caption box holds a line or two, not a text.
CAPTION_CHARS = 160


def mark_caption_boxes(root: Tag) -> None:
    """Class the paragraphs of each caption box under *root* (one without a picture of its
    own, short) as caption lines, for :class:`.blocks.Builder` to read them so."""
    for box in root.find_all(class_=CAPTION_BOX):
        if box.find("img") is not None or len(box.get_text(strip=True)) > CAPTION_CHARS:
            continue
        for p in box.find_all("p"):
            raw = p.get("class")
            classes: list[str] = [raw] if isinstance(raw, str) else list(raw or [])
            p["class"] = " ".join([*classes, "caption"])
