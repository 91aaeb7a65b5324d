"""The full time a date's tooltip holds: ``<span title="2023-05-20 16:42:07 +0800 CST">
2023-05-20</span>``. Blog themes (Hugo's PaperMod among them) show the post's day and keep the
instant in the ``title`` attribute; the tooltip gives the day shown, with its time of day.
Column platforms do the same in ``data-tooltip``, label and all: ``<span data-tooltip="发布于
2017-09-20 21:04">发布于 2017-09-20</span>``; jQuery timeago's empty ``<span class="timeago"
title="2015-07-30 03:00:00">`` holds it alone."""

from __future__ import annotations

import re
from datetime import datetime
from datetime import tzinfo
from itertools import chain

from bs4 import Tag

from .dates import find_times
from .dates import parse_value
from .text import attr_words
from .text import find_tags

#: A tooltip that is a date and a time of day and nothing else (an offset or zone name after),
#: at most after the publish label the day shown has too (发布于; Hexo Butterfly's Created).
_STAMP = re.compile(
    r"^\s*(?:(?:发布于|發佈於|发表于|發表於|Created|Posted|Published)\s*)?"
    r"(?P<v>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}[^\u4e00-\u9fff]{0,24})$"
)

#: The attributes a date's tooltip stands in.
_TOOLTIPS = ("title", "data-tooltip")


def titled_time(element: Tag, zone: tzinfo) -> datetime | None:
    """The instant in the ``title`` or ``data-tooltip`` of a tag under *element* that shows only
    its day, when the tooltip names that day with a time of day."""
    tags = chain((element,), find_tags(element, None, limit=10))
    for tag, name in ((tag, name) for tag in tags for name in _TOOLTIPS):
        value = tag.get(name)
        m = _STAMP.match(value) if isinstance(value, str) else None
        parsed = parse_value(m["v"].strip(), zone) if m else None
        if parsed is None or parsed[1]:
            continue
        shown = find_times(tag.get_text(" "), zone)
        if len(shown) == 1 and shown[0].date_only and shown[0].value.date() == parsed[0].date():
            return parsed[0]
        if TIMEAGO.search(attr_words(tag)) and not tag.get_text(strip=True):
            return parsed[0]  # <span class="timeago" title="…">, filled in by a script
    return None


#: jQuery timeago's class: the element a script fills with "3 days ago" from its title.
TIMEAGO = re.compile(r"(?:^|\s)time-?ago(?:$|\s)", re.I)
