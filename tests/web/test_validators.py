"""Cache validators across processes: the store's generation token and Last-Modified."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from flask.testing import FlaskClient
from lxml import etree
from werkzeug.http import http_date
from werkzeug.http import parse_date

from feedsvc.models import ArticleDraft
from feedsvc.models import Source
from feedsvc.store import ArticleStore
from feedsvc.store import Scope
from tests.support.api import Clock
from tests.support.app import make_app

SHANGHAI = ZoneInfo("Asia/Shanghai")
FEED = "/feeds/all.rss"


def draft(title: str, published: datetime, category: str = "国内新闻") -> ArticleDraft:
    return ArticleDraft(
        title=title,
        category=category,
        published=published.replace(tzinfo=SHANGHAI),
        body_html=f"<p>{title}的正文。</p>",
        source=Source("新华社"),
    )


def newest_title(client: FlaskClient, path: str = FEED) -> str:
    response = client.get(path)
    assert response.status_code == 200
    title = etree.fromstring(response.data).findtext("channel/item/title")
    assert title is not None
    return title


@pytest.fixture
def coarse_stat(monkeypatch: pytest.MonkeyPatch) -> Callable[[ArticleStore], None]:
    """Make ``os.stat`` of a store's generation file always report the same inode and the
    same whole-second mtime: a file system with one-second timestamps reusing inodes."""

    def install(store: ArticleStore) -> None:
        real_stat = os.stat
        generation_file = os.fspath(store.root / "generation")

        def stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            result = real_stat(path, *args, **kwargs)
            if isinstance(path, int) or os.fspath(path) != generation_file:
                return result
            fields = list(result)
            fields[1], fields[8] = 4242, 1_754_000_000  # st_ino, st_mtime
            return os.stat_result(
                fields, {"st_mtime": 1_754_000_000.0, "st_mtime_ns": 1_754_000_000 * 10**9}
            )

        monkeypatch.setattr(os, "stat", stat)

    return install


# -- the generation token (defect: stale feeds on one-second file systems) ----------------


def test_generation_changes_when_inode_and_mtime_repeat(
    tmp_path: Path, coarse_stat: Callable[[ArticleStore], None]
) -> None:
    store = ArticleStore(tmp_path / "store").open()
    coarse_stat(store)
    seen = [store.generation()]
    for n in range(3):
        store.save(draft(f"第{n}篇", datetime(2025, 8, 1, 9, n)))
        seen.append(store.generation())
    assert len(set(seen)) == len(seen)
    assert store.save(draft("第2篇", datetime(2025, 8, 1, 9, 2))).status == "unchanged"
    assert store.generation() == seen[-1]


def test_generation_is_new_even_if_the_file_is_lost(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path / "store").open()
    store.save(draft("第一篇", datetime(2025, 8, 1, 9, 0)))
    before = store.generation()
    store.generation_path.unlink()
    store.save(draft("第二篇", datetime(2025, 8, 1, 9, 1)))
    assert store.generation() not in (before, b"")


def test_two_workers_see_quick_writes_on_a_coarse_file_system(
    tmp_path: Path, coarse_stat: Callable[[ArticleStore], None]
) -> None:
    """Two app instances on one store (two workers); a third store instance writes twice
    within the same second after each poll: every poll shows the newest article."""
    store_dir = tmp_path / "store"
    workers = [make_app(store_dir).test_client() for _ in range(2)]
    writer = ArticleStore(store_dir).open()
    coarse_stat(writer)
    writer.save(draft("第零篇", datetime(2025, 8, 1, 9, 0)))
    for client in workers:
        assert newest_title(client) == "第零篇"
    for n in range(1, 4):
        writer.save(draft(f"第{n}篇", datetime(2025, 8, 1, 9, n)))
        for client in workers:
            assert newest_title(client) == f"第{n}篇"


def test_a_worker_sees_its_own_and_the_other_workers_writes(
    tmp_path: Path, coarse_stat: Callable[[ArticleStore], None]
) -> None:
    store_dir = tmp_path / "store"
    apps: list[Flask] = [make_app(store_dir) for _ in range(2)]
    stores: list[ArticleStore] = [app.extensions["feedsvc"]["store"] for app in apps]
    coarse_stat(stores[0])
    clients = [app.test_client() for app in apps]
    stores[0].save(draft("第零篇", datetime(2025, 8, 1, 9, 0)))
    for n in range(1, 5):
        for client in clients:
            newest_title(client)  # cached at the current generation
        stores[n % 2].save(draft(f"第{n}篇", datetime(2025, 8, 1, 9, n)))
        assert [newest_title(c) for c in clients] == [f"第{n}篇"] * 2


# -- Last-Modified (defect: it did not move for back-dated articles and withdrawals) ------

PAGES = (
    FEED,
    "/feeds/guo-nei-xin-wen.atom",
    "/feeds/source/xin-hua-she.json",
    "/",
    "/c/guo-nei-xin-wen/",
)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2025, 8, 1, 4, 0, tzinfo=UTC))


@pytest.fixture
def dated_app(tmp_path: Path, clock: Clock) -> Flask:
    """An app whose store clock moves only when told to, holding two articles."""
    app = make_app(tmp_path / "store", CLOCK=clock, ARCHIVE_PAGE_SIZE=2)
    store = store_of(app)
    for n in range(2):
        store.save(draft(f"第{n}篇", datetime(2025, 7, 31, 9, n)))
    return app


def store_of(app: Flask) -> ArticleStore:
    store: ArticleStore = app.extensions["feedsvc"]["store"]
    return store


def validators(client: FlaskClient, paths: tuple[str, ...] = PAGES) -> dict[str, str]:
    """Last-Modified of each of *paths* (each answered 200)."""
    seen = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        seen[path] = response.headers["Last-Modified"]
    return seen


def assert_moved_forward(client: FlaskClient, before: dict[str, str]) -> dict[str, str]:
    """Every page's Last-Modified moved forward, and the old value no longer gets a 304."""
    after = validators(client, tuple(before))
    for path, old in before.items():
        assert parse_date(after[path]) > parse_date(old), path  # type: ignore[operator]
        conditional = client.get(path, headers={"If-Modified-Since": old})
        assert conditional.status_code == 200, path
        current = client.get(path, headers={"If-Modified-Since": after[path]})
        assert current.status_code == 304, path
    return after


