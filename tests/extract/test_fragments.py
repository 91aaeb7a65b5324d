"""Saved fragments (crawler dumps without <html>, <head> or <title>): read from what they have,
or refused with a message that says what is missing."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from feedsvc.errors import ExtractionError
from feedsvc.extract import extract_article

ZONE = ZoneInfo("Asia/Shanghai")
TEXT = (
    "<p>5月6日，全市安全生产工作会议召开，会议总结了一季度安全生产工作情况，"
    "部署下一阶段重点任务。</p>"
)


def _extract(html: str) -> object:
    return extract_article(html.encode(), zone=ZONE, default_category="未分类")


def test_a_fragment_is_read_from_what_it_has() -> None:
    page = extract_article(
        (
            "<div class='content'><h2>全市召开安全生产工作会议</h2>"
            "<div class='info'>2024-05-06 09:30 来源：江城日报</div>" + TEXT + "</div>"
        ).encode(),
        zone=ZONE,
        default_category="未分类",
    )
    assert page.title == "全市召开安全生产工作会议"
    assert page.published is not None and page.published.isoformat() == "2024-05-06T09:30:00+08:00"
    assert page.source is not None and page.source.name == "江城日报"
    assert page.summary.startswith("5月6日，全市安全生产工作会议召开")


def test_a_fragment_without_headline_says_what_is_missing() -> None:
    with pytest.raises(ExtractionError) as caught:
        _extract(TEXT)
    reason = caught.value.reason
    assert reason.startswith("no headline found: the page has no <title>")
    assert "headline meta" in reason and "heading" in reason
    assert reason.endswith("it is a fragment without <html> or <head>")


def test_a_whole_page_without_headline_is_not_called_a_fragment() -> None:
    with pytest.raises(ExtractionError) as caught:
        _extract("<html><head></head><body>" + TEXT + "</body></html>")
    assert "fragment" not in caught.value.reason


def test_text_without_tags_is_not_html() -> None:
    with pytest.raises(ExtractionError, match="not an HTML page"):
        _extract("全市召开安全生产工作会议\n2024-05-06\n正文。")
