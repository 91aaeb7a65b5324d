"""The render cache stays bounded whatever URLs and Host headers clients send."""

from __future__ import annotations

import http.client
import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from lxml import etree

from feedsvc.store import ArticleStore
from feedsvc.web.cache import ENTRY_OVERHEAD
from feedsvc.web.cache import Body
from feedsvc.web.cache import FeedCache
from feedsvc.web.cache import make_entry
from tests.support.app import make_app
from tests.support.servers import gunicorn

FEED = "/feeds/all.rss"
ATOM = "{http://www.w3.org/2005/Atom}"


def cache_of(app: Flask) -> FeedCache:
    cache: FeedCache = app.extensions["feedsvc"]["cache"]
    return cache


def body(size: int) -> Body:
    data = os.urandom(size)  # incompressible: the gzip copy is as large as the plain one
    return Body(data, "application/octet-stream", datetime(2025, 8, 1, tzinfo=ZoneInfo("UTC")))


def test_byte_budget_drops_least_recently_used(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path / "store").open()
    entry_size = 2 * 10_000 + ENTRY_OVERHEAD
    cache = FeedCache(store.generation, 300, max_entries=100, max_bytes=3 * entry_size + 10_000)
    entries = {name: make_entry("s", (0, 0), body(10_000), 300) for name in "abcd"}
    for name in "abc":
        cache.put((name,), entries[name])
    assert cache.get(("a",)) is not None  # "a" is now the most recently used
    cache.put(("d",), entries["d"])
    assert [key for key in "abcd" if cache.get((key,))] == ["a", "c", "d"]
    assert cache.bytes_used == 3 * entries["a"].size <= cache.max_bytes
    cache.put(("huge",), make_entry("s", (0, 0), body(200_000), 300))  # over budget alone
    assert cache.get(("huge",)) is None and cache.bytes_used <= cache.max_bytes
    cache.clear()
    assert cache.bytes_used == 0


def test_ignored_parameters_share_one_entry(full_store: Path) -> None:
    app = make_app(full_store)
    client = app.test_client()
    plain = client.get(FEED).data
    for n in range(200):
        response = client.get(f"{FEED}?utm_source={n}&fbclid=x{n}")
        assert response.status_code == 200 and response.data == plain
    limited = client.get(f"{FEED}?utm=1&limit=5&utm=2").data
    self_link = etree.fromstring(limited).find(f"channel/{ATOM}link")
    assert self_link is not None and self_link.get("href") == f"http://localhost{FEED}?limit=5"
    assert len(cache_of(app)) == 2
    assert cache_of(app).stats.renders == 2


def test_hosts_and_queries_stay_within_the_byte_budget(full_store: Path) -> None:
    budget = 1 << 20
    app = make_app(full_store, CACHE_BYTES=budget)
    client = app.test_client()
    for n in range(60):
        client.get(f"{FEED}?q=新华社&x={n}", base_url=f"http://h{n}.example")
        assert cache_of(app).bytes_used <= budget
    assert 0 < len(cache_of(app)) < 60


def worker_rss(pid: str) -> int:
    """Resident set size of process *pid*, in bytes (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmRSS for {pid}")


def get(base: str, path: str, host: str) -> tuple[int, str]:
    """GET *path* with Host *host* and gzip; return the status and the worker's pid."""
    address = base.removeprefix("http://")
    connection = http.client.HTTPConnection(address, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": host, "Accept-Encoding": "gzip"})
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("X-Worker-Pid", "")
    finally:
        connection.close()


@pytest.mark.system
def test_junk_urls_leave_worker_memory_within_budget(full_store: Path) -> None:
    """2,000 distinct junk URLs (ignored parameters, Host headers, searches) against one
    real gunicorn worker: its RSS grows by less than the cache budget plus some slack."""
    budget = 8 << 20
    env = {"FEEDSVC_CACHE_BYTES": str(budget)}
    quiet = ("--access-logfile", "/dev/null")
    with gunicorn(full_store, app="tests.support.workerapp:app", env=env, extra_args=quiet) as base:
        for n in range(20):  # warm up: templates, index, a few renders
            status, pid = get(base, f"{FEED}?limit=200&w={n}", f"warm{n % 4}.example")
        before = worker_rss(pid)
        for n in range(2000):
            if n % 8 == 0:  # every 8th: a new Host, so a new render and entry
                path, host = f"{FEED}?limit=200&utm={n}", f"junk{n}.example"
            else:
                path, host = f"{FEED}?utm_source={n}&ref={n}", "news.example.com"
            status, _ = get(base, path, host)
            assert status == 200
        grown = worker_rss(pid) - before
    print(f"worker RSS {before / 2**20:.1f} MiB, grew {grown / 2**20:.1f} MiB")
    assert grown < budget + (12 << 20)
