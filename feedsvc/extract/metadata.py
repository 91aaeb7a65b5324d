"""Structured metadata: JSON-LD, OpenGraph / article:* and the metas Chinese portals carry."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from bs4 import Tag

from .addresses import join_url
from .addresses import scheme_of
from .addresses import split_url
from .text import TagIndex
from .text import find_tags
from .text import squash

ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenews",
        "blogposting",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "report",
        "webpage",
        "creativework",
    }
)
#: Meta names (lower case) holding the publish time, most trusted first.
TIME_METAS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "og:release_date",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "publishtime",
    "publish_time",
    "firstpublishedtime",
    "ptime",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.created",
    "weibo: article:create_at",
    "apub:time",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",  # a recommendation engine's copy of the publish time
    "dable:published_time",  # another's, as Taiwanese and Korean sites carry it
    "article.published",
    "created",
    "date",
)
SOURCE_METAS = (
    "contentsource",
    "source",
    "og:article:source",
    "article:source",
    "copyfrom",
    "mediaid",
    "media",
)
AUTHOR_METAS = ("author", "article:author", "og:article:author", "dc.creator", "byl", "authors")
SITE_METAS = ("og:site_name", "sitename", "application-name", "apple-mobile-web-app-title")
SECTION_METAS = ("article:section", "columnname", "og:article:section", "catalogs", "category")
URL_METAS = ("og:url", "url", "twitter:url")
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(?P<u>https?://\S+)|url:\s*(?P<s>https?://\S+)")


@dataclass
class Structured:
    """What the page says about itself in machine-readable form."""

    metas: dict[str, list[str]] = field(default_factory=dict)
    headline: str | None = None
    alternative_headline: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    author_orgs: list[str] = field(default_factory=list)
    publisher: str | None = None
    section: str | None = None
    crumbs: list[str] = field(default_factory=list)
    body_text: str | None = None
    url: str | None = None
    images: list[str] = field(default_factory=list)

    def meta(self, *names: str) -> str | None:
        """The first non-empty content among the metas *names*."""
        for name in names:
            for value in self.metas.get(name, []):
                value = squash(value)
                if value:
                    return value
        return None


def _names(value: Any) -> Iterator[tuple[str, bool]]:
    """(name, is_organization) for a JSON-LD author/publisher value."""
    if isinstance(value, str):
        yield value, False
    elif isinstance(value, list):
        for item in value:
            yield from _names(item)
    elif isinstance(value, dict):
        name = value.get("name")
        kind = str(value.get("@type", "")).lower()
        if isinstance(name, str):
            yield name, kind == "organization" or kind.endswith("organization")


def _walk_jsonld(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _walk_jsonld(item)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _walk_jsonld(graph)


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


LD_JSON = re.compile(r"ld\+json", re.I)


def _read_jsonld(index: TagIndex, found: Structured) -> None:
    for script in index.named("script"):
        kind = script.get("type")
        if not isinstance(kind, str) or not LD_JSON.search(kind):
            continue
        raw = script.string or script.get_text()
        try:
            data = json.loads(raw.strip().rstrip(";"))
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except ValueError:
                continue
        for item in _walk_jsonld(data):
            kinds = _types(item)
            if "breadcrumblist" in kinds:
                elements = item.get("itemListElement") or []
                if isinstance(elements, list):
                    for el in elements:
                        if not isinstance(el, dict):
                            continue
                        inner = el.get("item")
                        name = el.get("name") or (
                            inner.get("name") if isinstance(inner, dict) else None
                        )
                        if isinstance(name, str):
                            found.crumbs.append(squash(name))
                continue
            if not kinds & ARTICLE_TYPES:
                continue
            strongest = bool(kinds - {"webpage", "creativework"})
            if found.headline is None or strongest:
                for key, attr in (
                    ("headline", "headline"),
                    ("alternativeHeadline", "alternative_headline"),
                    ("datePublished", "published"),
                    ("articleSection", "section"),
                    ("articleBody", "body_text"),
                    ("url", "url"),
                ):
                    value = item.get(key)
                    if isinstance(value, list) and value and isinstance(value[0], str):
                        value = value[0]
                    if (
                        isinstance(value, str)
                        and value.strip()
                        and (getattr(found, attr) is None or strongest)
                    ):
                        setattr(found, attr, value.strip())
                for name, is_org in _names(item.get("author")):
                    (found.author_orgs if is_org else found.authors).append(squash(name))
                for name, _ in _names(item.get("publisher")):
                    found.publisher = found.publisher or squash(name)
                image = item.get("image")
                for img in image if isinstance(image, list) else [image]:
                    if isinstance(img, str):
                        found.images.append(img)
                    elif isinstance(img, dict) and isinstance(img.get("url"), str):
                        found.images.append(img["url"])


def read_structured(index: TagIndex) -> Structured:
    """Collect metas (by lower-cased name/property/itemprop) and JSON-LD article fields."""
    found = Structured()
    for meta in index.named("meta"):
        key = (
            meta.get("property")
            or meta.get("name")
            or meta.get("itemprop")
            or meta.get("http-equiv")
        )
        content = meta.get("content")
        if isinstance(key, str) and isinstance(content, str):
            found.metas.setdefault(key.strip().lower(), []).append(content)
    every = [t for t in index.tags if t.attrs]  # for the searches by attribute (itemprop=...)
    for tag in every:
        if tag.get("itemprop") == "datePublished" and tag.name != "meta":
            # <abbr class="published" title="2020-03-08T19:15:00+08:00">下午7:15</abbr>: the
            # microformat's machine time in the title, the shown one often a clock alone
            titled = tag.get("title") if tag.name == "abbr" else None
            value = tag.get("datetime") or tag.get("content") or titled or tag.get_text(" ")
            if isinstance(value, str):
                found.metas.setdefault("datepublished", []).append(value)
        elif tag.get("itemprop") == "author" and tag.name != "meta":
            if name := _microdata_name(tag):
                found.metas.setdefault("author", []).append(name)
    for tag in every:
        if tag.name != "time" or tag.get("pubdate") is None:
            continue
        stamp = tag.get("datetime")
        if isinstance(stamp, str):
            found.metas.setdefault("datepublished", []).append(stamp)
    _read_jsonld(index, found)
    return found


#: The itemtype of an article's microdata scope: schema.org/Article, BlogPosting, NewsArticle.
ARTICLE_ITEM = re.compile(r"schema\.org/\w*(?:Article|Posting)\b", re.I)


def _microdata_name(tag: Tag) -> str:
    """The name a microdata author element of the article shows (``<article itemtype=
    "…/Article"><span itemprop="author">Lin Wei</span>``, or its ``itemprop="name"`` child);
    "" for one outside the article's own element (a footer's ``© <span itemprop="author">``),
    a hidden one (a theme's copy for search engines) or one holding more than a name."""
    scope = next((p for p in tag.parents if p.get("itemtype") is not None), None)
    if scope is None or not ARTICLE_ITEM.search(str(scope.get("itemtype"))):
        return ""
    if scope.name in ("body", "html"):
        return ""  # <body itemtype="…/Article">: the scope spans the footer and the sidebar too
    if tag.get("hidden") is not None:
        return ""
    named = next((t for t in find_tags(tag, None, limit=20) if t.get("itemprop") == "name"), None)
    source = named if named is not None else tag
    text = squash(source.get_text(" ")) if source.name != "meta" else ""
    return text if 2 <= len(text) <= 30 else ""


def _canonical(rel: str | list[str] | None) -> bool:
    """Whether a link's rel names it canonical."""
    return bool(rel) and "canonical" in (rel if isinstance(rel, str) else " ".join(rel or []))


def page_url(index: TagIndex, url: str | None, structured: Structured) -> str | None:
    """The page's own address: the one given, else canonical / og:url / "saved from" comments.

    A given address that cannot be read (``http://[host/``, an unclosed IPv6 bracket) is no
    address: the page's own links are tried instead.
    """
    if url and split_url(url) is not None:
        return url
    link = next((t for t in index.named("link") if _canonical(t.get("rel"))), None)
    candidates = []
    if isinstance(link, Tag) and isinstance(link.get("href"), str):
        candidates.append(str(link["href"]))
    meta_url = structured.meta(*URL_METAS)
    if meta_url:
        candidates.append(meta_url)
    if structured.url:
        candidates.append(structured.url)
    for comment in index.comments:
        m = _SAVED_FROM.search(str(comment))
        if m:
            candidates.append(m["u"] or m["s"])
    for candidate in candidates:
        candidate = candidate.strip()
        if candidate.startswith("//"):
            candidate = "https:" + candidate
        parts = split_url(candidate)
        if parts and parts.scheme in ("http", "https") and parts.netloc:
            return candidate
    return None


def base_url(index: TagIndex, url: str | None) -> str | None:
    """The URL relative links resolve against (<base href> applied to the page URL)."""
    base = next((t for t in index.named("base") if t.get("href") is not None), None)
    if isinstance(base, Tag) and isinstance(base.get("href"), str):
        href = str(base["href"]).strip()
        return join_url(url, href) if url else (href if scheme_of(href) else None)
    return url
