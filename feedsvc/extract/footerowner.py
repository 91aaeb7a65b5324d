"""The site's own name from the copyright line of its footer, when neither the <title>, the
metas nor the logo name it: a known paper or broadcaster (``香港電台版權所有``), else, when the
<title> is the headline alone, any owner that reads as a name (``青禾读书会 © 2016-2023``,
``© 2019 某某网``, ``版权所有：某某学会``). Small sites, blogs and organisations often name
themselves only there. A company or group owning the site is no outlet."""

from __future__ import annotations

import re

from ..outlets import is_known
from .companysite import DEFAULT_NAME
from .companysite import keywords_only
from .companysite import welcome_site
from .mottotitle import without_slogan
from .nameshape import ORG_HINT
from .nameshape import looks_like_outlet
from .site import PAPER_NAME
from .text import squash

#: A year or a span of years: 2016, 2016-2023, 2009– 2019.
_YEARS = r"(?:19|20)\d{2}(?:\s*[-–—~]\s*(?:(?:19|20)\d{2}|))?"

#: A name with a place in brackets: 某某信息技术（北京）有限公司.
_NAME = r"[\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,23}"

#: The owner named before the copyright sign (the rights reserved or nothing after the years:
#: not a motto before a footer's menu, 某某旗舰大学 © 2024 无障碍服务 法律), or after it, or
#: beside 版权所有 (版权所有：某某学会, 版权所有(C) 某某考试院, 版权所有 © 某某中心).
OWNER = re.compile(
    rf"(?:^|\s)(?P<a>[\u4e00-\u9fff]{{2,16}})\s*(?:©|\(c\)|Copyright)\s*{_YEARS}"
    r"(?=\s*(?:$|[,，]?\s*All\b|保留|版权|版權|[.。]))"
    rf"|(?:©|Copyright\s*©?)\s*{_YEARS}\s*[,，]?\s*(?P<b>(?!版权|版權)[\u4e00-\u9fff]{{2,16}})"
    r"(?![\u4e00-\u9fff])"
    r"|(?:^|\s)(?P<c>[\u4e00-\u9fff]{2,16})\s*(?:版權所有|版权所有)"
    # (版权所有 某某律师事务所, after a space alone too; 版权为某某有限公司所有)
    r"|(?:版權所有|版权所有)\s*(?:[:：]|\(c\)|©)?\s*(?P<d>[\u4e00-\u9fff]{2,16})"
    r"(?![\u4e00-\u9fff]|\s*[:：]|\d)"  # (not 版权所有 备案号：…, 京公安备1101…)
    r"|版[权權][为為](?P<h>[\u4e00-\u9fff]{2,16})所有"
    # Copyright 某某大学 某某实验教学示范中心 2018 All Rights Reserved: a unit under its school
    rf"|Copyright\s*©?\s*(?P<e>[\u4e00-\u9fff]{{2,16}}(?:\s[\u4e00-\u9fff]{{2,24}})?)\s+{_YEARS}"
    r"(?=\s*(?:All\b|保留|版权|版權))"
    # Copyright©某某创意集团 版权所有, Copyright © 2016 by 某某信息技术（北京）有限公司 All Rights
    # Reserved, 2016 © 某某电子科技有限公司 All Rights Reserved.: a company's own site
    rf"|(?:©|Copyright)\s*©?\s*[:：]?\s*(?:{_YEARS}\s*)?(?:by\s+)?(?P<f>{_NAME})\s*"
    r"(?=$|版权|版權|All\b|保留)"
    rf"|{_YEARS}\s*©\s*(?P<g>{_NAME})\s*(?=$|版权|版權|All\b|保留)",
    re.I,
)

#: The words of the line, not a name: 版权所有 © 2024, 翻版必究.
RIGHTS = re.compile(r"版权|版權|所有|保留|权利|權利|必究|声明|聲明|备案|備案|技术支持|技術支持")

#: The body a government or institution site's footer names as its sponsor: 主办单位：某某县人民
#: 政府办公室　承办单位：某某县政务服务中心 (the name ends at a space, a bar or the next label).
SPONSOR = re.compile(
    r"(?:主办单位|主办)\s*[:：]\s*(?P<s>[\u4e00-\u9fff（）()]{2,24}?)"
    r"(?=$|[\s|｜,，;；]|承办|协办|技术支持|地址|联系|电话)"
)

#: A company, a studio or a group: the site's owner, not its name.
COMPANY = re.compile(r"(?:公司|集团|集團|工作室|事务所|事務所)$")


