"""The firm that built a site, as its footer credits it (``技术支持：某某科技``, ``Powered by
某某网络``, ``网站建设：某某``): never the site's name nor an outlet, though its link leaves the
site and the author meta a template fills may name it too."""

from __future__ import annotations

import re

from .text import squash

#: 技术支持：X, 网站建设：X, 设计制作：X, Powered by X, Designed by X: a builder's credit.
BUILDER_CREDIT = re.compile(
    r"(?:技术支持|技術支援|技术支撑|网站建设|網站建設|网站设计|網站設計|网站制作|網站製作|设计制作|"
    r"設計製作|建站服务|建站服務|Powered\s+by|Designed\s+by|Design\s+by)\s*[:：]?\s*"
    r"(?P<n>[^\s|｜,，;；©]{2,20})",
    re.I,
)


def builder_names(texts: list[str]) -> set[str]:
    """The names the page's last lines credit as the site's builder, and name no otherwise."""
    last = [squash(text) for text in texts[-12:]]
    names = {m["n"] for text in last for m in BUILDER_CREDIT.finditer(text)}
    return {n for n in names if all(builder_only(n, text) for text in last if n in text)}


def builder_only(name: str, line: str) -> bool:
    """Whether *line* (squashed) names *name* only as the site's builder (not as the
    copyright's owner too: ``© 2018 某某公司 技术支持：某某公司``, a template's credit left to
    the owner)."""
    credited = any(m["n"] == name for m in BUILDER_CREDIT.finditer(line))
    return credited and name not in BUILDER_CREDIT.sub(" ", line)
