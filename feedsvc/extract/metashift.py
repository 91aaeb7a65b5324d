"""A zoned structured time that the time shown under the headline corrects within a day, or
that names the page's own zone abroad."""

from __future__ import annotations

from datetime import datetime
from datetime import timedelta

from .shown import TimeChoice

MINUTE = timedelta(minutes=1)

#: How much later than the markup a shown time may be and still be the story's time.
DAY = timedelta(days=1)


def shown_corrects(
    choice: TimeChoice, shown: TimeChoice, score: float, sure: float, certain: float
) -> bool:
    """Whether the time shown beside the headline (scored at least *sure*) replaces a zoned
    structured one: an earlier time of the same day (the markup carries when the page was built
    or last edited: ``article:published_time`` 20:35:54 on every story of a site, 19:14 under
    the headline); or a later time within a day (the markup carries when the draft was made,
    23:16:17, the page when it went out the next morning, 07:30); or, labelled as the publish
    time (scored at least *certain*), a time on another day (发布时间：2024-03-12 09:30 under
    the headline, ``datePublished`` 2024-03-15, when the page was last rebuilt). A plain
    meta (a government CMS's ``PubDate`` 13:56:58, 13时44分 under the headline) yields to the
    earlier time of its day only."""
    if choice.origin not in ("zoned", "meta") or choice.date_only or shown.date_only:
        return False
    if score < sure:
        return False
    if marked_abroad(choice, shown):
        return False  # the page's own zone abroad (08:22+09:00 marked, 08:22 shown)
    stamped = choice.value.astimezone(shown.value.tzinfo)
    if choice.origin == "meta":
        minute = stamped.replace(second=0, microsecond=0)  # 14:59:48 shown, 15:00:04 meta
        return stamped.date() == shown.value.date() and shown.value.replace(second=0) < minute
    if stamped.date() != shown.value.date() and score >= certain:
        return True
    if stamped.date() == shown.value.date() and shown.value < stamped - MINUTE:
        return True
    return stamped < shown.value - MINUTE and shown.value - stamped <= DAY


def zoned_abroad(marked: datetime, shown: datetime) -> bool:
    """Whether markup's zoned time names the page's own zone abroad, not a wrong zone: its
    offset is neither UTC nor the zone of the time shown, and its wall clock is that time
    (RFI shows 13/04/2023 - 21:15 and marks 21:15+02:00, Paris time; NHK and Yonhap mark
    +09:00), to the minute when the page shows no seconds (2011.09.03 08:22 beside
    08:22:22+09:00). A CMS that gets the zone wrong writes UTC (Z, +00:00) for a local time."""
    offset = marked.utcoffset()
    if offset is None or not offset or offset == shown.utcoffset():
        return False
    wall = marked.replace(tzinfo=None)
    if shown.second == 0 and shown.microsecond == 0:
        wall = wall.replace(second=0, microsecond=0)
    return wall == shown.replace(tzinfo=None)


def marked_abroad(choice: TimeChoice, shown: TimeChoice) -> bool:
    """Whether a zoned structured time is the page's own instant abroad rather than a wrong
    zone: :func:`zoned_abroad`, or a time of day shown in another zone of the same country, on
    the same minute of the hour (Sing Tao Canada marks 07:01-08:00, Vancouver, and shows 10:01,
    Toronto). A wrong zone keeps the wall clock (10:01Z beside 10:01) or writes UTC."""
    if zoned_abroad(choice.value, shown.value):
        return True
    offset = choice.value.utcoffset()
    if choice.origin != "zoned" or choice.date_only or shown.date_only:
        return False
    if offset is None or not offset or offset == shown.value.utcoffset():
        return False
    wall = choice.value.replace(tzinfo=None, second=0, microsecond=0)
    seen = shown.value.replace(tzinfo=None, second=0, microsecond=0)
    return wall != seen and wall.minute == seen.minute and abs(wall - seen) < DAY
