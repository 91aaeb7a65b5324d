"""A page that gives a day without a time: stored and reported as date-only."""

from __future__ import annotations

import json
from pathlib import Path

from flask import Flask

from feedsvc.models import Article
from feedsvc.store import Scope
from tests.support.api import AUTH
from tests.support.api import api_app
from tests.support.app import PAGES

PAGE = PAGES / "chinese_date_only.html"


def _imported(app: Flask) -> Article:
    result = app.test_cli_runner().invoke(args=["import", str(PAGE)])
    assert result.exit_code == 0, result.output
    store = app.extensions["feedsvc"]["store"]
    return store.select(Scope(), 5)[0]


def test_date_only_is_stored_and_reported(tmp_path: Path) -> None:
    app = api_app(tmp_path / "store")
    article = _imported(app)
    assert article.date_only is True
    assert article.published.isoformat() == "2025-07-08T00:00:00+08:00"
    stored = json.loads(
        next(app.extensions["feedsvc"]["store"].articles_dir.glob("*/*.json")).read_text("utf-8")
    )
    assert stored["date_only"] is True
    response = app.test_client().get(f"/api/articles/{article.id}", headers=AUTH)
    assert response.status_code == 200
    assert response.get_json()["date_only"] is True
    assert response.get_json()["published"] == "2025-07-08T00:00:00+08:00"


def test_feed_carries_midnight_in_the_zone(app: Flask) -> None:
    article = _imported(app)
    feed = app.test_client().get(f"/feeds/{article.category.slug}.atom").get_data(as_text=True)
    assert "2025-07-08T00:00:00+08:00" in feed


def test_a_file_without_the_flag_reads_as_a_timed_article(app: Flask) -> None:
    data = _imported(app).to_dict()
    del data["date_only"]
    assert Article.from_stored(data).date_only is False
    timed = Article.from_stored(data).to_dict()
    assert "date_only" not in timed


def test_the_article_page_shows_the_date_alone(app: Flask) -> None:
    article = _imported(app)
    page = app.test_client().get(f"/a/{article.id}/").get_data(as_text=True)
    assert '<time datetime="2025-07-08">2025年7月8日</time>' in page
    assert "00:00" not in page


def test_lists_show_the_date_alone_too(app: Flask) -> None:
    article = _imported(app)
    client = app.test_client()
    for url in ("/", f"/c/{article.category.slug}/"):
        page = client.get(url).get_data(as_text=True)
        assert '<time datetime="2025-07-08">2025年7月8日</time>' in page, url
