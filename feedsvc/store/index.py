"""Queries of the index: listings, archive pages, counts, change times, categories, outlets.

Every function takes an open connection and reads rows only, never an article file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime

from ..bounds import sql_int
from ..errors import CategoryNotFound
from ..errors import SourceNotFound
from ..models import ArticleSummary
from ..models import Category
from ..models import CategoryCount
from ..models import Source
from ..models import SourceCount
from ..timeutil import parse_stored
from .files import digest


@dataclass(frozen=True)
class Scope:
    """Which articles a feed covers: the whole store, one category or one outlet (by slug)."""

    category: str | None = None
    source: str | None = None

    def key(self) -> str:
        """The scope's row in the ``counts`` table."""
        if self.category is not None:
            return "c:" + self.category
        if self.source is not None:
            return "s:" + self.source
        return "*"

    def where(self) -> tuple[str, tuple[object, ...]]:
        """The SQL condition (and its parameters) selecting the scope's rows."""
        if self.category is not None:
            return "cat_slug = ?", (self.category,)
        if self.source is not None:
            return "source_slug = ?", (self.source,)
        return "1", ()


@dataclass(frozen=True)
class TextFilter:
    """Keep articles whose title or body contains any *include* term (when given) and none
    of the *exclude* terms; terms match case-insensitively as plain substrings."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def where(self) -> tuple[str, tuple[object, ...]]:
        """The SQL condition (and its parameters) on ``search_text``."""
        clauses: list[str] = []
        params: list[object] = []
        if self.include:
            clauses.append(
                "(" + " OR ".join("instr(search_text, ?) > 0" for _ in self.include) + ")"
            )
            params += [t.lower() for t in self.include]
        for term in self.exclude:
            clauses.append("instr(search_text, ?) = 0")
            params.append(term.lower())
        return (" AND ".join(clauses) or "1"), tuple(params)


def stamp_time(stamp: int | None) -> datetime | None:
    """A change stamp (epoch seconds) as an aware datetime."""
    return None if stamp is None else datetime.fromtimestamp(stamp, UTC)


def newest(
    conn: sqlite3.Connection, scope: Scope, limit: int, text: TextFilter | None = None
) -> list[tuple[str, str]]:
    """(id, digest) of the newest *limit* articles of *scope* passing *text*, newest first."""
    scope_sql, scope_params = scope.where()
    text_sql, text_params = (text or TextFilter()).where()
    rows = conn.execute(
        f"SELECT id, digest FROM articles WHERE {scope_sql} AND {text_sql} "
        "ORDER BY pub_ts DESC, id DESC LIMIT ?",
        (*scope_params, *text_params, sql_int(limit)),
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def scope_count(conn: sqlite3.Connection, scope: Scope) -> int:
    """How many articles *scope* holds (one row of the counts table)."""
    row = conn.execute("SELECT n FROM counts WHERE scope = ?", (scope.key(),)).fetchone()
    return int(row[0]) if row else 0


def archive_slots(conn: sqlite3.Connection, scope: Scope) -> int:
    """Archive positions of *scope*: its articles plus the withdrawn ones it held."""
    rows = conn.execute(
        "SELECT sum(n) FROM counts WHERE scope IN (?, ?)", (scope.key(), "t" + scope.key())
    ).fetchone()
    return int(rows[0] or 0)


def slot_rows(
    conn: sqlite3.Connection, scope: Scope, page: int, size: int
) -> list[tuple[str, str | None]]:
    """(id, digest) of archive page *page*, oldest first; a withdrawn slot has no digest."""
    where, params = scope.where()
    rows = conn.execute(
        f"SELECT id, digest FROM (SELECT id, pub_ts, digest FROM articles WHERE {where} "
        f"UNION ALL SELECT id, pub_ts, NULL FROM tombstones "
        f"WHERE pub_ts IS NOT NULL AND {where}) "
        "ORDER BY pub_ts ASC, id ASC LIMIT ? OFFSET ?",
        (*params, *params, sql_int(size), sql_int((page - 1) * size)),
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def listing_key(
    conn: sqlite3.Connection, scope: Scope, limit: int, text: TextFilter | None, page: int | None
) -> str:
    """A hash of the scope's size and the ids and digests of the listed articles."""
    total = archive_slots(conn, scope)
    if page is not None:
        rows: list[tuple[str, str | None]] = slot_rows(conn, scope, page, limit)
    else:
        rows = list(newest(conn, scope, limit, text))
    listed = ";".join(f"{r[0]}:{r[1]}" for r in rows)
    return digest(f"{total}|{listed}".encode())


def summaries(
    conn: sqlite3.Connection, category: Category | None, limit: int, offset: int
) -> list[ArticleSummary]:
    """Index rows of the newest articles, newest first, without opening article files."""
    sql = (
        "SELECT id, title, cat_name, cat_slug, source_name, published, updated, date_only "
        "FROM articles"
    )
    params: tuple[object, ...] = ()
    if category is not None:
        sql += " WHERE cat_slug = ?"
        params = (category.slug,)
    sql += " ORDER BY pub_ts DESC, id DESC LIMIT ? OFFSET ?"
    rows = conn.execute(sql, (*params, sql_int(limit), sql_int(offset))).fetchall()
    return [
        ArticleSummary(
            id=r[0],
            title=r[1],
            category=Category(r[2], r[3]),
            source_name=r[4],
            published=parse_stored(r[5]),
            updated=parse_stored(r[6]),
            date_only=bool(r[7]),
        )
        for r in rows
    ]


