"""The editors' write API: auth, CRUD, validation, corrections, withdrawals, limits."""

from __future__ import annotations

import json
import logging
import socket
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import feedparser
import pytest
from flask import Flask
from flask.testing import FlaskClient

from feedsvc.store import ArticleStore
from feedsvc.store import Scope
from tests.support.api import AUTH
from tests.support.api import TOKEN
from tests.support.api import Clock
from tests.support.api import api_app
from tests.support.api import sample
from tests.support.app import make_app
from tests.support.servers import gunicorn

ZONE = ZoneInfo("Asia/Shanghai")

PROBLEM = "application/problem+json"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def api(tmp_path: Path, clock: Clock) -> Flask:
    return api_app(tmp_path / "store", clock)


@pytest.fixture
def c(api: Flask) -> FlaskClient:
    return api.test_client()


def post(c: FlaskClient, data: Any, **kw: Any) -> Any:
    return c.post("/api/articles", json=data, headers=AUTH, **kw)


def assert_problem(response: Any, status: int, field: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body: dict[str, Any] = response.get_json(force=True)
    assert body["status"] == status
    assert body["type"] and body["title"] and body["detail"]
    if field is not None:
        assert body.get("field") == field, body
    return body


# -- authentication ----------------------------------------------------------------------


def test_no_token_configured_turns_the_api_off(tmp_path: Path) -> None:
    c = make_app(tmp_path / "store").test_client()
    body = assert_problem(c.post("/api/articles", json=sample(), headers=AUTH), 403)
    assert "disabled" in body["detail"]
    assert_problem(c.get("/api/articles", headers=AUTH), 403)
    assert c.get("/api/openapi.json").status_code == 200


@pytest.mark.parametrize(
    "header",
    [None, "Basic dXNlcjpwYXNz", "Bearer", "Bearer ", f"Bearer {TOKEN}x", f"bearer {TOKEN[:-1]}"],
)
def test_missing_or_wrong_token_is_401(c: FlaskClient, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = c.post("/api/articles", json=sample(), headers=headers)
    assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer realm=")
    assert c.get("/api/articles", headers=headers).status_code == 401
    # nothing was written:
    assert c.get("/api/articles", headers=AUTH).get_json()["total"] == 0


def test_tokens_come_from_the_environment_and_are_never_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from feedsvc import create_app

    monkeypatch.setenv("FEEDSVC_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("FEEDSVC_API_TOKENS", json.dumps(["another-token-abcdefgh", TOKEN]))
    app = create_app()
    assert TOKEN not in repr(app.extensions["feedsvc"]["api"])
    c = app.test_client()
    caplog.set_level(logging.DEBUG)
    assert post(c, sample()).status_code == 201
    wrong = "wrong-token-but-long-enough-1234"
    response = c.get("/api/articles", headers={"Authorization": f"Bearer {wrong}"})
    assert response.status_code == 401
    assert wrong not in response.get_data(as_text=True)
    assert all(TOKEN not in r.getMessage() and wrong not in r.getMessage() for r in caplog.records)


# -- create, read, list ------------------------------------------------------------------


def test_create_then_read(c: FlaskClient) -> None:
    response = post(c, sample(1))
    assert response.status_code == 201
    article = response.get_json()
    assert response.headers["Location"] == f"/api/articles/{article['id']}"
    assert article["title"] == "第1号编辑稿:测试新闻"
    assert article["published"] == "2025-07-02T09:30:01+08:00"
    assert article["category"] == {"name": "国内新闻", "slug": "guo-nei-xin-wen"}
    assert article["guid"].startswith("tag:")
    got = c.get(article["url"], headers=AUTH)
    assert got.status_code == 200 and got.get_json() == article
    assert got.headers["ETag"] and got.headers["Cache-Control"] == "no-store"
    page = c.get(article["html_url"])
    assert page.status_code == 200 and "第1号编辑稿" in page.get_data(as_text=True)


def test_naive_time_is_read_in_the_configured_zone(c: FlaskClient) -> None:
    a = post(c, sample(1, published="2025-07-28 09:30:57")).get_json()
    assert a["published"] == "2025-07-28T09:30:57+08:00"
    b = post(c, sample(2, published="2025-07-28T01:30:57Z")).get_json()
    assert b["published"] == "2025-07-28T09:30:57+08:00"  # same instant, shown in Beijing time
    d = post(c, sample(3, published="Mon, 28 Jul 2025 09:30:57 +0800")).get_json()
    assert d["published"] == "2025-07-28T09:30:57+08:00"


def test_list_is_paged_newest_first(c: FlaskClient) -> None:
    for n in range(7):
        assert post(c, sample(n, category="财经" if n % 2 else "国内新闻")).status_code == 201
    page = c.get("/api/articles?limit=3", headers=AUTH).get_json()
    assert page["total"] == 7 and len(page["items"]) == 3
    seen = [item["id"] for item in page["items"]]
    while page["next"]:
        page = c.get(page["next"], headers=AUTH).get_json()
        seen += [item["id"] for item in page["items"]]
    assert len(seen) == len(set(seen)) == 7
    times = [c.get(f"/api/articles/{i}", headers=AUTH).get_json()["published"] for i in seen]
    assert times == sorted(times, reverse=True)
    finance = c.get("/api/articles?category=财经", headers=AUTH).get_json()
    assert finance["total"] == 3
    assert {i["category"]["slug"] for i in finance["items"]} == {"cai-jing"}
    assert_problem(c.get("/api/articles?category=nope", headers=AUTH), 404)


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "limit=abc", "offset=-1", "limit=١"])
def test_bad_query_parameters_are_400(c: FlaskClient, query: str) -> None:
    assert_problem(c.get(f"/api/articles?{query}", headers=AUTH), 400, query.split("=")[0])


# -- validation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": None}, "title"),
        ({"title": "   "}, "title"),
        ({"title": "标" * 501}, "title"),
        ({"title": 5}, "title"),
        ({"category": ""}, "category"),
        ({"category": "类" * 101}, "category"),
        ({"category": ["a"]}, "category"),
        ({"published": "yesterday"}, "published"),
        ({"published": "2025-02-30T10:00:00"}, "published"),
        ({"published": "0001-01-01T00:00:00+14:00"}, "published"),
        ({"published": "2099-01-01T00:00:00+08:00"}, "published"),
        ({"published": 1753666257}, "published"),
        ({"body_html": "<script>alert(1)</script>"}, "body_html"),
        ({"body_html": "x" * 1_000_001}, "body_html"),
        ({"original_url": "javascript:alert(1)"}, "original_url"),
        ({"original_url": "data:text/html,<script>alert(1)</script>"}, "original_url"),
        ({"original_url": "ftp://example.com/a"}, "original_url"),
        ({"original_url": "/relative"}, "original_url"),
        ({"source": {"name": "新华社", "url": "javascript:alert(1)"}}, "source.url"),
        ({"source": {"name": ""}}, "source.name"),
        ({"source": {"name": "x", "evil": 1}}, "source.evil"),
        ({"source": 3}, "source"),
        ({"authors": "张三"}, "authors"),
        ({"authors": ["名" * 101]}, "authors"),
        ({"authors": ["a"] * 21}, "authors"),
        ({"images": [{"url": "data:image/png;base64,AAAA"}]}, "images.url"),
        ({"images": [{"caption": "图"}] * 51}, "images"),
        ({"images": [5]}, "images[0]"),
        ({"summary": "摘" * 2001}, "summary"),
        ({"titel": "typo"}, "titel"),
    ],
)
def test_bad_fields_are_422_naming_the_field(
    c: FlaskClient, change: dict[str, Any], field: str
) -> None:
    body = assert_problem(post(c, sample(1, **change)), 422, field)
    assert field.split("[")[0].split(".")[0] in body["detail"]
    assert c.get("/api/articles", headers=AUTH).get_json()["total"] == 0


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b"{not json", "application/json", 400),
        (b"\xff\xfe{}", "application/json", 400),
        (b"[" * 100_000 + b"]" * 100_000, "application/json", 400),
        (b"[1, 2]", "application/json", 422),
        (b'"text"', "application/json", 422),
        (b"title=x", "application/x-www-form-urlencoded", 415),
        (b"<xml/>", "application/xml", 415),
        (b"{}", "", 415),
    ],
)
def test_malformed_bodies(c: FlaskClient, body: bytes, content_type: str, status: int) -> None:
    response = c.post("/api/articles", data=body, headers={**AUTH, "Content-Type": content_type})
    assert_problem(response, status)


