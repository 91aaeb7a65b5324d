"""JSON Feed 1.1 output checked against every MUST of https://www.jsonfeed.org/version/1.1/."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.support.feeds import BASE
from tests.support.feeds import atom_ids
from tests.support.feeds import copied_app
from tests.support.feeds import path_of
from tests.support.feeds import rss_guids
from tests.support.feeds import xml

FEED_KEYS = {
    "version",
    "title",
    "home_page_url",
    "feed_url",
    "description",
    "user_comment",
    "next_url",
    "icon",
    "favicon",
    "authors",
    "language",
    "expired",
    "hubs",
    "items",
}
ITEM_KEYS = {
    "id",
    "url",
    "external_url",
    "title",
    "content_html",
    "content_text",
    "summary",
    "image",
    "banner_image",
    "date_published",
    "date_modified",
    "authors",
    "tags",
    "language",
    "attachments",
}
URLS = [
    "/feeds/all.json",
    "/feeds/guo-nei-xin-wen.json",
    "/feeds/source/xin-hua-she.json",
    "/feeds/all.json?limit=3&q=%E6%96%B0%E9%97%BB",
    "/feeds/all/archive/1.json",
    "/feeds/all/archive/2.json",
]


@pytest.fixture
def app(full_store: Path, tmp_path: Path) -> Flask:
    return copied_app(full_store, tmp_path, WEBSUB_HUB="http://127.0.0.1:9/hub")


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def check_rfc3339(value: Any) -> None:
    assert isinstance(value, str)
    parsed = datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, f"{value} has no offset"
    assert "T" in value


def check_author(author: Any) -> None:
    assert isinstance(author, dict)
    # An author object MUST have at least one of name, url, avatar.
    assert {"name", "url", "avatar"} & set(author)
    for key in ("name", "url", "avatar"):
        assert key not in author or (isinstance(author[key], str) and author[key])


def check_extension_keys(obj: dict[str, Any], known: set[str]) -> None:
    # Anything not in the spec MUST be an extension: a key starting with "_".
    for key in obj:
        assert key in known or (key.startswith("_") and key[1:2].isalpha()), key


def check_feed(document: dict[str, Any], requested_url: str) -> None:
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(document["title"], str) and document["title"]
    assert isinstance(document["items"], list)
    check_extension_keys(document, FEED_KEYS)
    for key in ("home_page_url", "feed_url", "next_url"):
        if key in document:
            assert isinstance(document[key], str) and document[key].startswith("http")
    assert document["feed_url"] == requested_url
    if "next_url" in document:
        assert document["next_url"] != document["feed_url"]
    for author in document.get("authors", []):
        check_author(author)
    for hub in document.get("hubs", []):
        assert isinstance(hub["type"], str) and hub["type"]
        assert isinstance(hub["url"], str) and hub["url"].startswith("http")
    ids = []
    for item in document["items"]:
        check_extension_keys(item, ITEM_KEYS)
        assert isinstance(item["id"], str) and item["id"]
        ids.append(item["id"])
        assert any(isinstance(item.get(key), str) for key in ("content_html", "content_text")), (
            "an item MUST have content_html or content_text"
        )
        for key in ("url", "external_url", "image", "banner_image"):
            if key in item:
                assert isinstance(item[key], str) and item[key].startswith("http")
        for key in ("date_published", "date_modified"):
            if key in item:
                check_rfc3339(item[key])
        for author in item.get("authors", []):
            check_author(author)
        assert all(isinstance(tag, str) for tag in item.get("tags", []))
        for attachment in item.get("attachments", []):
            assert isinstance(attachment["url"], str) and attachment["url"].startswith("http")
            assert isinstance(attachment["mime_type"], str) and "/" in attachment["mime_type"]
            if "size_in_bytes" in attachment:
                assert isinstance(attachment["size_in_bytes"], int)
    assert len(ids) == len(set(ids)), "item ids MUST be unique"


@pytest.mark.parametrize("url", URLS)
def test_json_feed_meets_every_must(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert response.mimetype == "application/feed+json"
    document = json.loads(response.data.decode("utf-8"))  # UTF-8 JSON
    check_feed(document, BASE + url)
    assert document["items"], "these feeds are not empty"


def test_json_feed_uses_the_same_ids_as_rss_and_atom(client: FlaskClient) -> None:
    json_ids = [i["id"] for i in client.get("/feeds/guo-ji-xin-wen.json").get_json()["items"]]
    assert json_ids == rss_guids(xml(client.get("/feeds/guo-ji-xin-wen.rss").data))
    assert json_ids == atom_ids(xml(client.get("/feeds/guo-ji-xin-wen.atom").data))


def test_json_feed_authors_and_attribution(client: FlaskClient) -> None:
    items = client.get("/feeds/all.json?limit=200").get_json()["items"]
    seed = next(i for i in items if i["title"].startswith("李强出席"))
    assert [a["name"] for a in seed["authors"]] == ["王慧慧", "龚雯"]
    assert seed["_attribution"]["source"] == {"name": "新华社", "url": "https://www.news.cn/"}
    assert seed["_attribution"]["editor"] == "刘怡佳"
    assert seed["tags"] == ["媒体报道"]
    assert seed["date_published"] == "2025-07-28T09:30:57+08:00"
    assert "佚名" not in json.dumps(items, ensure_ascii=False)


def test_json_feed_hubs_and_next_url_page_back_through_every_article(
    client: FlaskClient, app: Flask
) -> None:
    document = client.get("/feeds/all.json").get_json()
    assert document["hubs"] == [{"type": "WebSub", "url": "http://127.0.0.1:9/hub"}]
    seen = [i["id"] for i in document["items"]]
    archived: list[str] = []
    url = document.get("next_url")
    while url:
        page = client.get(path_of(url)).get_json()
        check_feed(page, url)
        archived += [i["id"] for i in page["items"]]
        url = page.get("next_url")
    assert len(archived) == len(set(archived))
    assert len(set(seen) | set(archived)) == app.extensions["feedsvc"]["store"].count()
