"""The one allowlist for stored HTML, and plain-text cleaning for every other field."""

from __future__ import annotations

import html
import re
import unicodedata

import nh3

from .htmldepth import flatten

# Characters XML 1.0 forbids (C0 controls but TAB/LF/CR, surrogates, U+FFFE/U+FFFF),
# plus the C1 controls and BOM that only ever appear as debris in scraped text.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
_SPACE_RUN = re.compile(r"\s+")
#: A ``<pre>`` start tag and the newline after it (nh3 escapes ``>`` in attribute values).
_PRE_NEWLINE = re.compile(r"(<pre(?: [^>]*)?>)\n")
#: A paragraph holding nothing a reader sees: white space, no-break spaces, line breaks.
_EMPTY_PARAGRAPH = re.compile(r"<p(?: [^<>]*)?>(?:\s|&nbsp;|\xa0|<br ?/?>)*</p>")

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
#: How many extra passes clean_html may make to reach a fixed point.
MAX_PASSES = 4
#: A start or end tag, or a comment: ``<`` then a letter, ``/`` or ``!``, up to ``>``.
_TAG = re.compile(r"<[/!]?[A-Za-z][^<>]*>|<!--.*?-->", re.S)


def strip_illegal(text: str) -> str:
    """Remove characters that XML 1.0 cannot carry."""
    return _XML_ILLEGAL.sub("", text)


def strip_markup(text: str) -> str:
    """*text* with character references resolved and anything shaped like an HTML tag
    (``<b>``, ``</script>``, ``&lt;i&gt;``) removed, to a fixed point (``<<b>b>`` leaves no
    tag behind). ``A < B > C`` and ``AT&T`` are not markup and stay."""
    for _ in range(len(text) + 1):
        stripped = _TAG.sub("", html.unescape(text))
        if stripped == text:
            break
        text = stripped
    return text


def clean_text(text: str) -> str:
    """Plain single-line text: NFC, no illegal characters, whitespace runs collapsed."""
    text = unicodedata.normalize("NFC", strip_illegal(text))
    return _SPACE_RUN.sub(" ", text).strip()


def clean_label(text: str) -> str:
    """A title, name or caption: plain text as :func:`clean_text`, and no markup. A tag in
    a label is residue of the page or the editor's tool, which readers would show raw in
    some places and interpret in others (a summary keeps literal ``<b>``: it is the text)."""
    return clean_text(strip_markup(text))


def clean_html(html: str) -> str:
    """Sanitize *html* against the allowlist: no scripts, handlers, or unsafe URLs.

    Linear in the length of *html* (nesting is bounded before and after nh3) and
    idempotent: the result is a fixed point, so cleaning it again changes nothing.
    Removing a disallowed element can change how the rest parses (``<li><center><li>``
    becomes ``<li><li></li></li>``, which parses as two items), so the pass is repeated
    until its output is stable; that takes two passes, rarely three.
    """
    cleaned = _sanitize_once(flatten(strip_illegal(html)))
    for _ in range(MAX_PASSES):
        again = _sanitize_once(cleaned)
        if again == cleaned:
            break
        cleaned = again
    return cleaned


def _sanitize_once(html: str) -> str:
    """One nh3 pass over *html* (already free of illegal characters and deep nesting)."""
    cleaned: str = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return keep_pre_newline(flatten(strip_illegal(cleaned)))


def keep_pre_newline(html: str) -> str:
    """Write the newline a parser drops right after ``<pre>``, so the text survives a reparse.

    html5ever's serializer leaves it out (a ``<pre>`` whose text starts with a newline would
    lose one newline each time it is sanitized again). nh3 escapes ``<`` in text and in
    attribute values, so every ``<pre`` in its output starts a tag.
    """
    return _PRE_NEWLINE.sub("\\1\n\n", html)


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


def drop_empty_paragraphs(html: str) -> str:
    """Sanitized *html* without the empty paragraphs (white space or line breaks only) that
    removed widgets and embeds leave behind, so they leave no gaps on a page."""
    return _EMPTY_PARAGRAPH.sub("", html)
