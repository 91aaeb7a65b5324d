"""Bylines that name the outlet beside its writers: ``【中廣新聞╱彭清仁】``, ``張雅婷／中時新聞網``,
``壹蘋新聞網／吳宗翰報導``, ``中央纪委国家监委网站 王卓``; and a column's ``「林怡君」撰文``."""

from __future__ import annotations

import re

from .lexicon import PLACES
from .nameshape import ORG_HINT
from .nameshape import looks_like_person
from .nameshape import people_in
from .nameshape import split_names

#: 【中廣新聞╱彭清仁】, 〔東岸日報／王小明、李大同〕: the outlet, a slash, then its reporters, in
#: brackets; :data:`OUTLET_SLASH_WRITER` when they are an info line of their own.
BRACKET_BYLINE = re.compile(
    r"[【\[〔]\s*(?P<o>[^【】\[\]〔〕／/╱\s]{2,12})\s*[／/╱]\s*"
    r"(?P<n>[\u4e00-\u9fff·]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,4}){0,3})\s*[】\]〕]"
)
OUTLET_SLASH_WRITER = re.compile(rf"^\s*{BRACKET_BYLINE.pattern}\s*$")


#: 中廣新聞, 東岸廣播, 華視: a newsroom or a broadcaster, as an outlet's name ends.
BROADCASTER = re.compile(r"(?:新聞|新闻|廣播|广播|電台|电台|電視|电视|[華中台]視)[網网台]?$")


def outlet_slash_writer(text: str) -> list[str]:
    """The reporters after an outlet in a bracket: ``【中廣新聞╱彭清仁】``."""
    m = OUTLET_SLASH_WRITER.match(text)
    if m is None or not (ORG_HINT.search(m["o"]) or BROADCASTER.search(m["o"])):
        return []
    return people_in(m)


#: 張雅婷／中時新聞網, 呂曉雯／中央社: a portal's byline, the writers, a slash, then the outlet
#: they write for; 壹蘋新聞網／吳宗翰報導: the outlet first, then its reporters and 報導.
PORTAL_BYLINE = re.compile(
    r"^\s*(?:記者|记者)?\s*(?P<n>[\u4e00-\u9fff·]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,4}){0,3})"
    r"\s*[／/╱]\s*(?P<o>[\u4e00-\u9fffA-Za-z]{2,12})\s*$"
)
OUTLET_SLASH_REPORTED = re.compile(
    r"^\s*(?P<o>[\u4e00-\u9fffA-Za-z]{2,12})\s*[／/╱]\s*(?:記者|记者)?\s*"
    r"(?P<n>[\u4e00-\u9fff·]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,4}){0,3})"
    r"[ \u3000]*(?:(?:" + PLACES + r")[ \u3000]*|綜合|综合)?(?:報導|报道)\s*$"
)


def writer_outlet_slash(text: str) -> list[str]:
    """The reporters beside their outlet across a slash: ``張雅婷／中時新聞網``,
    ``壹蘋新聞網／吳宗翰報導``."""
    m = PORTAL_BYLINE.match(text) or OUTLET_SLASH_REPORTED.match(text)
    if m is None or re.search(r"(?:報導|报道|電|电)$", m["o"]):
        return []
    if not (ORG_HINT.search(m["o"]) or BROADCASTER.search(m["o"])):
        return []
    found = split_names(m["n"])
    places = re.compile(rf"(?:{PLACES})")
    ok = all(looks_like_person(n) and not places.fullmatch(n) for n in found)
    return found if found and ok else []


#: 「林怡君」撰文, 聯合報／林怡君 撰文: a column's writer, quoted or not, before 撰文 (wrote).
WROTE_AFTER = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,10}\s*[／/╱]\s*)?[「『]?\s*"
    r"(?P<n>[\u4e00-\u9fff·]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,4}){0,3})\s*[」』]?\s*撰文\s*$"
)


def wrote_after(text: str) -> list[str]:
    """The writers a column names before 撰文: ``「林怡君」撰文``."""
    return people_in(WROTE_AFTER.match(text))


#: 中央纪委国家监委网站 王卓 通讯员 刘江, 临江日报 陈晓燕: a lead line of its own naming the
#: outlet, then its reporters unlabelled (a party or government site's house form), perhaps
#: followed by the correspondents marked by their role.
OUTLET_LEAD_WRITERS = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,14}?(?:网站|網站|网|網|日报|日報|报|報|融媒体中心|电视台|電視台))"
    r"[ \u3000]+(?P<n>[\u4e00-\u9fff·]{2,4}(?:[、 \u3000]+"
    r"(?:(?:通讯员|通訊員|实习生|實習生|记者|記者)[ \u3000]*)?[\u4e00-\u9fff·]{2,4}){0,5})\s*$"
)


def outlet_lead_writers(text: str) -> list[str]:
    """The reporters a lead line names after the outlet: ``中央纪委国家监委网站 王卓``."""
    return people_in(OUTLET_LEAD_WRITERS.match(text))


#: 金某 宓某 | 来源：某某报: the writers, unlabelled, before a bar and the 来源 of the story.
NAMES_BAR_SOURCE = re.compile(
    r"^\s*(?P<n>[\u4e00-\u9fff·]{2,4}(?:(?:\s*[、，,]\s*|[ \u3000]+)[\u4e00-\u9fff·]{2,4}){0,3})"
    r"\s*[|｜丨]\s*(?:来源|來源)\s*[:：]"
)


def names_before_source(text: str) -> list[str]:
    """The writers before ``| 来源：``, when every one of them reads as a person's name."""
    m = NAMES_BAR_SOURCE.match(text)
    found = split_names(m["n"]) if m else []
    ok = all(looks_like_person(n) and not ORG_HINT.search(n) for n in found)
    return found if found and ok else []
