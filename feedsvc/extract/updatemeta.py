"""A publish-time meta that carries the update time the page shows, not the publish time.

Blog and site themes often fill ``article:published_time`` (and JSON-LD ``datePublished``)
with the time a post was last edited, and show both under the headline: the publish date
unlabelled, then ``更新日期：`` and the day the meta gives. The meta then names the update, and
the earlier date the page shows near the headline is the publish time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from datetime import tzinfo

from .dates import find_times
from .shown import Scored
from .shown import TimeChoice
from .text import Line
from .timelabels import UPDATE_LABEL

#: The score a shown date needs to stand for the publish time (a date near the headline).
SHOWN_ENOUGH = 50


def _update_days(lines: Sequence[Line], window: tuple[int, int], zone: tzinfo) -> set[date]:
    """The days the lines of *window* show after an update label (更新日期：2024-03-30)."""
    days: set[date] = set()
    for line in lines[window[0] : window[1]]:
        label = UPDATE_LABEL.search(line.text)
        if label is None or line.in_comments:
            continue
        for hit in find_times(line.text[label.end() :], zone)[:1]:
            days.add(hit.value.astimezone(zone).date())
    return days


def shown_first(
    choice: TimeChoice | None,
    visible: Sequence[Scored],
    lines: Sequence[Line],
    window: tuple[int, int],
    zone: tzinfo,
) -> TimeChoice | None:
    """The best date shown near the headline, when it comes before the structured *choice*
    and the page labels *choice*'s day as its update; else *choice*."""
    if choice is None or choice.origin not in ("zoned", "meta") or not visible:
        return choice
    score, shown = visible[0]
    day = choice.value.astimezone(zone).date()
    if score < SHOWN_ENOUGH or shown.value.astimezone(zone).date() >= day:
        return choice
    return shown if day in _update_days(lines, window, zone) else choice
