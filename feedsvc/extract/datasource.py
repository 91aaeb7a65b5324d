"""The office a 資料來源 line under the headline names, as government sites credit the unit
that issued a press release (``資料來源：性別平等處``).

Elsewhere 資料來源 names where a chart's or a table's figures come from, so the line counts only
alone, among the first lines after the headline and outside a figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .closing import in_figure
from .nameshape import looks_like_outlet
from .nameshape import looks_like_person
from .text import Line

DATA_SOURCE_LINE = re.compile(
    r"(?:資料來源|资料来源)\s*[:：]\s*(?P<o>[\u4e00-\u9fffA-Za-z0-9·（）()]{2,20})"
)


def data_source_line(lines: Sequence[Line], anchor: int) -> list[tuple[float, str, int]]:
    """The office a 資料來源 line alone within three lines after the headline names."""
    for i in range(anchor + 1, min(anchor + 4, len(lines))):
        line = lines[i]
        m = DATA_SOURCE_LINE.fullmatch(line.text.strip())
        if m is None or line.in_comments or in_figure(line.element):
            continue
        name = m["o"]
        if looks_like_outlet(name) and not looks_like_person(name):
            return [(100.0 - (i - anchor), name, i)]
    return []
