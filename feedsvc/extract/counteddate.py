"""The date beside a hit counter under the text: association and office sites of Taiwan and
the mainland close a notice with ``2014/01/17 | 點閱率：9782`` or ``2020-05-08 浏览次数：31``
and show no other time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo

from .dates import find_times
from .shown import TimeChoice
from .text import Line
from .text import find_ancestor
from .text import find_tag

#: A date (and maybe its time of day), then a hit counter: 點閱率：9782, 浏览次数: 31, 阅读 120.
COUNTED = re.compile(
    r"^[\d\s/.\-年月日:：]{8,24}[|｜]?\s*"
    r"(?:點閱率|點閱|點擊率|點擊|点击率|点击数|点击|浏览次数|瀏覽次數|浏览|瀏覽|阅读|閱讀|人氣|人气)"
    r"(?:次数|次數)?\s*[:：]?\s*\d+\s*次?$"
)

#: How many lines past the start of the text the line may stand (a notice with its points).
REACH = 40


def counted_date(lines: Sequence[Line], first: int, zone: tzinfo) -> TimeChoice | None:
    """The date of a line that is a date and a hit counter alone, within REACH lines after
    the text starts, in a block with no links (not a list of other notices)."""
    for line in lines[first : first + REACH]:
        text = line.text.strip()
        if line.in_comments or len(text) > 50 or not COUNTED.match(text):
            continue
        if find_ancestor(line.element, "a", "li") is not None:
            continue
        block = find_ancestor(line.element, "dl", "div", "td", "ul", "ol") or line.element
        if find_tag(block, "a") is not None:  # the line's own links too
            continue
        hits = find_times(text, zone)
        if hits and hits[0].start == 0:
            return TimeChoice(hits[0].value, hits[0].date_only, "below")
    return None
