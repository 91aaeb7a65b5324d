"""Text helpers shared by the extractor: spaces, class words and the visible lines of a page."""

from __future__ import annotations

import re
from collections.abc import Collection
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from bs4.element import Comment
from bs4.element import NavigableString
from bs4.element import PageElement
from bs4.element import Tag

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption"
    " figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody"
    " td tfoot th thead tr ul title".split()
)
SKIP_TAGS = frozenset(
    "script style noscript template iframe object embed svg canvas select option textarea"
    " button input head".split()
)
SPACE = re.compile(r"[\s\u00a0\u2000-\u200d\u2060-\u2064\u3000\ufeff]+")
#: zero-width space, joiners, word joiner, BOM: invisible inside a word (重\u200b新), so no space
#: either; WeChat's editor leaves joiners after a credit (编辑丨X\u200d\u200d)
ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060-\u2064\ufeff]+")
COLON = r"\s*[:：]\s*"
#: class/id words of comment sections: their times and names never describe the article.
#: a comment box's class or id; pl_ (评论) only with a box's suffix (pl_box, pl_list): Sina
#: names every pagelet pl_* (pl_video_info, pl_related_list)
COMMENT_HINT = re.compile(
    r"comment|pinglun|reply|gentie|discuss|评论|留言|cmt|"
    r"(?:^|\s)pl_(?:box|list|con|cont|content|wrap|area|main|item|num|count|txt)?(?:$|\s)",
    re.I,
)


@dataclass(frozen=True)
class Line:
    """A visible line of text (a block element's own inline content) and where it sits."""

    text: str
    element: Tag
    in_comments: bool


def find_tags(root: Tag, names: Collection[str] | None = None, limit: int = 0) -> list[Tag]:
    """The tags under *root* named one of *names* (every tag when None), in document order,
    the first *limit* of them when it is not 0: ``root.find_all(names, limit=limit)`` without
    bs4's filter machinery, many times faster on big pages (tags parsed from HTML have no
    namespace prefix)."""
    found = (
        (t for t in root.descendants if isinstance(t, Tag))
        if names is None
        else (t for t in root.descendants if isinstance(t, Tag) and t.name in names)
    )
    return list(islice(found, limit) if limit else found)


class TagIndex:
    """The tags of a page in document order, by name, and its comments, from one walk: for
    the many searches of the whole page, which is never changed once parsed (the body is cut
    from a copy). ``named("meta")`` is ``soup.find_all("meta")``, ``tags`` is
    ``find_tags(soup)`` and ``comments`` is ``find_comments(soup)``."""

    def __init__(self, root: Tag) -> None:
        self.tags: list[Tag] = []
        self.comments: list[Comment] = []
        self.by_name: dict[str, list[Tag]] = {}
        tags, by_name = self.tags, self.by_name
        for node in root.descendants:
            kind = type(node)  # type tests before isinstance: this runs for every node
            if kind is Tag or kind is not NavigableString and isinstance(node, Tag):
                tags.append(node)  # type: ignore[arg-type]
                by_name.setdefault(node.name, []).append(node)  # type: ignore[attr-defined,arg-type]
            elif kind is Comment:
                self.comments.append(node)  # type: ignore[arg-type]

    def named(self, *names: str) -> list[Tag]:
        """The tags named one of *names*, in document order."""
        if len(names) == 1:
            return list(self.by_name.get(names[0], ()))
        wanted = frozenset(names)
        return [t for t in self.tags if t.name in wanted]

    def first(self, name: str) -> Tag | None:
        """The first tag named *name* (``soup.find(name)``)."""
        found = self.by_name.get(name)
        return found[0] if found else None


def find_tag(root: Tag, *names: str) -> Tag | None:
    """The first tag under *root* named one of *names*: ``root.find(names)`` without bs4's
    filter machinery, which costs more to set up than most searches take."""
    return next((t for t in root.descendants if isinstance(t, Tag) and t.name in names), None)


def has_tag(root: Tag, names: Collection[str]) -> bool:
    """Whether a tag named one of *names* is under *root*: ``root.find(list(names))`` without
    bs4's filter machinery, which costs more to set up than most searches take."""
    return any(isinstance(t, Tag) and t.name in names for t in root.descendants)


def find_ancestor(element: PageElement, *names: str) -> Tag | None:
    """The nearest enclosing tag named one of *names*: ``element.find_parent(names)`` without
    bs4's filter machinery, which costs more to set up than the walk up takes."""
    parent = element.parent
    while parent is not None:
        if parent.name in names:
            return parent
        parent = parent.parent
    return None


