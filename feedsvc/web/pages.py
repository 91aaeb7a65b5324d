"""The pages blueprint: the index, category and article pages. Thin: look up in the store,
fill a page context, render its template with validators and security headers."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from datetime import datetime

from flask import Blueprint
from flask import redirect
from flask import render_template
from flask import url_for
from flask.typing import ResponseReturnValue
from markupsafe import Markup
from werkzeug.wrappers import Response as BaseResponse

from feedsvc.formats.meta import EMPTY_FEED_UPDATED
from feedsvc.models import Article
from feedsvc.models import ArticleSummary
from feedsvc.models import Category
from feedsvc.sanitize import drop_empty_paragraphs
from feedsvc.store import Scope
from feedsvc.timeutil import zone_label
from feedsvc.web.assets import asset_url
from feedsvc.web.cache import Body
from feedsvc.web.cache import cached_response
from feedsvc.web.context import feed_cache
from feedsvc.web.context import settings
from feedsvc.web.context import store
from feedsvc.web.feed_request import FORMAT_NAMES
from feedsvc.web.feed_request import FeedRef
from feedsvc.web.feed_request import category_of
from feedsvc.web.page_context import ERROR_HEADINGS
from feedsvc.web.page_context import ERROR_MESSAGES
from feedsvc.web.page_context import ArticlePage
from feedsvc.web.page_context import ArticleRow
from feedsvc.web.page_context import ErrorPage
from feedsvc.web.page_context import FeedLinks
from feedsvc.web.page_context import ListedFeed
from feedsvc.web.page_context import ListPage
from feedsvc.web.page_context import Page
from feedsvc.web.page_context import lead_figures
from feedsvc.web.page_context import stamp

pages = Blueprint("pages", __name__)

PAGE_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src http: https:; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer-when-downgrade",
}


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
        stylesheet=asset_url("site.css"),
        zone_label=zone_label(s.zone),
    )


def error_page(status: int, reason: str, message: str) -> ErrorPage:
    """The error page for *status*: heading and message in the site's language where
    known, else *reason* (the HTTP reason phrase) and the error's *message*."""
    s = settings()
    heading = ERROR_HEADINGS.get(status, reason)
    message = ERROR_MESSAGES.get(status, message)
    return ErrorPage(
        page=page_frame(f"{status} {heading} - {s.site_title}", FeedRef("all"), s.site_title),
        status=status,
        heading=heading,
        message=message,
    )


def article_rows(summaries: Iterable[ArticleSummary]) -> list[ArticleRow]:
    """The list rows of *summaries*, times in the configured zone."""
    zone = settings().zone
    return [
        ArticleRow(
            title=s.title,
            url=url_for("pages.article", article_id=s.id),
            time=stamp(s.published, zone, date_only=s.date_only),
            category=s.category.name,
            category_url=url_for("pages.category", slug=s.category.slug),
            source=s.source_name,
        )
        for s in summaries
    ]


def page_response(
    template: str,
    state: Callable[[], str],
    changed: Callable[[], datetime | None],
    context: Callable[[], object],
) -> BaseResponse:
    """*template* rendered with ``ctx=context()`` through the render cache, as feeds are:
    security headers, freshness and validators, or a 304 when the request's validators
    still hold; rendered only when *state* moves, then answered by the fast path.

    *state* is an index query that changes whenever the page would (it includes the write
    stamp that *changed* returns, the Last-Modified, so that every worker agrees on it).
    """

    def render() -> Body:
        html = render_template(template, ctx=context())
        return Body(
            html.encode("utf-8"),
            "text/html; charset=utf-8",
            changed() or EMPTY_FEED_UPDATED,
            headers=tuple(PAGE_SECURITY_HEADERS.items()),
        )

    return cached_response(feed_cache(), state, render, query="")


def listing_state(scope: Scope) -> str:
    """The state of a list page over *scope*: the last write to it and its newest rows."""
    changed = store().changed_at(scope)
    listed = store().listing_state(scope, settings().page_limit)
    return f"{changed.timestamp() if changed else None}|{listed}"


def resolve_category(key: str) -> Category:
    """The category *key* names (slug or display name), also once its last article was
    withdrawn (an empty list then); raise CategoryNotFound if it never had one."""
    return category_of(key)


# -- pages --------------------------------------------------------------------------------


@pages.get("/")
def index() -> ResponseReturnValue:
    """The home page: categories, outlets and the newest articles.

    Every write moves the site-wide stamp (counts, outlets and newest articles change only
    by writes), so its state is that stamp and the newest rows.
    """
    site = Scope()
    return page_response(
        "index.html", lambda: listing_state(site), lambda: store().changed_at(site), index_context
    )


def index_context() -> ListPage:
    """What the home page shows."""
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
    return context


@pages.get("/c/<slug>/")
def category(slug: str) -> ResponseReturnValue:
    """A category's newest articles; a display name redirects to the slug."""
    cat = resolve_category(slug)
    if cat.slug != slug:
        return redirect(url_for("pages.category", slug=cat.slug), 301)
    scope = Scope(category=cat.slug)
    return page_response(
        "category.html",
        lambda: listing_state(scope),
        lambda: store().changed_at(scope),
        lambda: category_context(cat),
    )


def category_context(cat: Category) -> ListPage:
    """What the page of category *cat* shows."""
    s = settings()
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
    return context


@pages.get("/a/<article_id>/")
def article(article_id: str) -> ResponseReturnValue:
    """One article; 404 if unknown, 410 if withdrawn.

    A folder, like the other pages, so that the static export (``a/<id>/index.html``) opens
    on any static host; the address published before, ``/a/<id>``, is redirected here by
    Werkzeug's routing (308), as static hosts redirect it (301) to the folder.
    """

    def state() -> str:
        changed = store().article_changed_at(article_id)
        if changed is None:  # not indexed: raise 404 / 410, or render once per generation
            store().get(article_id)
            return "unindexed|" + feed_cache().generation().hex()
        return str(changed.timestamp())

    def changed() -> datetime | None:
        return store().article_changed_at(article_id) or store().get(article_id).updated

    return page_response(
        "article.html", state, changed, lambda: article_context(store().get(article_id))
    )


def article_context(a: Article) -> ArticlePage:
    """What the page of article *a* shows."""
    s = settings()
    context = ArticlePage(
        page=page_frame(
            f"{a.title} - {s.site_title}",
            FeedRef("category", a.category.slug),
            f"{s.site_title} · {a.category.name}",
        ),
        title=a.title,
        subtitle=a.subtitle,
        time=stamp(a.published, s.zone, date_only=a.date_only),
        updated=stamp(a.updated, s.zone) if a.updated != a.published else None,
        category=a.category.name,
        category_url=url_for("pages.category", slug=a.category.slug),
        source=a.source.name if a.source else None,
        source_url=a.source.url if a.source else None,
        authors="、".join(a.authors) or None,
        editor=a.editor,
        original_url=a.original_url,
        figures=lead_figures(a.images, a.body_html),
        # sanitized by the model's allowlist on the way in
        body=Markup(drop_empty_paragraphs(a.body_html)),
    )
    return context
