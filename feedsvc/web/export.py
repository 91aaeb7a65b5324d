"""Static export: every page and feed written as files, byte for byte what the app serves.

The bytes come from the application itself (its test client) and the paths from its URL
map, so the export cannot drift from the server. ``_export.json`` lists each file with the
Content-Type and Cache-Control to give it when uploading to object storage.

Every page is a folder (``/``, ``/c/<slug>/``, ``/a/<id>/``) written as its ``index.html``,
and every feed's name ends in its format, so any static host serves the files with their
types from its defaults (``python3 -m http.server``, nginx, object storage's index
documents); such hosts also redirect an article's older address ``/a/<id>`` to its folder.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from dataclasses import dataclass
from pathlib import Path

from flask import Flask
from flask import current_app
from werkzeug.routing import MapAdapter
from werkzeug.security import safe_join

from feedsvc.errors import FeedsvcError
from feedsvc.web.assets import assets_by_name
from feedsvc.web.context import settings
from feedsvc.web.context import store
from feedsvc.web.feed_request import FORMAT_NAMES
from feedsvc.web.feed_request import FeedRef

MANIFEST = "_export.json"


class ExportError(FeedsvcError):
    """A URL that should be exported did not answer 200."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot export {path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class ExportedFile:
    """One written file: its URL path, file, and the headers to serve it with."""

    url_path: str
    file: str
    content_type: str
    cache_control: str | None
    size: int


def _feed_paths(urls: MapAdapter, ref: FeedRef) -> list[str]:
    """The paths of feed *ref* in every format, then of each of its full archive pages."""
    pages = store().archive_slots(ref.scope()) // settings().archive_page_size
    paths = [urls.build(*ref.endpoint_values(fmt)) for fmt in FORMAT_NAMES]
    for page in range(1, pages + 1):
        paths += [urls.build(*ref.archive_endpoint_values(page, fmt)) for fmt in FORMAT_NAMES]
    return paths


def _asset_paths(urls: MapAdapter) -> list[str]:
    """The paths of the static files (the stylesheet), under their content-hashed names."""
    return [
        urls.build("assets.asset", {"filename": a.hashed_name}) for a in assets_by_name().values()
    ]


def site_paths() -> list[str]:
    """Every URL path the current app serves with 200, without query strings, built from
    its URL map."""
    urls = current_app.url_map.bind("localhost")
    paths = [urls.build("pages.index"), urls.build("feeds.opml"), urls.build("feeds.sources_opml")]
    paths += _feed_paths(urls, FeedRef("all"))
    for c in store().categories():
        paths.append(urls.build("pages.category", {"slug": c.category.slug}))
        paths += _feed_paths(urls, FeedRef("category", c.category.slug))
    for o in store().sources():
        paths += _feed_paths(urls, FeedRef("source", o.slug))
    summaries = store().summaries(None, store().count())
    paths += [urls.build("pages.article", {"article_id": s.id}) for s in summaries]
    return paths + _asset_paths(urls)


def file_for(url_path: str) -> str:
    """Where *url_path* is written: ``/`` → ``index.html``, ``/c/x/`` → ``c/x/index.html``,
    ``/a/<id>/`` → ``a/<id>/index.html``; feeds keep their names."""
    relative = url_path.lstrip("/")
    if relative == "" or relative.endswith("/"):
        relative += "index.html"
    return relative


def export_site(app: Flask, target: Path) -> list[ExportedFile]:
    """Write every page and feed of *app* under *target*; return what was written.

    :raise ExportError: a page did not answer 200, or BASE_URL is not set.
    """
    with app.app_context():
        if settings().base_url is None:
            raise ExportError(str(target), "set FEEDSVC_BASE_URL to where the files will be served")
        paths = site_paths()
    client = app.test_client()
    written = []
    for path in paths:
        response = client.get(path)
        if response.status_code != 200:
            raise ExportError(path, f"answered {response.status}")
        relative = file_for(path)
        destination = safe_join(str(target), relative)
        if destination is None:
            raise ExportError(path, "not a safe file name")
        folder = Path(destination).parent
        if folder.is_file():  # an article exported before pages were folders: a/<id>
            folder.unlink()
        folder.mkdir(parents=True, exist_ok=True)
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
