"""Serialize articles as RSS 2.0 and Atom 1.0 bytes. The only module that imports feedgen.

feedgen's traps are handled here: aware datetimes only, entries appended in our order,
``updated``/``lastBuildDate`` set from the articles (never "now"), the self link added
before the alternate link, names as ``dc:creator`` in RSS, a complete Atom ``<source>``,
and ``content`` set after ``summary`` with ``type="html"``. feedgen's RSS output only
writes ``atom:link rel="self"``, so the other feed links (WebSub hub, RFC 5005 archive
links) and the ``fh:archive`` marker are written by our own extension, in both formats;
images (enclosure, ``media:content``, ``media:thumbnail``) too.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from typing import Any

from feedgen.ext.base import BaseEntryExtension
from feedgen.ext.base import BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from feedsvc.formats.meta import FORMATS
from feedsvc.formats.meta import FeedFormat
from feedsvc.formats.meta import FeedLink
from feedsvc.formats.meta import FeedMeta
from feedsvc.formats.meta import entry_authors
from feedsvc.formats.meta import feed_updated
from feedsvc.formats.meta import image_type
from feedsvc.models import Article
from feedsvc.models import Image
from feedsvc.models import Source
from feedsvc.timeutil import rfc3339
from feedsvc.timeutil import to_local

ATOM_NS = "http://www.w3.org/2005/Atom"
HISTORY_NS = "http://purl.org/syndication/history/1.0"
MEDIA_NS = "http://search.yahoo.com/mrss/"


class _FeedExtension(BaseExtension):  # type: ignore[misc]
    """Feed half: the extra feed links and the archive marker, in Atom and in RSS."""

    def __init__(self) -> None:
        self.links: tuple[FeedLink, ...] = ()
        self.archive = False
        self.media = False

    def extend_ns(self) -> dict[str, str]:
        namespaces = {}
        if self.archive:
            namespaces["fh"] = HISTORY_NS
        if self.media:
            namespaces["media"] = MEDIA_NS
        return namespaces

    def _extend(self, parent: etree._Element, link_tag: str) -> None:
        for link in self.links:
            attributes = {"rel": link.rel, "href": link.href}
            if link.type:
                attributes["type"] = link.type
            etree.SubElement(parent, link_tag, attributes)
        if self.archive:
            etree.SubElement(parent, f"{{{HISTORY_NS}}}archive")

    def extend_rss(self, rss: etree._Element) -> etree._Element:
        self._extend(rss[0], f"{{{ATOM_NS}}}link")
        return rss

    def extend_atom(self, feed: etree._Element) -> etree._Element:
        self._extend(feed, "link")  # feedgen's Atom elements carry no namespace of their own
        return feed


class _EntryExtension(BaseEntryExtension):  # type: ignore[misc]
    """Writes the outlet as RSS ``<source url>`` and as a complete Atom ``<source>``, and
    the images: the first as enclosure and ``media:thumbnail``, all as ``media:content``."""

    def __init__(self) -> None:
        self.outlet: tuple[Source, str, str] | None = None
        self.images: tuple[Image, ...] = ()

    def set(self, source: Source, source_id: str, updated: str) -> None:
        self.outlet = (source, source_id, updated)

    def _media(self, parent: etree._Element) -> None:
        for image in self.images:
            attributes = {"url": str(image.url), "medium": "image"}
            kind = image_type(image)
            if kind:
                attributes["type"] = kind
            if image.length is not None:
                attributes["fileSize"] = str(image.length)
            content = etree.SubElement(parent, f"{{{MEDIA_NS}}}content", attributes)
            if image.caption:
                etree.SubElement(content, f"{{{MEDIA_NS}}}description").text = image.caption
            if image.credit:
                etree.SubElement(content, f"{{{MEDIA_NS}}}credit").text = image.credit
        if self.images:
            etree.SubElement(parent, f"{{{MEDIA_NS}}}thumbnail", url=str(self.images[0].url))

    def _enclosure(self) -> tuple[str, str, str] | None:
        """url, type and length of the first image, if its type is known (RSS needs it)."""
        if not self.images or image_type(self.images[0]) is None:
            return None
        first = self.images[0]
        return str(first.url), str(image_type(first)), str(first.length or 0)

    def extend_rss(self, item: etree._Element) -> etree._Element:
        if self.outlet and self.outlet[0].url:
            element = etree.SubElement(item, "source", url=self.outlet[0].url)
            element.text = self.outlet[0].name
        enclosure = self._enclosure()
        if enclosure:
            url, kind, length = enclosure
            etree.SubElement(item, "enclosure", url=url, length=length, type=kind)
        self._media(item)
        return item

    def extend_atom(self, entry: etree._Element) -> etree._Element:
        enclosure = self._enclosure()
        if enclosure:
            url, kind, length = enclosure
            attributes = {"rel": "enclosure", "href": url, "type": kind}
            if self.images[0].length is not None:
                attributes["length"] = length
            etree.SubElement(entry, "link", attributes)
        self._media(entry)
        if self.outlet:
            source, source_id, updated = self.outlet
            element = etree.SubElement(entry, "source")
            etree.SubElement(element, "id").text = source_id
            etree.SubElement(element, "title").text = source.name
            if source.url:
                etree.SubElement(
                    element,
                    "link",
                    rel="alternate",
                    type="text/html",
                    href=source.url,
                )
            etree.SubElement(element, "updated").text = updated
        return entry


#: ``&``, ``<`` and ``>`` as their full-width forms: see :func:`description_text`.
_FULL_WIDTH = str.maketrans({"&": "\uff06", "<": "\uff1c", ">": "\uff1e"})


def description_text(text: str) -> str:
    """A feed's description as text that reads the same as plain text and as HTML.

    Readers take RSS ``<description>`` as HTML and the W3C validator warns about markup or
    character references in it (and in an undeclared Atom subtitle), so the names it quotes
    carry ``&<>`` as ``＆＜＞``: nothing in it can be read as markup, escaped or not.
    """
    return text.translate(_FULL_WIDTH)


def html_text(text: str) -> str:
    """Plain *text* as escaped HTML, so that markup-like text is shown, never interpreted."""
    return html.escape(text, quote=False)


def creator_text(authors: tuple[str, ...] | list[str]) -> str:
    """The reporters as one name list for RSS ``dc:creator``: ``王慧慧、龚雯``."""
    return "、".join(authors)


def source_id(meta: FeedMeta, source: Source) -> str:
    """A stable Atom id for an outlet: its homepage, else a tag URI of its slug."""
    return source.url or f"tag:{meta.tag_authority},{meta.tag_date}:source/{source.slug}"


def _add_entry(fg: Any, meta: FeedMeta, article: Article, link: str) -> None:
    fe = fg.add_entry(order="append")
    fe.guid(article.guid, permalink=False)
    fe.title(article.title)
    fe.link(href=link)
    fe.published(to_local(article.published, meta.zone))
    fe.updated(to_local(article.updated, meta.zone))
    if article.summary:
        # The summary is plain text; both RSS description and Atom summary carry it as
        # escaped HTML so that text which looks like markup is shown, never interpreted.
        fe.summary(html_text(article.summary), type="html")
    fe.content(article.body_html, type="html")
    for name in entry_authors(meta, article):
        fe.author({"name": name})
    if article.editor:
        fe.contributor({"name": article.editor})
    fe.category(term=article.category.slug, label=article.category.name)
    if article.rights:
        fe.rights(article.rights)
        fe.dc.dc_rights(article.rights)
    if article.authors:
        # One dc:creator naming everyone: readers show only the first of several.
        fe.dc.dc_creator(creator_text(article.authors))
    if article.editor:
        fe.dc.dc_contributor(article.editor)
    fe.feedsvc.images = tuple(i for i in article.images if i.url)
    if article.source:
        fe.dc.dc_publisher(article.source.name)
        fe.feedsvc.set(
            article.source,
            source_id(meta, article.source),
            rfc3339(to_local(article.updated, meta.zone)),
        )


def build_feed(
    meta: FeedMeta,
    articles: list[Article],
    fmt: FeedFormat,
    article_url: Callable[[Article], str],
    lock: threading.Lock,
) -> bytes:
    """Serialize *articles* (already newest first) as *fmt*; same input → same bytes.

    *lock* serializes feedgen, whose RFC 822 formatter switches the process locale.
    """
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.register_extension("feedsvc", _FeedExtension, _EntryExtension)
    fg.feedsvc.links = meta.links
    fg.feedsvc.archive = meta.archive
    fg.feedsvc.media = any(i.url for a in articles for i in a.images)
    fg.id(meta.id)
    fg.title(meta.title)
    fg.description(description_text(meta.description))
    fg.link(href=meta.self_url, rel="self", type=FORMATS[fmt].split(";")[0])
    fg.link(href=meta.html_url, rel="alternate", type="text/html")
    fg.language(meta.language)
    fg.generator(meta.generator)
    fg.updated(to_local(feed_updated(articles, meta.updated), meta.zone))
    if meta.ttl is not None:
        fg.ttl(meta.ttl)
    for article in articles:
        _add_entry(fg, meta, article, article_url(article))
    with lock:
        data: bytes = fg.rss_str(pretty=True) if fmt == "rss" else fg.atom_str(pretty=True)
    return plain_text_refs(data) if fmt == "rss" else data


#: RSS elements whose text is plain text, not HTML (the W3C validator's "nonhtml").
_PLAIN_ELEMENTS = re.compile(
    rb"(<(title|category|source|dc:creator|dc:publisher|dc:contributor|media:title"
    rb"|media:description|media:credit)(?: [^>]*)?>)([^<]*)(</\2>)"
)
#: ``<`` written as ``&lt;`` where a reader could take it for the start of a tag.
_TAG_LIKE_LT = re.compile(rb"&lt;(?=[A-Za-z/!?])")


def plain_text_refs(rss: bytes) -> bytes:
    """*rss* with ``<`` before a letter in plain-text elements written ``&#x3C;``.

    The same XML text either way; the RSS profile (and the W3C validator with it) asks for
    the numeric reference there, so that ``a<b`` in a name reads as text in every reader.
    """
    return _PLAIN_ELEMENTS.sub(lambda m: m[1] + _TAG_LIKE_LT.sub(b"&#x3C;", m[3]) + m[4], rss)
