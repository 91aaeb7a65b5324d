"""The info line under a short text: video and photo pages show the caption or a few sentences
first and the info line after them (<h1>标题</h1><p>…</p><div class="info">2010年09月11日20:56
东南卫视</div>), so the time stands below where the text starts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo

from .counteddate import counted_date
from .dates import find_times
from .lexicon import INFO_LABEL
from .shown import TimeChoice
from .text import Line
from .text import in_list

#: A line that is a date with its time of day, then at most a short name (the outlet).
INFO_LINE = re.compile(r"^[^()（）。，！？]{10,24}(?:[\s\u3000]+\S{2,8})?$")

#: How many lines past the start of the text the info line may stand.
REACH = 6


def info_below(lines: Sequence[Line], first: int, zone: tzinfo) -> TimeChoice | None:
    """When nothing near the headline gives a time: the info line within a few lines after
    the text starts, opening with a date and its time of day (not a date alone, not in a
    list of links), or opening with an info label (来源：) and holding one; else a date
    beside a hit counter further down (see counted_date)."""
    for line in lines[first : first + REACH]:
        text = line.text.strip()
        if line.in_comments:
            continue
        if INFO_LINE.match(text) and not in_list(line.element):
            hits = find_times(text, zone)
            if hits and not hits[0].date_only and hits[0].start == 0:
                return TimeChoice(hits[0].value, False, "below")
        elif len(text) <= 80 and INFO_LABEL.match(text):
            # <p>摘要……</p><div>来源：… 作者：… | 2019-07-03 10:15</div>: the labelled info line
            # under a long deck, which the text seemed to start with (in a <dl><dt> too)
            hits = [hit for hit in find_times(text, zone) if not hit.date_only]
            if hits:
                return TimeChoice(hits[0].value, False, "below")
    return counted_date(lines, first, zone)
