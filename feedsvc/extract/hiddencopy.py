"""The hidden copy of an article's facts that portals keep for search engines (a display:none
block under the headline: 来源：…, 作者：…): below what the page shows, but its writers list
may be longer than the shown byline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import Tag

from .nameshape import looks_like_person
from .nameshape import split_names
from .text import Line


def hidden_copy(element: Tag) -> bool:
    """Whether *element*, or one of its five nearest ancestors, is styled display:none."""
    for tag in [element, *element.parents][:6]:
        style = str(tag.get("style") or "") if isinstance(tag, Tag) else ""
        if "display:none" in re.sub(r"\s+", "", style).lower():
            return True
    return False


#: 作者：甲,乙,丙: the writers of a hidden copy, in a list without spaces.
HIDDEN_WRITERS = re.compile(r"(?:作者|記者|记者)\s*[:：]\s*(?P<v>[\u4e00-\u9fff·,，、]{2,80})")


def hidden_cowriters(lines: Sequence[Line], title_at: int | None, shown: list[str]) -> list[str]:
    """The writers of a hidden 作者 copy near the headline that names every shown writer and
    more (作者：甲,乙,丙 over 文｜甲 乙 发自北京): the copy's list, in its order; else *shown*."""
    if title_at is None or not shown:
        return shown
    for line in lines[max(0, title_at - 6) : title_at + 12]:
        if line.in_comments or not hidden_copy(line.element):
            continue
        for m in HIDDEN_WRITERS.finditer(line.text):
            names = [n for n in split_names(m["v"]) if looks_like_person(n)]
            if len(names) > len(shown) and set(shown) <= set(names):
                return names
    return shown
