"""A <title> that ends with the site's motto or tagline after its name.

Campus and hospital sites put their name after the headline and then their motto, split by
the same separators: ``标题_某某中学_建设学术性高中_培养创新型人才``. The site is the
institution, not the last part: a motto is a phrase of Han characters that does not end like
a name of a site or an organisation.

Portals and vertical sites put a tagline saying what the site is after its name:
``标题_驰途汽车网_专业汽车门户``, ``标题 - 某某网 - 专业财经资讯平台``. The site is the part
before the tagline.
"""

from __future__ import annotations

import re

from .text import squash

#: An institution's name: 某某中学, 某某大学, 某某市人民医院, 某某研究所.
INSTITUTION_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,16}(?:中学|中學|小学|小學|大学|大學|学院|學院|学校|學校|研究所|研究院|医院|醫院)"
)

#: A motto: a phrase of Han characters (with a space or an interpunct at most), not a name.
MOTTO = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff ·]{3,14}[\u4e00-\u9fff]")

#: The end of a name of a site, an organisation or a column, which a motto does not have.
NAME_END = re.compile(
    r"(?:[网網站部局委厅廳府报報台臺处處科室馆館社会會院校所]|中心|频道|頻道|栏目|欄目|新闻|新聞|动态|動態|公告)$"
)


def institution_before_mottos(parts: list[str]) -> str | None:
    """The institution named after the headline, when only mottos follow it in the <title>."""
    names = [squash(p) for p in parts]
    for i in range(1, len(names) - 1):
        if not INSTITUTION_NAME.fullmatch(names[i]):
            continue
        rest = names[i + 1 :]
        if all(MOTTO.fullmatch(m) and not NAME_END.search(m) for m in rest):
            return names[i]
        return None
    return None


#: What a site calls itself in its tagline: 专业汽车门户, 城市门户, 专业财经资讯平台, 某某报社主办.
TAGLINE = re.compile(
    r"[\u4e00-\u9fff]{2,12}(?:门户|門戶|资讯平台|資訊平台|服务平台|服務平台|主办|主辦)"
)


def site_before_tagline(parts: list[str]) -> str | None:
    """The site named before a tagline that closes the <title> (标题_驰途汽车网_专业汽车门户), or
    a web site named before its motto (标题 - 某某网-工作让生活更精彩)."""
    names = [squash(p) for p in parts]
    if len(names) < 3:
        return None
    site = names[-2]
    # 标题 - 壹打工网-工作让生活更精彩: a web site's name, then its motto
    motto = (
        re.search(r"[网網]$", site)
        and MOTTO.fullmatch(names[-1])
        and not NAME_END.search(names[-1])
    )
    if not TAGLINE.fullmatch(names[-1]) and not motto:
        return None
    return site if 2 <= len(site) <= 16 and not TAGLINE.fullmatch(site) else None


#: 中国最大的德语专业培训机构, 国内领先的…平台: a slogan boasting what the site is, no name;
#: 用心办好您的婚礼, 为您提供…: one speaking to the reader, as no name does.
SLOGAN = re.compile(
    r"(?:中国|中國|全国|全國|国内|國內|全球|亚洲|亞洲|世界|全省|全市)?(?:最大|最好|最专业|最專業|最权威|最權威|最全|领先|領先|第一)的"
    r"|[\u4e00-\u9fff]{1,8}您[的们們]?[\u4e00-\u9fff]{1,8}$"
)


def without_slogan(site: str | None, parts: list[str] | None = None) -> str | None:
    """*site*, unless it is a slogan a <title> ends with where the name should stand; then the
    short name before it when the <title> is those two alone (婚礼之家-用心办好您的婚礼)."""
    if not site or not SLOGAN.match(site.lstrip("-－–—_|｜ ")):
        return site
    names = [squash(p) for p in parts or []]
    if len(names) == 2 and names[1] == squash(site) and 2 <= len(names[0]) <= 10:
        return names[0]
    return None
