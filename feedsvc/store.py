"""The file store: one JSON file per article, written atomically, plus a SQLite index.

Layout under the root::

    articles/<id[:2]>/<id>.json   the articles (the source of truth)
    index.sqlite3                 the index, rebuilt from the files when missing or corrupt
    pending/<id>                  intent markers of writes in flight (crash recovery)
    generation                    bumped after every change (cheap cache validator)
    store.lock                    serializes writers
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import closing
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Literal

from filelock import FileLock
from filelock import Timeout

from .errors import ArticleNotFound
from .errors import CategoryNotFound
from .errors import InvalidArticle
from .errors import StoreError
from .models import ID_PATTERN
from .models import Article
from .models import ArticleDraft
from .models import ArticleSummary
from .models import Category
from .models import CategoryCount
from .models import article_id
from .models import slugify
from .timeutil import parse_stored
from .timeutil import rfc3339

log = logging.getLogger(__name__)

INDEX_SCHEMA = "2"
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
    published TEXT NOT NULL,
    pub_ts INTEGER NOT NULL,
    updated TEXT NOT NULL,
    upd_ts INTEGER NOT NULL,
    digest TEXT NOT NULL
);
CREATE INDEX articles_by_cat ON articles (cat_slug, pub_ts DESC, id DESC);
CREATE INDEX articles_by_time ON articles (pub_ts DESC, id DESC);
CREATE INDEX articles_by_cat_name ON articles (cat_name);
"""


@dataclass(frozen=True)
class SaveResult:
    status: SaveStatus
    article: Article


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


def serialize(article: Article) -> bytes:
    """The bytes of an article file: sorted, indented UTF-8 JSON (deterministic)."""
    data = json.dumps(article.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)
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
        rfc3339(article.published),
        int(article.published.timestamp()),
        rfc3339(article.updated),
        int(article.updated.timestamp()),
        digest,
    )


