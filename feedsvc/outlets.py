"""Well-known Chinese news outlets: the names they go by and their homepages."""

from __future__ import annotations

from .models import Source

#: canonical name → (homepage, other names it appears under)
OUTLETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "新华社": ("https://www.news.cn/", ("新华通讯社", "新华网", "新华每日电讯")),
    "人民日报": ("http://paper.people.com.cn/", ("人民日报社", "人民日报海外版")),
    "人民网": ("http://www.people.com.cn/", ()),
    "央视新闻": ("https://news.cctv.com/", ("中央电视台", "CCTV", "央视")),
    "央视网": ("https://www.cctv.com/", ()),
    "中国新闻网": ("https://www.chinanews.com.cn/", ("中新网", "中新社", "中国新闻社")),
    "光明日报": ("https://news.gmw.cn/", ("光明网",)),
    "经济日报": ("http://paper.ce.cn/", ("中国经济网",)),
    "中国日报": ("https://www.chinadaily.com.cn/", ("中国日报网", "China Daily")),
    "澎湃新闻": ("https://www.thepaper.cn/", ("澎湃",)),
    "中国政府网": ("https://www.gov.cn/", ()),
    "求是": ("http://www.qstheory.cn/", ("求是网",)),
    "环球时报": ("https://www.huanqiu.com/", ("环球网",)),
    "中国青年报": ("http://zqb.cyol.com/", ("中青网", "中国青年网")),
    "法治日报": ("http://www.legaldaily.com.cn/", ("法制日报", "法治网")),
    "工人日报": ("https://www.workercn.cn/", ("中工网",)),
    "科技日报": ("http://www.stdaily.com/", ("中国科技网",)),
    "中国质量报": ("http://www.cqn.com.cn/", ("中国质量新闻网",)),
    "北京日报": ("https://www.bjd.com.cn/", ("京报网",)),
    "解放日报": ("https://www.jfdaily.com/", ("上观新闻",)),
}

_BY_NAME = {
    alias.lower(): canonical
    for canonical, (_, aliases) in OUTLETS.items()
    for alias in (canonical, *aliases)
}


def known_outlet(name: str) -> Source:
    """A Source for *name*, with its homepage when the outlet is a well-known one."""
    canonical = _BY_NAME.get(name.strip().lower())
    if canonical is None:
        return Source(name)
    if name.strip() in OUTLETS:
        return Source(canonical, OUTLETS[canonical][0])
    return Source(name.strip(), OUTLETS[canonical][0])
