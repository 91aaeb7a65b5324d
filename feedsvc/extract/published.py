"""The publish time: structured data, the info block under the headline, scripts, the URL."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from datetime import time
from datetime import tzinfo

from ..timeutil import rfc3339
from .bodystart import body_start
from .createdtime import created_before_update
from .dateline import dateline_day
from .dates import find_times
from .dates import parse_value
from .dates import url_date
from .explain import Explanation
from .generated import without_generated
from .infobelow import info_below
from .laterstamps import closing_date
from .laterstamps import closing_stamp
from .laterstamps import issue_day
from .laterstamps import labelled_after
from .metadata import TIME_METAS
from .metadata import Structured
from .metashift import marked_abroad
from .metashift import shown_corrects
from .postclock import footer_clock
from .replyfloors import first_floor_time
from .shown import Scored
from .shown import TimeChoice
from .shown import split_time
from .shown import visible_times
from .shownday import shown_day_wins
from .text import Line
from .updatemeta import shown_first

#: Meta names of update times: never the publish time, but evidence of its year.
MODIFIED_METAS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dateupdate",
    "lastmodifiedtime",
    "weibo: article:update_at",
)

#: Publish times in scripts: ``publish_time: '2019-09-08 11:42:03'``, ct, ``"pubTime":1552371600``,
#: ``var pubdata='2018年02月12日'`` (a government CMS writing its 发布时间 with a script)
SCRIPT_TIME = re.compile(
    r"""\b(?:(?:first)?[Pp]ublish(?:_?[Tt]ime|_?[Dd]ate)|pub[Tt]ime|pubDate|pubdata|published_?[Aa]t"""
    r"""|ptime|ct)\b["']?\s*[:=]\s*(?:["'](?P<v>[0-9][0-9 :T+\-/.年月日]{7,30}Z?)["']"""
    r"""|(?P<e>1\d{9}(?:\d{3})?)(?![\d.]))"""
)

#: How sure the best visible time must be to overrule structured data: SURE for a zoned
#: one showing the same wall-clock time, CERTAIN for a plain meta giving another time.
SURE = 80
CERTAIN = 100
#: How many days a time may stand from the date in the URL before a time on that day wins.
URL_DAY_SLACK = 3


def choose_time(
    structured: Structured,
    lines: Sequence[Line],
    title_at: int | None,
    url: str | None,
    zone: tzinfo,
    scripts: str = "",
    explain: Explanation | None = None,
) -> TimeChoice | None:
    """The publish time: structured data, the info block, labelled times, the URL; or None."""
    choice = _choose_time(structured, lines, title_at, url, zone, scripts, explain)
    choice = created_before_update(choice, lines, title_at)
    if explain is not None:
        value = rfc3339(choice.value) if choice else None
        explain.choose("published", value, WHY.get(choice.origin, "") if choice else "")
    return choice


#: Why a time of each origin won.
WHY = {
    "zoned": "structured data with a zone (JSON-LD / meta), not contradicted by the page",
    "meta": "a time meta, not contradicted by a labelled time the page shows",
    "visible": "the best-scoring time shown near the headline (labelled beats unlabelled, "
    "nearer beats farther, a time of day beats a date)",
    "naive": "a zoneless datetime attribute near the headline, the best-scoring time",
    "script": "the page shows no time: the publish time a script carries",
    "script_day": "the page shows a date only: its time of day from the time a script carries",
    "updated": "the page shows only an update time (zoned, or a source line's), on the URL's day",
    "url": "the page shows no time: the date in the URL (date only)",
    "lone": "a date without a time of day, and the time alone on a line under the headline",
    "footer": "a date header over the post, and the time of day its footer gives (Posted by …)",
    "labelled": "nothing near the headline: a labelled date alone on a line of a facts list",
    "closing": "nothing near the headline: the time on the line after the closing byline",
    "below": "nothing near the headline: the info line a few lines into the text",
    "floor": "nothing near the headline: the time in the tail of the thread's first post",
    "dateline": "the page shows no date: the dateline's day in the month of a month trailer "
    "or the URL (date only)",
    "closing_date": "the page shows no other date: the date alone on the line closing the text",
    "issue": "the page shows no date: the day of the magazine's issue (date only)",
    "created": "the time shown is the 更新時間 closing the text: the 建立時間 on that day",
}


def _choose_time(
    structured: Structured,
    lines: Sequence[Line],
    title_at: int | None,
    url: str | None,
    zone: tzinfo,
    scripts: str,
    explain: Explanation | None,
) -> TimeChoice | None:
    """The steps of :func:`choose_time`."""
    if explain is not None:
        _consider_structured(explain, structured)
    from_url = url_date(url)
    structured_found = _structured_times(structured, zone)
    anchor = title_at if title_at is not None else 0
    start = max(0, anchor - 10)
    end = body_start(lines, anchor) if title_at is not None else min(len(lines), 60)
    year_hint = _year_hint(from_url, structured_found, structured, lines[start:end], zone)
    visible, updated = visible_times(lines, (start, end), anchor, zone, year_hint, explain)
    visible += split_time(lines, start, end, anchor, zone)
    visible.sort(key=lambda pair: -pair[0])
    trusted = without_generated(structured_found, structured, visible, SURE, zone)
    choice = shown_first(_reconcile(trusted, visible), visible, lines, (start, end), zone)
    if choice is None:
        choice = closing_stamp(lines, anchor, zone) or labelled_after(lines, anchor, zone)
        choice = choice or first_floor_time(lines, anchor, zone)  # 1楼 2016-04-23 20:47
    if choice is None and title_at is not None:
        choice = info_below(lines, end, zone)
    if choice is None:
        choice = _fallback(scripts, updated, from_url, zone)
    if choice is None and title_at is not None:
        choice = closing_date(lines, anchor, zone)  # …工作。 / （2023年5月4日）
    if choice is None:
        month = (from_url[0], from_url[1]) if from_url else None
        day = dateline_day(lines, anchor, month, zone)
        choice = TimeChoice(day, True, "dateline") if day else choice
    if choice is None:
        choice = issue_day(lines, anchor, zone)
    if choice is None:
        return None
    if choice.date_only:  # 2015-05-12 shown, the instant in a script (WeChat's ct)
        structured_found = structured_found + _script_times(scripts, zone)
    choice = _refine(choice, visible, structured_found, from_url, zone)
    if title_at is None:
        return choice
    return footer_clock(_lone_time(choice, lines, anchor), lines, anchor)  # Posted by X at 9 PM


#: A time of day alone on its line, as instant-news pages show it under the headline: (11:20).
LONE_TIME = re.compile(r"^[(（]?\s*(?P<H>[01]?\d|2[0-3])\s*[:：]\s*(?P<M>[0-5]\d)\s*[)）]?$")


def _lone_time(choice: TimeChoice, lines: Sequence[Line], anchor: int) -> TimeChoice:
    """A date-only choice takes the time of day shown alone on a line just under the headline
    (the day itself is in the URL or a meta, the page writes only (11:20))."""
    if not choice.date_only:
        return choice
    for line in lines[anchor + 1 : anchor + 4]:
        hit = LONE_TIME.match(line.text.strip())
        if hit:
            value = choice.value.replace(hour=int(hit["H"]), minute=int(hit["M"]))
            return TimeChoice(value, False, "lone")
    return choice


def _consider_structured(explain: Explanation, structured: Structured) -> None:
    """Record the times the page declares in JSON-LD and metas."""
    if structured.published:
        explain.consider("published", structured.published, "JSON-LD datePublished", "zoned/meta")
    for name in TIME_METAS:
        for value in structured.metas.get(name, []):
            explain.consider("published", value, f'meta "{name}"', "time meta")


def _structured_times(structured: Structured, zone: tzinfo) -> list[TimeChoice]:
    """The times of JSON-LD and the time metas; a value that names its zone is "zoned"."""
    found: list[TimeChoice] = []
    values = [structured.published] if structured.published else []
    values += [v for name in TIME_METAS for v in structured.metas.get(name, [])]
    for raw in values:
        parsed = parse_value(raw, zone)
        if parsed is not None:
            explicit = bool(re.search(r"(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC)\s*$", raw.strip()))
            found.append(TimeChoice(parsed[0], parsed[1], "zoned" if explicit else "meta"))
    return found


def _year_hint(
    from_url: tuple[int, int, int] | None,
    structured_found: list[TimeChoice],
    structured: Structured,
    window: Sequence[Line],
    zone: tzinfo,
) -> int | None:
    """The year of times written without one: the URL's, structured data's, an update
    meta's, else the first dated line around the headline."""
    if from_url:
        return from_url[0]
    if structured_found:
        return structured_found[0].value.year
    # An update time is no publish time, but it tells the year of 发布时间：09-30 22:46.
    for name in MODIFIED_METAS:
        modified = parse_value(structured.metas.get(name, [""])[0], zone)
        if modified is not None:
            return modified[0].year
    for line in window:
        found = find_times(line.text, zone)
        if found:
            return found[0].value.year
    return None


