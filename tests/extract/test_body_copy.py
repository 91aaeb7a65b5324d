"""The body is cut from a copy: what body extraction drops from its tree, the other fields see."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from feedsvc.extract import extract_article
from feedsvc.extract.body import extract_body
from feedsvc.extract.encoding import decode_html
from feedsvc.extract.parse import parse_html
from tests.support.app import PAGES

ZONE = ZoneInfo("Asia/Shanghai")

PARAGRAPH = (
    "<p>会议指出，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，推动高质量发展。</p>"
)

PAGE = (
    "<html><head><meta charset='utf-8'><title>某市召开全年工作会议_某某网</title></head><body>"
    "<div class='nav'><a href='/'>首页</a></div>"
    "<div class='article'><h1>某市召开全年工作会议</h1>"
    "<div class='info'>2024-03-18 10:20 来源：某某日报</div>"
    "<div class='article-content'><div class='author'>记者 张晓明 李华</div>"
    + PARAGRAPH
    * 6
    + "<div class='editor'>责任编辑：王芳</div></div></div>"
    "<div class='footer'>版权所有</div></body></html>"
)


def test_bylines_the_body_drops_are_still_read() -> None:
    page = extract_article(PAGE.encode(), zone=ZONE, default_category="未分类")
    # the author and editor boxes sit in the container and are cleared out of the body...
    assert "张晓明" not in page.body_html and "王芳" not in page.body_html
    assert page.summary.startswith("会议指出")
    # ...but the fields read the page whole
    assert set(page.authors) == {"张晓明", "李华"}
    assert page.editor == "王芳"
    assert page.source is not None and page.source.name == "某某日报"


def test_body_extraction_leaves_the_page_tree_alone() -> None:
    for path in sorted(PAGES.glob("*.html"))[:40]:
        soup = parse_html(decode_html(path.read_bytes()).text)
        before = str(soup)
        extract_body(soup, "https://example.com/a.html", "标题", None)
        assert str(soup) == before, path.name
