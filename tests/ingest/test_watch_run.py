"""A pass over sources served by a stand-in portal on 127.0.0.1: importing into the feeds,
conditional requests, robots.txt, politeness by the server's clock, deferral, health."""

from __future__ import annotations

import json
import socket
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

import feedsvc.ingest.fetch
from feedsvc.ingest.watch.health import count_problems
from feedsvc.store import Scope
from tests.support.api import AUTH
from tests.support.api import TOKEN
from tests.support.api import Clock
from tests.support.listpages import REDESIGNED
from tests.support.portal import Portal
from tests.support.portal import Story
from tests.support.portal import serving_portal
from tests.support.watching import DELAY
from tests.support.watching import add
from tests.support.watching import watch
from tests.support.watching import watch_app

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def portal() -> Iterator[Portal]:
    site = Portal()
    with serving_portal(site):
        yield site


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(tmp_path: Path, clock: Clock) -> Flask:
    return watch_app(tmp_path / "store", clock, API_TOKENS=[TOKEN])


def test_run_fills_the_category_feeds_once_each(app: Flask, portal: Portal) -> None:
    add(app, portal.origin + "/mtbd/", "--name", "zlw")
    result = watch(app, "run")
    assert result.exit_code == 0, result.output
    assert "zlw: ok, 5 new" in result.output
    client = app.test_client()
    rss = ET.fromstring(client.get("/feeds/mei-ti-bao-dao.rss").data)
    items = rss.findall("./channel/item")
    assert sorted(i.findtext("title") for i in items) == sorted(s.title for s in portal.stories)
    story = portal.stories[0]
    [item] = [i for i in items if i.findtext("title") == story.title]
    assert item.findtext("pubDate") == "Mon, 28 Jul 2025 13:35:00 +0800"
    atom = ET.fromstring(client.get("/feeds/mei-ti-bao-dao.atom").data)
    entries = atom.findall(f"{ATOM}entry")
    assert len(entries) == len(portal.stories)
    [entry] = [e for e in entries if e.findtext(f"{ATOM}title") == story.title]
    assert entry.findtext(f"{ATOM}published") == "2025-07-28T13:35:00+08:00"
    authors = [a.findtext(f"{ATOM}name") for a in entry.findall(f"{ATOM}author")]
    assert authors == list(story.reporters)
    article = app.extensions["feedsvc"]["store"].select(Scope(), 10)
    by_title = {a.title: a for a in article}
    stored = by_title[story.title]
    assert stored.source.name == story.outlet
    assert stored.editor == story.editor
    assert stored.category.name == "媒体报道"


@pytest.mark.system
def test_nothing_new_asks_conditionally_and_writes_nothing(app: Flask, portal: Portal) -> None:
    add(app, portal.origin + "/mtbd/", "--name", "zlw")
    assert watch(app, "run").exit_code == 0
    client = app.test_client()
    before = [
        client.get(p).data for p in ("/feeds/mei-ti-bao-dao.rss", "/feeds/mei-ti-bao-dao.atom")
    ]
    store = app.extensions["feedsvc"]["store"]
    generation = store.generation()
    portal.hits.clear()
    result = watch(app, "run", "--force")
    assert result.exit_code == 0 and "zlw: not modified, 0 new" in result.output
    assert portal.paths("/mtbd/") == ["/mtbd/"]
    [hit] = [h for h in portal.hits if h.path == "/mtbd/"]
    assert hit.status == 304 and "If-None-Match" in hit.headers
    assert store.generation() == generation
    after = [
        client.get(p).data for p in ("/feeds/mei-ti-bao-dao.rss", "/feeds/mei-ti-bao-dao.atom")
    ]
    assert after == before
    portal.stories.insert(0, Story(6))
    portal.hits.clear()
    result = watch(app, "run", "--force")
    assert "zlw: ok, 1 new" in result.output
    assert portal.articles_fetched() == [Story(6).path]
    assert store.count() == 6


def test_not_due_sources_wait_for_their_interval(app: Flask, portal: Portal, clock: Clock) -> None:
    add(app, portal.origin + "/mtbd/", "--name", "zlw", "--interval", "60")
    watch(app, "run")
    portal.hits.clear()
    assert "0 sources checked" in watch(app, "run").output and portal.hits == []
    clock.advance(minutes=67)
    assert "1 sources checked" in watch(app, "run").output


