"""Times farther into the page, when none stands near the headline: closing, labelled, issue."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo

from .dates import find_times
from .leadlines import MAGAZINE_ISSUE
from .shown import TimeChoice
from .text import Line


def issue_day(lines: Sequence[Line], anchor: int, zone: tzinfo) -> TimeChoice | None:
    """When nothing else dates the page: the day of the magazine's issue on a line of its own,
    发于2021.3.15总第989期《中国新闻周刊》 (an issue's number alone, 2008年第30期, is no day)."""
    for line in lines[anchor + 1 : anchor + 120]:
        if len(line.text) > 60 or line.in_comments or not MAGAZINE_ISSUE.match(line.text):
            continue
        hits = find_times(line.text, zone)
        if hits:
            return TimeChoice(hits[0].value, True, "issue")
    return None


#: A byline that closes a broadcaster's story: 記者許雅婷 台南報導, 台中 嘉義 綜合報導.
CLOSING_BYLINE = re.compile(r"^.{2,28}(?:報導|报道|報道)$")


#: The air time alone on a line after it: (2016-01-05 19:00) 晚間新聞.
STAMP_LINE = re.compile(r"^[(（]?[^()（）]{8,24}[)）]?(?:\s*\S{2,8})?$")


def closing_stamp(lines: Sequence[Line], anchor: int, zone: tzinfo) -> TimeChoice | None:
    """When nothing near the headline gives a time: the time alone on the line right after a
    closing byline, as broadcasters end a story (記者… 報導 / (2016-01-05 19:00) 晚間新聞)."""
    for i in range(anchor + 1, min(len(lines) - 1, anchor + 120)):
        if not CLOSING_BYLINE.match(lines[i].text.strip()):
            continue
        after = lines[i + 1].text.strip()
        hits = find_times(after, zone) if STAMP_LINE.match(after) else []
        if hits and not hits[0].date_only and hits[0].start <= 1:
            return TimeChoice(hits[0].value, False, "closing")
        return None
    return None


#: 日期 05.03.2016, 发布时间：2016-03-05 14:30, 上版日期：112-06-13: a date alone on its line behind
#: its label, as a facts list after the text gives it (a Taiwanese government CMS's 上版日期).
LABELLED_ALONE = re.compile(
    r"^(?:日期|发布时间|發佈時間|發布時間|发布日期|發布日期|發佈日期|发表时间|發表時間|上版日期)\s*[:：]?\s*"
    r"(?=\d)[\d./\-年月日:： ]{8,22}$"
)


def labelled_after(lines: Sequence[Line], anchor: int, zone: tzinfo) -> TimeChoice | None:
    """When nothing near the headline gives a time: a labelled date alone on a line of a facts
    list after the headline (日期 05.03.2016)."""
    for line in lines[anchor + 1 : anchor + 120]:
        text = line.text.strip()
        if len(text) > 32 or not LABELLED_ALONE.match(text):
            continue
        hits = find_times(text, zone)
        if hits:
            return TimeChoice(hits[0].value, hits[0].date_only, "labelled")
    return None
