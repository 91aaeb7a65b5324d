"""A damaged article file is a 500 for that article alone, named by ``reindex`` and repaired
by saving the article again; and no response ever shows a server path."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from feedsvc.store import ArticleStore
from feedsvc.store import Scope
from tests.support.api import AUTH
from tests.support.api import Clock
from tests.support.api import api_app
from tests.support.api import sample
from tests.support.dumps import Dump

PAGES = [
    "/",
    "/c/guo-nei-xin-wen/",
    "/feeds/all.rss",
    "/feeds/all.atom",
    "/feeds/all.json",
    "/feeds/guo-nei-xin-wen.rss",
    "/feeds/source/xin-hua-she.atom",
    "/feeds.opml",
]


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    return api_app(tmp_path / "store", Clock())


@pytest.fixture
def c(app: Flask) -> FlaskClient:
    return app.test_client()


def store_of(app: Flask) -> ArticleStore:
    s: ArticleStore = app.extensions["feedsvc"]["store"]
    return s


def file_of(app: Flask, article_id: str) -> Path:
    return store_of(app).articles_dir / article_id[:2] / f"{article_id}.json"


def publish_two_and_damage_one(c: FlaskClient, app: Flask) -> tuple[str, str]:
    """Publish two articles and truncate the first one's file; return both ids."""
    damaged = c.post("/api/articles", json=sample(1), headers=AUTH).get_json()["id"]
    intact = c.post("/api/articles", json=sample(2), headers=AUTH).get_json()["id"]
    path = file_of(app, damaged)
    path.write_bytes(path.read_bytes()[:60])
    return damaged, intact


def test_a_damaged_article_is_a_500_for_that_article_alone(c: FlaskClient, app: Flask) -> None:
    damaged, intact = publish_two_and_damage_one(c, app)
    page = c.get(f"/a/{damaged}/", headers={"Accept": "text/html"})
    assert page.status_code == 500
    assert damaged in page.get_data(as_text=True)
    api = c.get(f"/api/articles/{damaged}", headers=AUTH)
    assert api.status_code == 500 and api.mimetype == "application/problem+json"
    assert c.get(f"/a/{intact}/").status_code == 200
    for url in PAGES:
        response = c.get(url)
        assert response.status_code == 200, url
        if url.startswith("/feeds/"):  # pages list index rows; feeds skip what they cannot read
            text = response.get_data(as_text=True)
            assert intact in text and damaged not in text, url


def test_reindex_names_the_damaged_file_and_exits_1(c: FlaskClient, app: Flask) -> None:
    damaged, _ = publish_two_and_damage_one(c, app)
    result = app.test_cli_runner().invoke(args=["reindex"])
    assert result.exit_code == 1
    assert f"damaged: {file_of(app, damaged)}: " in result.output
    assert "indexed 1 articles, 1 unreadable" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("reindexed", [False, True], ids=["indexed", "after-reindex"])
def test_posting_the_article_again_replaces_the_damaged_file(
    c: FlaskClient, app: Flask, reindexed: bool
) -> None:
    damaged, _ = publish_two_and_damage_one(c, app)
    if reindexed:
        app.test_cli_runner().invoke(args=["reindex"])
    response = c.post("/api/articles", json=sample(1), headers=AUTH)
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["id"] == damaged
    assert c.get(f"/a/{damaged}/").status_code == 200
    assert c.post("/api/articles", json=sample(1), headers=AUTH).status_code == 409


@pytest.mark.parametrize("reindexed", [False, True], ids=["indexed", "after-reindex"])
def test_putting_the_article_replaces_the_damaged_file(
    c: FlaskClient, app: Flask, reindexed: bool
) -> None:
    damaged, _ = publish_two_and_damage_one(c, app)
    if reindexed:
        app.test_cli_runner().invoke(args=["reindex"])
    url = f"/api/articles/{damaged}"
    response = c.put(url, json=sample(1, title="更正后的标题"), headers=AUTH)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert c.get(url, headers=AUTH).get_json()["title"] == "更正后的标题"
    assert damaged in {a.id for a in store_of(app).select(Scope(), 10)}


def test_putting_another_article_over_a_damaged_one_is_refused(c: FlaskClient, app: Flask) -> None:
    damaged, _ = publish_two_and_damage_one(c, app)
    response = c.put(f"/api/articles/{damaged}", json=sample(2), headers=AUTH)
    assert response.status_code == 409
    assert c.get(f"/api/articles/{damaged}", headers=AUTH).status_code == 500


def test_importing_the_article_again_replaces_the_damaged_file(app: Flask, tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(Dump("doc.txt", "标题", "国内", "2025-07-28 09:30:57").text(), "utf-8")
    runner = app.test_cli_runner()
    runner.invoke(args=["import", str(doc)])
    [article] = store_of(app).select(Scope(), 5)
    file_of(app, article.id).write_text('{"id": ', encoding="utf-8")
    result = runner.invoke(args=["import", str(doc)])
    assert result.exit_code == 0, result.output
    assert store_of(app).get(article.id) == article


def _requests(damaged: str) -> list[tuple[str, str, dict[str, Any]]]:
    """Requests that fail in every way the store can: damaged, unwritable, missing."""
    api = f"/api/articles/{damaged}"
    html = {"Accept": "text/html"}
    return [
        ("GET", f"/a/{damaged}/", {"headers": html}),
        ("GET", f"/a/{damaged}/", {"headers": {"Accept": "text/plain"}}),
        ("GET", api, {"headers": AUTH}),
        ("PATCH", api, {"headers": AUTH, "json": {"summary": "新"}}),
        ("DELETE", api, {"headers": AUTH}),
        ("PUT", api, {"headers": AUTH, "json": {"title": "x"}}),
        ("POST", "/api/articles", {"headers": AUTH, "json": sample(3)}),  # unwritable
        ("GET", "/a/0000000000000000/", {"headers": html}),
        ("GET", "/feeds/nope.rss", {}),
        ("GET", "/feeds/all/archive/99.rss", {}),
    ]


def test_no_response_carries_a_server_path(c: FlaskClient, app: Flask) -> None:
    damaged, _ = publish_two_and_damage_one(c, app)
    root = store_of(app).root
    # A file where sample(3)'s folder should be: writing it fails with an OSError.
    (root / "articles" / "zz").write_text("")
    store_of(app).articles_dir = root / "articles" / "zz"
    statuses = set()
    for method, url, kwargs in _requests(damaged) + [("GET", u, {}) for u in PAGES]:
        response = c.open(url, method=method, **kwargs)
        statuses.add(response.status_code)
        text = response.get_data(as_text=True) + str(response.headers)
        assert str(root) not in text, (method, url, text)
        assert not re.search(r"[0-9a-f]{16}\.json", text), (method, url, text)
    assert {500, 503, 404} <= statuses