def _reconcile(structured_found: list[TimeChoice], visible: list[Scored]) -> TimeChoice | None:
    """Structured data, unless the time the page shows clearly corrects it; else that time."""
    best_score, best_visible = visible[0] if visible else (0.0, None)
    trusted = [c for c in structured_found if c.origin == "zoned"] + [
        c for c in structured_found if c.origin == "meta"
    ]
    if not trusted:
        return best_visible
    choice = trusted[0]
    if best_visible is None or best_visible.date_only:
        return shown_day_wins(trusted, best_visible, best_score, SURE, CERTAIN)
    if best_visible.origin == "naive" and choice.origin == "zoned":
        return choice  # a zoneless datetime attribute is markup too: it does not correct a zone
    if best_score >= SURE:
        # Two structured times that disagree: the one the page shows wins.
        same = [c for c in trusted if _same_minute(c.value, best_visible.value)]
        if same and not _same_minute(choice.value, best_visible.value):
            choice = choice if marked_abroad(choice, best_visible) else same[0]
    abroad = marked_abroad(choice, best_visible)
    if choice.origin == "zoned" and not choice.date_only and best_score >= SURE:
        shift = (choice.value - best_visible.value).total_seconds()
        if shift and shift % 3600 == 0 and abs(shift) <= 14 * 3600 and not abroad:
            # The page shows the same wall-clock time: the markup got the zone wrong.
            choice = best_visible
    if shown_corrects(choice, best_visible, best_score, SURE, CERTAIN) or _midnight_stand_in(
        choice, best_visible, best_score
    ):
        choice = best_visible
    if (
        choice.origin == "meta"
        and not choice.date_only
        and choice.value != best_visible.value
        and best_score >= CERTAIN
    ):
        choice = best_visible
    return choice


