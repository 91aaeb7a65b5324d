"""Well-known Chinese news outlets: the names they go by, their homepages and their hosts."""

from __future__ import annotations

import re
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
    "澎湃新闻": ("https://www.thepaper.cn/", ("澎湃", "澎湃新闻网")),
    "中国政府网": ("https://www.gov.cn/", ("中华人民共和国中央人民政府", "中央政府门户网站")),
    "求是": ("http://www.qstheory.cn/", ("求是网",)),
    "环球时报": ("https://www.huanqiu.com/", ("环球网", "環球時報", "環球網", "环球时报新媒体")),
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
    "南方周末": ("https://www.infzm.com/", ()),
    "齐鲁晚报": ("https://www.qlwb.com.cn/", ("齐鲁壹点", "大众新闻·齐鲁壹点")),
    "金融界": ("https://www.jrj.com.cn/", ()),
    "极客公园": ("https://www.geekpark.net/", ("GeekPark", "極客公園")),
    "和讯网": ("https://www.hexun.com/", ("和讯",)),
    "北京青年报": ("https://www.ynet.com/", ("北青网",)),
    "凤凰网": ("https://www.ifeng.com/", ("凤凰新闻",)),
    "新浪网": ("https://www.sina.com.cn/", ("新浪新闻", "新浪")),
    "腾讯新闻": ("https://news.qq.com/", ("腾讯网", "腾讯")),
    "网易新闻": ("https://news.163.com/", ("网易",)),
    "中央广播电视总台": ("https://www.cctv.com/", ("总台",)),
    "中国教育报": ("http://www.jyb.cn/", ("中国教育新闻网",)),
    "健康报": ("http://www.jkb.com.cn/", ("健康报网",)),
    "中国妇女报": ("http://www.cnwomen.com.cn/", ("中国妇女网",)),
    "学习强国": ("https://www.xuexi.cn/", ()),
    "中国网信网": ("https://www.cac.gov.cn/", ()),
    "搜狐": ("https://www.sohu.com/", ("搜狐网", "搜狐新闻")),
    # the portals of the 2000s, whose channels reprinted the papers
    "21CN": ("https://www.21cn.com/", ("21CN.COM", "21CN网")),
    "中华网": ("https://www.china.com/", ("中华网新闻",)),
    "TOM": ("https://www.tom.com/", ("TOM.COM", "TOM网")),
    # platforms that carry accounts' and outlets' stories
    "今日头条": ("https://www.toutiao.com/", ("头条号",)),
    "百家号": ("https://baijiahao.baidu.com/", ("百度百家号",)),
    "网易号": ("https://www.163.com/dy/", ("网易订阅",)),
    "搜狐号": ("https://mp.sohu.com/", ()),
    "企鹅号": ("https://om.qq.com/", ()),
    "一点资讯": ("https://www.yidianzixun.com/", ()),
    "UC头条": ("https://www.uc.cn/", ()),
    "ZAKER": ("https://www.myzaker.com/", ("ZAKER新闻",)),
    "新浪看点": ("https://k.sina.com.cn/", ()),
    "大风号": ("https://ishare.ifeng.com/", ("凤凰号",)),
    "知乎": ("https://www.zhihu.com/", ("知乎专栏", "知乎日报")),
    # Taiwan
    "中央社": (
        "https://www.cna.com.tw/",
        ("中央通訊社", "中央通讯社", "CNA", "中央社即時新聞", "中央通訊社 Central News Agency"),
    ),
    "聯合報": ("https://udn.com/news/index", ("联合报", "聯合報系")),
    "聯合晚報": ("https://udn.com/news/index", ("联合晚报",)),
    "聯合新聞網": ("https://udn.com/", ("联合新闻网", "udn", "udn聯合新聞網")),
    "經濟日報": ("https://money.udn.com/", ("經濟日報網",)),
    "中國時報": (
        "https://www.chinatimes.com/",
        ("中时", "中時", "中時電子報", "中時新聞網", "中国时报", "中时电子报", "中时新闻网"),
    ),
    "工商時報": ("https://ctee.com.tw/", ("工商时报",)),
    "旺報": ("https://www.chinatimes.com/", ("旺报",)),
    "中廣新聞網": ("https://www.bcc.com.tw/", ("中廣", "中国广播公司", "中國廣播公司", "中廣新聞")),
    "蘋果日報": (
        "https://www.appledaily.com.tw/",
        (
            "苹果日报",
            "蘋果新聞網",
            "苹果新闻网",
            "台灣蘋果日報",
            "香港蘋果日報",
            "Apple Daily",
            "壹蘋果",
        ),
    ),
    "自由時報": (
        "https://news.ltn.com.tw/",
        ("自由时报", "自由電子報", "自由時報電子報", "自由电子报", "自由时报电子报"),
    ),
    "ETtoday新聞雲": (
        "https://www.ettoday.net/",
        ("ETtoday", "ETtoday東森新聞雲", "東森新聞雲", "东森新闻云", "ETtoday新闻云"),
    ),
    "東森新聞": ("https://news.ebc.net.tw/", ("东森新闻", "東森", "EBC東森新聞", "EBC")),
    "三立新聞網": ("https://www.setn.com/", ("三立新聞", "三立新闻网", "三立", "SETN")),
    "TVBS新聞網": ("https://news.tvbs.com.tw/", ("TVBS", "TVBS新聞", "TVBS新闻网")),
    "華視新聞網": ("https://news.cts.com.tw/", ("華視", "华视", "華視新聞", "中華電視公司")),
    "台視新聞": ("https://news.ttv.com.tw/", ("台視", "台视", "台視新聞網")),
    "中視新聞": ("https://news.ctv.com.tw/", ("中視", "中视", "中視新聞網")),
    "中天新聞": ("https://ctinews.com/", ("中天", "中天新聞網")),
    "年代新聞": ("https://www.eracom.com.tw/", ("年代新聞台",)),
    "公視新聞網": ("https://news.pts.org.tw/", ("公視新聞", "公視", "公视")),
    "原視新聞網": ("https://titv.ipcf.org.tw/", ("原視", "原视新闻网", "TITV News 原視新聞網")),
    "民視新聞網": ("https://www.ftvnews.com.tw/", ("民視新聞", "民視", "民视")),
    "風傳媒": ("https://www.storm.mg/", ("风传媒",)),
    "換日線": ("https://crossing.cw.com.tw/", ("换日线", "換日線 Crossing")),
    "今日新聞": ("https://www.nownews.com/", ("NOWnews", "NOWnews今日新聞", "今日新闻")),
    "鏡週刊": ("https://www.mirrormedia.mg/", ("鏡傳媒", "镜周刊", "鏡新聞")),
    "新頭殼": ("https://newtalk.tw/", ("Newtalk", "新頭殼newtalk", "新头壳")),
    "上報": ("https://www.upmedia.mg/", ("上报",)),
    "CTWANT": ("https://www.ctwant.com/", ("周刊王", "周刊王CTWANT")),
    "DIGITIMES": ("https://www.digitimes.com.tw/", ("DIGITIMES 科技網", "電子時報")),
    "關鍵評論網": (
        "https://www.thenewslens.com/",
        ("关键评论网", "The News Lens", "TNL The News Lens 關鍵評論網"),
    ),
    "壹電視": ("https://www.nexttv.com.tw/", ("壹电视",)),
    "Yahoo奇摩新聞": ("https://tw.news.yahoo.com/", ("Yahoo新聞", "Yahoo奇摩", "雅虎新聞")),
    "LINE TODAY": ("https://today.line.me/tw/", ("LINE TODAY 台灣", "LINE今日")),
    "PChome新聞": ("https://news.pchome.com.tw/", ("PChome 新聞",)),
    "HiNet生活誌": ("https://times.hinet.net/", ("HiNet 新聞社群", "HiNet新聞")),
    "MSN": ("https://www.msn.com/zh-tw", ("MSN台灣", "MSN新聞")),
    # Hong Kong
    "明報": ("https://news.mingpao.com/", ("明报", "明報新聞網")),
    "星島日報": ("https://www.stheadline.com/", ("星岛日报", "星島頭條", "星島網", "星島")),
    "頭條日報": ("https://hd.stheadline.com/", ("头条日报",)),
    "晴報": ("https://skypost.ulifestyle.com.hk/", ("晴报", "Sky Post")),
    "東方日報": ("https://orientaldaily.on.cc/", ("东方日报", "東網", "on.cc東網")),
    "am730": ("https://www.am730.com.hk/", ("AM730",)),
    "香港01": ("https://www.hk01.com/", ("HK01",)),
    "now新聞": ("https://news.now.com/", ("now.com 新聞", "Now新聞台")),
    "巴士的報": ("https://www.bastillepost.com/", ("巴士的报", "Bastille Post 巴士的報")),
    "香港電台": ("https://news.rthk.hk/", ("香港电台", "RTHK")),
    "無綫新聞": ("https://news.tvb.com/", ("无线新闻", "TVB新聞", "TVB")),
    "有線新聞": ("https://www.i-cable.com/", ("有线新闻", "有線電視")),
    "香港經濟日報": (
        "https://www.hket.com/",
        ("香港经济日报", "經濟日報HKET", "香港經濟日報HKET", "HKET"),
    ),
    "大公報": ("http://www.takungpao.com/", ("大公报", "大公網", "大公网")),
    "香港文匯報": ("https://www.wenweipo.com/", ("文匯報", "文匯網", "香港文匯網", "香港文汇报")),
    "南華早報": ("https://www.scmp.com/", ("南华早报", "SCMP")),
    "信報": (
        "https://www.hkej.com/",
        ("信报", "信報網站", "信報財經新聞", "今日信報", "信報即時新聞"),
    ),
    "橙新聞": ("https://www.orangenews.hk/", ("橙新闻", "OrangeNews", "Orange News")),
    "端傳媒": ("https://theinitium.com/", ("端传媒",)),
    "熱血時報": ("https://www.passiontimes.hk/", ("热血时报", "Passion Times")),
    # wire agencies
    "法新社": ("https://www.afp.com/", ("AFP",)),
    "路透社": ("https://www.reuters.com/", ("路透", "Reuters")),
    "美聯社": ("https://apnews.com/", ("美联社", "AP")),
    "联合早报": ("https://www.zaobao.com/", ("聯合早報", "联合早报网")),
    # foreign outlets' Chinese editions; Macau and Malaysian papers
    "BBC中文网": ("https://www.bbc.com/zhongwen/simp", ("BBC中文網", "BBC中文", "BBC News 中文")),
    "美国之音": ("https://www.voachinese.com/", ("美國之音", "VOA", "美国之音中文网")),
    "自由亚洲电台": ("https://www.rfa.org/mandarin/", ("自由亞洲電台", "RFA", "Radio Free Asia")),
    "德国之声": ("https://www.dw.com/zh/", ("德國之聲", "DW", "德国之声中文网")),
    "法国国际广播电台": (
        "https://www.rfi.fr/cn/",
        (
            "法國國際廣播電台",
            "法广",
            "法廣",
            "RFI",
            "RFI - 法國國際廣播電台",
            "RFI - 法国国际广播电台",
        ),
    ),
    "纽约时报中文网": ("https://cn.nytimes.com/", ("紐約時報中文網",)),
    "FT中文网": ("https://www.ftchinese.com/", ("FT中文網",)),
    "日经中文网": ("https://cn.nikkei.com/", ("日經中文網",)),
    "Engadget 中文版": ("https://chinese.engadget.com/", ("Engadget 中文", "Engadget中文版")),
    "澳門日報": ("http://www.macaodaily.com/", ("澳门日报",)),
    "星洲日报": ("https://www.sinchew.com.my/", ("星洲日報", "星洲网", "星洲網")),
    "中国报": ("https://www.chinapress.com.my/", ("中國報",)),
    "南洋商报": ("https://www.enanyang.my/", ("南洋商報", "南洋网")),
    "乐居网": ("https://www.leju.com/", ("乐居", "乐居买房", "乐居财经")),
}

