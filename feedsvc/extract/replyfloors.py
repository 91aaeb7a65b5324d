"""Forum threads: the first post is the article; the replies after it are not.

A thread page (Discuz!, PHPWind, 天涯, 贴吧 and the 论坛 of city portals) sets every post in
the same frame: the first post's block and each reply's block are siblings of one tag and
class (div.atl-item host-item, div.atl-item, div.atl-item…; div#post_1, div#post_2…). A
reply's info line (作者：某网友 时间：…) then reads like the article's byline; it is marked as a
comment line so that it never names the article's writer.

Each post's info line also carries the thread's links 只看该作者 / 只看楼主 (show this poster's
posts only): a link's words, never an 作者 label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo
from itertools import islice

from bs4 import Tag

from .dates import find_times
from .shown import TimeChoice
from .text import Line
from .text import attr_words
from .text import squash

#: the thread links of a post's info line: 只看该作者, 只看此人, 只看楼主, 倒序看帖
#: and the post's floor, a place in the thread, not a poster: 楼主 发表于：…, 沙发 发表于 …
THREAD_LINKS = re.compile(
    r"只看(?:该|該|此)?(?:作者|人|楼主|樓主)|倒序(?:看帖|浏览)"
    r"|(?:^|(?<=\s))(?:楼主|樓主|沙发|沙發|板凳|地板)(?=\s+(?:发表|發表|发帖|發帖|时间|時間))"
)
#: the rank a forum prints on its poster's card beside the name: 吧主, 版主, 中级会员
POSTER_RANK = re.compile(
    r"(?:^|\s)(?:小?吧主|(?:超级|論壇|论坛)?[版板]主|楼主|樓主|(?:注册|註冊|中级|高级|初级|正式)?会员|"
    r"新手上路|管理员|管理員)(?:\s|$)"
)
#: what marks a block as a reply of a thread: its floor number or name, or Re: the title
FLOOR_MARK = re.compile(r"\d+\s*[楼樓#](?!\d)|沙发|沙發|板凳|地板|(?:^|\s)Re\s*[:：]", re.I)
FLOOR_WORD = re.compile(r"楼主|樓主|沙发|沙發|板凳|地板")
#: how far around the headline lines are read for bylines (see people.choose_authors)
BEFORE, AFTER = 6, 60
#: how many levels above the first paragraph a post's block may sit
DEPTH = 8
DIGITS = re.compile(r"\d+")


def _key(tag: Tag) -> str:
    """The frame a post's block shares with its siblings: its tag and first class, or its id
    without the post's number (post_581002 → post_)."""
    raw = tag.get("class")
    classes = [raw] if isinstance(raw, str) else list(raw or [])
    if classes:
        return f"{tag.name}.{classes[0]}"
    ident = tag.get("id")
    if isinstance(ident, str) and DIGITS.search(ident):
        return f"{tag.name}#{DIGITS.sub('', ident)}"
    return ""


def _replies(first: Tag) -> set[int]:
    """The blocks of the replies after the post holding *first*: later siblings of one of its
    blocks in the same frame (by id() of the tag)."""
    found: set[int] = set()
    for depth, block in enumerate([first, *first.parents]):
        if depth > DEPTH or block.name in ("body", "html") or block.parent is None:
            break
        key = _key(block)
        if not key or not attr_words(block):
            continue
        later = [s for s in block.find_next_siblings(block.name, limit=200) if _key(s) == key]
        # a reply says it is one: its floor (沙发, 2楼, 3#) or Re: its thread's title
        if later and FLOOR_MARK.search(" ".join(islice(later[0].stripped_strings, 30))):
            found.update(id(s) for s in later)
    return found


def _first_line(lines: list[Line], title_at: int, first_text: str) -> Tag | None:
    """The element of the body's first paragraph, read near the headline."""
    start = squash(first_text)[:16]
    if not start:
        return None
    for line in lines[title_at : title_at + AFTER]:
        if line.text.startswith(start):
            return line.element
    return None


def _in(element: Tag, blocks: set[int]) -> bool:
    return any(id(p) in blocks for p in [element, *element.parents])


def floor_lines(lines: list[Line], title_at: int | None, first_text: str) -> list[Line]:
    """*lines* with, near the headline, the thread links dropped from info lines and the lines
    of the replies after the first post marked as comment lines."""
    if title_at is None:
        return lines
    out = list(lines)
    first = _first_line(out, title_at, first_text)
    blocks = _replies(first) if first is not None else set()
    for at in range(max(0, title_at - BEFORE), min(len(out), title_at + AFTER)):
        line = out[at]
        text = line.text
        if "只看" in text or "倒序" in text or FLOOR_WORD.search(text):
            text = squash(THREAD_LINKS.sub(" ", text))
        reply = line.in_comments or (bool(blocks) and _in(line.element, blocks))
        if text != line.text or reply != line.in_comments:
            out[at] = Line(text, line.element, reply)
    return out


#: the tail of a thread's first post, after its text: 来自Android客户端 1楼 2016-04-23 20:47
#: (a floor number, then the time it was posted); 2楼 and later floors are replies
FLOOR_TAIL = re.compile(r"(?:^|\s)(?:1\s*[楼樓#]|楼主|樓主)\s*(?=\d{4}[-/年.])")
LATER_FLOOR = re.compile(r"(?:^|\s)(?:[2-9]|\d{2,})\s*[楼樓#](?:\s|$)")


def first_floor_time(lines: Sequence[Line], anchor: int, zone: tzinfo) -> TimeChoice | None:
    """When nothing near the headline gives a time: the time in the tail of the thread's
    first post (1楼 2016-04-23 20:47), before any reply's floor."""
    for line in lines[anchor + 1 : anchor + 120]:
        text = line.text
        if len(text) > 80:  # (the tail often sits in the post's reply box)
            continue
        floor = FLOOR_TAIL.search(text)
        if floor:
            hits = find_times(text[floor.end() :], zone)
            return TimeChoice(hits[0].value, hits[0].date_only, "floor") if hits else None
        if LATER_FLOOR.search(text):
            return None
    return None
