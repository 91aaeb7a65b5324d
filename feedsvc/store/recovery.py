"""Bringing the index back in line with the files: interrupted writes and full rebuilds."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import ArticleNotFound
from ..errors import InvalidArticle
from ..errors import UnreadableArticle
from ..models import Article
from . import schema
from .changes import derive
from .changes import next_stamp
from .files import StoreFiles
from .files import fsync_dir
from .generation import GenerationFile
from .rows import index_entry
from .rows import unindex

log = logging.getLogger(__name__)
MISSING = "the index is missing"


@dataclass(frozen=True)
class Reindexed:
    """What rebuilding the index did: articles indexed, files skipped as unreadable."""

    indexed: int
    damaged: tuple[UnreadableArticle, ...] = ()


def recover_pending(
    files: StoreFiles, generation: GenerationFile, clock: Callable[[], datetime]
) -> None:
    """Re-index from their files the entries whose writes a crash interrupted (the intent
    markers left in ``pending/``), then remove the markers; under the writers' lock."""
    markers = files.markers()
    if not markers:
        return
    with closing(schema.connect(files.index_path)) as conn, conn:
        stamp = next_stamp(conn, clock())
        for marker in markers:
            try:
                entry = files.read_entry(marker.name)
            except (ArticleNotFound, InvalidArticle, UnreadableArticle):
                unindex(conn, marker.name, stamp)
            else:
                index_entry(conn, entry, stamp=stamp)
    for marker in markers:
        marker.unlink(missing_ok=True)
    fsync_dir(files.pending_dir)
    generation.advance()


def _index_files(files: StoreFiles, conn: sqlite3.Connection) -> Reindexed:
    count = 0
    damaged: list[UnreadableArticle] = []
    for path in files.entry_paths():
        try:
            entry = files.read_entry(path.stem)
        except UnreadableArticle as exc:
            log.error("skipping %s", exc.message)
            damaged.append(exc)
            continue
        except ArticleNotFound:
            continue
        index_entry(conn, entry)
        count += isinstance(entry, Article)
    return Reindexed(count, tuple(damaged))


def _index_state(path: Path) -> str | None:
    """What is wrong with the index at *path* ("missing", another schema, unreadable), or
    None if it is sound (a rebuild was asked for)."""
    if not path.exists():
        return MISSING
    try:
        with closing(schema.connect(path)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError as exc:
        return f"the index cannot be read ({exc})"
    if row is None or row[0] != schema.INDEX_SCHEMA:
        found = row[0] if row else "none"
        return f"the index has schema {found}, this version uses {schema.INDEX_SCHEMA}"
    return None if schema.index_ok(path) else "the index cannot be read"


def _announce_rebuild(files: StoreFiles) -> None:
    """Warn why the index is rebuilt; only note it (log level INFO) when a rebuild was asked
    for or the store is new (no index and no article file: its empty index is no news)."""
    problem = _index_state(files.index_path)
    new_store = next(files.articles_dir.glob("*/*.json"), None) is None
    if problem is None:
        log.info("rebuilding the index of %s from the article files, as asked", files.root)
    elif problem == MISSING and new_store:
        log.info("creating the index of the new store %s", files.root)
    else:
        log.warning("rebuilding the index of %s from the article files: %s", files.root, problem)


def rebuild_index(files: StoreFiles, generation: GenerationFile) -> Reindexed:
    """Build a new index from the article files and swap it in; under the writers' lock."""
    _announce_rebuild(files)
    tmp = files.root / ".tmp-index.sqlite3"
    tmp.unlink(missing_ok=True)
    with closing(sqlite3.connect(tmp)) as conn:
        schema.create(conn)
        report = _index_files(files, conn)
        derive(conn)
        conn.commit()
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    for stale in (files.root / "index.sqlite3-journal", files.root / "index.sqlite3-wal"):
        stale.unlink(missing_ok=True)
    os.replace(tmp, files.index_path)
    fsync_dir(files.root)
    for marker in files.pending_dir.iterdir():
        marker.unlink(missing_ok=True)
    generation.advance()
    return report
