"""A real browser (headless Debian chromium via Playwright) over the site's pages.

Pages full of XSS payloads: every field of the article carries payloads that call
window.__xss(...) or open a dialog. No payload may run, with the page's
Content-Security-Policy and (to test the sanitizer on its own) with the CSP bypassed; the
article must still render.

Pages as readers meet them, on a 390-px phone and a 1280-px desktop: no horizontal scrolling
(a 1280-px photo, a wide table and a long URL included) and machine-readable times.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

import pytest

from tests.support.api import AUTH
from tests.support.api import TOKEN
from tests.support.api import api_app
from tests.support.api import sample
from tests.support.app import PAGES
from tests.support.servers import gunicorn

if TYPE_CHECKING:
    from playwright.sync_api import Browser
    from playwright.sync_api import Page
    from playwright.sync_api import Route

pytestmark = pytest.mark.system

HOOK = "window.__hits = []; window.__xss = (n) => window.__hits.push(String(n));"


def payload(tag: str) -> str:
    return (
        f'<script>window.__xss("{tag}-script")</script>'
        f'<img src=x onerror=window.__xss("{tag}-img")>'
        f'<svg onload=window.__xss("{tag}-svg")><script>alert("{tag}")</script></svg>'
        f'"><body onload=window.__xss("{tag}-attr")>'
    )


BODY = (
    "<p>正文第一段,页面必须显示。</p>"
    + payload("body")
    + "<a href=\"javascript:window.__xss('body-link')\">点我</a>"
    + "<a href=\"jav&#x09;ascript:window.__xss('body-link2')\">再点</a>"
    + '<img src="https://127.0.0.1:9/x.png" onerror="window.__xss(\'body-onerror\')">'
    + "<iframe srcdoc=\"<script>parent.__xss('iframe')</script>\"></iframe>"
    + "<object data=\"javascript:window.__xss('object')\"></object>"
    + "<form action=\"javascript:window.__xss('form')\"><button>b</button></form>"
    + '<details open ontoggle=window.__xss("toggle")>'
    + "<p>broken <b><i>markup<scr<script>ipt>window.__xss('broken')</scr</script>ipt>"
    + "<div style=\"background:url('javascript:window.__xss(1)')\">样式</div>"
    + "<p>正文最后一段。</p>"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Any]]]:
    store_dir = tmp_path_factory.mktemp("browser") / "store"
    c = api_app(store_dir).test_client()
    data = sample(
        1,
        title="标题" + payload("title"),
        subtitle="副题" + payload("subtitle"),
        category="栏目" + payload("category")[:80],
        summary="摘要" + payload("summary"),
        source={"name": "来源" + payload("src")[:90], "url": 'https://e.com/?"><script>x</script>'},
        authors=["作者" + payload("a")[:90]],
        editor="编辑" + payload("ed")[:90],
        body_html=BODY,
        original_url="https://example.com/'\"><script>window.__xss('orig')</script>",
    )
    response = c.post("/api/articles", json=data, headers=AUTH)
    assert response.status_code == 201, response.get_data(as_text=True)
    article = response.get_json()
    with gunicorn(store_dir, workers=1, env={"FEEDSVC_API_TOKENS": f'["{TOKEN}"]'}) as base:
        yield base, article


def visit(browser: Browser, url: str, *, bypass_csp: bool) -> tuple[list[str], list[str], Any]:
    context = browser.new_context(bypass_csp=bypass_csp, java_script_enabled=True)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.add_init_script(HOOK)
    response = page.goto(url, wait_until="load")
    assert response is not None and response.status == 200
    page.wait_for_timeout(300)
    for link in page.query_selector_all("a"):
        href = link.get_attribute("href") or ""
        assert not href.strip().lower().startswith(("javascript", "data", "jav")), href
    hits: list[str] = page.evaluate("window.__hits")
    return hits, dialogs, (page, context)


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "csp-bypassed"])
def test_no_payload_runs_and_the_article_renders(
    browser: Browser, site: tuple[str, dict[str, Any]], bypass_csp: bool
) -> None:
    base, article = site
    slug = article["category"]["slug"]
    for path in ("/", f"/c/{slug}/", article["html_url"]):
        hits, dialogs, (page, context) = visit(browser, base + path, bypass_csp=bypass_csp)
        try:
            assert hits == [] and dialogs == [], (path, hits, dialogs)
            text = page.inner_text("body")
            # markup in titles and names is dropped at the model boundary; the rest shows
            assert article["title"].startswith("标题") and "<" not in article["title"]
            assert article["title"] in text, path
            if path == article["html_url"]:
                assert "正文第一段,页面必须显示。" in text
                assert "正文最后一段。" in text
                assert page.inner_text("h1") == article["title"]
                assert page.query_selector_all("script, iframe, object, svg, form") == []
        finally:
            context.close()


def test_the_harness_does_see_a_running_payload(browser: Browser) -> None:
    """Control: the same detection catches a payload that is not sanitized."""
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.add_init_script(HOOK)
    html = payload("control") + '<script>alert("control")</script>'
    page.route("http://control.test/", lambda r: r.fulfill(body=html, content_type="text/html"))
    page.goto("http://control.test/")
    page.wait_for_timeout(300)
    hits = page.evaluate("window.__hits")
    context.close()
    assert "control-script" in hits and "control-img" in hits
    assert dialogs


# -- reading on a phone and a desktop -------------------------------------------------------

WIDE_IMAGE = "http://images.test/wide-1280.png"  # in the body
LEAD_IMAGE = "http://images.test/lead-1280.png"  # given through the API beside the body
WIDTHS = (390, 1280)
OFFSET_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")
DAY = re.compile(r"\d{4}-\d\d-\d\d")
DATE_ONLY_PAGE = PAGES / "chinese_date_only.html"


def png(width: int, height: int) -> bytes:
    """A grey PNG of *width* × *height* pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\0" + b"\x99" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