def test_oversized_body_is_413_before_it_is_read(tmp_path: Path) -> None:
    c = api_app(tmp_path / "store", MAX_CONTENT_LENGTH=10_000).test_client()
    big = sample(1, body_html="<p>" + "长" * 10_000 + "</p>")
    assert_problem(post(c, big), 413)
    # A declared length past the limit is refused without reading a byte of the body.
    environ = {"CONTENT_LENGTH": str(10**12), "wsgi.input": _Exploding()}
    response = c.post(
        "/api/articles",
        headers={**AUTH},
        environ_overrides=environ,
        content_type="application/json",
    )
    assert_problem(response, 413)
    assert post(c, sample(2)).status_code == 201


class _Exploding:
    def read(self, *args: Any) -> bytes:
        raise AssertionError("the body was read")

    readline = read


def test_unknown_api_urls_and_methods_are_problems(c: FlaskClient) -> None:
    assert_problem(c.get("/api/nothing", headers=AUTH), 404)
    response = c.put("/api/articles", json={}, headers=AUTH)
    assert_problem(response, 405)
    assert "GET" in response.headers["Allow"]


# -- duplicates, corrections, withdrawals ------------------------------------------------


def test_posting_the_same_article_twice_is_409(c: FlaskClient) -> None:
    first = post(c, sample(1)).get_json()
    body = assert_problem(post(c, sample(1, title="另一个标题")), 409)
    assert body["id"] == first["id"]


