"""End to end: a real gunicorn process, read by feedparser and by the newsboat reader."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from datetime import UTC
from datetime import datetime
from pathlib import Path

import feedparser
import pytest
from flask import Flask

from tests.support.app import SEED_FEEDS
from tests.support.app import SEED_TITLE
from tests.support.servers import ROOT
from tests.support.servers import fetch
from tests.support.servers import gunicorn
from tests.support.servers import require_tool

pytestmark = pytest.mark.system

SEED_INSTANT = datetime(2025, 7, 28, 1, 30, 57, tzinfo=UTC)


@pytest.fixture
def server(seeded_app: Flask) -> object:
    with gunicorn(seeded_app.extensions["feedsvc"]["store"].root, workers=2) as base:
        yield base


def test_gunicorn_serves_pages_and_feeds_read_by_feedparser(server: str) -> None:
    status, headers, body = fetch(server + "/")
    assert status == 200 and SEED_TITLE in body.decode()
    for path in SEED_FEEDS:
        parsed = feedparser.parse(server + path)
        assert parsed.status == 200
        assert not parsed.bozo, parsed.get("bozo_exception")
        entry = parsed.entries[0]
        assert entry.title == SEED_TITLE
        assert datetime(*entry.published_parsed[:6], tzinfo=UTC) == SEED_INSTANT
        assert parsed.feed.links[0].href.startswith(server) or any(
            link.href == server + path for link in parsed.feed.links
        )
        names = [a.name for a in entry.get("authors", [])]
        # Atom: one author per person; RSS: one dc:creator naming both (王慧慧、龚雯).
        assert any("王慧慧" in name for name in names) and "佚名" not in "".join(names)


def test_newsboat_reads_the_same_instant_and_title(server: str, tmp_path: Path) -> None:
    newsboat = require_tool("newsboat")
    urls = tmp_path / "urls"
    urls.write_text("".join(f"{server}{path}\n" for path in SEED_FEEDS), encoding="utf-8")
    cache = tmp_path / "cache.db"
    config = tmp_path / "config"
    config.write_text("", encoding="utf-8")
    subprocess.run(
        [newsboat, "-x", "reload", "-u", str(urls), "-c", str(cache), "-C", str(config)],
        check=True,
        timeout=60,
        capture_output=True,
        env={"HOME": str(tmp_path), "LANG": "C.UTF-8"},
    )
    with sqlite3.connect(cache) as db:
        feeds = {row[0] for row in db.execute("SELECT rssurl FROM rss_feed")}
        items = db.execute("SELECT title, pubDate, guid, feedurl, author FROM rss_item").fetchall()
    assert feeds == {server + path for path in SEED_FEEDS}
    # newsboat keys items by guid across feeds: the seed is one item, seen in every feed.
    assert {row[0] for row in items} == {SEED_TITLE}
    assert {row[1] for row in items} == {int(SEED_INSTANT.timestamp())}
    assert len({row[2] for row in items}) == 1
    assert all("佚名" not in (row[4] or "") for row in items)


def test_installed_package_serves_from_outside_the_repo(seeded_app: Flask, tmp_path: Path) -> None:
    """`pip install .` (not editable): templates and the stylesheet ship in the wheel and the
    factory runs."""
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    assert (target / "feedsvc" / "templates" / "article.html").is_file()
    assert (target / "feedsvc" / "static" / "site.css").is_file()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    with gunicorn(
        seeded_app.extensions["feedsvc"]["store"].root,
        app="feedsvc:create_app()",
        cwd=outside,
        env={"PYTHONPATH": str(target)},
    ) as base:
        status, _, body = fetch(base + "/")
        assert status == 200 and SEED_TITLE in body.decode()
        stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', body.decode())
        assert stylesheet is not None
        status, headers, css = fetch(base + stylesheet[1])
        assert status == 200 and headers["Content-Type"].startswith("text/css") and css
        status, _, body = fetch(base + "/feeds/mei-ti-bao-dao.atom")
        assert status == 200 and b"2025-07-28T09:30:57+08:00" in body
        status, _, body = fetch(base + "/c/mei-ti-bao-dao/")
        assert status == 200 and SEED_TITLE in body.decode()
