"""``ArticleStore``: the one object the other layers use to read and write articles.

It holds the writers' lock and hands out index connections; the work is done by the modules
beside it: ``files`` (layout, atomic writes, reading entries), ``schema`` (the index's
tables), ``index`` (queries), ``drafts`` and ``writes`` (the one write protocol),
``recovery`` (interrupted writes, rebuilds), ``changes`` (Last-Modified bookkeeping).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import closing
from contextlib import contextmanager
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Literal
from typing import TypeVar
from typing import cast

from filelock import FileLock
from filelock import Timeout

from ..errors import ArticleNotFound
from ..errors import StoreError
from ..errors import UnreadableArticle
from ..models import Article
from ..models import ArticleDraft
from ..models import ArticleSummary
from ..models import Category
from ..models import CategoryCount
from ..models import Source
from ..models import SourceCount
from ..tombstone import Tombstone
from . import index
from . import schema
from .changes import archive_changed
from .changes import scope_changed
from .drafts import Planner
from .drafts import SaveResult
from .files import StoreFiles
from .generation import GenerationFile
from .index import Scope
from .index import TextFilter
from .recovery import Reindexed
from .recovery import rebuild_index
from .recovery import recover_pending
from .writes import Batch
from .writes import batch

log = logging.getLogger(__name__)
_T = TypeVar("_T")

#: Called after every change with the new article and the one it replaced (or None).
ChangeListener = Callable[[Article, "Article | None"], None]


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class _Layout:
    """A path of the store's layout: the one its ``StoreFiles`` reads and writes."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, store: ArticleStore, owner: type | None = None) -> Path:
        return cast(Path, getattr(store.files, self.name))

    def __set__(self, store: ArticleStore, value: Path) -> None:
        setattr(store.files, self.name, value)


