"""Conditional GET, freshness, compression and the render cache, through the Flask client."""

from __future__ import annotations

import gzip
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from flask.testing import FlaskClient
from lxml import etree
from werkzeug.http import http_date
from werkzeug.http import parse_date

from feedsvc.store import ArticleStore
from feedsvc.store import Scope
from feedsvc.web.cache import FeedCache
from feedsvc.web.cache import accepts_gzip
from tests.support.app import make_app
from tests.support.app import store_of
from tests.support.drafts import draft

FEED = "/feeds/all.rss"
CATEGORY_FEED = "/feeds/cai-jing.rss"  # 财经
OTHER_FEED = "/feeds/guo-ji-xin-wen.atom"  # 国际新闻
GZIP = {"Accept-Encoding": "gzip"}
SHANGHAI = ZoneInfo("Asia/Shanghai")


def cache_of(app: Flask) -> FeedCache:
    cache: FeedCache = app.extensions["feedsvc"]["cache"]
    return cache


def item_titles(data: bytes) -> list[str]:
    root = etree.fromstring(data)
    titles = root.xpath("//item/title/text() | //*[local-name()='entry']/*[local-name()='title']")
    return [t if isinstance(t, str) else t.text for t in titles]


# -- validators ---------------------------------------------------------------------------


def test_feed_has_strong_etag_and_its_own_last_modified(full_app: Flask) -> None:
    client = full_app.test_client()
    store = store_of(full_app)
    for path, scope in ((FEED, Scope()), (CATEGORY_FEED, Scope(category="cai-jing"))):
        response = client.get(path)
        assert response.status_code == 200
        etag = response.headers["ETag"]
        assert etag.startswith('"') and not etag.startswith("W/")
        assert response.headers["Last-Modified"] == http_date(store.changed_at(scope))
    # per feed, never site-wide: a write to another category leaves this one's alone
    before = client.get(CATEGORY_FEED).last_modified
    store.save(draft("另一栏目的新文章", "国际新闻", datetime(2025, 8, 2, 9, 0)))
    assert client.get(CATEGORY_FEED).last_modified == before
    assert client.get(FEED).last_modified > before  # type: ignore[operator]


@pytest.mark.parametrize(
    "if_none_match",
    ["{etag}", '"nope", {etag}, "other"', "W/{etag}", "*"],
    ids=["exact", "list", "weak", "star"],
)
def test_if_none_match_answers_304(full_client: FlaskClient, if_none_match: str) -> None:
    first = full_client.get(FEED)
    header = if_none_match.format(etag=first.headers["ETag"])
    for _ in range(2):  # first through Flask (revalidated), then through the fast path
        response = full_client.get(FEED, headers={"If-None-Match": header})
        assert response.status_code == 304
        assert response.data == b""
        assert response.headers["ETag"] == first.headers["ETag"]
        assert response.headers["Cache-Control"] == "public, max-age=300"
        assert response.headers["Vary"] == "Accept-Encoding"


def test_other_etag_gets_the_feed(full_client: FlaskClient) -> None:
    first = full_client.get(FEED)
    response = full_client.get(FEED, headers={"If-None-Match": '"0000", "1111"'})
    assert response.status_code == 200
    assert response.data == first.data


def test_if_modified_since(full_client: FlaskClient) -> None:
    first = full_client.get(FEED)
    modified = first.headers["Last-Modified"]
    earlier = http_date(parse_date(modified) - timedelta(seconds=1))  # type: ignore[operator]
    assert full_client.get(FEED, headers={"If-Modified-Since": modified}).status_code == 304
    assert full_client.get(FEED, headers={"If-Modified-Since": earlier}).status_code == 200
    # If-None-Match wins over If-Modified-Since when both are sent
    both = {"If-Modified-Since": modified, "If-None-Match": '"0000"'}
    assert full_client.get(FEED, headers=both).status_code == 200
    both = {"If-Modified-Since": earlier, "If-None-Match": first.headers["ETag"]}
    assert full_client.get(FEED, headers=both).status_code == 304


def test_head(full_client: FlaskClient) -> None:
    get = full_client.get(FEED)
    for _ in range(2):  # Flask, then the fast path
        head = full_client.head(FEED)
        assert head.status_code == 200
        assert head.data == b""
        assert head.headers["Content-Length"] == str(len(get.data))
        assert head.headers["ETag"] == get.headers["ETag"]
    head = full_client.head(FEED, headers={"If-None-Match": get.headers["ETag"]})
    assert head.status_code == 304
    # a HEAD before any GET goes through Flask and primes the cache with the same headers
    first = full_client.head(OTHER_FEED)
    assert (first.status_code, first.data) == (200, b"")
    assert full_client.get(OTHER_FEED).headers["ETag"] == first.headers["ETag"]


