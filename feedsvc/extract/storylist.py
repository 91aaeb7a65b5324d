"""Times that belong to other stories: a table row or a list item that links another headline."""

from __future__ import annotations

from bs4 import Tag

from .text import find_ancestor
from .text import find_tag

#: How long a link's text must be to be a headline (not a name, a "more" link or a source).
HEADLINE_LINK = 6
#: How many items of a list must link a headline for it to be a list of stories.
LINKED_ITEMS = 3
#: How long a block of a list built of blocks may read: a headline and its time, no more.
SHORT_ITEM = 80


def story_row(tag: Tag) -> bool:
    """Whether *tag* is a cell of a table row that lists another story: the row's other cell
    links to it (<tr><td><a>标题</a></td><td class="time">2018/09/12</td></tr>); not the
    column of a table layout that holds the article itself, beside a column of links."""
    cell = tag if tag.name in ("td", "th") else find_ancestor(tag, "td", "th")
    row = cell.parent if cell is not None else None
    if cell is None or row is None or row.name != "tr" or find_tag(cell, "a") is not None:
        return False
    if len(cell.get_text(strip=True)) > 80:
        return False
    for other in row.find_all(["td", "th"], recursive=False):
        link = find_tag(other, "a") if other is not cell else None
        if link is not None and len(link.get_text(strip=True)) >= HEADLINE_LINK:
            return True
    return False


def story_item(tag: Tag) -> bool:
    """Whether *tag* is (or sits in) an item of a list of other stories: an <li>, or a block
    among blocks like it, three or more of them each linking a headline (<li><a>标题</a>
    2023-09-18 16:40</li>, <div class="news-item"><a>标题</a><span>03-25 15:40</span></div>),
    as a column of the latest stories stands beside or above the article; not an info line set
    as a list (<li>发布时间：…</li><li>来源：…</li>)."""
    item = tag if tag.name == "li" else find_ancestor(tag, "li")
    short = len(tag.get_text(strip=True)) <= SHORT_ITEM
    if item is None and tag.name in ("div", "dd") and tag.get("class") and short:
        item = tag  # a list built of blocks of one class, each short
    if item is None or item.parent is None or not _links_headline(item):
        return False
    if item.name == "li":
        items = list(item.parent.find_all("li", recursive=False, limit=12))
    else:
        same = item.get("class")
        items = [
            b
            for b in item.parent.find_all(item.name, recursive=False, limit=12)
            if b.get("class") == same and len(b.get_text(strip=True)) <= SHORT_ITEM
        ]
    return sum(1 for other in items if _links_headline(other)) >= LINKED_ITEMS


def _links_headline(item: Tag) -> bool:
    """Whether the list item holds a link whose text reads as a headline."""
    return any(
        len(link.get_text(strip=True)) >= HEADLINE_LINK for link in item.find_all("a", limit=3)
    )
