from __future__ import annotations

from datetime import UTC
from datetime import datetime

import feedparser
import pytest
from flask import Flask
from flask.testing import FlaskClient
from lxml import etree
from werkzeug.http import http_date

from feedsvc.store import Scope
from tests.support.app import CHROME
from tests.support.app import SEED_FEEDS
from tests.support.app import SEED_TITLE
from tests.support.app import make_app

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "dc": "http://purl.org/dc/elements/1.1/",
    "content": "http://purl.org/rss/1.0/modules/content/",
}


def xml(client: FlaskClient, url: str) -> etree._Element:
    response = client.get(url)
    assert response.status_code == 200, response.data
    return etree.fromstring(response.data)


def rss_item(root: etree._Element, title: str) -> etree._Element:
    return root.xpath("//item[title=$t]", t=title)[0]


def atom_entry(root: etree._Element, title: str) -> etree._Element:
    return root.xpath("//atom:entry[atom:title=$t]", t=title, namespaces=NS)[0]


@pytest.fixture
def seeded_client(seeded_app) -> FlaskClient:  # type: ignore[no-untyped-def]
    return seeded_app.test_client()


def test_seed_in_rss(seeded_client: FlaskClient) -> None:
    item = rss_item(xml(seeded_client, "/feeds/all.rss"), SEED_TITLE)
    assert item.findtext("pubDate") == "Mon, 28 Jul 2025 09:30:57 +0800"
    # One dc:creator naming both reporters: readers show only the first of several.
    assert item.xpath("dc:creator/text()", namespaces=NS) == ["王慧慧、龚雯"]
    assert item.xpath("dc:contributor/text()", namespaces=NS) == ["刘怡佳"]
    assert item.xpath("dc:publisher/text()", namespaces=NS) == ["新华社"]
    assert item.find("source").text == "新华社"
    assert item.find("source").get("url") == "https://www.news.cn/"
    assert item.find("guid").get("isPermaLink") == "false"
    assert item.findtext("guid").startswith("tag:localhost,2025-07-28:article/")
    assert item.findtext("category") == "媒体报道"
    assert item.findtext("link").startswith("http://localhost/a/")
    assert "新华社记者 王晔 摄" in item.findtext("content:encoded", namespaces=NS)
    assert item.findtext("description").startswith("新华社上海7月26日电")


def test_seed_in_atom(seeded_client: FlaskClient) -> None:
    entry = atom_entry(xml(seeded_client, "/feeds/all.atom"), SEED_TITLE)
    assert entry.findtext("atom:published", namespaces=NS) == "2025-07-28T09:30:57+08:00"
    assert entry.findtext("atom:updated", namespaces=NS) == "2025-07-28T09:30:57+08:00"
    assert entry.xpath("atom:author/atom:name/text()", namespaces=NS) == ["王慧慧", "龚雯"]
    assert entry.xpath("atom:contributor/atom:name/text()", namespaces=NS) == ["刘怡佳"]
    assert entry.findtext("atom:source/atom:title", namespaces=NS) == "新华社"
    assert entry.findtext("atom:source/atom:id", namespaces=NS) == "https://www.news.cn/"
    assert entry.findtext("atom:source/atom:updated", namespaces=NS)
    assert entry.find("atom:content", NS).get("type") == "html"
    category = entry.find("atom:category", NS)
    assert (category.get("term"), category.get("label")) == ("mei-ti-bao-dao", "媒体报道")
    assert entry.findtext("atom:id", namespaces=NS).startswith("tag:localhost,2025-07-28:")


