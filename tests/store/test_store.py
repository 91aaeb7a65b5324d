from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask

from feedsvc.errors import ArticleNotFound
from feedsvc.errors import CategoryNotFound
from feedsvc.errors import StoreError
from feedsvc.models import ArticleDraft
from feedsvc.models import Source
from feedsvc.store import ArticleStore
from feedsvc.store import Scope
from feedsvc.timeutil import get_zone
from tests.support.app import store_of
from tests.support.feeds import copied_app

SHANGHAI = get_zone("Asia/Shanghai")
CLOCK = datetime(2025, 8, 1, 12, 0, tzinfo=SHANGHAI)


def draft(n: int = 1, category: str = "国内新闻", **changes: object) -> ArticleDraft:
    fields: dict[str, object] = {
        "title": f"文章{n}",
        "category": category,
        "published": datetime(2025, 7, 1, 8, 0, tzinfo=SHANGHAI) + timedelta(hours=n),
        "body_html": f"<p>正文{n}</p>",
        "source": Source("新华社"),
        "original_url": f"https://example.com/{n}.html",
        **changes,
    }
    return ArticleDraft(**fields)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> ArticleStore:
    return ArticleStore(tmp_path / "store", clock=lambda: CLOCK).open()


def index_rows(store: ArticleStore) -> set[tuple[str, str]]:
    return {(s.id, s.title) for s in store.summaries(None, 10_000)}