class ArticleStore:
    """Articles as files under *root*; see the module docstring for the layout."""

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        tag_authority: str = "localhost",
        clock: Callable[[], datetime] = _utc_now,
        lock_timeout: float = 60.0,
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
        """Hold the writers' lock file."""
        try:
            with self._lock:
                yield
        except Timeout as exc:
            raise StoreError(str(self.root), "another writer holds the store lock") from exc

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
        except sqlite3.DatabaseError:
            return False
        return row is not None and row[0] == INDEX_SCHEMA

    def _recover_pending(self) -> None:
        """Bring the index in line with the files for writes a crash interrupted."""
        markers = [p for p in self.pending_dir.iterdir() if ID_PATTERN.match(p.name)]
        if not markers:
            return
        with closing(self._connect()) as conn, conn:
            for marker in markers:
                try:
                    article = self._read_file(marker.name)
                except (ArticleNotFound, InvalidArticle):
                    conn.execute("DELETE FROM articles WHERE id = ?", (marker.name,))
                else:
                    self._upsert(conn, article)
        for marker in markers:
            marker.unlink(missing_ok=True)
        _fsync_dir(self.pending_dir)
        self._bump_generation()

    def rebuild_index(self) -> int:
        """Rebuild the index from the article files; return how many were indexed."""
        with self.locked():
            return self._rebuild_index_locked()

    def _rebuild_index_locked(self) -> int:
        log.warning("rebuilding the index of %s from the article files", self.root)
        tmp = self.root / ".tmp-index.sqlite3"
        tmp.unlink(missing_ok=True)
        count = 0
        with closing(sqlite3.connect(tmp)) as conn:
            conn.executescript(_SCHEMA)
            conn.execute("INSERT INTO meta VALUES ('schema', ?)", (INDEX_SCHEMA,))
            for path in sorted(self.articles_dir.glob("*/*.json")):
                if not ID_PATTERN.match(path.stem):
                    continue
                try:
                    article = self._read_file(path.stem)
                except (ArticleNotFound, InvalidArticle) as exc:
                    log.error("skipping unreadable article file %s: %s", path, exc)
                    continue
                self._upsert(conn, article)
                count += 1
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
        return count

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
        path = self._path(article_id_)
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError as exc:
            raise ArticleNotFound(article_id_) from exc
        except (OSError, ValueError) as exc:
            raise InvalidArticle(str(path), f"unreadable: {exc}") from exc
        if not isinstance(data, dict):
            raise InvalidArticle(str(path), "not a JSON object")
        return Article.from_dict(data)

    @staticmethod
    def _upsert(conn: sqlite3.Connection, article: Article, data: bytes | None = None) -> None:
        digest = _digest(serialize(article) if data is None else data)
        conn.execute(
            "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _row_values(article, digest),
        )

    def _bump_generation(self) -> None:
        try:
            current = int(self.generation_path.read_text() or 0)
        except (OSError, ValueError):
            current = 0
        # A fresh inode with a nanosecond mtime: the (inode, mtime) token never repeats,
        # even when several writes land within one tick of the file system's clock.
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(str(current + 1).encode())
                handle.flush()
                os.fsync(handle.fileno())
            os.utime(tmp, ns=(time.time_ns(), time.time_ns()))
            os.replace(tmp, self.generation_path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        _fsync_dir(self.root)

    def generation(self) -> tuple[int, int]:
        """A cheap token that changes whenever the store changes (one stat call)."""
        try:
            st = os.stat(self._generation_file)
        except FileNotFoundError:
            return (0, 0)
        return (st.st_ino, st.st_mtime_ns)

    # -- reading -------------------------------------------------------------------------

    def get(self, article_id_: str) -> Article:
        """Return the article *article_id_*; raise ArticleNotFound."""
        return self._read_file(article_id_)

    def latest(self, category: Category | None = None, limit: int = 50) -> list[Article]:
        """The newest *limit* articles, newest first, of *category* or of the whole store."""
        articles = []
        for summary in self.summaries(category, limit):
            try:
                articles.append(self._read_file(summary.id))
            except (ArticleNotFound, InvalidArticle) as exc:
                log.error("article %s listed in the index cannot be read: %s", summary.id, exc)
        return articles

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
            rows = conn.execute(sql, (*params, limit, offset)).fetchall()
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
        self, category: Category | None = None, limit: int = 50, offset: int = 0
    ) -> str:
        """A key that changes exactly when the listing :meth:`latest` returns changes.

        It hashes the ids and content digests of the listed articles, read from the index
        (no article file is opened), so a write that leaves a listing alone keeps its key.
        """
        sql = "SELECT id, digest FROM articles"
        params: tuple[object, ...] = ()
        if category is not None:
            sql += " WHERE cat_slug = ?"
            params = (category.slug,)
        sql += " ORDER BY pub_ts DESC, id DESC LIMIT ? OFFSET ?"
        with self._reading() as conn:
            rows = conn.execute(sql, (*params, limit, offset)).fetchall()
        return _digest(";".join(f"{r[0]}:{r[1]}" for r in rows).encode())

    def categories(self) -> list[CategoryCount]:
        """Every category with its article count and newest publish time, by name."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT cat_name, cat_slug, count(*), max(pub_ts) FROM articles "
                "GROUP BY cat_slug ORDER BY cat_name"
            ).fetchall()
        return [
            CategoryCount(Category(r[0], r[1]), r[2], datetime.fromtimestamp(r[3], UTC))
            for r in rows
        ]

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

    def count(self) -> int:
        with self._reading() as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    # -- writing -------------------------------------------------------------------------

    def save(self, draft: ArticleDraft) -> SaveResult:
        """Create or update the article *draft* describes; same identity → same id and guid."""
        with self.locked():
            self._recover_pending()
            with self._reading() as conn:
                result = self._save_locked(conn, draft)
        return result

    def _save_locked(self, conn: sqlite3.Connection, draft: ArticleDraft) -> SaveResult:
        result = self._plan(conn, draft, {})
        if result.status != "unchanged":
            self._write(conn, result.article)
        return result

    def _plan(
        self, conn: sqlite3.Connection, draft: ArticleDraft, planned: dict[str, Article]
    ) -> SaveResult:
        """What saving *draft* would do; *planned* holds articles of the batch not yet written."""
        identity = draft.identity()
        row = conn.execute("SELECT id FROM articles WHERE identity = ?", (identity,)).fetchone()
        new_id = row[0] if row else article_id(identity)
        existing: Article | None = planned.get(new_id)
        if existing is None:
            try:
                existing = self._read_file(new_id)
            except ArticleNotFound:
                existing = None
        category = self._resolve_category(conn, draft.category)
        candidate = self._merge(new_id, identity, category, draft, existing)
        if existing is not None and existing.content_key() == candidate.content_key():
            return SaveResult("unchanged", existing)
        return SaveResult("updated" if existing else "imported", candidate)

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
                return self._save_many_locked(conn, list(drafts))

    def _save_many_locked(
        self, conn: sqlite3.Connection, drafts: list[ArticleDraft]
    ) -> list[SaveResult]:
        planned: dict[str, Article] = {}
        serialized: dict[str, bytes] = {}
        results: list[SaveResult] = []
        try:
            for draft in drafts:
                result = self._plan(conn, draft, planned)
                results.append(result)
                if result.status != "unchanged":
                    article = result.article
                    planned[article.id] = article
                    serialized[article.id] = serialize(article)
                    # Visible to the rest of the batch (identity, category slugs); committed
                    # only after every file is on disk.
                    self._upsert(conn, article, serialized[article.id])
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
        new_id: str,
        identity: str,
        category: Category,
        draft: ArticleDraft,
        existing: Article | None,
    ) -> Article:
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
            title=draft.title,
            category=category,
            published=published,
            updated=updated,
            body_html=draft.body_html,
            source=draft.source,
            authors=draft.authors,
            editor=draft.editor,
            summary=draft.summary,
            images=draft.images,
            original_url=draft.original_url,
            site_name=draft.site_name,
            rights=draft.rights,
            subtitle=draft.subtitle,
            original_title=draft.original_title,
        )

    def _resolve_category(self, conn: sqlite3.Connection, name: str) -> Category:
        """The category called *name*, keeping the slug it already has, else a new free one."""
        row = conn.execute(
            "SELECT cat_slug FROM articles WHERE cat_name = ? LIMIT 1", (name,)
        ).fetchone()
        if row:
            return Category(name, row[0])
        base = slugify(name)
        slug = f"{base}-c" if base in RESERVED_SLUGS else base
        n = 1
        while conn.execute(
            "SELECT 1 FROM articles WHERE cat_slug = ? AND cat_name != ? LIMIT 1", (slug, name)
        ).fetchone():
            n += 1
            slug = f"{base}-{n}"
        return Category(name, slug)

    def _write(self, conn: sqlite3.Connection, article: Article) -> None:
        """Marker, file, index, unmarker: a crash anywhere leaves a recoverable store."""
        path = self._path(article.id)
        marker = self.pending_dir / article.id
        data = serialize(article)
        try:
            marker.touch()
            _fsync_dir(self.pending_dir)
            path.parent.mkdir(exist_ok=True)
            atomic_write(path, data)
            with conn:
                self._upsert(conn, article, data)
            marker.unlink()
            self._bump_generation()
        except OSError as exc:
            raise StoreError(str(path), exc.strerror or str(exc)) from exc
