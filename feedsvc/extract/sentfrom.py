"""Bylines whose writers file from a place: 文｜财新 王小青 发自香港, 甲 发自北京，乙 发自纽约,
梦晨 发自 凹非寺."""

from __future__ import annotations

import re

#: 发自北京, 發自香港 (or what a cut value keeps of it, 发自美): where the writers before it filed
#: from, never a name; a comma after it goes on to the writers filing from the next place.
SENT_FROM_PLACE = re.compile(
    r"(?<![\u4e00-\u9fff])(?:发|發)自\s*[\u4e00-\u9fff]{1,10}\s*[，,；;]?"
    # 记者李明发自广州，: the place glued to the name, a short place ending the value
    r"|(?<=[\u4e00-\u9fff]{2})(?:发|發)自[\u4e00-\u9fff]{2,4}\s*(?:[，,；;]|$)"
)

#: 文｜财新周刊 甲 乙 发自北京，丙 发自华盛顿: a credits line of writers and the places they
#: filed from, each group closed by its 发自 (the outlet first, the label optional).
SENT_FROM_BYLINE = re.compile(
    r"^\s*(?:文\s*[/／|｜丨]\s*)?(?:[\u4e00-\u9fff]{2,8}[ \u3000]+)?"
    r"(?:(?:[\u4e00-\u9fff·]{2,4}[ \u3000、]*){1,10}(?:发|發)自\s*[\u4e00-\u9fff]{2,10}"
    r"\s*[，,；;]?\s*){1,4}$"
)


#: 克雷西 发自 凹非寺 / 量子位 | 公众号 QbitAI: the tech media's byline opening the text, the
#: writers "sending from" a place, then the outlet and its WeChat account (after a <br> that
#: left no space: 凹非寺量子位 | 公众号 QbitAI).
SENT_FROM = re.compile(
    r"^\s*(?P<n>[\u4e00-\u9fff·]{2,4}(?:[、 \u3000]+[\u4e00-\u9fff·]{2,4}){0,3})\s+(?:发|發)自\s+"
    r"[\u4e00-\u9fff]{2,8}(?:\s*\S{2,12}\s*[|｜]\s*(?:公众号|公眾號)\s*[\w-]{2,24})?\s*$"
)


def without_places(value: str) -> str:
    """A byline's value with each 发自 and its place set apart as a separator between names."""
    return SENT_FROM_PLACE.sub("、", value)


def sent_from_byline(text: str) -> bool:
    """Whether a line is a byline of writers filing from places (甲 乙 发自北京，丙 发自纽约)."""
    return len(text) <= 120 and SENT_FROM_BYLINE.match(text) is not None
