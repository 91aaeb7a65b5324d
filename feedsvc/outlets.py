"""Well-known Chinese news outlets: the names they go by, their homepages and their hosts."""

from __future__ import annotations

from urllib.parse import urlsplit

from .models import Source

#: canonical name → (homepage, other names it appears under)
OUTLETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "新华社": ("https://www.news.cn/", ("新华通讯社", "新华网", "新华每日电讯", "新华社客户端")),
    "人民日报": ("http://paper.people.com.cn/", ("人民日报社", "人民日报海外版", "人民日报客户端")),
    "人民网": ("http://www.people.com.cn/", ()),
    "央视新闻": ("https://news.cctv.com/", ("中央电视台", "CCTV", "央视", "央视新闻客户端")),
    "央视网": ("https://www.cctv.com/", ()),
    "央广网": ("https://www.cnr.cn/", ("中央人民广播电台", "中国之声", "央广", "中国广播网")),
    "中国新闻网": ("https://www.chinanews.com.cn/", ("中新网", "中新社", "中国新闻社")),
    "光明日报": ("https://news.gmw.cn/", ("光明网",)),
    "经济日报": ("http://paper.ce.cn/", ("中国经济网",)),
    "中国日报": ("https://www.chinadaily.com.cn/", ("中国日报网", "China Daily")),
    "澎湃新闻": ("https://www.thepaper.cn/", ("澎湃",)),
    "中国政府网": ("https://www.gov.cn/", ("中华人民共和国中央人民政府", "中央政府门户网站")),
    "求是": ("http://www.qstheory.cn/", ("求是网",)),
    "环球时报": ("https://www.huanqiu.com/", ("环球网",)),
    "中国青年报": ("http://zqb.cyol.com/", ("中青网", "中国青年网", "中青在线")),
    "法治日报": ("http://www.legaldaily.com.cn/", ("法制日报", "法治网")),
    "工人日报": ("https://www.workercn.cn/", ("中工网",)),
    "科技日报": ("http://www.stdaily.com/", ("中国科技网",)),
    "中国质量报": ("http://www.cqn.com.cn/", ("中国质量新闻网",)),
    "北京日报": ("https://www.bjd.com.cn/", ("京报网", "北京日报客户端")),
    "解放日报": ("https://www.jfdaily.com/", ("上观新闻",)),
    "中国网": ("http://www.china.com.cn/", ("中国互联网新闻中心",)),
    "国际在线": ("https://news.cri.cn/", ("中国国际广播电台",)),
    "新京报": ("https://www.bjnews.com.cn/", ()),
    "南方日报": ("https://www.southcn.com/", ("南方网", "南方+")),
    "南方都市报": ("https://www.nandu.com/", ("南都", "N视频")),
    "文汇报": ("https://www.whb.cn/", ("文汇网",)),
    "新民晚报": ("https://www.xinmin.cn/", ("新民网",)),
    "浙江日报": ("https://zjnews.zjol.com.cn/", ("浙江在线", "潮新闻")),
    "大众日报": ("http://paper.dzwww.com/", ("大众网",)),
    "参考消息": ("https://www.cankaoxiaoxi.com/", ("参考消息网",)),
    "解放军报": ("http://www.81.cn/", ("中国军网",)),
    "农民日报": ("https://www.farmer.com.cn/", ("中国农网",)),
    "中国纪检监察报": ("https://www.ccdi.gov.cn/", ("中央纪委国家监委网站",)),
    "人民政协报": ("http://www.rmzxb.com.cn/", ("人民政协网",)),
    "中国经济时报": ("https://www.cet.com.cn/", ()),
    "第一财经": ("https://www.yicai.com/", ("第一财经日报",)),
    "21世纪经济报道": ("https://www.21jingji.com/", ("21财经",)),
    "每日经济新闻": ("https://www.nbd.com.cn/", ("每经网",)),
    "证券时报": ("https://www.stcn.com/", ("证券时报网",)),
    "上海证券报": ("https://www.cnstock.com/", ("中国证券网",)),
    "中国证券报": ("https://www.cs.com.cn/", ("中证网",)),
    "经济参考报": ("http://www.jjckb.cn/", ("经济参考网",)),
    "财新": ("https://www.caixin.com/", ("财新网",)),
    "界面新闻": ("https://www.jiemian.com/", ("界面",)),
    "红星新闻": ("https://www.cdsb.com/", ("成都商报",)),
    "封面新闻": ("https://www.thecover.cn/", ()),
    "极目新闻": ("https://www.ctdsb.net/", ("楚天都市报",)),
    "北京青年报": ("https://www.ynet.com/", ("北青网",)),
    "凤凰网": ("https://www.ifeng.com/", ("凤凰新闻",)),
    "新浪网": ("https://www.sina.com.cn/", ("新浪新闻", "新浪")),
    "腾讯新闻": ("https://news.qq.com/", ("腾讯网",)),
    "网易新闻": ("https://news.163.com/", ("网易",)),
    "中央广播电视总台": ("https://www.cctv.com/", ("总台",)),
    "中国教育报": ("http://www.jyb.cn/", ("中国教育新闻网",)),
    "健康报": ("http://www.jkb.com.cn/", ("健康报网",)),
    "中国妇女报": ("http://www.cnwomen.com.cn/", ("中国妇女网",)),
    "学习强国": ("https://www.xuexi.cn/", ()),
    "中国网信网": ("https://www.cac.gov.cn/", ()),
}

