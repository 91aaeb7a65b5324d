"""The one allowlist for stored HTML, and plain-text cleaning for every other field."""

from __future__ import annotations

import re
import unicodedata

import nh3
from bs4 import BeautifulSoup

# Characters XML 1.0 forbids (C0 controls but TAB/LF/CR, surrogates, U+FFFE/U+FFFF),
# plus the C1 controls and BOM that only ever appear as debris in scraped text.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
_SPACE_RUN = re.compile(r"\s+")

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "li",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "span": {"class"},
    "figcaption": {"class"},
    "p": {"class"},
}
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})


def strip_illegal(text: str) -> str:
    """Remove characters that XML 1.0 cannot carry."""
    return _XML_ILLEGAL.sub("", text)


def clean_text(text: str) -> str:
    """Plain single-line text: NFC, no illegal characters, whitespace runs collapsed."""
    text = unicodedata.normalize("NFC", strip_illegal(text))
    return _SPACE_RUN.sub(" ", text).strip()


def clean_html(html: str) -> str:
    """Sanitize *html* against the allowlist: no scripts, handlers, or unsafe URLs."""
    cleaned: str = nh3.clean(
        strip_illegal(html),
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return strip_illegal(cleaned)


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed."""
    return clean_text(BeautifulSoup(html, "html.parser").get_text(" "))


def summarize(text: str, limit: int = 160) -> str:
    """First *limit* characters of *text*, cut at a sentence end when one is near."""
    text = clean_text(text)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind(mark) for mark in "。！？!?")
    if end >= limit // 2:
        return cut[: end + 1]
    return cut.rstrip() + "…"
