"""Importing an HTML page or a URL through POST /api/articles.

The page goes through the same extractor and fetcher as `flask --app wsgi import`.
"""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.support.api import AUTH
from tests.support.api import api_app
from tests.support.servers import serving

PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>国务院召开常务会议 - 测试网</title>
<meta property="og:title" content="国务院召开常务会议">
<meta name="publishdate" content="2025-07-28 09:30:57">
</head><body><h1>国务院召开常务会议</h1>
<div class="info">2025-07-28 09:30:57 来源:新华社 作者:张三</div>
<div class="content"><p>新华社北京7月28日电 国务院总理主持召开国务院常务会议。</p>
<p>会议指出,要扎实做好各项工作。<script>window.__xss=1</script></p>
<p><img src="https://example.com/a.jpg" onerror="alert(1)"></p></div>
</body></html>"""


@pytest.fixture
def c(tmp_path: Path) -> FlaskClient:
    return api_app(
        tmp_path / "store", FETCH_MAX_BYTES=50_000, FETCH_ALLOW_PRIVATE=True
    ).test_client()


def _imported(response: Any) -> dict[str, Any]:
    assert response.status_code == 201, response.get_data(as_text=True)
    article: dict[str, Any] = response.get_json()
    assert "国务院召开常务会议" in article["title"]
    assert "国务院常务会议" in article["body_html"]
    assert "<script" not in article["body_html"] and "onerror" not in article["body_html"]
    return article


def test_post_an_html_page(c: FlaskClient) -> None:
    response = c.post(
        "/api/articles?url=https://www.example.com/2025/07/28/a.html",
        data=PAGE.encode(),
        headers={**AUTH, "Content-Type": "text/html; charset=utf-8"},
    )
    article = _imported(response)
    assert article["published"].startswith("2025-07-28T09:30:57+08:00")


def test_post_html_in_json(c: FlaskClient) -> None:
    response = c.post(
        "/api/articles",
        json={"html": PAGE, "url": "https://www.example.com/2025/07/28/b.html"},
        headers=AUTH,
    )
    _imported(response)


def test_a_page_without_an_article_is_422_naming_html(c: FlaskClient) -> None:
    response = c.post("/api/articles", json={"html": "<html><body></body></html>"}, headers=AUTH)
    assert response.status_code == 422
    assert response.get_json()["field"] == "html"


@pytest.fixture
def page_server() -> Iterator[str]:
    pages = {
        "/a.html": PAGE.encode(),
        "/big.html": b"<p>" + b"x" * 200_000 + b"</p>",
        "/%E6%96%B0%E9%97%BB/a.html": PAGE.encode(),
    }

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as base:
        yield base


def test_import_a_url(c: FlaskClient, page_server: str) -> None:
    response = c.post("/api/articles", json={"import_url": page_server + "/a.html"}, headers=AUTH)
    _imported(response)


def test_import_of_a_local_url_is_refused_by_default(tmp_path: Path, page_server: str) -> None:
    client = api_app(tmp_path / "store").test_client()
    response = client.post(
        "/api/articles", json={"import_url": page_server + "/a.html"}, headers=AUTH
    )
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    assert "'127.0.0.1'" in response.get_json()["detail"]


def test_import_fetch_size_is_limited(c: FlaskClient, page_server: str) -> None:
    response = c.post("/api/articles", json={"import_url": page_server + "/big.html"}, headers=AUTH)
    assert response.status_code in (413, 422, 502)
    assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize(
    "tail", ["/a b.html", "/a\r\nb.html", "/a\tb.html", "/a\x00.html", "/\ud800.html"]
)
def test_an_import_url_that_cannot_be_requested_is_400_naming_it(
    c: FlaskClient, page_server: str, tail: str
) -> None:
    response = c.post("/api/articles", json={"import_url": page_server + tail}, headers=AUTH)
    assert response.status_code == 400, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["field"] == "import_url"


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999/a.html", "http://a..b/", "http://:80/"])
def test_an_import_url_with_a_bad_host_or_port_is_400(c: FlaskClient, url: str) -> None:
    response = c.post("/api/articles", json={"import_url": url}, headers=AUTH)
    assert response.status_code == 400, response.get_data(as_text=True)
    assert response.get_json()["field"] == "import_url"


def test_an_import_url_with_chinese_characters_is_percent_encoded(
    c: FlaskClient, page_server: str
) -> None:
    response = c.post(
        "/api/articles", json={"import_url": page_server + "/新闻/a.html"}, headers=AUTH
    )
    article = _imported(response)
    assert article["original_url"] == page_server + "/%E6%96%B0%E9%97%BB/a.html"