@pytest.mark.system
def test_politeness_by_the_servers_clock(app: Flask, portal: Portal) -> None:
    portal.robots = (200, "User-agent: *\nDisallow: /mtbd/202507/t20250728_3.html\n")
    add(app, portal.origin + "/mtbd/", "--name", "zlw")
    add(app, portal.origin + "/mtbd/index.html", "--name", "zlw-again")
    watch(app, "run")
    hits = sorted(portal.hits, key=lambda h: h.start)
    assert portal.max_active == 1
    # the client waits DELAY after the end of an answer; the server's clock sees at least
    # DELAY between the starts of two requests (its own end stamp can lag the client's)
    gaps = [b.start - a.start for a, b in zip(hits, hits[1:], strict=False)]
    assert min(gaps) >= DELAY, gaps
    assert "/mtbd/202507/t20250728_3.html" not in portal.paths()
    assert all("feedsvc" in h.headers.get("User-Agent", "") for h in hits)
    assert portal.paths("/robots.txt") == ["/robots.txt"]


@pytest.mark.parametrize(
    ("robots", "allowed"),
    [
        ("User-agent: *\nDisallow: /mtbd/\nAllow: /mtbd/202507/\nAllow: /mtbd/$\n", 5),
        ("User-agent: *\nDisallow: /*_2.html$\nDisallow: /*_4.html$\n", 3),
        ("User-agent: feedsvc\nDisallow: /\n\nUser-agent: *\nAllow: /\n", 0),
    ],
)
def test_robots_rules(app: Flask, portal: Portal, robots: str, allowed: int) -> None:
    portal.robots = (200, robots)
    add(app, portal.origin + "/mtbd/", "--name", "zlw")
    watch(app, "run")
    assert len(portal.articles_fetched()) == allowed


def test_robots_403_allows_and_500_skips_the_host(app: Flask, portal: Portal) -> None:
    portal.robots = (500, "")
    add(app, portal.origin + "/mtbd/", "--name", "zlw")
    result = watch(app, "run")
    assert result.exit_code == 1 and "robots.txt is unavailable (HTTP 500)" in result.output
    assert portal.paths() == ["/robots.txt"]
    portal.robots = (403, "")
    watch(app, "reset", "zlw")
    assert watch(app, "run").exit_code == 0
    assert len(portal.articles_fetched()) == 5


@pytest.mark.system
def test_crawl_delay_is_kept(app: Flask, portal: Portal) -> None:
    portal.robots = (200, "User-agent: *\nCrawl-delay: 0.5\n")
    portal.stories = portal.stories[:2]
    add(app, portal.origin + "/mtbd/", "--name", "zlw")
    watch(app, "run")
    hits = sorted(portal.hits, key=lambda h: h.start)[1:]
    gaps = [b.start - a.start for a, b in zip(hits, hits[1:], strict=False)]
    assert len(gaps) == 2 and min(gaps) >= 0.5, gaps


@pytest.mark.parametrize("retry", ["120", "Fri, 01 Aug 2025 06:00:00 GMT"])
def test_429_with_retry_after_defers_the_source(
    app: Flask, portal: Portal, clock: Clock, retry: str
) -> None:
    portal.list_override = (429, {"Retry-After": retry}, b"slow down")
    add(app, portal.origin + "/mtbd/", "--name", "zlw")
    result = watch(app, "run")
    assert result.exit_code == 0 and "zlw: deferred" in result.output
    state = app.extensions["feedsvc"]["store"].root / "watch" / "sources" / "zlw.json"
    expected = "2025-08-01T04:02:00+00:00" if retry == "120" else "2025-08-01T06:00:00+00:00"
    assert f'"next_due": "{expected}"' in state.read_text()
    portal.hits.clear()
    watch(app, "run")
    assert portal.hits == []


def test_a_redesigned_page_is_a_health_error(app: Flask, portal: Portal, clock: Clock) -> None:
    add(app, portal.origin + "/mtbd/", "--name", "zlw")
    portal.list_override = (200, {"Content-Type": "text/html; charset=utf-8"}, REDESIGNED.encode())
    result = watch(app, "run")
    assert result.exit_code == 1
    message = f"no article links found on {portal.origin}/mtbd/ — has the page changed?"
    assert message in result.output
    listing = watch(app, "list").output
    assert "failing" in listing and message in listing
    response = app.test_client().get("/api/sources", headers=AUTH)
    assert response.status_code == 200
    [row] = response.get_json()["sources"]
    assert row["name"] == "zlw" and row["failures"] == 1 and row["last_error"] == message
    assert response.get_json()["failing"] == 1
    assert app.test_client().get("/api/sources").status_code == 401
    store = app.extensions["feedsvc"]["store"]
    counts = count_problems(store.root / "sources.toml", store.root / "watch", clock())
    assert (counts.sources, counts.failing, counts.stale) == (1, 1, 0)


