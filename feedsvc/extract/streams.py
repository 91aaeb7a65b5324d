"""Which tags sit in a stream of other stories: never the article while another tag holds text."""

from __future__ import annotations

import re

from bs4 import Tag

from .sizes import Sizes
from .text import attr_words

#: camelCase class names count word by word (mbRelatedNews is a related block).
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

#: A class name that marks what the page recommends next: another article's text, not this one.
RECOMMENDED = re.compile(
    r"^(?:.*[-_])?(?:recommend\w*|related|relate|tuijian|xgxw|xgwz|xgyd)(?:[-_].*)?$", re.I
)


class Streams:
    """Which tags sit in a stream of other stories: an item of a list of four or more (a feed's
    ``ul > li``), or a block whose class says recommended or related (the next article an
    endless page appends). Such a tag is never the article while another tag holds text."""

    def __init__(self, sizes: Sizes) -> None:
        self.sizes = sizes
        self.known: dict[int, bool] = {}
        self.lists: dict[int, bool] = {}

    def __contains__(self, tag: Tag) -> bool:
        path: list[Tag] = []
        node: Tag | None = tag
        found = False
        while node is not None and node.name not in ("body", "html", "[document]"):
            if id(node) in self.known:
                found = self.known[id(node)]
                break
            path.append(node)
            if self._marks(node):
                found = True
                break
            node = node.parent
        for seen in path:
            self.known[id(seen)] = found
        return found

    def _marks(self, tag: Tag) -> bool:
        if tag.name == "li" and tag.parent is not None:
            key = id(tag.parent)
            if key not in self.lists:
                items = tag.parent.find_all("li", recursive=False)
                self.lists[key] = sum(1 for li in items if self.sizes.text_len(li) >= 8) >= 4
            if self.lists[key]:
                return True
        words = [CAMEL.sub("-", w) for w in attr_words(tag).split()]
        return any(RECOMMENDED.match(w) for w in words)
