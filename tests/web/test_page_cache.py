"""Pages through the render cache: conditional GET, the fast path, and renders per write."""

from __future__ import annotations

import gzip
import shutil
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask import url_for
from flask.testing import FlaskClient
from werkzeug.http import http_date
from werkzeug.http import parse_date

from feedsvc.store import Scope
from feedsvc.web.cache import FeedCache
from tests.support.app import make_app
from tests.support.app import store_of
from tests.support.drafts import draft

INDEX = "/"
CATEGORY = "/c/cai-jing/"  # 财经
OTHER_CATEGORY = "/c/guo-ji-xin-wen/"  # 国际新闻
GZIP = {"Accept-Encoding": "gzip"}


def cache_of(app: Flask) -> FeedCache:
    cache: FeedCache = app.extensions["feedsvc"]["cache"]
    return cache


def article_path(app: Flask, article_id: str) -> str:
    with app.test_request_context():
        return url_for("pages.article", article_id=article_id)


def newest_path(app: Flask, category: str | None = None) -> str:
    """The page of the newest article (of *category*, a slug)."""
    newest = store_of(app).select(Scope(category=category), 1)[0]
    return article_path(app, newest.id)


def renders_of(app: Flask, client: FlaskClient, path: str) -> int:
    """Request *path* (200) and return how many renders it cost."""
    stats = cache_of(app).stats
    before = stats.renders
    assert client.get(path).status_code == 200, path
    return stats.renders - before


@pytest.fixture
def pages(full_app: Flask) -> tuple[str, ...]:
    return (INDEX, CATEGORY, newest_path(full_app, "cai-jing"))


def test_pages_answer_304_to_their_etag_and_last_modified(
    full_app: Flask, pages: tuple[str, ...]
) -> None:
    client = full_app.test_client()
    for path in pages:
        first = client.get(path)
        etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
        parsed = parse_date(modified)
        assert parsed is not None
        earlier = http_date(parsed - timedelta(seconds=1))
        for _ in range(2):  # through Flask (revalidated), then through the fast path
            for headers in ({"If-None-Match": etag}, {"If-Modified-Since": modified}):
                response = client.get(path, headers=headers)
                assert response.status_code == 304, (path, headers)
                assert response.data == b""
                assert response.headers["ETag"] == etag
                assert response.headers["Cache-Control"] == "public, max-age=300"
                assert "default-src 'none'" in response.headers["Content-Security-Policy"]
            assert client.get(path, headers={"If-Modified-Since": earlier}).status_code == 200
            assert client.get(path, headers={"If-None-Match": '"other"'}).status_code == 200
            cache_of(full_app).mark_stale()


def test_cached_pages_keep_their_headers(full_app: Flask, pages: tuple[str, ...]) -> None:
    """The fast path's 200s and 304s carry what Flask's do: security headers, validators."""
    client = full_app.test_client()
    for path in pages:
        for headers in ({}, GZIP):
            first = client.get(path, headers=headers)  # rendered, through Flask
            hits = cache_of(full_app).stats.hits
            again = client.get(path, headers=headers)  # the fast path
            assert cache_of(full_app).stats.hits == hits + 1
            assert again.data == first.data
            for name in ("Content-Type", "ETag", "Last-Modified", "Cache-Control", "Vary"):
                assert again.headers[name] == first.headers[name], (path, name)
            for name in ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"):
                assert again.headers[name] == first.headers[name], (path, name)
            assert again.headers["Content-Type"] == "text/html; charset=utf-8"
            not_modified = [
                client.get(path, headers={**headers, "If-None-Match": first.headers["ETag"]})
                for _ in range(2)
            ]
            cache_of(full_app).mark_stale()
            not_modified.append(
                client.get(path, headers={**headers, "If-None-Match": first.headers["ETag"]})
            )
            # Werkzeug adds Date, which the fast path leaves to the server (gunicorn adds it)
            seen = {
                tuple(sorted(h for h in r.headers.items() if h[0] != "Date")) for r in not_modified
            }
            assert len(seen) == 1, seen
    assert gzip.decompress(client.get(INDEX, headers=GZIP).data) == client.get(INDEX).data


