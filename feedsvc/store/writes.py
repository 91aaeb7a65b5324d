"""The one write protocol: every change (a save, a batch, a correction, a withdrawal) is a batch.

A batch runs under the writers' lock on one index connection:

1. *plan*: each entry is indexed as it is added, in one open transaction, so later drafts
   of the batch see the identities and slugs of earlier ones; nothing is on disk yet;
2. *mark*: an intent marker per entry in ``pending/``, made durable (one folder fsync);
3. *replace*: each file written atomically (temp file, fsync, rename), the bytes it replaced
   kept; then one fsync per folder touched;
4. *commit* the index transaction, remove the markers, advance the generation.

A crash at any point leaves a store that recovery (``feedsvc.store.recovery``) brings back in
line: before 2 nothing changed; between 2 and 4 the markers name the ids to re-index from
their files. A failure (disk full, read-only disk, SQLite error) takes the one rollback path:
roll back the transaction, put back the files replaced, remove the markers; if putting back
fails too, the markers stay and recovery indexes whatever the files hold.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from ..errors import StoreError
from ..models import Article
from .changes import next_stamp
from .files import Entry
from .files import StoreFiles
from .files import fsync_dir
from .files import serialize
from .generation import GenerationFile
from .rows import index_entry

log = logging.getLogger(__name__)


def _write_file(path: Path, data: bytes) -> None:
    """Replace *path* through ``feedsvc.store.atomic_write``, looked up on each call (the
    seam where tests make a write of a batch fail halfway)."""
    sys.modules[__package__].atomic_write(path, data, sync_dir=False)


def _store_error(root: Path, exc: OSError) -> StoreError:
    return StoreError(str(root), exc.strerror or str(exc))


class Batch:
    """The entries one locked operation writes, indexed (uncommitted) as they are added."""

    def __init__(self, files: StoreFiles, conn: sqlite3.Connection, stamp: int) -> None:
        self.files = files
        self.conn = conn
        self.stamp = stamp
        self._entries: dict[str, tuple[Entry, bytes]] = {}

    def add(self, entry: Entry) -> None:
        """Index *entry* in the batch's transaction; its file is written at commit."""
        data = serialize(entry)
        index_entry(self.conn, entry, data, self.stamp)
        self._entries[entry.id] = (entry, data)

    def planned(self, article_id: str) -> Article | None:
        """The article this batch is about to write under *article_id*, if any."""
        entry = self._entries.get(article_id)
        return entry[0] if entry is not None and isinstance(entry[0], Article) else None

    def commit(self, generation: GenerationFile) -> None:
        """Mark, replace the files, commit, unmark, advance *generation* (see the module)."""
        if not self._entries:
            self.conn.rollback()
            return
        previous: dict[Path, bytes | None] = {}
        try:
            self._mark()
            self._replace_files(previous)
            self.conn.commit()
        except OSError as exc:
            self.roll_back(previous)
            raise _store_error(self.files.root, exc) from exc
        except BaseException:
            self.roll_back(previous)
            raise
        try:
            self._unmark()
            generation.advance()
        except OSError as exc:
            raise _store_error(self.files.root, exc) from exc

    def _mark(self) -> None:
        for article_id in self._entries:
            (self.files.pending_dir / article_id).touch()
        fsync_dir(self.files.pending_dir)

    def _unmark(self, *, best_effort: bool = False) -> None:
        try:
            for article_id in self._entries:
                (self.files.pending_dir / article_id).unlink(missing_ok=True)
            fsync_dir(self.files.pending_dir)
        except OSError:
            if not best_effort:
                raise
            log.exception("could not remove the intent markers; recovery will index the files")

    def _replace_files(self, previous: dict[Path, bytes | None]) -> None:
        """Write every file, keeping in *previous* the bytes each replaced (None: no file)."""
        for article_id, (_, data) in self._entries.items():
            path = self.files.path(article_id)
            path.parent.mkdir(exist_ok=True)
            try:
                previous[path] = path.read_bytes()
            except FileNotFoundError:
                previous[path] = None
            _write_file(path, data)
        for folder in {path.parent for path in previous}:
            fsync_dir(folder)

    def roll_back(self, previous: dict[Path, bytes | None]) -> None:
        """The one rollback path: undo the transaction, put back the *previous* files and
        remove the markers; if the files cannot be put back the markers stay for recovery."""
        self.conn.rollback()
        try:
            for path, data in previous.items():
                if data is None:
                    path.unlink(missing_ok=True)
                else:
                    _write_file(path, data)
            for folder in {path.parent for path in previous}:
                fsync_dir(folder)
        except OSError:
            log.exception("could not undo a failed write; recovery will index the files")
            return
        self._unmark(best_effort=True)


@contextmanager
def batch(
    files: StoreFiles, conn: sqlite3.Connection, now: datetime, generation: GenerationFile
) -> Iterator[Batch]:
    """A batch on *conn* stamped at *now*, committed when the block ends without an error
    and rolled back (nothing on disk touched yet) when it raises."""
    writes = Batch(files, conn, next_stamp(conn, now))
    try:
        yield writes
    except BaseException:
        conn.rollback()
        raise
    writes.commit(generation)