def file_rows(store: ArticleStore) -> set[tuple[str, str]]:
    rows = set()
    for path in store.articles_dir.glob("*/*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        rows.add((data["id"], data["title"]))
    return rows


def test_article_file_is_readable_utf8_json(store: ArticleStore) -> None:
    article = store.save(draft()).article
    path = store.articles_dir / article.id[:2] / f"{article.id}.json"
    text = path.read_text(encoding="utf-8")
    assert "文章1" in text and "\\u" not in text
    assert json.loads(text)["published"] == "2025-07-01T09:00:00+08:00"
    assert not list(path.parent.glob(".tmp-*"))


def test_reimport_updates_in_place(store: ArticleStore) -> None:
    first = store.save(draft()).article
    assert store.save(draft()).status == "unchanged"
    result = store.save(draft(title="文章1(更正)"))
    assert result.status == "updated"
    assert (result.article.id, result.article.guid) == (first.id, first.guid)
    assert result.article.published == first.published
    assert result.article.updated == CLOCK
    assert store.count() == 1
    assert store.get(first.id).title == "文章1(更正)"


def test_new_article_is_updated_when_published(store: ArticleStore) -> None:
    article = store.save(draft()).article
    assert article.updated == article.published
    assert article.guid == f"tag:localhost,2025-07-01:article/{article.id}"


def test_latest_orders_limits_and_isolates(store: ArticleStore) -> None:
    for n in range(10):
        store.save(draft(n, category="国内新闻" if n % 2 else "国际新闻"))
    domestic = store.category("国内新闻")
    titles = [a.title for a in store.select(Scope(category=domestic.slug), 3)]
    assert titles == ["文章9", "文章7", "文章5"]
    assert [a.title for a in store.select(Scope(), 2)] == ["文章9", "文章8"]
    assert {c.category.name: c.count for c in store.categories()} == {"国内新闻": 5, "国际新闻": 5}


def test_category_resolves_by_slug_and_name(store: ArticleStore) -> None:
    store.save(draft(category="媒体报道"))
    assert store.category("媒体报道").slug == "mei-ti-bao-dao"
    assert store.category("mei-ti-bao-dao").name == "媒体报道"
    with pytest.raises(CategoryNotFound, match="nope"):
        store.category("nope")


def test_homophone_categories_get_distinct_slugs(store: ArticleStore) -> None:
    store.save(draft(1, category="公式"))
    store.save(draft(2, category="公示"))
    assert store.category("公式").slug == "gong-shi"
    assert store.category("公示").slug == "gong-shi-2"


def test_outlets_whose_names_slug_alike_get_distinct_slugs(store: ArticleStore) -> None:
    xinhua = store.save(draft(1, source=Source("新华社", "https://www.news.cn/"))).article
    other = store.save(draft(2, source=Source("XIN HUA SHE!", "https://other.example/"))).article
    assert xinhua.source is not None and xinhua.source.slug == "xin-hua-she"
    assert other.source is not None and other.source.slug == "xin-hua-she-2"
    expected = {"xin-hua-she": "新华社", "xin-hua-she-2": "XIN HUA SHE!"}
    assert {s.slug: s.source.name for s in store.sources()} == expected
    assert store.source("xin-hua-she") == Source("新华社", "https://www.news.cn/")
    # Slugs survive a rebuild from the files and hold for the outlets' later articles.
    store.rebuild_index()
    later = store.save(draft(3, source=Source("XIN HUA SHE!"))).article
    assert later.source is not None and later.source.slug == "xin-hua-she-2"
    assert {s.slug: s.count for s in store.sources()} == {"xin-hua-she": 1, "xin-hua-she-2": 2}
    # A default slug is not written to the file, so existing files keep their bytes.
    stored = json.loads((store.articles_dir / xinhua.id[:2] / f"{xinhua.id}.json").read_text())
    assert stored["source"] == {"name": "新华社", "url": "https://www.news.cn/"}


def test_reserved_slug_is_avoided(store: ArticleStore) -> None:
    store.save(draft(category="all"))
    assert store.category("all").slug == "all-c"


def test_missing_index_is_rebuilt(store: ArticleStore) -> None:
    for n in range(5):
        store.save(draft(n))
    before = index_rows(store)
    store.index_path.unlink()
    assert index_rows(store) == before == file_rows(store)


def test_corrupt_index_is_rebuilt(store: ArticleStore) -> None:
    for n in range(5):
        store.save(draft(n))
    before = index_rows(store)
    store.index_path.write_bytes(b"this is not a database" * 100)
    reopened = ArticleStore(store.root).open()
    assert index_rows(reopened) == before


def test_interrupted_write_is_recovered_on_open(store: ArticleStore) -> None:
    article = store.save(draft()).article
    # Simulate a crash after the article file was replaced but before the index commit.
    changed = article.to_dict() | {"title": "崩溃前写入的标题"}
    path = store.articles_dir / article.id[:2] / f"{article.id}.json"
    path.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    (store.pending_dir / article.id).touch()
    (path.parent / ".tmp-leftover.part").write_text("{half")
    reopened = ArticleStore(store.root).open()
    assert index_rows(reopened) == {(article.id, "崩溃前写入的标题")}
    assert not list(store.pending_dir.iterdir())
    assert not list(path.parent.glob(".tmp-*"))


def test_get_rejects_ids_that_could_escape(store: ArticleStore) -> None:
    for bad in ("../../etc/passwd", "/etc/passwd", "0123456789abcdeg", "a" * 17, ""):
        with pytest.raises(ArticleNotFound):
            store.get(bad)


def test_failed_write_leaves_store_unchanged(store: ArticleStore, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    kept = store.save(draft(1)).article

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(StoreError, match="No space left"):
        store.save(draft(2))
    monkeypatch.undo()
    reopened = ArticleStore(store.root).open()
    assert index_rows(reopened) == {(kept.id, "文章1")} == file_rows(reopened)
    assert not list(reopened.articles_dir.glob("*/.tmp-*"))


def test_generation_changes_on_write(store: ArticleStore) -> None:
    before = store.generation()
    store.save(draft())
    after = store.generation()
    assert after != before
    assert store.save(draft()).status == "unchanged"
    assert store.generation() == after


def test_counts_follow_saves_moves_withdrawals_and_rebuilds(store: ArticleStore) -> None:
    import sqlite3

    def counted() -> dict[str, int]:
        return {c.category.name: c.count for c in store.categories()}

    def actual() -> dict[str, int]:
        with sqlite3.connect(store.index_path) as db:
            rows = db.execute("SELECT cat_name, count(*) FROM articles GROUP BY cat_name")
            return dict(rows.fetchall())

    for n in range(6):
        store.save(draft(n, category="国内新闻" if n % 2 else "国际新闻"))
    store.save(draft(1, category="财经"))  # moves article 1 to another category
    store.delete(store.save(draft(2, category="国际新闻")).article.id)
    assert counted() == actual() == {"国内新闻": 2, "国际新闻": 2, "财经": 1}
    assert store.count() == 5
    assert {s.source.name: s.count for s in store.sources()} == {"新华社": 5}
    store.index_path.unlink()
    assert counted() == {"国内新闻": 2, "国际新闻": 2, "财经": 1}
    assert store.count() == 5


@pytest.fixture
def app(full_store: Path, tmp_path: Path) -> Flask:
    """An app on a copy of the full store, whose index the schema test ages."""
    return copied_app(full_store, tmp_path)


def test_old_index_schema_is_rebuilt_with_outlet_column(app: Flask) -> None:
    store = store_of(app)
    with sqlite3.connect(store.index_path) as conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
        conn.execute("UPDATE articles SET source_slug = NULL")
    conn.close()
    reopened = ArticleStore(store.root).open()
    assert {o.slug for o in reopened.sources()} >= {"xin-hua-she", "ren-min-ri-bao"}
