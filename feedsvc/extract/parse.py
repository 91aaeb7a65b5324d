"""Parse a page once into a tree the extractor can walk, its nesting capped.

Two things make naive tree code quadratic on big pages; the first is handled here:

* Pages with unclosed ``<font>``/``<div>`` per paragraph nest thousands deep; every step that
  looks at a tag's subtree or its parents then costs the depth. :func:`parse_html` unwraps the
  wrapper tags nested deeper than :data:`MAX_DEPTH` (their text stays where it was), as the
  parse events arrive, on a second parse of the pages the first shows that deep.
* A tag's text and link length computed per tag re-reads its subtree; :func:`.sizes.measure`
  computes them for every tag in one bottom-up pass.
"""

from __future__ import annotations

from typing import Any

import lxml.html
from bs4 import BeautifulSoup
from bs4.builder import ParserRejectedMarkup
from bs4.builder._lxml import LXMLTreeBuilder
from lxml import etree

from .treebuild import SoupTarget
from .treebuild import TooDeep
from .treebuild import Unhandled

#: Tags nested deeper than this are unwrapped when they only wrap (see WRAPPERS).
MAX_DEPTH = 120
#: A page whose tags reach this many levels may need flattening: it is parsed again.
SHALLOW_LEVELS = MAX_DEPTH - 10

INLINE_WRAPPERS = frozenset("span font b i u strong em small big".split())

WRAPPERS = INLINE_WRAPPERS | frozenset("div section article center main blockquote".split())

BLOCKS = frozenset("p div table ul ol h1 h2 h3 h4 h5 h6 section article blockquote".split())


def parse_html(text: str) -> BeautifulSoup:
    """The parsed page, with wrapper tags nested deeper than MAX_DEPTH unwrapped.

    The soup is built by :class:`SoupTarget` from lxml's events (the same tree as bs4's, at a
    fraction of the cost); what it does not handle is parsed by bs4 itself. A page is first
    parsed as it is; one that reaches SHALLOW_LEVELS is parsed again, flattened as the events
    arrive (:class:`_Flattener`), or, when it turns out to stay within MAX_DEPTH, as recorded
    events replayed whole.
    """
    markup = text[1:] if text[:1] == "\ufeff" else text  # as bs4 drops a byte order mark
    try:
        target = SoupTarget(SHALLOW_LEVELS)
        try:
            _feed(markup, target)
            return target.finish()
        except TooDeep:
            pass
        target = SoupTarget()
        flattener = _Flattener(target)
        _feed(markup, flattener)
        if flattener.deepest > MAX_DEPTH:
            return target.finish()
        target = SoupTarget()
        recorder = _Recorder()
        _feed(markup, recorder)
        recorder.replay(target)
        return target.finish()
    except (Unhandled, UnicodeDecodeError, LookupError, etree.ParserError):
        if _shallow(text):
            return BeautifulSoup(text, "lxml")
        return BeautifulSoup(text, builder=_FlatteningBuilder())


def _feed(markup: str, target: Any) -> None:
    """Parse *markup* into *target* with the parser and options bs4's lxml builder uses."""
    parser = etree.HTMLParser(target=target, recover=True, huge_tree=False)
    parser.feed(markup)
    parser.close()


def _shallow(text: str) -> bool:
    """Whether lxml's tree of *text* (fast, in C) stays under SHALLOW_LEVELS: for the pages
    bs4 parses, whether its own builder does, or :class:`_FlatteningBuilder` (lxml's tree stops
    at 256 levels, so it decides, never builds)."""
    try:
        root = lxml.html.document_fromstring(text, parser=_TREE_PARSER)
    except (ValueError, etree.ParserError):
        return False
    # the soup's depth counts the document itself: <html> is at depth 1, lxml's root at 0
    return not root.xpath("/" + "/".join(["*"] * SHALLOW_LEVELS))


_TREE_PARSER = lxml.html.HTMLParser(huge_tree=True)


class _Element:
    """An element seen by :class:`_Recorder`: how deep it sits and whether it is dropped."""

    __slots__ = ("depth", "dropped", "holds_block", "name")

    def __init__(self, name: str, depth: int) -> None:
        self.name = name
        self.depth = depth
        self.holds_block = False
        self.dropped = False


EVENTS = ("start", "end", "data", "comment", "doctype", "pi")

Event = tuple[str, _Element | None, tuple[Any, ...]]


