"""A <title> of the page's column and the organisation alone, as the CMSs of companies,
associations, hospitals and offices title every article page (``新闻中心-某某科技股份有限公司``,
``公司简讯 - 某某水泥股份有限公司``, ``协会动态_中国某某工业协会``), or of the column alone
(``新闻动态``), or of the kind of page alone (``新闻详情``): it declares no headline, and a
heading reading the column (the banner's ``<h2>新闻中心</h2>``) is not one. Others title every
page with the organisation's name alone. Either way the organisation is the site. A heading
that reads only the page's furniture (a column, the page's kind, 首页, a breadcrumb, a date) is
never the headline either."""

from __future__ import annotations

import re

from .lexicon import COUNTERS
from .lexicon import END_LINE
from .lexicon import alternation
from .shown import CLOCK
from .shown import DAY
from .text import compact
from .text import squash
from .titletext import PAGE_KIND

#: The word a column's name ends with (公司新闻, 企业动态), and a news centre (新闻中心).
_COLUMN_WORD = r"(?:动态|動態|新闻|新聞|要闻|要聞|公告|简讯|簡訊|资讯|資訊)"
_NEWS_CENTRE = r"(?:新闻|新聞|资讯|資訊|媒体|媒體)中心"

#: A column of an organisation's site: 新闻中心, 公司新闻, 企业动态, 协会动态, 医院新闻, 通知公告.
PAGE_COLUMN = re.compile(rf"[\u4e00-\u9fff]{{0,4}}{_COLUMN_WORD}|{_NEWS_CENTRE}")

#: A column's name that titles a page alone: generic words, never a brand (澎湃新闻).
COLUMN_ALONE = re.compile(
    r"(?:新闻|新聞|最新|近期|热门|熱門|热点|熱點|推荐|推薦|公司|企业|企業|行业|行業|协会|協會|学会|學會"
    r"|医院|醫院|学校|學校|工作|通知)?"
    rf"{_COLUMN_WORD}|{_NEWS_CENTRE}"
)

#: The organisation's own name: 某某科技股份有限公司, 某某集团, 中国某某工业协会, 某某县人民医院,
#: 某某大学某某实验室.
ORGANISATION = re.compile(
    r"[\u4e00-\u9fff（）()]{2,24}(?:公司|集团|集團|协会|協會|学会|學會|商会|商會|医院|醫院|法院"
    r"|检察院|檢察院|研究院|研究所|委员会|委員會|局|实验室|實驗室|大学|大學|学院|學院|中学|中學)"
)


#: 某某试管婴儿生殖中心, 某某口腔诊所: a centre's or a clinic's own name (not 新闻中心, a column).
CENTRE = re.compile(r"[\u4e00-\u9fff]{4,20}(?:中心|诊所|診所|门诊部|門診部)")


#: The separators of such a <title>, spaced or not (新闻中心-某某新能源科技股份有限公司).
SPLIT = re.compile(r"\s*(?:[-_|｜–—]+|\s)\s*")


def _parts(doc_title: str) -> list[str]:
    return [squash(p) for p in SPLIT.split(doc_title) if p.strip()]


def column_then_owner(doc_title: str) -> bool:
    """Whether the <title> is one or more column names, then the organisation's name (or the
    organisation, then its columns: 某某信息技术有限公司-新闻动态)."""
    return _owner_at(_parts(doc_title)) is not None


def _owner_at(parts: list[str]) -> int | None:
    """Where the organisation's name stands among *parts* when all the others are columns."""
    if len(parts) < 2:
        return None
    for at, others in ((-1, parts[:-1]), (0, parts[1:])):
        if ORGANISATION.fullmatch(parts[at]) and all(PAGE_COLUMN.fullmatch(p) for p in others):
            return at
    return None


