"""A blog theme's line under the post saying who posted it and when (``本文由 kenzhou 在
2014年8月23日 发布在 方案``, ``本文由 张三 于 2019-05-06 发表``): the writer, when nothing
else names one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .handlename import handle_name
from .handlename import placeholder_account
from .nameshape import looks_like_person
from .text import Line

#: 本文由 X 在/于 <date> 发布/发表.
POSTED_BY = re.compile(
    r"本文由\s*(?P<n>[^\s，,。：:@＠]{2,20})\s*(?:在|于|於)\s*"
    r"(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?"
    r"(?:发布|發布|发表|發表)"
)


def posted_by_writer(lines: Sequence[Line], title_at: int | None) -> list[str]:
    """The writer a posted-by line after the headline names."""
    start = title_at + 1 if title_at is not None else 0
    for line in lines[start : start + 300]:
        if "本文由" not in line.text or len(line.text) > 200 or line.in_comments:
            continue
        m = POSTED_BY.search(line.text)
        name = m["n"] if m else ""
        if name and not placeholder_account(name):
            if looks_like_person(name) or handle_name(name):
                return [name]
    return []
