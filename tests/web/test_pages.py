from __future__ import annotations

from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from tests.support.app import CHROME
from tests.support.app import SEED_TITLE


def soup(client: FlaskClient, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, response.data
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
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
    assert "2025-07-28 09:30:57 +08:00" in text and "北京时间" in text
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
