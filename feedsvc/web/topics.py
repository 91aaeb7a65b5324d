"""The WebSub topics of a change: which subscription feed URLs show a changed article."""

from __future__ import annotations

from collections.abc import Iterable

from flask import Flask

from feedsvc.config import Settings
from feedsvc.models import Article
from feedsvc.web.feed_request import FORMAT_NAMES
from feedsvc.web.feed_request import FeedRef


def feeds_showing(article: Article) -> list[FeedRef]:
    """The subscription feeds *article* appears in: the site's, its category's, its outlet's."""
    refs = [FeedRef("all"), FeedRef("category", article.category.slug)]
    if article.source:
        refs.append(FeedRef("source", article.source.slug))
    return refs


def changed_feed_urls(app: Flask, articles: Iterable[Article]) -> list[str]:
    """The subscription feed URLs (every format, no query) that show any of *articles*."""
    s: Settings = app.extensions["feedsvc"]["settings"]
    base = s.base_url or ""
    adapter = app.url_map.bind("localhost")
    urls: dict[str, None] = {}
    for article in articles:
        for ref in feeds_showing(article):
            for fmt in FORMAT_NAMES:
                endpoint, values = ref.endpoint_values(fmt)
                urls[base + adapter.build(endpoint, values)] = None
    return list(urls)
