"""The site's own name, and the posting account on publishing platforms (微信, 百家号, ...)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4 import Tag

from ..outlets import is_known
from ..outlets import outlet_for_host
from .columntitle import column_owner
from .latinsite import titled_latin_site
from .latinsite import written_latin_site
from .mottotitle import institution_before_mottos
from .mottotitle import site_before_tagline
from .nameshape import ORG_HINT
from .nameshape import latin_brand
from .nameshape import looks_like_outlet
from .postheadline import account_headline
from .text import squash
from .title import TITLE_SPLIT
from .titlefirst import site_leading
from .titletext import OFFICIAL
from .titletext import site_first
from .titletext import site_parts
from .unitsite import UNIT
from .unitsite import columns_before
from .unitsite import titled_unit
from .unitsite import unit_before_headline

#: Publishing platforms, not outlets: the account that posted the article is the outlet.
PLATFORMS = frozenset(
    (
        "微信公众平台",
        "微信",
        "微信公众号",
        "百家号",
        "今日头条",
        "头条号",
        "网易号",
        "搜狐号",
        "企鹅号",
    )
)

ACCOUNT_NAME = ("#js_name", ".profile_nickname", ".account_nickname_inner", ".wx_follow_nickname")

ACCOUNT_SCRIPT = re.compile(r"""\bvar\s+nickname\s*=\s*(?:htmlDecode\()?["']([^"'\n]{2,30})["']""")

ACCOUNT_AUTHOR = ("#js_author_name", ".rich_media_meta_text .author")

#: The author field of a 公众号 article's info line, unlabelled between the date and the
#: account (``<em class="rich_media_meta_text">58沈剑</em>``): neither the date (it has an
#: id), the 原创 mark nor the account's nickname.
META_TEXT = ".rich_media_meta_list > .rich_media_meta_text:not([id]):not(.rich_media_meta_nickname)"


def account_frame(title_el: Tag | None) -> bool:
    """Whether the headline is a 公众号 article's (``<h2 id="activity-name"
    class="rich_media_title">``): a saved article that kept neither its address nor its
    og:site_name is still a platform page, its account the outlet."""
    return account_headline(title_el)


#: A call to follow the account where the writer would be: 点击关注, 读武汉关注☞.
FOLLOW_CALL = re.compile(r"关注|關注|[☞👉→▶↓⬇]")


def find_account(soup: BeautifulSoup, scripts: str) -> tuple[str | None, str | None]:
    """The posting account and the writer a 公众号 article names (#js_name, #js_author_name)."""
    name: str | None = None
    for selector in ACCOUNT_NAME:
        found = soup.select_one(selector)
        text = squash(found.get_text(" ")) if found is not None else ""
        if 2 <= len(text) <= 30:
            name = text
            break
    if name is None:
        m = ACCOUNT_SCRIPT.search(scripts)
        name = squash(m.group(1)) if m else None
    writer: str | None = None
    for selector in ACCOUNT_AUTHOR:
        found = soup.select_one(selector)
        text = squash(found.get_text(" ")) if found is not None else ""
        if 2 <= len(text) <= 20 and not re.search(r"[:：，。]", text):
            writer = text
            break
    return name, writer or _meta_writer(soup)


def _meta_writer(soup: BeautifulSoup) -> str | None:
    """The writer in a 公众号 info line's author field; an organisation there (某县融媒体中心)
    is the outlet, no writer."""
    for found in soup.select(META_TEXT, limit=4):
        text = squash(found.get_text(" "))
        if text in ("原创", "原創") or not 2 <= len(text) <= 12:
            continue
        if FOLLOW_CALL.search(text):
            continue  # 读武汉关注☞: a call to follow the account, in the author field
        if not re.search(r"[:：，。/／\s]|\d{4}", text) and not ORG_HINT.search(text):
            return text
    return None


def title_site(soup: BeautifulSoup) -> str | None:
    """The site named at the end of the <title> (headline_site, headline|site)."""
    parts = [p.strip() for p in TITLE_SPLIT.split(soup.title.get_text() if soup.title else "")]
    parts = [p for p in parts if p]
    if site_first(parts):
        return parts[0]  # 自由電子報 - 標題: the site named first
    tagged = site_before_tagline(parts)  # 标题_驰途汽车网_专业汽车门户
    return tagged or (parts[-1] if len(parts) > 1 else None)


#: The words naming a paper's digital edition after the paper's name: 数字报刊平台, 电子版.
EPAPER_SUFFIX = re.compile(
    r"\s*[-－—–_]?\s*(?:数字报刊平台|数字报刊|数字报|数字版|电子版|电子报|电子报刊|電子版|數字報)$"
)

#: A paper's name alone: 解放日报, 江汉都市报, 中国青年报.
PAPER_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:日报|晚报|时报|都市报|青年报|商报|日報|晚報|時報)")


