"""What is never an outlet, though it stands where one is named, and the page chrome glued
to an outlet's name."""

from __future__ import annotations

import re

#: 高级媒体专员, 日本分部主任: a position under a writer's name, never an organisation.
POSITION = re.compile(r"(?:专员|專員|主任|总监|總監|研究员|研究員|秘书长|秘書長|发言人|發言人)$")

#: 記者陳子瑜台北 of 【記者陳子瑜台北報導】: a reporter and the dateline's place.
REPORTER_LEAD = re.compile(r"^(?:本报|本報|特约|特約|实习|實習)?(?:记者|記者)")

#: 编辑推荐, 相关阅读: the heading of a box of links below an empty 来源 field.
LINK_BOX = re.compile(r"(?:推荐|推薦|阅读|閱讀|推广|推廣)$")

#: 来源：长江网 大 中 小, 来源：RCI Published in 教育资讯: the font-size buttons or the
#: section label a template sets right after the name.
CHROME_TAIL = re.compile(
    r"(?:\s*[【\[]?\s*(?:字[号號体體]\s*[:：]\s*)?大\s*中\s*小(?![学學型企])"
    r"|\s+(?:Published|Posted|Filed)\s+(?:in|under)\b|\s+Category\s*:).*$",
    re.S,
)


#: 北京某某医院网站管理系统: the CMS an institution's pages name as their author; the
#: institution is the outlet.
CMS_TAIL = re.compile(
    r"(?<=..)(?:网站|網站|门户网站|門戶網站)?(?:内容|內容|信息|資訊)?(?:管理|发布|發佈)(?:系统|系統|平台|平臺)$"
)


#: order by dedecms.com/, Powered by PHPCMS: a content system's credit, which templates leave
#: in the author meta (DedeCMS's default), never an outlet; AB模板网 www.adminbuy.cn: the
#: template seller's, likewise; uimix, http://www.uimix.com: a template designer's name and
#: address, as themes fill the author meta.
CMS_CREDIT = re.compile(
    r"\b(?:order|powered|power|designed)\s+by\b|dedecms|phpcms|empirecms|模板网|模板之家|adminbuy"
    r"|^[a-z0-9 ._-]{2,30},\s*(?:https?://|www\.)",
    re.I,
)


#: One pinyin syllable: an initial, then a final (xiao, shou, bu, zhuang).
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui"
    r"|ue|er|a|o|e|i|u|v)"
)
#: A login name spelled in pinyin, all in one case (XIAOSHOUBU, bangongshi): the account
#: that posted the page, which company and office CMSs fill the 来源 field with.
PINYIN_LOGIN = re.compile(rf"(?:{_SYLLABLE}){{3,}}", re.I)


def _pinyin_login(name: str) -> bool:
    """Whether *name* is a login spelled in pinyin: 8 letters or more, all upper or all lower."""
    return (
        len(name) >= 8
        and (name.isupper() or name.islower())
        and PINYIN_LOGIN.fullmatch(name) is not None
    )


def junk_outlet(name: str) -> bool:
    """Whether *name*, found where an outlet is named, is a position, a reporter, a heading,
    a content system's credit or a login."""
    name = name.strip()
    return bool(
        POSITION.search(name)
        or REPORTER_LEAD.match(name)
        or LINK_BOX.search(name)
        or CMS_CREDIT.search(name)
        or _pinyin_login(name)
    )


def without_chrome(value: str) -> str:
    """The outlet's name without the buttons or labels a template glues after it."""
    return CHROME_TAIL.sub("", value)


def without_cms(name: str) -> str:
    """The institution, without the name of the content system its pages carry."""
    return CMS_TAIL.sub("", name.strip())
