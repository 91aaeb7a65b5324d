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
    if story_card(element) is not None:
        return True
    item = next((t for t in islice(chain((element,), element.parents), 4) if t.name == "li"), None)
    if item is None:
        return False
    ahead = compact(before)
    for link in find_tags(item, ("a",)):
        words = compact(link.get_text())
        if len(words) >= HEADLINE_SIZE and words in ahead:
            return True
    return False


#: The heading tags a story's card opens with.
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def story_card(element: Tag) -> Tag | None:
    """The card of another story *element* sits in: an <article> whose heading is one link
    (<h3>See Also</h3> <article><h2><a href="…">标题</a></h2><p>excerpt 编辑 | X …</p>)."""
    card = next((t for t in islice(element.parents, 4) if t.name == "article"), None)
    if card is None or len(compact(card.get_text())) > CARD_SIZE:
        return None  # a post whose theme links its own headline is no card
    return card if linked_card(card) else None


#: The most characters a story's card holds (a headline and an excerpt).
CARD_SIZE = 600


def linked_card(card: Tag) -> bool:
    """Whether the <article> *card* opens with a heading that is one link to another page."""
    heading = find_tags(card, _HEADINGS, limit=1)
    links = find_tags(heading[0], ("a",), limit=1) if heading else []
    words = compact(links[0].get_text()) if links else ""
    return len(words) >= HEADLINE_SIZE and words == compact(heading[0].get_text())