#: 精选文章, 文章: what kind of page the <title> says this is, after the site's name.
PAGE_KIND = re.compile(r"\s*(?:精选|精選|热门|熱門)?(?:文章|專文|专文)")


#: KSD 韩星网 (电影): the page's section in brackets after the site's name.
SECTION_IN_BRACKETS = re.compile(r"\s*[（(][^（）()]{1,8}[）)]")


def _page_label(rest: str) -> bool:
    """Whether *rest*, after the site's name in a <title> part, labels the page (精选文章,
    (电影)) rather than naming an edition."""
    return PAGE_KIND.fullmatch(rest) is not None or SECTION_IN_BRACKETS.fullmatch(rest) is not None


def site_name(
    structured_site: str | None, url: str | None, doc_title: str, headline: str = ""
) -> str | None:
    """The site's own name: its name meta, its host's outlet, or the <title>'s site part."""
    parts = site_parts(doc_title)
    owner = _blog_owner(parts)
    if owner:
        return owner
    # 風傳媒　一個有國際觀…的新媒體！: the name, then its motto after a full-width space
    motto = re.fullmatch(r"(\S{2,16})[\u3000\s]+(\S.{4,}[、，,！!。].*)", structured_site or "")
    if motto and looks_like_outlet(motto.group(1)) and not looks_like_outlet(motto.group(0)):
        structured_site = motto.group(1)
    if structured_site:
        structured_site = _chinese_half(structured_site)
    # 白鹭星球: a name meta reading like a person's is the site's when the <title> names it too
    titled = any(squash(part) == structured_site for part in parts[1:])
    if structured_site and (looks_like_outlet(structured_site) or titled):
        return written_latin_site(_meta_site(structured_site, parts), parts)
    host_outlet = outlet_for_host(url) or titled_latin_site(structured_site, parts)
    if host_outlet:
        return host_outlet
    for i, part in enumerate(parts):
        # 光明日报-数字报刊, 南江日报数字报刊平台: a paper's digital edition, named by the paper
        paper = EPAPER_SUFFIX.sub("", squash(part))
        if not paper and i:
            paper = squash(parts[i - 1])
        if paper != squash(part) and 2 <= len(paper) <= 16 and looks_like_outlet(paper):
            return paper
    if len(parts) == 1 and PAPER_NAME.fullmatch(squash(parts[0])):
        return squash(parts[0])  # <title>解放日报</title>: an e-paper page titled by its paper
    ahead = _site_before_headline(parts, headline)
    if ahead:
        return ahead
    # the site alone, after columns (新闻动态 - 某某后勤集团), a unit, or before the headline
    alone = _titled_by_site(doc_title, parts, headline) or columns_before(parts, headline)
    alone = alone or unit_before_headline(parts, headline) or site_leading(parts, headline)
    if alone:
        return alone
    if site_first(parts) and squash(parts[0]) != squash(headline):  # 警情通报_某某市公安局
        return squash(parts[0])
    named = _named_before_sections(parts)
    if named:
        return named
    return _last_part(parts, doc_title, headline)