def test_backdated_import_moves_last_modified_forward(dated_app: Flask, clock: Clock) -> None:
    client = dated_app.test_client()
    before = validators(client)
    clock.advance(minutes=5)
    store_of(dated_app).save(draft("补录的旧闻", datetime(2025, 7, 1, 9, 0)))
    assert_moved_forward(client, before)
    assert b"\xe8\xa1\xa5\xe5\xbd\x95" in client.get(FEED).data  # 补录 is listed


def test_withdrawal_moves_last_modified_forward(dated_app: Flask, clock: Clock) -> None:
    client = dated_app.test_client()
    before = validators(client)
    clock.advance(minutes=5)
    store = store_of(dated_app)
    store.delete(store.select(Scope(), 1)[0].id)  # the newest: the items' dates move back
    assert_moved_forward(client, before)


def test_two_writes_within_one_second_get_two_last_modified(dated_app: Flask, clock: Clock) -> None:
    client = dated_app.test_client()
    store = store_of(dated_app)
    seen = [validators(client)]
    for n in range(2):  # the clock does not move between the writes
        store.save(draft(f"同一秒内补录{n}", datetime(2025, 7, 1, 9, n)))
        seen.append(assert_moved_forward(client, seen[-1]))
    assert len({tuple(s.values()) for s in seen}) == 3


def test_last_modified_is_the_store_clock_not_an_item_date(dated_app: Flask, clock: Clock) -> None:
    client = dated_app.test_client()
    clock.advance(hours=1)
    store_of(dated_app).save(draft("新文章", datetime(2025, 7, 31, 10, 0)))
    assert set(validators(client).values()) == {http_date(clock.now)}


def test_unchanged_store_gives_the_same_validators_in_every_worker(
    dated_app: Flask, tmp_path: Path
) -> None:
    paths = (*PAGES, "/feeds/all/archive/1.rss", "/feeds.opml")
    first = dated_app.test_client()
    other = make_app(tmp_path / "store", ARCHIVE_PAGE_SIZE=2).test_client()
    for path in paths:
        one, two = first.get(path), other.get(path)
        assert one.status_code == two.status_code == 200, path
        assert one.data == two.data, path
        assert one.headers["Last-Modified"] == two.headers["Last-Modified"], path
        assert one.headers["ETag"] == two.headers["ETag"], path


