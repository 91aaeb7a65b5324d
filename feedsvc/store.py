"""The file store: one JSON file per article, written atomically, plus a SQLite index.

Layout under the root::

    articles/<id[:2]>/<id>.json   the articles (the source of truth); a withdrawn article's
                                  file is replaced by its tombstone, so its id is never reused
    index.sqlite3                 the index, rebuilt from the files when missing or corrupt
    pending/<id>                  intent markers of writes in flight (crash recovery)
    generation                    a new token after every change (cheap cache validator)
    store.lock                    serializes writers
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import closing
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import replace
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Literal

from filelock import FileLock
from filelock import Timeout

from .bounds import sql_int
from .changes import SCHEMA as CHANGES_SCHEMA
from .changes import Slot
from .changes import archive_changed
from .changes import current_slot
from .changes import derive
from .changes import next_stamp
from .changes import record
from .changes import scope_changed
from .changes import scopes_of
from .errors import ArticleGone
from .errors import ArticleNotFound
from .errors import CategoryNotFound
from .errors import Conflict
from .errors import InvalidArticle
from .errors import SourceNotFound
from .errors import StoreError
from .errors import UnreadableArticle
from .generation import next_generation
from .generation import read_generation
from .models import ID_PATTERN
from .models import Article
from .models import ArticleDraft
from .models import ArticleSummary
from .models import Category
from .models import CategoryCount
from .models import Source
from .models import SourceCount
from .models import Tombstone
from .models import article_id
from .slugs import free_slug
from .timeutil import parse_stored
from .timeutil import rfc3339

log = logging.getLogger(__name__)

INDEX_SCHEMA = "8"
#: Slugs that name other things in the URL space.
RESERVED_SLUGS = frozenset({"all", "source", "api", "static", "archive"})
SaveStatus = Literal["imported", "updated", "unchanged"]

_SCHEMA = """
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


@dataclass(frozen=True)
class SaveResult:
    status: SaveStatus
    article: Article


@dataclass(frozen=True)
class Reindexed:
    """What rebuilding the index did: articles indexed, files skipped as unreadable."""

    indexed: int
    damaged: tuple[UnreadableArticle, ...] = ()


#: Called after every change with the new article and the one it replaced (or None).
ChangeListener = Callable[[Article, "Article | None"], None]


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