#: Portals and aggregators: they carry other outlets' stories, so the outlet a page names
#: (来源, a lead such as 【环球时报】) is where the story comes from, and the portal is the site.
AGGREGATORS = frozenset(
    (
        "腾讯新闻",
        "新浪网",
        "搜狐",
        "网易新闻",
        "凤凰网",
        "聯合新聞網",
        "Yahoo奇摩新聞",
        "LINE TODAY",
        "PChome新聞",
        "HiNet生活誌",
        "MSN",
        *("21CN", "中华网", "TOM"),
        *("今日头条", "百家号", "网易号", "搜狐号", "企鹅号", "一点资讯", "UC头条", "ZAKER"),
        *("新浪看点", "大风号"),
    )
)

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
    "mp.weixin.qq.com": "微信公众平台",  # a platform: the posting account is the outlet
    "baijiahao.baidu.com": "百家号",
    "163.com": "网易新闻",
    "southcn.com": "南方网",
    "whb.cn": "文汇网",
    "xinmin.cn": "新民网",
    "zjol.com.cn": "浙江在线",
    "dzwww.com": "大众网",
    "cankaoxiaoxi.com": "参考消息",
    "sohu.com": "搜狐",
    "21cn.com": "21CN",
    "china.com": "中华网",
    "tom.com": "TOM",
    "udn.com": "聯合新聞網",
    "chinatimes.com": "中時新聞網",
    "cna.com.tw": "中央社",
    "ltn.com.tw": "自由時報",
    "ettoday.net": "ETtoday新聞雲",
    "setn.com": "三立新聞網",
    "tvbs.com.tw": "TVBS新聞網",
    "cts.com.tw": "華視新聞網",
    "appledaily.com.tw": "蘋果日報",
    "libertytimes.com.tw": "自由時報",
    "nownews.com": "今日新聞",
    "bcc.com.tw": "中廣新聞網",
    "ebc.net.tw": "東森新聞",
    "ftvnews.com.tw": "民視新聞網",
    "mirrormedia.mg": "鏡週刊",
    "stheadline.com": "星島日報",
    "am730.com.hk": "am730",
    "skypost.ulifestyle.com.hk": "晴報",
    "hket.com": "香港經濟日報",
    "pts.org.tw": "公視新聞網",
    "storm.mg": "風傳媒",
    "mingpao.com": "明報",
    "orangenews.hk": "橙新聞",
    "hk01.com": "香港01",
    "passiontimes.hk": "熱血時報",
    "news.tvb.com": "無綫新聞",
    "ftv.com.tw": "民視新聞網",
    "stormmediagroup.com": "風傳媒",
    "rthk.hk": "香港電台",
    "on.cc": "東網",
    "orientaldaily.on.cc": "東方日報",  # the paper's own pages on the portal's host
    "takungpao.com": "大公網",
    "wenweipo.com": "文匯網",
    "zaobao.com": "联合早报",
    "zaobao.com.sg": "联合早报",
    "voachinese.com": "美国之音",
    "rfa.org": "自由亚洲电台",
    "cn.nytimes.com": "纽约时报中文网",
    "ftchinese.com": "FT中文网",
    "cn.nikkei.com": "日经中文网",
    "chinese.engadget.com": "Engadget 中文版",
    "macaodaily.com": "澳門日報",
    "sinchew.com.my": "星洲日报",
    "chinapress.com.my": "中国报",
    "enanyang.my": "南洋商报",
}


