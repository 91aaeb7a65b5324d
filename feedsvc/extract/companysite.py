"""What names a company's own site when nothing else does: a welcome in the <title>
(``标题_欢迎来到某某园林景观工程有限公司``), or, when the <title> names no site at all (search
keywords, a content system's default 我的网站), the owner of its copyright line, a company too
(``Copyright © 2019 深圳市某某环境科技有限公司 版权所有``, read in footerowner). On a site that has
a name, the company behind it is no outlet."""

from __future__ import annotations

import re

from .nameshape import looks_like_outlet
from .text import squash
from .titletext import PAGE_KIND

#: 欢迎来到X, 欢迎光临X, 欢迎您访问X: a <title>'s greeting naming the site.
WELCOME = re.compile(r"^(?:欢迎|歡迎)您?(?:来到|來到|光临|光臨|访问|訪問)\s*(?P<n>\S{2,24})$")

#: 深圳灭蟑螂公司,深圳消杀公司: a <title>'s part listing search keywords, no name.
KEYWORD_LIST = re.compile(r"[,，、]")

#: 我的网站: the site name a content system ships with (DedeCMS's), left unchanged; a template
#: demo's own name (响应式绿化花木果苗类网站模板(自适应手机端)).
DEFAULT_NAME = re.compile(
    r"我的网站|我的網站|网站名称|網站名稱|Your Site Name"
    r"|\S{0,24}(?:网站模板|網站模板|织梦模板|整站模板|企业模板)(?:\s*[(（][^()（）]{1,16}[)）])?",
    re.I,
)


def welcome_site(title_parts: list[str]) -> str | None:
    """The name a welcome part of the <title> gives (标题_欢迎来到某某有限公司)."""
    for part in title_parts[1:]:
        m = WELCOME.match(squash(part))
        if m and looks_like_outlet(m["n"]):
            return m["n"]
    return None


def keywords_only(title_parts: list[str]) -> bool:
    """Whether the <title> names no site after the headline: only keyword lists or a content
    system's default name (none when it names a site some rule declined, a forum's: 标题|版块 -
    某某论坛 - powered by phpwind)."""
    parts = [p for p in title_parts if not PAGE_KIND.fullmatch(squash(p))]  # 新闻详情 - 标题
    return all(KEYWORD_LIST.search(p) or DEFAULT_NAME.fullmatch(squash(p)) for p in parts[1:])
