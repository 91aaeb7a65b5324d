"""Which feed a request asks for and with which parameters: FeedRef, FeedParams, the
validation of the query string (InvalidParameter names what is wrong), and the category or
outlet a slug names, also once its last article was withdrawn."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote
from urllib.parse import urlencode

from feedsvc.bounds import parse_int
from feedsvc.errors import CategoryNotFound
from feedsvc.errors import InvalidParameter
from feedsvc.errors import SourceNotFound
from feedsvc.models import SLUG_PATTERN
from feedsvc.models import Category
from feedsvc.models import Source
from feedsvc.names import slugify
from feedsvc.outlets import OUTLETS
from feedsvc.store import Scope
from feedsvc.store import TextFilter
from feedsvc.web.context import store
from feedsvc.web.links import SITE_WIDE
from feedsvc.web.links import EndpointValues

Format = Literal["rss", "atom", "json"]
FORMAT_NAMES: tuple[Format, ...] = ("rss", "atom", "json")
#: Query parameters a feed understands; any other is ignored (tracking tags and the like).
PARAMETERS = ("limit", "q", "filterout")
MAX_QUERY = 200


@dataclass(frozen=True)
class FeedRef:
    """Which feed: the whole site (``all``), a category or an outlet, by slug."""

    kind: Literal["all", "category", "source"]
    slug: str = SITE_WIDE

    def scope(self) -> Scope:
        """The store's selection of the articles this feed shows."""
        if self.kind == "category":
            return Scope(category=self.slug)
        if self.kind == "source":
            return Scope(source=self.slug)
        return Scope()

    def endpoint_values(self, fmt: str) -> EndpointValues:
        """The endpoint and values of this feed's subscription URL in *fmt*."""
        if self.kind == "source":
            return "feeds.source_feed", {"slug": self.slug, "fmt": fmt}
        return "feeds.feed", {"name": self.slug, "fmt": fmt}

    def archive_endpoint_values(self, page: int, fmt: str) -> EndpointValues:
        """The endpoint and values of this feed's archive page *page* in *fmt*."""
        if self.kind == "source":
            return "feeds.source_archive", {"slug": self.slug, "page": page, "fmt": fmt}
        return "feeds.archive", {"name": self.slug, "page": page, "fmt": fmt}


@dataclass(frozen=True)
class FeedParams:
    """A feed request's parameters, validated. ``limit`` is None when not asked for;
    ``page`` is set for an archive page (which takes no other parameter)."""

    limit: int | None = None
    q: str | None = None
    filterout: str | None = None
    page: int | None = None

    @property
    def filtered(self) -> bool:
        """Whether ``q`` or ``filterout`` narrows the feed."""
        return self.q is not None or self.filterout is not None

    def text_filter(self) -> TextFilter:
        """The store's text filter for ``q`` and ``filterout``."""
        return TextFilter(include=_terms(self.q), exclude=_terms(self.filterout))

    def query(self) -> str:
        """The canonical query string (``?limit=10&q=...``), or ``""``."""
        pairs = [(k, str(v)) for k, v in self._items() if v is not None]
        return "?" + urlencode(pairs, quote_via=quote) if pairs else ""

    def label(self) -> str:
        """How a feed's title says it is filtered: ``（含“新闻”，不含“体育”）``, or ``""``."""
        parts = []
        if self.q is not None:
            parts.append("含" + "或".join(f"“{t}”" for t in _terms(self.q)))
        if self.filterout is not None:
            parts.append("不含" + "、".join(f"“{t}”" for t in _terms(self.filterout)))
        return f"（{'，'.join(parts)}）" if parts else ""

    def _items(self) -> Iterable[tuple[str, object]]:
        return (("limit", self.limit), ("q", self.q), ("filterout", self.filterout))


def _terms(value: str | None) -> tuple[str, ...]:
    """``新华社|人民日报`` → two alternatives; blanks dropped."""
    if value is None:
        return ()
    return tuple(t.strip() for t in value.split("|") if t.strip())


def _single_values(args: dict[str, list[str]]) -> dict[str, str]:
    """The known parameters of *args*, each given at most once."""
    values: dict[str, str] = {}
    for name in PARAMETERS:
        given = args.get(name, [])
        if len(given) > 1:
            raise InvalidParameter(name, "give it at most once")
        if given:
            values[name] = given[0]
    return values


def _text(values: dict[str, str], name: str) -> str | None:
    """The search text *name* (``q``, ``filterout``), stripped and checked; None if absent."""
    value = values.get(name)
    if value is None:
        return None
    value = value.strip()
    if not _terms(value):
        raise InvalidParameter(name, "must contain some text to search for")
    if len(value) > MAX_QUERY:
        raise InvalidParameter(name, f"longer than {MAX_QUERY} characters")
    return value


def parse_params(args: dict[str, list[str]], limit_max: int, page: int | None = None) -> FeedParams:
    """Validate a feed request's query (``limit`` up to *limit_max*, clamped); *page* is set
    for an archive page. Raise InvalidParameter (400) naming the problem."""
    values = _single_values(args)
    if page is not None:
        if values:
            raise InvalidParameter(next(iter(values)), "archive pages take no parameters")
        return FeedParams(page=page)
    limit = None
    if "limit" in values:
        text = values["limit"].strip()
        limit = parse_int(text, 1, limit_max, clamp=True)
        if limit is None:
            raise InvalidParameter("limit", f"must be a positive integer, got {text[:20]!r}")
    return FeedParams(limit=limit, q=_text(values, "q"), filterout=_text(values, "filterout"))


def _had_articles(scope: Scope) -> bool:
    """Whether anything was ever written to *scope*: a live article or a tombstone."""
    return store().changed_at(scope) is not None


def category_of(key: str) -> Category:
    """The category *key* names (slug or display name), also when its last article was
    withdrawn: then named as its tombstones remember it (the slug, for older ones).

    :raise CategoryNotFound: no article was ever filed under *key*.
    """
    try:
        return store().category(key)
    except CategoryNotFound:
        if SLUG_PATTERN.match(key) and _had_articles(Scope(category=key)):
            return Category(store().withdrawn_name("category", key) or key, key)
        raise


def source_of(slug: str) -> Source:
    """The outlet *slug* names, also when its last article was withdrawn (then named as its
    tombstones remember it, else as the well-known outlet of that slug, else by the slug).

    :raise SourceNotFound: no article ever came from *slug*.
    """
    try:
        return store().source(slug)
    except SourceNotFound:
        if SLUG_PATTERN.match(slug) and _had_articles(Scope(source=slug)):
            remembered = store().withdrawn_name("source", slug)
            name = remembered or next((n for n in OUTLETS if slugify(n) == slug), slug)
            return Source(name, OUTLETS[name][0] if name in OUTLETS else None, slug)
        raise
