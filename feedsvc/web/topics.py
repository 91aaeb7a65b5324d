"""The WebSub topics of a change: which subscription feed URLs show a changed article."""

from __future__ import annotations

from collections.abc import Iterable

from werkzeug.routing import Map

from feedsvc.models import Article
from feedsvc.web.feed_request import FORMAT_NAMES
from feedsvc.web.feed_request import FeedRef


def feeds_showing(article: Article) -> list[FeedRef]:
    """The subscription feeds *article* appears in: the site's, its category's, its outlet's."""
    refs = [FeedRef("all"), FeedRef("category", article.category.slug)]
    if article.source:
        refs.append(FeedRef("source", article.source.slug))
    return refs


def changed_feed_urls(url_map: Map, base_url: str, articles: Iterable[Article]) -> list[str]:
    """The subscription feed URLs (every format, no query) that show any of *articles*:
    paths from the app's *url_map*, after *base_url* (the topics a hub is told about)."""
    adapter = url_map.bind("localhost")
    urls: dict[str, None] = {}
    for article in articles:
        for ref in feeds_showing(article):
            for fmt in FORMAT_NAMES:
                urls[base_url + adapter.build(*ref.endpoint_values(fmt))] = None
    return list(urls)
