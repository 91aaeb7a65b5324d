"""A real browser (headless Debian chromium via Playwright) over pages full of XSS payloads.

Every field of the article carries payloads that call window.__xss(...) or open a dialog.
No payload may run, with the page's Content-Security-Policy and (to test the sanitizer on
its own) with the CSP bypassed; the article must still render.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.api import AUTH
from tests.support.api import TOKEN
from tests.support.api import api_app
from tests.support.api import sample
from tests.support.servers import IN_CI
from tests.support.servers import gunicorn
from tests.support.servers import require_tool

pytestmark = pytest.mark.system

try:
    from playwright.sync_api import Browser
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    if IN_CI:
        raise
    pytest.skip("playwright is not installed", allow_module_level=True)

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
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
def browser() -> Iterator[Browser]:
    chromium = require_tool("chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


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
            assert '标题<script>window.__xss("title-script")</script>' in text, path
            if path == article["html_url"]:
                assert "正文第一段,页面必须显示。" in text
                assert "正文最后一段。" in text
                assert page.inner_text("h1").startswith("标题<script>")
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
