"""The site's name when nothing else gives one: the firm a welcome in the <title> names
(``标题_欢迎来到某某园林景观工程有限公司``), else the owner of its copyright line, a company
too (``Copyright © 2019 深圳市某某环境科技有限公司 版权所有``). A company's own site names itself
only there; on a site that has a name, the company behind it is no outlet (see footerowner)."""

from __future__ import annotations

import re

from .nameshape import looks_like_outlet
from .text import squash

#: 欢迎来到X, 欢迎光临X, 欢迎您访问X: a <title>'s greeting naming the site.
WELCOME = re.compile(r"^(?:欢迎|歡迎)您?(?:来到|來到|光临|光臨|访问|訪問)\s*(?P<n>\S{2,24})$")

#: 深圳灭蟑螂公司,深圳消杀公司: a <title>'s part listing search keywords, no name.
KEYWORD_LIST = re.compile(r"[,，、]")

#: 我的网站: the site name a content system ships with (DedeCMS's), left unchanged.
DEFAULT_NAME = re.compile(r"我的网站|我的網站|网站名称|網站名稱|Your Site Name", re.I)

#: The words of a copyright line, not a name: 版权所有 © 2024.
RIGHTS = re.compile(r"版权|版權|所有|保留|权利|權利")


def company_site(texts: list[str], title_parts: list[str], owner: re.Pattern[str]) -> str | None:
    """The name a welcome part of the <title> gives, else the copyright owner the last lines
    of the page name (by *owner*, the footer's pattern), a company too; none when the <title>
    names a site some rule declined (a forum's: 标题|版块 - 某某论坛 - powered by phpwind)."""
    for part in title_parts[1:]:
        m = WELCOME.match(squash(part))
        if m and looks_like_outlet(m["n"]):
            return m["n"]
    if any(not KEYWORD_LIST.search(p) and not DEFAULT_NAME.fullmatch(p) for p in title_parts[1:]):
        return None
    for text in reversed(texts[-8:]):
        m = owner.search(squash(text))
        name = next((n for n in m.groups() if n), "") if m else ""
        if name and not RIGHTS.search(name) and looks_like_outlet(name):
            return name
    return None
