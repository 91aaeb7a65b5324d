"""A paginated story's page number after the headline it shows: 标题(1), 标题（2）."""

from __future__ import annotations

import re

from .text import compact

#: The page number a paginated story's heading carries after the headline on each page.
PAGE_NUMBER = re.compile(r"\s*[(（]\d{1,2}[)）]$")


def without_page_number(headline: str, declared: tuple[str, ...]) -> str:
    """The heading *headline* without a page number at its end (变性艺人有哪些 揭秘(1)), when the
    <title> or a meta declares the headline without it (the compact forms in *declared*)."""
    m = PAGE_NUMBER.search(headline)
    if m is None:
        return headline
    bare = headline[: m.start()]
    c = compact(bare)
    return bare if len(c) >= 6 and c in {d for d in declared if d} else headline
