"""Which proxy headers and Host values the app believes, and where its links come from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask

from feedsvc.web.cache import FeedCache
from tests.support.app import ROOT
from tests.support.app import make_app

EVIL = {
    "X-Forwarded-Prefix": "//evil.example",
    "X-Forwarded-Port": "6666",
    "X-Forwarded-Host": "evil.example",
    "X-Forwarded-Proto": "https",
}
URLS = ("/", "/c/cai-jing/", "/feeds/all.rss", "/feeds/all.atom", "/feeds/all.json", "/feeds.opml")
ALL_HEADERS = "for,proto,host,port,prefix"


def links(data: bytes) -> list[str]:
    """Every href, src, URL-valued element text and JSON url in *data*."""
    text = data.decode()
    found = re.findall(r'(?:href|src|xmlUrl|htmlUrl)="([^"]*)"', text)
    found += re.findall(r"<(?:link|guid|id|loc)>([^<]*)<", text)
    found += re.findall(r'"(?:home_page_url|feed_url|url|next_url)": ?"([^"]*)"', text)
    return found


def test_prefix_and_port_are_not_trusted_by_default(full_app: Flask) -> None:
    """A proxy that passes a client's X-Forwarded-Prefix/-Port on changes no link."""
    store_dir = full_app.extensions["feedsvc"]["store"].root
    client = make_app(store_dir, TRUST_PROXY=1).test_client()
    headers = {**EVIL, "X-Forwarded-Host": "news.example.com"}
    for url in URLS:
        data = client.get(url, headers=headers).data
        assert b"evil.example" not in data and b"6666" not in data, url
    feed = client.get("/feeds/all.rss", headers=headers).data
    assert b"https://news.example.com/feeds/all.rss" in feed


def test_trusted_headers_are_configurable(full_app: Flask) -> None:
    store_dir = full_app.extensions["feedsvc"]["store"].root
    client = make_app(store_dir, TRUST_PROXY=1, PROXY_HEADERS=ALL_HEADERS).test_client()
    headers = {**EVIL, "X-Forwarded-Prefix": "/news", "X-Forwarded-Host": "news.example.com"}
    feed = client.get("/feeds/all.rss", headers=headers).data
    assert b"https://news.example.com:6666/news/feeds/all.rss" in feed
    only_for = make_app(store_dir, TRUST_PROXY=1, PROXY_HEADERS="for").test_client()
    assert b"http://localhost/feeds/all.rss" in only_for.get("/feeds/all.rss", headers=EVIL).data


@pytest.mark.parametrize("base", ["https://news.example.com", "https://news.example.com/site"])
def test_base_url_makes_every_link(full_app: Flask, base: str) -> None:
    """With BASE_URL set, no request header moves any link, relative or absolute, even with
    every proxy header trusted; and every Host shares one cache entry per URL."""
    store_dir = full_app.extensions["feedsvc"]["store"].root
    app = make_app(store_dir, BASE_URL=base, TRUST_PROXY=1, PROXY_HEADERS=ALL_HEADERS)
    client = app.test_client()
    root = base.removeprefix("https://news.example.com")
    for url in URLS:
        for headers in ({}, EVIL, {"Host": "other.example:8080"}):
            data = client.get(url, headers=headers).data
            assert b"evil" not in data and b"other.example" not in data, url
            found = links(data)
            assert found, url
            ours = [u for u in found if not u.startswith(("http://", "https://", "tag:"))]
            ours += [u for u in found if not u.startswith("tag:") and ("example" in u)]
            for link in ours:
                assert link.startswith((f"{base}/", f"{root}/")), (url, link)
                assert not link.startswith("//"), (url, link)
    cache: FeedCache = app.extensions["feedsvc"]["cache"]
    assert len(cache) == 6  # two pages, rss, atom, json, opml: one each for all the hosts


def test_unknown_host_is_refused(full_app: Flask) -> None:
    store_dir = full_app.extensions["feedsvc"]["store"].root
    app = make_app(store_dir, ALLOWED_HOSTS="news.example.com, .example.org")
    client = app.test_client()
    for host in ("news.example.com", "news.example.com:8080", "feeds.example.org"):
        assert client.get("/feeds/all.rss", base_url=f"http://{host}").status_code == 200
    for host in ("evil.example", "news.example.com.evil.example", "localhost"):
        assert client.get("/feeds/all.rss", base_url=f"http://{host}").status_code == 400
        assert client.get("/", base_url=f"http://{host}").status_code == 400
    cache: FeedCache = app.extensions["feedsvc"]["cache"]
    assert len(cache) == 3


def test_allowed_hosts_checks_the_host_the_proxy_reports(full_app: Flask) -> None:
    store_dir = full_app.extensions["feedsvc"]["store"].root
    app = make_app(store_dir, TRUST_PROXY=1, ALLOWED_HOSTS=["news.example.com"])
    client = app.test_client()
    ok = client.get("/", headers={"X-Forwarded-Host": "news.example.com"})
    refused = client.get("/", headers={"X-Forwarded-Host": "evil.example"})
    assert (ok.status_code, refused.status_code) == (200, 400)


@pytest.mark.parametrize(
    "config",
    [{"PROXY_HEADERS": "for,bogus"}, {"ALLOWED_HOSTS": 5}, {"CACHE_BYTES": -1}],
)
def test_bad_settings_are_refused(tmp_path: Path, config: dict[str, object]) -> None:
    key = next(iter(config))
    with pytest.raises(ValueError, match=f"FEEDSVC_{key}"):
        make_app(tmp_path / "store", **config)


def test_readme_shows_the_nginx_location_the_tests_run() -> None:
    root = ROOT
    readme = (root / "README.md").read_text(encoding="utf-8")
    snippet = (root / "deploy" / "nginx" / "feedsvc-location.conf").read_text(encoding="utf-8")
    directives = [line.split("#")[0].strip() for line in snippet.splitlines()]
    missing = [d for d in directives if d and d not in readme]
    assert not missing
