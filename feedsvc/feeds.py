"""Serialize articles as RSS 2.0 and Atom 1.0 bytes. The only module that imports feedgen.

feedgen's traps are handled here: aware datetimes only, entries appended in our order,
``updated``/``lastBuildDate`` set from the articles (never "now"), the self link added
before the alternate link, names as ``dc:creator`` in RSS, a complete Atom ``<source>``,
and ``content`` set after ``summary`` with ``type="html"``.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from datetime import tzinfo
from typing import Any
from typing import Literal

from feedgen.ext.base import BaseEntryExtension
from feedgen.ext.base import BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from .models import Article
from .models import Source
from .timeutil import rfc3339
from .timeutil import to_local

FeedFormat = Literal["rss", "atom"]
FORMATS: dict[str, str] = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
}
#: A fixed "updated" for a feed with no items, so even an empty feed is deterministic.
EMPTY_FEED_UPDATED = datetime.fromisoformat("2025-01-01T00:00:00+08:00")


@dataclass(frozen=True)
class FeedMeta:
    """What describes a feed as a whole; URLs are absolute."""

    id: str
    title: str
    description: str
    html_url: str
    self_url: str
    language: str
    zone: tzinfo
    tag_authority: str
    tag_date: str
    generator: str = "feedsvc"
    #: RSS ``<ttl>`` in minutes (how long a reader may keep the feed); None leaves it out.
    ttl: int | None = None


class _SourceExtension(BaseExtension):  # type: ignore[misc]
    """Feed half of the attribution extension; adds nothing at feed level."""


class _SourceEntryExtension(BaseEntryExtension):  # type: ignore[misc]
    """Writes the outlet as RSS ``<source url>`` and as a complete Atom ``<source>``."""

    def __init__(self) -> None:
        self.outlet: tuple[Source, str, str] | None = None

    def set(self, source: Source, source_id: str, updated: str) -> None:
        self.outlet = (source, source_id, updated)

    def extend_rss(self, item: etree._Element) -> etree._Element:
        if self.outlet and self.outlet[0].url:
            element = etree.SubElement(item, "source", url=self.outlet[0].url)
            element.text = self.outlet[0].name
        return item

    def extend_atom(self, entry: etree._Element) -> etree._Element:
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


def feed_updated(articles: list[Article]) -> datetime:
    """The newest change among *articles*: the feed's lastBuildDate / updated."""
    return max((a.updated for a in articles), default=EMPTY_FEED_UPDATED)


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
        fe.summary(html.escape(article.summary, quote=False), type="html")
    fe.content(article.body_html, type="html")
    authors = list(article.authors) or [
        article.source.name if article.source else (article.site_name or meta.title)
    ]
    for name in authors:
        fe.author({"name": name})
    if article.editor:
        fe.contributor({"name": article.editor})
    fe.category(term=article.category.slug, label=article.category.name)
    if article.rights:
        fe.rights(article.rights)
        fe.dc.dc_rights(article.rights)
    if article.authors:
        fe.dc.dc_creator(list(article.authors))
    if article.editor:
        fe.dc.dc_contributor(article.editor)
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
    fg.register_extension("feedsvc", _SourceExtension, _SourceEntryExtension)
    fg.id(meta.id)
    fg.title(meta.title)
    fg.subtitle(meta.description)
    fg.description(meta.description)
    fg.link(href=meta.self_url, rel="self", type=FORMATS[fmt].split(";")[0])
    fg.link(href=meta.html_url, rel="alternate", type="text/html")
    fg.language(meta.language)
    fg.generator(meta.generator)
    fg.updated(to_local(feed_updated(articles), meta.zone))
    if meta.ttl is not None:
        fg.ttl(meta.ttl)
    for article in articles:
        _add_entry(fg, meta, article, article_url(article))
    with lock:
        data: bytes = fg.rss_str(pretty=True) if fmt == "rss" else fg.atom_str(pretty=True)
    return data
