"""The article model: plain frozen dataclasses, validated on construction. No Flask here."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from dataclasses import fields
from datetime import datetime
from typing import Any
from typing import Protocol

from .errors import InvalidArticle
from .names import MAX_NAME
from .names import person_names
from .names import slugify
from .sanitize import clean_html
from .sanitize import clean_label
from .sanitize import clean_text
from .sanitize import strip_illegal
from .timeutil import is_aware
from .timeutil import parse_stored
from .timeutil import rfc3339
from .urls import normalize_url

SCHEMA_VERSION = 1
ID_PATTERN = re.compile(r"^[0-9a-f]{16}$")
#: The identifiers every stored file carries, an article's or a tombstone's.
STORED_IDS = ("id", "guid", "identity")
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
IMAGE_TYPE = re.compile(r"image/[a-z0-9.+-]+")
MAX_TITLE = 500


@dataclass(frozen=True)
class Source:
    """The outlet an article comes from (来源), e.g. 新华社, and the slug of its feed.

    The slug defaults to ``slugify(name)``; the store gives an outlet whose name slugs like
    another outlet's a free one (``-2``...), as it does for categories.
    """

    name: str
    url: str | None = None
    slug: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _label(self.name, "source.name"))
        object.__setattr__(self, "url", normalize_url(self.url, "source.url"))
        object.__setattr__(self, "slug", self.slug or slugify(self.name))
        _check_slug(self.slug, "source.slug")

    def to_dict(self) -> dict[str, Any]:
        """The stored form; the slug only when it is not the default (older files lack it)."""
        data: dict[str, Any] = {"name": self.name, "url": self.url}
        if self.slug != slugify(self.name):
            data["slug"] = self.slug
        return data


@dataclass(frozen=True)
class Category:
    """A section of the site: display name (媒体报道) and stable ASCII slug."""

    name: str
    slug: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _label(self.name, "category"))
        _check_slug(self.slug, "category.slug")

    def to_dict(self) -> dict[str, Any]:
        """The stored and API form: name and slug."""
        return {"name": self.name, "slug": self.slug}


@dataclass(frozen=True)
class Image:
    """A photo of the article: its URL when known, caption and credit (新华社记者 王晔 摄),
    and, when known, its media type and size in bytes."""

    url: str | None = None
    caption: str = ""
    credit: str | None = None
    type: str | None = None
    length: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "url", normalize_url(self.url, "images.url"))
        object.__setattr__(self, "caption", clean_label(self.caption))
        object.__setattr__(self, "credit", clean_label(self.credit or "") or None)
        if self.type is not None and not IMAGE_TYPE.fullmatch(self.type):
            raise InvalidArticle("images.type", f"not an image media type: {self.type!r}")
        if self.length is not None and (
            not isinstance(self.length, int) or isinstance(self.length, bool) or self.length < 0
        ):
            raise InvalidArticle("images.length", "must be a non-negative integer")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"url": self.url, "caption": self.caption, "credit": self.credit}
        if self.type is not None:
            data["type"] = self.type
        if self.length is not None:
            data["length"] = self.length
        return data


def _label(value: str, name: str, limit: int | None = MAX_NAME) -> str:
    """*value* as a clean single-line label; raise InvalidArticle (for field *name*) when
    nothing is left of it or it is longer than *limit* characters."""
    label = clean_label(value)
    if not label:
        raise InvalidArticle(name, "must not be empty")
    if limit is not None and len(label) > limit:
        raise InvalidArticle(name, f"longer than {limit} characters")
    return label


def _check_slug(slug: str, name: str) -> None:
    """Raise InvalidArticle (for field *name*) unless *slug* is a valid slug."""
    if not SLUG_PATTERN.match(slug):
        raise InvalidArticle(name, f"not a valid slug: {slug!r}")


def _optional_text(value: str | None) -> str | None:
    """*value* as a clean single-line label, None when nothing is left of it."""
    return clean_label(value or "") or None


class Identified(Protocol):
    """A stored entry's identifiers: an article's or a withdrawn article's tombstone's."""

    @property
    def id(self) -> str: ...
    @property
    def guid(self) -> str: ...
    @property
    def identity(self) -> str: ...


def require_aware(value: datetime, name: str) -> datetime:
    if not isinstance(value, datetime) or not is_aware(value):
        raise InvalidArticle(name, "must be a timezone-aware datetime")
    return value.replace(microsecond=0)


def check_id(article_id: str) -> None:
    """Raise InvalidArticle unless *article_id* is 16 hex digits."""
    if not ID_PATTERN.match(article_id):
        raise InvalidArticle("id", f"not a valid article id: {article_id!r}")


def stored_head(entry: Identified) -> dict[str, Any]:
    """What every stored file starts with: the schema version and the entry's identifiers."""
    return {"schema": SCHEMA_VERSION, **{name: getattr(entry, name) for name in STORED_IDS}}


def stored_ids(data: dict[str, Any]) -> dict[str, Any]:
    """The identifiers read back from a stored file (KeyError when one is missing)."""
    return {name: data[name] for name in STORED_IDS}


