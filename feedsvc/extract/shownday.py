"""Two structured times on different days, and a date the page shows under the headline:
JSON-LD's ``datePublished`` carries when the entry was first made in the CMS (2021-02-19),
``article:published_time`` and the byline when the story went out (2021/05/14)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .shown import TimeChoice


def shown_day_wins(
    trusted: Sequence[TimeChoice],
    shown: TimeChoice | None,
    score: float,
    sure: float,
    certain: float | None = None,
) -> TimeChoice:
    """The first structured time, unless a date shown beside the headline (scored at least
    *sure*) falls on another day and a later structured time falls on the shown day: then that
    time, which the page confirms. A date labelled as the publish date (scored at least
    *certain*) beats plain metas of another day when none names its zone: a government site's
    ``DC.Date`` 2023-04-24 (when the page was last regenerated) over 日期：109-08-03."""
    choice = trusted[0]
    if shown is None or score < sure or _day(choice, shown) == shown.value.date():
        return choice
    later = next((c for c in trusted[1:] if _day(c, shown) == shown.value.date()), None)
    if later is not None:
        return later
    if certain is not None and score >= certain and all(c.origin == "meta" for c in trusted):
        return shown
    return choice


def _day(choice: TimeChoice, shown: TimeChoice) -> date:
    """The day of a structured time in the zone of the time shown."""
    return choice.value.astimezone(shown.value.tzinfo).date()