def test_correction_keeps_id_guid_published_and_moves_updated(
    c: FlaskClient, clock: Clock, api: Flask
) -> None:
    created = post(c, sample(1)).get_json()
    now = clock.advance(days=30)
    response = c.put(created["url"], json=sample(1, title="更正后的标题"), headers=AUTH)
    assert response.status_code == 200
    corrected = response.get_json()
    for key in ("id", "guid", "published", "url"):
        assert corrected[key] == created[key]
    assert corrected["title"] == "更正后的标题"
    assert corrected["updated"] == now.astimezone(ZONE).isoformat()
    assert corrected["updated"].endswith("+08:00")
    clock.advance(hours=1)
    patched = c.patch(
        created["url"],
        data=json.dumps({"summary": "新摘要", "editor": None}),
        headers={**AUTH, "Content-Type": "application/merge-patch+json"},
    ).get_json()
    assert patched["summary"] == "新摘要" and patched["editor"] is None
    assert patched["title"] == "更正后的标题" and patched["guid"] == created["guid"]
    assert patched["updated"] > corrected["updated"]
    # An unchanged PUT is not an update.
    again = c.put(created["url"], json={**patched}, headers=AUTH).get_json()
    assert again["updated"] == patched["updated"]
    # The feed carries one entry, same guid, with the new updated time.
    feed = feedparser.parse(c.get("/feeds/all.atom").data)
    assert [e.id for e in feed.entries] == [created["guid"]]
    assert feed.entries[0].title == "更正后的标题"
    assert feed.entries[0].updated != feed.entries[0].published


def test_published_cannot_change_in_a_correction(c: FlaskClient) -> None:
    created = post(c, sample(1)).get_json()
    changed = sample(1, published="2025-07-03T10:00:00+08:00")
    assert_problem(c.put(created["url"], json=changed, headers=AUTH), 422, "published")
    same_instant = sample(1, published="2025-07-02T01:30:01Z")
    assert c.put(created["url"], json=same_instant, headers=AUTH).status_code == 200


def test_if_match_guards_against_lost_updates(c: FlaskClient) -> None:
    created = post(c, sample(1))
    tag = created.headers["ETag"]
    url = created.get_json()["url"]
    ok = c.patch(url, json={"title": "第一次更正"}, headers={**AUTH, "If-Match": tag})
    assert ok.status_code == 200
    stale = c.patch(url, json={"title": "第二次更正"}, headers={**AUTH, "If-Match": tag})
    assert_problem(stale, 412)
    assert_problem(c.delete(url, headers={**AUTH, "If-Match": tag}), 412)
    assert c.get(url, headers=AUTH).get_json()["title"] == "第一次更正"


def test_correction_of_missing_or_bad_ids(c: FlaskClient) -> None:
    assert_problem(c.put("/api/articles/0123456789abcdef", json=sample(), headers=AUTH), 404)
    assert_problem(c.patch("/api/articles/NOTANID", json={}, headers=AUTH), 404)
    assert_problem(c.delete("/api/articles/0123456789abcdef", headers=AUTH), 404)


