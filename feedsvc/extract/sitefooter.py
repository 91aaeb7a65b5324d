"""The page's own footer: the site's credits (主编：某某 (QQ:…), 版权所有), no story's."""

from __future__ import annotations

import re

from bs4 import Tag

from .text import attr_words

#: footer, site-footer, g_foot, copyright: the block a template closes every page with; not an
#: article's own footer (article-footer, post-foot), which carries the story's credits.
SITE_FOOTER = re.compile(
    r"(?:^|\s)(?:(?:site|page|g|global|main)[-_]?)?(?:footer|foot|copyright)(?:$|\s)", re.I
)


def in_site_footer(element: Tag, depth: int = 6) -> bool:
    """Whether *element* sits in the page's footer, within *depth* parents."""
    tag: Tag | None = element
    for _ in range(depth):
        if tag is None or tag.name in ("body", "html"):
            return False
        if tag.name == "footer" or SITE_FOOTER.search(attr_words(tag)):
            return True
        tag = tag.parent
    return False
