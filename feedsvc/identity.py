"""How articles are named: the words the URL space keeps for itself and the tag: guid."""

from __future__ import annotations

from datetime import datetime

#: Slugs that name other things in the URL space (a category called so gets ``-c``).
RESERVED_SLUGS = frozenset({"all", "source", "api", "static", "archive"})


def tag_guid(authority: str, published: datetime, article_id: str) -> str:
    """The permanent guid of article *article_id*: a tag: URI of *authority* and its date."""
    return f"tag:{authority},{published:%Y-%m-%d}:article/{article_id}"
