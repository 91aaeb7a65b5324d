"""Fetching pages over HTTP (a real server on 127.0.0.1) and importing pages, folders and URLs."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from flask import Flask

import feedsvc.fetch
from feedsvc.errors import FetchBlocked
from feedsvc.errors import FetchHTTPError
from feedsvc.errors import FetchTimeout
from feedsvc.errors import FetchTooLarge
from feedsvc.errors import UnsupportedScheme
from feedsvc.fetch import fetch_url
from feedsvc.fetch import is_public_address
from tests.support.app import PAGES
from tests.support.app import SEEDS
from tests.support.app import make_app
from tests.support.servers import free_port

ARTICLE = (PAGES / "people_gb2312.html").read_bytes()
ARTICLE_PATH = "/n1/2025/0728/c1004-40530001.html"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        try:
            self._route(self.path)
        except OSError:
            pass  # the client gave up (timeout or size cap): that is the point of the test

    def _route(self, path: str) -> None:
        if path == ARTICLE_PATH:
            self._send(200, ARTICLE, "text/html; charset=GB2312")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, b"<html>late</html>")
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"<p>x</p>" * 10)
                self.wfile.flush()
                time.sleep(0.2)
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50_000_000))
            self.end_headers()
            self.wfile.write(b"<html>" + b"x" * 1000)
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"y" * 8192 + b"</p>"
            deadline = time.monotonic() + 10
            try:
                while time.monotonic() < deadline:
                    self.wfile.write(chunk)
            except OSError:
                pass
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/hop/{left - 1}" if left > 1 else ARTICLE_PATH)
            self.end_headers()
        elif path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/file.html")
            self.end_headers()
        else:
            self._send(404, b"<html>not here</html>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def fetch(url: str, **limits: float) -> object:
    options = {"timeout": 1.0, "max_bytes": 200_000, "max_redirects": 3, **limits}
    options.setdefault("allow_private", True)
    return fetch_url(url, **options)  # type: ignore[arg-type]


def test_fetches_page_with_header(server: str) -> None:
    page = fetch_url(
        server + ARTICLE_PATH, timeout=5, max_bytes=1_000_000, max_redirects=0, allow_private=True
    )
    assert page.status == 200
    assert page.data == ARTICLE
    assert page.content_type == "text/html; charset=GB2312"


def test_slow_response_times_out(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeout, match="no answer within 0.5 s"):
        fetch(server + "/slow", timeout=0.5)
    assert time.monotonic() - started < 1.8


def test_trickling_response_hits_the_overall_deadline(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch(server + "/trickle", timeout=1.0)
    assert time.monotonic() - started < 2.5


def test_declared_oversize_is_refused(server: str) -> None:
    with pytest.raises(FetchTooLarge, match="50000000 bytes, over the 200000-byte limit"):
        fetch(server + "/huge-declared")


def test_endless_body_stops_at_the_cap(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTooLarge, match="larger than the 100000-byte limit"):
        fetch(server + "/endless", max_bytes=100_000, timeout=5)
    assert time.monotonic() - started < 3


def test_404_is_an_http_error(server: str) -> None:
    with pytest.raises(FetchHTTPError, match="HTTP 404") as info:
        fetch(server + "/missing")
    assert info.value.code == 404


def test_redirects_are_limited(server: str) -> None:
    page = fetch_url(
        server + "/hop/2", timeout=5, max_bytes=1_000_000, max_redirects=3, allow_private=True
    )
    assert page.url == server + ARTICLE_PATH
    with pytest.raises(FetchHTTPError, match="redirects"):
        fetch(server + "/hop/5", max_redirects=2)


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/a.html", "file:///etc/passwd", "javascript:x"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(UnsupportedScheme, match="only absolute http"):
        fetch(url)


def test_redirect_to_other_scheme_is_refused(server: str) -> None:
    with pytest.raises(UnsupportedScheme):
        fetch(server + "/to-ftp")


def _app(tmp_path: Path) -> Flask:
    return make_app(
        tmp_path / "store",
        FETCH_TIMEOUT=0.5,
        FETCH_MAX_BYTES=100_000,
        FETCH_MAX_REDIRECTS=2,
        FETCH_ALLOW_PRIVATE=True,
        CATEGORY_MAP={"127.0.0.1/n1/": "经济"},
    )


def test_import_url_and_failures(server: str, tmp_path: Path) -> None:
    app = _app(tmp_path)
    result = app.test_cli_runner().invoke(
        args=[
            "import",
            server + ARTICLE_PATH,
            server + "/slow",
            server + "/missing",
            server + "/endless",
        ]
    )
    assert result.exit_code == 1
    assert "imported: 1, updated: 0, unchanged: 0, failed: 3" in result.output
    assert "/slow: no answer within 0.5 s" in result.output
    assert "HTTP 404" in result.output
    assert "100000-byte limit" in result.output
    store = app.extensions["feedsvc"]["store"]
    [article] = store.latest(None, 10)
    assert article.title == "夏粮收购进度快于去年同期"
    assert article.original_url == server + ARTICLE_PATH
    assert article.source is not None and article.source.name == "人民日报"
    assert article.published.isoformat() == "2025-07-28T05:51:00+08:00"
    assert article.category.name == "经济·科技"


def test_extract_prints_json_lines_without_touching_the_store(server: str, tmp_path: Path) -> None:
    app = _app(tmp_path)
    page = PAGES / "cctv_info.html"
    result = app.test_cli_runner().invoke(
        args=["extract", str(page), server + "/missing", str(PAGES / "no_date.html")]
    )
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == 3
    first, failed, undated = lines
    assert first["title"] == "暑运首月全国铁路发送旅客超4亿人次"
    assert first["published"] == "2025-07-28T09:30:00+08:00"
    assert first["source"] == {"name": "央视新闻客户端", "url": "https://news.cctv.com/"}
    assert first["editor"] == "刘亮"
    assert first["body_html"].startswith("<p>央视网消息")
    assert set(first) >= {
        "subtitle",
        "authors",
        "category",
        "images",
        "original_url",
        "original_title",
    }
    assert "HTTP 404" in failed["error"] and failed["input"].endswith("/missing")
    assert undated["published"] is None
    assert app.extensions["feedsvc"]["store"].latest(None, 10) == []


def test_import_folder_of_pages_and_dumps(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "saved_files").mkdir(parents=True)
    shutil.copy(PAGES / "gov_cn_news.html", folder / "gov.html")
    shutil.copy(PAGES / "big5_traditional.html", folder / "cna.htm")
    shutil.copy(PAGES / "no_date.html", folder / "undated.html")
    (folder / "saved_files" / "frame.html").write_text("<html><body>ad frame</body></html>")
    shutil.copy(next(SEEDS.glob("*.txt")), folder / "seed.txt")
    app = _app(tmp_path)
    result = app.test_cli_runner().invoke(args=["import", str(folder)])
    assert "imported: 3, updated: 0, unchanged: 0, failed: 1" in result.output
    assert "undated.html: no publish date found on the page" in result.output
    assert "frame.html" not in result.output
    titles = {a.title for a in app.extensions["feedsvc"]["store"].latest(None, 10)}
    assert "颱風丹娜絲逼近 氣象署發布海上警報" in titles
    again = app.test_cli_runner().invoke(args=["import", str(folder / "gov.html")])
    assert "unchanged: 1" in again.output


@pytest.mark.parametrize(
    ("key", "value"),
    [("FETCH_TIMEOUT", 0), ("FETCH_MAX_BYTES", "lots"), ("CATEGORY_MAP", "{not json")],
)
def test_bad_settings_are_refused(tmp_path: Path, key: str, value: object) -> None:
    with pytest.raises(ValueError, match=key):
        make_app(tmp_path / "store", **{key: value})


def test_category_map_from_environment_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FEEDSVC_CATEGORY_MAP", json.dumps({"www.gov.cn/zhengce/": "政策"}))
    monkeypatch.setenv("FEEDSVC_STORE_DIR", str(tmp_path / "store"))
    from feedsvc import create_app

    settings = create_app().extensions["feedsvc"]["settings"]
    assert settings.category_map == {"www.gov.cn/zhengce/": "政策"}


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://localhost:9/a.html", "localhost"),
        ("http://127.0.0.1/a.html", "127.0.0.1"),
        ("http://[::1]/a.html", "::1"),
        ("http://10.1.2.3/a.html", "10.1.2.3"),
        ("http://192.168.0.1/a.html", "192.168.0.1"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://0.0.0.0/a.html", "0.0.0.0"),
        ("http://224.0.0.1/a.html", "224.0.0.1"),
        ("http://240.0.0.1/a.html", "240.0.0.1"),
        ("http://[::ffff:127.0.0.1]/a.html", "::ffff:127.0.0.1"),
        ("http://[fe80::1]/a.html", "fe80::1"),
    ],
)
def test_non_public_hosts_are_refused_by_default(url: str, host: str) -> None:
    with pytest.raises(FetchBlocked, match="non-public address") as info:
        fetch_url(url, timeout=1, max_bytes=1000, max_redirects=0)
    assert info.value.status == 400
    assert info.value.host == host
    assert repr(host) in str(info.value)


def test_public_addresses_are_recognised() -> None:
    assert is_public_address("93.184.216.34")
    assert is_public_address("2606:2800:220:1:248:1893:25c7:1946")
    assert not is_public_address("100.64.0.1")  # shared (carrier-grade NAT) space
    assert not is_public_address("not an address")


def test_local_server_is_refused_without_the_setting(server: str) -> None:
    with pytest.raises(FetchBlocked, match="'127.0.0.1'"):
        fetch_url(server + ARTICLE_PATH, timeout=1, max_bytes=1_000_000, max_redirects=0)


def test_connection_checks_the_address_it_reached(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The name check passed (as with a DNS answer that changes before the connect):
    # the connection still refuses the loopback peer it actually reached.
    monkeypatch.setattr(feedsvc.fetch, "check_host", lambda url: None)
    with pytest.raises(FetchBlocked, match="127.0.0.1"):
        fetch_url(server + ARTICLE_PATH, timeout=1, max_bytes=1_000_000, max_redirects=0)


def test_each_redirect_target_is_checked(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real_check = feedsvc.fetch.check_host
    first = server + "/hop/1"

    def check_all_but_the_first(url: str) -> None:
        if url != first:
            real_check(url)

    monkeypatch.setattr(feedsvc.fetch, "check_host", check_all_but_the_first)
    monkeypatch.setattr(feedsvc.fetch, "_guarded_connection", socket.create_connection)
    with pytest.raises(FetchBlocked, match="127.0.0.1"):
        fetch_url(first, timeout=1, max_bytes=1_000_000, max_redirects=3)


def test_import_refuses_a_local_url_by_default(server: str, tmp_path: Path) -> None:
    app = make_app(tmp_path / "store")
    result = app.test_cli_runner().invoke(args=["import", server + ARTICLE_PATH])
    assert result.exit_code == 1
    assert "non-public address 127.0.0.1" in result.output
    assert app.extensions["feedsvc"]["store"].latest(None, 10) == []


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("0", False), (True, True)])
def test_allow_private_setting(tmp_path: Path, value: object, expected: bool) -> None:
    app = make_app(tmp_path / "store", FETCH_ALLOW_PRIVATE=value)
    assert app.extensions["feedsvc"]["settings"].fetch_allow_private is expected
