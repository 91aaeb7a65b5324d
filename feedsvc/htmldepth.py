"""Bound how deeply an HTML fragment nests, in one linear pass, for the sanitizer.

html5ever (inside nh3) walks its stack of open elements for many tokens, so a fragment
nested n deep costs O(n²): 200,000 nested ``<div>`` take minutes. :func:`flatten` runs
before and after nh3 and keeps every element up to ``limit`` open elements deep; an
element that would open deeper loses its tags, and so does everything inside it, while
all text stays. A table is kept only where its body, row and cell fit under the limit too.

The pass tokenizes as the HTML standard does in its data state (quoted attribute values,
comments, raw-text elements) so that it counts the elements html5ever will see. Where the
two could disagree it removes what nh3 removes anyway, so the disagreement cannot arise:
comments, ``<!...>`` and ``<?...>`` declarations, ``script`` and ``style`` with their
content, ``svg`` and ``math`` with their content (nh3 keeps none of it) and ``select``
tags. End tags close only elements at or near the top of the stack, so the count stays
an upper bound of html5ever's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field

#: How many elements may be open at once; news articles rarely nest deeper than 20.
MAX_DEPTH = 128
#: How far below the top of the stack an end tag may reach to close its element.
REACH = 8

VOID = frozenset(
    "area base br col embed hr img image input keygen link meta param source track wbr".split()
)
#: Elements whose content is text up to their end tag (RCDATA and RAWTEXT; PLAINTEXT apart).
RAW_TEXT = frozenset("title textarea xmp iframe noembed noframes noscript".split())
#: Removed with their content: nh3 drops them whole, and their content is not markup.
REMOVED_WHOLE = frozenset({"script", "style", "svg", "math"})
#: Removed tag by tag (content kept): they switch html5ever into modes that ignore tags.
REMOVED_TAGS = frozenset({"select"})
#: html5ever's "special" elements: an end tag of another name does not close past them.
SPECIAL = frozenset(
    """address applet area article aside base basefont bgsound blockquote body br button
    caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure
    footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input
    keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p
    param plaintext pre script search section select source style summary table tbody td
    template textarea tfoot th thead title tr track ul wbr xmp""".split()
)
#: Start tags that close an open ``<p>`` at the top of the stack.
CLOSES_P = frozenset(
    """address article aside blockquote center details dialog dir div dl fieldset figcaption
    figure footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5
    h6 pre listing form table xmp li dd dt""".split()
)
#: Start tags that close an open element of these names at the top of the stack.
CLOSES_SIBLING = {
    "li": frozenset({"li"}),
    "dd": frozenset({"dd", "dt"}),
    "dt": frozenset({"dd", "dt"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "tr": frozenset({"td", "th", "tr"}),
}
#: Open elements a table needs for its text to sit in a cell: table, tbody, tr, td.
TABLE_ROOM = 4

_SPACE = "\t\n\f\r "
_MARKUP = re.compile(r"<(?:(!--)|([!?]|/(?![A-Za-z]))|(/?)(?=[A-Za-z]))")
_COMMENT_END = re.compile(r"--!?>")
_TAG = re.compile(
    rf"""([^{_SPACE}/>]*+)
    (?:[{_SPACE}]++|/(?!>)
      |[^{_SPACE}/>][^{_SPACE}/>=]*+
       (?:[{_SPACE}]*+=[{_SPACE}]*+(?:"[^"]*+"|'[^']*+'|(?!["'])[^{_SPACE}>]*+)
         |(?![{_SPACE}]*+=))
    )*+
    /?>""",
    re.VERBOSE,
)


def _end_tag_pattern(name: str) -> re.Pattern[str]:
    """Where the content of a raw-text element *name* ends: its end tag."""
    return re.compile(rf"</{name}(?=[{_SPACE}/>])", re.IGNORECASE)


_RAW_END = {name: _end_tag_pattern(name) for name in RAW_TEXT | REMOVED_WHOLE}


@dataclass
class _Stack:
    """The open elements as counted so far, plus those dropped for lying too deep."""

    limit: int
    kept: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def start(self, name: str) -> bool:
        """Open *name*; return whether its start tag is kept."""
        if self.dropped or len(self.kept) + (TABLE_ROOM if name == "table" else 1) > self.limit:
            self.dropped.append(name)
            return False
        kept = self.kept
        if kept and kept[-1] == "p" and name in CLOSES_P:
            kept.pop()
        closes = CLOSES_SIBLING.get(name)
        while closes and kept and kept[-1] in closes:
            kept.pop()
        kept.append(name)
        return True

    def end(self, name: str) -> bool:
        """Close *name* if it is open near the top; return whether its end tag is kept."""
        if self.dropped:
            if self.dropped[-1] == name:
                self.dropped.pop()
                return False
            if name not in self.kept[-REACH:]:
                return False
            self.dropped.clear()
        self._close(self.kept, name)
        return True

    @staticmethod
    def _close(stack: list[str], name: str) -> None:
        """Pop up to *name* when only non-special elements lie above it (as html5ever does)."""
        for depth in range(1, min(REACH, len(stack)) + 1):
            if stack[-depth] == name:
                del stack[-depth:]
                return
            if stack[-depth] in SPECIAL:
                return


@dataclass
class _Output:
    """The input with some spans cut out, collected lazily."""

    text: str
    parts: list[str] = field(default_factory=list)
    copied_to: int = 0

    def cut(self, start: int, end: int) -> None:
        """Leave ``text[start:end]`` out of the result."""
        self.parts.append(self.text[self.copied_to : start])
        self.copied_to = end

    def result(self) -> str:
        """The text without the cut spans (the same object when nothing was cut)."""
        if not self.parts:
            return self.text
        return "".join([*self.parts, self.text[self.copied_to :]])


def _comment_end(html: str, body: int) -> int:
    """End of a comment whose text starts at *body* (``<!-->`` and ``<!--->`` included)."""
    if html.startswith(">", body):
        return body + 1
    if html.startswith("->", body):
        return body + 2
    found = _COMMENT_END.search(html, body)
    return found.end() if found else len(html)


def _raw_end(html: str, name: str, start: int) -> int:
    """Where the content of raw-text element *name* that starts at *start* ends."""
    found = _RAW_END[name].search(html, start)
    return found.start() if found else len(html)


def flatten(html: str, limit: int = MAX_DEPTH) -> str:
    """*html* with no element nested more than *limit* deep; linear in its length.

    Tags of deeper elements (and of everything inside them) are removed, their text kept.
    """
    stack = _Stack(limit)
    out = _Output(html)
    pos = 0
    while (found := _MARKUP.search(html, pos)) is not None:
        start = found.start()
        if found.group(1) or found.group(2):
            close = found.end()
            if found.group(1):
                pos = _comment_end(html, close)
            else:
                gt = html.find(">", close)
                pos = gt + 1 if gt >= 0 else len(html)
            out.cut(start, pos)
            continue
        tag = _TAG.match(html, found.end())
        if tag is None:
            break  # the rest is an unfinished tag, which html5ever drops
        pos = tag.end()
        name = tag.group(1).lower()
        if name in REMOVED_TAGS:
            out.cut(start, pos)
        elif name in VOID or name in RAW_TEXT and found.group(3):
            continue  # never on the stack: always kept
        elif found.group(3):
            if not stack.end(name):
                out.cut(start, pos)
        elif name in REMOVED_WHOLE:
            end = _raw_end(html, name, pos)
            closing = _TAG.match(html, end + 2)
            pos = closing.end() if closing else len(html)
            out.cut(start, pos)
        elif name == "plaintext":
            break
        elif name in RAW_TEXT:
            pos = _raw_end(html, name, pos)
        elif not stack.start(name):
            out.cut(start, pos)
    return out.result()
