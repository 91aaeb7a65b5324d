"""Text helpers shared by the extractor: spaces, class words and the visible lines of a page."""

from __future__ import annotations

import re
from collections.abc import Collection
from collections.abc import Iterator
from dataclasses import dataclass

from bs4.element import Comment
from bs4.element import NavigableString
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
SPACE = re.compile(r"[\s\u00a0\u2000-\u200b\u3000\ufeff]+")
COLON = r"\s*[:：]\s*"
#: class/id words of comment sections: their times and names never describe the article.
COMMENT_HINT = re.compile(r"comment|pinglun|pl_|reply|gentie|discuss|评论|留言|cmt", re.I)


@dataclass(frozen=True)
class Line:
    """A visible line of text (a block element's own inline content) and where it sits."""

    text: str
    element: Tag
    in_comments: bool


def find_tags(root: Tag, names: Collection[str] | None = None) -> list[Tag]:
    """The tags under *root* named one of *names* (every tag when None), in document order:
    ``root.find_all(names)`` without bs4's filter machinery, many times faster on big pages
    (tags parsed from HTML have no namespace prefix)."""
    if names is None:
        return [t for t in root.descendants if isinstance(t, Tag)]
    return [t for t in root.descendants if isinstance(t, Tag) and t.name in names]


def find_comments(root: Tag) -> list[Comment]:
    """The comments under *root*, in document order (``find_all(string=<is a Comment>)``)."""
    return [s for s in root.descendants if isinstance(s, Comment)]


def squash(text: str) -> str:
    """Collapse every kind of space (NBSP, ideographic, zero-width) into single spaces."""
    return SPACE.sub(" ", text).strip()


def compact(text: str) -> str:
    """*text* without any spaces: for comparing Chinese strings."""
    return SPACE.sub("", text)


def _attr_words(tag: Tag) -> str:
    attrs = tag.attrs
    if not attrs:  # most tags: asked of every tag in several passes
        return ""
    raw: str | list[str] = attrs.get("class") or []
    classes: list[str] = [raw] if isinstance(raw, str) else list(raw)
    ident = attrs.get("id") or ""
    return " ".join([*classes, str(ident)])


def attr_words(tag: Tag) -> str:
    """The class names and id of *tag*, space-separated."""
    return _attr_words(tag)


def is_comment_box(tag: Tag) -> bool:
    """Whether *tag* is a comment section (never the page's body or article element)."""
    if tag.name in ("html", "body", "main", "article"):
        return False
    return bool(COMMENT_HINT.search(_attr_words(tag)))


def iter_lines(root: Tag) -> Iterator[Line]:
    """The visible lines under *root*: inline runs joined by spaces, split at block elements."""
    buffer: list[str] = []
    owner: list[Tag] = [root]
    comment_depth = [0]

    def flush() -> Line | None:
        text = squash(" ".join(buffer))
        buffer.clear()
        if text:
            return Line(text, owner[-1], comment_depth[0] > 0)
        return None

    def walk(node: Tag) -> Iterator[Line]:
        for child in node.contents:
            if isinstance(child, NavigableString):
                if not isinstance(child, Comment):
                    buffer.append(child)
                continue
            if not isinstance(child, Tag) or child.name in SKIP_TAGS:
                continue
            if child.name == "br":
                line = flush()
                if line:
                    yield line
                continue
            block = child.name in BLOCK_TAGS
            comment = bool(child.attrs) and is_comment_box(child)
            if block:
                line = flush()
                if line:
                    yield line
                owner.append(child)
            comment_depth[0] += comment
            yield from walk(child)
            if block:
                line = flush()
                if line:
                    yield line
                owner.pop()
            comment_depth[0] -= comment

    yield from walk(root)
    last = flush()
    if last:
        yield last


LIST_WORDS = re.compile(r"hot|tuijian|relat|recommend|list|rank|xgxw|more|side|right", re.I)


def in_list(tag: Tag) -> bool:
    """Whether *tag* sits in a list of other articles (related, hot, recommended...)."""
    for depth, parent in enumerate([tag, *tag.parents]):
        if depth > 4 or parent.name in ("body", "html"):
            return False
        if parent.name in ("li", "dd", "dt") or LIST_WORDS.search(attr_words(parent)):
            return True
    return False
