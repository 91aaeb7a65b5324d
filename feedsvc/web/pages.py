"""The pages blueprint: the index, category and article pages. Thin: look up in the store,
fill a page context, render its template with validators and security headers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import Blueprint
from flask import Response
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask.typing import ResponseReturnValue
from markupsafe import Markup

from feedsvc.models import ArticleSummary
from feedsvc.models import Category
from feedsvc.store import Scope
from feedsvc.timeutil import display
from feedsvc.web.context import settings
from feedsvc.web.context import store
from feedsvc.web.feed_request import FORMAT_NAMES
from feedsvc.web.feed_request import FeedRef
from feedsvc.web.feed_request import category_of

pages = Blueprint("pages", __name__)

PAGE_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src http: https:; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer-when-downgrade",
}


# -- page contexts: everything a template shows, already formatted -----------------------


@dataclass(frozen=True)
class FeedLinks:
    """A feed's title and its URLs in RSS, Atom and JSON Feed."""

    title: str
    rss: str
    atom: str
    json: str


@dataclass(frozen=True)
class ArticleRow:
    """One article in a list: title, link, local time, category and outlet."""

    title: str
    url: str
    time: str
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
    """What every page shows: title, site name and its autodiscovery feeds."""

    title: str
    site_title: str
    home_url: str
    feeds: FeedLinks
    language: str
    opml: str


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
    time: str
    updated: str | None
    category: str
    category_url: str
    source: str | None
    source_url: str | None
    authors: str | None
    editor: str | None
    original_url: str | None
    body: Markup


def feed_links(ref: FeedRef, title: str) -> FeedLinks:
    """The feed *ref* in every format, for autodiscovery and the listings."""
    urls = {}
    for fmt in FORMAT_NAMES:
        endpoint, values = ref.endpoint_values(fmt)
        urls[fmt] = url_for(endpoint, **values)
    return FeedLinks(title=title, rss=urls["rss"], atom=urls["atom"], json=urls["json"])


def page_frame(title: str, feed: FeedRef, feed_title: str) -> Page:
    """The frame of a page titled *title* whose autodiscovery links point to *feed*."""
    s = settings()
    return Page(
        title=title,
        site_title=s.site_title,
        home_url=url_for("pages.index"),
        feeds=feed_links(feed, feed_title),
        language=s.language,
        opml=url_for("feeds.opml"),
    )


def article_rows(summaries: Iterable[ArticleSummary]) -> list[ArticleRow]:
    """The list rows of *summaries*, times in the configured zone."""
    zone = settings().zone
    return [
        ArticleRow(
            title=s.title,
            url=url_for("pages.article", article_id=s.id),
            time=display(s.published, zone),
            category=s.category.name,
            category_url=url_for("pages.category", slug=s.category.slug),
            source=s.source_name,
        )
        for s in summaries
    ]


def html_response(
    template: str, last_modified: datetime | None, **context: Any
) -> ResponseReturnValue:
    """*template* rendered with *context*: security headers, freshness and validators,
    or a 304 when the request's validators still hold."""
    response = Response(
        render_template(template, **context), content_type="text/html; charset=utf-8"
    )
    response.headers.update(PAGE_SECURITY_HEADERS)
    response.cache_control.public = True
    response.cache_control.max_age = settings().cache_max_age
    if last_modified is not None:
        response.last_modified = last_modified
    response.add_etag()
    return response.make_conditional(request)


def resolve_category(key: str) -> Category:
    """The category *key* names (slug or display name), also once its last article was
    withdrawn (an empty list then); raise CategoryNotFound if it never had one."""
    return category_of(key)


# -- pages --------------------------------------------------------------------------------


@pages.get("/")
def index() -> ResponseReturnValue:
    """The home page: categories, outlets and the newest articles."""
    s = settings()
    categories = [
        ListedFeed(
            name=c.category.name,
            count=c.count,
            feeds=feed_links(FeedRef("category", c.category.slug), c.category.name),
            url=url_for("pages.category", slug=c.category.slug),
        )
        for c in store().categories()
    ]
    listed = store().summaries(None, s.page_limit)
    context = ListPage(
        page=page_frame(s.site_title, FeedRef("all"), s.site_title),
        heading="最新文章",
        articles=article_rows(listed),
        categories=categories,
        sources=[
            ListedFeed(o.source.name, o.count, feed_links(FeedRef("source", o.slug), o.source.name))
            for o in store().sources()
        ],
    )
    return html_response("index.html", store().changed_at(Scope()), ctx=context)


@pages.get("/c/<slug>/")
def category(slug: str) -> ResponseReturnValue:
    """A category's newest articles; a display name redirects to the slug."""
    s = settings()
    cat = resolve_category(slug)
    if cat.slug != slug:
        return redirect(url_for("pages.category", slug=cat.slug), 301)
    listed = store().summaries(cat, s.page_limit)
    context = ListPage(
        page=page_frame(
            f"{cat.name} - {s.site_title}",
            FeedRef("category", cat.slug),
            f"{s.site_title} · {cat.name}",
        ),
        heading=cat.name,
        articles=article_rows(listed),
        categories=[],
        sources=[],
    )
    changed = store().changed_at(Scope(category=cat.slug))
    return html_response("category.html", changed, ctx=context)


@pages.get("/a/<article_id>")
def article(article_id: str) -> ResponseReturnValue:
    """One article; 404 if unknown, 410 if withdrawn."""
    s = settings()
    a = store().get(article_id)
    context = ArticlePage(
        page=page_frame(
            f"{a.title} - {s.site_title}",
            FeedRef("category", a.category.slug),
            f"{s.site_title} · {a.category.name}",
        ),
        title=a.title,
        subtitle=a.subtitle,
        time=display(a.published, s.zone),
        updated=display(a.updated, s.zone) if a.updated != a.published else None,
        category=a.category.name,
        category_url=url_for("pages.category", slug=a.category.slug),
        source=a.source.name if a.source else None,
        source_url=a.source.url if a.source else None,
        authors="、".join(a.authors) or None,
        editor=a.editor,
        original_url=a.original_url,
        body=Markup(a.body_html),  # sanitized by the model's allowlist on the way in
    )
    changed = store().article_changed_at(a.id) or a.updated
    return html_response("article.html", changed, ctx=context)
