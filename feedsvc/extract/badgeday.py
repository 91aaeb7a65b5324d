"""The day of a calendar badge beside the headline, when nothing else dates the page.

Blog and company themes print the post's day as a badge of pieces, the month, the day and the
year each in a span of its own (``<time datetime="2013-02-26"><span>2月</span><span>26</span>
<span>2013</span></time>``): the pieces read as no date, the ``datetime`` gives it, a day alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from datetime import tzinfo

from bs4 import Tag

from .explain import Explanation
from .shown import TimeChoice
from .text import Line
from .text import find_ancestor

#: A date-only ``datetime`` value: 2013-02-26.
DAY_ONLY = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\s*$")

WHY = "nothing else dates the page: the day of the calendar badge beside the headline"


def badge_day(
    lines: Sequence[Line], title_at: int | None, zone: tzinfo, explain: Explanation | None = None
) -> TimeChoice | None:
    """The day of a ``<time datetime>`` badge within a few lines of the headline whose pieces
    show the same day and year."""
    if title_at is None:
        return None
    for line in lines[max(0, title_at - 2) : title_at + 5]:
        if line.in_comments or len(line.text) > 30:
            continue  # the badge's line holds the pieces and little else
        tag = _time_of(line.element)
        if tag is None:
            continue
        m = DAY_ONLY.match(str(tag.get("datetime") or ""))
        shown = re.findall(r"\d+", tag.get_text(" "))
        if m is None or m["y"] not in shown or str(int(m["d"])) not in map(str, map(int, shown)):
            continue
        try:
            day = datetime(int(m["y"]), int(m["m"]), int(m["d"]), tzinfo=zone)
        except ValueError:
            continue
        if explain is not None:
            explain.consider("published", m.group(0).strip(), "a <time> badge", "calendar badge")
            explain.choose("published", day.isoformat(), WHY)
        return TimeChoice(day, True, "visible")
    return None


def _time_of(element: Tag) -> Tag | None:
    """The ``<time>`` that *element* is, sits in, or holds."""
    if element.name == "time":
        return element
    found = find_ancestor(element, "time") or element.find("time", datetime=True)
    return found if isinstance(found, Tag) else None