def test_a_write_rerenders_only_the_pages_it_touched(full_app: Flask) -> None:
    client = full_app.test_client()
    other_article = newest_path(full_app, "guo-ji-xin-wen")
    paths = (INDEX, CATEGORY, OTHER_CATEGORY, newest_path(full_app, "cai-jing"), other_article)
    before = {path: client.get(path) for path in paths}
    assert [renders_of(full_app, client, p) for p in paths] == [0] * 5  # the fast path

    result = store_of(full_app).save(draft("新的财经文章", "财经", datetime(2025, 8, 1, 9, 0)))
    new_article = article_path(full_app, result.article.id)
    rendered = {path: renders_of(full_app, client, path) for path in (*paths, new_article)}
    assert rendered == {
        INDEX: 1,
        CATEGORY: 1,
        OTHER_CATEGORY: 0,
        paths[3]: 0,  # the previous newest 财经 article: its page did not change
        other_article: 0,
        new_article: 1,
    }
    for path in (INDEX, CATEGORY):
        page = client.get(path)
        assert "新的财经文章" in page.get_data(as_text=True)
        assert page.headers["ETag"] != before[path].headers["ETag"]
    for path in (OTHER_CATEGORY, paths[3], other_article):
        assert client.get(path).headers["ETag"] == before[path].headers["ETag"]

    # a correction of an older article: its page, its category's and the index
    old = store_of(full_app).select(Scope(category="guo-ji-xin-wen"), 3)[-1]
    corrected = draft(old.title, "国际新闻", datetime(2025, 7, 1, 9, 0))
    store_of(full_app).correct(old.id, lambda _: corrected)
    old_path = article_path(full_app, old.id)
    rendered = {path: renders_of(full_app, client, path) for path in (*paths, old_path)}
    assert rendered == {
        INDEX: 1,
        CATEGORY: 0,
        OTHER_CATEGORY: 1,
        paths[3]: 0,
        other_article: 0,
        old_path: 1,
    }


def test_index_state_follows_counts_that_the_newest_rows_do_not_show(full_app: Flask) -> None:
    """A back-dated article changes a category's count, not the newest articles."""
    client = full_app.test_client()
    before = client.get(INDEX)
    store_of(full_app).save(draft("补录的旧闻", "财经", datetime(2024, 1, 1, 9, 0)))
    after = client.get(INDEX, headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200
    assert "(32)" in after.get_data(as_text=True)  # 财经 had 31
    assert parse_date(after.headers["Last-Modified"]) > parse_date(  # type: ignore[operator]
        before.headers["Last-Modified"]
    )


def test_two_workers_agree_on_the_validators_of_every_page(full_app: Flask) -> None:
    """One worker revalidates or re-renders its cached pages after a write; another starts
    cold: the same bytes, ETag and Last-Modified."""
    store_dir = store_of(full_app).root
    warm = full_app.test_client()
    paths = [INDEX, CATEGORY, OTHER_CATEGORY, newest_path(full_app, "guo-ji-xin-wen")]
    for path in paths:
        warm.get(path)
    result = store_of(full_app).save(draft("新的财经文章", "财经", datetime(2025, 8, 1, 9, 0)))
    paths.append(article_path(full_app, result.article.id))
    cold = make_app(store_dir).test_client()
    for path in paths:
        one, two = warm.get(path), cold.get(path)
        assert one.status_code == two.status_code == 200, path
        assert one.data == two.data, path
        for name in ("ETag", "Last-Modified"):
            assert one.headers[name] == two.headers[name], (path, name)


def test_withdrawn_article_is_410_even_after_it_was_cached(full_app: Flask) -> None:
    client = full_app.test_client()
    path = newest_path(full_app, "guo-ji-xin-wen")
    assert client.get(path).status_code == 200
    store_of(full_app).delete(store_of(full_app).select(Scope(category="guo-ji-xin-wen"), 1)[0].id)
    for _ in range(2):
        assert client.get(path, headers={"Accept": "text/html"}).status_code == 410


def test_query_strings_share_the_page_entry(full_app: Flask) -> None:
    client = full_app.test_client()
    client.get(INDEX)
    renders = cache_of(full_app).stats.renders
    for query in ("?utm_source=a", "?utm_source=b"):
        assert client.get(INDEX + query).data == client.get(INDEX).data
    assert cache_of(full_app).stats.renders == renders


def test_index_with_5000_categories_renders_once(tmp_path: Path) -> None:
    """The index of 5,000 categories is about a megabyte: the second request and every
    poll after it are answered from the cache, without rendering."""
    app = make_app(tmp_path / "store")
    base = datetime(2025, 7, 1, 9, 0)
    store_of(app).save_many(
        draft(f"第{n}篇", f"栏目{n}", base + timedelta(minutes=n)) for n in range(5000)
    )
    client = app.test_client()
    stats = cache_of(app).stats
    first = client.get(INDEX)
    assert first.status_code == 200 and len(first.data) > 500_000
    assert first.get_data(as_text=True).count('<a href="/c/') >= 5000
    assert stats.renders == 1
    assert client.get(INDEX).data == first.data
    etag = first.headers["ETag"]
    assert client.get(INDEX, headers={"If-None-Match": etag}).status_code == 304
    assert stats.renders == 1 and stats.hits == 2
    shutil.rmtree(tmp_path / "store")
