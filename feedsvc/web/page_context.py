"""Page contexts: everything a page template shows, already formatted (dates in the
configured zone, figures, feed links), as small frozen dataclasses. No Flask here."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from datetime import tzinfo

from markupsafe import Markup

from feedsvc.models import Image
from feedsvc.timeutil import human_date
from feedsvc.timeutil import human_time
from feedsvc.timeutil import rfc3339
from feedsvc.timeutil import to_local

# -- page contexts: everything a template shows, already formatted -----------------------


@dataclass(frozen=True)
class FeedLinks:
    """A feed's title and its URLs in RSS, Atom and JSON Feed."""

    title: str
    rss: str
    atom: str
    json: str


@dataclass(frozen=True)
class Stamp:
    """A time as pages show it: ``text`` for readers (2025年7月28日 09:30) and ``iso`` for
    ``<time datetime>`` (2025-07-28T09:30:57+08:00, or 2025-07-28 when only the day is known)."""

    text: str
    iso: str


@dataclass(frozen=True)
class Figure:
    """A photo shown on the article page: its URL, caption and credit."""

    url: str
    caption: str
    credit: str | None


@dataclass(frozen=True)
class ArticleRow:
    """One article in a list: title, link, local time, category and outlet."""

    title: str
    url: str
    time: Stamp
    category: str
    category_url: str
    source: str | None


@dataclass(frozen=True)
class ListedFeed:
    """A category or outlet in the index: its name, article count, feeds and page (if any)."""

    name: str
    count: int
    feeds: FeedLinks
    url: str | None = None


@dataclass(frozen=True)
class Page:
    """What every page shows: title, site name, its autodiscovery feeds, the stylesheet's
    URL and the name of the zone its times are in (北京时间)."""

    title: str
    site_title: str
    home_url: str
    feeds: FeedLinks
    language: str
    opml: str
    stylesheet: str
    zone_label: str


@dataclass(frozen=True)
class ListPage:
    """The index and category pages: a heading, articles, and the feeds to list."""

    page: Page
    heading: str
    articles: list[ArticleRow]
    categories: list[ListedFeed]
    sources: list[ListedFeed]


@dataclass(frozen=True)
class ArticlePage:
    """An article page: the article's fields, formatted, and its sanitized body."""

    page: Page
    title: str
    subtitle: str | None
    time: Stamp
    updated: Stamp | None
    category: str
    category_url: str
    source: str | None
    source_url: str | None
    authors: str | None
    editor: str | None
    original_url: str | None
    figures: list[Figure]
    body: Markup


@dataclass(frozen=True)
class ErrorPage:
    """An error page in the site's language and frame: status, heading and explanation."""

    page: Page
    status: int
    heading: str
    message: str


#: Error page headings in the site's language; other statuses keep the HTTP reason phrase.
ERROR_HEADINGS = {
    400: "请求有误",
    404: "页面不存在",
    405: "不支持的请求方法",
    410: "文章已撤回",
    500: "服务器出错",
    503: "服务暂不可用",
}
#: What readers are told on the pages they meet most; other statuses keep the error's own
#: message, which names what went wrong (the article id of a damaged file...).
ERROR_MESSAGES = {
    404: "没有找到这个页面:地址可能有误,或者文章、栏目不存在。",
    410: "这篇文章已经撤回,不再提供。",
}


def stamp(value: datetime, zone: tzinfo, *, date_only: bool = False) -> Stamp:
    """*value* in *zone* for a page. *date_only* shows the day alone, for a time whose day is
    known but not its hour (an article the page dated without a time)."""
    local = to_local(value, zone)
    if date_only:
        return Stamp(human_date(local, zone), local.date().isoformat())
    return Stamp(human_time(local, zone), rfc3339(local))


def lead_figures(images: Iterable[Image], body_html: str) -> list[Figure]:
    """The article's images that its body does not already show (images given through the
    API beside the body), as the feeds carry them: media:content and attachments."""
    return [
        Figure(image.url, image.caption, image.credit)
        for image in images
        if image.url and image.url not in body_html and html.escape(image.url) not in body_html
    ]
