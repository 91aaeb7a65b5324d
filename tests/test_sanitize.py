"""The sanitizer: idempotent on any tag soup, linear however deep the nesting."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from feedsvc.htmldepth import MAX_DEPTH
from feedsvc.htmldepth import flatten
from feedsvc.sanitize import clean_html
from feedsvc.sanitize import clean_label

SETTINGS = settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
TAGS = (
    "p div span b i a pre table tbody tr td th ul ol li dl dt dd img br h2 figure "
    "figcaption blockquote code em strong script style svg title textarea select option "
    "noscript xmp font center"
).split()
ATTRIBUTES = st.sampled_from(
    [
        "",
        ' href="https://e.com/a"',
        " href=javascript:alert(1)",
        ' title="a>b<c"',
        " title='x\"y'",
        ' class="lead"',
        ' src="https://e.com/i.jpg" alt=图',
        " onclick=x()",
        " colspan=2",
        "/",
    ]
)
PIECES = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(TAGS), ATTRIBUTES),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
    st.sampled_from(
        [
            "\n",
            "\n\n",
            "<pre>\n",
            "<pre>\n\n",
            " ",
            "\t",
            "正文。",
            "a < b",
            "&amp;",
            "&lt;p&gt;",
            "&nbsp;",
            "&#1;",
            "&#x85;",
            "&bogus;",
            "<!-- c -->",
            "<!-->",
            "<!doctype html>",
            "<![CDATA[x]]>",
            "</>",
            "<",
            ">",
            '"',
            "\x01",
            "\ud800",
        ]
    ),
    st.text(max_size=8),
)
SOUP = st.lists(PIECES, max_size=40).map("".join)


@SETTINGS
@given(SOUP)
def test_sanitizing_is_idempotent(html: str) -> None:
    once = clean_html(html)
    assert clean_html(once) == once


@SETTINGS
@given(SOUP)
def test_plain_text_is_idempotent_and_carries_no_markup(text: str) -> None:
    once = clean_label(text)
    assert clean_label(once) == once
    assert not re.search(r"</?[A-Za-z][^<>]*>", once), once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A & B < C > D", "A & B < C > D"),
        ("AT&T 1 < 2", "AT&T 1 < 2"),
        ("标题 <b>粗</b> & <script>x</script>", "标题 粗 & x"),
        ("R&D &amp; 中心", "R&D & 中心"),
        ("&lt;i&gt;斜&lt;/i&gt;", "斜"),
        ("<<b>b>", ""),
    ],
)
def test_plain_text_keeps_comparisons_and_drops_markup(text: str, expected: str) -> None:
    assert clean_label(text) == expected


@SETTINGS
@given(SOUP, st.integers(1, 12))
def test_flattening_is_idempotent(html: str, limit: int) -> None:
    flat = flatten(html, limit)
    assert flatten(flat, limit) == flat


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<pre>\nfirst line</pre>", "<pre>first line</pre>"),
        ("<pre>\n\nafter a blank line</pre>", "<pre>\n\nafter a blank line</pre>"),
        ("<pre>\n\n\ntwo blank lines</pre>", "<pre>\n\n\ntwo blank lines</pre>"),
        ("<pre>no newline</pre>", "<pre>no newline</pre>"),
    ],
)
def test_pre_keeps_its_leading_newlines(html: str, expected: str) -> None:
    once = clean_html(html)
    assert once == expected
    assert clean_html(clean_html(once)) == once


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 200_000,
        "<span><div></span>" * 70_000,
        "<span>" * 100_000 + "</i>" * 100_000,
        '<div title="<">' * 100_000,
        "<table><tr><td>" * 70_000,
        "<b><p>" * 100_000,
    ],
    ids=["divs", "misnested", "stray-end-tags", "quoted-lt", "tables", "formatting"],
)
def test_sanitizing_deep_nesting_is_linear(html: str) -> None:
    started = time.perf_counter()
    cleaned = clean_html(html)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"{elapsed:.2f} s"
    assert cleaned.count("<div>") <= MAX_DEPTH
    assert clean_html(cleaned) == cleaned


def test_text_beyond_the_depth_limit_is_kept() -> None:
    html = "<div>" * (MAX_DEPTH + 5) + "深处的文字" + "</div>" * (MAX_DEPTH + 5)
    cleaned = clean_html(html)
    assert "深处的文字" in cleaned
    assert cleaned.count("<div>") == cleaned.count("</div>") <= MAX_DEPTH


def test_normal_articles_are_untouched_by_flattening() -> None:
    html = (
        "<p>第一段<b>加粗</b></p><!-- c --><table><tr><td>1</td></tr></table>"
        '<ul><li>甲<li>乙</ul><pre>\ncode</pre><img src="https://e.com/a.jpg">'
    )
    assert clean_html(html) == clean_html(html.replace("<!-- c -->", ""))
    assert flatten(html.replace("<!-- c -->", "")) == html.replace("<!-- c -->", "")
