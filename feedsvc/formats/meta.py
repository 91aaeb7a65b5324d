"""What describes a feed, whatever its format: FeedMeta, its links, entry authors, image
types and the content types. Used by every serializer; imports no serializer library."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import datetime
from datetime import tzinfo
from typing import Literal

from feedsvc.models import Article
from feedsvc.models import Image

FeedFormat = Literal["rss", "atom"]
FORMATS: dict[str, str] = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
}
#: A fixed "updated" for a feed with no items, so even an empty feed is deterministic.
EMPTY_FEED_UPDATED = datetime.fromisoformat("2025-01-01T00:00:00+08:00")


@dataclass(frozen=True)
class FeedLink:
    """A feed-level link beyond self and alternate: ``hub``, ``prev-archive``, ``current``..."""

    rel: str
    href: str
    type: str | None = None


@dataclass(frozen=True)
class FeedMeta:
    """What describes a feed as a whole; URLs are absolute.

    *links* are written as Atom ``<link>`` and as RSS ``<atom:link>``; *archive* marks an
    RFC 5005 archive document (``<fh:archive/>``).
    """

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
    links: tuple[FeedLink, ...] = ()
    archive: bool = False
    #: RSS ``<ttl>`` in minutes (how long a reader may keep the feed); None leaves it out.
    ttl: int | None = None
    #: The feed's updated / lastBuildDate when it has no items (e.g. the last withdrawal).
    updated: datetime | None = None


def image_type(image: Image) -> str | None:
    """The media type of *image*: as stored, else guessed from its URL's extension."""
    if image.type:
        return image.type
    guessed = mimetypes.guess_type(image.url or "", strict=False)[0]
    return guessed if guessed and guessed.startswith("image/") else None


def entry_authors(meta: FeedMeta, article: Article) -> list[str]:
    """Who an entry names as its authors: the reporters, else the outlet or site."""
    return list(article.authors) or [
        article.source.name if article.source else (article.site_name or meta.title)
    ]


def feed_updated(articles: list[Article], empty: datetime | None = None) -> datetime:
    """The newest change among *articles*: the feed's lastBuildDate / updated; for no
    articles *empty*, else the fixed EMPTY_FEED_UPDATED."""
    return max((a.updated for a in articles), default=empty or EMPTY_FEED_UPDATED)
