"""Against a real gunicorn: newsboat subscribes through /feeds.opml (the categories) and
through /feeds/sources.opml (the outlets), loads every feed, and sees each story once."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from feedsvc.store import ArticleStore
from feedsvc.store import Scope
from tests.support.feeds import copied_app
from tests.support.servers import fetch
from tests.support.servers import gunicorn
from tests.support.servers import require_tool

pytestmark = pytest.mark.system


class Newsboat:
    """newsboat with its own config, url list and cache in *home*."""

    def __init__(self, home: Path) -> None:
        self.binary = require_tool("newsboat")
        home.mkdir()
        self.home, self.urls, self.cache = home, home / "urls", home / "cache.db"
        (home / "config").write_text("")
        self.env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home)}
        self.env["LANG"] = "C.UTF-8"

    def run(self, *args: str, timeout: int = 120) -> None:
        common = ["-C", str(self.home / "config"), "-u", str(self.urls), "-c", str(self.cache)]
        subprocess.run(
            [self.binary, *common, *args],
            env=self.env,
            check=True,
            capture_output=True,
            timeout=timeout,
        )

    def subscribe(self, opml_url: str) -> list[str]:
        """Import the OPML at *opml_url* (``-i``); the feed URLs newsboat now lists."""
        status, _, opml = fetch(opml_url)
        assert status == 200, opml_url
        (self.home / "import.opml").write_bytes(opml)
        self.run("-i", str(self.home / "import.opml"), timeout=60)
        lines = self.urls.read_text().splitlines()
        return [line.split()[0] for line in lines if line.strip()]

    def items(self) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
        """After ``-x reload``: feed titles by URL, and (feed URL, guid, link) of every item."""
        self.run("-x", "reload")
        with closing(sqlite3.connect(self.cache)) as conn:
            feeds = dict(conn.execute("SELECT rssurl, title FROM rss_feed"))
            rows = conn.execute("SELECT feedurl, guid, url FROM rss_item").fetchall()
        return feeds, [(r[0], r[1], r[2]) for r in rows]


def test_newsboat_subscribes_to_the_categories_and_sees_each_story_once(
    full_store: Path, tmp_path: Path
) -> None:
    app = copied_app(full_store, tmp_path)
    store: ArticleStore = app.extensions["feedsvc"]["store"]
    limit = app.extensions["feedsvc"]["settings"].feed_limit
    newsboat = Newsboat(tmp_path / "home")
    with gunicorn(tmp_path / "store") as base:  # no BASE_URL: links point at this server
        listed = newsboat.subscribe(base + "/feeds.opml")
        expected = {
            f"{base}/feeds/{c.category.slug}.rss": Scope(c.category.slug)
            for c in store.categories()
        }
        assert sorted(listed) == sorted(expected)
        feeds, items = newsboat.items()
    guids = [guid for _, guid, _ in items]
    links = [link for _, _, link in items]
    # No story twice: not by guid, and not as the same article page under another guid.
    assert len(guids) == len(set(guids)) and len(links) == len(set(links))
    # Every subscribed feed was loaded and shows all it serves: nothing was swallowed by
    # newsboat's guid deduplication across feeds.
    for url, scope in expected.items():
        assert feeds.get(url), f"newsboat did not load {url}"
        shown = {guid for feed, guid, _ in items if feed == url}
        assert shown and shown == {a.guid for a in store.select(scope, limit)}, url


def test_newsboat_subscribes_to_every_outlet_through_sources_opml(
    full_store: Path, tmp_path: Path
) -> None:
    app = copied_app(full_store, tmp_path)
    store: ArticleStore = app.extensions["feedsvc"]["store"]
    newsboat = Newsboat(tmp_path / "home")
    with gunicorn(tmp_path / "store") as base:
        listed = newsboat.subscribe(base + "/feeds/sources.opml")
        expected = {f"{base}/feeds/source/{o.slug}.rss" for o in store.sources()}
        assert expected and sorted(listed) == sorted(expected)
        feeds, items = newsboat.items()
    for url in expected:
        assert feeds.get(url) and any(feed == url for feed, _, _ in items), url
