"""The index's tables, count triggers and schema version, and opening a connection to it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from .changes import SCHEMA as CHANGES_SCHEMA

INDEX_SCHEMA = "8"

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
    changed_ts INTEGER NOT NULL
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
    changed_ts INTEGER NOT NULL
);
CREATE INDEX tombstones_by_time ON tombstones (pub_ts, id);
"""

_COUNTS = """
-- Article counts per scope ('*', 'c:<category slug>', 's:<outlet slug>'), kept by
-- triggers, so that no feed or page has to count rows: costs stay flat as the store grows.
CREATE TABLE counts (scope TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TRIGGER count_insert AFTER INSERT ON articles BEGIN
    INSERT INTO counts VALUES ('*', 1) ON CONFLICT (scope) DO UPDATE SET n = n + 1;
    INSERT INTO counts VALUES ('c:' || NEW.cat_slug, 1)
        ON CONFLICT (scope) DO UPDATE SET n = n + 1;
    INSERT INTO counts SELECT 's:' || NEW.source_slug, 1 WHERE NEW.source_slug IS NOT NULL
        ON CONFLICT (scope) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER count_delete AFTER DELETE ON articles BEGIN
    UPDATE counts SET n = n - 1
    WHERE scope IN ('*', 'c:' || OLD.cat_slug, 's:' || OLD.source_slug);
END;
-- Withdrawn articles keep their archive slot: counted under 't' + the scope key.
CREATE TRIGGER slot_insert AFTER INSERT ON tombstones WHEN NEW.pub_ts IS NOT NULL BEGIN
    INSERT INTO counts VALUES ('t*', 1) ON CONFLICT (scope) DO UPDATE SET n = n + 1;
    INSERT INTO counts VALUES ('tc:' || NEW.cat_slug, 1)
        ON CONFLICT (scope) DO UPDATE SET n = n + 1;
    INSERT INTO counts SELECT 'ts:' || NEW.source_slug, 1 WHERE NEW.source_slug IS NOT NULL
        ON CONFLICT (scope) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER slot_delete AFTER DELETE ON tombstones WHEN OLD.pub_ts IS NOT NULL BEGIN
    UPDATE counts SET n = n - 1
    WHERE scope IN ('t*', 'tc:' || OLD.cat_slug, 'ts:' || OLD.source_slug);
END;
"""


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
