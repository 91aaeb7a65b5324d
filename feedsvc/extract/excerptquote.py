"""A blog post's own opening set in a blockquote: blog engines cut the post's excerpt at a
"more" mark (Hexo's <a id="more"></a>, WordPress's <span id="more-123"></span>), and many
posts open with a quoted paragraph the engine's excerpt and the page's description repeat.
That paragraph, standing over the mark, is the text's start, not an editors' deck."""

from __future__ import annotations

import re

from bs4 import Tag

from .text import find_tag

#: The id of the mark where a blog engine cuts the excerpt: more, more-123.
MORE_ID = re.compile(r"^more(?:-\d+)?$")


def excerpt_quote(container: Tag) -> bool:
    """Whether the first blockquote of *container* is followed by the excerpt's "more" mark,
    alone or as the only content of the next block."""
    quote = find_tag(container, "blockquote")
    nxt = quote.find_next_sibling() if isinstance(quote, Tag) else None
    if not isinstance(nxt, Tag):
        return False
    if _more(nxt):
        return True
    inner = nxt.find(True)
    return isinstance(inner, Tag) and _more(inner) and not nxt.get_text(strip=True)


def _more(tag: Tag) -> bool:
    return MORE_ID.match(str(tag.get("id") or "")) is not None
