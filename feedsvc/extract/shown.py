"""The times a page shows in its lines, each scored by its label and its distance from the
headline; :mod:`.published` weighs the best of them against structured data."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import tzinfo
from itertools import chain
from itertools import islice

from bs4 import Tag

from ..timeutil import rfc3339
from .dates import FoundTime
from .dates import find_times
from .explain import Explanation
from .explain import where
from .headerclock import TODAY_LINE
from .headerclock import served_day
from .lexicon import AUTHOR
from .lexicon import EDITOR
from .lexicon import PUBLISH_LABELS
from .lexicon import SOURCE
from .lexicon import alternation
from .machinestamp import machine_origin
from .machinestamp import machine_stamp
from .metarow import meta_row
from .pageaside import in_page_aside
from .playerbox import in_player
from .storylist import story_item
from .storylist import story_row
from .text import LIST_WORDS
from .text import Line
from .text import attr_words
from .text import in_list
from .timelabels import BAD_LABEL
from .timelabels import UPDATE_LABEL

PUB_LABEL = re.compile(
    rf"(?:{alternation(*PUBLISH_LABELS)}|publish(?:ed)?(?: ?(?:time|date|on))?"
    # posted @ 2021-07-16 09:37, Posted on: the footer of a blog post
    r"|posted(?: ?(?:@|on|at))?)\s*[:：]?\s*$",
    re.I,
)

#: the count of comments that closes a blog's info line (3 条评论, 评论(12), 12 回复), a link
#: beside the time, not the label of a time
COMMENT_COUNT = re.compile(
    r"\s*(?:\d+\s*条?(?:评论|回复|留言)|(?:评论|回复|留言)\s*[(（]?\d+[)）]?)\s*$"
)
#: A link alone on its line that calls to comment (我要评论, 发表评论) between the headline and
#: its info line: an action, not the label of the time below it.
COMMENT_CALL = re.compile(r"^\s*(?:我要|发表|参与|查看)(?:评论|評論)\s*$")

#: 欢迎访问本站 今天是2018年3月1日: a site header's greeting and clock, no story's time; not
#: the comment link beside an article's time (2018年02月07日 11:01 新浪公益 欢迎发表评论).
GREETING = re.compile(r"今天是|今日是|欢迎(?!发表评论|评论|留言)")

#: 更新時間, which Taiwanese portals print as their only time (CNA), and which yields to another
#: time its line shows (更新時間：2016/08/29 03:08 時間：2016/08/24 08:20).
LONE_UPDATE = re.compile(r"更新時間\s*[:：]?\s*$")
UPDATE_BESIDE_COST = 5

#: A source or writer label (来源：, 作者：, 编辑：), and one right after a time that opens an
#: info line: 2023-05-04 10:23 来源：新华网 作者：某某.
WRITER_LABEL = re.compile(rf"(?:{alternation(*SOURCE, *AUTHOR, *EDITOR)})\s*[:：]")
LABEL_AFTER = re.compile(rf"^[\s|｜/]*{WRITER_LABEL.pattern}")

TIME_CLASS = re.compile(r"time|date|pub|fbsj|\bsj\b|riqi|shijian", re.I)


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
#: 发文日期: the day a 信息公开 table's document was issued, which yields to its 发布日期 (the day
#: the page went up) wherever the table shows both.
DOCUMENT_DATE = re.compile(r"发文(?:日期|时间)\s*[:：]?\s*$")
DOCUMENT_COST = 20

Scored = tuple[float, "TimeChoice"]


@dataclass(frozen=True)
class TimeChoice:
    """A candidate publish time and where it came from (zoned, meta, visible, script, ...)."""

    value: datetime
    date_only: bool
    origin: str


#: What a label PUB_LABEL reads contains: where no line holds it, no time is labelled.
PUB_WORD = re.compile(rf"{alternation(*PUBLISH_LABELS)}|publish|posted", re.I)


def _may_be_labelled(lines: Sequence[Line], index: int) -> bool:
    """Whether a time on line *index* can be labelled: by a label in it or in the short line
    before it (:func:`_label_before`), or by a time class on a short line (_score_visible)."""
    line = lines[index]
    before = lines[index - 1].text if index > 0 else ""
    return (
        PUB_WORD.search(line.text) is not None
        or (len(before) <= 20 and PUB_WORD.search(before) is not None)
        or (len(line.text) <= 40 and TIME_CLASS.search(attr_words(line.element)) is not None)
        or (len(line.text) <= 80 and WRITER_LABEL.search(line.text) is not None)  # _opens_info
    )


def _label_before(lines: Sequence[Line], index: int, found: FoundTime, anchor: int = -1) -> str:
    """The text before *found*: on its line, else the short line above (not the headline:
    标题…延至今日出發 then 2018-07-02 12:58 is no 今日 label; 某编辑 0评论, the writer's line
    with its comment counter, labels the time below no more than the writer's name)."""
    text = lines[index].text[: found.start]
    if not text.strip() and 0 < index != anchor + 1 and len(lines[index - 1].text) <= 20:
        if COMMENT_CALL.match(lines[index - 1].text):
            return ""
        return COMMENT_COUNT.sub("", lines[index - 1].text)
    return text[-16:]


def visible_times(
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
        # (发布时间：… opening the text's first line, an inline info line run into it, counts)
        opening = i == end and PUB_WORD.match(line.text) is not None
        skipped = line.in_comments or (len(line.text) > 300 and not in_window and not opening)
        if skipped or served_day(lines, i, anchor, explain):
            continue
        if not in_window and explain is None and not _may_be_labelled(lines, i):
            continue  # far from the headline only a labelled time counts (_score_visible)
        # a labelled line just below the lead (发表时间 : <time datetime>) still shows its instant
        # and so does a short one after the text (发布时间：<time datetime>2023年9月21日</time>)
        closing = i >= end + 2 and len(line.text) <= 40
        labelled = PUB_WORD.search(line.text) is not None
        near = in_window or (i >= end and labelled and (i < end + 2 or closing))
        counted = COMMENT_COUNT.sub("", line.text)  # … 作者 某某 3 条评论: a counter
        listed = not near or in_list(line.element) or bool(BAD_LABEL.search(counted))
        stamp = machine_stamp(line, listed, zone)
        if stamp is not None:
            # <time datetime="…">: the machine-readable time behind a date or "3小时前".
            weight = LABELLED + (0 if closing else IN_WINDOW) + WITH_CLOCK
            weight -= abs(i - anchor) * BELOW_COST
            if explain is not None:
                rule = f"machine time (datetime, data-time) {i - anchor:+d} lines from the headline"
                explain.consider("published", rfc3339(stamp), where(line.element), rule, weight)
            visible.append((weight, TimeChoice(stamp, False, machine_origin(line.element))))
        hits = _shown_hits(line.text, zone, year_hint, headline=i == anchor)
        for hit in hits:
            label = _label_before(lines, i, hit, anchor)
            if BAD_LABEL.search(label) or GREETING.search(line.text):
                if in_window and _update_stands_in(label, line.text[: hit.start], hit, zone):
                    # 更新时间 2012年12月10日, 格林尼治标准时间10:41: the zoned dateline that the
                    # Chinese editions of foreign outlets print instead of a publish time.
                    updated.append(TimeChoice(hit.value, hit.date_only, "updated"))
                if explain is not None:
                    text = line.text[hit.start : hit.end]
                    rule = f"ignored: {label.strip()[-8:]!r} is not a publish label"
                    explain.consider("published", text, where(line.element), rule)
                continue
            score = _score_visible(line, label, hit, i - anchor, in_window)
            if score is not None and len(hits) > 1 and LONE_UPDATE.search(label):
                score -= UPDATE_BESIDE_COST  # 更新時間：… 時間：…: the other is the publish time
            if explain is not None and score is not None:
                rule = f"shown {i - anchor:+d} lines from the headline after {label.strip()[-8:]!r}"
                text = line.text[hit.start : hit.end]
                explain.consider("published", text, where(line.element), rule, score)
            if score is not None:
                visible.append((score, TimeChoice(hit.value, hit.date_only, "visible")))
    return visible, updated


def _shown_hits(text: str, zone: tzinfo, year_hint: int | None, headline: bool) -> list[FoundTime]:
    """The times *text* shows; on the *headline*'s line, not an event's time inside its words
    (某某服5月4日15:00火爆开启)."""
    hits = find_times(text, zone, year_hint)
    return [hit for hit in hits if not (headline and _inside_words(text, hit))]


def _inside_words(text: str, hit: FoundTime) -> bool:
    """Whether *hit* stands inside a sentence's words on *text*: after words and no label,
    and before more words (not a date closing a heading, not an info line's)."""
    before, after = text[: hit.start], text[hit.end :]
    return (
        re.search(r"[\u4e00-\u9fff]\s*$", before) is not None
        and re.search(r"[:：|｜]", before) is None
        and re.match(r"[\u4e00-\u9fff]", after) is not None
    )


def _in_link(tag: Tag) -> bool:
    """Whether *tag* sits inside a link, a few levels up."""
    return any(parent.name == "a" for parent in islice(chain((tag,), tag.parents), 4))


#: The class words of a list of other stories: related, hot, recommended, ranked.
STORY_LIST = re.compile(r"hot|tuijian|relat|recommend|rank|xgxw|\btj\b|tj[-_]", re.I)


def _update_stands_in(label: str, before: str, hit: FoundTime, zone: tzinfo) -> bool:
    """Whether *hit* is an update time that may stand in for a publish time the page does not
    show: one with a time of day in a zone other than *zone*, or the one of a source line
    (来源：央视网 更新时间：2012年10月08日 19:32), the only time such portals print; a date
    alone on an institution CMS's info line (作者：… 来源：… 点击数： 更新时间：2012-3-5,
    作者：admin 更新时间：2016-05-16)."""
    if not UPDATE_LABEL.search(label):
        return False
    if hit.date_only:  # (作者：admin 更新时间：2016-05-16: a writer's field will do)
        return re.search(r"(?:来\s*源|作\s*者)\s*[:：]", before) is not None
    return hit.value.tzinfo != zone or re.search(r"来\s*源\s*[:：]", before) is not None


def _score_visible(
    line: Line, label: str, hit: FoundTime, offset: int, in_window: bool
) -> float | None:
    """The score of a time shown *offset* lines from the headline; None when it does not count."""
    if _in_link(line.element) or story_row(line.element) or story_item(line.element):
        return None  # the date of a linked story (<a><div class="item-date">), not this one's
    if in_page_aside(line.element):
        return None  # the page's <aside> (Recent Press Releases), outside the article
    if in_player(line.element):
        return None  # Time：… in a video player's error panel: when the player failed
    publish = PUB_LABEL.search(label) is not None
    # 标题 <span>2015/6/2 18:13</span>: a time in the headline's own block is labelled by it
    labelled = (
        publish
        or offset == 0
        or _opens_info(line, hit)
        or (
            len(line.text) <= 40
            and TIME_CLASS.search(attr_words(line.element)) is not None
            and not in_list(line.element)
            and not (offset < 0 and TODAY_LINE.match(line.text))
        )
    )
    # 时间：… in a floated info column (pull-right, side) is still this page's; only a list
    # of stories makes a labelled time another story's
    listed = in_list(line.element, STORY_LIST if publish else LIST_WORDS)
    listed = listed and not (publish and meta_row(line.element))  # <li>发表于 …</li><li>阅读</li>
    if not in_window and (not labelled or listed):
        return None  # far from the headline: only a labelled time outside any list
    score = (LABELLED if labelled else UNLABELLED) + (IN_WINDOW if in_window else 0)
    score -= abs(offset) * (BELOW_COST if offset >= 0 else ABOVE_COST)
    score += 0 if hit.date_only else WITH_CLOCK
    score -= DOCUMENT_COST if DOCUMENT_DATE.search(label) else 0
    if len(line.text) > 200:
        score -= IN_PARAGRAPH
    return score


def _opens_info(line: Line, hit: FoundTime) -> bool:
    """Whether *hit* opens a portal's info line, labelled by the source or writer after it
    (2023-05-04 10:23 来源：新华网): that line dates the story, not a list's item."""
    if hit.start > 1 or len(line.text) > 80 or in_list(line.element):
        return False
    return LABEL_AFTER.match(line.text[hit.end :]) is not None


#: 2023.06.15 / 13:45: a date and its time of day in two blocks of their own (<li>, <span>).
DAY = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")
CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\s*[:：]\s*[0-5]\d")


def split_time(
    lines: Sequence[Line], start: int, end: int, anchor: int, zone: tzinfo
) -> list[Scored]:
    """A time written over consecutive short blocks under the headline: ``2019`` / ``09/07``
    / ``19:02`` in three <div>s, ``2023.06.15`` / ``13:45`` in two."""
    found: list[Scored] = []
    for i in range(start, max(start, end - 1)):
        group = lines[i : i + 3]
        if any(line.in_comments or len(line.text) > 12 for line in group[:2]):
            continue
        tile = _day_tile(group[0].text.strip(), group[1].text.strip(), zone)
        if tile is not None:
            score = UNLABELLED + IN_WINDOW - abs(i - anchor) * BELOW_COST
            found.append((score, TimeChoice(tile, True, "visible")))
            continue
        if DAY.fullmatch(group[0].text.strip()) and CLOCK.fullmatch(group[1].text.strip()):
            group = group[:2]
        else:
            if i + 2 >= end or len(group[2].text) > 12 or group[2].in_comments:
                continue
            if not re.fullmatch(r"(?:19|20)\d{2}\s*年?", group[0].text):
                continue
        for hit in find_times(" ".join(line.text for line in group), zone):
            if not hit.date_only:
                score = SPLIT_TIME - abs(i - anchor)
                found.append((score, TimeChoice(hit.value, False, "visible")))
                break
    return found


#: 2024年02月, 2023-03: the month under a calendar tile's day.
YEAR_MONTH = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>1[0-2]|0?[1-9])\s*月?")


def _day_tile(first: str, second: str, zone: tzinfo) -> datetime | None:
    """A date as a calendar tile shows it: the day large in one block, the year and month
    small in the next (<div class="day">21</div><div class="year">2024年02月</div>)."""
    month = YEAR_MONTH.fullmatch(second)
    if month is None or not re.fullmatch(r"0?[1-9]|[12]\d|3[01]", first):
        return None
    try:
        return datetime(int(month["y"]), int(month["m"]), int(first), tzinfo=zone)
    except ValueError:
        return None
