"""Import documents into the store and report what happened to each one.

A document is a text dump (``.txt``), a saved HTML page (``.html``/``.htm``/``.shtml``), a
folder holding either, or an ``http(s)://`` URL, which is fetched first.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import tzinfo
from pathlib import Path
from typing import Any
from typing import TypedDict
from typing import TypeGuard
from typing import Unpack

from ..config import Settings
from ..errors import ExtractionError
from ..errors import FeedsvcError
from ..errors import FetchError
from ..extract import ExtractedPage
from ..extract import extract_article
from ..extract.encoding import gunzipped
from ..extract.explain import Explanation
from ..extract.page import draft_json
from ..extract.textdump import parse_text_dump
from ..models import ArticleDraft
from ..store import ArticleStore
from ..store import SaveResult
from .fetch import FetchedPage
from .fetch import fetch_url

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
#: How much of a document is looked at to tell text from binary data.
SNIFF_BYTES = 4096
#: Byte order marks: text in UTF-8, UTF-16 or UTF-32 (UTF-16 text is full of NUL bytes).
_TEXT_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)
#: Leading bytes of formats people save by mistake: images, PDF, archives, office files.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"7z\xbc\xaf",
    b"\xd0\xcf\x11\xe0",
    b"RIFF",
)
#: C0 control bytes that never occur in text (tab, newlines, form feed and ESC do).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
NOT_A_DOCUMENT = "not a text or HTML document"


@dataclass(frozen=True)
class FetchOptions:
    """Limits for fetching URLs (FEEDSVC_FETCH_*)."""

    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchOptions:
        """The limits the app's settings give (FEEDSVC_FETCH_*)."""
        return cls(
            timeout=settings.fetch_timeout,
            max_bytes=settings.fetch_max_bytes,
            max_redirects=settings.fetch_max_redirects,
            allow_private=settings.fetch_allow_private,
        )

    def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> FetchedPage:
        """GET *url* within these limits, with extra request *headers* (see fetch_url for
        what it raises)."""
        return fetch_url(
            url,
            timeout=self.timeout,
            max_bytes=self.max_bytes,
            max_redirects=self.max_redirects,
            allow_private=self.allow_private,
            headers=headers,
        )


@dataclass(frozen=True)
class HtmlDocument:
    """An HTML page already in hand (an API request body): its bytes, address and type."""

    data: bytes
    url: str | None = None
    content_type: str | None = None


#: What can be imported: a URL or file path, or a page in hand.
Document = str | Path | HtmlDocument


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
        """Count one saved document by its outcome."""
        setattr(self, result.status, getattr(self, result.status) + 1)

    @property
    def failed(self) -> int:
        """How many documents failed."""
        return len(self.failures)

    def summary(self) -> str:
        """The counts as one line."""
        return (
            f"imported: {self.imported}, updated: {self.updated}, "
            f"unchanged: {self.unchanged}, failed: {self.failed}"
        )


def is_url(item: Document) -> bool:
    """Whether *item* is written as a URL (any scheme; only http(s) can be fetched)."""
    return isinstance(item, str) and _SCHEME.match(item) is not None


def is_text_dump(item: Document) -> TypeGuard[str | Path]:
    """Whether *item* is a text dump file (by its suffix) rather than an HTML page or URL."""
    return (
        isinstance(item, str | Path)
        and not is_url(item)
        and (Path(item).suffix.lower() in TEXT_SUFFIXES)
    )


def _in_saved_assets(path: Path, root: Path) -> bool:
    """Files under a browser's ``<page>_files`` folder are the page's assets, not articles."""
    return any(part.endswith("_files") for part in path.relative_to(root).parts[:-1])


