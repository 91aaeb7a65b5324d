"""The news site a lead names before 讯: ``某某大学新闻网讯（通讯员 龚某）近日，…``.

A campus or a city news site opens its own stories so, and a unit's site carrying such a story
keeps the lead: when nothing else on the page names an outlet (no 来源, no site name in the
<title> or footer), the news site of the lead is the story's outlet.
"""

from __future__ import annotations

import re

#: 某某大学新闻网讯（…）, 某某新闻网讯 近日: a news site's name, then 讯 (not 本网讯, 我网讯).
NEWS_NET_LEAD = re.compile(
    r"^\s*(?P<o>(?![本我])[\u4e00-\u9fff]{2,10}?(?:新闻网|新聞網|网|網))(?:讯|訊)"
    r"\s*(?=[（(【]|\d{1,2}月|[\u4e00-\u9fff])"
)


def news_net_lead(first_text: str) -> str | None:
    """The news site named before 讯 at the start of the first paragraph, if one is."""
    m = NEWS_NET_LEAD.match(first_text)
    return m["o"] if m else None