@pytest.mark.system
def test_a_withdrawn_article_never_comes_back(app: Flask, portal: Portal) -> None:
    add(app, portal.origin + "/mtbd/", "--name", "zlw")
    watch(app, "run")
    store = app.extensions["feedsvc"]["store"]
    victim = next(a for a in store.select(Scope(), 10) if a.title == portal.stories[0].title)
    store.delete(victim.id)
    (store.root / "watch" / "sources" / "zlw.json").unlink()  # even with the state lost
    result = watch(app, "run", "--force")
    assert result.exit_code == 0
    assert store.count() == 4
    assert victim.title not in [a.title for a in store.select(Scope(), 10)]


def test_two_overlapping_runs_never_share_a_source(app: Flask, portal: Portal) -> None:
    add(app, portal.origin + "/mtbd/", "--name", "zlw")
    states = app.extensions["feedsvc"]["store"].root / "watch" / "sources"
    states.mkdir(parents=True, exist_ok=True)
    from filelock import FileLock

    with FileLock(str(states / "zlw.lock")):
        result = watch(app, "run")
    assert "zlw: skipped" in result.output and "another run" in result.output
    assert portal.hits == []


def test_a_redirect_to_a_private_address_is_refused(
    app: Flask, tmp_path: Path, clock: Clock, portal: Portal, monkeypatch: pytest.MonkeyPatch
) -> None:
    guarded = watch_app(tmp_path / "guarded", clock, FETCH_ALLOW_PRIVATE=False)
    real_check = feedsvc.ingest.fetch.check_host
    monkeypatch.setattr(  # the portal stands in for a public host; its redirect does not
        feedsvc.ingest.fetch,
        "check_host",
        lambda url: None if url.startswith(portal.origin) else real_check(url),
    )
    monkeypatch.setattr(feedsvc.ingest.fetch, "_guarded_connection", socket.create_connection)
    portal.list_override = (302, {"Location": "http://192.168.1.20/mtbd/"}, b"")
    add(guarded, portal.origin + "/mtbd/", "--name", "zlw")
    result = watch(guarded, "run")
    assert result.exit_code == 1
    assert "non-public address 192.168.1.20" in result.output


def test_preview_fetches_and_extracts_but_writes_nothing(app: Flask, portal: Portal) -> None:
    portal.stories = portal.stories[:2]
    add(app, portal.origin + "/mtbd/", "--name", "zlw")
    result = watch(app, "preview", "zlw", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    first = data["links"][0]
    story = portal.stories[0]
    assert first["url"] == portal.origin + story.path and first["date"] == "2025-07-28"
    article = first["article"]
    assert article["title"] == story.title
    assert article["published"] == story.time.replace(" ", "T") + "+08:00"
    assert article["outlet"] == story.outlet and article["authors"] == list(story.reporters)
    assert app.extensions["feedsvc"]["store"].count() == 0
    assert not (app.extensions["feedsvc"]["store"].root / "watch" / "sources" / "zlw.json").exists()


def test_add_list_remove(app: Flask) -> None:
    add(app, "http://www.zl-zx.org.cn/mtbd/", "--category", "媒体报道", "--interval", "45")
    assert watch(app, "add", "http://h.cn/", "--interval", "5").exit_code == 2
    again = watch(app, "add", "http://www.zl-zx.org.cn/mtbd/")
    assert again.exit_code == 1 and "already declared" in again.output
    listing = watch(app, "list").output.splitlines()
    assert listing[0].split()[:3] == ["name", "last", "check"]
    assert listing[1].split()[:3] == ["zl-zx-mtbd", "-", "new"]
    assert watch(app, "remove", "zl-zx-mtbd").exit_code == 0
    assert "no sources" in watch(app, "list").output
    assert watch(app, "remove", "zl-zx-mtbd").exit_code == 1
