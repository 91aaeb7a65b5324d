"""Against a real gunicorn: the static export is byte-identical to what the server serves,
and newsboat subscribes to everything through /feeds.opml and loads every feed."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

from feedsvc.export import MANIFEST
from feedsvc.store import ArticleStore
from feedsvc.store import Scope
from tests.support.app import make_app
from tests.support.feeds import BASE
from tests.support.feeds import copied_app
from tests.support.servers import fetch
from tests.support.servers import gunicorn
from tests.support.servers import require_tool


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
    assert {f"/a/{s.id}" for s in store.summaries(None, 1000)} <= paths
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


def test_newsboat_imports_the_opml_and_loads_every_feed(full_store: Path, tmp_path: Path) -> None:
    newsboat = require_tool("newsboat")
    app = copied_app(full_store, tmp_path)
    store: ArticleStore = app.extensions["feedsvc"]["store"]
    home = tmp_path / "home"
    home.mkdir()
    config, urls, cache = home / "config", home / "urls", home / "cache.db"
    config.write_text("")
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home), "LANG": "C.UTF-8"}
    with gunicorn(tmp_path / "store") as base:  # no BASE_URL: links point at this server
        status, _, opml = fetch(base + "/feeds.opml")
        assert status == 200
        (home / "feeds.opml").write_bytes(opml)
        common = ["-C", str(config), "-u", str(urls), "-c", str(cache)]
        subprocess.run(
            [newsboat, *common, "-i", str(home / "feeds.opml")],
            env=env,
            check=True,
            capture_output=True,
            timeout=60,
        )
        listed = [line.split()[0] for line in urls.read_text().splitlines() if line.strip()]
        expected = {f"{base}/feeds/all.rss": Scope()}
        expected |= {
            f"{base}/feeds/{c.category.slug}.rss": Scope(c.category.slug)
            for c in store.categories()
        }
        expected |= {
            f"{base}/feeds/source/{o.slug}.rss": Scope(source=o.slug) for o in store.sources()
        }
        assert sorted(listed) == sorted(expected)
        subprocess.run(
            [newsboat, *common, "-x", "reload"],
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
        )
    with sqlite3.connect(cache) as conn:
        feeds = dict(conn.execute("SELECT rssurl, title FROM rss_feed"))
        guids = [row[0] for row in conn.execute("SELECT guid FROM rss_item")]
    conn.close()
    # Every listed feed was fetched and parsed (its channel title is stored) ...
    for url, scope in expected.items():
        assert feeds.get(url), f"newsboat did not load {url}"
        assert store.select(scope, 1), url
    # ... and, since newsboat keys items by guid across feeds, together they hold every
    # stored article exactly once.
    every = {a.guid for a in store.select(Scope(), 1000)}
    assert len(guids) == len(set(guids)) and set(guids) == every
