"""Hostile input through the API: sanitizing, plain-text fields, security headers, paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from lxml import etree

from tests.support.api import AUTH
from tests.support.api import api_app
from tests.support.api import sample

XSS_BODY = (
    "<p>正文<script>window.__xss=1</script></p>"
    '<img src="https://e.com/a.jpg" onerror="window.__xss=2">'
    '<a href="javascript:window.__xss=3">链接</a>'
    '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">数据</a>'
    '<svg onload="window.__xss=4"><script>alert(1)</script></svg>'
    '<iframe src="https://evil.example/"></iframe><style>body{display:none}</style>'
    '<p style="background:url(javascript:alert(1))" onclick="x()">点</p>'
    "<scr<script>ipt>alert(1)</scr</script>ipt><math><mi xlink:href=javascript:alert(1)>"
)
FORBIDDEN = (
    "<script",
    "onerror",
    "onload",
    "onclick",
    "javascript:",
    "data:",
    "<svg",
    "<iframe",
    "<style",
    "style=",
    "<math",
)


@pytest.fixture
def c(tmp_path: Path) -> FlaskClient:
    return api_app(tmp_path / "store").test_client()


def test_html_goes_through_the_allowlist_on_every_path(c: FlaskClient) -> None:
    created = c.post("/api/articles", json=sample(1, body_html=XSS_BODY), headers=AUTH)
    assert created.status_code == 201
    article = created.get_json()
    patched = c.patch(article["url"], json={"body_html": XSS_BODY + "<p>改</p>"}, headers=AUTH)
    assert patched.status_code == 200
    for body in (article["body_html"], patched.get_json()["body_html"]):
        assert "正文" in body and "链接" in body
        for bad in FORBIDDEN:
            assert bad not in body.lower(), bad
    for url in (article["html_url"], "/feeds/all.rss", "/feeds/all.atom"):
        text = c.get(url).get_data(as_text=True)
        for bad in ("<script>window", "onerror=", "javascript:", "<svg"):
            assert bad not in text, (url, bad)


def test_titles_and_names_are_plain_text_and_xml_legal(c: FlaskClient) -> None:
    hostile = "<b>粗</b><script>alert(1)</script>\x00\x07\x1b\ufffe\ud800"
    data = sample(
        1,
        title="标题" + hostile,
        source={"name": "源" + hostile},
        authors=["作者" + hostile],
        editor="编辑" + hostile,
        summary="摘要" + hostile,
        subtitle="副题" + hostile,
    )
    response = c.post(
        "/api/articles",
        data=_json_with_lone_surrogates(data),
        headers={**AUTH, "Content-Type": "application/json"},
    )
    assert response.status_code == 201, response.get_data(as_text=True)
    article = response.get_json()
    # Labels (titles, names) are text: markup in them is dropped, its text kept. The summary
    # is the article's text and keeps what it says literally.
    assert article["title"] == "标题粗alert(1)"
    assert article["source"]["name"] == "源粗alert(1)"
    assert article["authors"] == ["作者粗alert(1)"]
    assert article["summary"] == "摘要<b>粗</b><script>alert(1)</script>"
    page = c.get(article["html_url"]).get_data(as_text=True)
    assert "<script>" not in page and "&lt;/b&gt;" not in page
    for fmt in ("rss", "atom"):
        feed = c.get(f"/feeds/all.{fmt}").data
        root = etree.fromstring(feed)  # raises on any XML-illegal character
        labels = [e.text or "" for e in root.iter("{*}title", "title", "{*}name", "{*}creator")]
        assert "标题粗alert(1)" in labels
        assert not [label for label in labels if "</" in label or "<b>" in label]


def _json_with_lone_surrogates(data: dict[str, object]) -> bytes:
    import json

    # json.dumps escapes a lone surrogate as \ud800, which is how a client can send one.
    return json.dumps(data).encode()


def test_pages_send_csp_and_nosniff(c: FlaskClient) -> None:
    article = c.post("/api/articles", json=sample(1), headers=AUTH).get_json()
    slug = article["category"]["slug"]
    for url in ("/", f"/c/{slug}/", article["html_url"]):
        response = c.get(url)
        assert response.status_code == 200
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    for url in ("/a/0000000000000000/", "/feeds/all.rss", "/api/articles", "/nope"):
        response = c.get(url, headers={"Accept": "text/html"})
        assert response.headers["X-Content-Type-Options"] == "nosniff", url
        assert "default-src 'none'" in response.headers["Content-Security-Policy"], url


HOSTILE_IDS = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2foutside",
    "..%252f..%252foutside",
    "/etc/passwd",
    "%2Fetc%2Fpasswd",
    "0123456789abcdef%00",
    "%00",
    "CON",
    "aux.json",
    "NUL",
    "COM1",
    "..\\..\\outside",
    "..%5c..%5coutside",
    "ab/../../outside",
    "0123456789ABCDEF",
    "0123456789abcdef.json",
    "x" * 5000,
]


@pytest.mark.parametrize("hostile", HOSTILE_IDS)
def test_nothing_a_client_sends_reaches_outside_the_store(tmp_path: Path, hostile: str) -> None:
    secret = "SECRET-OUTSIDE-THE-STORE"
    (tmp_path / "outside").write_text(secret)
    (tmp_path / "passwd").write_text(secret)
    c = api_app(tmp_path / "store").test_client()
    c.post("/api/articles", json=sample(1), headers=AUTH)
    before = _files_outside(tmp_path)
    requests = [
        ("GET", f"/a/{hostile}"),
        ("GET", f"/a/{hostile}/"),
        ("GET", f"/c/{hostile}/"),
        ("GET", f"/feeds/{hostile}.rss"),
        ("GET", f"/api/articles/{hostile}"),
        ("PUT", f"/api/articles/{hostile}"),
        ("PATCH", f"/api/articles/{hostile}"),
        ("DELETE", f"/api/articles/{hostile}"),
        ("GET", f"/api/articles?category={hostile}"),
    ]
    for method, url in requests:
        response = c.open(url, method=method, json=sample(2), headers=AUTH)
        assert response.status_code in (301, 308, 400, 404, 405, 422), (method, url)
        assert secret not in response.get_data(as_text=True)
    created = c.post(
        "/api/articles",
        json=sample(3, category=hostile[:100], source={"name": hostile[:100]}),
        headers=AUTH,
    )
    assert created.status_code in (201, 422)
    assert _files_outside(tmp_path) == before


def _files_outside(root: Path) -> set[str]:
    store = root / "store"
    found = set()
    for folder, _, files in os.walk(root):
        if Path(folder).is_relative_to(store):
            continue
        found |= {os.path.join(folder, f) for f in files}
    return found
