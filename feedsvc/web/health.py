"""GET /healthz: can this instance serve, and is anything wrong that an operator should see.

For load balancers (the status code) and monitors (the JSON). The answer is 200 when the
store can be read and 503 when it cannot; everything else that is wrong (an index that does
not match the files, failing or stale watched sources) turns ``status`` to ``"degraded"``
but keeps the 200, since the instance still serves what it has. The JSON holds counts, times
and words only: no path, host name, URL, token or error text from the system.

What each request costs (a probe every few seconds from every load balancer must be cheap
whatever the store's size):

* **Store readable**: the article count from the index's ``counts`` row (kept by triggers),
  the newest article's file (one read) and the time of the newest write (the ``changed``
  row of the whole site). The read goes through the store as any page does, so a missing or
  outdated index is rebuilt here too (a load balancer that took the instance out of rotation
  would otherwise keep it out).
* **Index consistent with the files**: a *census* compares the number of article and
  tombstone files with the index's rows. Listing the files is O(store), so each worker takes
  a census at most once per store generation, and after a write at most once every
  :data:`CENSUS_INTERVAL` seconds; between two censuses the last result is shown with its time.
  A census that overlaps a write (intent markers present, or the generation moved) is
  inconclusive and the previous result stays.
* **Watched sources**: :func:`~feedsvc.ingest.watch.health.count_problems` reads the sources
  file and every source's state, O(sources), so its counts are kept for
  :data:`SOURCES_TTL` seconds per worker.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from flask import Blueprint
from flask import Flask
from flask import Response
from flask import current_app
from flask import jsonify

from ..errors import FeedsvcError
from ..ingest.watch.context import WatchSettings
from ..ingest.watch.health import HealthCounts
from ..ingest.watch.health import count_problems
from ..store import ArticleStore
from ..store import Scope
from ..timeutil import rfc3339
from .origin import HEALTH_PATH

bp = Blueprint("health", __name__)

#: Least seconds between two censuses of the article files in one worker.
CENSUS_INTERVAL = 300.0
#: Seconds the watched sources' counts are reused in one worker.
SOURCES_TTL = 60.0


class StoreUnreadable(FeedsvcError):
    """The store's index or article files cannot be read."""


@dataclass(frozen=True)
class Census:
    """Article and tombstone files against index rows, at one store generation."""

    generation: bytes
    taken: float
    taken_at: datetime
    files: int
    rows: int

    @property
    def consistent(self) -> bool:
        return self.files == self.rows

    def to_json(self) -> dict[str, Any]:
        return {
            "consistent": self.consistent,
            "files": self.files,
            "rows": self.rows,
            "checked": rfc3339(self.taken_at),
        }


def index_rows(index_path: Path) -> int:
    """Articles plus tombstones in the index (read-only; O(rows), for the census only)."""
    uri = index_path.as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True, timeout=5.0)) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM tombstones)"
        ).fetchone()
    return int(row[0])


def take_census(store: ArticleStore, now: datetime, clock: Callable[[], float]) -> Census | None:
    """Count files and rows; None if a write overlapped the count (inconclusive)."""
    before = store.generation()
    if store.files.markers():
        return None
    rows = index_rows(store.index_path)
    files = len(store.files.entry_paths())
    if store.files.markers() or store.generation() != before:
        return None
    return Census(before, clock(), now, files, rows)


class HealthCache:
    """One worker's last census and sources counts (see the module's docstring)."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.monotonic = monotonic
        self.census: Census | None = None
        self.sources: tuple[float, HealthCounts | None] | None = None
        self._lock = threading.Lock()

    def current_census(self, store: ArticleStore, now: datetime) -> Census | None:
        """The census of the current generation, or the last one while a new one is not due."""
        last = self.census
        if last is not None and (
            last.generation == store.generation() or self.monotonic() - last.taken < CENSUS_INTERVAL
        ):
            return last
        if not self._lock.acquire(blocking=False):  # another thread is counting
            return last
        try:
            self.census = take_census(store, now, self.monotonic) or last
        finally:
            self._lock.release()
        return self.census

    def source_counts(self, load: Callable[[], HealthCounts | None]) -> HealthCounts | None:
        """The watched sources' counts, reloaded after :data:`SOURCES_TTL` seconds."""
        cached = self.sources
        if cached is not None and self.monotonic() - cached[0] < SOURCES_TTL:
            return cached[1]
        counts = load()
        self.sources = (self.monotonic(), counts)
        return counts


def read_store(store: ArticleStore) -> dict[str, Any]:
    """Article count, newest write; raise StoreUnreadable if the index or files fail."""
    try:
        articles = store.count()
        newest = store.select(Scope(), 1) if articles else []
        last_write = store.changed_at(Scope())
    except (FeedsvcError, OSError, sqlite3.Error) as exc:
        raise StoreUnreadable("the store cannot be read") from exc
    if articles and not newest:
        raise StoreUnreadable("the newest article's file cannot be read")
    return {
        "readable": True,
        "articles": articles,
        "last_write": rfc3339(last_write) if last_write else None,
    }


def _sources_loader(app: Flask, store: ArticleStore, now: datetime) -> HealthCounts | None:
    """The watched sources' counts, or None if the sources file cannot be read."""
    try:
        watch = WatchSettings.from_config(app.config, store.root)
        return count_problems(watch.sources_file, store.root / "watch", now)
    except (FeedsvcError, OSError):
        return None


def _cache(app: Flask) -> HealthCache:
    ext: dict[str, Any] = app.extensions["feedsvc"]
    cache: HealthCache = ext.setdefault("health", HealthCache())
    return cache


def _answer(body: dict[str, Any], status: int) -> Response:
    response = jsonify(body)
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get(HEALTH_PATH)
def healthz() -> Response:
    """200 with the store's and the sources' state; 503 if the store cannot be read."""
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    store: ArticleStore = app.extensions["feedsvc"]["store"]
    cache = _cache(app)
    now: datetime = (app.config.get("CLOCK") or store.clock)()
    try:
        store_state = read_store(store)
        census = cache.current_census(store, now)
    except (StoreUnreadable, OSError, sqlite3.Error):
        return _answer({"status": "unavailable", "store": {"readable": False}}, 503)
    counts = cache.source_counts(lambda: _sources_loader(app, store, now))
    sources: dict[str, Any] = (
        {"readable": False}
        if counts is None
        else {"count": counts.sources, "failing": counts.failing, "stale": counts.stale}
    )
    healthy = (
        (census is None or census.consistent)
        and counts is not None
        and not (counts.failing or counts.stale)
    )
    return _answer(
        {
            "status": "ok" if healthy else "degraded",
            "store": store_state,
            "index": census.to_json() if census else {"consistent": None},
            "sources": sources,
        },
        200,
    )
