"""The store's files: atomic, durable writes and reading article and tombstone files.

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
import json
import os
import tempfile
from pathlib import Path

from ..errors import ArticleGone
from ..errors import ArticleNotFound
from ..errors import InvalidArticle
from ..errors import UnreadableArticle
from ..models import ID_PATTERN
from ..models import Article
from ..tombstone import Tombstone

Entry = Article | Tombstone


def fsync_dir(path: Path) -> None:
    """Make the entries of folder *path* (created, replaced, removed files) durable."""
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
        fsync_dir(path.parent)


def serialize(entry: Entry) -> bytes:
    """The bytes of an article (or tombstone) file: sorted, indented UTF-8 JSON."""
    data = json.dumps(entry.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)
    return data.encode("utf-8") + b"\n"


def digest(data: bytes) -> str:
    """A short content hash of *data* (an article file, a listing)."""
    return hashlib.blake2b(data, digest_size=8).hexdigest()


class StoreFiles:
    """The paths under a store root and reading the entries stored there."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.articles_dir = root / "articles"
        self.pending_dir = root / "pending"
        self.index_path = root / "index.sqlite3"
        self.generation_path = root / "generation"

    def path(self, article_id: str) -> Path:
        """The file of *article_id*; raise ArticleNotFound for what is not an id."""
        if not ID_PATTERN.match(article_id):
            raise ArticleNotFound(article_id)
        return self.articles_dir / article_id[:2] / f"{article_id}.json"

    def read_entry(self, article_id: str) -> Entry:
        """The article or the tombstone stored under *article_id*."""
        path = self.path(article_id)
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError as exc:
            raise ArticleNotFound(article_id) from exc
        except (OSError, ValueError) as exc:
            raise UnreadableArticle(article_id, str(path), str(exc)) from exc
        if not isinstance(data, dict):
            raise UnreadableArticle(article_id, str(path), "not a JSON object")
        try:
            if "withdrawn" in data:
                return Tombstone.from_dict(data)
            return Article.from_stored(data)
        except InvalidArticle as exc:
            raise UnreadableArticle(article_id, str(path), exc.message) from exc

    def read_article(self, article_id: str) -> Article:
        """The article *article_id*; raise ArticleGone if it was withdrawn."""
        entry = self.read_entry(article_id)
        if isinstance(entry, Tombstone):
            raise ArticleGone(article_id)
        return entry

    def is_damaged(self, article_id: str) -> bool:
        """Whether the file of *article_id* exists but cannot be read."""
        try:
            self.read_entry(article_id)
        except UnreadableArticle:
            return True
        except ArticleNotFound:
            return False
        return False

    def entry_paths(self) -> list[Path]:
        """Every article and tombstone file, in a stable order."""
        paths = sorted(self.articles_dir.glob("*/*.json"))
        return [p for p in paths if ID_PATTERN.match(p.stem)]

    def markers(self) -> list[Path]:
        """The intent markers of writes a crash may have interrupted."""
        return [p for p in self.pending_dir.iterdir() if ID_PATTERN.match(p.name)]

    def remove_temp_files(self) -> None:
        """Remove the temporary files of writes a crash interrupted."""
        for tmp in self.articles_dir.glob("*/.tmp-*"):
            tmp.unlink(missing_ok=True)
        for tmp in self.root.glob(".tmp-*"):
            tmp.unlink(missing_ok=True)
