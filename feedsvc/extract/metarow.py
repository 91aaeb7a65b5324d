"""A post's meta row: blogs and community boards list the facts of a post as the items of a
short list after (or above) the text (<ul class="list-inline"><li>发表于 2021-08-20 09:48</li>
<li>阅读 ( 956 )</li><li>分类：<a>…</a></li></ul>), which is no list of other stories."""

from __future__ import annotations

from bs4 import Tag

from .text import find_ancestor
from .text import find_tag
from .text import find_tags
from .text import in_list

#: How long one fact of the row may be (发表于 2021-08-20 09:48:48 is 23 characters).
FACT_CHARS = 28
#: How long a link beside the row may be before it reads as a story's headline.
TITLE_CHARS = 6


def meta_row(tag: Tag) -> bool:
    """Whether *tag* is an item of a post's meta row: 2 to 6 short items in a list that no list
    item holds, the time's item links nowhere, and no headline-long link stands beside the row
    (a story card's meta row under its linked headline is another story's)."""
    item = tag if tag.name == "li" else find_ancestor(tag, "li")
    row = item.parent if item is not None else None
    if (
        item is None
        or row is None
        or row.name not in ("ul", "ol")
        or find_tag(item, "a") is not None
    ):
        return False
    items = row.find_all("li", recursive=False)
    if not 2 <= len(items) <= 6 or any(len(i.get_text(strip=True)) > FACT_CHARS for i in items):
        return False
    block = row.parent
    if not isinstance(block, Tag) or in_list(block):
        return False
    for link in find_tags(block, ("a",)):
        if (
            find_ancestor(link, "ul", "ol") is not row
            and len(link.get_text(strip=True)) >= TITLE_CHARS
        ):
            return False
    return True
