"""The static export on static hosts with their default configuration: ``python3 -m
http.server`` and nginx with only ``listen``, ``root`` and Debian's mime.types.

Chromium (headless, via Playwright) opens the index, a category and an article on each;
every internal link inside them, and every item link of the site feeds, answers 200 with the
right type, without a redirect. An article's older address (``/a/<id>``) still opens it.
"""

from __future__ import annotations

import json
import shutil
import sys
import urllib.error
import urllib.request
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import AbstractContextManager
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
from lxml import etree

from feedsvc.web.export import export_site
from tests.support.app import make_app
from tests.support.servers import free_port
from tests.support.servers import require_tool
from tests.support.servers import running

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.system

BASE_URL = "https://news.example.com"
#: What a default static host may call each kind of file (OPML: no host maps ``.opml``, so
#: browsers download it, which is what a reader's import wants; the bytes are checked).
TYPES = {
    ".rss": {"application/rss+xml", "application/x-rss+xml"},
    ".atom": {"application/atom+xml"},
    ".json": {"application/json", "application/feed+json"},
    ".opml": {"application/octet-stream", "text/x-opml", "application/xml", "text/xml"},
    ".css": {"text/css"},
    "page": {"text/html"},
}
NGINX_CONF = """
daemon off;
master_process off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{}}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
    }}
}}
"""


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


DIRECT = urllib.request.build_opener(NoRedirect)


def get(url: str) -> tuple[int, str, bytes]:
    """Status, media type and body of *url*, not following redirects."""
    try:
        with DIRECT.open(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get_content_type(), b""


def kind_of(url: str) -> str:
    suffix = Path(urlsplit(url).path).suffix
    return suffix if suffix in TYPES else "page"


@pytest.fixture(scope="module")
def site(full_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("static")
    shutil.copytree(full_store, tmp / "store")
    export_site(make_app(tmp / "store", BASE_URL=BASE_URL), tmp / "site")
    return tmp / "site"


@contextmanager
def http_server(root: Path, tmp: Path) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(port)]
    with running([*command, "--directory", str(root)], f"http://127.0.0.1:{port}") as base:
        yield base


@contextmanager
def nginx(root: Path, tmp: Path) -> Iterator[str]:
    binary = require_tool("nginx")
    port = free_port()
    conf = tmp / "nginx.conf"
    conf.write_text(NGINX_CONF.format(tmp=tmp, port=port, root=root))
    command = [binary, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(conf)]
    with running(command, f"http://127.0.0.1:{port}") as base:
        yield base


def open_page(browser: Browser, url: str) -> tuple[str, list[str]]:
    """Open *url* in Chromium: the URL it ends at and every link in it (resolved)."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        response = page.goto(url, wait_until="load")
        assert response is not None and response.status == 200, url
        assert response.headers["content-type"].startswith("text/html"), url
        assert page.query_selector("h1") is not None, url
        hrefs: list[str] = page.eval_on_selector_all(
            "a[href], link[href], img[src]", "els => els.map(e => e.href || e.src)"
        )
        return page.url, hrefs
    finally:
        context.close()


def internal(base: str, links: list[str]) -> set[str]:
    """The links that point into the site (on the host or at BASE_URL), on the host."""
    found = set()
    for link in links:
        if link.startswith(BASE_URL + "/"):
            link = base + link.removeprefix(BASE_URL)
        if link.startswith(base + "/"):
            found.add(link.split("#")[0])
    return found


def item_links(body: bytes, kind: str) -> list[str]:
    """The item links of a feed: RSS <link>, Atom <link href>, JSON Feed ``url``."""
    if kind == ".json":
        return [item["url"] for item in json.loads(body)["items"]]
    root = etree.fromstring(body)
    if kind == ".rss":
        return [str(t) for t in root.xpath("channel/item/link/text()")]
    atom = {"a": "http://www.w3.org/2005/Atom"}
    return [str(h) for h in root.xpath("a:entry/a:link[@rel='alternate']/@href", namespaces=atom)]


def assert_resolves(url: str) -> bytes:
    status, media_type, body = get(url)
    assert status == 200, (url, status)
    assert media_type in TYPES[kind_of(url)], (url, media_type)
    return body


@pytest.mark.parametrize("host", [http_server, nginx], ids=["http.server", "nginx"])
def test_every_page_opens_and_every_link_resolves(
    host: Callable[[Path, Path], AbstractContextManager[str]],
    site: Path,
    browser: Browser,
    tmp_path: Path,
) -> None:
    with host(site, tmp_path) as base:
        index_url, index_links = open_page(browser, base + "/")
        links = internal(base, index_links)
        category = sorted(u for u in links if "/c/" in u)[0]
        article = sorted(u for u in links if "/a/" in u)[0]
        assert article.endswith("/")
        for url in (category, article):
            final, found = open_page(browser, url)
            assert final == url
            links |= internal(base, found)
        assert {".rss", ".atom", ".json", ".opml", "page"} <= {kind_of(u) for u in links}
        for url in sorted(links):
            body = assert_resolves(url)
            if kind_of(url) == ".opml":
                assert etree.fromstring(body).tag == "opml"
        for fmt in (".rss", ".atom", ".json"):
            feed = assert_resolves(f"{base}/feeds/all{fmt}")
            for link in item_links(feed, fmt):
                assert_resolves(base + link.removeprefix(BASE_URL))
        # an article's address as published before pages were folders
        final, _ = open_page(browser, article.removesuffix("/"))
        assert final == article
