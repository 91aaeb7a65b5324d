"""The full name of a unit's site (a college, an office or a department of a university or a
government) from the owner its copyright line names.

Such sites title their pages in a few ways that give their name cut or not at all: the unit
and the column (``某某大学资产管理处-工作动态``), the unit and its parent (``物理学院-某某大学``),
the unit's short name alone (``马克思主义学院``) or the headline alone. The footer names the
owner in full: ``版权所有：某某大学资产管理处``, ``某某大学党委组织部版权所有``, ``Copyright ©
2019 - 2024 某某大学物理学院.``. That full name is the site's, when it is a unit's name and
the <title> names the same unit (or no site at all).
"""

from __future__ import annotations

import re
from itertools import permutations

from .lexicon import COLUMN_NAME
from .text import compact
from .text import squash

#: The owner of a footer's copyright line: 某某大学党委组织部版权所有, 版权所有：某某大学资产
#: 管理处, Copyright © 2019 - 2024 某某大学物理学院.
COPYRIGHT_OWNER = re.compile(
    r"(?:^|[©\s])(?P<n>[\u4e00-\u9fff]{4,24})\s*(?:版權所有|版权所有)"
    r"|(?:版權所有|版权所有)\s*[:：]?\s*(?P<m>[\u4e00-\u9fff]{4,24})(?![\u4e00-\u9fff])"
    r"|(?:Copyright|©)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*(?:[-–—]\s*(?:19|20)\d{2})?\s*)?"
    r"(?P<c>[\u4e00-\u9fff]{4,24})(?![\u4e00-\u9fff])",
    re.I,
)

#: A unit's full name: its parent (a university, a city, a province), then the unit.
UNIT = re.compile(
    r"[\u4e00-\u9fff]{2,10}(?:大学|大學|学院|學院|市|省|区|區|县|縣)[\u4e00-\u9fff]{0,14}"
    r"(?:学院|學院|系|研究院|研究所|中心|部|处|處|办公室|辦公室|馆|館|委员会|委員會|局|厅|廳|医院|醫院)"
)


#: A web site's own name: 新疆注册会计师全国统一考试网, 某某信息網.
WEB_SITE = re.compile(r"[\u4e00-\u9fff]{3,20}[网網]")


#: A column of a site, named after the site in its <title>: 工作动态, 通知公告, 学院新闻.
COLUMN = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:动态|動態|新闻|新聞|要闻|要聞|公告|通知|简讯|簡訊|资讯|資訊)"
)

#: A site's news column named by the site (某某网资讯, 某某網新聞), not a column on the web
#: (互联网资讯, 物联网新闻).
SITE_COLUMN = re.compile(r"(?P<s>[\u4e00-\u9fff]{2,3}(?<![联聯])[网網])(?:新闻|新聞|资讯|資訊)")


def titled_unit(parts: list[str]) -> str | None:
    """The unit a <title> of its name and a column names (``某某大学资产管理处-工作动态``), or
    ``""`` when the last part is a column after no unit's name: no site (the column is none)."""
    if len(parts) < 2 or not COLUMN.fullmatch(squash(parts[-1])):
        return None
    if len(parts) >= 3 and COLUMN_NAME.fullmatch(squash(parts[-1])) is None:
        return None  # 标题_科学_低元资讯: a brand after the section, no column (行业资讯) of it
    own = SITE_COLUMN.fullmatch(squash(parts[-1]))
    if own:
        return own["s"]  # 标题 - 某某网资讯: the site's own news column, named by the site
    first = squash(parts[0])
    named = UNIT.fullmatch(first) or WEB_SITE.fullmatch(first)  # 某某考试网-要闻: the site too
    return first if len(parts) == 2 and named else ""


def unit_before_headline(parts: list[str], headline: str) -> str | None:
    """The unit a <title> names before the headline (``某某大學 某某研究所 - 标题``), written
    without the space the page sets between the parent and the unit."""
    if len(parts) != 2 or not headline or squash(parts[1]) != squash(headline):
        return None
    name = compact(parts[0])
    return name if UNIT.fullmatch(name) and UNIT.fullmatch(compact(parts[1])) is None else None


def columns_before(parts: list[str], headline: str) -> str | None:
    """The site a <title> names after the columns of the page's place alone, as some CMSs
    title every article page (``部门动态 - 新闻动态 - 某某大学后勤集团``): its last part, when
    each part before it is a column's name, and it is neither a column nor the headline."""
    names = [squash(p) for p in parts]
    if len(names) < 2 or not all(COLUMN.fullmatch(name) for name in names[:-1]):
        return None
    last = names[-1]
    if COLUMN.fullmatch(last) or not 2 <= len(last) <= 24 or headline and squash(headline) in last:
        return None
    return last


def _owner(texts: list[str]) -> str | None:
    """The unit the last lines of the page name as the owner in a copyright line."""
    for text in reversed(texts[-8:]):
        m = COPYRIGHT_OWNER.search(squash(text))
        name = (m["n"] or m["m"] or m["c"]) if m else ""
        if name and UNIT.fullmatch(name):
            return name
    return None


def unit_site(site: str | None, parts: list[str], texts: list[str]) -> str | None:
    """*site*, or the unit's full name its copyright line gives, when the <title> names the
    unit cut (by its short name, or by its name and its parent's) or by the unit and a column,
    or names no site (see the module); *parts* are the <title>'s."""
    owner = _owner(texts)
    if owner is None or owner == site:
        return site
    parts = [squash(p) for p in parts]
    if site is None or owner.endswith(site) or owner in parts:
        return owner
    return owner if any(a + b == owner for a, b in permutations(parts, 2)) else site
