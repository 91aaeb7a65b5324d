"""Serialize articles as JSON Feed 1.1 bytes (https://www.jsonfeed.org/version/1.1/).

Pure: articles and a FeedMeta in, bytes out. Item ids are the same tag: URIs as the RSS
``guid`` and Atom ``id``; dates are RFC 3339 in the feed's zone. Reprint attribution that
JSON Feed has no field for (outlet, editor, original URL, rights) goes in the ``_attribution``
extension object of each item.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from feedsvc.formats.meta import FeedMeta
from feedsvc.formats.meta import entry_authors
from feedsvc.formats.meta import image_type
from feedsvc.models import Article
from feedsvc.timeutil import rfc3339
from feedsvc.timeutil import to_local

VERSION = "https://jsonfeed.org/version/1.1"
CONTENT_TYPE = "application/feed+json; charset=utf-8"


def _attribution(article: Article) -> dict[str, Any]:
    """The reprint attribution JSON Feed has no field for (``_attribution``)."""
    data: dict[str, Any] = {}
    if article.source:
        data["source"] = {"name": article.source.name}
        if article.source.url:
            data["source"]["url"] = article.source.url
    if article.editor:
        data["editor"] = article.editor
    if article.original_url:
        data["original_url"] = article.original_url
    if article.site_name:
        data["site_name"] = article.site_name
    if article.rights:
        data["rights"] = article.rights
    return data


def _item(meta: FeedMeta, article: Article, url: str) -> dict[str, Any]:
    """One JSON Feed item for *article*, published at *url*."""
    item: dict[str, Any] = {
        "id": article.guid,
        "url": url,
        "title": article.title,
        "content_html": article.body_html,
    }
    if article.original_url:
        item["external_url"] = article.original_url
    if article.summary:
        item["summary"] = article.summary
    images = [i for i in article.images if i.url]
    if images:
        item["image"] = images[0].url
    item["date_published"] = rfc3339(to_local(article.published, meta.zone))
    item["date_modified"] = rfc3339(to_local(article.updated, meta.zone))
    item["authors"] = [{"name": name} for name in entry_authors(meta, article)]
    item["tags"] = [article.category.name]
    item["language"] = meta.language
    attachments = []
    for image in images:
        kind = image_type(image)
        if kind is None:
            continue
        attachment: dict[str, Any] = {"url": image.url, "mime_type": kind}
        if image.caption:
            attachment["title"] = image.caption
        if image.length is not None:
            attachment["size_in_bytes"] = image.length
        attachments.append(attachment)
    if attachments:
        item["attachments"] = attachments
    attribution = _attribution(article)
    if attribution:
        item["_attribution"] = attribution
    return item


def build_json_feed(
    meta: FeedMeta, articles: list[Article], article_url: Callable[[Article], str]
) -> bytes:
    """Serialize *articles* (already newest first) as JSON Feed 1.1; same input → same bytes.

    ``hub`` links of *meta* become ``hubs``; a ``prev-archive`` link (older articles)
    becomes ``next_url``, JSON Feed's way to page back.
    """
    feed: dict[str, Any] = {
        "version": VERSION,
        "title": meta.title,
        "home_page_url": meta.html_url,
        "feed_url": meta.self_url,
        "description": meta.description,
        "language": meta.language,
    }
    older = [link.href for link in meta.links if link.rel == "prev-archive"]
    if older and older[0] != meta.self_url:
        feed["next_url"] = older[0]
    hubs = [{"type": "WebSub", "url": link.href} for link in meta.links if link.rel == "hub"]
    if hubs:
        feed["hubs"] = hubs
    feed["items"] = [_item(meta, a, article_url(a)) for a in articles]
    return json.dumps(feed, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