class _Recorder:
    """An lxml parser target that keeps the parse events, to be replayed into the soup once
    the depth of the whole page is known (lxml's own tree stops at 256 levels)."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.stack: list[_Element] = []
        self.elements: list[_Element] = []
        self.deepest = 0

    def start(self, tag: str, attrib: Any, nsmap: Any = None) -> None:
        element = _Element(tag, len(self.stack))
        if self.stack and tag in BLOCKS:
            self.stack[-1].holds_block = True
        self.deepest = max(self.deepest, element.depth + 1)
        self.stack.append(element)
        self.elements.append(element)
        self.events.append(("start", element, (tag, attrib, nsmap or {})))

    def end(self, tag: str) -> None:
        self.events.append(("end", self.stack.pop(), (tag,)))

    def data(self, content: str) -> None:
        self.events.append(("data", None, (content,)))

    def comment(self, text: str) -> None:
        self.events.append(("comment", None, (text,)))

    def doctype(self, name: str, pubid: str, system: str) -> None:
        self.events.append(("doctype", None, (name, pubid, system)))

    def pi(self, target: str, data: str) -> None:
        self.events.append(("pi", None, (target, data)))

    def close(self) -> None:
        return None

    def replay(self, target: Any) -> None:
        """Send the events to *target*, without the wrappers :meth:`flatten` drops."""
        if self.deepest > MAX_DEPTH:
            self.flatten()
        methods = {kind: getattr(target, kind) for kind in EVENTS}
        for kind, element, args in self.events:
            if element is None or not element.dropped:
                methods[kind](*args)

    def flatten(self) -> None:
        """Drop the wrapper tags nested deeper than MAX_DEPTH, and the inline tags that hold
        paragraphs (an unclosed ``<font>`` before each ``<p>``), which would make each
        paragraph a level deeper than the one before; their content stays in place."""
        for element in self.elements:
            element.dropped = (element.depth > MAX_DEPTH and element.name in WRAPPERS) or (
                element.name in INLINE_WRAPPERS and element.holds_block
            )


#: What :class:`_Flattener` knows of an open element: one cell each, [KEPT], [DROPPED] or
#: [PENDING] (an inline wrapper not yet known to hold a block, the only cells that change);
#: the others share the two constant cells.
KEPT, DROPPED, PENDING = range(3)
_KEPT_CELL = [KEPT]
_DROPPED_CELL = [DROPPED]

Cell = list[int]

Held = tuple[str, Cell | None, tuple[Any, ...]]


class _Flattener:
    """An lxml parser target that leaves out the wrappers :meth:`_Recorder.flatten` drops,
    as the events arrive, and sends the rest on to *target*: for pages known to nest deeper
    than MAX_DEPTH, one pass instead of recording the events and replaying them. Whether an
    inline wrapper holds a block is known when a block opens in it (dropped) or when it ends
    (kept): from its start until then, the events are held back."""

    def __init__(self, target: SoupTarget) -> None:
        self.methods = {kind: getattr(target, kind) for kind in EVENTS}
        self.send_start = target.start
        self.send_end = target.end
        self.send_data = target.data
        self.stack: list[Cell] = []
        self.held: list[Held] = []
        self.undecided = 0
        self.deepest = 0

    def start(self, tag: str, attrib: Any, nsmap: Any = None) -> None:
        stack = self.stack
        depth = len(stack)
        if stack and tag in BLOCKS:
            parent = stack[-1]
            if parent[0] == PENDING:
                parent[0] = DROPPED
                self._decided()
        if depth >= self.deepest:
            self.deepest = depth + 1
        if depth > MAX_DEPTH and tag in WRAPPERS:
            stack.append(_DROPPED_CELL)
            return
        cell: Cell = _KEPT_CELL
        if tag in INLINE_WRAPPERS:
            cell = [PENDING]
            self.undecided += 1
        stack.append(cell)
        if self.undecided:
            self.held.append(("start", cell, (tag, attrib, nsmap or {})))
        else:
            self.send_start(tag, attrib, nsmap or {})

    def end(self, tag: str) -> None:
        cell = self.stack.pop()
        if cell[0] == DROPPED:
            return
        if not self.undecided:
            self.send_end(tag)
            return
        self.held.append(("end", cell, (tag,)))
        if cell[0] == PENDING:  # ends without a block in it: kept
            cell[0] = KEPT
            self._decided()

    def _decided(self) -> None:
        self.undecided -= 1
        if not self.undecided:
            self._send_held()

    def _send_held(self) -> None:
        methods = self.methods
        for kind, cell, args in self.held:
            if cell is None or cell[0] != DROPPED:
                methods[kind](*args)
        self.held.clear()

    def data(self, content: str) -> None:
        if self.undecided:
            self.held.append(("data", None, (content,)))
        else:
            self.send_data(content)

    def comment(self, text: str) -> None:
        self.held.append(("comment", None, (text,)))
        if not self.undecided:
            self._send_held()

    def doctype(self, name: str, pubid: str, system: str) -> None:
        self.held.append(("doctype", None, (name, pubid, system)))
        if not self.undecided:
            self._send_held()

    def pi(self, target: str, data: str) -> None:
        self.held.append(("pi", None, (target, data)))
        if not self.undecided:
            self._send_held()

    def close(self) -> None:
        """Send what is still held: a wrapper open to the end without a block in it is kept."""
        self.undecided = 0
        self._send_held()


class _FlatteningBuilder(LXMLTreeBuilder):
    """bs4's lxml builder, but the page is parsed into events first: when tags nest deeper
    than MAX_DEPTH (in the soup) the wrappers are left out as the events build the soup.
    (bs4's unwrap() walks the subtree it moves, quadratic on such pages.)"""

    def feed(self, markup: Any) -> None:
        assert self.soup is not None
        recorder = _Recorder()
        encoding = self.soup.original_encoding
        parser = etree.HTMLParser(
            target=recorder, recover=True, huge_tree=self.huge_tree, encoding=encoding
        )
        try:
            parser.feed(markup)
            parser.close()
        except (UnicodeDecodeError, LookupError, etree.ParserError) as e:
            raise ParserRejectedMarkup(e) from e
        recorder.replay(self)
