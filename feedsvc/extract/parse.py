"""Parse a page once into a tree the extractor can walk: nesting capped, sizes measured.

Two things make naive tree code quadratic on big pages, and both are handled here:

* Pages with unclosed ``<font>``/``<div>`` per paragraph nest thousands deep; every step that
  looks at a tag's subtree or its parents then costs the depth. :func:`parse_html` unwraps the
  wrapper tags nested deeper than :data:`MAX_DEPTH` (their text stays where it was).
* A tag's text and link length computed per tag re-reads its subtree; :func:`measure` computes
  them for every tag in one bottom-up pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
from bs4 import BeautifulSoup
from bs4 import Tag
from bs4.element import CData
from bs4.element import NavigableString

from .text import compact

PARSER = "lxml"

#: Tags nested deeper than this are unwrapped when they only wrap (see WRAPPERS).
MAX_DEPTH = 120

INLINE_WRAPPERS = frozenset("span font b i u strong em small big".split())

WRAPPERS = INLINE_WRAPPERS | frozenset("div section article center main blockquote".split())

BLOCKS = frozenset("p div table ul ol h1 h2 h3 h4 h5 h6 section article blockquote".split())

_TEXT_TYPES = (NavigableString, CData)


def parse_html(text: str) -> BeautifulSoup:
    """The parsed page, with wrapper tags nested deeper than MAX_DEPTH unwrapped."""
    soup = BeautifulSoup(text, PARSER)
    if _max_depth(soup) <= MAX_DEPTH:
        return soup
    # bs4's unwrap() walks the subtree it moves: flatten with lxml, then parse the result.
    return BeautifulSoup(_flattened(text), PARSER)


def _max_depth(soup: BeautifulSoup) -> int:
    """How deep tags nest, found without recursion."""
    deepest = 0
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        tag, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in tag.contents if isinstance(child, Tag))
    return deepest


def _flattened(text: str) -> str:
    """*text* re-serialized without the wrapper tags nested deeper than MAX_DEPTH, nor the
    inline tags that hold paragraphs (an unclosed ``<font>`` before each ``<p>``), which
    would make each paragraph a level deeper than the one before."""
    root = lxml.html.document_fromstring(text)
    deep: list[lxml.html.HtmlElement] = []
    stack: list[tuple[lxml.html.HtmlElement, int]] = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        if (depth > MAX_DEPTH and element.tag in WRAPPERS) or (
            element.tag in INLINE_WRAPPERS and any(child.tag in BLOCKS for child in element)
        ):
            deep.append(element)
        stack.extend((child, depth + 1) for child in element if isinstance(child.tag, str))
    for element in deep:
        element.drop_tag()
    return str(lxml.html.tostring(root, encoding="unicode"))


@dataclass(frozen=True)
class Sizes:
    """Visible text length (without spaces) and link text length of every tag, by id()."""

    text: dict[int, int]
    links: dict[int, int]

    def text_len(self, tag: Tag) -> int:
        return self.text.get(id(tag), 0)

    def link_len(self, tag: Tag) -> int:
        """The text length of the links under *tag* (not *tag* itself), as find_all("a")."""
        return self.links.get(id(tag), 0)


def measure(root: Tag) -> Sizes:
    """Text and link lengths of *root* and every tag under it, in one pass."""
    text: dict[int, int] = {}
    links: dict[int, int] = {}
    order: list[Tag] = [root]
    order += [t for t in root.descendants if isinstance(t, Tag)]
    for tag in reversed(order):  # children before their parents
        own = 0
        inner = 0
        for child in tag.contents:
            if isinstance(child, Tag):
                size = text[id(child)]
                own += size
                inner += links[id(child)] + (size if child.name == "a" else 0)
            elif type(child) in _TEXT_TYPES:
                own += len(compact(str(child)))
        text[id(tag)] = own
        links[id(tag)] = inner
    return Sizes(text, links)


def detached(tag: Tag) -> bool:
    """Whether *tag* was removed from the tree (decomposed, or under a decomposed tag).

    bs4's ``decomposed`` property looks for a child tag named ``_decomposed`` on a live tag,
    a search of its whole subtree: asked of every tag it makes a pass quadratic.
    """
    return tag.parent is None
