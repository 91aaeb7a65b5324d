"""An info line under the headline that names the publisher, then the date, without labels."""

from __future__ import annotations

import re

from .nameshape import looks_like_person
from .shown import DAY

#: 某某中学　2010-05-19, 校团委 2011/04/12 08:30: a name and the date, the whole line (the
#: mirror of 2024-05-20 14:33 · 新华社); Kevin Lee 发表于 2024-09-20, a blog theme's.
NAME_THEN_DATE = re.compile(
    r"^(?P<n>[^\s。，！？,:：]{2,16}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})[\s\u3000·•|｜]+"
    r"(?:(?:发表于|發表於|发布于|發佈於|發布於)\s*)?"
    + DAY.pattern
    + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


def name_then_date(text: str) -> bool:
    """Whether *text* is only a name and a date (an unlabelled info line)."""
    return len(text) <= 40 and NAME_THEN_DATE.match(text.strip()) is not None


def dated_name(text: str) -> str | None:
    """The name of a line that is only a name and a date (尤新革 2019-06-17 15:25:37)."""
    m = NAME_THEN_DATE.match(text.strip()) if len(text) <= 40 else None
    return m["n"] if m else None


def dated_latin_writers(texts: list[str]) -> list[str]:
    """The Latin names of lines that are only a name and a date (Kevin Lee 发表于 2024-03-16)
    under a headline: the post's writer (a Han name so is as often a unit's or a column's)."""
    names = (dated_name(text) for text in texts)
    return [n for n in names if n and " " in n and looks_like_person(n)]