def _key(name: str) -> str:
    """An outlet's name as looked up: case, spaces and a host's top-level domain ignored."""
    return re.sub(r"(?<=\w)\.(?:com|net|org)$", "", re.sub(r"\s+", "", name).lower())


_BY_NAME = {
    _key(alias): canonical
    for canonical, (_, aliases) in OUTLETS.items()
    for alias in (canonical, *aliases)
}


def known_outlet(name: str) -> Source:
    """A Source for *name*, with its homepage when the outlet is a well-known one."""
    canonical = _BY_NAME.get(_key(name))
    if canonical is None:
        return Source(name)
    if name.strip() in OUTLETS or re.search(r"\.(?:com|net|org)$", name.strip(), re.I):
        return Source(canonical, OUTLETS[canonical][0])  # DW.COM: the outlet's own name
    return Source(name.strip(), OUTLETS[canonical][0])


def is_known(name: str) -> bool:
    """Whether *name* is one of the well-known outlets (or one of their other names)."""
    return _key(name) in _BY_NAME


#: A portal's channel, named by the portal and the channel's subject: 新浪娱乐, 腾讯音乐.
CHANNEL = re.compile(
    r"(?P<p>.{2,4}?)(?:娱乐|娛樂|音乐|音樂|科技|财经|財經|体育|體育|汽车|汽車|房产|教育|健康|游戏|"
    r"时尚|读书|军事|文化|旅游|女性|数码|公益)"
)


def is_known_channel(name: str) -> bool:
    """Whether *name* is a well-known outlet's channel: its name and a subject (新浪娱乐)."""
    m = CHANNEL.fullmatch(name.strip())
    return m is not None and is_known(m["p"])


def is_aggregator(name: str) -> bool:
    """Whether *name* is a portal or aggregator (腾讯网, 聯合新聞網), by any of its names."""
    return _BY_NAME.get(_key(name)) in AGGREGATORS


def canonical_outlet(name: str) -> str:
    """The canonical name of *name* when it is a known outlet, else *name* itself."""
    return _BY_NAME.get(_key(name), name.strip())


def outlet_for_host(url: str | None) -> str | None:
    """The outlet or site that publishes at *url*'s host (www.gov.cn → 中国政府网)."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # an unreadable link (http://[host/) names no host
        return None
    if host in HOSTS:
        return HOSTS[host]
    parts = host.split(".")
    for i in range(1, len(parts) - 1):
        parent = ".".join(parts[i:])
        if parent in HOSTS and parent != "gov.cn":
            return HOSTS[parent]
    return None