@dataclass(frozen=True, kw_only=True)
class ArticleContent:
    """The fields an editor writes, shared by a draft and a stored article."""

    title: str
    body_html: str
    source: Source | None = None
    authors: tuple[str, ...] = ()
    editor: str | None = None
    summary: str = ""
    images: tuple[Image, ...] = ()
    original_url: str | None = None
    site_name: str | None = None
    rights: str | None = None
    subtitle: str | None = None
    original_title: str | None = None

    def content(self) -> dict[str, Any]:
        """These fields by name (not deep-copied), to carry them into another article."""
        return {f.name: getattr(self, f.name) for f in fields(ArticleContent)}

    def content_json(self, **placed: Any) -> dict[str, Any]:
        """These fields as JSON, *placed* (category, times...) after the titles: the article's
        one JSON shape, which the stored form, the API and ``flask extract`` build on."""
        source = self.source
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "original_title": self.original_title,
            **placed,
            "source": {"name": source.name, "url": source.url} if source else None,
            "authors": list(self.authors),
            "editor": self.editor,
            "summary": self.summary,
            "body_html": self.body_html,
            "images": [i.to_dict() for i in self.images],
            "original_url": self.original_url,
            "site_name": self.site_name,
            "rights": self.rights,
        }


@dataclass(frozen=True, kw_only=True)
class ArticleDraft(ArticleContent):
    """What an importer or editor supplies; the store turns it into an Article."""

    category: str
    published: datetime
    #: The page gave a day but no time: ``published`` is 00:00 in the configured zone.
    date_only: bool = False
    updated: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", _label(self.title, "title", MAX_TITLE))
        object.__setattr__(self, "category", _label(self.category, "category", None))
        object.__setattr__(self, "published", require_aware(self.published, "published"))
        if self.updated is not None:
            object.__setattr__(self, "updated", require_aware(self.updated, "updated"))
        body = clean_html(self.body_html)
        if not clean_text(re.sub(r"<[^>]*>", "", body)) and not self.images:
            raise InvalidArticle("body_html", "must not be empty")
        object.__setattr__(self, "body_html", body)
        object.__setattr__(self, "authors", person_names(self.authors))
        editor = person_names([self.editor] if self.editor else ())
        object.__setattr__(self, "editor", editor[0] if editor else None)
        object.__setattr__(self, "summary", clean_text(self.summary))
        object.__setattr__(self, "original_url", normalize_url(self.original_url, "original_url"))
        for name in ("site_name", "rights", "subtitle", "original_title"):
            object.__setattr__(self, name, _optional_text(getattr(self, name)))
        object.__setattr__(self, "images", tuple(self.images))

    def identity(self) -> str:
        """What makes two imports the same article: the original URL, else title and time."""
        if self.original_url:
            return "url:" + self.original_url
        return f"doc:{self.site_name or ''}|{self.title}|{rfc3339(self.published)}"


def article_id(identity: str) -> str:
    """The permanent id of the article with this identity (16 hex digits)."""
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, kw_only=True)
class Article(ArticleContent):
    """A stored article. ``id`` and ``guid`` never change once assigned."""

    id: str
    guid: str
    identity: str
    category: Category
    published: datetime
    updated: datetime
    date_only: bool = False  # stored only when true: files without it are unchanged

    def __post_init__(self) -> None:
        check_id(self.id)
        require_aware(self.published, "published")
        require_aware(self.updated, "updated")

    def content_key(self) -> tuple[Any, ...]:
        """Everything an editor can change, to tell an update from an unchanged re-import."""
        return (self.category.name, self.published, self.date_only, *self.content().values())

    def to_dict(self) -> dict[str, Any]:
        """The JSON form stored on disk (the outlet with its slug when that is not the default)."""
        return {
            **stored_head(self),
            **self.content_json(
                category=self.category.to_dict(),
                published=rfc3339(self.published),
                updated=rfc3339(self.updated),
            ),
            "source": self.source.to_dict() if self.source else None,
        } | ({"date_only": True} if self.date_only else {})

    @classmethod
    def from_stored(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from the JSON form the store wrote; raise InvalidArticle if malformed.

        Trusted: the body was sanitized when its draft was built, so it is not sanitized
        again (that would cost every read what one write cost). Only the store calls this.
        The cheap checks still run: text fields, names and URLs are normalized, and
        characters XML cannot carry are stripped from the body.
        """
        try:
            source = data.get("source")
            return cls(
                **stored_ids(data),
                title=clean_label(data["title"]),
                subtitle=_optional_text(data.get("subtitle")),
                original_title=_optional_text(data.get("original_title")),
                category=Category(data["category"]["name"], data["category"]["slug"]),
                published=parse_stored(data["published"]),
                updated=parse_stored(data["updated"]),
                date_only=data.get("date_only") is True,
                source=(
                    Source(source["name"], source.get("url"), source.get("slug") or "")
                    if source
                    else None
                ),
                authors=person_names(data.get("authors") or ()),
                editor=_optional_text(data.get("editor")),
                summary=clean_text(data.get("summary") or ""),
                body_html=strip_illegal(data["body_html"]),
                images=tuple(
                    Image(
                        i.get("url"),
                        i.get("caption", ""),
                        i.get("credit"),
                        i.get("type"),
                        i.get("length"),
                    )
                    for i in data.get("images") or ()
                ),
                original_url=normalize_url(data.get("original_url"), "original_url"),
                site_name=_optional_text(data.get("site_name")),
                rights=_optional_text(data.get("rights")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidArticle("stored article", f"malformed: {exc!r}") from exc


@dataclass(frozen=True)
class ArticleSummary:
    """An index row: enough to list an article without opening its file."""

    id: str
    title: str
    category: Category
    source_name: str | None
    published: datetime
    updated: datetime
    date_only: bool = False


@dataclass(frozen=True)
class CategoryCount:
    category: Category
    count: int
    newest: datetime


@dataclass(frozen=True)
class SourceCount:
    source: Source
    slug: str
    count: int
    newest: datetime