def article_changed(conn: sqlite3.Connection, article_id: str) -> int | None:
    """The stamp of the last write of article *article_id*, or None."""
    row = conn.execute("SELECT changed_ts FROM articles WHERE id = ?", (article_id,)).fetchone()
    return None if row is None else int(row[0])


def categories(conn: sqlite3.Connection) -> list[CategoryCount]:
    """Every category with its article count and newest publish time, by name."""
    rows = conn.execute(
        "SELECT substr(c.scope, 3), c.n, "
        "(SELECT cat_name FROM articles WHERE cat_slug = substr(c.scope, 3) LIMIT 1), "
        "(SELECT max(pub_ts) FROM articles WHERE cat_slug = substr(c.scope, 3)) "
        "FROM counts c WHERE c.scope LIKE 'c:%' AND c.n > 0"
    ).fetchall()
    return sorted(
        (
            CategoryCount(Category(r[2], r[0]), r[1], datetime.fromtimestamp(r[3], UTC))
            for r in rows
        ),
        key=lambda c: c.category.name,
    )


def category(conn: sqlite3.Connection, key: str) -> Category:
    """The category whose slug or display name is *key*; raise CategoryNotFound."""
    row = conn.execute(
        "SELECT cat_name, cat_slug FROM articles WHERE cat_slug = ? OR cat_name = ? LIMIT 1",
        (key, key),
    ).fetchone()
    if row is None:
        raise CategoryNotFound(key)
    return Category(row[0], row[1])


def newest_of_source(conn: sqlite3.Connection, slug: str) -> tuple[str, str | None, int] | None:
    """Name, homepage and publish time of the newest article of outlet *slug* (indexed)."""
    row = conn.execute(
        "SELECT source_name, source_url, pub_ts FROM articles WHERE source_slug = ? "
        "ORDER BY pub_ts DESC, id DESC LIMIT 1",
        (slug,),
    ).fetchone()
    return (row[0], row[1], row[2]) if row else None


def source(conn: sqlite3.Connection, slug: str) -> Source:
    """The outlet whose slug is *slug*, as its newest article names it; raise SourceNotFound."""
    row = newest_of_source(conn, slug)
    if row is None:
        raise SourceNotFound(slug)
    return Source(row[0], row[1], slug)


def sources(conn: sqlite3.Connection) -> list[SourceCount]:
    """Every outlet (by slug) with its article count and newest publish time, by name."""
    rows = conn.execute(
        "SELECT substr(c.scope, 3), c.n FROM counts c WHERE c.scope LIKE 's:%' AND c.n > 0"
    ).fetchall()
    found = [(slug, n, newest_of_source(conn, slug)) for slug, n in rows]
    return sorted(
        (
            SourceCount(Source(row[0], row[1], slug), slug, n, datetime.fromtimestamp(row[2], UTC))
            for slug, n, row in found
            if row is not None
        ),
        key=lambda s: s.source.name,
    )


def tombstone_ids(conn: sqlite3.Connection) -> list[str]:
    """The ids of every withdrawn article, in id order."""
    return [r[0] for r in conn.execute("SELECT id FROM tombstones ORDER BY id").fetchall()]


def identity_holder(
    conn: sqlite3.Connection, identity: str, other_than: str | None = None
) -> str | None:
    """The id of the article stored under *identity* (other than *other_than*), or None."""
    row = conn.execute(
        "SELECT id FROM articles WHERE identity = ? AND id != ?", (identity, other_than or "")
    ).fetchone()
    return None if row is None else str(row[0])


def identity_of(conn: sqlite3.Connection, article_id: str) -> str | None:
    """The identity the index records for article *article_id*, or None."""
    row = conn.execute("SELECT identity FROM articles WHERE id = ?", (article_id,)).fetchone()
    return None if row is None else str(row[0])


def withdrawn_holder(conn: sqlite3.Connection, identity: str) -> str | None:
    """The id of the withdrawn article that had *identity*, or None."""
    row = conn.execute("SELECT id FROM tombstones WHERE identity = ?", (identity,)).fetchone()
    return None if row is None else str(row[0])


#: (slug column, name column) of the ``tombstones`` table for each kind of named scope.
_TOMBSTONE_NAMES = {"category": ("cat_slug", "cat_name"), "source": ("source_slug", "source_name")}


def tombstone_name(conn: sqlite3.Connection, kind: str, slug: str) -> str | None:
    """The name the newest tombstone filed under category or outlet (*kind*) *slug*
    remembers, or None (older tombstones kept only slugs)."""
    slug_column, name_column = _TOMBSTONE_NAMES[kind]
    row = conn.execute(
        f"SELECT {name_column} FROM tombstones WHERE {slug_column} = ? "
        f"AND {name_column} IS NOT NULL ORDER BY changed_ts DESC LIMIT 1",
        (slug,),
    ).fetchone()
    return None if row is None else str(row[0])
