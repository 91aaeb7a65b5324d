"""A date alone on its line between a headline's deck and the text, as government and magazine
pages set it: ``<h1>…</h1><p>导语。</p><p><time>June 28, 2019</time></p><p>正文…</p>``."""

from __future__ import annotations

import re

from .leadlines import MONTH_FIRST_DATE
from .shown import DAY

#: 2019-06-28, 2019年6月28日, June 28, 2019: a full date and nothing else.
LONE_DATE = re.compile(rf"(?:{DAY.pattern}|{MONTH_FIRST_DATE})$")


def lone_date(text: str) -> re.Match[str] | None:
    """The match of a line that is a date alone (no time of day, no other word)."""
    return LONE_DATE.match(text)
