"""The page's sidebar: an <aside> beside the article (latest releases, popular posts), whose
dates and names belong to other stories."""

from __future__ import annotations

from bs4 import Tag

from .text import find_ancestor


def in_page_aside(tag: Tag) -> bool:
    """Whether *tag* sits in an <aside> of the page, not one inside its <article> or <main>
    (a post's own meta box)."""
    aside = find_ancestor(tag, "aside")
    return aside is not None and find_ancestor(aside, "article", "main") is None