def test_feed_bodies_carry_no_write_time(dated_app: Flask, clock: Clock) -> None:
    """The write stamps are headers only: lastBuildDate stays the newest item's date."""
    body = dated_app.test_client().get(FEED).data
    assert etree.fromstring(body).findtext("channel/lastBuildDate") == (
        "Thu, 31 Jul 2025 09:01:00 +0800"
    )


def test_article_page_last_modified_moves_when_its_body_changes(
    dated_app: Flask, clock: Clock
) -> None:
    """A re-import that changes the body but not the article's updated time."""
    client = dated_app.test_client()
    store = store_of(dated_app)
    original = draft("第0篇", datetime(2025, 7, 31, 9, 0))
    article = store.save(original).article
    path = f"/a/{article.id}/"
    before = validators(client, (path,))
    clock.advance(minutes=5)
    changed = replace(original, body_html="<p>更正后的正文。</p>", updated=article.updated)
    assert store.save(changed).article.updated == article.updated
    assert_moved_forward(client, before)


# -- archive pages ------------------------------------------------------------------------


def archive(page: int) -> str:
    return f"/feeds/all/archive/{page}.rss"


@pytest.fixture
def archived_app(dated_app: Flask, clock: Clock) -> Flask:
    """Six articles in pages of two: archive pages 1 and 2 complete, 3 the newest."""
    for n in range(2, 6):
        clock.advance(minutes=1)
        store_of(dated_app).save(draft(f"第{n}篇", datetime(2025, 7, 31, 9, n)))
    clock.advance(minutes=5)
    return dated_app


def test_complete_archive_pages_keep_their_last_modified(archived_app: Flask, clock: Clock) -> None:
    client = archived_app.test_client()
    before = validators(client, (archive(1), archive(2), archive(3)))
    store_of(archived_app).save(draft("第6篇", datetime(2025, 7, 31, 9, 6)))
    assert validators(client, (archive(1), archive(2), archive(3))) == before
    clock.advance(minutes=5)
    store_of(archived_app).save(draft("第7篇", datetime(2025, 7, 31, 9, 7)))  # page 4 full
    assert validators(client, (archive(1), archive(2))) == {
        k: v for k, v in before.items() if k != archive(3)
    }
    assert_moved_forward(client, {archive(3): before[archive(3)]})  # gained next-archive


def test_withdrawal_moves_its_archive_pages_last_modified(
    archived_app: Flask, clock: Clock
) -> None:
    client = archived_app.test_client()
    before = validators(client, (archive(1), archive(2)))
    store = store_of(archived_app)
    newest_on_page_1 = store.archive_page(Scope(), 1, 2)[0]
    store.delete(newest_on_page_1.id)
    assert_moved_forward(client, {archive(1): before[archive(1)]})
    assert validators(client, (archive(2),)) == {archive(2): before[archive(2)]}


def test_backdated_import_moves_every_archive_page_it_shifts(
    archived_app: Flask, clock: Clock
) -> None:
    client = archived_app.test_client()
    before = validators(client, (archive(1), archive(2), archive(3)))
    store_of(archived_app).save(draft("补录的旧闻", datetime(2025, 7, 1, 9, 0)))
    assert_moved_forward(client, before)


# -- the index schema ---------------------------------------------------------------------


def test_an_older_index_is_rebuilt_with_derived_last_modified(
    archived_app: Flask, tmp_path: Path
) -> None:
    store = store_of(archived_app)
    store.delete(store.select(Scope(), 1)[0].id)
    with closing(sqlite3.connect(store.index_path)) as conn, conn:
        conn.execute("UPDATE meta SET value = '6' WHERE key = 'schema'")
    reopened = ArticleStore(store.root).open()
    newest = max(
        [a.updated for a in reopened.select(Scope(), 50)]
        + [t.withdrawn for t in reopened.tombstones()]
    )
    assert reopened.changed_at(Scope()) == newest
    client = make_app(store.root, ARCHIVE_PAGE_SIZE=2).test_client()
    seen = validators(client, (*PAGES, archive(1), archive(2)))
    reopened.rebuild_index()
    assert validators(client, tuple(seen)) == seen  # derived again: the same values