def test_withdrawal_is_immediate_everywhere_and_permanent(
    c: FlaskClient, api: Flask, tmp_path: Path
) -> None:
    keep = post(c, sample(1)).get_json()
    gone = post(c, sample(2, category="财经")).get_json()
    assert gone["id"] in c.get("/").get_data(as_text=True)
    assert c.delete(gone["url"], headers=AUTH).status_code == 204
    for url in ("/", "/c/cai-jing/", "/feeds/all.rss", "/feeds/all.atom"):
        response = c.get(url)
        assert gone["id"] not in response.get_data(as_text=True), url
    # Its only article left: the category stays, empty (readers keep their subscription).
    assert c.get("/c/cai-jing/").status_code == 200
    assert c.get("/feeds/cai-jing.rss").status_code == 200
    assert gone["guid"] not in c.get("/feeds/all.atom").get_data(as_text=True)
    assert keep["id"] in c.get("/").get_data(as_text=True)
    assert c.get(gone["html_url"]).status_code == 410
    assert_problem(c.get(gone["url"], headers=AUTH), 410)
    assert_problem(c.delete(gone["url"], headers=AUTH), 410)
    assert_problem(c.put(gone["url"], json=sample(2), headers=AUTH), 410)
    # The id is never reused: the same article cannot come back, not even after a rebuild.
    assert assert_problem(post(c, sample(2)), 409)["id"] == gone["id"]
    store: ArticleStore = api.extensions["feedsvc"]["store"]
    store.index_path.unlink()
    assert store.rebuild_index() == 1
    assert [t.id for t in store.tombstones()] == [gone["id"]]
    assert c.get(gone["html_url"]).status_code == 410
    assert_problem(post(c, sample(2)), 409)
    fresh = api_app(store.root).test_client()
    assert fresh.get(gone["html_url"]).status_code == 410


def test_cli_import_does_not_resurrect_a_withdrawn_article(
    seeded_app: Flask, tmp_path: Path
) -> None:
    store: ArticleStore = seeded_app.extensions["feedsvc"]["store"]
    (seed,) = store.select(Scope(), 5)
    store.delete(seed.id)
    from tests.support.app import SEEDS

    with seeded_app.app_context():
        result = seeded_app.test_cli_runner().invoke(args=["import", str(SEEDS)])
    assert result.exit_code == 1
    assert "withdrawn" in result.output
    assert store.count() == 0


def test_html_import_requests_are_validated(c: FlaskClient) -> None:
    html = {**AUTH, "Content-Type": "text/html"}
    assert_problem(c.post("/api/articles", data=b"<p>x</p>", headers=html), 422, "html")
    assert_problem(post(c, {"html": "<p>x</p>", "url": "https://e.com/a"}), 422, "html")
    assert_problem(post(c, {"import_url": "javascript:alert(1)"}), 422, "import_url")
    assert_problem(post(c, {"html": "<p>x</p>", "import_url": "https://e.com/"}), 422, "html")
    assert_problem(post(c, {"html": "<p>x</p>", "extra": 1}), 422, "extra")


@pytest.mark.system
def test_a_real_server_refuses_oversized_bodies_without_reading_them(tmp_path: Path) -> None:
    """Through gunicorn: a huge declared length, and an endless chunked body, get 413."""
    env = {"FEEDSVC_API_TOKENS": json.dumps([TOKEN]), "FEEDSVC_MAX_CONTENT_LENGTH": "10000"}
    with gunicorn(tmp_path / "store", env=env) as base:
        port = int(base.rsplit(":", 1)[1])
        head = (
            "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\n"
        )
        declared = head + f"Content-Length: {10**12}\r\n\r\n" + "{"
        chunked = head + "Transfer-Encoding: chunked\r\n\r\n" + "1000\r\n" + "x" * 4096 + "\r\n"
        for request, more in ((declared, b""), (chunked, b"1000\r\n" + b"x" * 4096 + b"\r\n")):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
                sock.sendall(request.encode())
                started = time.monotonic()
                for _ in range(4):  # 16 KiB more at most: the server must answer well before
                    try:
                        sock.sendall(more)
                    except OSError:
                        break
                reply = sock.recv(65536).decode("latin-1")
                assert reply.startswith("HTTP/1.1 413"), reply[:200]
                assert "application/problem+json" in reply
                assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    "query",
    ["limit=" + "9" * 19, "limit=" + "9" * 5000, "offset=" + "9" * 19, "offset=" + "9" * 5000],
    ids=["limit-19-digits", "limit-5000-digits", "offset-19-digits", "offset-5000-digits"],
)
def test_paging_numbers_of_any_length_are_400(c: FlaskClient, query: str) -> None:
    body = assert_problem(c.get(f"/api/articles?{query}", headers=AUTH), 400)
    assert query.split("=")[0] in body["detail"]
