"""Outlet feeds, query parameters, RFC 5005 archives, images, OPML and the index links."""

from __future__ import annotations

from datetime import datetime
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import feedparser
import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from feedsvc.errors import InvalidParameter
from feedsvc.models import ArticleDraft
from feedsvc.models import Image
from feedsvc.models import Source
from feedsvc.store import Scope
from feedsvc.timeutil import get_zone
from tests.support.app import store_of
from tests.support.feeds import BASE
from tests.support.feeds import NS
from tests.support.feeds import atom_ids
from tests.support.feeds import copied_app
from tests.support.feeds import link
from tests.support.feeds import path_of
from tests.support.feeds import rss_guids
from tests.support.feeds import xml

SHANGHAI = get_zone("Asia/Shanghai")


@pytest.fixture
def app(full_store: Path, tmp_path: Path) -> Flask:
    return copied_app(full_store, tmp_path)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


# -- outlet feeds -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["rss", "atom", "json"])
def test_outlet_feed_holds_exactly_that_outlets_articles(client: FlaskClient, fmt: str) -> None:
    response = client.get(f"/feeds/source/xin-hua-she.{fmt}?limit=200")
    assert response.status_code == 200
    parsed = feedparser.parse(response.data)
    assert fmt == "json" or parsed.bozo == 0
    store = store_of(client.application)
    expected = {a.guid for a in store.select(Scope(source="xin-hua-she"), 1000)}
    assert len(expected) > 30
    if fmt == "json":
        got = {item["id"] for item in response.get_json()["items"]}
    else:
        got = {e.id for e in parsed.entries}
    assert got == expected
    all_articles = store.select(Scope(), 1000)
    assert {a.guid for a in all_articles if a.source and a.source.name == "新华社"} == expected


def test_outlet_feed_unknown_outlet_is_404(client: FlaskClient) -> None:
    response = client.get("/feeds/source/no-such-outlet.rss")
    assert response.status_code == 404
    assert b"no-such-outlet" in response.data


# -- query parameters ---------------------------------------------------------------------


def test_limit_is_applied_and_capped(client: FlaskClient) -> None:
    assert len(rss_guids(xml(client.get("/feeds/all.rss?limit=3").data))) == 3
    capped = client.get("/feeds/all.rss?limit=100000")
    assert capped.status_code == 200
    root = xml(capped.data)
    assert len(rss_guids(root)) == store_of(client.application).count() == 125
    assert link(root, "self") == f"{BASE}/feeds/all.rss?limit=200"


def test_q_and_filterout_search_title_and_body(client: FlaskClient) -> None:
    # "第二段" is only in bodies; "深夜" only in one title.
    body_hits = rss_guids(xml(client.get(f"/feeds/all.rss?limit=200&q={quote('第二段')}").data))
    assert len(body_hits) == 122  # 120 synthetic articles + the escaping and control ones
    title_hits = xml(client.get(f"/feeds/all.rss?q={quote('深夜')}").data)
    assert [t.text for t in title_hits.findall("channel/item/title")] == ["深夜新闻:23点30分发布"]
    either = xml(client.get(f"/feeds/all.atom?q={quote('深夜|凌晨')}").data)
    assert len(atom_ids(either)) == 2
    kept = xml(client.get(f"/feeds/all.rss?limit=200&filterout={quote('第二段')}").data)
    assert len(rss_guids(kept)) == 125 - 122
    both = xml(
        client.get(
            f"/feeds/guo-nei-xin-wen.rss?q={quote('深夜|凌晨')}&filterout={quote('凌晨')}"
        ).data
    )
    assert [t.text for t in both.findall("channel/item/title")] == ["深夜新闻:23点30分发布"]
    ascii_case = client.get("/feeds/all.rss?q=a%20%26%20b")
    assert [t.text for t in xml(ascii_case.data).findall("channel/item/title")] == ["A & B < C > D"]


@pytest.mark.parametrize(
    "page",
    [2**31, 2**63 - 1, 2**63, 10**30, int("9" * 4000)],
    ids=["2^31", "2^63-1", "2^63", "10^30", "4000-digits"],
)
@pytest.mark.parametrize(
    "feed", ["/feeds/all", "/feeds/guo-nei-xin-wen", "/feeds/source/xin-hua-she"]
)
def test_an_archive_page_number_past_any_integer_is_404(
    client: FlaskClient, feed: str, page: int
) -> None:
    response = client.get(f"{feed}/archive/{page}.rss")
    assert response.status_code == 404
    assert response.content_type.startswith("text/plain")


