"""The publish time: structured data, the info block under the headline, scripts, the URL."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import tzinfo

from ..timeutil import rfc3339
from .dateline import dateline_day
from .dates import FoundTime
from .dates import element_time
from .dates import find_times
from .dates import parse_value
from .dates import url_date
from .explain import Explanation
from .explain import where
from .lexicon import INFO_LABEL
from .lexicon import PUBLISH_LABELS
from .lexicon import alternation
from .metadata import TIME_METAS
from .metadata import Structured
from .text import Line
from .text import attr_words
from .text import in_list

PUB_LABEL = re.compile(
    rf"(?:{alternation(*PUBLISH_LABELS)}|publish(?:ed)?(?: ?(?:time|date|on))?)\s*[:：]?\s*$", re.I
)

BAD_LABEL = re.compile(
    r"(?:成文日期|成文时间|印发日期|印发时间|更新时间|更新日期|最后更新|更新于|修改时间|修改日期|修订|"
    r"施行|实施日期|生效|有效期|截止|报名|开始时间|结束时间|举办时间|活动时间|会议时间|访问时间|"
    r"评论|回复|留言|updated?|modified|截至|统计(?!局)|拍摄|录制|开幕|闭幕|今天是|今日|"
    r"当前时间|现在时间|服务时间|办公时间|咨询时间|受理时间)\s*[:：]?\s*\S{0,6}\s*$",
    re.I,
)

UPDATE_LABEL = re.compile(r"更新时间|更新日期|最后更新|更新于")

TIME_CLASS = re.compile(r"time|date|pub|fbsj|\bsj\b|riqi|shijian", re.I)

#: Meta names of update times: never the publish time, but evidence of its year.
MODIFIED_METAS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dateupdate",
    "lastmodifiedtime",
    "weibo: article:update_at",
)

#: Publish times that scripts carry: ``publish_time: '2019-09-08 11:42:03'``, WeChat's ``ct``.
SCRIPT_TIME = re.compile(
    r"""\b(?:publish_?time|publishTime|pubtime|pubTime|pubDate|publishDate|publish_date|"""
    r"""firstPublishTime|ptime|ct)\b["']?\s*[:=]\s*["'](?P<v>[0-9][0-9 :T+\-/.]{7,30})["']"""
)


#: Scores of a time shown on the page (higher wins). A labelled time (发布时间：) starts at
#: LABELLED, any other at UNLABELLED; one in the window around the headline gains IN_WINDOW.
#: Every line away from the headline costs BELOW_COST (after it) or ABOVE_COST (before it); a
#: time of day gains WITH_CLOCK; a line that is a paragraph (over 200 characters) loses
#: IN_PARAGRAPH. A time spread over three short blocks scores SPLIT_TIME less its distance.
LABELLED = 100.0
UNLABELLED = 50.0
IN_WINDOW = 30
BELOW_COST = 1.0
ABOVE_COST = 3.0
WITH_CLOCK = 10
IN_PARAGRAPH = 40
SPLIT_TIME = 110.0
#: How sure the best visible time must be to overrule structured data: SURE for a zoned
#: one showing the same wall-clock time, CERTAIN for a plain meta giving another time.
SURE = 80
CERTAIN = 100
#: How many days a time may stand from the date in the URL before a time on that day wins.
URL_DAY_SLACK = 3

Scored = tuple[float, "TimeChoice"]


@dataclass(frozen=True)
class TimeChoice:
    """A candidate publish time and where it came from (zoned, meta, visible, script, ...)."""

    value: datetime
    date_only: bool
    origin: str


def _label_before(lines: Sequence[Line], index: int, found: FoundTime) -> str:
    text = lines[index].text[: found.start]
    if not text.strip() and index > 0 and len(lines[index - 1].text) <= 20:
        return lines[index - 1].text
    return text[-16:]


def _body_start(lines: Sequence[Line], anchor: int) -> int:
    """Index of the first line after the headline that reads like article text."""
    for i in range(anchor + 1, min(len(lines), anchor + 60)):
        text = lines[i].text
        if lines[i].in_comments or (len(text) <= 150 and INFO_LABEL.search(text)):
            continue
        if (len(text) >= 25 and re.search(r"[。！？，]", text)) or len(text) >= 120:
            return i
    return min(len(lines), anchor + 30)


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
    "script": "the page shows no time: the publish time a script carries",
    "updated": "the page shows only a zoned update dateline, on the URL's day",
    "url": "the page shows no time: the date in the URL (date only)",
    "dateline": "the page shows no date: the dateline's day in the month of a month trailer "
    "or the URL (date only)",
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
    end = _body_start(lines, anchor) if title_at is not None else min(len(lines), 60)
    year_hint = _year_hint(from_url, structured_found, structured, lines[start:end], zone)
    visible, updated = _visible_times(lines, (start, end), anchor, zone, year_hint, explain)
    visible += _split_time(lines, start, end, anchor, zone)
    visible.sort(key=lambda pair: -pair[0])
    choice = _reconcile(structured_found, visible)
    if choice is None:
        choice = _fallback(scripts, updated, from_url, zone)
    if choice is None:
        month = (from_url[0], from_url[1]) if from_url else None
        day = dateline_day(lines, anchor, month, zone)
        choice = TimeChoice(day, True, "dateline") if day else choice
    if choice is None:
        return None
    return _refine(choice, visible, structured_found, from_url, zone)


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


def _visible_times(
    lines: Sequence[Line],
    window: tuple[int, int],
    anchor: int,
    zone: tzinfo,
    year_hint: int | None,
    explain: Explanation | None = None,
) -> tuple[list[Scored], list[TimeChoice]]:
    """The times the page shows, scored; and zoned update datelines (see below)."""
    start, end = window
    visible: list[Scored] = []
    updated: list[TimeChoice] = []
    for i, line in enumerate(lines):
        in_window = start <= i < end
        if line.in_comments or (len(line.text) > 300 and not in_window):
            continue
        listed = not in_window or in_list(line.element) or BAD_LABEL.search(line.text)
        stamp = None if listed else element_time(line.element, line.text, zone)
        if stamp is not None:
            # <time datetime="…">: the machine-readable time behind a date or "3小时前".
            weight = LABELLED + IN_WINDOW + WITH_CLOCK - abs(i - anchor) * BELOW_COST
            if explain is not None:
                rule = f"<time datetime> {i - anchor:+d} lines from the headline"
                explain.consider("published", rfc3339(stamp), where(line.element), rule, weight)
            visible.append((weight, TimeChoice(stamp, False, "visible")))
        for hit in find_times(line.text, zone, year_hint):
            label = _label_before(lines, i, hit)
            if BAD_LABEL.search(label) or re.search(r"今天是|今日是|欢迎", line.text):
                if in_window and _zoned_update(label, hit, zone):
                    # 更新时间 2012年12月10日, 格林尼治标准时间10:41: the zoned dateline that the
                    # Chinese editions of foreign outlets print instead of a publish time.
                    updated.append(TimeChoice(hit.value, False, "updated"))
                if explain is not None:
                    text = line.text[hit.start : hit.end]
                    rule = f"ignored: {label.strip()[-8:]!r} is not a publish label"
                    explain.consider("published", text, where(line.element), rule)
                continue
            score = _score_visible(line, label, hit, i - anchor, in_window)
            if explain is not None and score is not None:
                rule = f"shown {i - anchor:+d} lines from the headline after {label.strip()[-8:]!r}"
                text = line.text[hit.start : hit.end]
                explain.consider("published", text, where(line.element), rule, score)
            if score is not None:
                visible.append((score, TimeChoice(hit.value, hit.date_only, "visible")))
    return visible, updated


def _zoned_update(label: str, hit: FoundTime, zone: tzinfo) -> bool:
    """Whether *hit* is an update time with a time of day in a zone other than *zone*."""
    return bool(UPDATE_LABEL.search(label)) and not hit.date_only and hit.value.tzinfo != zone


def _score_visible(
    line: Line, label: str, hit: FoundTime, offset: int, in_window: bool
) -> float | None:
    """The score of a time shown *offset* lines from the headline; None when it does not count."""
    labelled = PUB_LABEL.search(label) is not None or (
        len(line.text) <= 40
        and TIME_CLASS.search(attr_words(line.element)) is not None
        and not in_list(line.element)
    )
    if not in_window and (not labelled or in_list(line.element)):
        return None  # far from the headline: only a labelled time outside any list
    score = (LABELLED if labelled else UNLABELLED) + (IN_WINDOW if in_window else 0)
    score -= abs(offset) * (BELOW_COST if offset >= 0 else ABOVE_COST)
    score += 0 if hit.date_only else WITH_CLOCK
    if len(line.text) > 200:
        score -= IN_PARAGRAPH
    return score


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
        return choice
    if best_score >= SURE:
        # Two structured times that disagree: the one the page shows wins.
        same = [c for c in trusted if _same_minute(c.value, best_visible.value)]
        if same and not _same_minute(choice.value, best_visible.value):
            choice = same[0]
    if choice.origin == "zoned" and not choice.date_only and best_score >= SURE:
        shift = (choice.value - best_visible.value).total_seconds()
        if shift and shift % 3600 == 0 and abs(shift) <= 14 * 3600:
            # The page shows the same wall-clock time: the markup got the zone wrong.
            choice = best_visible
    if (
        choice.origin == "meta"
        and not choice.date_only
        and choice.value != best_visible.value
        and best_score >= CERTAIN
    ):
        choice = best_visible
    return choice


def _fallback(
    scripts: str,
    updated: list[TimeChoice],
    from_url: tuple[int, int, int] | None,
    zone: tzinfo,
) -> TimeChoice | None:
    """When the page shows no time: a script's, a zoned update dateline, the URL's date."""
    for script_hit in SCRIPT_TIME.finditer(scripts):
        parsed = parse_value(script_hit["v"], zone)
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
    """A time of day for a date-only choice, and the URL's day for a choice far from it."""
    if choice.date_only:
        day = choice.value.date()
        for other in [c for _, c in visible] + structured_found:
            if not other.date_only and other.value.astimezone(zone).date() == day:
                return other
    if from_url and from_url[2] and choice.origin != "zoned":
        y, m, d = from_url
        url_day = datetime(y, m, d).date()
        if abs((choice.value.astimezone(zone).date() - url_day).days) > URL_DAY_SLACK:
            for _, other in visible:
                if other.value.astimezone(zone).date() == url_day:
                    return other
    return choice


def _split_time(
    lines: Sequence[Line], start: int, end: int, anchor: int, zone: tzinfo
) -> list[Scored]:
    """A time written over consecutive short blocks under the headline: ``2019`` / ``09/07``
    / ``19:02`` in three <div>s."""
    found: list[Scored] = []
    for i in range(start, max(start, end - 2)):
        group = lines[i : i + 3]
        if any(line.in_comments or len(line.text) > 12 for line in group):
            continue
        if not re.fullmatch(r"(?:19|20)\d{2}\s*年?", group[0].text):
            continue
        for hit in find_times(" ".join(line.text for line in group), zone):
            if not hit.date_only:
                score = SPLIT_TIME - abs(i - anchor)
                found.append((score, TimeChoice(hit.value, False, "visible")))
                break
    return found


def _same_minute(a: datetime, b: datetime) -> bool:
    return a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0)
