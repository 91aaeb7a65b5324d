"""Feed routes: RSS, Atom and JSON Feed for the site, each category and each outlet, their
RFC 5005 archive pages, and the OPML subscription lists (categories; outlets).

Every feed response is made by ``feed_response(ref, fmt, params)``: the one place that
selects the articles, renders the bytes and sets the validators (Last-Modified, ETag),
cache and WebSub headers. It hands ``render_feed`` (request-independent: bytes and header
facts) to the render cache, which adds the ETag, gzip and the conditional answer. Which feed
and which parameters a request asks for is :mod:`feedsvc.web.feed_request`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import Blueprint
from flask import redirect
from flask import request
from flask import url_for
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response as BaseResponse

from feedsvc.errors import ArchivePageNotFound
from feedsvc.formats.atom_rss import build_feed
from feedsvc.formats.jsonfeed import CONTENT_TYPE as JSON_FEED_TYPE
from feedsvc.formats.jsonfeed import build_json_feed
from feedsvc.formats.meta import EMPTY_FEED_UPDATED
from feedsvc.formats.meta import FORMATS
from feedsvc.formats.meta import FeedLink
from feedsvc.formats.meta import FeedMeta
from feedsvc.formats.meta import feed_updated
from feedsvc.formats.opml import CONTENT_TYPE as OPML_TYPE
from feedsvc.formats.opml import Group
from feedsvc.formats.opml import Subscription
from feedsvc.formats.opml import build_opml
from feedsvc.models import Article
from feedsvc.store import Scope
from feedsvc.web.cache import Body
from feedsvc.web.cache import cached_response
from feedsvc.web.context import feed_cache
from feedsvc.web.context import render_lock
from feedsvc.web.context import settings
from feedsvc.web.context import store
from feedsvc.web.feed_request import FeedParams
from feedsvc.web.feed_request import FeedRef
from feedsvc.web.feed_request import Format
from feedsvc.web.feed_request import category_of
from feedsvc.web.feed_request import parse_params
from feedsvc.web.feed_request import source_of
from feedsvc.web.links import SITE_WIDE
from feedsvc.web.links import EndpointValues
from feedsvc.web.links import external_url

feeds = Blueprint("feeds", __name__)

CONTENT_TYPES: dict[str, str] = {**FORMATS, "json": JSON_FEED_TYPE}
#: Cache lifetime of the newest archive page, which may still gain its next-archive link.
NEWEST_ARCHIVE_MAX_AGE = 3600


# -- what a feed is called and where it lives --------------------------------------------


def _url(endpoint_values: EndpointValues) -> str:
    endpoint, values = endpoint_values
    return external_url(endpoint, **values)


@dataclass(frozen=True)
class About:
    """What a feed is called and where its web page is; *key* ends its tag: id."""

    title: str
    description: str
    html_url: str
    key: str


def about(ref: FeedRef, name: str) -> About:
    """Title, description and page of feed *ref*; *name* is its category's or outlet's."""
    s = settings()
    if ref.kind == "category":
        return About(
            f"{s.site_title} · {name}",
            f"{s.site_title}「{name}」栏目的最新文章",
            external_url("pages.category", slug=ref.slug),
            ref.slug,
        )
    if ref.kind == "source":
        return About(
            f"{s.site_title} · 来源:{name}",
            f"{s.site_title}中来源为{name}的文章",
            external_url("pages.index"),
            f"source/{ref.slug}",
        )
    return About(s.site_title, s.site_description, external_url("pages.index"), SITE_WIDE)


def _name(ref: FeedRef) -> str:
    """The display name of *ref*'s category or outlet ("" for the site), also once its last
    article was withdrawn; 404 if no article was ever filed under it."""
    if ref.kind == "category":
        return category_of(ref.slug).name
    if ref.kind == "source":
        return source_of(ref.slug).name
    return ""


def feed_meta(ref: FeedRef, fmt: Format, params: FeedParams, links: list[FeedLink]) -> FeedMeta:
    """Title, ids and URLs of the feed *ref* in *fmt*; the self link carries the query."""
    s = settings()
    described = about(ref, _name(ref))
    title = described.title + params.label()
    if params.page is not None:
        title = f"{title}(归档第 {params.page} 页)"
        self_url = _url(ref.archive_endpoint_values(params.page, fmt))
    else:
        self_url = _url(ref.endpoint_values(fmt)) + params.query()
    return FeedMeta(
        id=f"tag:{s.tag_authority},{s.tag_date}:feed/{described.key}",
        title=title,
        description=described.description,
        html_url=described.html_url,
        self_url=self_url,
        language=s.language,
        zone=s.zone,
        tag_authority=s.tag_authority,
        tag_date=s.tag_date,
        links=tuple(links),
        archive=params.page is not None,
        # RSS <ttl> follows Cache-Control: max-age; archive pages carry their own lifetime.
        ttl=(s.cache_max_age // 60 or None) if params.page is None else None,
        updated=feed_changed(ref, params),
    )


def _link_type(fmt: Format) -> str:
    return CONTENT_TYPES[fmt].split(";")[0]


def render(meta: FeedMeta, articles: list[Article], fmt: Format) -> bytes:
    """Serialize *articles* as *fmt* (pure but for the URL builder and feedgen's lock)."""

    def article_url(article: Article) -> str:
        return external_url("pages.article", article_id=article.id)

    if fmt == "json":
        return build_json_feed(meta, articles, article_url)
    return build_feed(meta, articles, fmt, article_url, render_lock())


# -- the one feed response function -------------------------------------------------------


def feed_response(ref: FeedRef, fmt: Format, params: FeedParams) -> BaseResponse:
    """The response to this request for feed *ref* in *fmt* with *params*: a 200 with the
    feed, or a 304 when the request's If-None-Match / If-Modified-Since still hold.

    Served through the render cache (feedsvc.web.cache) under the canonical query (``?utm=...``
    adds no entry): rendered once per listing change, then answered by the fast path.

    :raise CategoryNotFound, SourceNotFound, ArchivePageNotFound: 404.
    """
    s, size = settings(), settings().archive_page_size

    def state() -> str:
        # With the Last-Modified in the key, every worker that revalidates agrees on it.
        changed = feed_changed(ref, params).timestamp()
        if params.page is not None:
            return f"{store().listing_state(ref.scope(), size, page=params.page)}|{changed}"
        limit = params.limit or s.feed_limit
        return f"{store().listing_state(ref.scope(), limit, params.text_filter())}|{changed}"

    query = params.query().removeprefix("?")
    return cached_response(feed_cache(), state, lambda: render_feed(ref, fmt, params), query)


def feed_changed(ref: FeedRef, params: FeedParams) -> datetime:
    """The Last-Modified of feed *ref*: the last write to its scope, or for an archive page
    the last change that can have altered that page (feedsvc.changes). Never the items'
    dates: a back-dated article or a withdrawal does not move those forward."""
    if params.page is not None:
        size = settings().archive_page_size
        changed = store().archive_changed_at(ref.scope(), params.page, size)
    else:
        changed = store().changed_at(ref.scope())
    return changed or EMPTY_FEED_UPDATED


def _subscription_links(
    ref: FeedRef, fmt: Format, params: FeedParams, limit: int, total: int
) -> list[FeedLink]:
    """The hub, and the newest archive page if walking back from here reaches every article:
    only if this feed holds the whole open tail (after the last full page), unfiltered."""
    s = settings()
    pages = total // s.archive_page_size
    links: list[FeedLink] = []
    if s.websub_hub:
        links.append(FeedLink("hub", s.websub_hub))
    if pages and not params.filtered and limit >= total - pages * s.archive_page_size:
        links.append(FeedLink("prev-archive", _archive_url(ref, pages, fmt), _link_type(fmt)))
    return links


def _archive_links(ref: FeedRef, fmt: Format, page: int, pages: int) -> list[FeedLink]:
    """RFC 5005 links of archive page *page* of *pages*: current, prev- and next-archive."""
    kind = _link_type(fmt)
    links = [FeedLink("current", _url(ref.endpoint_values(fmt)), kind)]
    if page > 1:
        links.append(FeedLink("prev-archive", _archive_url(ref, page - 1, fmt), kind))
    if page < pages:
        links.append(FeedLink("next-archive", _archive_url(ref, page + 1, fmt), kind))
    return links


def _archive_cache_control(page: int, pages: int) -> str:
    """Entries of an archive page never change. The newest page alone gains one link
    (next-archive) when the following page fills up, so only it is revalidated soon."""
    max_age = settings().archive_max_age
    if page < pages:
        return f"public, max-age={max_age}, immutable"
    return f"public, max-age={min(max_age, NEWEST_ARCHIVE_MAX_AGE)}"


def render_feed(ref: FeedRef, fmt: Format, params: FeedParams) -> Body:
    """Feed *ref* in *fmt* with *params*, whatever the request's conditional headers: the
    bytes and what the cache makes the headers of (Last-Modified, Link, Cache-Control).

    Depends only on its arguments, the store's contents (``store.generation()``) and, when
    FEEDSVC_BASE_URL is unset, the request's host and scheme (the absolute links).

    A subscription feed holds the newest ``limit`` articles passing ``q``/``filterout``;
    an archive page (``params.page``) holds a fixed slice counted from the oldest article.
    """
    s = settings()
    scope = ref.scope()
    size = s.archive_page_size
    total = store().archive_slots(scope)
    pages = total // size
    cache_control = None
    if params.page is None:
        limit = params.limit or s.feed_limit
        articles = store().select(scope, limit, params.text_filter())
        links = _subscription_links(ref, fmt, params, limit, total)
    else:
        if not 1 <= params.page <= pages:
            raise ArchivePageNotFound(ref.slug, params.page, pages)
        articles = store().archive_page(scope, params.page, size)
        links = _archive_links(ref, fmt, params.page, pages)
        cache_control = _archive_cache_control(params.page, pages)
    meta = feed_meta(ref, fmt, params, links)
    header_links = [f'<{meta.self_url}>; rel="self"']
    if s.websub_hub and params.page is None:
        header_links.insert(0, f'<{s.websub_hub}>; rel="hub"')
    return Body(
        render(meta, articles, fmt),
        CONTENT_TYPES[fmt],
        feed_changed(ref, params),
        cache_control=cache_control,
        headers=(("Link", ", ".join(header_links)),),
    )


def _archive_url(ref: FeedRef, page: int, fmt: str) -> str:
    return _url(ref.archive_endpoint_values(page, fmt))


def _params(page: int | None = None) -> FeedParams:
    """This request's feed parameters, validated (see :func:`parse_params`)."""
    args = {name: request.args.getlist(name) for name in request.args}
    return parse_params(args, settings().feed_limit_max, page)


def _canonical_category(name: str) -> str | None:
    """The slug to redirect to when *name* is a category's display name, else None."""
    if name == SITE_WIDE:
        return None
    category = category_of(name)
    return category.slug if category.slug != name else None


def _redirect(endpoint: str, **values: Any) -> ResponseReturnValue:
    query = request.query_string.decode("ascii", "replace")
    return redirect(url_for(endpoint, **values) + (f"?{query}" if query else ""), 301)


# -- routes -------------------------------------------------------------------------------


@feeds.get("/feeds/<name>.<any(rss, atom, json):fmt>")
def feed(name: str, fmt: Format) -> ResponseReturnValue:
    slug = _canonical_category(name)
    if slug is not None:
        return _redirect("feeds.feed", name=slug, fmt=fmt)
    ref = FeedRef("all") if name == SITE_WIDE else FeedRef("category", name)
    return feed_response(ref, fmt, _params())


@feeds.get("/feeds/source/<slug>.<any(rss, atom, json):fmt>")
def source_feed(slug: str, fmt: Format) -> ResponseReturnValue:
    source_of(slug)
    return feed_response(FeedRef("source", slug), fmt, _params())


@feeds.get("/feeds/<name>/archive/<int:page>.<any(rss, atom, json):fmt>")
def archive(name: str, page: int, fmt: Format) -> ResponseReturnValue:
    slug = _canonical_category(name)
    if slug is not None:
        return _redirect("feeds.archive", name=slug, page=page, fmt=fmt)
    ref = FeedRef("all") if name == SITE_WIDE else FeedRef("category", name)
    return feed_response(ref, fmt, _params(page))


@feeds.get("/feeds/source/<slug>/archive/<int:page>.<any(rss, atom, json):fmt>")
def source_archive(slug: str, page: int, fmt: Format) -> ResponseReturnValue:
    source_of(slug)
    return feed_response(FeedRef("source", slug), fmt, _params(page))


def _subscription(ref: FeedRef, name: str) -> Subscription:
    """The RSS feed *ref* (a category or outlet named *name*) as an OPML outline."""
    described = about(ref, name)
    return Subscription(described.title, _url(ref.endpoint_values("rss")), described.html_url)


def _opml_body(title: str, group: Group) -> Body:
    """The OPML 2.0 list of *group*: dated by the newest article, Last-Modified by the last
    write (every write can add, rename or empty a category or outlet)."""
    s = settings()
    changed = store().changed_at(Scope()) or EMPTY_FEED_UPDATED
    data = build_opml(
        title,
        external_url("pages.index"),
        feed_updated(store().select(Scope(), 1)),
        [group],
        s.language,
    )
    return Body(data, OPML_TYPE, changed)


def _opml_state() -> str:
    changed = store().changed_at(Scope())
    return str(changed.timestamp() if changed else None)


def category_subscriptions() -> Body:
    """The subscription list /feeds.opml offers: every category's RSS feed.

    Every article is in exactly one category, so together they hold each story once, sorted
    by section; the site feed (the same stories again) and the outlet feeds (a second cut
    through them) are left out: readers that key items by guid across feeds, like newsboat,
    would show most of them empty, and readers that do not would show each story twice.
    """
    s = settings()
    categories = tuple(
        _subscription(FeedRef("category", c.category.slug), c.category.name)
        for c in store().categories()
    )
    return _opml_body(f"{s.site_title} 栏目订阅", Group(s.site_title, categories))


def source_subscriptions() -> Body:
    """The outlet feeds' subscription list (/feeds/sources.opml), kept apart from the
    categories because each of their stories is also in a category feed."""
    s = settings()
    sources = tuple(
        _subscription(FeedRef("source", o.slug), o.source.name) for o in store().sources()
    )
    return _opml_body(f"{s.site_title} 来源订阅", Group(f"{s.site_title} · 来源", sources))


@feeds.get("/feeds.opml")
def opml() -> ResponseReturnValue:
    """The categories' RSS feeds as one OPML subscription list: each story once."""
    return cached_response(feed_cache(), _opml_state, category_subscriptions, "")


@feeds.get("/feeds/sources.opml")
def sources_opml() -> ResponseReturnValue:
    """The outlets' RSS feeds as a separate OPML subscription list."""
    return cached_response(feed_cache(), _opml_state, source_subscriptions, "")