def _meta_site(structured_site: str, parts: list[str]) -> str:
    """The site's name meta, or the fuller name the <title> gives it (BBC → BBC中文网), or
    the name alone before its motto (少数派 - 高品质数字消费指南 → 少数派)."""
    # application-name "BBC" on a page titled "… - BBC中文网 - …": the edition's own name
    for part in parts[1:]:
        fuller = squash(part)
        if (
            fuller.startswith(structured_site)
            and len(fuller) <= 16
            and fuller != structured_site
            # 聯合新聞網：最懂你的新聞網站: the name, then its motto after a colon
            and not fuller[len(structured_site) :].startswith(("：", ":"))
            # InfoQ精选文章, KSD 韩星网 (电影): the name, then the kind of page or its section
            and not _page_label(fuller[len(structured_site) :])
        ):
            if looks_like_outlet(fuller):
                return fuller
    # og:site_name "少数派 - 高品质数字消费指南" on a page titled "… - 少数派": the name alone
    motto = re.match(r"(.{2,16}?)\s+[-－—–|｜_]\s+\S", structured_site)
    if motto and motto.group(1) in (squash(p) for p in parts[1:]):
        return motto.group(1)
    return structured_site


def _last_part(parts: list[str], doc_title: str, headline: str) -> str | None:
    """The site named last in the <title> (not a column: the unit before ``-工作动态``), else
    an organisation after the headline."""
    unit = titled_unit(parts)  # 某某大学资产管理处-工作动态: the unit, never the column
    school = institution_before_mottos(parts)  # 标题_某某中学_建设学术性高中: not the motto
    if school:
        return school
    owner = column_owner(doc_title, headline)  # 新闻中心-某某科技股份有限公司: the organisation
    if owner:
        return owner
    last = squash(parts[-1]) if len(parts) == 2 else ""
    if unit == "" and _brand_newsroom(last):
        return last  # 标题 | 宅宅新聞: a newsroom's short brand, no column of the site
    if unit is not None:
        return unit or None
    tagged = site_before_tagline(parts)  # 标题_驰途汽车网_专业汽车门户: the site, not its tagline
    if tagged and looks_like_outlet(tagged):
        return tagged
    named = _web_name(squash(parts[-1])) if len(parts) > 1 else ""
    # 标题 | 某某法律英语水平考试官网: a long official site's name after the headline shown
    official = len(named) <= 24 and OFFICIAL.search(named) and squash(parts[0]) == squash(headline)
    if (len(named) <= 16 or latin_brand(named) or official) and looks_like_outlet(named):
        return named
    # 标题 - 某某新聞，自由的新聞源: the site's name, then its motto after a full-width comma
    motto = re.fullmatch(r"(\S{2,10}?)，\S.{1,20}", squash(parts[-1])) if len(parts) > 1 else None
    if motto and _outlet_name(motto.group(1)):
        return motto.group(1)
    return _after_headline(squash(doc_title), headline) or _institution_last(doc_title)


#: A paper's name given in Chinese and in its English translation: 頭條日報 Headline Daily,
#: Apple Daily 蘋果日報 (not a brand of its own: 星洲网 Sin Chew Daily, The News Lens 關鍵評論網).
BILINGUAL = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2,12})\s+(?:[A-Z][a-z]+\s){1,4}(?:Daily|Times|Post)"
    r"|(?:[A-Z][a-z]+\s){1,4}(?:Daily|Times|Post)\s*(?P<b>[\u4e00-\u9fff]{2,12})"
)


def _chinese_half(name: str) -> str:
    """頭條日報 Headline Daily → 頭條日報: a bilingual paper's name, its Chinese half."""
    m = BILINGUAL.fullmatch(squash(name))
    half = (m["a"] or m["b"]) if m else ""
    return half if half and PAPER_NAME.fullmatch(half) else name


#: The words for a site's web pages after its name: 星島日報網頁, 某某廣播公司全球資訊網, 東網即時
#: (not 官方网站: 中国载人航天官方网站 is the site's name as it gives it).
WEB_SUFFIX = re.compile(
    r"(?<=..)(?:全球資訊網|全球资讯网|網頁|网页|即時新聞|即时新闻|即時)$"
    r"|(?<=[网網])[A-Za-z][A-Za-z0-9]{1,15}$"  # 太平洋电脑网PConline: the Latin brand glued on
    # 某某中文网 Maple-Link: the site's Latin name after a space
    r"|(?<=[网網])\s+[A-Za-z][A-Za-z0-9]*(?:[-\s][A-Za-z][A-Za-z0-9]*){0,3}$"
)