def declares_no_headline(doc_title: str) -> bool:
    """Whether the <title> is only columns and the organisation, or one column alone
    (``<title>新闻动态</title>`` on every article page)."""
    parts = _parts(doc_title)
    alone = len(parts) == 1 and label_heading(compact(parts[0]))  # 新闻动态, 首页
    kind = bool(parts) and all(PAGE_KIND.fullmatch(p) for p in parts)  # 新闻详情, 详情页
    # 新闻 - 某某班: a generic column, then any site's name (not an organisation's)
    # (or 某某网--新闻内容页, 资产处 房管中心-浏览文档: any site's name, then the page's kind)
    first = len(parts) >= 2 and bool(
        len(parts) == 2
        and (COLUMN_ALONE.fullmatch(parts[0]) or PAGE_KIND.fullmatch(parts[0]))
        or PAGE_KIND.fullmatch(parts[-1])
    )
    return alone or kind or first or column_then_owner(doc_title)


def column_owner(doc_title: str, headline: str = "") -> str | None:
    """The organisation a column-then-owner <title> names last, or a <title> that is the
    organisation's name alone (``某某精密机械股份有限公司`` on every page), not the headline."""
    parts = _parts(doc_title)
    if len(parts) == 1 and (ORGANISATION.fullmatch(parts[0]) or CENTRE.fullmatch(parts[0])):
        head = squash(headline)
        return parts[0] if not head or (head not in parts[0] and parts[0] not in head) else None
    at = _owner_at(parts)
    return None if at is None else parts[at]


#: A date alone, as a list's or a template's heading shows it (2018-09-03, 2018年9月3日 10:20).
_DATE_ALONE = re.compile(rf"{DAY.pattern}(?:{CLOCK.pattern}(?::\d{{2}})?)?")

#: A template's bilingual section heading: 技术支持 TECHNICAL SUPPORT, 新闻中心NEWS (compacted).
_BILINGUAL = re.compile(r"[\u4e00-\u9fff]{2,6}[A-Z][A-Z&]{2,24}")

#: A box heading's link to the rest of its list: 更多>, more».
MORE_LINK = re.compile(r"(?:更多|more)[>＞»›]*$", re.I)

#: The home page's name, a sidebar's list of columns, the way back and the site's own pages.
_FURNITURE = frozenset(
    "首页 首頁 网站首页 網站首頁 相关栏目 相關欄目 返回列表 返回 返回首页 关于我们 關於我們"
    " 联系我们 聯繫我們".split()
)

#: A breadcrumb's label: 当前位置：首页 > 新闻, 您所在的位置：, 您现在的位置是：.
_BREADCRUMB = re.compile(
    r"(?:您|你)?(?:现在|現在|当前|當前)?(?:所在)?的?(?:位置|所在位置)(?:是)?[:：]"
)

#: A page's counter alone: (浏览次数:600), 点击：35次, 阅读量 1200 (compacted).
_COUNTER_ALONE = re.compile(
    rf"[(（\[]?(?:{alternation(*COUNTERS)})(?:次数|次數|数|數|量)?[:：]?\d*次?[)）\]]?"
)


def label_heading(c: str) -> bool:
    """Whether a heading reading *c* (compacted) is the page's furniture, never a story's
    headline: a column or page kind alone (新闻动态, 新闻详情), the home page's name, further
    reading (推荐阅读), a breadcrumb, a date or a counter alone."""
    c = MORE_LINK.sub("", c).rstrip("/|｜>＞»:：-_")  # <h1>新闻中心 /</h1>, 热门资讯更多>
    return bool(
        COLUMN_ALONE.fullmatch(c)
        or _BILINGUAL.fullmatch(c)
        or c in _FURNITURE
        or PAGE_KIND.fullmatch(c)
        or (len(c) <= 6 and END_LINE.match(c))
        or _BREADCRUMB.match(c)
        or _DATE_ALONE.fullmatch(c)
        or _COUNTER_ALONE.fullmatch(c)
    )


def without_label_parts(doc_title: str) -> str:
    """The one part of the <title> left when the others are furniture (``C2B-新闻``: C2B),
    else the <title> unchanged."""
    parts = _parts(doc_title)
    kept = [p for p in parts if not label_heading(compact(p))]
    return kept[0] if len(parts) > 1 and len(kept) == 1 else doc_title
