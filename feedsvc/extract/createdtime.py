"""A time shown under the headline that the text's closing credits name as the update time:
``建立時間：14:56 更新時間：18:46`` closing a Hong Kong paper's instant news, with 2017-09-10
18:46 under the headline. The story was first published at the 建立時間 of that day."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .shown import TimeChoice
from .text import Line

#: 建立時間：14:56, 發佈時間：09:30: the time of day the story was first published, alone.
CREATED = re.compile(
    r"(?:建立|創建|创建|首發|首发|發佈|發布|发布)(?:時間|时间)\s*[:：]?\s*(?P<h>\d{1,2})[:：](?P<m>\d{2})"
)
#: 更新時間：18:46: the time of day it was last updated, alone.
UPDATED = re.compile(
    r"(?:更新|最後更新|最后更新)(?:時間|时间)\s*[:：]?\s*(?P<h>\d{1,2})[:：](?P<m>\d{2})"
)


def created_before_update(
    choice: TimeChoice | None, lines: Sequence[Line], title_at: int | None
) -> TimeChoice | None:
    """*choice* at the 建立時間 the text closes with, when *choice* is that text's 更新時間."""
    if choice is None or choice.date_only or title_at is None:
        return choice
    near = lines[title_at + 1 : title_at + 120]
    for i, line in enumerate(near):
        created = CREATED.search(line.text[-60:])
        # the two on one line, or the 更新時間 on the next (the credits split at <br>)
        after = line.text[-60:][created.end() :] if created else ""
        updated = UPDATED.search(after) or (
            UPDATED.match(near[i + 1].text.strip()) if created and i + 1 < len(near) else None
        )
        if created is None or updated is None:
            continue
        first = (int(created["h"]), int(created["m"]))
        last = (int(updated["h"]), int(updated["m"]))
        if (choice.value.hour, choice.value.minute) == last and first < last <= (23, 59):
            value = choice.value.replace(hour=first[0], minute=first[1], second=0, microsecond=0)
            return TimeChoice(value, False, "created")
    return choice