@pytest.mark.parametrize("digits", [19, 20, 4301, 5000])
def test_a_limit_with_any_number_of_digits_is_capped(client: FlaskClient, digits: int) -> None:
    response = client.get("/feeds/all.rss?limit=" + "9" * digits)
    assert response.status_code == 200
    assert len(rss_guids(xml(response.data))) == 125


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("limit=0", b"positive integer"),
        ("limit=abc", b"positive integer"),
        ("limit=-5", b"positive integer"),
        ("limit=%EF%BC%93", b"positive integer"),  # a full-width digit
        ("limit=3&limit=4", b"at most once"),
        ("q=", b"some text"),
        ("q=%7C%20%7C", b"some text"),
        ("filterout=%20", b"some text"),
        ("q=" + "x" * 201, b"longer than 200"),
    ],
)
def test_invalid_parameters_are_400_with_a_message(
    client: FlaskClient, query: str, message: bytes
) -> None:
    response = client.get(f"/feeds/all.rss?{query}")
    assert response.status_code == 400
    assert message in response.data
    assert response.content_type.startswith("text/plain")


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/all.rss",
        "/feeds/all.atom?limit=5",
        "/feeds/all.json?q=%E6%96%B0%E9%97%BB",
        "/feeds/guo-nei-xin-wen.rss?filterout=%E6%B7%B1%E5%A4%9C",
        "/feeds/source/xin-hua-she.atom?limit=7&q=%E7%AC%AC&filterout=%E4%BA%8C",
        "/feeds/source/ren-min-ri-bao.json",
        "/feeds/all/archive/1.rss",
        "/feeds/all/archive/1.json",
        "/feeds.opml",
    ],
)
def test_every_combination_answers_304_to_its_validators(client: FlaskClient, url: str) -> None:
    first = client.get(url)
    assert first.status_code == 200
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    if "?" in url or url.endswith((".rss", ".atom", ".json")):
        self_url = BASE + url
        body = first.data.decode()
        assert self_url.replace("&", "&amp;") in body or self_url in body
        assert f'<{self_url}>; rel="self"' in first.headers["Link"]


def test_different_parameters_give_different_etags(client: FlaskClient) -> None:
    etags = {
        client.get(url).headers["ETag"]
        for url in ("/feeds/all.rss", "/feeds/all.rss?limit=5", "/feeds/all.rss?q=%E7%AC%AC")
    }
    assert len(etags) == 3


def test_chinese_category_name_redirect_keeps_the_query(client: FlaskClient) -> None:
    response = client.get(f"/feeds/{quote('国内新闻')}.json?limit=2")
    assert response.status_code == 301
    assert response.headers["Location"].endswith("/feeds/guo-nei-xin-wen.json?limit=2")


def test_an_outlet_whose_name_slugs_alike_gets_its_own_feed(app: Flask) -> None:
    client = app.test_client()
    before = client.get("/feeds/source/xin-hua-she.rss").data
    store_of(app).save(
        ArticleDraft(
            title="另一家机构的文章",
            category="国内新闻",
            published=datetime(2025, 7, 1, 8, 0, tzinfo=SHANGHAI),
            body_html="<p>正文。</p>",
            source=Source("XIN HUA SHE!", "https://other.example/"),
        )
    )
    assert client.get("/feeds/source/xin-hua-she.rss").data == before
    own = xml(client.get("/feeds/source/xin-hua-she-2.rss").data)
    assert [t.text for t in own.findall("channel/item/title")] == ["另一家机构的文章"]
    assert "XIN HUA SHE!" in (own.findtext("channel/title") or "")


# -- archives -----------------------------------------------------------------------------


def walk(client: FlaskClient, start: str) -> tuple[list[str], list[list[str]]]:
    """Follow prev-archive from the subscription feed *start*; return the feed's ids and
    each archive page's ids, newest page first."""
    root = xml(client.get(start).data)
    ids = atom_ids if start.endswith(".atom") else rss_guids
    current = ids(root)
    pages: list[list[str]] = []
    url = link(root, "prev-archive")
    seen = set()
    while url is not None:
        assert url not in seen, "the archive chain loops"
        seen.add(url)
        response = client.get(path_of(url))
        assert response.status_code == 200
        page = xml(response.data)
        assert page.find("fh:archive", NS) is not None or (
            page.find("channel/fh:archive", NS) is not None
        )
        assert link(page, "current") == BASE + start
        pages.append(ids(page))
        url = link(page, "prev-archive")
    return current, pages