def tags_after(element: PageElement, *names: str) -> Iterator[Tag]:
    """The tags after *element* in document order (its own first), named one of *names* when
    given: ``element.find_all_next(names)`` one at a time, without bs4's filter machinery."""
    for node in element.next_elements:
        if isinstance(node, Tag) and (not names or node.name in names):
            yield node


def tags_before(element: PageElement, *names: str) -> Iterator[Tag]:
    """The tags before *element*, nearest first, named one of *names* when given:
    ``element.find_all_previous(names)`` one at a time."""
    for node in element.previous_elements:
        if isinstance(node, Tag) and (not names or node.name in names):
            yield node


def find_comments(root: Tag) -> list[Comment]:
    """The comments under *root*, in document order (``find_all(string=<is a Comment>)``)."""
    return [s for s in root.descendants if isinstance(s, Comment)]


def squash(text: str) -> str:
    """Collapse every kind of space (NBSP, ideographic) into single spaces; drop zero-width
    characters, which show no gap."""
    # rare: five scans for a character cost less than one pass of the regex
    if (
        "\u200b" in text
        or "\u200d" in text
        or "\ufeff" in text
        or "\u200c" in text
        or "\u2060" in text
    ):
        text = ZERO_WIDTH.sub("", text)
    return SPACE.sub(" ", text).strip()


def short_text(tag: Tag, limit: int) -> str | None:
    """``squash(tag.get_text(" "))`` when it is at most *limit* characters long, else None,
    found without reading the whole text of a big element (the article's own wrapper)."""
    parts: list[str] = []
    size, check = 0, 4 * limit + 40
    for string in tag.strings:
        parts.append(string)
        size += len(string)
        if size > check:
            if len(squash(" ".join(parts))) > limit:
                return None  # a prefix of the text is already longer
            check = 2 * size  # mostly spaces so far: look again later
    text = squash(" ".join(parts))
    return text if len(text) <= limit else None


def compact(text: str) -> str:
    """*text* without any spaces: for comparing Chinese strings."""
    return SPACE.sub("", text)


def attr_words(tag: Tag) -> str:
    """The class names and id of *tag*, space-separated (asked of every tag in several
    passes: most have no attributes, or a class alone)."""
    attrs = tag.attrs
    if not attrs:
        return ""
    raw = attrs.get("class")
    ident = attrs.get("id") or ""
    if not raw:
        return str(ident)
    return f"{raw if isinstance(raw, str) else ' '.join(raw)} {ident}"


def is_comment_box(tag: Tag) -> bool:
    """Whether *tag* is a comment section (never the page's body or article element)."""
    if tag.name in ("html", "body", "main", "article"):
        return False
    return bool(COMMENT_HINT.search(attr_words(tag)))


def iter_lines(root: Tag) -> Iterator[Line]:
    """The visible lines under *root*: inline runs joined by spaces, split at block elements."""
    return iter(_lines(root))


_Frame = tuple[Iterator[PageElement], Tag | None, bool]


def _lines(root: Tag) -> list[Line]:
    """The lines of :func:`iter_lines`, walking the tree with a stack of its open tags (a
    recursive generator passes every line up through each level of the tree)."""
    lines: list[Line] = []
    buffer: list[str] = []
    owner = root
    in_comments = 0
    # one frame per open tag: its children left to read, the owner to go back to at its end
    # (None unless it is a block), and whether it is a comment box
    frames: list[_Frame] = [(iter(root.contents), None, False)]
    while frames:
        children, _, _ = frames[-1]
        for child in children:
            if type(child) is NavigableString:  # most strings: no isinstance tests
                buffer.append(child)
                continue
            if not isinstance(child, Tag):
                if isinstance(child, NavigableString) and not isinstance(child, Comment):
                    buffer.append(child)
                continue
            name = child.name
            if name in SKIP_TAGS:
                continue
            if name == "br" or name in BLOCK_TAGS:
                if buffer:
                    _add_line(lines, buffer, owner, in_comments)
                if name == "br":
                    continue
            else:  # an inline tag holding one string, or nothing: no line ends in it
                inner = child.contents
                if not inner:
                    continue
                if len(inner) == 1 and type(inner[0]) is NavigableString:
                    _append_inline(buffer, inner[0])
                    continue
            attrs = child.attrs  # a comment box says so in its class or id
            comment = ("class" in attrs or "id" in attrs) and is_comment_box(child)
            frames.append((iter(child.contents), owner if name in BLOCK_TAGS else None, comment))
            if name in BLOCK_TAGS:
                owner = child
            in_comments += comment
            break
        else:
            _, outer, comment = frames.pop()
            if outer is not None:  # the end of a block element
                if buffer:
                    _add_line(lines, buffer, owner, in_comments)
                owner = outer
            in_comments -= comment
    if buffer:
        _add_line(lines, buffer, owner, in_comments)
    return _article_box(lines, root)


