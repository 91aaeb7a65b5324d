"""A paginated story's page number after the headline it shows: 标题(1), 标题（2）; and a
heading cut short with an ellipsis (a forum's breadcrumb: 标题的前半 ...)."""

from __future__ import annotations

import re

from .text import compact
from .titletext import site_parts

#: An ellipsis closing a heading cut short: ..., …, ……
ELLIPSIS = re.compile(r"\s*(?:\.{3,}|…+)$")

#: The page number a paginated story's heading carries after the headline on each page.
PAGE_NUMBER = re.compile(r"\s*[(（]\d{1,2}[)）]$")


def without_page_number(headline: str, declared: tuple[str, ...]) -> str:
    """The heading *headline* without a page number at its end (变性艺人有哪些 揭秘(1)), when the
    <title> or a meta declares the headline without it (the compact forms in *declared*)."""
    m = PAGE_NUMBER.search(headline)
    if m is None:
        return _whole(headline, declared)
    bare = headline[: m.start()]
    c = compact(bare)
    return bare if len(c) >= 6 and c in {d for d in declared if d} else headline


def _whole(headline: str, declared: tuple[str, ...]) -> str:
    """The headline a <title> in *declared* gives whole, when *headline* is its start (or all
    of it) with an ellipsis after: a forum's breadcrumb caps it so."""
    m = ELLIPSIS.search(headline)
    bare = compact(headline[: m.start()]) if m else ""
    if len(bare) < 6:
        return headline
    for form in declared:
        whole = site_parts(form)[0].strip() if form else ""
        if compact(whole).startswith(bare):
            return whole
    return headline
