"""A photo's caption in a box of its own beside the picture's box.

Portals built on page templates set a photo in one box and its caption in the next, the box
named for what it holds (<div class="img-full"><img></div><div class="caption"><p>caption</p>
<p>credit</p></div>): the caption's paragraphs carry no class of their own and hold no
picture, so only their box marks them. They are marked here as the caption lines they are.

On a page read without its address a picture with a relative ``src`` is not kept, and the
caption line under it would open the text: the line under such a picture is marked as well.
"""

from __future__ import annotations

import re

from bs4 import Tag

from .imagesrc import LAZY_SRC
from .text import find_ancestor
from .text import find_tag
from .text import find_tags

#: A box named as a caption: caption, figcaption, img-caption, pic_caption, tuzhu (图注).
CAPTION_BOX = re.compile(r"caption|tuzhu", re.I)
#: A caption box holds a line or two, not a text.
CAPTION_CHARS = 160


def mark_caption_boxes(root: Tag) -> None:
    """Class the paragraphs of each caption box under *root* (one without a picture of its
    own, short) as caption lines, for :class:`.blocks.Builder` to read them so."""
    for box in find_tags(root):
        if not CAPTION_BOX.search(_classes(box)):
            continue
        if find_tag(box, "img") is not None or len(box.get_text(strip=True)) > CAPTION_CHARS:
            continue
        for p in find_tags(box, ("p",)):
            _mark(p)


def _classes(tag: Tag) -> str:
    """The class names of *tag*, space-separated (as bs4's ``class_`` search reads them)."""
    raw = tag.get("class")
    return raw if isinstance(raw, str) else " ".join(raw or ())


def _mark(p: Tag) -> None:
    raw = p.get("class")
    classes: list[str] = [raw] if isinstance(raw, str) else list(raw or [])
    p["class"] = " ".join([*classes, "caption"])


def _relative(img: Tag) -> bool:
    """Whether *img*'s source is a path that needs the page's address (./W0201….jpg)."""
    src = next((v for a in LAZY_SRC if isinstance(v := img.get(a), str) and v.strip()), "")
    return bool(src) and re.match(r"\s*(?:[a-z][a-z0-9+.-]*:|//)", src, re.I) is None


def mark_unkept_captions(root: Tag) -> None:
    """Class the short paragraph right under each picture of *root* whose source is relative
    (the picture alone in its paragraph) as its caption line; for a page read without its
    address, whose relative pictures are not kept."""
    for img in find_tags(root, ("img",)):
        holder = find_ancestor(img, "p", "div", "center", "figure")
        if holder is None or not _relative(img) or holder.get_text(strip=True):
            continue
        nxt = _next_shown(holder)  # past an empty <p>&nbsp;</p> spacer
        if isinstance(nxt, Tag) and nxt.name in ("p", "div") and find_tag(nxt, "img") is None:
            if 0 < len(nxt.get_text(strip=True)) <= CAPTION_CHARS // 2 and not _centred_run(nxt):
                _mark(nxt)


#: How many empty spacer paragraphs may stand between a picture, its caption and the text.
SPACERS = 2


def _next_shown(tag: Tag) -> Tag | None:
    """The first sibling after *tag* that shows text or a picture, past empty spacers."""
    nxt = tag.find_next_sibling()
    for _ in range(SPACERS):
        if not isinstance(nxt, Tag) or nxt.get_text(strip=True) or find_tag(nxt, "img"):
            break
        nxt = nxt.find_next_sibling()
    return nxt if isinstance(nxt, Tag) else None


def _centred_run(line: Tag) -> bool:
    """Whether the paragraph after *line* is centred too: a centred header under the picture
    (the date, the speaker), set as text, not a caption (as :mod:`.captions` reads it). The
    next picture alone in its centred paragraph is no such run: a row of photos, each with its
    caption under it, over the text."""
    after = _next_shown(line)
    if after is None or after.name != "p":
        return False
    if find_tag(after, "img") is not None and not after.get_text(strip=True):
        return False
    style = str(after.get("style") or "").replace(" ", "").lower()
    return "text-align:center" in style or str(after.get("align") or "").lower() == "center"
