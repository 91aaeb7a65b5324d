"""Page shapes beyond the corpus: wrappers, odd headlines, fallbacks and garbage input."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest

from feedsvc.errors import ExtractionError
from feedsvc.extract import ExtractedPage
from feedsvc.extract import extract_article

ZONE = ZoneInfo("Asia/Shanghai")
TEXT = (
    "<p>　　7月28日，全市召开会议，部署下半年重点工作。会议强调，要坚定信心，真抓实干，"
    "确保全年目标任务圆满完成。</p><p>　　会议要求各部门强化担当，狠抓落实。</p>"
)


def extract(body: str, head: str = "", url: str | None = None) -> ExtractedPage:
    html = f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return extract_article(html.encode(), url=url, zone=ZONE, default_category="未分类")


def test_page_wrapped_in_one_form() -> None:
    page = extract(
        f"<form id='form1'><h1>全市召开会议</h1><div>发布时间：2025-07-28 来源：市政府办</div>"
        f"<div class='content'><form>{TEXT}</form></div><footer>版权所有</footer></form>",
        "<title>全市召开会议_某市政府</title>",
    )
    assert page.body_html.startswith("<p>7月28日，全市召开会议")
    assert "版权所有" not in page.body_html
    assert page.source is not None and page.source.name == "市政府办"


def test_logo_h1_is_not_the_headline() -> None:
    page = extract(
        "<h1 class='logo'><a href='/'>某某网</a></h1>"
        "<div class='title'>全市召开重点工作推进会议</div>"
        f"<div>2025-07-28 09:30 来源：某某日报</div><div>{TEXT}</div>",
        "<title>全市召开重点工作推进会议_某某网</title>",
    )
    assert page.title == "全市召开重点工作推进会议"


def test_headline_wrapped_with_br_and_subtitle() -> None:
    page = extract(
        f"<h1>奋力谱写<br>新篇章<br>——写在全市经济工作会议召开之际</h1>"
        f"<div>2025-07-28 09:30 来源：某某日报</div><div>{TEXT}</div>",
        "<title>奋力谱写新篇章_某某网</title>",
    )
    assert page.title == "奋力谱写新篇章"
    assert page.subtitle == "写在全市经济工作会议召开之际"


def test_jsonld_article_body_is_the_fallback_text() -> None:
    data = {
        "@type": "NewsArticle",
        "headline": "只在结构化数据里的文章",
        "datePublished": "2025-07-28T09:30:00+08:00",
        "articleBody": "第一段正文。\n第二段正文。",
        "author": {"@type": "Organization", "name": "某某日报"},
    }
    page = extract(
        "<div id='app'></div>",
        f"<title>只在结构化数据里的文章</title>"
        f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>",
    )
    assert page.body_html == "<p>第一段正文。</p>\n<p>第二段正文。</p>"
    assert page.source is not None and page.source.name == "某某日报"
    assert page.authors == ()


def test_editor_is_not_an_author_and_person_is_not_an_outlet() -> None:
    page = extract(
        f"<h1>全市召开重点工作推进会议</h1><div>2025-07-28 09:30 来源：王小明</div>"
        f"<div>{TEXT}</div><div>责任编辑：李大伟</div>",
        "<title>全市召开重点工作推进会议</title>"
        "<meta property='og:site_name' content='某某新闻网'>",
    )
    assert page.source is not None and page.source.name == "某某新闻网"
    assert page.editor == "李大伟"
    assert page.authors == ()


def test_comment_times_and_update_times_are_not_the_publish_time() -> None:
    page = extract(
        f"<h1>全市召开重点工作推进会议</h1><div class='comments'>网友 2025-07-20 08:00 好</div>"
        f"<div>更新时间：2025-07-30 10:00</div><div>{TEXT}</div>",
        "<title>全市召开重点工作推进会议</title>",
    )
    assert page.published is None


def test_a_related_title_naming_a_date_is_no_label() -> None:
    related = "".join(
        f"<li><a href='/a/{i}.html'>某事件听证日期{d}</a></li>"
        for i, d in enumerate(["2025年7月6日,", "2025年6月27日,"])
    )
    page = extract(
        f"<h1>全市召开重点工作推进会议</h1><div>{TEXT}</div><div>{TEXT}</div>"
        f"<div class='box'><h3>与内文相关的链接</h3><ul>{related}</ul></div>",
        "<title>全市召开重点工作推进会议</title>",
    )
    assert page.published is None


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"\x00\xff\xfe", b"<html></html>", "纯文本，没有标签".encode(), b"<h1>T</h1>"],
)
def test_garbage_is_an_extraction_error(data: bytes) -> None:
    with pytest.raises(ExtractionError):
        extract_article(data, zone=ZONE, default_category="未分类")


def test_a_search_form_title_label_is_no_headline() -> None:
    page = extract(
        "<form class='search'><label>标题：</label><span>请输入要查找的文章标题关键词</span></form>"
        f"<div class='info'>发布时间：2025-07-28 09:30</div><div>{TEXT}</div>",
        "<title>全市召开重点工作推进会议_某市人民政府</title>",
    )
    assert page.title == "全市召开重点工作推进会议"


def test_a_zoned_update_time_never_beats_a_publish_time() -> None:
    page = extract(
        "<h1>全市召开重点工作推进会议</h1><div>发布时间：2025-07-28 09:30</div>"
        f"<div>更新时间 2025年7月29日, 格林尼治标准时间02:15</div><div>{TEXT}</div>",
        "<title>全市召开重点工作推进会议</title>",
    )
    assert page.published is not None and page.published.isoformat() == "2025-07-28T09:30:00+08:00"


def test_the_issuing_body_yields_to_the_site_name() -> None:
    page = extract(
        "<table><tr><td>索引号：</td><td>11-2025-0001</td><td>发布机构：</td><td>市财政局</td></tr>"
        "<tr><td>标题：</td><td>关于做好年度预算公开工作的通知</td></tr></table>"
        f"<div class='content'>{TEXT}</div>",
        "<title>关于做好年度预算公开工作的通知_某市人民政府门户网站</title>",
    )
    assert page.title == "关于做好年度预算公开工作的通知"
    assert page.source is not None and page.source.name == "某市人民政府门户网站"


def test_a_two_character_name_spaced_out_is_one_reporter() -> None:
    page = extract(
        "<h1>全市召开重点工作推进会议</h1><div>本报记者 王乐文 方 敏 2025年07月28日09:30 | "
        f"来源：某某日报</div><div>{TEXT}</div>",
        "<title>全市召开重点工作推进会议</title>",
    )
    assert list(page.authors) == ["王乐文", "方敏"]


@pytest.mark.parametrize("url", [None, "https://news.example.cn/a/1.html"])
def test_malformed_addresses_are_no_reason_to_lose_the_page(url: str | None) -> None:
    """A link, picture, canonical or <base> written ``http://https：//…`` (a full-width colon in
    the host, which the standard library refuses) is no address, and the page is still read."""
    bad = "http://https：//mp.example.cn/s/x"
    page = extract(
        "<h1>全市召开重点工作推进会议</h1><div>2025-07-28 09:30 来源：市政府办</div>"
        f"<div class='content'>{TEXT}<p>会议指出，据<a href='{bad}'>一份报告</a>显示，上半年"
        f"全市经济运行总体平稳，主要指标好于预期。<img src='{bad}.jpg'></p></div>",
        f"<title>全市召开重点工作推进会议_某市政府</title><link rel='canonical' href='{bad}'>"
        f"<base href='{bad}/'><meta property='og:url' content='{bad}'>",
        url=url,
    )
    assert page.title == "全市召开重点工作推进会议"
    assert page.body_html.startswith("<p>7月28日，全市召开会议")
    assert "据一份报告显示" in page.body_html
    for address in re.findall(r'(?:href|src)="([^"]*)"', page.body_html):
        assert urlsplit(address).scheme in ("http", "https")  # raises on a malformed host
    assert page.published.isoformat() == "2025-07-28T09:30:00+08:00"


def test_an_unreadable_page_address_is_no_address() -> None:
    """A page address with an unclosed IPv6 bracket (``http://[host/``), which the standard
    library refuses, is read as no address: the page still extracts, from its own links."""
    page = extract(
        "<h1>全市召开重点工作推进会议</h1><div>2025-07-28 09:30 来源："
        "<a href='http://[news.example.cn/'>某某日报</a></div>"
        f"<div class='content'>{TEXT}</div>",
        "<title>全市召开重点工作推进会议</title>"
        "<link rel='canonical' href='https://news.example.cn/a/1.html'>",
        url="http://[news.example.cn/a/1.html",
    )
    assert page.title == "全市召开重点工作推进会议"
    assert page.body_html.startswith("<p>7月28日，全市召开会议")
    assert page.original_url == "https://news.example.cn/a/1.html"
    assert page.source is not None and page.source.name == "某某日报"


def test_an_at_mention_opening_a_paragraph_is_no_poster() -> None:
    page = extract(
        "<h1>第一次自己换自行车链条的记录</h1><div>2023-04-09 19:42 阅读 1288</div>"
        "<div class='content'><p>@老周骑车 发表于 2022-03-01 的那篇帖子我看了好几遍。</p>"
        f"{TEXT}</div>",
        "<title>第一次自己换自行车链条的记录 - 骑行者社区</title>",
    )
    assert not page.authors


def test_a_story_written_into_a_blockquote_is_its_paragraphs() -> None:
    """A story written straight into a <blockquote>, lines split by <br>, is the body's
    paragraphs; a short quote inside a story stays a quote."""
    lines = "<br>".join(re.findall(r"<p>(.*?)</p>", TEXT))
    page = extract(f"<h1>全市召开重点工作推进会议</h1><blockquote>{lines}</blockquote>")
    assert page.body_html.startswith("<p>7月28日，全市召开会议")
    assert "<blockquote>" not in page.body_html
    quoted = extract(
        f"<h1>全市召开重点工作推进会议</h1><div class='content'>{TEXT}"
        "<blockquote>会议要求各部门强化担当。</blockquote>"
        "<p>会后，各部门负责人分别表态，将按照会议部署抓好落实，确保各项任务按时完成。</p></div>"
    )
    assert "<blockquote>" in quoted.body_html
