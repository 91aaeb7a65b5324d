"""A platform account named by its kind in the info line under the headline.

A platform that carries its accounts' stories (澎湃号) puts the account's kind before its
name, then the time, in the line under the headline: ``湃客：简单心理 2020-01-15 14:56``,
``媒体：某某网 2021-11-23 21:33``, ``政务：某某发布 2022-03-01 09:00``. The account carries the
story: it is the outlet, though its name may read like a person's (简单心理).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .nameshape import GENERIC_SOURCE
from .text import Line

#: The kind, the account's name and the time after it.
KIND_ACCOUNT = re.compile(
    r"(?:湃客|媒体|媒體|政务|政務)\s*[:：]\s*(?P<n>[^\s:：]{2,16})\s+"
    r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)


def kind_account(lines: Sequence[Line], title_at: int | None) -> list[str]:
    """The account an info line just under the headline names after its kind."""
    if title_at is None:
        return []
    out: list[str] = []
    for line in lines[title_at + 1 : title_at + 3]:
        m = KIND_ACCOUNT.fullmatch(line.text.strip()) if len(line.text) <= 60 else None
        if m and not GENERIC_SOURCE.match(m["n"]):
            out.append(m["n"])
    return out
