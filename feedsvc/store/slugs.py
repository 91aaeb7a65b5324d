"""Free slugs for named things of the index (categories, outlets): a name keeps the slug it
already has; a new name gets its pinyin slug, or ``-2``, ``-3``... when another name holds it."""

from __future__ import annotations

import sqlite3
from typing import Literal

from ..names import slugify

#: (name column, slug column) of the ``articles`` table for each kind of named thing.
_COLUMNS = {"category": ("cat_name", "cat_slug"), "source": ("source_name", "source_slug")}
Kind = Literal["category", "source"]


def free_slug(
    conn: sqlite3.Connection, kind: Kind, name: str, reserved: frozenset[str] = frozenset()
) -> str:
    """The slug of the *kind* called *name*: the one it has, else a new one nobody holds.

    A base slug in *reserved* (a word of the URL space) gets a ``-c`` suffix first.
    """
    name_col, slug_col = _COLUMNS[kind]
    row = conn.execute(
        f"SELECT {slug_col} FROM articles WHERE {name_col} = ? LIMIT 1", (name,)
    ).fetchone()
    if row:
        return str(row[0])
    base = slugify(name)
    slug = f"{base}-c" if base in reserved else base
    n = 1
    while conn.execute(
        f"SELECT 1 FROM articles WHERE {slug_col} = ? AND {name_col} != ? LIMIT 1", (slug, name)
    ).fetchone():
        n += 1
        slug = f"{base}-{n}"
    return slug