def footer_owner(texts: list[str], title_parts: list[str]) -> str | None:
    """The name the last lines of the page give as the copyright's owner, when the <title> is
    the headline alone (a <title> that names a site some rule declined, as a forum's, names
    no site here either); else the sponsor its footer names (主办单位：某某县人民政府办公室)."""
    if len([p for p in title_parts if without_slogan(p)]) > 1:
        return None  # 标题 - 某某学校 names a site; 标题 - 中国最大的某某机构, a slogan, does not
    return _copyright_owner(texts, companies=False) or _sponsor(texts)


def _copyright_owner(texts: list[str], companies: bool) -> str | None:
    """The owner the copyright line among the last lines of the page names, when it reads as
    a name (a company only with *companies*); floating widgets (在线客服, 手机二维码) may
    follow the footer."""
    for text in reversed(texts[-16:]):
        for m in OWNER.finditer(squash(text)):
            name = next((n for n in m.groups() if n), "").replace(" ", "")
            if (
                name
                and (companies or not COMPANY.search(name))
                and not RIGHTS.search(name)
                and looks_like_outlet(name)
            ):
                return name
    return None


def _sponsor(texts: list[str]) -> str | None:
    """The organisation the last lines of the page name as the site's sponsor (主办单位：X)."""
    for text in reversed(texts[-8:]):
        m = SPONSOR.search(squash(text))
        name = m["s"] if m else ""
        if name and ORG_HINT.search(name) and not COMPANY.search(name) and looks_like_outlet(name):
            return name
    return None


#: The owner a page's footer names: 香港電台版權所有, 香 港 電 台 版 權 所 有 © 2012 (a space
#: between the characters), 版權所有：某某日報.
FOOTER_OWNER = re.compile(
    r"(?:^|[©\s])(?P<n>[\u4e00-\u9fff]{2,12})\s*(?:版權所有|版权所有)"
    r"|(?:版權所有|版权所有)\s*[:：]?\s*(?P<m>[\u4e00-\u9fff]{2,12})(?![\u4e00-\u9fff])"
)


def footer_site(texts: list[str]) -> str | None:
    """The paper or broadcaster named as the owner in the last lines of a page whose <title>
    and metas name no site (a company or group is no outlet)."""
    for text in reversed(texts[-8:]):
        joined = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", squash(text))
        m = FOOTER_OWNER.search(joined)
        name = (m["n"] or m["m"]) if m else ""
        if name and (is_known(name) or PAPER_NAME.fullmatch(name)):
            return name
    return None


def footer_named_last(texts: list[str], title_parts: list[str]) -> str | None:
    """The <title>'s last part (``标题 - 某某汽车资讯``), read alone like a column's name (某某
    资讯, 某某动态), when the footer's copyright line names the same owner: the site's name."""
    if len(title_parts) < 2:
        return None
    name = squash(title_parts[-1])
    if not 2 <= len(name) <= 16 or not looks_like_outlet(name):
        return None
    for text in reversed(texts[-8:]):
        m = OWNER.search(squash(text))
        if m and name in m.groups():
            return name
    return None


def footer_chinese_site(site: str | None, texts: list[str], title_parts: list[str]) -> str | None:
    """*site*, or the Chinese name the <title> ends with and the footer's copyright line gives
    when *site* is a Latin name the <title> does not use (The Tao of Open Source. in the
    metas, 标题 - 开源之道 and © 开源之道; 标题 - RFI - 法国国际广播电台 keeps RFI)."""
    if not site or re.search(r"[\u4e00-\u9fff]", site):
        return site
    if site.lower() in {squash(p).lower() for p in title_parts}:
        return site
    return footer_named_last(texts, title_parts) or site


def footer_over_keywords(site: str | None, texts: list[str], title_parts: list[str]) -> str | None:
    """*site*, or the footer's copyright owner when the <title> runs a list of search keywords
    after the headline (标题_【某某机器人教育】机器人加盟_乐高课程_机器人培训) and *site* is one
    of them: the owner the keywords name (© 2015 zhikulego.com 某某机器人 版权所有). With no
    *site* at all, or the default a content system ships with, the name a company's own
    site gives itself: a welcome in its <title>, else its copyright line's owner, a company
    too (:mod:`.companysite`)."""
    if not site or DEFAULT_NAME.fullmatch(site):  # no name, or 我的网站 (a CMS's default)
        owner = _copyright_owner(texts, companies=True) if keywords_only(title_parts) else None
        return welcome_site(title_parts) or owner or site
    keywords = [squash(p) for p in title_parts[1:]]
    if len(keywords) < 3 or not site or site not in keywords:
        return footer_chinese_site(site, texts, title_parts)
    for text in reversed(texts[-8:]):
        m = OWNER.search(squash(text))
        owner = next((n for n in m.groups() if n), "") if m else ""
        if len(owner) >= 3 and owner != site and any(owner in k for k in keywords):
            return owner
    return site
