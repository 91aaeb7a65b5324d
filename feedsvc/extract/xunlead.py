"""The outlet a lead names before 讯: ``【某某论坛讯】``, ``【某某周報訊】``.

A name set in brackets right before 讯 is the outlet's own news service, though the name
may read like a person's (four characters, a surname first) or carry no outlet's word.
"""

from __future__ import annotations

import re

#: 【某某论坛讯】: two to eight Chinese characters, then 讯 and the closing bracket.
XUN_LEAD = re.compile(r"^\s*【\s*(?P<o>[\u4e00-\u9fff]{2,8}?)\s*(?:讯|訊)\s*】")

#: 【本报讯】, 【記者某某台北訊】, 【综合讯】: the paper itself, a reporter, or no one outlet;
#: 【明報專訊】, 【新闻快讯】: a word ending in 讯 (专讯, 快讯, 资讯, 通讯, 电讯), read elsewhere.
NOT_NAMED = re.compile(
    r"^(?:本|综合|綜合|特约|特約|实习|實習|通讯员|通訊員|网络|網絡|网路|網路)|记者|記者"
    r"|[专專资資通电電快简簡]$"
)


def xun_lead(first_text: str) -> str | None:
    """The outlet named before 讯 in brackets at the very start of the lead, if one is."""
    m = XUN_LEAD.match(first_text)
    if not m or NOT_NAMED.search(m["o"]):
        return None
    return m["o"]
