"""Article URLs are normalized or refused when the model is built, so no feed can fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient
from lxml import etree

from feedsvc.errors import InvalidArticle
from feedsvc.models import Image
from feedsvc.models import Source
from feedsvc.urls import normalize_url
from tests.support.api import AUTH
from tests.support.api import api_app
from tests.support.api import sample

FEEDS = ("/feeds/all.rss", "/feeds/all.atom", "/feeds/all.json", "/", "/feeds.opml")


@pytest.fixture
def c(tmp_path: Path) -> FlaskClient:
    return api_app(tmp_path / "store").test_client()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://e.com/a.jpg", "https://e.com/a.jpg"),
        ("  https://e.com/新闻/图.jpg\u3000", "https://e.com/新闻/图.jpg"),
        ("http://img.example/a\u0001.jpg", "http://img.example/a%01.jpg"),
        ("http://e.com/a b.jpg", "http://e.com/a%20b.jpg"),
        ("http://e.com/a\tb\r\nc", "http://e.com/abc"),
        ("\x00 http://e.com/x\x1f ", "http://e.com/x"),
        ("http://e.com/\x7f\x85\ufffe", "http://e.com/%7F%C2%85%EF%BF%BE"),
        ("HTTPS://E.com/", "HTTPS://E.com/"),
        ("", None),
        (" \x01 ", None),
    ],
)
def test_urls_are_normalized(raw: str, expected: str | None) -> None:
    assert normalize_url(raw, "images.url") == expected


@pytest.mark.parametrize(
    "raw",
    [
        "http://e.com/\ud800.jpg",
        "http://e\udfff.com/",
        "javascript:alert(1)",
        "data:image/png;base64,AAAA",
        "//e.com/a.jpg",
        "http://e.com\x01x/a.jpg",
        "http://e .com/a.jpg",
        "http://[::1/",
    ],
)
def test_unsafe_urls_are_refused_by_field(raw: str) -> None:
    with pytest.raises(InvalidArticle) as caught:
        Image(raw)
    assert caught.value.field == "images.url"
    with pytest.raises(InvalidArticle) as caught:
        Source("新华社", raw)
    assert caught.value.field == "source.url"


def test_image_types_match_in_full() -> None:
    with pytest.raises(InvalidArticle):
        Image("https://e.com/a.png", type="image/png\n")


def _all_feeds_render(c: FlaskClient) -> None:
    for path in FEEDS:
        response = c.get(path)
        assert response.status_code == 200, (path, response.get_data(as_text=True)[:300])
        if path.endswith((".rss", ".atom", ".opml")):
            etree.fromstring(response.data)


def test_a_control_character_in_an_image_url_breaks_no_feed(c: FlaskClient) -> None:
    images = [{"url": "http://img.example/a\u0001.jpg", "caption": "图"}]
    created = c.post("/api/articles", json=sample(1, images=images), headers=AUTH)
    assert created.status_code == 201, created.get_json()
    assert created.get_json()["images"][0]["url"] == "http://img.example/a%01.jpg"
    assert c.post("/api/articles", json=sample(2), headers=AUTH).status_code == 201
    _all_feeds_render(c)


def test_an_imported_img_src_with_a_control_character_breaks_no_feed(c: FlaskClient) -> None:
    page = (
        "<html><head><title>测试新闻标题</title></head><body><h1>测试新闻标题</h1>"
        "<p>2025-07-28 09:30:57 来源:新华社</p>"
        '<p>正文第一段,足够长的一段新闻内容。</p><img src="http://img.example/a\u0001.jpg" '
        'width="600" height="400"><p>正文第二段,同样足够长的内容。</p></body></html>'
    )
    created = c.post(
        "/api/articles?url=https://news.example/a.html",
        data=page.encode(),
        headers={**AUTH, "Content-Type": "text/html; charset=utf-8"},
    )
    assert created.status_code == 201, created.get_json()
    assert [i["url"] for i in created.get_json()["images"]] == ["http://img.example/a%01.jpg"]
    _all_feeds_render(c)


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("images", [{"url": "http://img.example/a\ud800.jpg"}], "images.url"),
        ("original_url", "https://e.com/\ud800", "original_url"),
        ("source", {"name": "新华社", "url": "https://e.com/\udc00"}, "source.url"),
    ],
)
def test_lone_surrogates_in_urls_get_a_422_naming_the_field(
    c: FlaskClient, field: str, value: object, named: str
) -> None:
    response = c.post("/api/articles", json=sample(1, **{field: value}), headers=AUTH)
    assert response.status_code == 422, response.get_data(as_text=True)
    assert response.get_json()["field"] == named
    assert "surrogate" in response.get_json()["detail"]


def test_a_lone_surrogate_in_a_category_is_dropped_like_other_text(c: FlaskClient) -> None:
    response = c.post("/api/articles", json=sample(1, category="国内\ud800新闻"), headers=AUTH)
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["category"]["name"] == "国内新闻"
    _all_feeds_render(c)