#: Hosts (or their parent domains) → the outlet or site they belong to.
HOSTS: dict[str, str] = {
    "news.cn": "新华网",
    "xinhuanet.com": "新华网",
    "people.com.cn": "人民网",
    "people.cn": "人民网",
    "www.gov.cn": "中国政府网",
    "gov.cn": "中国政府网",
    "cctv.com": "央视网",
    "cctv.cn": "央视网",
    "cnr.cn": "央广网",
    "chinanews.com.cn": "中国新闻网",
    "chinanews.com": "中国新闻网",
    "thepaper.cn": "澎湃新闻",
    "gmw.cn": "光明网",
    "ce.cn": "中国经济网",
    "chinadaily.com.cn": "中国日报网",
    "huanqiu.com": "环球网",
    "cyol.com": "中国青年网",
    "youth.cn": "中国青年网",
    "qstheory.cn": "求是网",
    "china.com.cn": "中国网",
    "cri.cn": "国际在线",
    "bjnews.com.cn": "新京报",
    "jfdaily.com": "上观新闻",
    "legaldaily.com.cn": "法治网",
    "workercn.cn": "中工网",
    "stdaily.com": "中国科技网",
    "81.cn": "中国军网",
    "ccdi.gov.cn": "中国纪检监察报",
    "caixin.com": "财新网",
    "yicai.com": "第一财经",
    "jiemian.com": "界面新闻",
    "ifeng.com": "凤凰网",
    "sina.com.cn": "新浪网",
    "qq.com": "腾讯新闻",
    "163.com": "网易新闻",
    "southcn.com": "南方网",
    "whb.cn": "文汇网",
    "xinmin.cn": "新民网",
    "zjol.com.cn": "浙江在线",
    "dzwww.com": "大众网",
    "cankaoxiaoxi.com": "参考消息",
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


def is_known(name: str) -> bool:
    """Whether *name* is one of the well-known outlets (or one of their other names)."""
    return name.strip().lower() in _BY_NAME


def outlet_for_host(url: str | None) -> str | None:
    """The outlet or site that publishes at *url*'s host (www.gov.cn → 中国政府网)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if host in HOSTS:
        return HOSTS[host]
    parts = host.split(".")
    for i in range(1, len(parts) - 1):
        parent = ".".join(parts[i:])
        if parent in HOSTS and parent != "gov.cn":
            return HOSTS[parent]
    return None
