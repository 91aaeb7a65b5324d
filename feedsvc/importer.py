"""Import documents into the store and report what happened to each one."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from datetime import tzinfo
from pathlib import Path

from .errors import ExtractionError
from .errors import FeedsvcError
from .models import ArticleDraft
from .store import ArticleStore
from .store import SaveResult
from .textimport import parse_text_dump

TEXT_SUFFIXES = frozenset({".txt", ".text"})
#: Documents saved per store transaction (one lock, one index commit, one generation bump).
BATCH_SIZE = 500


@dataclass
class ImportReport:
    """Counts per outcome, and the reason for every failure."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def record(self, result: SaveResult) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        return (
            f"imported: {self.imported}, updated: {self.updated}, "
            f"unchanged: {self.unchanged}, failed: {self.failed}"
        )


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files named, and the importable files inside the folders named, in sorted order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
            )
        else:
            yield path


def read_document(path: Path) -> str:
    """The text of *path* as UTF-8 (a BOM is dropped); raise ExtractionError if unreadable."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as exc:
        raise ExtractionError(str(path), "no such file") from exc
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        raise ExtractionError(str(path), reason) from exc
    except OSError as exc:
        raise ExtractionError(str(path), exc.strerror or str(exc)) from exc


def _failure(path: Path, exc: FeedsvcError) -> tuple[str, str]:
    return (str(path), exc.reason if isinstance(exc, ExtractionError) else exc.message)


def _save_batch(
    store: ArticleStore, batch: list[tuple[Path, ArticleDraft]], report: ImportReport
) -> None:
    """Save *batch* in one transaction; if it fails, save one by one to name the culprit."""
    if not batch:
        return
    try:
        results = store.save_many(draft for _, draft in batch)
    except FeedsvcError:
        for path, draft in batch:
            try:
                report.record(store.save(draft))
            except FeedsvcError as exc:
                report.failures.append(_failure(path, exc))
        return
    for result in results:
        report.record(result)


def import_paths(
    store: ArticleStore,
    paths: Iterable[str | Path],
    zone: tzinfo,
    default_category: str,
    *,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import every document under *paths*; a bad document is reported, never half-written.

    Documents are saved in batches of *batch_size* (see ``ArticleStore.save_many``);
    *progress* is called with 1 after each document is read.
    """
    report = ImportReport()
    batch: list[tuple[Path, ArticleDraft]] = []
    for path in iter_documents(paths):
        try:
            batch.append(
                (path, parse_text_dump(read_document(path), str(path), zone, default_category))
            )
        except FeedsvcError as exc:
            report.failures.append(_failure(path, exc))
        if progress is not None:
            progress(1)
        if len(batch) >= batch_size:
            _save_batch(store, batch, report)
            batch = []
    _save_batch(store, batch, report)
    return report
