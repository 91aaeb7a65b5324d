"""When each feed last changed: the index's Last-Modified bookkeeping.

A feed's ``Last-Modified`` must move forward whenever its bytes change, also when the change
is a back-dated article or a withdrawal (the newest ``updated`` of the listed items does not
move then), and must be the same in every worker process. So the index keeps it:

* Every write gets a *stamp*: the store clock in whole seconds, but at least one second
  after the previous write's stamp (:func:`next_stamp`), so two writes within one second
  still get two distinct values. Under a sustained burst of more than one write a second the
  stamps run ahead of the clock and fall back in line when the burst ends.
* ``changed`` holds per scope (``*``, ``c:<category>``, ``s:<outlet>``: the keys of the
  ``counts`` table) the stamp of the last write that touched it: the Last-Modified of its
  subscription feeds and pages.
* Every article and tombstone row keeps ``changed_ts``, the stamp of its last write, and
  ``shifts`` remembers per scope the writes that moved archive slots (an article entering a
  scope before its newest slot, or leaving it). An archive page's Last-Modified is the newest
  of those that can have changed its bytes (:func:`archive_changed`), so a complete page keeps
  its value until it really changes.

An index rebuilt from the files derives the values from the files: a row's ``changed_ts`` is
its ``updated`` (article) or ``withdrawn`` (tombstone) time, a scope's the newest of its rows,
and no shifts. The next write is stamped from the clock again.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from ..bounds import sql_int

SCHEMA = """
-- The stamp of the last write that touched each scope (same keys as counts).
CREATE TABLE changed (scope TEXT PRIMARY KEY, at INTEGER NOT NULL);
-- Writes that moved archive slots of a scope, at the slot's key; a mark hides every older
-- mark at the same or a later key (it is newer and covers all pages they cover).
CREATE TABLE shifts (
    scope TEXT NOT NULL,
    pub_ts INTEGER NOT NULL,
    id TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (scope, pub_ts, id)
);
"""

_DERIVE = """
INSERT INTO changed SELECT scope, max(at) FROM (
    SELECT '*' AS scope, changed_ts AS at FROM articles
    UNION ALL SELECT 'c:' || cat_slug, changed_ts FROM articles
    UNION ALL SELECT 's:' || source_slug, changed_ts FROM articles WHERE source_slug IS NOT NULL
    UNION ALL SELECT '*', changed_ts FROM tombstones
    UNION ALL SELECT 'c:' || cat_slug, changed_ts FROM tombstones WHERE cat_slug IS NOT NULL
    UNION ALL SELECT 's:' || source_slug, changed_ts FROM tombstones
        WHERE source_slug IS NOT NULL
) GROUP BY scope
"""


@dataclass(frozen=True)
class Slot:
    """Where an index row sits: the scopes it is listed in and its archive key."""

    id: str
    scopes: frozenset[str]
    #: Publish time (epoch seconds); None for an old tombstone that has no archive slot.
    pub_ts: int | None

    def archived_in(self) -> frozenset[str]:
        """The scopes whose archive counts this row as a slot."""
        return self.scopes if self.pub_ts is not None else frozenset()


def scopes_of(category: str | None, source: str | None) -> frozenset[str]:
    """The scope keys of a row in category *category* from outlet *source* (slugs)."""
    keys = {"*"}
    if category is not None:
        keys.add("c:" + category)
    if source is not None:
        keys.add("s:" + source)
    return frozenset(keys)


def _where(scope: str) -> tuple[str, tuple[object, ...]]:
    """The SQL condition selecting the rows of scope key *scope*."""
    if scope == "*":
        return "1", ()
    column = "cat_slug" if scope.startswith("c:") else "source_slug"
    return f"{column} = ?", (scope[2:],)


def current_slot(conn: sqlite3.Connection, id_: str) -> Slot | None:
    """Where the row *id_* sits now (article or tombstone), or None if it is not indexed."""
    row = conn.execute(
        "SELECT cat_slug, source_slug, pub_ts FROM articles WHERE id = ? "
        "UNION ALL SELECT cat_slug, source_slug, pub_ts FROM tombstones WHERE id = ?",
        (id_, id_),
    ).fetchone()
    return None if row is None else Slot(id_, scopes_of(row[0], row[1]), row[2])


def next_stamp(conn: sqlite3.Connection, now: datetime) -> int:
    """The stamp of a write happening at *now*: later than every earlier write's stamp."""
    row = conn.execute("SELECT at FROM changed WHERE scope = '*'").fetchone()
    clock = int(now.timestamp())
    return clock if row is None else max(int(row[0]) + 1, clock)


