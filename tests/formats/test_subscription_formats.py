"""The serializers on their own: one dc:creator for several reporters in RSS, one author
per person in Atom and JSON Feed, and an empty feed that is complete and dated."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import datetime

from lxml import etree

from feedsvc.formats.atom_rss import build_feed
from feedsvc.formats.atom_rss import creator_text
from feedsvc.formats.jsonfeed import build_json_feed
from feedsvc.formats.meta import EMPTY_FEED_UPDATED
from feedsvc.formats.meta import FeedFormat
from feedsvc.formats.meta import FeedMeta
from feedsvc.models import Article
from feedsvc.models import Category
from feedsvc.timeutil import get_zone

SHANGHAI = get_zone("Asia/Shanghai")
LOCK = threading.Lock()
NS = {"a": "http://www.w3.org/2005/Atom", "dc": "http://purl.org/dc/elements/1.1/"}
META = FeedMeta(
    id="tag:news.example.com,2025-07-28:feed/cai-jing",
    title="测试新闻 · 财经",
    description="测试新闻「财经」栏目的最新文章",
    html_url="https://news.example.com/c/cai-jing/",
    self_url="https://news.example.com/feeds/cai-jing.rss",
    language="zh-CN",
    zone=SHANGHAI,
    tag_authority="news.example.com",
    tag_date="2025-07-28",
)


def two_reporters() -> Article:
    published = datetime(2025, 7, 28, 9, 30, tzinfo=SHANGHAI)
    return Article(
        id="0123456789abcdef",
        guid="tag:news.example.com,2025-07-28:article/0123456789abcdef",
        identity="test:two-reporters",
        category=Category("财经", "cai-jing"),
        published=published,
        updated=published,
        title="两位记者的报道",
        body_html="<p>正文。</p>",
        authors=("王慧慧", "龚雯"),
    )


def render(fmt: FeedFormat, articles: list[Article], meta: FeedMeta = META) -> etree._Element:
    data = build_feed(meta, articles, fmt, lambda a: f"https://x.example/a/{a.id}", LOCK)
    return etree.fromstring(data)


def test_creator_text_joins_names_with_the_enumeration_comma() -> None:
    assert creator_text(("王慧慧", "龚雯")) == "王慧慧、龚雯"
    assert creator_text(("张三",)) == "张三"


def test_rss_names_several_reporters_in_one_dc_creator() -> None:
    item = render("rss", [two_reporters()]).find("channel/item")
    assert item is not None
    assert item.xpath("dc:creator/text()", namespaces=NS) == ["王慧慧、龚雯"]
    assert item.find("author") is None  # RSS <author> wants an e-mail address


def test_atom_and_json_feed_keep_one_author_per_person() -> None:
    entry = render("atom", [two_reporters()]).find("a:entry", NS)
    assert entry is not None
    assert entry.xpath("a:author/a:name/text()", namespaces=NS) == ["王慧慧", "龚雯"]
    document = json.loads(build_json_feed(META, [two_reporters()], lambda a: "https://x/"))
    assert [a["name"] for a in document["items"][0]["authors"]] == ["王慧慧", "龚雯"]


def test_an_empty_feed_is_complete_and_dated_by_its_last_change() -> None:
    withdrawn = datetime(2025, 8, 1, 12, 0, 5, tzinfo=SHANGHAI)
    meta = replace(META, updated=withdrawn)
    channel = render("rss", [], meta).find("channel")
    assert channel is not None and channel.findall("item") == []
    assert channel.findtext("title") == META.title
    assert channel.findtext("link") == META.html_url
    assert channel.findtext("lastBuildDate") == "Fri, 01 Aug 2025 12:00:05 +0800"
    feed = render("atom", [], meta)
    assert feed.findtext("a:id", namespaces=NS) == META.id
    assert feed.findtext("a:title", namespaces=NS) == META.title
    assert feed.findtext("a:updated", namespaces=NS) == "2025-08-01T12:00:05+08:00"
    # Without a last change, the fixed placeholder keeps the bytes deterministic.
    unknown = render("atom", [])
    assert unknown.findtext("a:updated", namespaces=NS) == EMPTY_FEED_UPDATED.isoformat()