def test_pages_have_validators(full_client: FlaskClient) -> None:
    for path in ("/", "/c/cai-jing/"):
        response = full_client.get(path)
        assert response.headers["Last-Modified"]
        assert response.headers["Cache-Control"] == "public, max-age=300"
        etag = response.headers["ETag"]
        assert full_client.get(path, headers={"If-None-Match": etag}).status_code == 304
        modified = response.headers["Last-Modified"]
        assert full_client.get(path, headers={"If-Modified-Since": modified}).status_code == 304


# -- freshness and compression ------------------------------------------------------------


def test_max_age_and_rss_ttl_agree(full_store: Path, tmp_path: Path) -> None:
    default = make_app(full_store).test_client().get(FEED)
    assert default.headers["Cache-Control"] == "public, max-age=300"
    assert etree.fromstring(default.data).findtext("channel/ttl") == "5"
    app = make_app(full_store, CACHE_MAX_AGE=120)
    response = app.test_client().get(FEED)
    assert response.headers["Cache-Control"] == "public, max-age=120"
    assert etree.fromstring(response.data).findtext("channel/ttl") == "2"
    atom = app.test_client().get("/feeds/all.atom")
    assert atom.headers["Cache-Control"] == "public, max-age=120"
    assert b"ttl" not in atom.data


def test_gzip_has_its_own_etag(full_client: FlaskClient) -> None:
    plain = full_client.get(FEED)
    for _ in range(2):  # Flask, then the fast path
        packed = full_client.get(FEED, headers=GZIP)
        assert packed.headers["Content-Encoding"] == "gzip"
        assert packed.headers["Vary"] == "Accept-Encoding"
        assert gzip.decompress(packed.data) == plain.data
        assert packed.headers["ETag"] != plain.headers["ETag"]
        assert packed.headers["Content-Length"] == str(len(packed.data))
    assert "Content-Encoding" not in plain.headers
    gz_etag = packed.headers["ETag"]
    assert full_client.get(FEED, headers={**GZIP, "If-None-Match": gz_etag}).status_code == 304
    # the identity ETag does not validate the gzip variant, and vice versa
    assert (
        full_client.get(FEED, headers={**GZIP, "If-None-Match": plain.headers["ETag"]}).status_code
        == 200
    )
    assert full_client.get(FEED, headers={"If-None-Match": gz_etag}).status_code == 200
    refused = full_client.get(FEED, headers={"Accept-Encoding": "gzip;q=0, identity"})
    assert "Content-Encoding" not in refused.headers
    assert refused.data == plain.data


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("gzip", True),
        ("gzip, deflate, br", True),
        ("GZIP;q=0.5", True),
        ("*", True),
        ("gzip;q=0", False),
        ("identity", False),
        ("deflate", False),
        ("", False),
        ("*;q=0", False),
    ],
)
def test_accepts_gzip(header: str, expected: bool) -> None:
    assert accepts_gzip(header) is expected


def test_output_is_deterministic(full_store: Path) -> None:
    responses = [make_app(full_store).test_client().get(FEED, headers=GZIP) for _ in range(2)]
    assert responses[0].data == responses[1].data
    assert responses[0].headers["ETag"] == responses[1].headers["ETag"]


# -- the cache and the fast path ----------------------------------------------------------


def test_cached_feed_is_answered_before_flask(full_app: Flask) -> None:
    dispatched: list[str] = []
    full_app.before_request(lambda: dispatched.append("x") and None)
    client = full_app.test_client()
    first = client.get(FEED)
    assert dispatched == ["x"]
    for headers in ({}, {"If-None-Match": first.headers["ETag"]}):
        client.get(FEED, headers=headers)
    client.head(FEED)
    assert dispatched == ["x"]
    assert cache_of(full_app).stats.hits == 3
    assert cache_of(full_app).stats.renders == 1


