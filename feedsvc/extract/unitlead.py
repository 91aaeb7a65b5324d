"""The writers an institution's news lead names after their unit, with no role word.

A university's, hospital's or company's news office opens a contributed story with the
contributing unit and its writers in the 讯 bracket: ``本网讯（化学化工学院 甘雨 卢思远）``,
``本网讯（校团委 顾子墨）``, ``本报讯（心内科 阮晓梅）``. The unit is an affiliation, not
part of a name; the names after it are the story's writers. A reprinting portal opens the
text with the writer alone in brackets, ``（罗一鸣）青年钢琴家…``, when the paper's byline is gone,
and a portal's channel writes its reporter so after its 讯: ``腾讯科技讯（苏晴）8月14日消息``.
A paper a portal reprints is bracketed so too, ``(武昌晚报)出生时…``: a paper, not a writer.
"""

from __future__ import annotations

import re

from .nameshape import looks_like_person

#: The 讯 of the lead, its bracket, the unit (ending in a unit's word) and up to four names.
UNIT_LEAD = re.compile(
    r"^\s*【?[\u4e00-\u9fff]{1,6}(?:讯|訊)】?\s*[（(]\s*"
    r"[\u4e00-\u9fff]{1,14}?(?:学院|學院|系|科|处|處|部|委|中心|所|院|办|辦|室|队|隊|公司|厂|廠"
    r"|站|局|馆|館|会|會|团|團|组|組)"
    r"\s+(?P<n>[\u4e00-\u9fff·]{2,4}(?:(?:\s+|\s*[、，,]\s*)[\u4e00-\u9fff·]{2,4}){0,3})\s*[）)]"
)


#: （罗一鸣）青年钢琴家…, （张三 李四）…, 腾讯科技讯（苏晴）8月14日消息: the writers alone in
#: brackets opening the text, or after a portal channel's 讯.
BRACKET_WRITERS = re.compile(
    r"^\s*(?:[\u4e00-\u9fffA-Za-z0-9]{2,8}(?:讯|訊)\s*)?"
    r"[（(]\s*(?P<n>[\u4e00-\u9fff·]{2,4}(?:\s*[、，, ]\s*[\u4e00-\u9fff·]{2,4}){0,2})\s*[）)]"
    r"\s*(?=[\u4e00-\u9fff\d“「\"])"
)


def unit_lead_writers(first_paragraph: str) -> list[str]:
    """The writers named after their unit in the lead's 讯 bracket, or alone in brackets
    opening the text, else nothing."""
    m = UNIT_LEAD.match(first_paragraph[:80]) or BRACKET_WRITERS.match(first_paragraph[:40])
    if m is None:
        return []
    names = re.split(r"\s*[、，,]\s*|\s+", m["n"])
    return names if all(looks_like_person(n) and not PAPER.search(n) for n in names) else []


#: 晚报, 日报, 商報: a paper's name, which the surname table would take for a person's.
PAPER = re.compile(r"(?<=[\u4e00-\u9fff])[报報]$")