class ArticleStore:
    """Articles as files under *root*; see ``feedsvc.store.files`` for the layout."""

    root = _Layout()
    articles_dir = _Layout()
    pending_dir = _Layout()
    index_path = _Layout()
    generation_path = _Layout()

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        tag_authority: str = "localhost",
        clock: Callable[[], datetime] = _utc_now,
        lock_timeout: float = 60.0,
        on_change: ChangeListener | None = None,
    ) -> None:
        self.files = StoreFiles(Path(root))
        self.tag_authority = tag_authority
        self.clock = clock
        self.generation_file = GenerationFile(self.generation_path)
        self._lock = FileLock(str(self.root / "store.lock"), timeout=lock_timeout)
        self.on_change = on_change

    # -- opening, locking, connections --------------------------------------------------

    def open(self) -> ArticleStore:
        """Create the layout if needed, finish interrupted writes, check the index."""
        try:
            for folder in (self.root, self.articles_dir, self.pending_dir):
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(str(self.root), exc.strerror or str(exc)) from exc
        if os.access(self.root, os.W_OK):
            with self.locked():
                self.files.remove_temp_files()
                if not schema.index_ok(self.index_path):
                    rebuild_index(self.files, self.generation_file)
                recover_pending(self.files, self.generation_file, self.clock)
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

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A connection to a sound index, rebuilding it first if it is missing or corrupt.

        The check is a point lookup of the schema on the connection handed out, so its cost
        does not grow with the store.
        """
        conn = schema.open_checked(self.index_path)
        if conn is None:
            with self.locked():
                if not schema.index_ok(self.index_path):
                    rebuild_index(self.files, self.generation_file)
            try:
                conn = schema.connect(self.index_path)
            except sqlite3.DatabaseError as exc:
                raise StoreError(str(self.index_path), str(exc)) from exc
        with closing(conn):
            yield conn

    def _query(self, query: Callable[[sqlite3.Connection], _T]) -> _T:
        """The result of *query* run on a connection to a sound index."""
        with self._reading() as conn:
            return query(conn)

    @contextmanager
    def _writing(self) -> Iterator[Batch]:
        """The one way to write: lock, finish interrupted writes, run a batch (writes.py)."""
        with self.locked():
            recover_pending(self.files, self.generation_file, self.clock)
            with (
                self._reading() as conn,
                batch(self.files, conn, self.clock(), self.generation_file) as writes,
            ):
                yield writes

    def rebuild_index(self) -> int:
        """Rebuild the index from the article files; return how many were indexed."""
        return self.reindex().indexed

    def reindex(self) -> Reindexed:
        """Rebuild the index from the article files; report what was indexed and what not."""
        with self.locked():
            return rebuild_index(self.files, self.generation_file)

    def generation(self) -> bytes:
        """A cheap token that changes whenever the store changes (one small file read)."""
        return self.generation_file.read()

    # -- reading -------------------------------------------------------------------------

    def get(self, article_id_: str) -> Article:
        """Return the article *article_id_*; raise ArticleNotFound."""
        return self.files.read_article(article_id_)

    def _load(self, ids: Iterable[str]) -> list[Article]:
        articles = []
        for id_ in ids:
            try:
                articles.append(self.files.read_article(id_))
            except (ArticleNotFound, UnreadableArticle) as exc:
                log.error("article %s listed in the index cannot be read: %s", id_, exc)
        return articles

    def select(self, scope: Scope, limit: int, text: TextFilter | None = None) -> list[Article]:
        """The newest *limit* articles of *scope* that pass *text*, newest first."""
        rows = self._query(lambda conn: index.newest(conn, scope, limit, text))
        return self._load(id_ for id_, _ in rows)

    def scope_count(self, scope: Scope) -> int:
        """How many articles *scope* holds (one row of the counts table)."""
        return self._query(lambda conn: index.scope_count(conn, scope))

    def archive_slots(self, scope: Scope) -> int:
        """Archive positions of *scope*: its articles plus the withdrawn ones it held."""
        return self._query(lambda conn: index.archive_slots(conn, scope))

    def archive_page(self, scope: Scope, page: int, size: int) -> list[Article]:
        """Archive page *page* (1 = oldest) of *scope*: the articles at positions
        ``(page-1)*size`` to ``page*size-1`` counted from the oldest, returned newest first.

        Positions follow (publish time, id), and a withdrawn article keeps its position
        (the page just shows one article fewer), so a page changes only if an article older
        than its newest one arrives later (a back-dated import) or one of its own is withdrawn.
        """
        rows = self._query(lambda conn: index.slot_rows(conn, scope, page, size))
        return self._load(id_ for id_, digest in reversed(rows) if digest is not None)

    def summaries(
        self, category: Category | None = None, limit: int = 50, offset: int = 0
    ) -> list[ArticleSummary]:
        """Index rows of the newest articles, newest first, without opening article files."""
        return self._query(lambda conn: index.summaries(conn, category, limit, offset))

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
        listed = scope or Scope()
        return self._query(lambda conn: index.listing_key(conn, listed, limit, text, page))

    def changed_at(self, scope: Scope) -> datetime | None:
        """When the last write touching *scope* happened, or None if none ever did: the
        Last-Modified of its feeds and pages (see feedsvc.store.changes)."""
        return index.stamp_time(self._query(lambda conn: scope_changed(conn, scope.key())))

    def archive_changed_at(self, scope: Scope, page: int, size: int) -> datetime | None:
        """The last change that can have altered archive page *page* of *scope*."""
        stamp = self._query(lambda conn: archive_changed(conn, scope.key(), page, size))
        return index.stamp_time(stamp)

    def article_changed_at(self, article_id_: str) -> datetime | None:
        """When article *article_id_* was last written (its page's Last-Modified), or None."""
        return index.stamp_time(self._query(lambda conn: index.article_changed(conn, article_id_)))

    def categories(self) -> list[CategoryCount]:
        """Every category with its article count and newest publish time, by name."""
        return self._query(index.categories)

    def withdrawn_name(self, kind: Literal["category", "source"], slug: str) -> str | None:
        """The name of category or outlet *slug* as its newest withdrawn article had it."""
        return self._query(lambda conn: index.tombstone_name(conn, kind, slug))

    def category(self, key: str) -> Category:
        """Resolve a category by slug or by display name; raise CategoryNotFound."""
        return self._query(lambda conn: index.category(conn, key))

    def sources(self) -> list[SourceCount]:
        """Every outlet (by slug) with its article count and newest publish time, by name."""
        return self._query(index.sources)

    def source(self, slug: str) -> Source:
        """The outlet whose slug is *slug*; raise SourceNotFound."""
        return self._query(lambda conn: index.source(conn, slug))

    def count(self, category: Category | None = None) -> int:
        """How many articles the store holds, in *category* or in all."""
        return self.scope_count(Scope(category=category.slug if category else None))

    def tombstones(self) -> list[Tombstone]:
        """Every withdrawn article, as the index records it."""
        ids = self._query(index.tombstone_ids)
        entries = [self.files.read_entry(id_) for id_ in ids]
        return [e for e in entries if isinstance(e, Tombstone)]

    # -- writing: every operation is one batch (see writes.py) ---------------------------

    @property
    def _planner(self) -> Planner:
        return Planner(self.tag_authority, self.clock)

    def _notify(self, result: SaveResult, previous: Article | None) -> None:
        """Tell the change listener about a write that changed something."""
        if result.status != "unchanged" and self.on_change is not None:
            try:
                self.on_change(result.article, previous)
            except Exception:  # a listener must never fail a write that has succeeded
                log.exception("change listener failed for article %s", result.article.id)

    def save(self, draft: ArticleDraft) -> SaveResult:
        """Create or update the article *draft* describes; same identity → same id and guid."""
        return self.save_many([draft])[0]

    def save_many(self, drafts: Iterable[ArticleDraft]) -> list[SaveResult]:
        """Save a batch of drafts under one lock, one index transaction and one generation bump.

        Each article file is still written atomically and durably (temp file, fsync, rename);
        the intent markers of the whole batch are made durable before the first file is
        replaced, so a crash at any point leaves a store that recovery brings back in line,
        and a batch that fails (disk full...) is undone: the files it replaced are put back.
        Results come in the order of *drafts*; a later draft of the same article wins.
        """
        with self._writing() as writes:
            planned = [self._planner.save(writes, draft) for draft in drafts]
        for result, previous in planned:
            self._notify(result, previous)
        return [result for result, _ in planned]

    def create(self, draft: ArticleDraft) -> Article:
        """Store a new article; raise Conflict if its identity is already stored or withdrawn.

        An article whose stored file is damaged counts as absent: creating it again
        replaces the file.
        """
        with self._writing() as writes:
            result, previous = self._planner.create(writes, draft)
        self._notify(result, previous)
        return result.article

    def correct(self, article_id_: str, revise: Callable[[Article], ArticleDraft]) -> SaveResult:
        """Replace the editable fields of article *article_id_* by ``revise(current)``.

        The id, guid, identity and published time stay; the updated time becomes the clock's
        now (unless nothing changed). Runs under the writers' lock, so a concurrent
        correction cannot be lost between reading and writing.
        """
        with self._writing() as writes:
            result, existing = self._planner.correct(writes, article_id_, revise)
        self._notify(result, existing)
        return result

    def delete(self, article_id_: str, check: Callable[[Article], None] | None = None) -> Tombstone:
        """Withdraw an article: its file becomes a tombstone and it leaves every listing.

        Raise ArticleNotFound if there is no such article, ArticleGone if it is already
        withdrawn. *check* may refuse by raising, under the lock, after seeing the article.
        """
        with self._writing() as writes:
            existing = self.files.read_article(article_id_)
            if check is not None:
                check(existing)
            tombstone = Tombstone.of(existing, self.clock())
            writes.add(tombstone)
        self._notify(SaveResult("updated", existing), None)
        return tombstone

    def replace_damaged(self, article_id_: str, draft: ArticleDraft) -> Article:
        """Write *draft* over article *article_id_*, whose stored file cannot be read.

        The id keeps the identity the index records for it; without one, *draft* must have
        the identity that gives this id. Raise Conflict if the file is readable (correct
        the article instead) or *draft* belongs to another article.
        """
        with self._writing() as writes:
            article = self._planner.replace_damaged(writes, article_id_, draft)
        self._notify(SaveResult("updated", article), None)
        return article
