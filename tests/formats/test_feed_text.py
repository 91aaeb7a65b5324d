"""Feed-level text that quotes category and outlet names is never markup, and validates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from lxml import etree

from feedsvc.names import slugify
from tests.support.api import AUTH
from tests.support.api import api_app
from tests.support.api import sample

ATOM = "{http://www.w3.org/2005/Atom}"
CATEGORY = "<script>alert(1)</script>要闻 A & B < C"
OUTLET = "<b>新华社</b> & <i>合作</i> a<b"
#: What the model keeps of them: labels carry no markup (feedsvc.sanitize.clean_label).
CATEGORY_TEXT = "alert(1)要闻 A & B < C"
OUTLET_TEXT = "新华社 & 合作 a<b"


@pytest.fixture
def c(tmp_path: Path) -> FlaskClient:
    client = api_app(tmp_path / "store").test_client()
    data = sample(1, category=CATEGORY, source={"name": OUTLET, "url": "https://e.com/"})
    created = client.post("/api/articles", json=data, headers=AUTH)
    assert created.status_code == 201, created.get_json()
    return client


def _feed_paths(c: FlaskClient) -> dict[str, str]:
    category = c.get("/api/articles", headers=AUTH).get_json()["items"][0]["category"]
    return {
        CATEGORY_TEXT: f"/feeds/{category['slug']}",
        OUTLET_TEXT: f"/feeds/source/{slugify(OUTLET_TEXT)}",
    }


def _full_width(name: str) -> str:
    return name.replace("&", "＆").replace("<", "＜").replace(">", "＞")


def test_rss_channel_description_holds_nothing_a_reader_could_take_as_markup(
    c: FlaskClient,
) -> None:
    for name, path in _feed_paths(c).items():
        response = c.get(f"{path}.rss")
        assert response.status_code == 200, path
        description = etree.fromstring(response.data).findtext("channel/description")
        assert description is not None
        # Read as HTML it is the same text: no tag, no character reference.
        assert not set("&<>") & set(description), description
        assert _full_width(name) in description


def test_atom_subtitle_is_the_same_plain_text(c: FlaskClient) -> None:
    for name, path in _feed_paths(c).items():
        root = etree.fromstring(c.get(f"{path}.atom").data)
        subtitle = root.find(f"{ATOM}subtitle")
        assert subtitle is not None and subtitle.text is not None
        assert subtitle.get("type") is None
        assert not set("&<>") & set(subtitle.text)
        assert _full_width(name) in subtitle.text
        rss = etree.fromstring(c.get(f"{path}.rss").data)
        assert rss.findtext("channel/description") == subtitle.text


def test_feed_titles_carry_the_names_as_text(c: FlaskClient) -> None:
    for name, path in _feed_paths(c).items():
        rss = etree.fromstring(c.get(f"{path}.rss").data)
        title = rss.findtext("channel/title") or ""
        assert name in title and "</" not in title


def test_json_feed_description_is_plain_text(c: FlaskClient) -> None:
    for name, path in _feed_paths(c).items():
        feed = json.loads(c.get(f"{path}.json").data)
        assert name in feed["description"]


def test_a_lone_less_than_before_a_letter_is_a_numeric_reference_in_rss(tmp_path: Path) -> None:
    client = api_app(tmp_path / "store").test_client()
    data = sample(1, title="营收 a<b 之谜", category="a<b", authors=["李<四"])
    assert client.post("/api/articles", json=data, headers=AUTH).status_code == 201
    rss = client.get("/feeds/all.rss").data
    # The RSS profile asks for &#x3C; where a reader could take < for a tag's start.
    assert b"a&#x3C;b" in rss and b"&lt;b" not in rss
    item = etree.fromstring(rss).find("channel/item")
    assert item is not None
    assert item.findtext("title") == "营收 a<b 之谜"
    assert item.findtext("category") == "a<b"
    assert item.findtext("{http://purl.org/dc/elements/1.1/}creator") == "李<四"