def test_write_rerenders_only_the_feeds_it_touched(full_app: Flask) -> None:
    client = full_app.test_client()
    stats = cache_of(full_app).stats
    before = {path: client.get(path) for path in (FEED, CATEGORY_FEED, OTHER_FEED)}
    assert stats.renders == 3
    result = store_of(full_app).save(draft("新的财经文章", "财经", datetime(2025, 8, 1, 9, 0)))
    assert result.status == "imported"
    after = {path: client.get(path) for path in (FEED, CATEGORY_FEED, OTHER_FEED)}
    assert stats.renders == 5 and stats.revalidations == 1
    for path in (FEED, CATEGORY_FEED):
        assert item_titles(after[path].data)[0] == "新的财经文章"
        assert after[path].headers["ETag"] != before[path].headers["ETag"]
        assert after[path].headers["Last-Modified"] != before[path].headers["Last-Modified"]
    assert after[OTHER_FEED].data == before[OTHER_FEED].data
    assert after[OTHER_FEED].headers["ETag"] == before[OTHER_FEED].headers["ETag"]
    # nothing changed since: answered from memory
    hits = stats.hits
    for path in (FEED, CATEGORY_FEED, OTHER_FEED):
        assert client.get(path).data == after[path].data
    assert stats.hits == hits + 3 and stats.renders == 5


def test_write_by_another_store_instance_is_seen(full_app: Flask) -> None:
    """Another process writing the same folder: only the generation file tells us."""
    client = full_app.test_client()
    old = client.get(FEED, headers=GZIP)
    other = ArticleStore(store_of(full_app).root).open()
    other.save(draft("另一个进程写入", "国内新闻", datetime(2025, 8, 2, 9, 0)))
    new = client.get(FEED, headers={**GZIP, "If-None-Match": old.headers["ETag"]})
    assert new.status_code == 200
    assert item_titles(gzip.decompress(new.data))[0] == "另一个进程写入"


def test_feeds_are_cached_per_host(full_app: Flask) -> None:
    client = full_app.test_client()
    one = client.get(FEED, base_url="http://one.example")
    two = client.get(FEED, base_url="https://two.example")
    assert b"http://one.example/feeds/all.rss" in one.data
    assert b"https://two.example/feeds/all.rss" in two.data
    assert b"one.example" not in client.get(FEED, base_url="https://two.example").data


def test_cache_is_bounded(full_store: Path) -> None:
    app = make_app(full_store, CACHE_ENTRIES=2)
    client = app.test_client()
    for host in ("a.example", "b.example", "c.example"):
        client.get(FEED, base_url=f"http://{host}")
    assert len(cache_of(app)) == 2
    assert client.get(FEED, base_url="http://a.example").status_code == 200


def test_unknown_feed_is_not_cached(full_client: FlaskClient) -> None:
    for _ in range(2):
        assert full_client.get("/feeds/no-such-thing.rss").status_code == 404


def test_body_sets_its_own_cache_control_and_headers(app: Flask) -> None:
    """The hook for other cached views: their own Cache-Control and extra headers."""
    from feedsvc.web.cache import Body
    from feedsvc.web.cache import cached_response

    body = Body(
        b"page one",
        "text/plain; charset=utf-8",
        datetime(2025, 8, 1, tzinfo=SHANGHAI),
        cache_control="public, max-age=86400, immutable",
        headers=(("Link", '<http://localhost/x>; rel="self"'),),
    )
    renders: list[str] = []

    def render() -> Body:
        renders.append("x")
        return body

    @app.get("/test/archive")
    def archive() -> object:
        return cached_response(cache_of(app), lambda: "fixed", render)

    client = app.test_client()
    for _ in range(2):  # Flask, then the fast path
        response = client.get("/test/archive", headers=GZIP)
        assert gzip.decompress(response.data) == b"page one"
        assert response.headers["Cache-Control"] == "public, max-age=86400, immutable"
        assert response.headers["Link"] == '<http://localhost/x>; rel="self"'
    not_modified = client.get(
        "/test/archive", headers={"If-None-Match": client.get("/test/archive").headers["ETag"]}
    )
    assert not_modified.status_code == 304
    assert not_modified.headers["Cache-Control"] == "public, max-age=86400, immutable"
    assert not_modified.headers["Link"] == '<http://localhost/x>; rel="self"'  # as Flask's 304
    assert renders == ["x"]


def test_feeds_from_the_fast_path_carry_the_security_headers(full_client: FlaskClient) -> None:
    first = full_client.get("/feeds/all.rss")
    again = full_client.get("/feeds/all.rss")  # answered from the render cache
    revalidated = full_client.get(
        "/feeds/all.rss", headers={"If-None-Match": first.headers["ETag"]}
    )
    assert revalidated.status_code == 304
    for response in (first, again, revalidated):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")