def _article_box(lines: list[Line], root: Tag) -> list[Line]:
    """*lines*, with those of a comment-named box that holds over half of the page's text
    read as the page's (<div id="taskComment"> wrapping the post and the replies under it,
    as a platform names the column its comment widget binds to); the boxes inside it count."""
    total = sum(len(line.text) for line in lines)
    inside = [line for line in lines if line.in_comments]
    if not inside or sum(len(line.text) for line in inside) * 2 <= total:
        return lines
    boxes = {id(line.element): _outer_box(line.element, root) for line in inside}
    counts: dict[int, int] = {}
    for line in inside:
        box = boxes[id(line.element)]
        if box is not None:
            counts[id(box)] = counts.get(id(box), 0) + len(line.text)
    wide = {key for key, size in counts.items() if size * 2 > total}
    if not wide:
        return lines
    return [_reread(line, boxes, wide) for line in lines]


def _outer_box(tag: Tag, root: Tag) -> Tag | None:
    """The outermost comment box over *tag*, below *root*."""
    box = None
    for parent in (tag, *tag.parents):
        if parent is root:
            break
        if ("class" in parent.attrs or "id" in parent.attrs) and is_comment_box(parent):
            box = parent
    return box


def _reread(line: Line, boxes: dict[int, Tag | None], wide: set[int]) -> Line:
    """*line*, out of the comments when only a wide box holds it."""
    box = boxes.get(id(line.element)) if line.in_comments else None
    if box is None or id(box) not in wide:
        return line
    for parent in (line.element, *line.element.parents):
        if parent is box:
            return Line(line.text, line.element, False)
        if ("class" in parent.attrs or "id" in parent.attrs) and is_comment_box(parent):
            return line  # a comment box inside the wide one: still the comments
    return line


def _append_inline(buffer: list[str], text: str) -> None:
    """Add an inline tag's string to *buffer*: a lone Han character right after Han text (a
    rare character set in a font of its own: 作者：曾春<span style="font-family:…">X</span>)
    ends the word before it, not a word of its own."""
    if len(text) == 1 and buffer and HAN.match(text) and HAN.match(buffer[-1][-1:]):
        buffer[-1] += text
    else:
        buffer.append(text)


HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")


#: 【作者】 张三 【来源】 某报客户端: an info label in black brackets instead of a colon, as app
#: share pages set their credits; the line reads as 作者：张三 来源：某报客户端.
BRACKET_LABEL = re.compile(
    r"【\s*(作者|来源|來源|记者|記者|通讯员|责任编辑|責任編輯|责编|编辑|編輯)\s*】\s*(?=\S)"
)

#: 作　者：X, 编　辑：Y: a two-character label padded to line up with longer ones, as
#: magazines and papers set their credit blocks; the line reads as 作者：X.
PADDED_LABEL = re.compile(
    r"(?<![\u4e00-\u9fff])(?:"
    + "|".join(
        f"{w[0]} {w[1]}"
        for w in "作者 记者 記者 编辑 編輯 责编 責編 来源 來源 出处 出處 审核 審核 摄影 攝影 校对"
        " 校對 编审 編審 时间 時間 日期 发布 發布".split()
    )
    + r")(?= ?[:：])"
)


def _add_line(lines: list[Line], buffer: list[str], owner: Tag, in_comments: int) -> None:
    """Add the inline run in *buffer* as a line of *owner*, unless it is only spaces."""
    text = squash(" ".join(buffer))
    buffer.clear()
    if "】" in text:
        text = BRACKET_LABEL.sub(r"\1：", text)
    if " " in text and ("：" in text or ":" in text):
        text = PADDED_LABEL.sub(lambda m: m.group().replace(" ", ""), text)
    if text:
        lines.append(Line(text, owner, in_comments > 0))


LIST_WORDS = re.compile(r"hot|tuijian|relat|recommend|list|rank|xgxw|more|side|right", re.I)


def in_list(tag: Tag, words: re.Pattern[str] = LIST_WORDS) -> bool:
    """Whether *tag* sits in a list of other articles (a list item, or a block whose class/id
    has one of *words*: related, hot, recommended, a side column...)."""
    for depth, parent in enumerate([tag, *tag.parents]):
        if depth > 4 or parent.name in ("body", "html"):
            return False
        if parent.name in ("li", "dd", "dt") or words.search(attr_words(parent)):
            return True
    return False