def _script_times(scripts: str, zone: tzinfo) -> list[TimeChoice]:
    """The times of day that scripts carry (see SCRIPT_TIME), to give a shown date its time."""
    found: list[TimeChoice] = []
    for script_hit in SCRIPT_TIME.finditer(scripts):
        parsed = parse_value(script_hit["v"] or script_hit["e"], zone)
        if parsed is not None and not parsed[1]:
            found.append(TimeChoice(parsed[0], False, "script_day"))
    return found


def _midnight_stand_in(choice: TimeChoice, shown: TimeChoice, score: float) -> bool:
    """Whether structured data carries the day at midnight (``2023-05-16T00:00:00+08:00``, a
    CMS filling a date-only field) while the page shows a time of day on that day."""
    if shown.date_only or score < SURE:
        return False
    zone = shown.value.tzinfo
    stamped = choice.value.astimezone(zone)
    return stamped.time() == time() and stamped.date() == shown.value.date()


def _fallback(
    scripts: str,
    updated: list[TimeChoice],
    from_url: tuple[int, int, int] | None,
    zone: tzinfo,
) -> TimeChoice | None:
    """When the page shows no time: a script's, a zoned update dateline, the URL's date."""
    for script_hit in SCRIPT_TIME.finditer(scripts):
        parsed = parse_value(script_hit["v"] or script_hit["e"], zone)
        if parsed is not None:
            return TimeChoice(parsed[0], parsed[1], "script")
    if updated:
        # The page shows nothing but a zoned update dateline: that is the only evidence, as
        # long as it agrees with a date in the URL. A plain 更新时间 never stands in.
        day = updated[0].value.astimezone(zone).date()
        if not (from_url and from_url[2]) or day == datetime(*from_url).date():
            return updated[0]
    if from_url and from_url[2]:
        y, m, d = from_url
        return TimeChoice(datetime(y, m, d, tzinfo=zone), True, "url")
    return None


def _refine(
    choice: TimeChoice,
    visible: list[Scored],
    structured_found: list[TimeChoice],
    from_url: tuple[int, int, int] | None,
    zone: tzinfo,
) -> TimeChoice:
    """A time of day for a date-only choice, and the URL's day for a choice far from it (and
    then its time of day: 生成日期 2024-06-04 over 发布日期 2024-06-13, PubDate …-13 14:54)."""
    others = [c for _, c in visible] + structured_found
    timed = _time_of_day(choice, others, zone)
    if timed is not choice:
        return timed
    return _time_of_day(_url_day(choice, visible, from_url, zone), others, zone)


def _time_of_day(choice: TimeChoice, others: list[TimeChoice], zone: tzinfo) -> TimeChoice:
    """A date-only *choice* with the time of day of another candidate on that day."""
    if choice.date_only:
        day = choice.value.date()
        for other in others:
            # The day in the zone the page wrote (2:40 PM EDT is the next day in Shanghai).
            days = (other.value.date(), other.value.astimezone(zone).date())
            if not other.date_only and day in days:
                return other
    return choice


def _url_day(
    choice: TimeChoice,
    visible: list[Scored],
    from_url: tuple[int, int, int] | None,
    zone: tzinfo,
) -> TimeChoice:
    """A time on the URL's day for a *choice* days away from it."""
    if from_url and from_url[2] and choice.origin != "zoned":
        y, m, d = from_url
        url_day = datetime(y, m, d).date()
        if abs((choice.value.astimezone(zone).date() - url_day).days) > URL_DAY_SLACK:
            for _, other in visible:
                if other.value.astimezone(zone).date() == url_day:
                    return other
            shown = max((score for score, other in visible if other == choice), default=0.0)
            if choice.origin == "visible" and choice.value.astimezone(zone).date() > url_day:
                # 2026年12月1日 星期二 (a header's clock) over a story dated years before in its
                # URL, the story showing no time: the page's day of viewing, not of publishing;
                # never 时间: 2013-02-04 11:53 under the headline (a CMS's folder of 2012/0216
                # is the day the entry was made)
                if shown < CERTAIN:
                    return TimeChoice(datetime(y, m, d, tzinfo=zone), True, "url")
    return choice


def _same_minute(a: datetime, b: datetime) -> bool:
    return a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0)
