"""Outlets a story's lead names at its very start, before the first sentence.

- A news site before 讯: ``某某大学新闻网讯（通讯员 龚某）近日，…``. A campus or a city news site
  opens its own stories so, and a unit's site carrying such a story keeps the lead: when nothing
  else on the page names an outlet, the news site of the lead is the story's outlet.
- A paper, a station or a news client before 讯: ``西桥晚报讯（记者 X）…``, ``青鸟新闻讯…``. A
  portal carrying their story keeps its lead; they are the story's outlet.
- A paper in brackets: ``（某某晚报）出生时…``. A city portal carrying its group's paper opens
  the story so; that paper is the story's outlet.
- A name in square brackets before 讯: ``【某某论坛讯】``, ``【某某周報訊】``: the outlet's own
  news service, though the name may read like a person's or carry no outlet's word.
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
    return _named(NEWS_NET_LEAD, first_text)


#: The last words of a paper's name: 日报, 晚报, 都市报…
PAPER_WORDS = (
    r"(?:日报|日報|晚报|晚報|晨报|晨報|都市报|都市報|商报|商報|时报|時報"
    r"|青年报|青年報|法制报|法制報)"
)

#: 海外网7月1日电, 中国青年网北京7月2日电, 某某网3月5日讯: a news site's dateline, the place
#: at times between its name and the day; a paper's too (光明日报北京10月8日电).
SITE_DATELINE = re.compile(
    rf"^\s*(?P<o>(?![本我])[\u4e00-\u9fff]{{1,10}}?(?:[网網]|{PAPER_WORDS}))(?:[\u4e00-\u9fff]{{2,4}})?\s*"
    r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊)"
)


def site_dateline(first_text: str) -> str | None:
    """The news site whose dateline opens the first paragraph, if one does."""
    return _named(SITE_DATELINE, first_text)


#: （武汉晚报）, (楚天都市报): a paper's name alone in brackets, then the lead's first words or
#: the reporter's bracket (``(楚天都市报) (特约记者 X)``); （红网）, （荆楚网）: a news site's,
#: its name short (not 本网, nor 互联网 as a word).
PAREN_LEAD = re.compile(
    rf"^\s*[（(]\s*(?P<o>[\u4e00-\u9fff]{{2,10}}?{PAPER_WORDS}"
    r"|(?![本我])(?!(?:互联|互聯|物联|物聯|因特|万维|萬維)[网網])[\u4e00-\u9fff]{1,6}[网網])"
    r"\s*[）)]\s*(?=[\u4e00-\u9fff“\"]|[（(]\s*(?:特约|本报|本報)?(?:记者|記者|通讯员|通訊員))"
)


def paren_lead(first_text: str) -> str | None:
    """The paper or news site named in brackets at the very start of the first paragraph."""
    return _named(PAREN_LEAD, first_text)


#: 西桥晚报讯（记者 X）, 江城日报讯 近日, 青鸟新闻讯（记者 X）: a paper's, a station's or a news
#: client's name, then 讯, opening the story it reported; not 本报讯, 本台讯, 综合新闻讯.
PAPER_XUN_LEAD = re.compile(
    r"^\s*(?P<o>(?![本我])[\u4e00-\u9fff]{2,10}?(?:[报報]|广播电视台|廣播電視台|电视台|電視台)"
    r"|(?!本|综合|綜合|国内|國內|国际|國際)[\u4e00-\u9fff]{1,4}(?:新闻|新聞))"
    r"(?:讯|訊)\s*(?=[（(【]|\d{1,2}月|[\u4e00-\u9fff])"
)


def paper_xun_lead(first_text: str) -> str | None:
    """The paper, station or news client named before 讯 at the start of the first paragraph."""
    return _named(PAPER_XUN_LEAD, first_text)


def _named(lead: re.Pattern[str], first_text: str) -> str | None:
    """The outlet (group ``o``) *lead* matches at the start of the first paragraph, if any."""
    m = lead.match(first_text)
    return m["o"] if m else None


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
