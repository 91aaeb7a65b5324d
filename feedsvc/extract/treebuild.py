"""Build a page's soup straight from lxml's parse events, without bs4's per-event bookkeeping.

``BeautifulSoup(text, "lxml")`` spends most of its time in Python per tag and per string: the
builder's namespace handling, ``Tag.__init__`` asking the builder about every attribute, and a
linkage check that walks up the open tags for each string. On a 2 MB page that is most of a
second. :class:`SoupTarget` receives the same lxml events (same parser, same options) and makes
the same objects with the same links, for plain HTML: a tag's fixed fields are copied from one
tag per name made by bs4 itself. Anything it does not handle (namespaces, an event out of
order) raises :class:`Unhandled`, and the page is then parsed by bs4 (see :mod:`.parse`).
``tests/extract/test_treebuild.py`` checks, object by object, that both give the same tree.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from collections.abc import Collection
from collections.abc import Iterable
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup
from bs4 import Tag
from bs4.element import Comment
from bs4.element import Doctype
from bs4.element import NavigableString
from bs4.element import PageElement

#: Spaces that bs4 collapses a whitespace-only string of (outside <pre>/<textarea>).
ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"

#: The words of an attribute that may hold several (bs4's ``nonwhitespace_re``).
_WORDS = re.compile(r"\S+")
_new_tag = Tag.__new__
_new_str = str.__new__


class Unhandled(Exception):
    """An event the fast build does not reproduce; the caller parses with bs4 instead."""


class TooDeep(Exception):
    """Tags nest as many levels as the target was told to stop at."""


class SoupTarget:
    """An lxml parser target that builds the same soup bs4's lxml builder would.

    Each new node is linked in line, where it is made (a call per node costs): its parent is
    the open tag, its previous element the node made before it (whose next element it
    becomes), its previous sibling the parent's last child (whose next sibling it becomes).
    """

    def __init__(self, levels: int | None = None) -> None:
        """:param levels: raise :class:`TooDeep` at a tag this many levels deep (<html> is 1)."""
        soup = BeautifulSoup("", "lxml")
        builder = soup.builder
        self.soup = soup
        self.builder = builder
        self.namespaces = builder.active_namespace_prefixes[-1]  # type: ignore[attr-defined]
        self.protos: dict[str, dict[str, Any]] = {}
        self.stack: list[Tag] = [soup]
        self.levels = levels or 1 << 30
        self.parts: list[str] = []
        self.recent: PageElement | None = None
        self.preserve: list[Tag] = []
        self.containers: list[Tag] = []
        self.names: set[str] = set()  # of tags made without a prototype
        #: the text parsed since the last tag: lxml hands it to the list directly
        self.data: Callable[[str], None] = self.parts.append
        self.list_attrs = frozenset().union(*builder.cdata_list_attributes.values())
        self.universal: Collection[str] = builder.cdata_list_attributes.get("*") or frozenset()
        self.value_list = builder.attribute_value_list_class
        self.attr_class = builder.attribute_dict_class
        self.preserve_names = builder.preserve_whitespace_tags
        self.container_names = builder.string_containers

    def _proto(self, name: str) -> dict[str, Any]:
        """The fixed fields of a tag called *name*, from a tag bs4 makes itself."""
        sample = Tag(
            self.soup,
            self.builder,
            name,
            None,
            None,
            self.builder.attribute_dict_class(),
            namespaces=self.namespaces,
        )
        fields = dict(sample.__dict__)
        for key in ("attrs", "contents", "parent", "previous_element", "next_element"):
            fields.pop(key)
        fields.pop("previous_sibling")
        fields.pop("next_sibling")
        self.protos[name] = fields
        self.names.add(name)
        return fields

    def start(self, name: str, attrib: Any, nsmap: Any = None) -> None:
        if nsmap or name[:1] == "{":
            raise Unhandled(name)
        if self.parts:
            self._flush(None)
        stack = self.stack
        if len(stack) >= self.levels:
            raise TooDeep(name)
        parent = stack[-1]
        attrs: Any = self.attr_class(attrib) if attrib else self.attr_class()
        if attrs:
            for key in attrs:
                if key[:1] == "{":
                    raise Unhandled(name)
            listed = self.list_attrs.intersection(attrs)
            if listed:
                self._split_lists(name, attrs, listed)
        if name == "meta":  # bs4 swaps in charset values that follow the output encoding
            tag = Tag(
                self.soup,
                self.builder,
                name,
                None,
                None,
                attrs,
                parent,
                self.recent,
                namespaces=self.namespaces,
            )
            self.names.add(name)
        else:  # linked in line (see the class): this runs for every tag of the page
            tag = _new_tag(Tag)
            fields = tag.__dict__
            fields.update(self.protos.get(name) or self._proto(name))
            fields["attrs"] = attrs
            fields["contents"] = []
            fields["parent"] = parent
            previous = self.recent
            fields["previous_element"] = previous
            if previous is not None:
                previous.next_element = tag
            fields["next_element"] = None
            fields["next_sibling"] = None
            siblings = parent.contents
            if siblings:
                last = siblings[-1]
                fields["previous_sibling"] = last
                last.next_sibling = tag
            else:
                fields["previous_sibling"] = None
        self.recent = tag
        parent.contents.append(tag)
        stack.append(tag)
        if name in self.preserve_names:
            self.preserve.append(tag)
        if name in self.container_names:
            self.containers.append(tag)

    def _split_lists(self, name: str, attrs: Any, listed: Collection[str]) -> None:
        """Split the values of *listed*, those of *attrs* that may hold several (class), into
        lists, as bs4's builder does (``_replace_cdata_list_attribute_values``), in place."""
        specific = self.builder.cdata_list_attributes.get(name.lower()) or ()
        for attr in listed:
            if attr in self.universal or attr in specific:
                attrs[attr] = self.value_list(_WORDS.findall(attrs[attr]))

    def end(self, name: str) -> None:
        if self.parts:
            self._flush(None)
        stack = self.stack
        tag = stack[-1]
        if len(stack) < 2 or tag.name != name:
            raise Unhandled(name)
        stack.pop()  # as _pop, in line
        if self.preserve and self.preserve[-1] is tag:
            self.preserve.pop()
        if self.containers and self.containers[-1] is tag:
            self.containers.pop()

    def _pop(self) -> None:
        tag = self.stack.pop()
        if self.preserve and self.preserve[-1] is tag:
            self.preserve.pop()
        if self.containers and self.containers[-1] is tag:
            self.containers.pop()

    def comment(self, text: str) -> None:
        self._flush(None)
        self.parts.append(text)
        self._flush(Comment)

    def doctype(self, name: str, pubid: str, system: str) -> None:
        self._flush(None)
        self.parts.append(Doctype._string_for_name_and_ids(name, pubid, system))
        self._flush(Doctype)

    def pi(self, target: str, data: str) -> None:
        self._flush(None)
        self.parts.append(target + " " + data)
        self._flush(self.builder.processing_instruction_class)  # type: ignore[attr-defined]

    def close(self) -> None:
        return None

    def _flush(self, kind: type[NavigableString] | None) -> None:
        """Add the text gathered since the last tag as one string (bs4's endData)."""
        parts = self.parts
        if not parts:
            return
        text = parts[0] if len(parts) == 1 else "".join(parts)
        parts.clear()
        if not self.preserve and not text.strip(ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        if kind is None:
            kind = NavigableString
            if self.containers:
                kind = self.builder.string_containers.get(self.containers[-1].name, kind)
        node = _new_str(kind, text)
        fields = node.__dict__
        fields["hidden"] = False
        parent = self.stack[-1]
        # linked in line (see the class): this runs for every string of the page
        fields["parent"] = parent
        previous = self.recent
        fields["previous_element"] = previous
        if previous is not None:
            previous.next_element = node
        fields["next_element"] = None
        fields["next_sibling"] = None
        siblings = parent.contents
        if siblings:
            last = siblings[-1]
            fields["previous_sibling"] = last
            last.next_sibling = node
        else:
            fields["previous_sibling"] = None
        self.recent = node
        siblings.append(node)

    def finish(self) -> BeautifulSoup:
        """The soup, its open tags closed, in the state bs4 leaves it after a parse."""
        self._flush(None)
        while len(self.stack) > 1:
            self._pop()
        soup = self.soup
        soup.current_data = []
        soup.currentTag = soup
        soup.tagStack = [soup]
        soup.open_tag_counter = Counter(dict.fromkeys(self.names, 0))  # every tag closed
        soup.preserve_whitespace_tag_stack = []
        soup.string_container_stack = []
        soup._most_recent_element = self.recent
        return soup

    def copy(
        self, nodes: Iterable[PageElement], skip: Collection[str], removed: Collection[int]
    ) -> tuple[BeautifulSoup, list[Tag]]:
        """A copy of *nodes* (and all under them) in a new soup, without comments, doctypes,
        the tags named in *skip* and those whose id() is in *removed* (with everything in
        them): the tree bs4 leaves after extracting those; and its tags, in document order."""
        recent = self.recent
        made: list[Tag] = []
        # one frame per open tag: its children left to copy, and its copy
        frames: list[tuple[Iterator[PageElement], Tag]] = [(iter(nodes), self.soup)]
        while frames:
            children, parent = frames[-1]
            siblings = parent.contents
            for node in children:
                fields: dict[str, Any]
                inner: list[PageElement] | None = None
                kind = type(node)  # type tests before isinstance: this runs for every node
                if kind is Tag or kind is not NavigableString and isinstance(node, Tag):
                    if node.name in skip or removed and id(node) in removed:  # type: ignore[attr-defined]
                        continue
                    tag: Tag = _new_tag(Tag)
                    copied: PageElement = tag
                    fields = tag.__dict__
                    fields.update(node.__dict__)
                    attrs = node.attrs  # type: ignore[attr-defined]
                    fields["attrs"] = _copy_attrs(attrs) if attrs else attrs.__class__()
                    fields["contents"] = []
                    inner = node.contents  # type: ignore[attr-defined]
                    made.append(tag)
                elif kind is not NavigableString and isinstance(node, (Comment, Doctype)):
                    continue  # a doctype inside the page: a whole document pasted in by a CMS
                else:
                    copied = _new_str(kind, node)  # type: ignore[type-var]
                    fields = copied.__dict__
                    fields["hidden"] = False
                fields["parent"] = parent
                fields["previous_element"] = recent
                if recent is not None:
                    recent.next_element = copied
                fields["next_element"] = None
                fields["next_sibling"] = None
                if siblings:
                    last = siblings[-1]
                    fields["previous_sibling"] = last
                    last.next_sibling = copied
                else:
                    fields["previous_sibling"] = None
                siblings.append(copied)
                recent = copied
                if inner:
                    frames.append((iter(inner), tag))
                    break
            else:
                frames.pop()
        self.recent = recent
        return self.soup, made


def _copy_attrs(attrs: dict[str, Any]) -> Any:
    """A tag's attributes for a copy: a new dict, with multi-valued values copied too."""
    copied = type(attrs)(attrs)
    for key, value in copied.items():
        if isinstance(value, list):
            copied[key] = value.__class__(value)
    return copied


def release(soup: BeautifulSoup) -> None:
    """Free *soup*'s tree now. Its nodes link to each other both ways (parent and children,
    previous and next), cycles only the collector frees, by walking them all; cut, each node
    is freed by reference counting the moment nothing else holds it. The nodes' text stays."""
    node: PageElement | None = soup.contents[0] if soup.contents else None
    soup.__dict__.clear()
    while node is not None:  # the document order, as descendants walks it, without its overhead
        fields = node.__dict__
        node = fields.get("next_element")
        fields.clear()


def pruned_copy(
    root: Tag, *, skip: Collection[str] = (), removed: Collection[int] = ()
) -> tuple[BeautifulSoup, list[Tag]]:
    """A copy of *root* to be changed freely (of its children when it is a whole soup),
    without comments, doctypes, *skip* tags and the tags whose id() is in *removed*, and its
    tags in document order (see :meth:`SoupTarget.copy`): a fraction of the cost of parsing
    the page again."""
    nodes = root.contents if isinstance(root, BeautifulSoup) else [root]
    return SoupTarget().copy(nodes, skip, removed)
