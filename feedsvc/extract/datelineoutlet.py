"""The outlet a lead names: a wire dateline, a bracketed 【…报道】 or a 讯 lead."""

from __future__ import annotations

import re

from .leadoutlets import paper_xun_lead
from .leadoutlets import paren_lead
from .leadoutlets import site_dateline
from .leadoutlets import xun_lead
from .lexicon import REPORTER
from .lexicon import WIRE_AGENCIES
from .lexicon import alternation
from .nameshape import looks_like_outlet
from .sourceparts import named_outlet as _named_outlet
from .wiredash import wire_dash_outlet

DATELINE_AGENCY = re.compile(
    r"^\s*(?:[(（【]\s*)?(?P<o>"
    + alternation(
        *WIRE_AGENCIES,
        *("新华网", "中新网", "人民网", "央视网", "央广网", "中国日报网", "国际在线", "中国网"),
        *("光明网", "环球网", "澎湃新闻", "央视新闻", "本报"),
        # the financial wires: 财联社4月3日电, 财联社（上海，记者 X）讯, 格隆汇4月3日丨,
        # 智通财经APP获悉
        *("财联社", "格隆汇", "智通财经"),
    )
    # the place and reporter in brackets may hold a comma: 财联社（上海，记者 X）讯
    + r")(?:[（(][^（()）]{0,20}[）)]|[^，。（(]){0,20}?"
    + r"(?:电|讯|消息|電|訊|获悉|(?<=日)\s*[丨｜|])"
)


#: 【环球时报综合报道】, 【环球网报道 记者 张三】: the outlet opening a story a portal carries;
#: 【明報專訊】, 【星島日報報道】: a Hong Kong paper's own; 【看中国2016年3月5日讯】: the day
#: between the outlet and 讯, as overseas outlets date their leads.
LEAD_OUTLET = re.compile(
    r"^\s*【\s*(?P<o>[^】\s／/╱]{2,12}?)\s*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?\s*(?:综合报道|綜合報導|报道|報導|報道|专讯|專訊|讯|訊|消息)?\s*"
    rf"(?:(?:{alternation(*REPORTER)}|特约|驻|编译|編譯)[^】]{{0,20}})?\s*】"
)

#: 新闻背景, 新闻链接, 新聞追蹤, 新闻观察: a paper's label for a box set in its story (the
#: background, related links, a follow-up), never the outlet; 新闻晨报 and 新闻晚报 are papers.
NEWS_LABEL = re.compile(
    r"(?:新闻|新聞)(?:背景|链接|鏈接|连结|連結|追踪|追蹤|提示|观察|觀察|回顾|回顧|延伸|速递|速遞"
    r"|快评|快評|解读|解讀|分析|特写|特寫|纵深|縱深|资料|資料|幕后|幕後|点评|點評|小贴士|小貼士)"
)


def dateline_outlet(first_text: str) -> str | None:
    """The outlet the lead names: a wire dateline (（中央社記者…電）) or 【环球时报】, also as a
    reprint cites it (据新华社拉萨10月7日电)."""
    first_text = re.sub(r"^\s*(?:据|據)\s*(?=\S)", "", first_text)
    m = DATELINE_AGENCY.match(first_text)
    if m:
        return None if m["o"] == "本报" else m["o"]
    wire = wire_dash_outlet(first_text) or paren_lead(first_text) or xun_lead(first_text)
    wire = wire or paper_xun_lead(first_text) or site_dateline(first_text)
    if wire:
        return wire
    lead = LEAD_OUTLET.match(first_text)
    # 【全国两会】 alone on its line, naming no 讯 nor 报道: the topic's heading, no outlet
    if lead and first_text.split("\n", 1)[0].strip() == f"【{lead['o']}】":
        return None
    if lead and NEWS_LABEL.fullmatch(lead["o"]):
        return None  # 【新闻背景】, 【新闻链接】: a box of background or links, no outlet
    if lead and looks_like_outlet(lead["o"]) and _named_outlet(lead["o"]):
        return lead["o"]
    return None