@pytest.mark.parametrize(
    ("feed", "size"),
    [
        ("/feeds/all.atom", 50),
        ("/feeds/all.rss", 50),
        ("/feeds/all.atom", 1),
        ("/feeds/guo-nei-xin-wen.atom", 7),
        ("/feeds/source/xin-hua-she.rss", 7),
    ],
)
def test_archive_chain_reaches_every_article_exactly_once(
    full_store: Path, tmp_path: Path, feed: str, size: int
) -> None:
    client = copied_app(full_store, tmp_path, ARCHIVE_PAGE_SIZE=size).test_client()
    current, pages = walk(client, feed)
    archived = [guid for page in pages for guid in page]
    assert len(archived) == len(set(archived)), "an article sits on two archive pages"
    store = store_of(client.application)
    scope = Scope()
    if "guo-nei" in feed:
        scope = Scope(category="guo-nei-xin-wen")
    elif "xin-hua-she" in feed:
        scope = Scope(source="xin-hua-she")
    expected = {a.guid for a in store.select(scope, 1000)}
    assert len(pages) == len(expected) // size
    assert set(archived) | set(current) == expected
    # The articles not yet archived (the open tail) are all in the subscription feed, and
    # the subscription feed repeats only archived articles that readers dedupe by id.
    assert expected - set(archived) <= set(current)
    assert all(len(page) == size for page in pages) and pages


def test_a_withdrawal_keeps_every_other_archive_page_in_place(
    full_store: Path, tmp_path: Path
) -> None:
    """A withdrawn article empties its slot: no later page shifts, the chain stays whole."""
    client = copied_app(full_store, tmp_path, ARCHIVE_PAGE_SIZE=10).test_client()
    store = store_of(client.application)
    before = {n: client.get(f"/feeds/all/archive/{n}.atom").data for n in range(1, 13)}
    page_two = atom_ids(xml(before[2]))
    withdrawn = next(a for a in store.select(Scope(), 1000) if a.guid == page_two[3])
    store.delete(withdrawn.id)
    after = {n: client.get(f"/feeds/all/archive/{n}.atom").data for n in range(1, 13)}
    assert atom_ids(xml(after[2])) == [g for g in page_two if g != withdrawn.guid]
    assert all(after[n] == before[n] for n in before if n != 2), "a later page shifted"
    current, pages = walk(client, "/feeds/all.atom")
    archived = [guid for page in pages for guid in page]
    live = {a.guid for a in store.select(Scope(), 1000)}
    assert len(archived) == len(set(archived)) and withdrawn.guid not in archived
    assert set(archived) | set(current) == live
    reopened = type(store)(store.root)
    reopened.rebuild_index()
    assert reopened.archive_slots(Scope()) == len(live) + 1


def test_archive_pages_keep_their_bytes_when_articles_arrive(app: Flask) -> None:
    client = app.test_client()
    before = {n: client.get(f"/feeds/all/archive/{n}.atom") for n in (1, 2)}
    assert client.get("/feeds/all/archive/3.atom").status_code == 404
    store = store_of(app)
    newest = max(s.published for s in store.summaries(None, 1))
    for n in range(30):
        store.save(
            ArticleDraft(
                title=f"新到文章{n}",
                category="国内新闻",
                published=newest + timedelta(minutes=n + 1),
                body_html=f"<p>新到文章{n}的正文。</p>",
                source=Source("新华社", "https://www.news.cn/"),
            )
        )
    again = client.get("/feeds/all/archive/1.atom")
    assert again.data == before[1].data
    assert again.headers["ETag"] == before[1].headers["ETag"]
    assert set(again.headers["Cache-Control"].split(", ")) == {
        "public",
        "max-age=2592000",
        "immutable",
    }
    # The then-newest page keeps its entries; it only gains its next-archive link, which
    # is why it was served with a short lifetime.
    assert before[2].headers["Cache-Control"] == "public, max-age=3600"
    assert atom_ids(xml(client.get("/feeds/all/archive/2.atom").data)) == atom_ids(
        xml(before[2].data)
    )
    # 124 + 30 = 154 articles: a third page is now complete and is where the feed points.
    assert link(xml(client.get("/feeds/all.atom").data), "prev-archive") == (
        f"{BASE}/feeds/all/archive/3.atom"
    )
    third = xml(client.get("/feeds/all/archive/3.atom").data)
    assert link(third, "next-archive") is None
    assert link(xml(client.get("/feeds/all/archive/2.atom").data), "next-archive") == (
        f"{BASE}/feeds/all/archive/3.atom"
    )


