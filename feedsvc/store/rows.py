"""Writing entries into the index: article rows, tombstone rows and their change stamps."""

from __future__ import annotations

import html
import re
import sqlite3

from ..models import Article
from ..timeutil import rfc3339
from ..tombstone import Tombstone
from .changes import Slot
from .changes import current_slot
from .changes import record
from .changes import scopes_of
from .files import Entry
from .files import digest
from .files import serialize


def search_text(article: Article) -> str:
    """Title and body as lower-cased plain text: what ``q`` and ``filterout`` search."""
    body = html.unescape(re.sub(r"<[^>]*>", " ", article.body_html))
    return f"{article.title}\n{body}".lower()


def _row_values(article: Article, content_digest: str) -> tuple[object, ...]:
    return (
        article.id,
        article.identity,
        article.title,
        article.category.slug,
        article.category.name,
        article.source.name if article.source else None,
        article.source.slug if article.source else None,
        article.source.url if article.source else None,
        search_text(article),
        rfc3339(article.published),
        int(article.published.timestamp()),
        rfc3339(article.updated),
        int(article.updated.timestamp()),
        content_digest,
    )


def slot_of(entry: Entry) -> Slot:
    """Where *entry* is listed and archived (see feedsvc.store.changes)."""
    if isinstance(entry, Article):
        source = entry.source.slug if entry.source else None
        scopes = scopes_of(entry.category.slug, source)
        return Slot(entry.id, scopes, int(entry.published.timestamp()))
    published = int(entry.published.timestamp()) if entry.published else None
    return Slot(entry.id, scopes_of(entry.category_slug, entry.source_slug), published)


def index_entry(
    conn: sqlite3.Connection, entry: Entry, data: bytes | None = None, stamp: int | None = None
) -> None:
    """Index *entry* (its file bytes *data* if at hand); a write passes its *stamp* and
    records what it changed, a rebuild passes none (the entry's own updated/withdrawn time
    is its changed time)."""
    old = current_slot(conn, entry.id) if stamp is not None else None
    if isinstance(entry, Article):
        _upsert(conn, entry, data, stamp)
    else:
        _insert_tombstone(conn, entry, stamp)
    if stamp is not None:
        record(conn, old, slot_of(entry), stamp)


def unindex(conn: sqlite3.Connection, article_id: str, stamp: int) -> None:
    """Drop the article row of *article_id* (its file is gone or unreadable)."""
    old = current_slot(conn, article_id)
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    record(conn, old, None, stamp)


def _insert_tombstone(conn: sqlite3.Connection, entry: Tombstone, stamp: int | None) -> None:
    conn.execute("DELETE FROM articles WHERE id = ?", (entry.id,))
    conn.execute("DELETE FROM tombstones WHERE id = ?", (entry.id,))
    conn.execute(
        "INSERT INTO tombstones VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.id,
            entry.identity,
            entry.guid,
            rfc3339(entry.withdrawn),
            int(entry.published.timestamp()) if entry.published else None,
            entry.category_slug,
            entry.source_slug,
            int(entry.withdrawn.timestamp()) if stamp is None else stamp,
            entry.category_name,
            entry.source_name,
        ),
    )


def _upsert(
    conn: sqlite3.Connection, article: Article, data: bytes | None, stamp: int | None
) -> None:
    content_digest = digest(serialize(article) if data is None else data)
    changed = int(article.updated.timestamp()) if stamp is None else stamp
    # A plain DELETE and INSERT (not INSERT OR REPLACE) so the count triggers fire.
    conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
    conn.execute(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_row_values(article, content_digest), changed, int(article.date_only)),
    )