@pytest.mark.parametrize("url", SEED_FEEDS)
def test_seed_feeds_parse_and_carry_no_chrome_or_anonymous_author(
    seeded_client: FlaskClient, url: str
) -> None:
    response = seeded_client.get(url)
    kind = "rss" if url.endswith(".rss") else "atom"
    assert response.headers["Content-Type"] == f"application/{kind}+xml; charset=utf-8"
    parsed = feedparser.parse(response.data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    entry = parsed.entries[0]
    assert entry.title == SEED_TITLE
    assert datetime(*entry.published_parsed[:6], tzinfo=UTC) == datetime(
        2025, 7, 28, 1, 30, 57, tzinfo=UTC
    )
    text = response.data.decode()
    assert "佚名" not in text
    for chrome in CHROME:
        assert chrome not in text


def test_channel_metadata(seeded_client: FlaskClient) -> None:
    channel = xml(seeded_client, "/feeds/mei-ti-bao-dao.rss").find("channel")
    assert channel.findtext("link") == "http://localhost/c/mei-ti-bao-dao/"
    self_link = channel.find("atom:link[@rel='self']", NS)
    assert self_link.get("href") == "http://localhost/feeds/mei-ti-bao-dao.rss"
    assert channel.findtext("language") == "zh-CN"
    assert channel.findtext("lastBuildDate") == "Mon, 28 Jul 2025 09:30:57 +0800"
    assert "媒体报道" in channel.findtext("title")
    atom = xml(seeded_client, "/feeds/mei-ti-bao-dao.atom")
    assert atom.findtext("atom:updated", namespaces=NS) == "2025-07-28T09:30:57+08:00"
    assert atom.find("atom:link[@rel='self']", NS).get("href").endswith("mei-ti-bao-dao.atom")
    assert atom.find("atom:link[@rel='alternate']", NS).get("href").endswith("/c/mei-ti-bao-dao/")


def test_order_limit_and_isolation(full_client: FlaskClient) -> None:
    root = xml(full_client, "/feeds/all.rss")
    items = root.findall("channel/item")
    assert len(items) == 50
    dates = [datetime.strptime(i.findtext("pubDate"), "%a, %d %b %Y %H:%M:%S %z") for i in items]
    assert dates == sorted(dates, reverse=True)
    finance = xml(full_client, "/feeds/cai-jing.atom")
    entries = finance.findall("atom:entry", NS)
    assert entries and all(e.find("atom:category", NS).get("label") == "财经" for e in entries)
    assert len(entries) == 31  # 30 synthetic finance articles plus the control-character one


def test_feed_limit_is_configurable(full_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    shutil.copytree(full_store, tmp_path / "s")
    client = make_app(tmp_path / "s", FEED_LIMIT=7).test_client()
    assert len(xml(client, "/feeds/all.atom").findall("atom:entry", NS)) == 7


def test_same_guid_and_dates_in_every_feed(full_client: FlaskClient) -> None:
    rss_all = rss_item(xml(full_client, "/feeds/all.rss"), "凌晨新闻:0点30分发布")
    rss_cat = rss_item(xml(full_client, "/feeds/guo-nei-xin-wen.rss"), "凌晨新闻:0点30分发布")
    atom_all = atom_entry(xml(full_client, "/feeds/all.atom"), "凌晨新闻:0点30分发布")
    atom_cat = atom_entry(xml(full_client, "/feeds/guo-nei-xin-wen.atom"), "凌晨新闻:0点30分发布")
    guid = rss_all.findtext("guid")
    assert guid == rss_cat.findtext("guid")
    assert guid == atom_all.findtext("atom:id", namespaces=NS)
    assert guid == atom_cat.findtext("atom:id", namespaces=NS)
    assert rss_all.findtext("pubDate") == rss_cat.findtext("pubDate")
    published = atom_all.findtext("atom:published", namespaces=NS)
    assert published == atom_cat.findtext("atom:published", namespaces=NS)


def test_times_near_midnight_keep_beijing_date(full_client: FlaskClient) -> None:
    root = xml(full_client, "/feeds/guo-nei-xin-wen.rss")
    late = rss_item(root, "深夜新闻:23点30分发布")
    assert late.findtext("pubDate") == "Mon, 28 Jul 2025 23:30:00 +0800"
    early = rss_item(root, "凌晨新闻:0点30分发布")
    assert early.findtext("pubDate") == "Tue, 29 Jul 2025 00:30:00 +0800"
    parsed = feedparser.parse(full_client.get("/feeds/guo-nei-xin-wen.atom").data)
    by_title = {e.title: e for e in parsed.entries}
    # Beijing 00:30 on the 29th is 16:30 UTC on the 28th: the UTC date differs.
    assert tuple(by_title["凌晨新闻:0点30分发布"].published_parsed[:5]) == (2025, 7, 28, 16, 30)
    assert tuple(by_title["深夜新闻:23点30分发布"].published_parsed[:5]) == (2025, 7, 28, 15, 30)


def test_escaping(full_client: FlaskClient) -> None:
    for url in ("/feeds/all.rss", "/feeds/all.atom"):
        response = full_client.get(url)
        assert b"A &amp; B &lt; C &gt; D" in response.data
        assert b"<script" not in response.data
        parsed = feedparser.parse(response.data)
        assert any(e.title == "A & B < C > D" for e in parsed.entries)
        body = next(e for e in parsed.entries if e.title == "A & B < C > D").content[0].value
        # Text that looks like markup stays text: escaped inside the HTML body.
        assert "<script" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 特殊字符" in body
    # The plain-text summary is carried as escaped HTML, so readers show it as text.
    item = rss_item(xml(full_client, "/feeds/all.rss"), "A & B < C > D")
    assert "标题含有 &lt;script&gt;alert(1)" in item.findtext("description")
    entry = atom_entry(xml(full_client, "/feeds/all.atom"), "A & B < C > D")
    assert entry.find("atom:summary", NS).get("type") == "html"


def test_control_characters_never_reach_output(full_client: FlaskClient) -> None:
    for url in ("/feeds/cai-jing.rss", "/feeds/cai-jing.atom", "/feeds/all.rss"):
        response = full_client.get(url)
        assert response.status_code == 200
        assert not any(b < 0x20 and b not in (0x09, 0x0A, 0x0D) for b in response.data)
        etree.fromstring(response.data)  # well-formed
    root = xml(full_client, "/feeds/cai-jing.rss")
    assert rss_item(root, "控制字符测试") is not None


def test_repeat_output_is_byte_identical(full_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    shutil.copytree(full_store, tmp_path / "s")
    first = make_app(tmp_path / "s").test_client()
    second = make_app(tmp_path / "s").test_client()
    for url in ("/feeds/all.rss", "/feeds/all.atom", "/feeds/cai-jing.rss", "/"):
        a, b = first.get(url), second.get(url)
        assert a.data == b.data
        assert a.headers["ETag"] == b.headers["ETag"]


def test_unknown_category_is_a_clear_404(seeded_client: FlaskClient) -> None:
    for url in ("/feeds/no-such-thing.rss", "/feeds/no-such-thing.atom"):
        response = seeded_client.get(url)
        assert response.status_code == 404
        assert "no-such-thing" in response.get_data(as_text=True)
    assert seeded_client.get("/feeds/all.xml").status_code == 404


def test_chinese_category_name_resolves(seeded_client: FlaskClient) -> None:
    response = seeded_client.get("/feeds/媒体报道.rss")
    assert response.status_code == 301
    assert response.headers["Location"].endswith("/feeds/mei-ti-bao-dao.rss")
    assert seeded_client.get("/c/媒体报道/").headers["Location"].endswith("/c/mei-ti-bao-dao/")


def test_base_url_makes_links_absolute(seeded_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store_dir = seeded_app.extensions["feedsvc"]["store"].root
    client = make_app(store_dir, BASE_URL="https://news.example.com/feeds-site/").test_client()
    root = xml(client, "/feeds/all.rss")
    assert root.findtext("channel/link") == "https://news.example.com/feeds-site/"
    self_link = root.find("channel/atom:link", NS).get("href")
    assert self_link == "https://news.example.com/feeds-site/feeds/all.rss"
    assert root.findtext("channel/item/link").startswith("https://news.example.com/feeds-site/a/")


def test_proxy_headers_are_honoured_only_when_trusted(seeded_app) -> None:  # type: ignore[no-untyped-def]
    store_dir = seeded_app.extensions["feedsvc"]["store"].root
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "public.example.org"}
    trusted = make_app(store_dir, TRUST_PROXY=1).test_client()
    root = xml_with(trusted, "/feeds/all.rss", headers)
    assert root.findtext("channel/item/link").startswith("https://public.example.org/a/")
    untrusted = make_app(store_dir).test_client()
    root = xml_with(untrusted, "/feeds/all.rss", headers)
    assert root.findtext("channel/item/link").startswith("http://localhost/a/")


def xml_with(client: FlaskClient, url: str, headers: dict[str, str]) -> etree._Element:
    return etree.fromstring(client.get(url, headers=headers).data)


def test_conditional_get_answers_304(seeded_app: Flask, seeded_client: FlaskClient) -> None:
    first = seeded_client.get("/feeds/all.atom")
    # the time of the store's last write (the import), not the newest item's date
    written = seeded_app.extensions["feedsvc"]["store"].changed_at(Scope())
    assert first.headers["Last-Modified"] == http_date(written)
    again = seeded_client.get("/feeds/all.atom", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""


def test_empty_store_feeds_are_valid_and_stable(client: FlaskClient) -> None:
    for url in ("/feeds/all.rss", "/feeds/all.atom"):
        a, b = client.get(url), client.get(url)
        assert a.status_code == 200 and a.data == b.data
        assert not feedparser.parse(a.data).bozo
