"""Subscribing without duplicates: the two OPML lists, empty scopes that keep their feeds,
and filtered feeds that say so in their titles."""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from lxml import etree

from feedsvc.models import ArticleDraft
from feedsvc.models import Source
from feedsvc.store import Scope
from feedsvc.web.cache import FeedCache
from feedsvc.web.feed_request import FeedParams
from tests.support.app import make_app
from tests.support.app import store_of
from tests.support.drafts import SHANGHAI
from tests.support.feeds import BASE
from tests.support.feeds import NS
from tests.support.feeds import copied_app
from tests.support.feeds import path_of
from tests.support.feeds import xml


def story(title: str, category: str, hour: int, outlet: str = "新华社") -> ArticleDraft:
    return ArticleDraft(
        title=title,
        category=category,
        published=datetime(2025, 7, 1, hour, 0, tzinfo=SHANGHAI),
        body_html=f"<p>{title}的正文。</p>",
        source=Source(outlet),
    )


@pytest.fixture
def full(full_store: Path, tmp_path: Path) -> Flask:
    return copied_app(full_store, tmp_path)


def feed_urls(data: bytes) -> list[str]:
    """The xmlUrl of every feed outline of an OPML document, checked against OPML 2.0."""
    root = xml(data)
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.findtext("head/title")
    for name in ("dateCreated", "dateModified"):
        assert parsedate_to_datetime(root.findtext(f"head/{name}") or "").utcoffset() is not None
    urls = []
    for outline in root.iter("outline"):
        assert outline.get("text"), etree.tostring(outline)  # required on every outline
        if outline.get("type") == "rss":
            assert outline.get("xmlUrl", "").startswith(BASE)
            assert outline.get("htmlUrl", "").startswith(BASE)
            urls.append(outline.get("xmlUrl") or "")
    return urls


# -- /feeds.opml and /feeds/sources.opml --------------------------------------------------


def test_feeds_opml_offers_the_categories_and_each_story_once(full: Flask) -> None:
    client = full.test_client()
    response = client.get("/feeds.opml")
    assert response.status_code == 200
    assert response.content_type == "text/x-opml; charset=utf-8"
    store = store_of(full)
    urls = feed_urls(response.data)
    assert urls == [f"{BASE}/feeds/{c.category.slug}.rss" for c in store.categories()]
    seen: dict[str, str] = {}
    for url in urls:
        entries = feedparser.parse(client.get(path_of(url) + "?limit=500").data).entries
        assert entries, url
        for entry in entries:
            assert entry.id not in seen, f"{entry.id} in {url} and {seen[entry.id]}"
            seen[entry.id] = url
    assert set(seen) == {a.guid for a in store.select(Scope(), 1000)}


def test_sources_opml_lists_every_outlet_feed(full: Flask) -> None:
    client = full.test_client()
    response = client.get("/feeds/sources.opml")
    assert response.status_code == 200
    assert response.content_type == "text/x-opml; charset=utf-8"
    store = store_of(full)
    urls = feed_urls(response.data)
    assert urls == [f"{BASE}/feeds/source/{o.slug}.rss" for o in store.sources()]
    for url in urls:
        feed = client.get(path_of(url))
        assert feed.status_code == 200 and feedparser.parse(feed.data).entries
    assert not set(urls) & set(feed_urls(client.get("/feeds.opml").data))


