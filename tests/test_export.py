"""The static export: byte-identical to what a real gunicorn serves; it needs a base URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedsvc.store import ArticleStore
from feedsvc.web.export import MANIFEST
from tests.support.app import make_app
from tests.support.feeds import BASE
from tests.support.feeds import copied_app
from tests.support.servers import fetch
from tests.support.servers import gunicorn


@pytest.mark.system
def test_export_is_byte_identical_to_the_served_responses(full_store: Path, tmp_path: Path) -> None:
    app = copied_app(full_store, tmp_path)
    target = tmp_path / "site"
    with app.app_context():
        result = app.test_cli_runner().invoke(args=["export", str(target)])
    assert result.exit_code == 0, result.output
    manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    paths = {entry["url_path"] for entry in manifest}
    store: ArticleStore = app.extensions["feedsvc"]["store"]
    # every page and feed: index, OPML, categories, articles, all feeds and archives
    assert {"/", "/feeds.opml", "/feeds/all/archive/1.rss", "/feeds/all/archive/2.json"} <= paths
    assert {f"/a/{s.id}/" for s in store.summaries(None, 1000)} <= paths
    for c in store.categories():
        assert {f"/c/{c.category.slug}/", f"/feeds/{c.category.slug}.atom"} <= paths
    for o in store.sources():
        assert f"/feeds/source/{o.slug}.json" in paths
    assert len(paths) == len(manifest)
    files = {str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()}
    assert files == {entry["file"] for entry in manifest} | {MANIFEST}

    with gunicorn(tmp_path / "store", env={"FEEDSVC_BASE_URL": BASE}) as base:
        for entry in manifest:
            status, headers, body = fetch(base + entry["url_path"])
            assert status == 200, entry["url_path"]
            assert (target / entry["file"]).read_bytes() == body, entry["url_path"]
            assert headers["Content-Type"] == entry["content_type"]
            assert headers.get("Cache-Control") == entry["cache_control"]


def test_export_needs_a_base_url(tmp_path: Path) -> None:
    app = make_app(tmp_path / "store")
    with app.app_context():
        result = app.test_cli_runner().invoke(args=["export", str(tmp_path / "site")])
    assert result.exit_code != 0
    assert "FEEDSVC_BASE_URL" in result.output


def test_articles_are_folders_and_replace_an_older_export(full_store: Path, tmp_path: Path) -> None:
    """Every page is written as a folder's index.html, also over an export made when
    articles were files without an extension (``a/<id>``)."""
    app = copied_app(full_store, tmp_path)
    store: ArticleStore = app.extensions["feedsvc"]["store"]
    article_id = store.summaries(None, 1)[0].id
    target = tmp_path / "site"
    (target / "a").mkdir(parents=True)
    (target / "a" / article_id).write_bytes(b"<!doctype html><p>older export</p>")
    with app.app_context():
        result = app.test_cli_runner().invoke(args=["export", str(target)])
    assert result.exit_code == 0, result.output
    manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    pages = [e for e in manifest if e["content_type"].startswith("text/html")]
    assert pages and all(e["file"].endswith("index.html") for e in pages)
    assert all(e["url_path"].endswith("/") for e in pages)
    page = (target / "a" / article_id / "index.html").read_text(encoding="utf-8")
    assert "older export" not in page and "<h1" in page
