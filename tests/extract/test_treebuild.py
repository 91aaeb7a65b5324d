"""The soup built from lxml's events is bs4's own tree, object by object, on every kind of page."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from bs4.element import Doctype

from feedsvc.extract.container import NEVER_TEXT
from feedsvc.extract.container import prepare
from feedsvc.extract.encoding import decode_html
from feedsvc.extract.parse import _FlatteningBuilder
from feedsvc.extract.parse import _shallow
from feedsvc.extract.parse import parse_html
from feedsvc.extract.sizes import detached
from feedsvc.extract.sizes import measure
from feedsvc.extract.text import compact
from feedsvc.extract.text import find_comments
from feedsvc.extract.text import find_tags
from feedsvc.extract.treebuild import pruned_copy
from feedsvc.extract.treebuild import release
from tests.support.app import PAGES
from tests.support.bigpage import big_page
from tests.support.sametree import differences

ODD_PAGES = {
    "whitespace": "<html><body>\n  <p class='a  b' id=x>one <b> </b>\t<i>\n</i></p>"
    "<pre>  kept\n  </pre><textarea> \n </textarea></body></html>",
    "scripts": "<html><head><style>p{}</style><script>var a = '<p>';</script>"
    "<template><p>t</p></template></head><body><ruby>字<rt>zi</rt><rp>(</rp></ruby></body></html>",
    "comments": "<!DOCTYPE html><!-- before --><html><body><!--in--><p>x<!-- y --></p>"
    "</body></html>",
    "meta": "<html><head><meta charset='gbk'><meta http-equiv='Content-Type' "
    "content='text/html; charset=gb2312'><meta name=a content=b></head><body></body></html>",
    "list attributes": "<a rel='nofollow noopener' rev=x class=''>l</a><td headers='h1 h2'>c</td>"
    "<form accept-charset='utf-8 gbk'></form><iframe sandbox='a b'></iframe>",
    "fragment": "text before<p>one<p>two<div>three</span></div>",
    "unclosed": "<html><body><div><p>a<table><tr><td>b<td>c</table><font><p>d",
    "bom": "\ufeff<html><body><p>x</p></body></html>",
    "processing instruction": "<?php echo 1; ?><html><body><?xml-stylesheet a?><p>x</p></html>",
    "empty": "",
    "no tags": "just text",
    "entities": "<p>&lt;&amp;&nbsp;&#x4e2d;&copy;</p><p title='&quot;q&quot;'>x</p>",
}


def doctypes(soup: BeautifulSoup) -> list[Doctype]:
    """The doctypes in *soup*: the page's own, and any a CMS pasted inside it."""
    return [node for node in soup.descendants if isinstance(node, Doctype)]


def _reference(text: str) -> BeautifulSoup:
    if _shallow(text):
        return BeautifulSoup(text, "lxml")
    return BeautifulSoup(text, builder=_FlatteningBuilder())


@pytest.mark.parametrize("name", sorted(ODD_PAGES))
def test_odd_markup_builds_bs4s_tree(name: str) -> None:
    text = ODD_PAGES[name]
    assert differences(parse_html(text), _reference(text)) == []


@pytest.mark.parametrize("path", sorted(PAGES.glob("*.html")), ids=lambda p: p.name)
def test_corpus_page_builds_bs4s_tree(path: object) -> None:
    assert hasattr(path, "read_bytes")
    text = decode_html(path.read_bytes()).text
    assert differences(parse_html(text), _reference(text)) == []


@pytest.mark.parametrize("deep", [50, 600])
def test_deep_page_builds_the_flattened_tree(deep: int) -> None:
    text = big_page(60_000, deep=deep).decode()
    assert differences(parse_html(text), _reference(text)) == []


def _deep_with_wrappers() -> str:
    """A page past MAX_DEPTH whose inline wrappers hold blocks or only text, nested in each
    other, with comments in them, and one left open to the end."""
    shallow = (
        "<span>a<b>b</b><!-- c --><span>d<i><p>e</p></i></span></span>"
        "<font>x<span>y</span><p>z</p>w</font><em><b>q</b></em>"
    )
    deep = "<div>" * 130 + "<span>s<font>t<p>u</p></font><b>v</b></span>" + "</div>" * 130
    return "<html><body>" + shallow + deep + "<font><p>1<font><p>2" * 80 + "<b>open <i>to the end"


def test_deep_page_with_wrappers_builds_the_flattened_tree() -> None:
    text = _deep_with_wrappers()
    assert differences(parse_html(text), _reference(text)) == []


def test_page_near_the_limit_is_not_flattened() -> None:
    # parsed again (it reaches SHALLOW_LEVELS) but within MAX_DEPTH: bs4's own tree
    inner = "<font><p>a</p></font><span>b<div>c</div></span>"
    text = "<html><body>" + "<div>" * 110 + inner + "</div>" * 110 + "</body></html>"
    assert differences(parse_html(text), BeautifulSoup(text, "lxml")) == []


def test_a_difference_is_reported() -> None:
    text = "<p class='a b'>x <b>y</b></p><pre> </pre><script>z</script>"
    changed = parse_html(text)
    changed.p["class"] = "a b"  # a string where bs4 keeps a list
    assert differences(changed, _reference(text))
    moved = parse_html(text)
    moved.b.next_sibling = moved.p
    assert differences(moved, _reference(text))


@pytest.mark.parametrize("path", sorted(PAGES.glob("*.html")), ids=lambda p: p.name)
def test_pruned_copy_is_the_page_without_comments_doctypes_and_scripts(path: object) -> None:
    assert hasattr(path, "read_bytes")
    text = decode_html(path.read_bytes()).text
    page = parse_html(text)
    before = str(page)
    expected = parse_html(text)
    for node in find_comments(expected) + doctypes(expected):
        node.extract()
    for tag in find_tags(expected, NEVER_TEXT):
        if not detached(tag):
            tag.decompose()
    copied, tags = pruned_copy(page, skip=NEVER_TEXT)
    assert [id(t) for t in tags] == [id(t) for t in find_tags(copied)]
    assert differences(copied, expected, parse_state=False) == []
    for tag in find_tags(copied):
        tag.attrs.clear()  # changing the copy...
    if copied.body is not None:
        copied.body.decompose()
    assert str(page) == before  # ...leaves the page as it was


def test_sizes_stay_right_through_removals() -> None:
    # the page measured with its furniture set aside reads as its copy without them
    for path in sorted(PAGES.glob("*.html")):
        page = parse_html(decode_html(path.read_bytes()).text)
        before = str(page)
        sizes = prepare(page, find_tags(page))
        assert str(page) == before  # set aside, not removed
        copied, tags = pruned_copy(page, removed=sizes.removed)
        fresh = measure(copied, tags)
        live = [t for t in find_tags(page) if not sizes.gone(t)]
        assert [t.name for t in live] == [t.name for t in tags], path.name
        assert sizes.text_len(page) == fresh.text_len(copied), path.name
        for tag, copy in zip(live, tags, strict=True):
            assert sizes.text_len(tag) == fresh.text_len(copy), (path.name, tag.name)
            assert sizes.link_len(tag) == fresh.link_len(copy), (path.name, tag.name)
            assert compact(sizes.text_of(tag)) == compact(copy.get_text()), (path.name, tag.name)


def test_released_tree_keeps_the_text_taken_from_it() -> None:
    soup = parse_html("<p class='a'>一段文字</p>")
    paragraph = soup.find("p")
    assert paragraph is not None
    text = paragraph.contents[0]
    release(soup)
    assert text == "一段文字"
    assert "parent" not in vars(text) and "attrs" not in vars(paragraph)