def record(conn: sqlite3.Connection, old: Slot | None, new: Slot | None, stamp: int) -> None:
    """Stamp the scopes a write from *old* to *new* touched; mark the slots it moved."""
    touched = (old.scopes if old else frozenset()) | (new.scopes if new else frozenset())
    conn.executemany(
        "INSERT INTO changed VALUES (?, ?) ON CONFLICT (scope) DO UPDATE SET at = max(at, ?)",
        [(scope, stamp, stamp) for scope in sorted(touched | {"*"})],
    )
    before = old.archived_in() if old else frozenset()
    after = new.archived_in() if new else frozenset()
    if old is not None and old.pub_ts is not None:
        for scope in before - after:
            _mark(conn, scope, old.pub_ts, old.id, stamp)
    if new is not None and new.pub_ts is not None:
        for scope in after - before:
            if _has_later_slot(conn, scope, new.pub_ts, new.id):
                _mark(conn, scope, new.pub_ts, new.id, stamp)


def _has_later_slot(conn: sqlite3.Connection, scope: str, pub_ts: int, id_: str) -> bool:
    """Whether *scope* has an archive slot after (pub_ts, id_): then inserting shifts it."""
    where, params = _where(scope)
    for table in ("articles", "tombstones"):
        row = conn.execute(
            f"SELECT 1 FROM {table} WHERE {where} AND pub_ts IS NOT NULL "
            "AND (pub_ts, id) > (?, ?) LIMIT 1",
            (*params, pub_ts, id_),
        ).fetchone()
        if row is not None:
            return True
    return False


def _mark(conn: sqlite3.Connection, scope: str, pub_ts: int, id_: str, stamp: int) -> None:
    conn.execute(
        "DELETE FROM shifts WHERE scope = ? AND (pub_ts, id) >= (?, ?)", (scope, pub_ts, id_)
    )
    conn.execute("INSERT INTO shifts VALUES (?, ?, ?, ?)", (scope, pub_ts, id_, stamp))


def derive(conn: sqlite3.Connection) -> None:
    """Fill ``changed`` from the rows' own times (after a rebuild from the files)."""
    conn.execute("DELETE FROM changed")
    conn.execute("DELETE FROM shifts")
    conn.execute(_DERIVE)


def scope_changed(conn: sqlite3.Connection, scope: str) -> int | None:
    """The stamp of the last write that touched *scope*, or None if none ever did."""
    row = conn.execute("SELECT at FROM changed WHERE scope = ?", (scope,)).fetchone()
    return None if row is None else int(row[0])


def archive_changed(conn: sqlite3.Connection, scope: str, page: int, size: int) -> int | None:
    """The last change that can have altered archive page *page* of *scope*.

    The page's bytes depend on its own slots, on where its slots start (every slot moved in
    or out before its end shifts it) and on whether the next page is complete (its
    next-archive link). So: the newest ``changed_ts`` among this page's slots and the next
    page's last slot, and the newest shift mark up to the end of the next page. Appends and
    corrections after this page leave it alone (but for the next page's last slot).
    """
    where, params = _where(scope)
    rows = conn.execute(
        f"SELECT pub_ts, id, changed_ts FROM (SELECT pub_ts, id, changed_ts FROM articles "
        f"WHERE {where} UNION ALL SELECT pub_ts, id, changed_ts FROM tombstones "
        f"WHERE pub_ts IS NOT NULL AND {where}) ORDER BY pub_ts ASC, id ASC LIMIT ? OFFSET ?",
        (*params, *params, sql_int(2 * size), sql_int((page - 1) * size)),
    ).fetchall()
    if not rows:
        return None
    last_pub, last_id = rows[-1][0], rows[-1][1]
    shift = conn.execute(
        "SELECT max(at) FROM shifts WHERE scope = ? AND (pub_ts, id) <= (?, ?)",
        (scope, last_pub, last_id),
    ).fetchone()[0]
    written = [int(r[2]) for r in rows[:size]]
    if len(rows) == 2 * size:
        written.append(int(rows[-1][2]))
    return max(*written, int(shift or 0))
