"""Every page of the corpus in tests/pages extracts to its expected values."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup

from feedsvc.extract import ExtractedPage
from feedsvc.extract import extract_article
from tests.support.app import PAGES

EXPECTED = [json.loads(line) for line in (PAGES / "expected.jsonl").read_text("utf-8").splitlines()]
ZONE = ZoneInfo("Asia/Shanghai")
CATEGORY_MAP = {"www.news.cn/politics/": "时政", "news.cn": "新华网新闻"}
#: Text of the page chrome (nav, related list, footer, share bar, comments) of the corpus.
CHROME = (
    "相关新闻",
    "网站地图",
    "ICP备",
    "分享到",
    "网友评论",
    "希望充电桩",
    "举报电话",
    "编者按：本报推出",
)


def _extract(row: dict[str, Any]) -> ExtractedPage:
    return extract_article(
        (PAGES / row["file"]).read_bytes(),
        url=row.get("url"),
        zone=ZONE,
        default_category="未分类",
        category_map=CATEGORY_MAP,
    )


def _text(html: str) -> str:
    return re.sub(r"\s+", "", BeautifulSoup(html, "html.parser").get_text())


def test_corpus_is_big_enough() -> None:
    assert len(EXPECTED) >= 30
    assert all((PAGES / row["file"]).is_file() for row in EXPECTED)


@pytest.mark.parametrize("row", EXPECTED, ids=[row["file"] for row in EXPECTED])
def test_page(row: dict[str, Any]) -> None:
    page = _extract(row)
    assert page.title == row["title"]
    assert page.subtitle == row["subtitle"]
    assert page.original_title == row["original_title"]
    if row["published"] is None:
        assert page.published is None
    else:
        assert page.published == datetime.fromisoformat(row["published"])
        assert page.published.utcoffset() is not None
        assert page.to_json()["published"] == row["published"]
    assert page.date_only == row["date_only"]
    assert (page.source.name if page.source else None) == row["outlet"]
    assert list(page.authors) == row["authors"]
    assert page.editor == row["editor"]
    if "category" in row:
        assert page.category == row["category"]
    body = _text(page.body_html)
    assert body.startswith(re.sub(r"\s+", "", row["body_start"]))
    for chrome in CHROME:
        assert chrome not in body, chrome
    assert "\ufffd" not in body + page.title
    assert "<script" not in page.body_html
    for image in page.images:
        assert image.url and image.url.startswith(("http://", "https://"))


def test_people_source_names_the_paper_with_its_homepage() -> None:
    page = _extract(next(r for r in EXPECTED if r["file"] == "people_gb2312.html"))
    assert page.source is not None
    assert page.source.url == "http://paper.people.com.cn/"
    assert page.subtitle is None
    assert page.encoding == "gb18030"


def test_image_with_caption_and_credit() -> None:
    page = _extract(next(r for r in EXPECTED if r["file"] == "xinhua_news_cn.html"))
    assert len(page.images) == 1
    image = page.images[0]
    assert image.url == "https://www.news.cn/politics/20250725/3d7f1c/20250725_001.jpg"
    assert image.caption == "7月25日，国务院总理李强主持召开国务院常务会议。"
    assert image.credit == "新华社记者 刘彬 摄"
    soup = BeautifulSoup(page.body_html, "html.parser")
    figure = soup.find("figure")
    assert figure is not None and figure.find("img")["src"] == image.url
    assert figure.find("span", class_="credit").get_text() == "新华社记者 刘彬 摄"


def test_lazy_image_and_relative_link_become_absolute() -> None:
    page = _extract(next(r for r in EXPECTED if r["file"] == "table_layout_lazy_img.html"))
    assert [i.url for i in page.images] == [
        "https://www.example.gov.cn/uploads/2025/07/yanlian.jpg"
    ]
    assert page.images[0].credit == "区应急管理局供图"
    links = [a["href"] for a in BeautifulSoup(page.body_html, "html.parser").find_all("a")]
    assert "https://www.example.gov.cn/docs/plan.html" in links or not links


def test_category_map_applies_without_breadcrumb() -> None:
    page = _extract(next(r for r in EXPECTED if r["file"] == "xinhua_news_cn.html"))
    assert page.category == "时政"
    row = next(r for r in EXPECTED if r["file"] == "no_date.html")
    assert _extract(row).category == "未分类"


def test_to_draft_needs_a_date() -> None:
    from feedsvc.errors import ExtractionError

    page = _extract(next(r for r in EXPECTED if r["file"] == "no_date.html"))
    with pytest.raises(ExtractionError, match="no publish date"):
        page.to_draft("no_date.html")
    draft = _extract(EXPECTED[0]).to_draft(EXPECTED[0]["file"])
    assert draft.published.utcoffset() is not None


@pytest.mark.parametrize(
    ("url", "category"),
    [
        ("https://www.gov.cn/zhengce/content/202507/content_1.htm", "政策"),
        ("https://www.gov.cn/zhengce2/x.htm", "国务院"),
        ("https://www.gov.cn/xinwen/x.htm", "国务院"),
        ("http://finance.people.com.cn/n1/2025/0728/c1004-1.html", "人民网"),
        ("https://example.org/a.html", None),
        (None, None),
    ],
)
def test_map_category_longest_prefix(url: str | None, category: str | None) -> None:
    from feedsvc.extract.category import map_category

    mapping = {
        "www.gov.cn": "国务院",
        "https://www.gov.cn/zhengce/": "政策",
        "people.com.cn": "人民网",
    }
    assert map_category(url, mapping) == category
