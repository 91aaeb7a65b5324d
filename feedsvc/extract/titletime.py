"""The full time a date's tooltip holds: ``<span title="2023-05-20 16:42:07 +0800 CST">
2023-05-20</span>``. Blog themes (Hugo's PaperMod among them) show the post's day and keep the
instant in the ``title`` attribute; the tooltip gives the day shown, with its time of day."""

from __future__ import annotations

import re
from datetime import datetime
from datetime import tzinfo
from itertools import chain

from bs4 import Tag

from .dates import find_times
from .dates import parse_value
from .text import find_tags

#: A tooltip that is a date and a time of day and nothing else (an offset or zone name after).
_STAMP = re.compile(r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}[^\u4e00-\u9fff]{0,24}$")


def titled_time(element: Tag, zone: tzinfo) -> datetime | None:
    """The instant in the ``title`` of a tag under *element* that shows only its day, when the
    title names that day with a time of day."""
    for tag in chain((element,), find_tags(element, None, limit=10)):
        value = tag.get("title")
        if not isinstance(value, str) or not _STAMP.match(value):
            continue
        parsed = parse_value(value.strip(), zone)
        if parsed is None or parsed[1]:
            continue
        shown = find_times(tag.get_text(" "), zone)
        if len(shown) == 1 and shown[0].date_only and shown[0].value.date() == parsed[0].date():
            return parsed[0]
    return None
