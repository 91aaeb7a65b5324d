"""The article store: one JSON file per article (the truth), a SQLite index, one write path.

The other layers import from here: ``ArticleStore`` (the facade), ``Scope`` and
``TextFilter`` (what a listing covers), ``SaveResult``; the modules behind it are
``files``, ``generation``, ``schema``, ``rows``, ``index``, ``changes``, ``slugs``,
``drafts``, ``writes`` and ``recovery``.
"""

from __future__ import annotations

from .drafts import SaveResult
from .drafts import SaveStatus
from .facade import ArticleStore
from .facade import ChangeListener
from .files import atomic_write
from .files import serialize
from .generation import GenerationFile
from .generation import read_generation
from .index import Scope
from .index import TextFilter
from .recovery import Reindexed
from .rows import search_text
from .schema import INDEX_SCHEMA

__all__ = [
    "INDEX_SCHEMA",
    "ArticleStore",
    "ChangeListener",
    "GenerationFile",
    "Reindexed",
    "SaveResult",
    "SaveStatus",
    "Scope",
    "TextFilter",
    "atomic_write",
    "read_generation",
    "search_text",
    "serialize",
]
