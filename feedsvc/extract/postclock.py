"""A blog post's time of day in its footer, under the day its date header gives: Blogger's and
無名小站's posts set ``<h2 class="date-header">October 25, 2009</h2>`` over the post and
``Posted by 阿明 at 11:59 PM`` (``阿明 at 無名小站 at 11:59 PM``) under it. The day and that
time of day together are the publish time."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .shown import TimeChoice
from .text import Line

#: Posted by 阿明 at 11:59 PM, 阿明 at 無名小站 at 11:59 PM: a post's footer and its clock.
FOOTER_CLOCK = re.compile(
    r"(?:\b[Pp]osted\s+by\s+\S.{0,30}?|^\s*(?:\S{2,30}\s+)?at\s+\S.{0,20}?)"
    r"\s+at\s+(?P<H>1[0-2]|0?[1-9]):(?P<M>[0-5]\d)\s*(?P<P>[AaPp][Mm])\b"
)

#: How far under the headline a post's footer may stand, in lines.
FOOTER_LOOKAHEAD = 400


def footer_clock(choice: TimeChoice, lines: Sequence[Line], anchor: int) -> TimeChoice:
    """A date-only *choice* with the time of day the post's footer gives, when it gives one."""
    if not choice.date_only:
        return choice
    for line in lines[anchor + 1 : anchor + FOOTER_LOOKAHEAD]:
        if line.in_comments or len(line.text) > 200:
            continue
        hit = FOOTER_CLOCK.search(line.text)
        if hit:
            hour = int(hit["H"]) % 12 + (12 if hit["P"].lower() == "pm" else 0)
            value = choice.value.replace(hour=hour, minute=int(hit["M"]))
            return TimeChoice(value, False, "footer")
    return choice
