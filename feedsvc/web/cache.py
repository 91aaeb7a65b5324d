"""Rendered feeds and pages kept per worker, and how views file them (the fast path that
answers polls from them is :mod:`feedsvc.web.fastpath`).

How it fits together:

* A view that wants caching returns :func:`cached_response` with two callables: ``state()``,
  a cheap key of what the representation depends on (e.g. ``store.listing_state(...)``,
  read from the index), and ``render()``, which builds the bytes. The rendered bytes are kept
  identity and gzip-compressed, each with its own strong ETag, under the request's URL
  (scheme, host, script root, path, and the view's canonical query string): the links inside
  a feed or page depend on them. The cache is bounded in entries and bytes (least recently used
  dropped first); the hosts it can see are bounded by :mod:`feedsvc.web.origin`.
* The fast path (:class:`~feedsvc.web.fastpath.FastPath`) answers a GET or HEAD for a URL
  whose entry was checked at the store's current generation from memory, before Flask.
* When the generation moves (any write, by any process), the next request for an entry goes
  through the view: if ``state()`` is unchanged the cached bytes are re-stamped (no
  re-render), otherwise ``render()`` runs. So a write re-renders only what it touched.
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from flask import Response
from flask import request
from werkzeug.http import generate_etag
from werkzeug.http import http_date
from werkzeug.http import is_entity_header
from werkzeug.http import parse_accept_header
from werkzeug.sansio.http import is_resource_modified
from werkzeug.wrappers import Response as BaseResponse

from feedsvc.web.security import with_security_headers

if TYPE_CHECKING:
    from _typeshed.wsgi import WSGIEnvironment

#: The environ key under which the fast path hands its generation reading to Flask.
GENERATION_KEY = "feedsvc.generation"
CacheKey = tuple[str | None, ...]
Headers = list[tuple[str, str]]
Generation = bytes
#: Bytes counted per entry besides its bodies (key, headers, objects), a rough upper bound.
ENTRY_OVERHEAD = 4096


def cache_key(environ: WSGIEnvironment, query: str | None = None) -> CacheKey:
    """What a cached representation is filed under: everything its bytes may depend on
    (the links inside a feed are built from the scheme, host and script root).

    *query* is the view's canonical query string (parameters it ignores left out); the fast
    path looks up the raw one, so only URLs already in canonical form skip Flask.
    """
    return (
        environ.get("wsgi.url_scheme"),
        environ.get("HTTP_HOST"),
        environ.get("SERVER_NAME"),
        environ.get("SERVER_PORT"),
        environ.get("SCRIPT_NAME"),
        environ.get("PATH_INFO"),
        environ.get("QUERY_STRING") if query is None else query,
    )


def accepts_gzip(header: str | None) -> bool:
    """Whether an Accept-Encoding value allows gzip (``gzip;q=0`` and ``identity`` do not)."""
    if not header:
        return False
    qualities = dict(parse_accept_header(header.lower()))
    quality = qualities.get("gzip", qualities.get("x-gzip", qualities.get("*", 0)))
    return bool(quality and quality > 0)


@dataclass(frozen=True)
class Body:
    """What ``render()`` returns: the bytes and the facts the headers are made of.

    *cache_control* replaces the default ``public, max-age=<FEEDSVC_CACHE_MAX_AGE>`` (e.g.
    ``public, max-age=86400, immutable`` for a full archive page); *headers* are added to
    the 200 answers (e.g. ``Link``, a page's ``Content-Security-Policy``) and, but for
    representation metadata, to the 304s: what Werkzeug keeps in a 304 made from the 200.
    """

    data: bytes
    content_type: str
    last_modified: datetime
    cache_control: str | None = None
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Variant:
    """One encoding of a representation, with its headers made once."""

    body: bytes
    etag: str
    last_modified: datetime
    ok_headers: Headers
    not_modified_headers: Headers
    #: Werkzeug's verdicts, remembered per (If-None-Match, If-Modified-Since): pollers repeat.
    _verdicts: dict[tuple[str | None, str | None], bool] = field(
        default_factory=dict, compare=False
    )

    def modified(self, if_none_match: str | None, if_modified_since: str | None) -> bool:
        """Whether a request with these validators gets the body (else 304)."""
        key = (if_none_match, if_modified_since)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = is_resource_modified(
                http_if_none_match=if_none_match,
                http_if_modified_since=if_modified_since,
                etag=self.etag,
                last_modified=self.last_modified,
            )
            if len(self._verdicts) >= 32:
                self._verdicts.clear()
            self._verdicts[key] = verdict
        return verdict


@dataclass(frozen=True)
class Entry:
    """A cached representation: its state key, the generation it was checked at, both
    encodings."""

    state: str
    generation: Generation
    identity: Variant
    gzipped: Variant

    def variant(self, accept_encoding: bool) -> Variant:
        """The gzip variant if the client accepts it, else identity."""
        return self.gzipped if accept_encoding else self.identity

    @property
    def size(self) -> int:
        """What the entry counts against the byte budget: both bodies plus bookkeeping."""
        return len(self.identity.body) + len(self.gzipped.body) + ENTRY_OVERHEAD


def _variant(body: Body, data: bytes, encoding: str | None, max_age: int) -> Variant:
    etag = generate_etag(data)
    shared = [
        ("ETag", f'"{etag}"'),
        ("Cache-Control", body.cache_control or f"public, max-age={max_age}"),
        ("Vary", "Accept-Encoding"),
    ]
    last_modified = body.last_modified.replace(microsecond=0)
    ok = [
        ("Content-Type", body.content_type),
        ("Content-Length", str(len(data))),
        ("Last-Modified", http_date(body.last_modified)),
        *shared,
    ]
    if encoding:
        ok.append(("Content-Encoding", encoding))
    ok = with_security_headers(ok + list(body.headers))
    # A 304 updates the client's stored headers: it carries the same ones as a 304 made by
    # Werkzeug from the 200 (``make_conditional``), whichever path answers it.
    not_modified = with_security_headers(
        shared + [h for h in body.headers if not is_entity_header(h[0])]
    )
    return Variant(data, etag, last_modified, ok, not_modified)


def make_entry(state: str, generation: Generation, body: Body, max_age: int) -> Entry:
    """Both encodings of *body*; gzip output is deterministic (no timestamp in the header)."""
    compressed = gzip.compress(body.data, compresslevel=9, mtime=0)
    return Entry(
        state=state,
        generation=generation,
        identity=_variant(body, body.data, None, max_age),
        gzipped=_variant(body, compressed, "gzip", max_age),
    )


@dataclass
class CacheStats:
    """Counters for tests and benchmarks."""

    hits: int = 0
    renders: int = 0
    revalidations: int = 0


@dataclass
class FeedCache:
    """Rendered representations of one app in one process, least recently used dropped
    first: at most *max_entries* of them and *max_bytes* (:attr:`Entry.size`) in all.

    *generation* reads the store's current generation (``ArticleStore.generation``): an
    entry checked at the current one is still what ``render()`` would return.
    """

    generation: Callable[[], Generation]
    max_age: int
    max_entries: int
    max_bytes: int = 64 << 20
    stats: CacheStats = field(default_factory=CacheStats)
    _entries: OrderedDict[CacheKey, Entry] = field(default_factory=OrderedDict)
    _bytes: int = 0
    _gzip_ok: dict[str, bool] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __len__(self) -> int:
        """How many entries the cache holds."""
        return len(self._entries)

    @property
    def bytes_used(self) -> int:
        """The sum of :attr:`Entry.size` over the entries held."""
        return self._bytes

    def get(self, key: CacheKey) -> Entry | None:
        """The entry filed under *key*, marked as recently used; None if there is none."""
        entry = self._entries.get(key)
        if entry is not None:
            try:
                self._entries.move_to_end(key)
            except KeyError:  # dropped by another thread meanwhile; still usable
                pass
        return entry

    def put(self, key: CacheKey, entry: Entry) -> None:
        """File *entry* under *key*, then drop the least recently used beyond the limits."""
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old.size
            self._entries[key] = entry
            self._bytes += entry.size
            while self._entries and (
                self._bytes > self.max_bytes or len(self._entries) > self.max_entries
            ):
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= dropped.size

    def mark_stale(self) -> None:
        """Make every entry revalidate on its next request, as after a write elsewhere."""
        with self._lock:
            for key, entry in self._entries.items():
                self._entries[key] = replace(entry, generation=b"")

    def clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def wants_gzip(self, header: str | None) -> bool:
        """:func:`accepts_gzip`, remembered for the few values clients actually send."""
        if header is None:
            return False
        known = self._gzip_ok.get(header)
        if known is None:
            known = accepts_gzip(header)
            if len(self._gzip_ok) >= 64:
                self._gzip_ok.clear()
            self._gzip_ok[header] = known
        return known


def cached_response(
    cache: FeedCache,
    state: Callable[[], str],
    render: Callable[[], Body],
    query: str | None = None,
) -> BaseResponse:
    """The hook for cacheable views: the response for this request, rendered only if needed.

    *state* must return a key that changes whenever ``render()`` would return other bytes for
    this URL; it runs once per store generation per URL, so it should be an index query, not
    a render. After this call the fast path answers the same URL from memory.

    *query* is the canonical query string the bytes depend on (without ``?``); parameters
    the view ignores must be left out of it, so that ``?utm=1``, ``?utm=2``... share one
    entry. None: the request's whole query string.
    """
    generation = request.environ.get(GENERATION_KEY)
    if generation is None:
        generation = cache.generation()
    key = cache_key(request.environ, query)
    current = state()
    entry = cache.get(key)
    if entry is not None and entry.state == current:
        entry = replace(entry, generation=generation)
        cache.stats.revalidations += 1
    else:
        entry = make_entry(current, generation, render(), cache.max_age)
        cache.stats.renders += 1
    cache.put(key, entry)
    variant = entry.variant(cache.wants_gzip(request.headers.get("Accept-Encoding")))
    response = Response(variant.body, headers=variant.ok_headers)
    return response.make_conditional(request)
