"""A content system's page-generation stamp (``<meta name="others" content="页面生成时间
2023-05-16 12:34:05">``, which government and campus sites' systems write): a time meta equal
to it says when the page was last generated, not when the story went out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo

from .dates import parse_value
from .metadata import Structured
from .shown import Scored
from .shown import TimeChoice

#: The stamp's words before its time.
STAMP = re.compile(r"^\s*(?:页面生成时间|頁面生成時間)\s*[:：]?\s*(?P<v>\S.*?)\s*$")


def without_generated(
    found: Sequence[TimeChoice],
    structured: Structured,
    visible: Sequence[Scored],
    sure: float,
    zone: tzinfo,
) -> list[TimeChoice]:
    """*found* less the plain metas that only repeat the generation stamp, when the best time
    the page shows (scored at least *sure*) falls on another day: a 信息公开 page's 发文日期
    2023-04-18 over a PubDate of 2023-05-16 12:34:05, the day it was regenerated."""
    if not visible or visible[0][0] < sure:
        return list(found)
    shown = visible[0][1]
    stamps = {
        parsed[0] for parsed in (parse_value(raw, zone) for raw in _stamps(structured)) if parsed
    }
    return [
        c
        for c in found
        if not (c.origin == "meta" and c.value in stamps and c.value.date() != shown.value.date())
    ]


def _stamps(structured: Structured) -> list[str]:
    """The times the generation metas write."""
    hits = (STAMP.match(value) for value in structured.metas.get("others", []))
    return [hit["v"] for hit in hits if hit]
