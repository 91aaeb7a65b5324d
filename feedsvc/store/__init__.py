"""The article store (moved from feedsvc/store.py; split into modules next)."""

from __future__ import annotations

from .facade import INDEX_SCHEMA
from .facade import ArticleStore
from .facade import ChangeListener
from .facade import Reindexed
from .facade import SaveResult
from .facade import SaveStatus
from .facade import Scope
from .facade import TextFilter
from .facade import atomic_write
from .facade import search_text
from .facade import serialize

__all__ = [
    "INDEX_SCHEMA",
    "ArticleStore",
    "ChangeListener",
    "Reindexed",
    "SaveResult",
    "SaveStatus",
    "Scope",
    "TextFilter",
    "atomic_write",
    "search_text",
    "serialize",
]
