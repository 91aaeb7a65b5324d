"""Batched saves: one generation change per batch, the listing state, undo on failure."""

from __future__ import annotations

from datetime import datetime
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from feedsvc.models import ArticleDraft
from feedsvc.store import ArticleStore
from feedsvc.store import Scope
from tests.support.drafts import draft

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_save_many(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path / "store").open()
    base = datetime(2025, 8, 1, 8, 0)
    drafts = [
        draft(f"批量{n}", "财经" if n % 2 else "新类别", base + timedelta(hours=n))
        for n in range(5)
    ]
    generation = store.generation()
    results = store.save_many([*drafts, drafts[0]])
    assert [r.status for r in results] == ["imported"] * 5 + ["unchanged"]
    assert store.generation() != generation
    assert store.count() == 5
    assert [a.title for a in store.select(Scope(), 10)] == [f"批量{n}" for n in reversed(range(5))]
    assert {c.category.slug for c in store.categories()} == {"cai-jing", "xin-lei-bie"}
    assert not list(store.pending_dir.iterdir())
    state = store.listing_state(store.category("财经"))
    generation = store.generation()
    assert [r.status for r in store.save_many(drafts)] == ["unchanged"] * 5
    assert store.generation() == generation
    assert store.listing_state(store.category("财经")) == state
    assert store.rebuild_index() == 5
    assert store.listing_state(store.category("财经")) == state


def test_listing_state_follows_content(tmp_path: Path) -> None:
    store = ArticleStore(tmp_path / "store").open()
    when = datetime(2025, 8, 1, 8, 0)
    store.save(draft("标题", "财经", when))
    state = store.listing_state()
    changed = ArticleDraft(
        title="标题",
        category="财经",
        published=when.replace(tzinfo=SHANGHAI),
        body_html="<p>改过的正文。</p>",
    )
    assert store.save(changed).status == "updated"
    assert store.listing_state() != state


def test_save_many_failure_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch that fails halfway is undone: old files back, no new file, index unchanged."""
    import feedsvc.store as store_module
    from feedsvc.errors import StoreError

    store = ArticleStore(tmp_path / "store").open()
    base = datetime(2025, 8, 1, 8, 0)
    kept = store.save(draft("已有文章", "财经", base)).article
    before = kept.id, store.get(kept.id).body_html, store.generation()
    changed = ArticleDraft(
        title="已有文章",
        category="财经",
        published=base.replace(tzinfo=SHANGHAI),
        body_html="<p>新的正文。</p>",
    )
    drafts = [changed] + [draft(f"中断{n}", "财经", base + timedelta(hours=n)) for n in range(4)]
    real_write = store_module.atomic_write
    calls: list[Path] = []

    def failing_write(path: Path, data: bytes, *, sync_dir: bool = True) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_write(path, data, sync_dir=sync_dir)

    monkeypatch.setattr(store_module, "atomic_write", failing_write)
    with pytest.raises(StoreError, match="No space left"):
        store.save_many(drafts)
    monkeypatch.setattr(store_module, "atomic_write", real_write)
    assert store.count() == 1
    assert (kept.id, store.get(kept.id).body_html, store.generation()) == before
    assert [p.stem for p in store.articles_dir.glob("*/*.json")] == [kept.id]
    assert not list(store.pending_dir.iterdir())
    reopened = ArticleStore(tmp_path / "store").open()
    assert [s.id for s in reopened.summaries(None, 10)] == [kept.id]