@pytest.mark.parametrize("path", ["/feeds.opml", "/feeds/sources.opml"])
def test_opml_is_deterministic_and_cached_like_a_feed(full: Flask, path: str) -> None:
    client = full.test_client()
    first = client.get(path)
    again = make_app(store_of(full).root, BASE_URL=BASE).test_client().get(path)
    assert first.data == again.data
    assert first.headers["ETag"] == again.headers["ETag"]
    assert first.headers["Cache-Control"].startswith("public, max-age=")
    changed = store_of(full).changed_at(Scope())
    assert changed is not None and first.last_modified == changed.replace(microsecond=0)
    assert client.get(path, headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    assert client.get(path, headers={"Accept-Encoding": "gzip"}).content_encoding == "gzip"
    cache: FeedCache = full.extensions["feedsvc"]["cache"]
    assert len(cache) == 1
    # A write re-renders the list: a new outlet or category is listed at once.
    store_of(full).save(story("新栏目新来源的文章", "科技", 8, outlet="第一财经"))
    changed_list = client.get(path)
    assert changed_list.headers["ETag"] != first.headers["ETag"]
    assert ("第一财经" if "sources" in path else "科技") in changed_list.get_data(as_text=True)


def test_index_links_both_opml_lists(full: Flask) -> None:
    soup = BeautifulSoup(full.test_client().get("/").data, "html.parser")
    hrefs = {a["href"] for a in soup.select("a[href]")}
    assert {"/feeds.opml", "/feeds/sources.opml"} <= hrefs


# -- a category or outlet whose last article was withdrawn --------------------------------


@pytest.fixture
def emptied(tmp_path: Path) -> FlaskClient:
    """An app whose 财经 category and 新华社 outlet lost their only article."""
    app = make_app(tmp_path / "store", BASE_URL=BASE)
    store = store_of(app)
    store.save(story("留下的文章", "国内新闻", 8, outlet="人民日报"))
    gone = store.save(story("撤回的文章", "财经", 9)).article
    store.delete(gone.id)
    return app.test_client()


@pytest.mark.parametrize("path", ["/feeds/cai-jing", "/feeds/source/xin-hua-she"])
def test_an_emptied_feed_answers_200_with_no_items(emptied: FlaskClient, path: str) -> None:
    rss = emptied.get(path + ".rss")
    assert rss.status_code == 200
    channel = xml(rss.data).find("channel")
    assert channel is not None and channel.findall("item") == []
    page = "/c/cai-jing/" if "cai-jing" in path else "/"
    assert channel.findtext("title") and channel.findtext("link") == BASE + page
    assert channel.findtext("description") and channel.findtext("lastBuildDate")
    assert feedparser.parse(rss.data).bozo == 0
    atom = xml(emptied.get(path + ".atom").data)
    assert atom.findall("a:entry", NS) == []
    for name in ("id", "title", "updated"):
        assert atom.findtext(f"a:{name}", namespaces=NS), name
    # updated is the withdrawal, not a fixed placeholder: the feed did change then.
    assert rss.last_modified is not None
    withdrawn = rss.last_modified.astimezone(SHANGHAI).isoformat()
    assert atom.findtext("a:updated", namespaces=NS) == withdrawn
    document = json.loads(emptied.get(path + ".json").data)
    assert document["items"] == [] and document["title"]
    titles = {channel.findtext("title"), atom.findtext("a:title", namespaces=NS)}
    assert titles == {document["title"]}


def test_an_emptied_outlet_keeps_its_name(emptied: FlaskClient) -> None:
    title = xml(emptied.get("/feeds/source/xin-hua-she.rss").data).findtext("channel/title")
    assert title and title.endswith("来源:新华社")


def test_an_emptied_category_keeps_its_name(emptied: FlaskClient) -> None:
    title = xml(emptied.get("/feeds/cai-jing.rss").data).findtext("channel/title")
    assert title and title.endswith("财经"), title
    page = emptied.get("/c/cai-jing/").get_data(as_text=True)
    assert "<h1>财经" in page or ">财经<" in page


def test_an_emptied_category_page_is_an_empty_list(emptied: FlaskClient) -> None:
    page = emptied.get("/c/cai-jing/")
    assert page.status_code == 200
    assert "撤回的文章" not in page.get_data(as_text=True)


@pytest.mark.parametrize(
    "path",
    ["/feeds/never.rss", "/feeds/source/never.atom", "/feeds/never/archive/1.rss", "/c/never/"],
)
def test_a_scope_that_never_had_an_article_is_404(emptied: FlaskClient, path: str) -> None:
    assert emptied.get(path).status_code == 404


def test_the_opml_lists_only_scopes_with_articles(emptied: FlaskClient) -> None:
    assert feed_urls(emptied.get("/feeds.opml").data) == [f"{BASE}/feeds/guo-nei-xin-wen.rss"]
    assert feed_urls(emptied.get("/feeds/sources.opml").data) == [
        f"{BASE}/feeds/source/ren-min-ri-bao.rss"
    ]


# -- filtered feeds -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "filterout", "label"),
    [
        ("新闻", None, "（含“新闻”）"),
        (None, "体育", "（不含“体育”）"),
        ("新华社|人民日报", "体育| 足球", "（含“新华社”或“人民日报”，不含“体育”、“足球”）"),
        (None, None, ""),
    ],
)
def test_filter_label(q: str | None, filterout: str | None, label: str) -> None:
    assert FeedParams(q=q, filterout=filterout).label() == label


def test_a_filtered_feed_says_so_in_its_title_in_every_format(full: Flask) -> None:
    client = full.test_client()
    plain = xml(client.get("/feeds/guo-nei-xin-wen.rss").data).findtext("channel/title")
    query = "?q=%E6%96%B0%E9%97%BB&filterout=%E4%BD%93%E8%82%B2"  # 新闻, 体育
    expected = f"{plain}（含“新闻”，不含“体育”）"
    rss = xml(client.get("/feeds/guo-nei-xin-wen.rss" + query).data)
    atom = xml(client.get("/feeds/guo-nei-xin-wen.atom" + query).data)
    document = client.get("/feeds/guo-nei-xin-wen.json" + query).get_json()
    assert rss.findtext("channel/title") == expected
    assert atom.findtext("a:title", namespaces=NS) == expected
    assert document["title"] == expected
    unfiltered = client.get("/feeds/guo-nei-xin-wen.json?limit=5").get_json()
    assert unfiltered["title"] == plain
