"""The index's tables, count triggers and schema version, and opening a connection to it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from .changes import SCHEMA as CHANGES_SCHEMA

INDEX_SCHEMA = "9"

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    cat_slug TEXT NOT NULL,
    cat_name TEXT NOT NULL,
    source_name TEXT,
    source_slug TEXT,
    source_url TEXT,
    search_text TEXT NOT NULL,
    published TEXT NOT NULL,
    pub_ts INTEGER NOT NULL,
    updated TEXT NOT NULL,
    upd_ts INTEGER NOT NULL,
    digest TEXT NOT NULL,
    changed_ts INTEGER NOT NULL,
    date_only INTEGER NOT NULL
);
CREATE INDEX articles_by_cat ON articles (cat_slug, pub_ts DESC, id DESC);
CREATE INDEX articles_by_time ON articles (pub_ts DESC, id DESC);
CREATE INDEX articles_by_cat_name ON articles (cat_name);
CREATE INDEX articles_by_source ON articles (source_slug, pub_ts DESC, id DESC);
CREATE INDEX articles_by_source_name ON articles (source_name);
CREATE TABLE tombstones (
    id TEXT PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    guid TEXT NOT NULL,
    withdrawn TEXT NOT NULL,
    pub_ts INTEGER,
    cat_slug TEXT,
    source_slug TEXT,
    changed_ts INTEGER NOT NULL,
    cat_name TEXT,
    source_name TEXT
);
CREATE INDEX tombstones_by_time ON tombstones (pub_ts, id);
"""

_COUNT_TRIGGERS = """
CREATE TRIGGER {name}_insert AFTER INSERT ON {table}{when_new} BEGIN
    INSERT INTO counts VALUES ('{p}*', 1) ON CONFLICT (scope) DO UPDATE SET n = n + 1;
    INSERT INTO counts VALUES ('{p}c:' || NEW.cat_slug, 1)
        ON CONFLICT (scope) DO UPDATE SET n = n + 1;
    INSERT INTO counts SELECT '{p}s:' || NEW.source_slug, 1 WHERE NEW.source_slug IS NOT NULL
        ON CONFLICT (scope) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER {name}_delete AFTER DELETE ON {table}{when_old} BEGIN
    UPDATE counts SET n = n - 1
    WHERE scope IN ('{p}*', '{p}c:' || OLD.cat_slug, '{p}s:' || OLD.source_slug);
END;"""


def _count_triggers(name: str, table: str, prefix: str = "", when: str = "") -> str:
    """The triggers that keep the counts of *table*'s rows (those where *when* holds of the
    row) under the scope keys prefixed with *prefix*."""
    return _COUNT_TRIGGERS.format(
        name=name,
        table=table,
        p=prefix,
        when_new=when and f" WHEN NEW.{when}",
        when_old=when and f" WHEN OLD.{when}",
    )


_COUNTS = (
    """
-- Article counts per scope ('*', 'c:<category slug>', 's:<outlet slug>'), kept by
-- triggers, so that no feed or page has to count rows: costs stay flat as the store grows.
CREATE TABLE counts (scope TEXT PRIMARY KEY, n INTEGER NOT NULL);"""
    + _count_triggers("count", "articles")
    + """
-- Withdrawn articles keep their archive slot: counted under 't' + the scope key."""
    + _count_triggers("slot", "tombstones", "t", "pub_ts IS NOT NULL")
    + "\n"
)


def create(conn: sqlite3.Connection) -> None:
    """Create the tables, indexes and triggers of an empty index and record its version."""
    conn.executescript(_TABLES + _COUNTS + CHANGES_SCHEMA)
    conn.execute("INSERT INTO meta VALUES ('schema', ?)", (INDEX_SCHEMA,))


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the index at *path* that commits durably."""
    conn = sqlite3.connect(path, timeout=30.0)
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def index_ok(path: Path) -> bool:
    """Whether the index at *path* exists, has our schema and its tables can be read."""
    if not path.exists():
        return False
    try:
        with closing(connect(path)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            conn.execute("SELECT count(*) FROM articles").fetchone()
            conn.execute("SELECT count(*) FROM tombstones").fetchone()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == INDEX_SCHEMA


def open_checked(path: Path) -> sqlite3.Connection | None:
    """A connection to the index at *path* if it exists with our schema, else None."""
    if not path.exists():
        return None
    conn = None
    try:
        conn = connect(path)
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError:
        row = None
    if row is not None and row[0] == INDEX_SCHEMA:
        return conn
    if conn is not None:
        conn.close()
    return None
