"""Against a real gunicorn: newsboat subscribes to everything through /feeds.opml and loads
every feed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from feedsvc.store import ArticleStore
from feedsvc.store import Scope
from tests.support.feeds import copied_app
from tests.support.servers import fetch
from tests.support.servers import gunicorn
from tests.support.servers import require_tool

pytestmark = pytest.mark.system


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