#: A Latin brand, then what the site is glued on: FooBar网络安全行业门户, FooBar技术社区.
LATIN_BRAND_TAGLINE = re.compile(
    r"(?P<b>[A-Za-z][A-Za-z0-9]{1,15})[\u4e00-\u9fff]{2,10}(?:门户|門戶|平台|社区|社區)"
)

#: A site's Chinese name, then its English one after a spaced slash, as a community's site
#: titles its pages: 某某社群 / Foo Users Group.
SLASHED_ENGLISH = re.compile(
    r"(?P<c>\S.{0,20}[\u4e00-\u9fff])\s+/\s+[A-Za-z][A-Za-z0-9.&'’-]*(?:\s[A-Za-z0-9.&'’-]+){0,6}"
)

#: A host written where the site's name goes (标题 - example.com).
HOST_NAME = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}", re.I)

#: An institution's name, as its CMS titles every page: 某某省某某研究所, 某某市人民医院.
INSTITUTION = re.compile(
    r"[\u4e00-\u9fff]{2,18}(?:研究所|研究院|研究中心|医院|醫院|大学|大學|学院|學院|学校|學校"
    r"|协会|協會|委员会|委員會|人民政府|局|厅|廳|实验室|實驗室)"
    r"(?:[\u4e00-\u9fff]{0,4}(?:网|網)|新闻中心|新聞中心)?"  # 某某大学新闻网: its news site
)


#: A blog platform named last in a blog's <title>: 博客园, 新浪博客, CSDN博客, 网易博客.
BLOG_PLATFORM = re.compile(r"(?:博客园|博客|部落格|[Bb]log)$")


def _blog_owner(parts: list[str]) -> str | None:
    """The blog's name between the headline and its platform (标题 - 青石巷口 - 博客园)."""
    names = [squash(p) for p in parts]
    if len(names) != 3 or not BLOG_PLATFORM.search(names[-1]) or len(names[-1]) > 10:
        return None
    owner = re.sub(r"(?<=.)的(?:博客|部落格|[Bb]log)$", "", names[1])
    return owner if 2 <= len(owner) <= 16 else None


def _web_name(name: str) -> str:
    """星島日報網頁 → 星島日報: the site's name without the words for its web pages (or
    without its English name after a slash)."""
    brand = LATIN_BRAND_TAGLINE.fullmatch(name)
    english = SLASHED_ENGLISH.fullmatch(name)
    bare = brand["b"] if brand else english["c"] if english else WEB_SUFFIX.sub("", name)
    return bare if bare != name and looks_like_outlet(bare) else name


def _titled_by_site(doc_title: str, parts: list[str], headline: str = "") -> str | None:
    """The site, when the <title> names it and no headline: `` - 星島日報網頁``, ``某某研究所``,
    ``無綫新聞 - 財經 - 标题 - tvb.com``, a unit's full name (``某某大学…示范中心``)."""
    names = [squash(p) for p in parts]
    if len(names) > 2 and HOST_NAME.fullmatch(names[-1]):
        first = names[0]
        if len(first) <= 10 and len(first) < len(names[-2]) and _outlet_name(first):
            return first
        return None
    if len(names) != 1:
        return None
    # -某某网: a <title> whose headline the CMS left out, the site after a bare separator
    name = re.sub(r"^[-–—_|｜]\s*(?=\S)", "", names[0])
    headless = not TITLE_SPLIT.split(doc_title)[0].strip() or name != names[0]
    bare = _web_name(name)
    if (headless or bare != name) and len(bare) <= 16 and looks_like_outlet(bare):
        return bare if bare != squash(headline) else None
    unit = UNIT.fullmatch(name) is not None and name != squash(headline)
    return name if INSTITUTION.fullmatch(name) or unit else None