def test_archive_pages_refuse_parameters_and_filtered_feeds_do_not_link_them(
    client: FlaskClient,
) -> None:
    assert client.get("/feeds/all/archive/1.rss?limit=3").status_code == 400
    assert client.get("/feeds/all/archive/0.rss").status_code == 404
    assert link(xml(client.get("/feeds/all.atom?q=%E7%AC%AC").data), "prev-archive") is None
    assert link(xml(client.get("/feeds/all.atom?limit=2").data), "prev-archive") is None
    assert link(xml(client.get("/feeds/all.atom?limit=50").data), "prev-archive") is not None


# -- images -------------------------------------------------------------------------------


def test_images_become_enclosure_media_content_and_thumbnail(app: Flask) -> None:
    store = store_of(app)
    store.save(
        ArticleDraft(
            title="图片新闻",
            category="图片",
            published=datetime(2025, 8, 1, 9, 0, tzinfo=SHANGHAI),
            body_html="<p>有图。</p>",
            images=(
                Image("https://img.example.cn/a.jpg", "第一张", "新华社记者 王晔 摄", length=12345),
                Image("https://img.example.cn/b.png", "第二张"),
                Image(None, "没有地址的图"),
            ),
        )
    )
    client = app.test_client()
    rss = xml(client.get("/feeds/tu-pian.rss").data)
    item = rss.find("channel/item")
    assert item is not None
    enclosures = item.findall("enclosure")
    assert [(e.get("url"), e.get("type"), e.get("length")) for e in enclosures] == [
        ("https://img.example.cn/a.jpg", "image/jpeg", "12345")
    ]
    contents = item.findall("media:content", NS)
    assert [(c.get("url"), c.get("type"), c.get("fileSize")) for c in contents] == [
        ("https://img.example.cn/a.jpg", "image/jpeg", "12345"),
        ("https://img.example.cn/b.png", "image/png", None),
    ]
    assert contents[0].findtext("media:credit", namespaces=NS) == "新华社记者 王晔 摄"
    assert item.find("media:thumbnail", NS).get("url") == "https://img.example.cn/a.jpg"  # type: ignore[union-attr]

    atom = xml(client.get("/feeds/tu-pian.atom").data)
    entry = atom.find("a:entry", NS)
    assert entry is not None
    enclosure = [e for e in entry.findall("a:link", NS) if e.get("rel") == "enclosure"]
    assert [(e.get("href"), e.get("type"), e.get("length")) for e in enclosure] == [
        ("https://img.example.cn/a.jpg", "image/jpeg", "12345")
    ]
    parsed = feedparser.parse(client.get("/feeds/tu-pian.rss").data)
    assert parsed.entries[0].media_thumbnail[0]["url"] == "https://img.example.cn/a.jpg"

    item_json = client.get("/feeds/tu-pian.json").get_json()["items"][0]
    assert item_json["image"] == "https://img.example.cn/a.jpg"
    assert item_json["attachments"] == [
        {
            "url": "https://img.example.cn/a.jpg",
            "mime_type": "image/jpeg",
            "title": "第一张",
            "size_in_bytes": 12345,
        },
        {"url": "https://img.example.cn/b.png", "mime_type": "image/png", "title": "第二张"},
    ]


# -- the index (the OPML lists: tests/web/test_subscriptions.py) -------------------------


def test_index_links_opml_outlet_feeds_and_json(client: FlaskClient) -> None:
    soup = BeautifulSoup(client.get("/").data, "html.parser")
    hrefs = {a["href"] for a in soup.select("a[href]")}
    assert "/feeds.opml" in hrefs
    assert {"/feeds/source/xin-hua-she.rss", "/feeds/source/xin-hua-she.json"} <= hrefs
    assert "/feeds/guo-nei-xin-wen.json" in hrefs
    assert soup.select_one('link[type="application/feed+json"]')["href"] == "/feeds/all.json"  # type: ignore[index]


def test_invalid_parameter_names_its_field() -> None:
    error = InvalidParameter("limit", "must be a positive integer")
    assert (error.name, error.field, error.problem, error.status) == (
        "limit",
        "limit",
        "must be a positive integer",
        400,
    )
