"""Static export: every page and feed written as files, byte for byte what the app serves.

The bytes come from the application itself (its test client), so the export cannot drift
from the server. ``_export.json`` lists each file with the Content-Type and Cache-Control
to give it when uploading to object storage.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from dataclasses import dataclass
from pathlib import Path

from flask import Flask
from werkzeug.security import safe_join

from feedsvc.config import Settings
from feedsvc.errors import FeedsvcError
from feedsvc.store import ArticleStore
from feedsvc.store import Scope

MANIFEST = "_export.json"
FORMATS = ("rss", "atom", "json")


class ExportError(FeedsvcError):
    """A URL that should be exported did not answer 200."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot export {path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class ExportedFile:
    url_path: str
    file: str
    content_type: str
    cache_control: str | None
    size: int


def _feed_paths(prefix: str, pages: int) -> list[str]:
    paths = [f"{prefix}.{fmt}" for fmt in FORMATS]
    for page in range(1, pages + 1):
        paths += [f"{prefix}/archive/{page}.{fmt}" for fmt in FORMATS]
    return paths


def site_paths(store: ArticleStore, settings: Settings) -> list[str]:
    """Every URL path the site serves with 200, without query strings."""
    size = settings.archive_page_size
    paths = ["/", "/feeds.opml"]
    paths += _feed_paths("/feeds/all", store.archive_slots(Scope()) // size)
    for c in store.categories():
        paths.append(f"/c/{c.category.slug}/")
        slots = store.archive_slots(Scope(category=c.category.slug))
        paths += _feed_paths(f"/feeds/{c.category.slug}", slots // size)
    for o in store.sources():
        slots = store.archive_slots(Scope(source=o.slug))
        paths += _feed_paths(f"/feeds/source/{o.slug}", slots // size)
    paths += [f"/a/{s.id}" for s in store.summaries(None, store.count())]
    return paths


def file_for(url_path: str) -> str:
    """Where *url_path* is written: ``/`` → ``index.html``, ``/c/x/`` → ``c/x/index.html``."""
    relative = url_path.lstrip("/")
    if relative == "" or relative.endswith("/"):
        relative += "index.html"
    return relative


def export_site(app: Flask, target: Path) -> list[ExportedFile]:
    """Write every page and feed of *app* under *target*; return what was written.

    :raise ExportError: a page did not answer 200, or BASE_URL is not set.
    """
    ext = app.extensions["feedsvc"]
    settings: Settings = ext["settings"]
    if settings.base_url is None:
        raise ExportError(str(target), "set FEEDSVC_BASE_URL to where the files will be served")
    client = app.test_client()
    written = []
    for path in site_paths(ext["store"], settings):
        response = client.get(path)
        if response.status_code != 200:
            raise ExportError(path, f"answered {response.status}")
        relative = file_for(path)
        destination = safe_join(str(target), relative)
        if destination is None:
            raise ExportError(path, "not a safe file name")
        Path(destination).parent.mkdir(parents=True, exist_ok=True)
        Path(destination).write_bytes(response.data)
        written.append(
            ExportedFile(
                url_path=path,
                file=relative,
                content_type=response.content_type or "application/octet-stream",
                cache_control=response.headers.get("Cache-Control"),
                size=len(response.data),
            )
        )
    manifest = json.dumps([asdict(f) for f in written], ensure_ascii=False, indent=2)
    (target / MANIFEST).write_text(manifest + "\n", encoding="utf-8")
    return written
