"""The text and link lengths of a page's tags, measured in one pass, and the tags set aside.

The article's container is chosen on the page itself, which stays as it was parsed (the other
fields read it whole). What the search must not see (the tags that are never text, the page
furniture, hidden blocks, comment boxes) is set aside rather than removed: its sizes leave its
ancestors', and the searches skip it (:meth:`Sizes.gone`). Only the chosen container is then
copied, without what was set aside, to be cut down to the article (:mod:`.treebuild`).
"""

from __future__ import annotations

from collections.abc import Collection
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from bs4 import Tag
from bs4.element import CData
from bs4.element import NavigableString

from .text import SPACE

_TEXT_TYPES = (NavigableString, CData)


@dataclass(frozen=True)
class Sizes:
    """Visible text length (without spaces) and link text length of every tag, by id()."""

    text: dict[int, int]
    links: dict[int, int]
    #: The tags measured, in document order (set-aside ones included: see :meth:`gone`).
    tags: tuple[Tag, ...] = ()
    #: The length of each tag's own strings (its children, not its descendants').
    strings: dict[int, int] = field(default_factory=dict)
    #: The ids of the tags set aside, and of every tag under them.
    removed: set[int] = field(default_factory=set)
    #: The ids of the tags with a tag set aside under them.
    touched: set[int] = field(default_factory=set)

    def text_len(self, tag: Tag) -> int:
        return self.text.get(id(tag), 0)

    def own_len(self, tag: Tag) -> int:
        """The text length of *tag*'s own strings, without its child tags' text."""
        return self.strings.get(id(tag), 0)

    def link_len(self, tag: Tag) -> int:
        """The text length of the links under *tag* (not *tag* itself), as find_all("a")."""
        return self.links.get(id(tag), 0)

    def gone(self, tag: Tag) -> bool:
        """Whether *tag* was set aside, or sits under a tag that was."""
        return id(tag) in self.removed

    def remove(self, tag: Tag) -> None:
        """Set *tag* aside: its sizes leave its ancestors' (which then read as a new
        :func:`measure` without it would), at the cost of its depth and its subtree."""
        key = id(tag)
        text = self.text.get(key, 0)
        links = self.links.get(key, 0) + (text if tag.name == "a" else 0)
        for parent in tag.parents:
            up = id(parent)
            if up not in self.text:
                break
            self.text[up] -= text
            self.links[up] -= links
            self.touched.add(up)
            if parent.name == "a":
                links += text
        self.text[key] = self.links[key] = self.strings[key] = 0
        _set_aside(tag, self.removed)

    def text_of(self, tag: Tag) -> str:
        """``tag.get_text()`` without the text of the tags set aside under it."""
        contents = tag.contents
        removed: Collection[int] = self.removed
        if id(tag) not in self.touched:
            if len(contents) == 1 and type(contents[0]) is NavigableString:
                return contents[0]  # most paragraphs: one string
            if tag.interesting_string_types is not Tag.MAIN_CONTENT_STRING_TYPES:
                return tag.get_text()  # a <script>'s or <style>'s own kind of string
            removed = ()  # nothing set aside under it: get_text's strings, without its overhead
        parts: list[str] = []
        stack = list(reversed(contents))
        while stack:
            node = stack.pop()
            kind = type(node)
            if kind in _TEXT_TYPES:
                parts.append(node)  # type: ignore[arg-type]
            elif (kind is Tag or isinstance(node, Tag)) and id(node) not in removed:
                stack.extend(reversed(node.contents))  # type: ignore[attr-defined]
        return "".join(parts)


def _set_aside(tag: Tag, removed: set[int]) -> None:
    removed.add(id(tag))
    removed.update(id(t) for t in tag.descendants if type(t) is Tag or isinstance(t, Tag))


def _touch(tag: Tag, touched: set[int]) -> None:
    """Mark the ancestors of *tag* as holding a tag set aside (up to one already marked)."""
    for parent in tag.parents:
        if id(parent) in touched:
            return
        touched.add(id(parent))


def measure(root: Tag, tags: Sequence[Tag] | None = None, skip: Collection[str] = ()) -> Sizes:
    """Text and link lengths of *root* and every tag under it, in one pass; *tags* are those
    tags in document order when the caller has them. The tags named in *skip* (never text:
    scripts, the head, form controls) are set aside first, with everything in them."""
    order: list[Tag] = [root]
    order += [t for t in root.descendants if isinstance(t, Tag)] if tags is None else tags
    removed: set[int] = set()
    touched: set[int] = set()
    if skip:
        for tag in order:  # document order: a tag before those under it
            if tag.name in skip and id(tag) not in removed:
                _set_aside(tag, removed)
                _touch(tag, touched)
    text: dict[int, int] = {}
    links: dict[int, int] = {}
    strings: dict[int, int] = {}
    # this loop runs for every node of the page: compact() in line, a type test before isinstance
    text_types = _TEXT_TYPES
    spaces = SPACE.sub
    for tag in reversed(order):  # children before their parents
        key = id(tag)
        own = inner = held = 0
        if key not in removed:
            for child in tag.contents:
                kind = type(child)
                if kind is Tag or kind not in text_types and isinstance(child, Tag):
                    size = text[id(child)]
                    held += size
                    inner += links[id(child)] + (size if child.name == "a" else 0)  # type: ignore[attr-defined]
                elif kind in text_types:
                    own += len(spaces("", child))  # type: ignore[call-overload]
        text[key] = own + held
        links[key] = inner
        strings[key] = own
    return Sizes(text, links, tuple(order[1:]), strings, removed, touched)


def detached(tag: Tag) -> bool:
    """Whether *tag* was removed from a copy's tree (decomposed, or under a decomposed tag).

    bs4's ``decomposed`` property looks for a child tag named ``_decomposed`` on a live tag,
    a search of its whole subtree: asked of every tag it makes a pass quadratic.
    """
    return tag.parent is None