WIDE_BODY = (
    "<p>第一段:宽图之前。</p><p></p><p>&nbsp;</p>"
    f'<figure><img src="{WIDE_IMAGE}" width="1280" height="720">'
    "<figcaption>一张 1280 像素宽的照片。</figcaption></figure>"
    "<table><tr>"
    + "".join(f"<td>第{i}列数据数据数据数据</td>" for i in range(16))
    + "</tr></table>"
    "<p>https://example.com/a/very/long/address/without/any/break/" + "x" * 120 + "</p>"
    "<p>最后一段。</p>"
)


@pytest.fixture(scope="module")
def reading_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    """A served site and the paths to look at: /, a category, an article with a wide
    photo (in the body and given beside it), an ordinary article and a date-only article."""
    store_dir = tmp_path_factory.mktemp("reading") / "store"
    app = api_app(store_dir)
    c = app.test_client()
    wide = sample(
        1,
        body_html=WIDE_BODY,
        images=[
            {"url": LEAD_IMAGE, "caption": "宽图", "credit": "记者 摄"},
            {"url": WIDE_IMAGE, "caption": "一张 1280 像素宽的照片。"},
        ],
        original_url="https://example.com/news/" + "long-" * 30 + ".html",
    )
    made = [c.post("/api/articles", json=data, headers=AUTH) for data in (wide, sample(2))]
    assert all(r.status_code == 201 for r in made), [r.get_data(as_text=True) for r in made]
    articles = [r.get_json() for r in made]
    paths = ["/", f"/c/{articles[0]['category']['slug']}/"] + [a["html_url"] for a in articles]
    imported = app.test_cli_runner().invoke(args=["import", str(DATE_ONLY_PAGE)])
    assert imported.exit_code == 0, imported.output
    dated = app.extensions["feedsvc"]["store"].summaries(None, 10)
    paths.append(next(f"/a/{s.id}/" for s in dated if s.id not in {a["id"] for a in articles}))
    with gunicorn(store_dir, workers=1) as base:
        yield base, paths


def open_page(browser: Browser, url: str, width: int, *, styles: bool = True) -> Any:
    """*url* loaded at *width* px, with the wide photo served; the page and its context."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page: Page = context.new_page()
    image = png(1280, 720)

    def photo(route: Route) -> None:
        route.fulfill(body=image, content_type="image/png")

    page.route("http://images.test/*", photo)
    if not styles:
        page.route("**/static/*", lambda route: route.abort())
    response = page.goto(url, wait_until="load")
    assert response is not None and response.status == 200, url
    return page, context


def overflow(page: Page) -> int:
    """How many pixels the document is wider than the viewport (0 when it fits)."""
    excess: int = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    return excess


@pytest.mark.parametrize("width", WIDTHS)
def test_pages_fit_the_screen_and_carry_machine_readable_times(
    browser: Browser, reading_site: tuple[str, list[str]], width: int, tmp_path: Path
) -> None:
    base, paths = reading_site
    for n, path in enumerate(paths):
        page, context = open_page(browser, base + path, width)
        try:
            shot = tmp_path / f"page{n}-{width}.png"
            page.screenshot(path=str(shot), full_page=True)
            assert overflow(page) <= 0, (path, width, overflow(page), shot)
            stamps = page.eval_on_selector_all("time", "ts => ts.map(t => t.dateTime)")
            # every time has an offset; a date-only article (its page, its list rows) shows
            # the date alone, never an invented 00:00
            assert stamps and all(OFFSET_TIME.fullmatch(s) or DAY.fullmatch(s) for s in stamps)
            if path == paths[4]:
                assert DAY.fullmatch(stamps[0]), (path, stamps)
                assert "00:00" not in page.inner_text("main"), path
            elif path in paths[2:4]:
                assert OFFSET_TIME.fullmatch(stamps[0]), (path, stamps)
            if path == paths[2]:
                sizes = page.eval_on_selector_all(
                    "article img", "is => is.map(i => [i.src, i.naturalWidth, i.width])"
                )
                # the photo given beside the body first, the body's own photo once
                assert [src for src, _, _ in sizes] == [LEAD_IMAGE, WIDE_IMAGE]
                assert all(natural == 1280 and shown <= width for _, natural, shown in sizes)
                # a wide table scrolls inside its own box, which fits the page
                table = page.eval_on_selector("table", "t => [t.scrollWidth, t.clientWidth]")
                assert table[0] > table[1] and table[1] <= width, table
        finally:
            context.close()


def test_the_overflow_measure_sees_a_page_that_does_not_fit(
    browser: Browser, reading_site: tuple[str, list[str]]
) -> None:
    """Control: without the stylesheet, the wide photo does push the phone page sideways."""
    base, paths = reading_site
    page, context = open_page(browser, base + paths[2], 390, styles=False)
    try:
        assert overflow(page) > 0
    finally:
        context.close()
