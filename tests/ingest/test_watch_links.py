"""Finding article links on list pages, and one URL per story."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from flask import Flask

from feedsvc.ingest.watch.links import find_links
from feedsvc.ingest.watch.urls import clean_url
from feedsvc.ingest.watch.urls import link_key
from feedsvc.ingest.watch.urls import resolve
from feedsvc.ingest.watch.urls import same_site
from tests.support.listpages import BASE_LIST
from tests.support.listpages import REDESIGNED
from tests.support.listpages import TABLE_LIST
from tests.support.portal import Story
from tests.support.portal import list_page

ZONE = ZoneInfo("Asia/Shanghai")
SITE = "http://www.zl-zx.org.cn"


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_portal_list_gives_the_stories_only(charset: str) -> None:
    stories = [Story(n) for n in range(8, 0, -1)]
    page = find_links(
        list_page(stories, SITE, charset=charset),
        SITE + "/mtbd/",
        today=date(2025, 8, 1),
        zone=ZONE,
    )
    assert [link.url for link in page.links] == [SITE + s.path for s in stories]
    assert [link.text for link in page.links] == [s.title for s in stories]
    assert {link.date for link in page.links} == {date(2025, 7, 28)}
    assert page.unsupported == ("分享到微信朋友圈",)


def test_table_list_with_year_less_dates_across_new_year() -> None:
    data = TABLE_LIST.encode("gbk")
    url = "http://www.zjzl.gov.cn/tzgg/index.html"
    page = find_links(data, url, today=date(2026, 1, 3), zone=ZONE)
    assert [(link.url.rsplit("/", 1)[1], link.date) for link in page.links] == [
        ("t20260102_301.html", date(2026, 1, 2)),
        ("t20251230_300.html", date(2025, 12, 30)),
        ("t20251228_299.html", date(2025, 12, 28)),
        ("t20251226_298.html", date(2025, 12, 26)),
    ]
    assert page.links[0].text == "关于开展2026年度产品质量国家监督抽查的通知"


def test_base_href_subdomains_other_sites_and_script_links() -> None:
    page = find_links(
        BASE_LIST.encode(),
        "http://www.example.com.cn/xwzx/index.html",
        today=date(2025, 8, 1),
        zone=ZONE,
    )
    assert [link.url for link in page.links] == [
        "http://www.example.com.cn/xwzx/2025/0728/c1004-101.shtml",
        "http://news.example.com.cn/2025/0727/c1004-100.shtml",
        "http://www.example.com.cn/xwzx/2025/0726/c1004-99.shtml",
    ]
    assert page.unsupported == (
        "数字政务服务平台上线运行 群众办事更便捷",
        "食品安全抽检信息公示 合格率保持高位",
    )


def test_redesigned_page_has_no_article_links() -> None:
    page = find_links(REDESIGNED.encode(), SITE + "/mtbd/", today=date(2025, 8, 1), zone=ZONE)
    assert page.links == ()


def test_a_selector_hint_takes_the_links_it_names() -> None:
    page = find_links(
        TABLE_LIST.encode("gbk"),
        "http://www.zjzl.gov.cn/tzgg/",
        today=date(2026, 1, 3),
        zone=ZONE,
        selector="td.side",
    )
    assert [link.url for link in page.links] == ["http://www.zjzl.gov.cn/zt/2025/"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://Example.com.cn:80/a/index.html#x", "https://example.com.cn/a/"),
        ("https://h.cn:443/p?id=3&utm_source=wx&spm=a.b", "http://h.cn/p?id=3"),
        ("http://h.cn/p?b=2&a=1", "http://h.cn/p?a=1&b=2"),
    ],
)
def test_one_story_one_key(a: str, b: str) -> None:
    assert link_key(a) == link_key(b)


def test_clean_url_keeps_the_scheme_and_story_parameters() -> None:
    assert (
        clean_url("HTTPS://h.cn:443/p/index.shtml?id=3&from=timeline#c") == "https://h.cn/p/?id=3"
    )


def test_same_site_follows_the_public_suffix_list() -> None:
    assert same_site("news.example.com.cn", "www.example.com.cn")
    assert not same_site("www.samr.gov.cn", "www.gov.cn")
    assert not same_site("www.zj.gov.cn", "www.js.gov.cn")
    assert same_site("127.0.0.1", "127.0.0.1")


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("./a.html", "http://h.cn/x/y/a.html"),
        ("../a.html", "http://h.cn/x/a.html"),
        ("//m.h.cn/a.html", "http://m.h.cn/a.html"),
        ("/a.html", "http://h.cn/a.html"),
        ("javascript:void(0)", None),
        ("mailto:a@h.cn", None),
        ("#top", None),
    ],
)
def test_relative_forms_resolve(href: str, expected: str | None) -> None:
    assert resolve(href, "http://h.cn/x/y/index.html") == expected


def test_preview_reads_a_saved_page_without_writing(app: Flask, tmp_path: Path) -> None:
    saved = tmp_path / "list.html"
    saved.write_bytes(TABLE_LIST.encode("gbk"))
    result = app.test_cli_runner().invoke(
        args=[
            "watch", "preview", "http://www.zjzl.gov.cn/tzgg/", "--page", str(saved),
            "--url", "http://www.zjzl.gov.cn/tzgg/index.html", "--links-only", "--json",
        ]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["url"] == "http://www.zjzl.gov.cn/tzgg/index.html"
    assert len(data["links"]) == 4
    first = data["links"][0]
    assert first["url"] == "http://www.zjzl.gov.cn/tzgg/202601/t20260102_301.html"
    assert first["text"] == "关于开展2026年度产品质量国家监督抽查的通知"
    assert first["date"] is not None and first["date"].endswith("-01-02")
    assert app.extensions["feedsvc"]["store"].count() == 0


def test_hints_override_the_extractors_choice() -> None:
    from datetime import datetime

    from feedsvc.ingest.watch.hints import apply_hints
    from feedsvc.ingest.watch.sources import Hints
    from feedsvc.models import ArticleDraft

    page = (
        '<html><body><h1>网站栏目</h1><h2 class="t">真正的标题在这里</h2>'
        '<span class="when">2025-07-29 10:05</span><span class="who">张三、李四</span>'
        '<span class="org">经济日报</span><div class="txt"><p>正文第一段。</p>'
        "<script>alert(1)</script></div></body></html>"
    ).encode()
    draft = ArticleDraft(
        title="网站栏目",
        category="媒体报道",
        published=datetime(2025, 7, 28, tzinfo=ZONE),
        body_html="<p>x</p>",
    )
    hints = Hints(
        title="h2.t", time="span.when", outlet="span.org", author="span.who", body="div.txt"
    )
    changed = apply_hints(draft, page, None, hints, ZONE)
    assert changed.title == "真正的标题在这里"
    assert changed.published.isoformat() == "2025-07-29T10:05:00+08:00"
    assert changed.source is not None and changed.source.name == "经济日报"
    assert changed.authors == ("张三", "李四")
    assert "正文第一段" in changed.body_html and "script" not in changed.body_html
    assert apply_hints(draft, page, None, Hints(title="h3.none"), ZONE) == draft
