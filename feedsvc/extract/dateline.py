"""A day from a dateline when the page shows no date: ``本报讯（记者 孙立）16日，…`` or
``新华社北京3月16日电`` gives the day (and the month), the year and month come from a month
trailer (``2014年3月`` on a line of its own, as papers and offices sign off) or the URL's
``/201403/``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from datetime import tzinfo

from .text import Line

#: The dateline at the start of the first paragraph: 本报讯（…）16日, 新华社北京3月16日电.
DATELINE_DAY = re.compile(
    r"^\s*(?:本报讯|[^，。！？\s]{0,12}?(?:电|讯))?\s*(?:[(（][^)）]{0,30}[)）])?\s*"
    r"(?:[^，。！？\d]{0,10}?)(?:(?P<m>1[0-2]|0?[1-9])月)?(?P<d>3[01]|[12]\d|0?[1-9])日"
)

#: A month trailer: 2014年3月 (or 2014年03月) alone on a short line.
MONTH_TRAILER = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*$")


def dateline_day(
    lines: Sequence[Line],
    start: int,
    url_month: tuple[int, int] | None,
    zone: tzinfo,
) -> datetime | None:
    """Midnight of the day a dateline in the lines after *start* names, in the year (and
    month, unless it names one) of a month trailer or *url_month*; None without both."""
    year_month = _trailer(lines) or url_month
    if year_month is None:
        return None
    for line in lines[start : start + 12]:
        if line.in_comments or len(line.text) < 20:
            continue
        m = DATELINE_DAY.match(line.text)
        if m is None:
            continue
        month = int(m["m"]) if m["m"] else year_month[1]
        try:
            return datetime(year_month[0], month, int(m["d"]), tzinfo=zone)
        except ValueError:
            return None
    return None


def _trailer(lines: Sequence[Line]) -> tuple[int, int] | None:
    for line in reversed(lines):
        m = MONTH_TRAILER.match(line.text)
        if m and not line.in_comments:
            return int(m["y"]), int(m["m"])
    return None
