"""Two structured times on different days, and a date the page shows under the headline:
JSON-LD's ``datePublished`` carries when the entry was first made in the CMS (2021-02-19),
``article:published_time`` and the byline when the story went out (2021/05/14)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .shown import TimeChoice


def shown_day_wins(
    trusted: Sequence[TimeChoice], shown: TimeChoice | None, score: float, sure: float
) -> TimeChoice:
    """The first structured time, unless a date shown beside the headline (scored at least
    *sure*) falls on another day and a later structured time falls on the shown day: then that
    time, which the page confirms."""
    choice = trusted[0]
    if shown is None or score < sure or _day(choice, shown) == shown.value.date():
        return choice
    return next((c for c in trusted[1:] if _day(c, shown) == shown.value.date()), choice)


def _day(choice: TimeChoice, shown: TimeChoice) -> date:
    """The day of a structured time in the zone of the time shown."""
    return choice.value.astimezone(shown.value.tzinfo).date()