def iter_documents(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    """The URLs and files named, and the importable files inside the folders, in sorted order."""
    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES
    for raw in paths:
        if is_url(raw):
            yield str(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in suffixes and not _in_saved_assets(p, path)
            )
        else:
            yield path


def read_bytes(path: Path) -> bytes:
    """The bytes of *path*; raise ExtractionError naming the file if it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ExtractionError(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise ExtractionError(str(path), "is a folder") from exc
    except OSError as exc:
        raise ExtractionError(str(path), exc.strerror or str(exc)) from exc


def looks_binary(data: bytes) -> bool:
    """Whether *data* is binary (an image, an archive...) rather than text in some encoding.

    Text in any encoding a news page uses (UTF-8, GB18030, Big5...) has no NUL byte and
    almost no C0 control bytes; UTF-16 and UTF-32 text, which has NULs, starts with a BOM.
    """
    head = data[:SNIFF_BYTES]
    if head.startswith(_TEXT_BOMS):
        return False
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        return True
    controls = sum(byte in _CONTROL for byte in head)
    return controls * 20 > len(head)


def check_document(origin: str, data: bytes, *, is_file: bool) -> None:
    """Raise ExtractionError if *data* is empty or binary, saying which, before any parsing
    (which would otherwise report a missing headline)."""
    if not data.strip():
        raise ExtractionError(origin, "empty file" if is_file else "the page is empty")
    if looks_binary(gunzipped(data)):  # a page saved gzip-compressed is read decompressed
        raise ExtractionError(origin, NOT_A_DOCUMENT)


def read_document(path: Path) -> str:
    """The text of *path* as UTF-8 (a BOM is dropped); raise ExtractionError if unreadable,
    empty or binary."""
    data = read_bytes(path)
    check_document(str(path), data, is_file=True)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        raise ExtractionError(str(path), reason) from exc


def extract_page(
    item: Document,
    zone: tzinfo,
    default_category: str,
    *,
    category_map: Mapping[str, str] | None = None,
    fetch: FetchOptions | None = None,
    explain: Explanation | None = None,
) -> ExtractedPage:
    """Fetch or read the HTML page *item* (URL, file or page in hand) and extract its
    article; with *explain*, record why each field was chosen in it."""
    file = None
    if isinstance(item, HtmlDocument):
        page = item
    elif is_url(item):
        fetched = (fetch or FetchOptions()).fetch(str(item))
        page = HtmlDocument(fetched.data, fetched.url, fetched.content_type)
    else:
        file = Path(item)
        page = HtmlDocument(read_bytes(file))
    check_document(str(file or page.url or "page"), page.data, is_file=file is not None)
    try:
        return extract_article(
            page.data,
            url=page.url,
            content_type=page.content_type,
            zone=zone,
            default_category=default_category,
            category_map=category_map,
            explain=explain,
        )
    except ExtractionError as exc:
        if file is None:
            raise
        raise ExtractionError(str(file), exc.reason) from exc


class PageOptions(TypedDict, total=False):
    """How HTML pages are fetched and filed, as extract_page takes them."""

    category_map: Mapping[str, str] | None
    fetch: FetchOptions | None


def load_draft(
    item: Document, zone: tzinfo, default_category: str, **options: Unpack[PageOptions]
) -> ArticleDraft:
    """The draft for one document: a text dump, a saved HTML page, a URL or a page in hand
    (*options* as extract_page takes them)."""
    if is_text_dump(item):
        return parse_text_dump(read_document(Path(item)), str(item), zone, default_category)
    page = extract_page(item, zone, default_category, **options)
    origin = (item.url or "html") if isinstance(item, HtmlDocument) else str(item)
    return page.to_draft(origin)


def page_options(settings: Settings) -> PageOptions:
    """The app's category map and fetch limits, as extract_page and its callers take them."""
    return {"category_map": settings.category_map, "fetch": FetchOptions.from_settings(settings)}


def load_with_settings(item: Document, settings: Settings) -> ArticleDraft:
    """load_draft with the app's zone, default category, category map and fetch limits."""
    return load_draft(item, settings.zone, settings.default_category, **page_options(settings))


def describe(
    item: str | Path,
    zone: tzinfo,
    default_category: str,
    *,
    category_map: Mapping[str, str] | None = None,
    fetch: FetchOptions | None = None,
    explain: Explanation | None = None,
) -> dict[str, Any]:
    """What importing *item* would store, as JSON-ready data (for ``flask extract``).

    *explain* is filled for HTML pages only (a text dump labels its fields itself).
    """
    if is_text_dump(item):
        draft = parse_text_dump(read_document(Path(item)), str(item), zone, default_category)
        data = draft_json(draft, draft.published, draft.category, date_only=draft.date_only)
    else:
        data = extract_page(
            item, zone, default_category, category_map=category_map, fetch=fetch, explain=explain
        ).to_json()
    return {"input": str(item), **data}


def failure_reason(item: str | Path, exc: FeedsvcError) -> str:
    """What went wrong with *item*, without repeating its name or URL (the caller prints it
    once beside the reason); a different URL (a redirect target) is kept."""
    if isinstance(exc, ExtractionError):
        return exc.reason
    if isinstance(exc, FetchError) and exc.url == str(item):
        return exc.reason
    return exc.message


def _failure(path: str | Path, exc: FeedsvcError) -> tuple[str, str]:
    """The (document, reason) pair reported for *exc*."""
    return (str(path), failure_reason(path, exc))


def _save_batch(
    store: ArticleStore, batch: list[tuple[str | Path, ArticleDraft]], report: ImportReport
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
    category_map: Mapping[str, str] | None = None,
    fetch: FetchOptions | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
    category: str | None = None,
) -> ImportReport:
    """Import every document under *paths*; a bad document is reported, never half-written.

    Documents are saved in batches of *batch_size* (see ``ArticleStore.save_many``);
    *progress* is called with 1 after each document is read. With *category*, every article
    is filed under it, whatever its page's breadcrumb or the category map say.
    """
    report = ImportReport()
    batch: list[tuple[str | Path, ArticleDraft]] = []
    for item in iter_documents(paths):
        try:
            draft = load_draft(item, zone, default_category, category_map=category_map, fetch=fetch)
            if category is not None:
                draft = replace(draft, category=category)
            batch.append((item, draft))
        except FeedsvcError as exc:
            report.failures.append(_failure(item, exc))
        if progress is not None:
            progress(1)
        if len(batch) >= batch_size:
            _save_batch(store, batch, report)
            batch = []
    _save_batch(store, batch, report)
    return report
