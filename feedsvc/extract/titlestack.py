"""Headline rows stacked without heading markup, as a 数字报 (electronic paper) sets its 引题,
主题 and 副题 cells: the row whose numbered class ranks first (font01 over font02) is the
headline, the others its kicker and subtitle."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from bs4 import Tag

from .text import compact
from .text import squash
from .text import tags_after
from .text import tags_before

#: A class numbered by type size: font01, font02, bt1, title2.
NUMBERED = re.compile(r"^([a-z_-]{2,12}?)0*(\d{1,2})$", re.I)


def _rank(tag: Tag) -> tuple[str, int] | None:
    """The class stem and its number (font01: ("font", 1)), if a class is numbered."""
    classes = tag.get("class")
    for cls in classes if isinstance(classes, list) else [str(classes or "")]:
        m = NUMBERED.match(cls)
        if m:
            return m[1].lower(), int(m[2])
    return None


def ranked_row(found: Tag, is_row: Callable[[Tag], bool]) -> Tag:
    """*found*, or the row stacked right above it (nothing shown between) whose class of the
    same stem has a lower number: 预计明年春节前完工 (font02) under 泉城路商圈改造 (font01)."""
    rank = _rank(found)
    if rank is None:
        return found
    best, low, below = found, rank[1], found
    for tag in islice(tags_before(found, "td", "th", "div", "p"), 12):
        if below in tag.parents or found in tag.parents or tag in found.parents:
            continue
        if not compact(tag.get_text(" ")):
            continue  # an empty 引题 / 副题 cell
        if not is_row(tag) or not _adjacent(tag, below):
            break
        other = _rank(tag)
        if other is None or other[0] != rank[0]:
            break
        if other[1] < low:
            best, low = tag, other[1]
        below = tag
    return best


def _adjacent(upper: Tag, lower: Tag) -> bool:
    """Whether nothing visible stands between the end of *upper* and *lower*."""
    for node in upper.find_all_next(string=True, limit=40):
        if lower in node.parents:
            return True
        if upper in node.parents:
            continue
        if compact(str(node)):
            return False
    return False


def row_below(head: Tag, is_row: Callable[[Tag], bool]) -> str | None:
    """The subtitle: the row stacked right under *head* whose class of the same stem has a
    higher number (font02 under font01), or None."""
    rank = _rank(head)
    if rank is None:
        return None
    for tag in islice(tags_after(head, "td", "th", "div", "p"), 12):
        if head in tag.parents or tag in head.parents or not compact(tag.get_text(" ")):
            continue
        other = _rank(tag)
        if not is_row(tag) or not _adjacent(head, tag) or other is None:
            return None
        return squash(tag.get_text(" ")) if other[0] == rank[0] and other[1] > rank[1] else None
    return None
