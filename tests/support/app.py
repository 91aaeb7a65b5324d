"""Apps for tests: the repository's paths, an app on a given store, loading documents into it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask

from feedsvc import create_app
from feedsvc.ingest.importer import import_paths
from feedsvc.store import ArticleStore

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PAGES = ROOT / "tests" / "pages"  # the extractor corpus
# what the seed document gives: its title, its feeds, and site chrome no feed may carry
SEED_TITLE = "李强出席2025世界人工智能大会暨人工智能全球治理高级别会议开幕式并致辞"
SEED_FEEDS = [
    "/feeds/all.rss",
    "/feeds/all.atom",
    "/feeds/mei-ti-bao-dao.rss",
    "/feeds/mei-ti-bao-dao.atom",
]
CHROME = ("京ICP备", "联系电话", "友情链接", "上一篇", "监督电话")

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def make_app(store_dir: Path, **config: Any) -> Flask:
    return create_app({"TESTING": True, "STORE_DIR": str(store_dir), **config})


def load(app: Flask, *paths: Path) -> None:
    ext = app.extensions["feedsvc"]
    report = import_paths(
        ext["store"], paths, ext["settings"].zone, ext["settings"].default_category
    )
    assert not report.failures, report.failures


def store_of(app: Flask) -> ArticleStore:
    store: ArticleStore = app.extensions["feedsvc"]["store"]
    return store
