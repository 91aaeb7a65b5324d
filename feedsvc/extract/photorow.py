"""A row of photos laid out as a table, each cell one picture with its caption, as older
portals build a slideshow over the text: pictures, not a table of data."""

from __future__ import annotations

from collections.abc import Callable

from bs4 import Tag

from .text import find_tag
from .text import find_tags
from .text import squash

#: The longest caption a cell of a photo row holds.
CAPTION_CHARS = 150


def photo_row(table: Tag, keep: Callable[[Tag], bool]) -> list[tuple[Tag, str]] | None:
    """The (picture, caption) of each cell of *table* when every cell holds exactly one
    picture that *keep* takes and a short caption at most, pictures repeated by a looping
    slideshow left out; None when *table* is anything else."""
    if find_tag(table, "img") is None or find_tag(table, "table") is not None:
        return None
    cells = find_tags(table, ("td", "th"))
    if len(cells) < 2:
        return None
    row: list[tuple[Tag, str]] = []
    seen: set[str] = set()
    for cell in cells:
        images = [i for i in find_tags(cell, ("img",)) if keep(i)]
        caption = squash(cell.get_text(" "))
        if len(images) != 1 or len(caption) > CAPTION_CHARS:
            return None
        src = str(images[0].get("src") or "")
        if src not in seen:
            seen.add(src)
            row.append((images[0], caption))
    return row
