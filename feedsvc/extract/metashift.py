"""A zoned structured time that the time shown under the headline corrects within a day."""

from __future__ import annotations

from datetime import timedelta

from .shown import TimeChoice

MINUTE = timedelta(minutes=1)

#: How much later than the markup a shown time may be and still be the story's time.
DAY = timedelta(days=1)


def shown_corrects(choice: TimeChoice, shown: TimeChoice, score: float, sure: float) -> bool:
    """Whether the time shown beside the headline (scored at least *sure*) replaces a zoned
    structured one: an earlier time of the same day (the markup carries when the page was built
    or last edited: ``article:published_time`` 20:35:54 on every story of a site, 19:14 under
    the headline); or a later time within a day (the markup carries when the draft was made,
    23:16:17, the page when it went out the next morning, 07:30)."""
    if choice.origin != "zoned" or choice.date_only or shown.date_only or score < sure:
        return False
    stamped = choice.value.astimezone(shown.value.tzinfo)
    if stamped.date() == shown.value.date() and shown.value < stamped - MINUTE:
        return True
    return stamped < shown.value - MINUTE and shown.value - stamped <= DAY
