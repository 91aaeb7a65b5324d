"""Feed-level text that looks like markup (category and outlet names) is never markup."""

from __future__ import annotations

import html
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
CATEGORY = "<script>alert(1)</script>要闻"
OUTLET = "<b>新华社</b> & <i>合作</i>"


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
        CATEGORY: f"/feeds/{category['slug']}",
        OUTLET: f"/feeds/source/{slugify(OUTLET)}",
    }


def test_rss_channel_description_is_escaped_html(c: FlaskClient) -> None:
    for name, path in _feed_paths(c).items():
        response = c.get(f"{path}.rss")
        assert response.status_code == 200, path
        description = etree.fromstring(response.data).findtext("channel/description")
        assert description is not None
        # As item summaries: the XML text is HTML, and that HTML holds no tag at all.
        assert "<" not in description, description
        assert name in html.unescape(description)
    # The W3C validator reads the description as HTML ("should not contain script tag").
    data = c.get(f"{_feed_paths(c)[CATEGORY]}.rss").data
    assert b"&amp;lt;script&amp;gt;" in data
    assert b"<description>&lt;" not in data


def test_atom_subtitle_declares_markup_like_text_as_html(c: FlaskClient) -> None:
    for name, path in _feed_paths(c).items():
        root = etree.fromstring(c.get(f"{path}.atom").data)
        subtitle = root.find(f"{ATOM}subtitle")
        assert subtitle is not None and subtitle.text is not None
        assert subtitle.get("type") == "html"
        assert "<" not in subtitle.text
        assert name in html.unescape(subtitle.text)


def test_plain_subtitles_stay_plain_text(c: FlaskClient) -> None:
    root = etree.fromstring(c.get("/feeds/all.atom").data)
    subtitle = root.find(f"{ATOM}subtitle")
    assert subtitle is not None and subtitle.get("type") is None
    rss = etree.fromstring(c.get("/feeds/all.rss").data)
    assert rss.findtext("channel/description") == subtitle.text


def test_json_feed_description_is_plain_text(c: FlaskClient) -> None:
    for name, path in _feed_paths(c).items():
        feed = json.loads(c.get(f"{path}.json").data)
        assert name in feed["description"]