def search_text(article: Article) -> str:
    """Title and body as lower-cased plain text: what ``q`` and ``filterout`` search."""
    body = html.unescape(re.sub(r"<[^>]*>", " ", article.body_html))
    return f"{article.title}\n{body}".lower()


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, sync_dir: bool = True) -> None:
    """Write *data* to *path* so that readers see the old or the new file, never a part.

    With *sync_dir* false the caller fsyncs the folder itself (once for a batch of files).
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if sync_dir:
        _fsync_dir(path.parent)


def serialize(entry: Article | Tombstone) -> bytes:
    """The bytes of an article (or tombstone) file: sorted, indented UTF-8 JSON."""
    data = json.dumps(entry.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)
    return data.encode("utf-8") + b"\n"


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def _row_values(article: Article, digest: str) -> tuple[object, ...]:
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
        digest,
    )


def _slot(entry: Article | Tombstone) -> Slot:
    """Where *entry* is listed and archived (see feedsvc.changes)."""
    if isinstance(entry, Article):
        source = entry.source.slug if entry.source else None
        scopes = scopes_of(entry.category.slug, source)
        return Slot(entry.id, scopes, int(entry.published.timestamp()))
    published = int(entry.published.timestamp()) if entry.published else None
    return Slot(entry.id, scopes_of(entry.category_slug, entry.source_slug), published)


def _stamp_time(stamp: int | None) -> datetime | None:
    return None if stamp is None else datetime.fromtimestamp(stamp, UTC)


def _scope_count(conn: sqlite3.Connection, scope: Scope) -> int:
    row = conn.execute("SELECT n FROM counts WHERE scope = ?", (scope.key(),)).fetchone()
    return int(row[0]) if row else 0


def _archive_slots(conn: sqlite3.Connection, scope: Scope) -> int:
    rows = conn.execute(
        "SELECT sum(n) FROM counts WHERE scope IN (?, ?)", (scope.key(), "t" + scope.key())
    ).fetchone()
    return int(rows[0] or 0)


def _slot_rows(
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


def _newest_of_source(conn: sqlite3.Connection, slug: str) -> tuple[str, str | None, int] | None:
    """Name, homepage and publish time of the newest article of outlet *slug* (indexed)."""
    row = conn.execute(
        "SELECT source_name, source_url, pub_ts FROM articles WHERE source_slug = ? "
        "ORDER BY pub_ts DESC, id DESC LIMIT 1",
        (slug,),
    ).fetchone()
    return (row[0], row[1], row[2]) if row else None


class ArticleStore:
    """Articles as files under *root*; see the module docstring for the layout."""

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        tag_authority: str = "localhost",
        clock: Callable[[], datetime] = _utc_now,
        lock_timeout: float = 60.0,
        on_change: ChangeListener | None = None,
    ) -> None:
        self.root = Path(root)
        self.tag_authority = tag_authority
        self.clock = clock
        self.articles_dir = self.root / "articles"
        self.pending_dir = self.root / "pending"
        self.index_path = self.root / "index.sqlite3"
        self.generation_path = self.root / "generation"
        self._generation_file = os.fspath(self.generation_path)
        self._lock = FileLock(str(self.root / "store.lock"), timeout=lock_timeout)
        self.on_change = on_change

    # -- opening and recovery ------------------------------------------------------------

    def open(self) -> ArticleStore:
        """Create the layout if needed, finish interrupted writes, check the index."""
        try:
            for folder in (self.root, self.articles_dir, self.pending_dir):
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(str(self.root), exc.strerror or str(exc)) from exc
        if os.access(self.root, os.W_OK):
            with self.locked():
                self._remove_temp_files()
                if not self._index_ok():
                    self._rebuild_index_locked()
                self._recover_pending()
        return self

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the writers' lock file; an OS or SQLite failure inside becomes a StoreError."""
        try:
            with self._lock:
                yield
        except Timeout as exc:
            raise StoreError(str(self.root), "another writer holds the store lock") from exc
        except OSError as exc:
            raise StoreError(str(self.root), exc.strerror or str(exc)) from exc
        except sqlite3.Error as exc:
            raise StoreError(str(self.index_path), str(exc)) from exc

    def _remove_temp_files(self) -> None:
        for tmp in self.articles_dir.glob("*/.tmp-*"):
            tmp.unlink(missing_ok=True)
        for tmp in self.root.glob(".tmp-*"):
            tmp.unlink(missing_ok=True)

    def _index_ok(self) -> bool:
        if not self.index_path.exists():
            return False
        try:
            with closing(self._connect()) as conn:
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                conn.execute("SELECT count(*) FROM articles").fetchone()
                conn.execute("SELECT count(*) FROM tombstones").fetchone()
        except sqlite3.DatabaseError:
            return False
        return row is not None and row[0] == INDEX_SCHEMA

    def _recover_pending(self) -> None:
        """Bring the index in line with the files for writes a crash interrupted."""
        markers = [p for p in self.pending_dir.iterdir() if ID_PATTERN.match(p.name)]
        if not markers:
            return
        with closing(self._connect()) as conn, conn:
            stamp = next_stamp(conn, self.clock())
            for marker in markers:
                try:
                    entry = self._read_entry(marker.name)
                except (ArticleNotFound, InvalidArticle, UnreadableArticle):
                    old = current_slot(conn, marker.name)
                    conn.execute("DELETE FROM articles WHERE id = ?", (marker.name,))
                    record(conn, old, None, stamp)
                else:
                    self._index_entry(conn, entry, stamp=stamp)
        for marker in markers:
            marker.unlink(missing_ok=True)
        _fsync_dir(self.pending_dir)
        self._bump_generation()

    def rebuild_index(self) -> int:
        """Rebuild the index from the article files; return how many were indexed."""
        return self.reindex().indexed

    def reindex(self) -> Reindexed:
        """Rebuild the index from the article files; report what was indexed and what not."""
        with self.locked():
            return self._rebuild_index_locked()

    def _rebuild_index_locked(self) -> Reindexed:
        log.warning("rebuilding the index of %s from the article files", self.root)
        tmp = self.root / ".tmp-index.sqlite3"
        tmp.unlink(missing_ok=True)
        count = 0
        damaged: list[UnreadableArticle] = []
        with closing(sqlite3.connect(tmp)) as conn:
            conn.executescript(_SCHEMA + CHANGES_SCHEMA)
            conn.execute("INSERT INTO meta VALUES ('schema', ?)", (INDEX_SCHEMA,))
            for path in sorted(self.articles_dir.glob("*/*.json")):
                if not ID_PATTERN.match(path.stem):
                    continue
                try:
                    entry = self._read_entry(path.stem)
                except UnreadableArticle as exc:
                    log.error("skipping %s", exc.message)
                    damaged.append(exc)
                    continue
                except ArticleNotFound:
                    continue
                self._index_entry(conn, entry)
                count += isinstance(entry, Article)
            derive(conn)
            conn.commit()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        for stale in (self.root / "index.sqlite3-journal", self.root / "index.sqlite3-wal"):
            stale.unlink(missing_ok=True)
        os.replace(tmp, self.index_path)
        _fsync_dir(self.root)
        for marker in self.pending_dir.iterdir():
            marker.unlink(missing_ok=True)
        self._bump_generation()
        return Reindexed(count, tuple(damaged))

    # -- low-level file and index access -------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.index_path, timeout=30.0)
        conn.execute("PRAGMA synchronous = FULL")
        return conn

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A connection to a sound index, rebuilding it first if it is missing or corrupt.

        The check is a point lookup of the schema on the connection handed out, so its cost
        does not grow with the store.
        """
        conn = self._open_checked()
        if conn is None:
            with self.locked():
                if not self._index_ok():
                    self._rebuild_index_locked()
            try:
                conn = self._connect()
            except sqlite3.DatabaseError as exc:
                raise StoreError(str(self.index_path), str(exc)) from exc
        with closing(conn):
            yield conn

    def _open_checked(self) -> sqlite3.Connection | None:
        """A connection to the index if it exists with our schema, else None."""
        if not self.index_path.exists():
            return None
        conn = None
        try:
            conn = self._connect()
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row is not None and row[0] == INDEX_SCHEMA:
            return conn
        if conn is not None:
            conn.close()
        return None

    def _path(self, article_id_: str) -> Path:
        if not ID_PATTERN.match(article_id_):
            raise ArticleNotFound(article_id_)
        return self.articles_dir / article_id_[:2] / f"{article_id_}.json"

    def _read_file(self, article_id_: str) -> Article:
        entry = self._read_entry(article_id_)
        if isinstance(entry, Tombstone):
            raise ArticleGone(article_id_)
        return entry

    def _read_entry(self, article_id_: str) -> Article | Tombstone:
        """The article or the tombstone stored under *article_id_*."""
        path = self._path(article_id_)
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError as exc:
            raise ArticleNotFound(article_id_) from exc
        except (OSError, ValueError) as exc:
            raise UnreadableArticle(article_id_, str(path), str(exc)) from exc
        if not isinstance(data, dict):
            raise UnreadableArticle(article_id_, str(path), "not a JSON object")
        try:
            if "withdrawn" in data:
                return Tombstone.from_dict(data)
            return Article.from_dict(data)
        except InvalidArticle as exc:
            raise UnreadableArticle(article_id_, str(path), exc.message) from exc

    @classmethod
    def _index_entry(
        cls,
        conn: sqlite3.Connection,
        entry: Article | Tombstone,
        data: bytes | None = None,
        stamp: int | None = None,
    ) -> None:
        """Index *entry*; a write passes its *stamp* and records what it changed, a rebuild
        passes none (the entry's own updated/withdrawn time is its changed time)."""
        old = current_slot(conn, entry.id) if stamp is not None else None
        if isinstance(entry, Article):
            cls._upsert(conn, entry, data, stamp)
        else:
            cls._insert_tombstone(conn, entry, stamp)
        if stamp is not None:
            record(conn, old, _slot(entry), stamp)

    @staticmethod
    def _insert_tombstone(conn: sqlite3.Connection, entry: Tombstone, stamp: int | None) -> None:
        conn.execute("DELETE FROM articles WHERE id = ?", (entry.id,))
        conn.execute("DELETE FROM tombstones WHERE id = ?", (entry.id,))
        conn.execute(
            "INSERT INTO tombstones VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.id,
                entry.identity,
                entry.guid,
                rfc3339(entry.withdrawn),
                int(entry.published.timestamp()) if entry.published else None,
                entry.category_slug,
                entry.source_slug,
                int(entry.withdrawn.timestamp()) if stamp is None else stamp,
            ),
        )

    @staticmethod
    def _upsert(
        conn: sqlite3.Connection, article: Article, data: bytes | None, stamp: int | None
    ) -> None:
        digest = _digest(serialize(article) if data is None else data)
        changed = int(article.updated.timestamp()) if stamp is None else stamp
        # A plain DELETE and INSERT (not INSERT OR REPLACE) so the count triggers fire.
        conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
        conn.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*_row_values(article, digest), changed),
        )

    def _bump_generation(self) -> None:
        """Replace the generation token (under the writers' lock): every write gets a new one."""
        current = read_generation(self._generation_file)
        atomic_write(self.generation_path, next_generation(current))

    def generation(self) -> bytes:
        """A cheap token that changes whenever the store changes (one small file read)."""
        return read_generation(self._generation_file)

    # -- reading -------------------------------------------------------------------------

    def get(self, article_id_: str) -> Article:
        """Return the article *article_id_*; raise ArticleNotFound."""
        return self._read_file(article_id_)

    def latest(self, category: Category | None = None, limit: int = 50) -> list[Article]:
        """The newest *limit* articles, newest first, of *category* or of the whole store."""
        return self.select(Scope(category=category.slug if category else None), limit)

    def _load(self, ids: list[str]) -> list[Article]:
        articles = []
        for id_ in ids:
            try:
                articles.append(self._read_file(id_))
            except (ArticleNotFound, UnreadableArticle) as exc:
                log.error("article %s listed in the index cannot be read: %s", id_, exc)
        return articles

    def select(self, scope: Scope, limit: int, text: TextFilter | None = None) -> list[Article]:
        """The newest *limit* articles of *scope* that pass *text*, newest first."""
        scope_sql, scope_params = scope.where()
        text_sql, text_params = (text or TextFilter()).where()
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT id FROM articles WHERE {scope_sql} AND {text_sql} "
                "ORDER BY pub_ts DESC, id DESC LIMIT ?",
                (*scope_params, *text_params, sql_int(limit)),
            ).fetchall()
        return self._load([r[0] for r in rows])

    def scope_count(self, scope: Scope) -> int:
        """How many articles *scope* holds (one row of the counts table)."""
        with self._reading() as conn:
            return _scope_count(conn, scope)

    def archive_slots(self, scope: Scope) -> int:
        """Archive positions of *scope*: its articles plus the withdrawn ones it held."""
        with self._reading() as conn:
            return _archive_slots(conn, scope)

    def archive_page(self, scope: Scope, page: int, size: int) -> list[Article]:
        """Archive page *page* (1 = oldest) of *scope*: the articles at positions
        ``(page-1)*size`` to ``page*size-1`` counted from the oldest, returned newest first.

        Positions follow (publish time, id), and a withdrawn article keeps its position
        (the page just shows one article fewer), so a page changes only if an article older
        than its newest one arrives later (a back-dated import) or one of its own is withdrawn.
        """
        with self._reading() as conn:
            rows = _slot_rows(conn, scope, page, size)
        return self._load([r[0] for r in reversed(rows) if r[1] is not None])

    def summaries(
        self, category: Category | None = None, limit: int = 50, offset: int = 0
    ) -> list[ArticleSummary]:
        """Index rows of the newest articles, newest first, without opening article files."""
        sql = "SELECT id, title, cat_name, cat_slug, source_name, published, updated FROM articles"
        params: tuple[object, ...] = ()
        if category is not None:
            sql += " WHERE cat_slug = ?"
            params = (category.slug,)
        sql += " ORDER BY pub_ts DESC, id DESC LIMIT ? OFFSET ?"
        with self._reading() as conn:
            rows = conn.execute(sql, (*params, sql_int(limit), sql_int(offset))).fetchall()
        return [
            ArticleSummary(
                id=r[0],
                title=r[1],
                category=Category(r[2], r[3]),
                source_name=r[4],
                published=parse_stored(r[5]),
                updated=parse_stored(r[6]),
            )
            for r in rows
        ]

    def listing_state(
        self,
        scope: Scope | Category | None = None,
        limit: int = 50,
        text: TextFilter | None = None,
        page: int | None = None,
    ) -> str:
        """A key that changes exactly when a feed over *scope* would change.

        It hashes the scope's size (archive links depend on it) and the ids and content
        digests of the listed articles, read from the index without opening article files:
        the newest *limit* passing *text*, or archive page *page* of *limit* articles.
        A write that leaves the listing alone keeps its key.
        """
        if isinstance(scope, Category):
            scope = Scope(category=scope.slug)
        scope_sql, scope_params = (scope or Scope()).where()
        text_sql, text_params = (text or TextFilter()).where()
        with self._reading() as conn:
            total = _archive_slots(conn, scope or Scope())
            if page is not None:
                rows = _slot_rows(conn, scope or Scope(), page, limit)
            else:
                rows = conn.execute(
                    f"SELECT id, digest FROM articles WHERE {scope_sql} AND {text_sql} "
                    "ORDER BY pub_ts DESC, id DESC LIMIT ?",
                    (*scope_params, *text_params, sql_int(limit)),
                ).fetchall()
        listed = ";".join(f"{r[0]}:{r[1]}" for r in rows)
        return _digest(f"{total}|{listed}".encode())

    def changed_at(self, scope: Scope) -> datetime | None:
        """When the last write touching *scope* happened, or None if none ever did: the
        Last-Modified of its feeds and pages (see feedsvc.changes)."""
        with self._reading() as conn:
            return _stamp_time(scope_changed(conn, scope.key()))

    def archive_changed_at(self, scope: Scope, page: int, size: int) -> datetime | None:
        """The last change that can have altered archive page *page* of *scope*."""
        with self._reading() as conn:
            return _stamp_time(archive_changed(conn, scope.key(), page, size))

    def article_changed_at(self, article_id_: str) -> datetime | None:
        """When article *article_id_* was last written (its page's Last-Modified), or None."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT changed_ts FROM articles WHERE id = ?", (article_id_,)
            ).fetchone()
        return _stamp_time(None if row is None else int(row[0]))

    def categories(self) -> list[CategoryCount]:
        """Every category with its article count and newest publish time, by name."""
        with self._reading() as conn:
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

    def category(self, key: str) -> Category:
        """Resolve a category by slug or by display name; raise CategoryNotFound."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT cat_name, cat_slug FROM articles WHERE cat_slug = ? OR cat_name = ? "
                "LIMIT 1",
                (key, key),
            ).fetchone()
        if row is None:
            raise CategoryNotFound(key)
        return Category(row[0], row[1])

    def sources(self) -> list[SourceCount]:
        """Every outlet (by slug) with its article count and newest publish time, by name."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT substr(c.scope, 3), c.n FROM counts c WHERE c.scope LIKE 's:%' AND c.n > 0"
            ).fetchall()
            found = [(slug, n, _newest_of_source(conn, slug)) for slug, n in rows]
        return sorted(
            (
                SourceCount(
                    Source(row[0], row[1], slug), slug, n, datetime.fromtimestamp(row[2], UTC)
                )
                for slug, n, row in found
                if row is not None
            ),
            key=lambda s: s.source.name,
        )

    def source(self, slug: str) -> Source:
        """The outlet whose slug is *slug*; raise SourceNotFound."""
        with self._reading() as conn:
            row = _newest_of_source(conn, slug)
        if row is None:
            raise SourceNotFound(slug)
        return Source(row[0], row[1], slug)

    def count(self, category: Category | None = None) -> int:
        """How many articles the store holds, in *category* or in all."""
        return self.scope_count(Scope(category=category.slug if category else None))

    def tombstones(self) -> list[Tombstone]:
        """Every withdrawn article, as the index records it."""
        with self._reading() as conn:
            rows = conn.execute("SELECT id FROM tombstones ORDER BY id").fetchall()
        entries = [self._read_entry(r[0]) for r in rows]
        return [e for e in entries if isinstance(e, Tombstone)]

    # -- writing -------------------------------------------------------------------------

    def save(self, draft: ArticleDraft) -> SaveResult:
        """Create or update the article *draft* describes; same identity → same id and guid."""
        with self.locked():
            self._recover_pending()
            with self._reading() as conn:
                result, previous = self._save_locked(conn, draft)
        self._notify(result, previous)
        return result

    def _notify(self, result: SaveResult, previous: Article | None) -> None:
        """Tell the change listener about a write that changed something."""
        if result.status != "unchanged" and self.on_change is not None:
            try:
                self.on_change(result.article, previous)
            except Exception:  # a listener must never fail a write that has succeeded
                log.exception("change listener failed for article %s", result.article.id)

    def create(self, draft: ArticleDraft) -> Article:
        """Store a new article; raise Conflict if its identity is already stored or withdrawn.

        An article whose stored file is damaged counts as absent: creating it again
        replaces the file.
        """
        with self.locked():
            self._recover_pending()
            with self._reading() as conn:
                identity = draft.identity()
                self._refuse_withdrawn(conn, identity)
                row = conn.execute(
                    "SELECT id FROM articles WHERE identity = ?", (identity,)
                ).fetchone()
                if row is not None and not self._damaged(row[0]):
                    raise Conflict(f"The article is already stored as {row[0]!r}.", row[0])
                result, previous = self._save_locked(conn, draft)
        self._notify(result, previous)
        return result.article

    def correct(self, article_id_: str, revise: Callable[[Article], ArticleDraft]) -> SaveResult:
        """Replace the editable fields of article *article_id_* by ``revise(current)``.

        The id, guid, identity and published time stay; the updated time becomes the clock's
        now (unless nothing changed). Runs under the writers' lock, so a concurrent
        correction cannot be lost between reading and writing.
        """
        with self.locked():
            self._recover_pending()
            with self._reading() as conn:
                existing = self._read_file(article_id_)
                draft = revise(existing)
                if draft.original_url:
                    row = conn.execute(
                        "SELECT id FROM articles WHERE identity = ? AND id != ?",
                        (draft.identity(), article_id_),
                    ).fetchone()
                    if row is not None:
                        raise Conflict(
                            f"original_url belongs to another article, {row[0]!r}.", row[0]
                        )
                draft = replace(draft, updated=None)
                candidate = self._merge(conn, article_id_, existing.identity, draft, existing)
                if existing.content_key() == candidate.content_key():
                    return SaveResult("unchanged", existing)
                self._write(conn, candidate)
        result = SaveResult("updated", candidate)
        self._notify(result, existing)
        return result

    def delete(self, article_id_: str, check: Callable[[Article], None] | None = None) -> Tombstone:
        """Withdraw an article: its file becomes a tombstone and it leaves every listing.

        Raise ArticleNotFound if there is no such article, ArticleGone if it is already
        withdrawn. *check* may refuse by raising, under the lock, after seeing the article.
        """
        with self.locked():
            self._recover_pending()
            with self._reading() as conn:
                existing = self._read_file(article_id_)
                if check is not None:
                    check(existing)
                tombstone = Tombstone.of(existing, self.clock())
                self._write(conn, tombstone)
        self._notify(SaveResult("updated", existing), None)
        return tombstone

    def replace_damaged(self, article_id_: str, draft: ArticleDraft) -> Article:
        """Write *draft* over article *article_id_*, whose stored file cannot be read.

        The id keeps the identity the index records for it; without one, *draft* must have
        the identity that gives this id. Raise Conflict if the file is readable (correct
        the article instead) or *draft* belongs to another article.
        """
        with self.locked():
            self._recover_pending()
            with self._reading() as conn:
                if not self._damaged(article_id_):
                    raise Conflict(f"Article {article_id_!r} is not damaged.", article_id_)
                row = conn.execute(
                    "SELECT identity FROM articles WHERE id = ?", (article_id_,)
                ).fetchone()
                identity = row[0] if row else draft.identity()
                other = conn.execute(
                    "SELECT id FROM articles WHERE identity = ? AND id != ?",
                    (draft.identity(), article_id_),
                ).fetchone()
                if other is not None or (row is None and article_id(identity) != article_id_):
                    raise Conflict(f"The article sent is not {article_id_!r}.", article_id_)
                self._refuse_withdrawn(conn, identity)
                article = self._merge(conn, article_id_, identity, draft, None)
                self._write(conn, article)
        self._notify(SaveResult("updated", article), None)
        return article

    def _damaged(self, article_id_: str) -> bool:
        """Whether the file of *article_id_* exists but cannot be read."""
        try:
            self._read_entry(article_id_)
        except UnreadableArticle:
            return True
        except ArticleNotFound:
            return False
        return False

    def _refuse_withdrawn(self, conn: sqlite3.Connection, identity: str) -> None:
        row = conn.execute("SELECT id FROM tombstones WHERE identity = ?", (identity,)).fetchone()
        if row is not None:
            raise Conflict(f"The article {row[0]!r} was withdrawn and is not stored again.", row[0])

    def _save_locked(
        self, conn: sqlite3.Connection, draft: ArticleDraft
    ) -> tuple[SaveResult, Article | None]:
        result, previous = self._plan(conn, draft, {})
        if result.status != "unchanged":
            self._write(conn, result.article)
        return result, previous

    def _plan(
        self, conn: sqlite3.Connection, draft: ArticleDraft, planned: dict[str, Article]
    ) -> tuple[SaveResult, Article | None]:
        """What saving *draft* would do, and the article it replaces; *planned* holds
        articles of the batch not yet written."""
        identity = draft.identity()
        self._refuse_withdrawn(conn, identity)
        row = conn.execute("SELECT id FROM articles WHERE identity = ?", (identity,)).fetchone()
        new_id = row[0] if row else article_id(identity)
        existing: Article | None = planned.get(new_id)
        if existing is None:
            try:
                existing = self._read_file(new_id)
            except ArticleGone as exc:
                raise Conflict(
                    f"The id {new_id!r} belongs to a withdrawn article.", new_id
                ) from exc
            except ArticleNotFound:
                existing = None
            except UnreadableArticle as exc:
                log.warning("replacing the damaged %s", exc.message)
                existing = None
        candidate = self._merge(conn, new_id, identity, draft, existing)
        if existing is not None and existing.content_key() == candidate.content_key():
            return SaveResult("unchanged", existing), existing
        return SaveResult("updated" if existing else "imported", candidate), existing

    def save_many(self, drafts: Iterable[ArticleDraft]) -> list[SaveResult]:
        """Save a batch of drafts under one lock, one index transaction and one generation bump.

        Each article file is still written atomically and durably (temp file, fsync, rename);
        the intent markers of the whole batch are made durable before the first file is
        replaced, so a crash at any point leaves a store that recovery brings back in line,
        and a batch that fails (disk full...) is undone: the files it replaced are put back.
        Results come in the order of *drafts*; a later draft of the same article wins.
        """
        with self.locked():
            self._recover_pending()
            with self._reading() as conn:
                planned = self._save_many_locked(conn, list(drafts))
        for result, previous in planned:
            self._notify(result, previous)
        return [result for result, _ in planned]

    def _save_many_locked(
        self, conn: sqlite3.Connection, drafts: list[ArticleDraft]
    ) -> list[tuple[SaveResult, Article | None]]:
        planned: dict[str, Article] = {}
        serialized: dict[str, bytes] = {}
        results: list[tuple[SaveResult, Article | None]] = []
        try:
            stamp = next_stamp(conn, self.clock())
            for draft in drafts:
                result, replaced = self._plan(conn, draft, planned)
                results.append((result, replaced))
                if result.status != "unchanged":
                    article = result.article
                    planned[article.id] = article
                    serialized[article.id] = serialize(article)
                    # Visible to the rest of the batch (identity, category slugs); committed
                    # only after every file is on disk.
                    self._index_entry(conn, article, serialized[article.id], stamp)
            if not planned:
                conn.rollback()
                return results
            for article_id_ in planned:
                (self.pending_dir / article_id_).touch()
            _fsync_dir(self.pending_dir)
        except OSError as exc:
            conn.rollback()
            self._clear_markers(planned)
            raise StoreError(str(self.root), exc.strerror or str(exc)) from exc
        except BaseException:
            conn.rollback()
            self._clear_markers(planned)
            raise
        previous: dict[Path, bytes | None] = {}
        try:
            for article in planned.values():
                path = self._path(article.id)
                path.parent.mkdir(exist_ok=True)
                try:
                    previous[path] = path.read_bytes()
                except FileNotFoundError:
                    previous[path] = None
                atomic_write(path, serialized[article.id], sync_dir=False)
            for folder in {path.parent for path in previous}:
                _fsync_dir(folder)
            conn.commit()
        except BaseException as exc:
            conn.rollback()
            self._undo_files(previous, planned)
            if isinstance(exc, OSError):
                raise StoreError(str(self.root), exc.strerror or str(exc)) from exc
            raise
        self._clear_markers(planned)
        self._bump_generation()
        return results

    def _undo_files(self, previous: dict[Path, bytes | None], ids: Iterable[str]) -> None:
        """Put back the files a failed batch replaced; the markers stay if that fails too,
        and recovery then indexes whatever the files hold."""
        try:
            for path, data in previous.items():
                if data is None:
                    path.unlink(missing_ok=True)
                else:
                    atomic_write(path, data, sync_dir=False)
            for folder in {path.parent for path in previous}:
                _fsync_dir(folder)
        except OSError:
            log.exception("could not undo a failed batch; recovery will index the files")
            return
        self._clear_markers(ids)

    def _clear_markers(self, ids: Iterable[str]) -> None:
        for article_id_ in ids:
            (self.pending_dir / article_id_).unlink(missing_ok=True)
        _fsync_dir(self.pending_dir)

    def _merge(
        self,
        conn: sqlite3.Connection,
        new_id: str,
        identity: str,
        draft: ArticleDraft,
        existing: Article | None,
    ) -> Article:
        """The article *draft* makes of *existing* (or of nothing), with the slugs its
        category and outlet hold in the index, or free ones."""
        category = Category(
            draft.category, free_slug(conn, "category", draft.category, RESERVED_SLUGS)
        )
        source = draft.source
        if source is not None:
            source = replace(source, slug=free_slug(conn, "source", source.name))
        published = existing.published if existing else draft.published
        if existing is None:
            updated = max(draft.updated or published, published)
            guid = f"tag:{self.tag_authority},{published:%Y-%m-%d}:article/{new_id}"
        else:
            updated = max(draft.updated or self.clock(), existing.updated)
            guid = existing.guid
        return Article(
            id=new_id,
            guid=guid,
            identity=identity,
            category=category,
            published=published,
            updated=updated,
            date_only=existing.date_only if existing else draft.date_only,
            **{**draft.content(), "source": source},
        )

    @staticmethod
    def _roll_back(path: Path, previous: bytes | None) -> None:
        """Put back the file a failed write replaced, so the failed write leaves no trace.

        Best effort: if this fails too, the pending marker makes the next writer bring the
        index in line with whatever file is there.
        """
        try:
            if previous is None:
                path.unlink(missing_ok=True)
            else:
                atomic_write(path, previous)
        except OSError as exc:
            log.error("could not roll back %s: %s", path, exc)

    def _write(self, conn: sqlite3.Connection, entry: Article | Tombstone) -> None:
        """Marker, file, index, unmarker: a crash anywhere leaves a recoverable store."""
        path = self._path(entry.id)
        marker = self.pending_dir / entry.id
        data = serialize(entry)
        try:
            marker.touch()
            _fsync_dir(self.pending_dir)
            path.parent.mkdir(exist_ok=True)
            previous = path.read_bytes() if path.exists() else None
            atomic_write(path, data)
            try:
                with conn:
                    self._index_entry(conn, entry, data, next_stamp(conn, self.clock()))
            except sqlite3.Error:
                self._roll_back(path, previous)
                raise
            marker.unlink()
            self._bump_generation()
        except OSError as exc:
            raise StoreError(str(path), exc.strerror or str(exc)) from exc
        except sqlite3.Error as exc:
            raise StoreError(str(self.index_path), str(exc)) from exc
