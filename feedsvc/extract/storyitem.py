"""A list item of another story: a link to it, then its source (<li><a>标题</a> 来源：X</li>)."""

from __future__ import annotations

from itertools import chain
from itertools import islice

from bs4 import Tag

from .text import compact
from .text import find_tags

#: The fewest characters of a link's text read as another story's headline, not a name.
HEADLINE_SIZE = 6


def story_item(element: Tag, before: str) -> bool:
    """Whether *element* is (or sits, a few levels down, in) a list item whose link to another
    story stands before the label, *before* being the line's text ahead of it: a related or
    hot list's entry (<li><a>城区新增两条公交线路</a><span>来源：某报</span></li>), never an
    info line laid out as list items (<li>来源：<a>某报</a></li>)."""
    item = next((t for t in islice(chain((element,), element.parents), 4) if t.name == "li"), None)
    if item is None:
        return False
    ahead = compact(before)
    for link in find_tags(item, ("a",)):
        words = compact(link.get_text())
        if len(words) >= HEADLINE_SIZE and words in ahead:
            return True
    return False
