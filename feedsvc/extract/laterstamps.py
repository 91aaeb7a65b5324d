"""Times farther into the page, when none stands near the headline: closing, labelled, issue."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo
from itertools import chain
from itertools import islice

from bs4 import Tag

from .dates import find_times
from .leadlines import MAGAZINE_ISSUE
from .pageaside import in_page_aside
from .shown import TimeChoice
from .text import Line
from .text import in_list


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


#: （2023年5月4日）, 2023-05-04: a date alone on its line, in brackets or not.
DATE_ALONE = re.compile(r"^[(（]?\s*(?P<d>[^()（）]{6,24}?)\s*[)）]?$")
#: The end of a sentence: the text of a paragraph before a closing date or a signature.
SENTENCE_END = re.compile(r"[。！？!?”』」…]\s*$")


def closing_date(lines: Sequence[Line], anchor: int, zone: tzinfo) -> TimeChoice | None:
    """When nothing else dates the page: the date alone on the line that closes the text,
    after its last paragraph or under a signature (…工作。 / （2023年5月4日））."""
    for i in range(anchor + 2, min(len(lines), anchor + 120)):
        line = lines[i]
        found = DATE_ALONE.match(line.text.strip())
        if found is None or line.in_comments or _linked(line.element):
            continue
        if in_page_aside(line.element):
            continue  # a date in the sidebar's list of other releases
        hits = find_times(found["d"], zone)
        if not hits or hits[0].start != 0 or hits[0].end != len(found["d"]):
            continue
        if _closes_text([lines[j].text.strip() for j in range(max(anchor + 1, i - 2), i)]):
            return TimeChoice(hits[0].value, hits[0].date_only, "closing_date")
    return None


#: A signature over a closing date: an office or a name, no sentence (江川市教育局).
SIGNATURE = re.compile(r"^[^\s，。,：:；;！？!?]{2,20}$")


def _closes_text(before: list[str]) -> bool:
    """Whether the lines before a date end the text: a paragraph, or one and a signature."""
    if not before:
        return False
    last = before[-1]
    if len(before) == 2 and SIGNATURE.match(last):
        last = before[0]
    return len(last) >= 10 and SENTENCE_END.search(last) is not None


def _linked(tag: Tag) -> bool:
    """Whether *tag* is a list item or sits in a link: another story's date."""
    near = islice(chain((tag,), tag.parents), 5)
    return in_list(tag) or any(parent.name == "a" for parent in near)