def _site_before_headline(parts: list[str], headline: str) -> str | None:
    """The paper or broadcaster leading a <title> that ends with the headline, its section,
    English name or host after a space: ``東方日報 港聞 -- 标题``, ``有線新聞 i-CABLE News -
    标题``, ``信報網站 hkej.com - 即時新聞 香港 - 标题``; a newsroom's name ending in 新聞 or 新闻
    (``澳廣視新聞 | 标题``, ``公視新聞 - 标题``)."""
    if len(parts) < 2 or not headline or squash(parts[-1]) != squash(headline):
        return None
    name = squash(parts[0]).split(" ")[0]
    for candidate in (re.sub(r"(?<=..)(?:網站|网站)$", "", name), name):
        if is_known(candidate) or PAPER_NAME.fullmatch(candidate):
            return candidate
    if NEWSROOM_NAME.fullmatch(name) and looks_like_outlet(name):
        return name
    return None


#: 澳廣視新聞, 公視新聞, TVBS新聞: a broadcaster's or portal's newsroom, named first in a <title>.
#: Never a section's name (国内新闻, 即時新聞, 图片新闻, 学院新闻).
NEWSROOM_NAME = re.compile(
    r"(?!(?:国内|國內|国际|國際|本地|即时|即時|实时|實時|社会|社會|财经|財經|体育|體育|娱乐|娛樂|最新|"
    r"图片|圖片|视频|視頻|校园|校園|学院|學院|综合|綜合|时事|時事|公司|行业|行業|今日|要闻|要聞|热点|"
    r"熱點|头条|頭條|地方|两岸|兩岸|港澳|台湾|臺灣|科技|教育|军事|軍事|文化|健康|生活|法治|工作|部门|"
    r"部門|基层|基層|县区|縣區|图文|圖文|滚动|滾動|重要|焦点|焦點|专题|專題|动态|動態|政务|政務)"
    r"(?:新聞|新闻)$)[\u4e00-\u9fffA-Za-z0-9]{2,8}(?:新聞|新闻)"
)


def _brand_newsroom(name: str) -> bool:
    """宅宅新聞, 橙新聞: a short brand before 新聞, no section (国内新闻) nor longer column."""
    return len(name) <= 4 and NEWSROOM_NAME.fullmatch(name) is not None and looks_like_outlet(name)


#: A site's English name after its Chinese one: 頭條日報 Headline Daily.
ENGLISH_NAME = re.compile(r"\s+[A-Za-z][A-Za-z .&'-]*$")


def _named_before_sections(parts: list[str]) -> str | None:
    """The paper named after the headline, when sections or the day follow it in the <title>:
    ``标题 | 蘋果日報 | 要聞港聞 | 20151218``, ``标题 - 香港經濟日報 - 即時新聞頻道 - 股市``,
    ``【港聞】标题 - 頭條日報 Headline Daily``."""
    last = squash(parts[-1]) if len(parts) > 1 else ""
    if is_known(last) or re.search(r"[网網]$", last):
        return None  # 标题 - 某某日报 - 某某网: the site is the last part
    for part in parts[1:]:
        name = ENGLISH_NAME.sub("", squash(part))
        if is_known(name) or PAPER_NAME.fullmatch(name):
            return name
    return None


def _outlet_name(name: str) -> bool:
    """Whether *name* reads as an outlet's name: a known one, or one with an outlet's word."""
    return looks_like_outlet(name) and (
        is_known(name) or ORG_HINT.search(name) is not None or re.search(r"新聞$", name) is not None
    )


def _after_headline(doc_title: str, headline: str) -> str | None:
    """标题 湖南省某某医院: an organisation's name after the headline and a space."""
    if not headline or not doc_title.startswith(headline + " "):
        return None
    rest = doc_title[len(headline) :].strip()
    return rest if 2 <= len(rest) <= 20 and " " not in rest and looks_like_outlet(rest) else None


def _institution_last(doc_title: str) -> str | None:
    """标题 医院动态 -某某医科大学附属某某医院, 标题-某某科学与工程实验室: an institution's long
    name after a hyphen (too long for a site's name a <title> splits off), as hospitals' and
    labs' CMSs end the <title>."""
    m = re.search(
        r"[\s\u4e00-\u9fff”」）)][-－]\s?(?P<n>[\u4e00-\u9fff]{13,24})$", squash(doc_title)
    )
    return m["n"] if m and INSTITUTION.fullmatch(m["n"]) else None
