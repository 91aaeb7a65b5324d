"""HTML is sanitized once, when a draft is built; the store's files are trusted on reading."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from flask.testing import FlaskClient

import feedsvc.models
from feedsvc.store import ArticleStore
from tests.support.api import AUTH
from tests.support.api import api_app
from tests.support.api import sample


@pytest.fixture
def c(tmp_path: Path) -> FlaskClient:
    return api_app(tmp_path / "store").test_client()


def _refuse_sanitizing(html: str) -> str:
    raise AssertionError("stored HTML was sanitized again on reading")


def test_reading_stored_articles_does_not_sanitize_again(
    c: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = c.post("/api/articles", json=sample(1), headers=AUTH).get_json()
    monkeypatch.setattr(feedsvc.models, "clean_html", _refuse_sanitizing)
    store: ArticleStore = c.application.extensions["feedsvc"]["store"]
    assert store.get(created["id"]).body_html == created["body_html"]
    for path in ("/feeds/all.rss", "/feeds/all.atom", "/feeds/all.json", created["html_url"]):
        assert c.get(path).status_code == 200, path


def test_a_deeply_nested_body_is_stored_and_served_quickly(c: FlaskClient) -> None:
    body = "<div>" * 150_000 + "<p>深处的正文。</p>"
    assert len(body) < 1_000_000
    started = time.perf_counter()
    created = c.post("/api/articles", json=sample(1, body_html=body), headers=AUTH)
    assert created.status_code == 201, created.get_data(as_text=True)[:300]
    for n in range(2, 6):
        more = c.post("/api/articles", json=sample(n, body_html=body), headers=AUTH)
        assert more.status_code == 201
    for path in ("/feeds/all.rss", "/feeds/all.atom", "/feeds/all.json", "/"):
        assert c.get(path).status_code == 200, path
    elapsed = time.perf_counter() - started
    assert elapsed < 10, f"{elapsed:.1f} s"
    assert "深处的正文。" in created.get_json()["body_html"]
