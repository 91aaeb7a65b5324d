from __future__ import annotations

import re
from datetime import UTC
from datetime import datetime
from pathlib import Path

from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from feedsvc.timeutil import get_zone
from feedsvc.web.page_context import Stamp
from feedsvc.web.page_context import stamp
from tests.support.api import AUTH
from tests.support.api import api_app
from tests.support.api import sample
from tests.support.app import CHROME
from tests.support.app import SEED_TITLE
from tests.support.app import SEEDS
from tests.support.app import load
from tests.support.app import make_app


def soup(client: FlaskClient, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, response.data
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "style-src 'self';" in csp
    assert "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    return BeautifulSoup(response.data, "html.parser")


def autodiscovery(page: BeautifulSoup) -> dict[str, str]:
    return {link["type"]: link["href"] for link in page.select('head link[rel="alternate"]')}


def seed_id(client: FlaskClient) -> str:
    page = soup(client, "/")
    link = page.find("a", string=SEED_TITLE)
    assert link is not None
    href = str(link["href"])
    assert href.startswith("/a/") and href.endswith("/"), href
    return href.removeprefix("/a/").removesuffix("/")


def test_index_lists_categories_with_counts_and_feeds(full_client: FlaskClient) -> None:
    page = soup(full_client, "/")
    rows = {li.a.get_text(): li.get_text(" ", strip=True) for li in page.select("ul.categories li")}
    assert set(rows) == {"国内新闻", "国际新闻", "财经", "媒体报道"}
    assert "(31)" in rows["财经"] and "(31)" in rows["媒体报道"]
    links = [a["href"] for a in page.select("ul.categories a")]
    assert "/feeds/cai-jing.rss" in links and "/feeds/cai-jing.atom" in links
    assert autodiscovery(page) == {
        "application/rss+xml": "/feeds/all.rss",
        "application/atom+xml": "/feeds/all.atom",
        "application/feed+json": "/feeds/all.json",
    }
    assert len(page.select("ul.articles li")) == 50


def test_seed_on_index_category_and_article_pages(seeded_app) -> None:  # type: ignore[no-untyped-def]
    client = seeded_app.test_client()
    article_id = seed_id(client)
    category = soup(client, "/c/mei-ti-bao-dao/")
    assert category.find("a", string=SEED_TITLE)
    assert autodiscovery(category) == {
        "application/rss+xml": "/feeds/mei-ti-bao-dao.rss",
        "application/atom+xml": "/feeds/mei-ti-bao-dao.atom",
        "application/feed+json": "/feeds/mei-ti-bao-dao.json",
    }
    page = soup(client, f"/a/{article_id}/")
    text = page.get_text(" ", strip=True)
    assert page.h1.get_text() == SEED_TITLE
    assert "2025年7月28日 09:30 (北京时间)" in text
    assert page.select_one(".meta time")["datetime"] == "2025-07-28T09:30:57+08:00"
    assert "来源: 新华社" in text
    assert "记者: 王慧慧、龚雯" in text
    assert "责任编辑: 刘怡佳" in text
    captions = [f.get_text(" ", strip=True) for f in page.select("figcaption")]
    assert len(captions) == 2
    assert all(c.endswith("新华社记者 王晔 摄") for c in captions)
    assert autodiscovery(page)["application/atom+xml"] == "/feeds/mei-ti-bao-dao.atom"
    for url in ("/", "/c/mei-ti-bao-dao/", f"/a/{article_id}/"):
        html = client.get(url).get_data(as_text=True)
        assert "佚名" not in html
        for chrome in CHROME:
            assert chrome not in html


def test_pages_escape_titles_and_bodies(full_client: FlaskClient) -> None:
    index = full_client.get("/").get_data(as_text=True)
    assert "A &amp; B &lt; C &gt; D" in index
    page = soup(full_client, "/c/guo-ji-xin-wen/")
    link = page.find("a", string="A & B < C > D")
    article = full_client.get(link["href"]).get_data(as_text=True)
    assert "<script>" not in article
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article


def test_unknown_article_and_category_are_404(seeded_app) -> None:  # type: ignore[no-untyped-def]
    client = seeded_app.test_client()
    for url in ("/a/0000000000000000/", "/a/..%2F..%2Fetc%2Fpasswd/", "/c/nope/"):
        response = client.get(url, headers={"Accept": "text/html"})
        assert response.status_code == 404
        assert "<h1>404" in response.get_data(as_text=True)


def test_missing_and_withdrawn_pages_are_in_the_sites_language_and_frame(tmp_path: Path) -> None:
    client = api_app(tmp_path / "store", SITE_TITLE="测试新闻").test_client()
    gone = client.post("/api/articles", json=sample(1), headers=AUTH).get_json()
    assert client.delete(gone["url"], headers=AUTH).status_code == 204
    for url, status, heading in (
        ("/a/0000000000000000/", 404, "404 页面不存在"),
        ("/c/nope/", 404, "404 页面不存在"),
        (gone["html_url"], 410, "410 文章已撤回"),
    ):
        response = client.get(url, headers={"Accept": "text/html"})
        assert response.status_code == status
        assert "style-src 'self';" in response.headers["Content-Security-Policy"]
        page = BeautifulSoup(response.data, "html.parser")
        assert page.html["lang"] == "zh-CN"
        assert page.h1.get_text() == heading
        assert page.select_one("header a").get_text() == "测试新闻"
        assert page.select('link[rel="stylesheet"]') and page.select("footer .feeds, footer a")
    # feeds keep their plain-text errors
    assert client.get("/feeds/nope.rss").headers["Content-Type"].startswith("text/plain")


def feed_trio(links: BeautifulSoup) -> dict[str, str]:
    return {a.get_text(): a["href"] for a in links.select("a")}


def test_every_list_and_page_offers_rss_atom_and_json_feed(full_client: FlaskClient) -> None:
    index = soup(full_client, "/")
    for row in index.select("ul.categories li, ul.sources li"):
        assert set(feed_trio(row.select_one(".feeds"))) == {"RSS", "Atom", "JSON Feed"}
    category = soup(full_client, "/c/cai-jing/")
    assert feed_trio(category.select_one("main p.feeds")) == {
        "RSS": "/feeds/cai-jing.rss",
        "Atom": "/feeds/cai-jing.atom",
        "JSON Feed": "/feeds/cai-jing.json",
    }
    article = soup(full_client, category.select_one("ul.articles a")["href"])
    footer = feed_trio(article.select_one("footer"))
    assert footer["JSON Feed"] == "/feeds/cai-jing.json" and footer["OPML"] == "/feeds.opml"


def test_the_stylesheet_is_a_static_file_cached_for_a_year(seeded_app) -> None:  # type: ignore[no-untyped-def]
    client = seeded_app.test_client()
    article_id = seed_id(client)
    hrefs = set()
    for url in ("/", "/c/mei-ti-bao-dao/", f"/a/{article_id}/"):
        page = soup(client, url)
        assert page.select("style, [style]") == []
        hrefs |= {link["href"] for link in page.select('link[rel="stylesheet"]')}
    (href,) = hrefs
    assert re.fullmatch(r"/static/site\.[0-9a-f]{12}\.css", href)
    response = client.get(href)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/css; charset=utf-8"
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert b"max-width" in response.data
    again = client.get(href, headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304
    for stale in ("/static/site.css", "/static/site.000000000000.css", "/static/../pyproject.toml"):
        assert client.get(stale).status_code == 404, stale


def test_time_zone_name_and_language_come_from_the_settings(tmp_path: Path) -> None:
    app = make_app(tmp_path / "store", TIMEZONE="Europe/Berlin", LANGUAGE="zh-TW")
    load(app, SEEDS)
    client = app.test_client()
    article = client.get(f"/a/{seed_id(client)}/").get_data(as_text=True)
    assert "(Europe/Berlin)" in article and "北京时间" not in article
    missing = client.get("/a/0000000000000000/", headers={"Accept": "text/html"})
    assert '<html lang="zh-TW">' in missing.get_data(as_text=True)


def test_times_are_human_inside_machine_readable_time_elements(full_client: FlaskClient) -> None:
    for url in ("/", "/c/cai-jing/"):
        times = soup(full_client, url).select("ul.articles time")
        assert times
        for time in times:
            assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d", time.get_text())
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", time["datetime"])


def test_a_date_only_time_shows_the_day_alone() -> None:
    zone = get_zone("Asia/Shanghai")
    value = datetime(2025, 7, 27, 16, 0, tzinfo=UTC)  # 00:00 on 28 July in Beijing
    assert stamp(value, zone, date_only=True) == Stamp("2025年7月28日", "2025-07-28")
    assert stamp(value, zone) == Stamp("2025年7月28日 00:00", "2025-07-28T00:00:00+08:00")


def test_images_given_beside_the_body_appear_once_and_empty_paragraphs_go(tmp_path: Path) -> None:
    client = api_app(tmp_path / "store").test_client()
    body = (
        '<p>第一段。</p><p> </p><p>&nbsp;<br></p><p class="x"></p>'
        '<figure><img src="https://img.example.com/in-body.jpg"></figure><p>第二段。</p>'
    )
    images = [
        {"url": "https://img.example.com/wide.jpg?w=1280&h=720", "caption": "宽图", "credit": "摄"},
        {"url": "https://img.example.com/in-body.jpg", "caption": "正文里已有"},
        {"caption": "没有地址"},
    ]
    made = client.post(
        "/api/articles", json=sample(1, body_html=body, images=images), headers=AUTH
    ).get_json()
    page = soup(client, made["html_url"])
    srcs = [img["src"] for img in page.select("article img")]
    assert srcs == [
        "https://img.example.com/wide.jpg?w=1280&h=720",
        "https://img.example.com/in-body.jpg",
    ]
    lead = page.select_one("article > figure")
    assert lead.figcaption.get_text(" ", strip=True) == "宽图 摄"
    assert [p.get_text() for p in page.select(".body p")] == ["第一段。", "第二段。"]


def test_the_outlet_and_category_lists_share_their_markup(full_client: FlaskClient) -> None:
    index = soup(full_client, "/")
    lists = index.select("ul.listing")
    assert [sorted(ul["class"]) for ul in lists] == [
        ["categories", "listing"],
        ["listing", "sources"],
    ]
    for ul in lists:
        for li in ul.select("li"):
            assert [c["class"][0] for c in li.find_all("span", recursive=False)][-2:] == [
                "count",
                "feeds",
            ]


def test_article_address_without_slash_redirects_to_the_page(seeded_app) -> None:  # type: ignore[no-untyped-def]
    """Links published before articles were folders (``/a/<id>``) keep working, query and
    all, as they do on a static host serving the export."""
    client = seeded_app.test_client()
    article_id = seed_id(client)
    for query in ("", "?utm_source=rss"):
        response = client.get(f"/a/{article_id}{query}")
        assert response.status_code in (301, 308)
        assert response.headers["Location"].endswith(f"/a/{article_id}/{query}")
    page = client.get(f"/a/{article_id}", follow_redirects=True)
    assert page.status_code == 200 and page.request.path == f"/a/{article_id}/"
    unknown = client.get("/a/0000000000000000", headers={"Accept": "text/html"})
    assert client.get(unknown.headers["Location"]).status_code == 404
