"""The machine-readable time behind a date a page shows: a ``<time datetime>`` (not an
update's), a title attribute, or the tooltip behind an edit time."""

from __future__ import annotations

import re
from datetime import datetime
from datetime import tzinfo
from itertools import chain

from bs4 import Tag
from bs4.element import Comment
from bs4.element import NavigableString

from .dates import element_time
from .dates import find_times
from .text import Line
from .text import find_tags
from .timelabels import BAD_LABEL
from .timelabels import UPDATE_LABEL
from .titletime import titled_time

#: An edit time shown in place of the publish time (编辑于 2023-05-14 21:06).
EDIT_WORD = re.compile(r"编辑于|編輯於")
#: A tooltip that gives the first-publish time behind it.
TOOLTIP_PUBLISHED = re.compile(r"^\s*(?:发布于|發佈於|发表于|發表於|发布时间)")


def tooltip_time(element: Tag, zone: tzinfo) -> datetime | None:
    """The publish time a tooltip holds behind an edit time, as community sites show a post
    that was edited: ``<span data-tooltip="发布于 2023-05-13 21:30">编辑于 2023-05-14 21:06``."""
    for tag in chain((element,), find_tags(element, None, limit=10)):
        for name in ("data-tooltip", "title"):
            value = tag.get(name)
            if isinstance(value, str) and TOOLTIP_PUBLISHED.match(value):
                hits = [hit for hit in find_times(value, zone) if not hit.date_only]
                if hits:
                    return hits[0].value
    return None


def machine_stamp(line: Line, listed: bool, zone: tzinfo) -> datetime | None:
    """The machine-readable time behind the date *line* shows, unless the line is *listed*
    (another story's): its ``<time datetime>``, a title attribute, or an edit time's tooltip."""
    holder = None if listed else stamp_holder(line)
    stamp = None if holder is None else element_time(holder, line.text, zone)
    if stamp is None and not listed:
        stamp = titled_time(line.element, zone)  # <span title="… 16:42:07 +0800">a day
    if stamp is None and EDIT_WORD.search(line.text):
        stamp = tooltip_time(line.element, zone)
    return stamp


def stamp_holder(line: Line) -> Tag | None:
    """Where to read the line's ``<time datetime>``: the line, unless its first one is labelled
    as an update (更新时间：<time>…</time> 发布时间：<time>…</time>); then the block of the
    next one that is not, or None: an update's instant is no publish time."""
    skipped = False
    for tag in line.element.find_all("time", datetime=True, limit=4):
        label = BAD_LABEL.search(_text_before(line.element, tag)[-16:])
        if label is None or UPDATE_LABEL.search(label.group(0)) is None:
            holder = tag.parent if skipped else line.element
            first = holder.find("time", datetime=True) if holder is not None else None
            return holder if first is tag else None
        skipped = True
    return None if skipped else line.element


def _text_before(holder: Tag, tag: Tag) -> str:
    """The text of *holder* before its descendant *tag*, its spaces collapsed: what labels
    that <time> (更新时间：2019-02-22 17:43 发布时间：<time>2019-02-22</time>), not the same
    date shown earlier in the line."""
    parts: list[str] = []
    for node in holder.descendants:
        if node is tag:
            break
        if isinstance(node, NavigableString) and not isinstance(node, Comment):
            parts.append(str(node))
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def machine_origin(element: Tag) -> str:
    """The origin "naive" for a ``<time datetime>`` that names no zone (``2023-09-11
    10:30:47`` over a date): markup like a meta, whose zone the page does not show."""
    tag = element.find("time", datetime=True)
    raw = str(tag["datetime"]).strip() if isinstance(tag, Tag) else ""
    zoned = re.search(r"(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC)$", raw)
    return "naive" if raw and not zoned else "visible"
