"""The inline markup of a paragraph: escaped text, kept tags, web links, bold spans."""

from __future__ import annotations

import html
import re

from bs4 import Tag
from bs4.element import Comment
from bs4.element import NavigableString

from .addresses import scheme_of
from .text import SKIP_TAGS
from .text import attr_words

TAG = re.compile(r"<[^>]*>")

INLINE_KEEP = frozenset({"strong", "b", "em", "i", "u", "sub", "sup", "code", "q", "cite"})


def inline_html(node: Tag | NavigableString, base: str | None, images: list[Tag]) -> str:
    """The inline HTML of *node*: text escaped, kept tags, web links; its images go to *images*."""
    if isinstance(node, Comment):
        return ""
    if isinstance(node, NavigableString):
        return html.escape(str(node), quote=False)
    if node.name in SKIP_TAGS:
        return ""
    if node.name == "img":
        images.append(node)
        return ""
    if node.name == "br":
        return "<br>"
    inner = "".join(inline_html(c, base, images) for c in node.children)  # type: ignore[arg-type]
    if node.name == "a":
        href = node.get("href")
        if isinstance(href, str) and scheme_of(href) in ("http", "https") and inner.strip():
            return f'<a href="{html.escape(href)}">{inner}</a>'
        return inner
    if node.name in INLINE_KEEP and inner.strip():
        return f"<{node.name}>{inner}</{node.name}>"
    if node.name in ("span", "font") and inner.strip() and _bold(node):
        return f"<strong>{inner}</strong>"  # <span class="boldtitle">: a subheading in bold
    return inner


BOLD_STYLE = re.compile(r"font-weight:\s*(?:bold|[6-9]00)", re.I)


def _bold(tag: Tag) -> bool:
    """Whether a <span> or <font> is set bold by its class (boldtitle) or its style."""
    return (
        "bold" in attr_words(tag).lower()
        or BOLD_STYLE.search(str(tag.get("style") or "")) is not None
    )


def plain_text(inner: str) -> str:
    """The text of HTML that :func:`inline_html` built (escaped text and plain tags only)."""
    return html.unescape(TAG.sub("", inner))
