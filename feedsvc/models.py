"""The article model: plain frozen dataclasses, validated on construction. No Flask here."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from dataclasses import fields
from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from pypinyin import Style
from pypinyin import lazy_pinyin

from .errors import InvalidArticle
from .sanitize import clean_html
from .sanitize import clean_text
from .timeutil import is_aware
from .timeutil import parse_stored
from .timeutil import rfc3339

SCHEMA_VERSION = 1
ID_PATTERN = re.compile(r"^[0-9a-f]{16}$")
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
IMAGE_TYPE = re.compile(r"^image/[a-z0-9.+-]+$")
#: Words that stand for "no known author"; never recorded as a person.
NO_AUTHOR = frozenset({"佚名", "未知", "匿名", "无", "不详", "unknown", "anonymous"})
MAX_TITLE = 500
MAX_NAME = 100


def slugify(name: str) -> str:
    """A stable ASCII slug for a Chinese or Latin name: 媒体报道 → ``mei-ti-bao-dao``."""
    words = lazy_pinyin(name, style=Style.NORMAL, errors="default")
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(words).lower()).strip("-")
    if not slug:
        slug = "c-" + hashlib.sha256(name.encode()).hexdigest()[:8]
    return slug[:80].strip("-")


def check_url(value: str | None, name: str) -> str | None:
    """Return *value* if it is an absolute http(s) URL (or empty), else raise InvalidArticle."""
    if not value:
        return None
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidArticle(name, f"must be an absolute http or https URL, got {value!r}")
    return value


def person_names(names: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Clean a list of people: drop blanks, 佚名 and duplicates, keep order."""
    seen: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if name and name.lower() not in NO_AUTHOR and name not in seen:
            if len(name) > MAX_NAME:
                raise InvalidArticle("authors", f"name longer than {MAX_NAME} characters")
            seen.append(name)
    return tuple(seen)


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
        object.__setattr__(self, "name", clean_text(self.name))
        if not self.name:
            raise InvalidArticle("source.name", "must not be empty")
        if len(self.name) > MAX_NAME:
            raise InvalidArticle("source.name", f"longer than {MAX_NAME} characters")
        object.__setattr__(self, "url", check_url(self.url, "source.url"))
        object.__setattr__(self, "slug", self.slug or slugify(self.name))
        if not SLUG_PATTERN.match(self.slug):
            raise InvalidArticle("source.slug", f"not a valid slug: {self.slug!r}")

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
        object.__setattr__(self, "name", clean_text(self.name))
        if not self.name:
            raise InvalidArticle("category", "must not be empty")
        if len(self.name) > MAX_NAME:
            raise InvalidArticle("category", f"longer than {MAX_NAME} characters")
        if not SLUG_PATTERN.match(self.slug):
            raise InvalidArticle("category.slug", f"not a valid slug: {self.slug!r}")


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
        object.__setattr__(self, "url", check_url(self.url, "images.url"))
        object.__setattr__(self, "caption", clean_text(self.caption))
        object.__setattr__(self, "credit", clean_text(self.credit or "") or None)
        if self.type is not None and not IMAGE_TYPE.match(self.type):
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


def _aware(value: datetime, name: str) -> datetime:
    if not isinstance(value, datetime) or not is_aware(value):
        raise InvalidArticle(name, "must be a timezone-aware datetime")
    return value.replace(microsecond=0)


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


@dataclass(frozen=True, kw_only=True)
class ArticleDraft(ArticleContent):
    """What an importer or editor supplies; the store turns it into an Article."""

    category: str
    published: datetime
    #: The page gave a day but no time: ``published`` is 00:00 in the configured zone.
    date_only: bool = False
    updated: datetime | None = None

    def __post_init__(self) -> None:
        title = clean_text(self.title)
        if not title:
            raise InvalidArticle("title", "must not be empty")
        if len(title) > MAX_TITLE:
            raise InvalidArticle("title", f"longer than {MAX_TITLE} characters")
        object.__setattr__(self, "title", title)
        if not clean_text(self.category):
            raise InvalidArticle("category", "must not be empty")
        object.__setattr__(self, "published", _aware(self.published, "published"))
        if self.updated is not None:
            object.__setattr__(self, "updated", _aware(self.updated, "updated"))
        body = clean_html(self.body_html)
        if not clean_text(re.sub(r"<[^>]*>", "", body)) and not self.images:
            raise InvalidArticle("body_html", "must not be empty")
        object.__setattr__(self, "body_html", body)
        object.__setattr__(self, "authors", person_names(self.authors))
        editor = person_names([self.editor] if self.editor else ())
        object.__setattr__(self, "editor", editor[0] if editor else None)
        object.__setattr__(self, "summary", clean_text(self.summary))
        object.__setattr__(self, "original_url", check_url(self.original_url, "original_url"))
        for name in ("site_name", "rights", "subtitle", "original_title"):
            value = getattr(self, name)
            object.__setattr__(self, name, clean_text(value) if value else None)
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
        if not ID_PATTERN.match(self.id):
            raise InvalidArticle("id", f"not a valid article id: {self.id!r}")
        _aware(self.published, "published")
        _aware(self.updated, "updated")

    def content_key(self) -> tuple[Any, ...]:
        """Everything an editor can change, to tell an update from an unchanged re-import."""
        return (
            self.category.name,
            self.published,
            self.date_only,
            *self.content().values(),
        )

    def with_changes(self, **changes: Any) -> Article:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form stored on disk."""
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "guid": self.guid,
            "identity": self.identity,
            "title": self.title,
            "subtitle": self.subtitle,
            "original_title": self.original_title,
            "category": {"name": self.category.name, "slug": self.category.slug},
            "published": rfc3339(self.published),
            "updated": rfc3339(self.updated),
            "source": self.source.to_dict() if self.source else None,
            "authors": list(self.authors),
            "editor": self.editor,
            "summary": self.summary,
            "body_html": self.body_html,
            "images": [i.to_dict() for i in self.images],
            "original_url": self.original_url,
            "site_name": self.site_name,
            "rights": self.rights,
        } | ({"date_only": True} if self.date_only else {})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from its stored JSON form; raise InvalidArticle if malformed."""
        try:
            source = data.get("source")
            return cls(
                id=data["id"],
                guid=data["guid"],
                identity=data["identity"],
                title=clean_text(data["title"]),
                subtitle=data.get("subtitle"),
                original_title=data.get("original_title"),
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
                editor=data.get("editor"),
                summary=clean_text(data.get("summary") or ""),
                body_html=clean_html(data["body_html"]),
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
                original_url=data.get("original_url"),
                site_name=data.get("site_name"),
                rights=data.get("rights"),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidArticle("stored article", f"malformed: {exc!r}") from exc


@dataclass(frozen=True)
class Tombstone:
    """What remains of a withdrawn article: its id, guid and identity stay reserved forever.

    It also remembers where the article stood (publish time, category and outlet slugs), so
    the RFC 5005 archive pages after it keep their positions: a withdrawal empties one slot
    instead of shifting every later page.
    """

    id: str
    guid: str
    identity: str
    withdrawn: datetime
    published: datetime | None = None
    category_slug: str | None = None
    source_slug: str | None = None

    def __post_init__(self) -> None:
        if not ID_PATTERN.match(self.id):
            raise InvalidArticle("id", f"not a valid article id: {self.id!r}")
        _aware(self.withdrawn, "withdrawn")
        if self.published is not None:
            _aware(self.published, "published")

    @classmethod
    def of(cls, article: Article, withdrawn: datetime) -> Tombstone:
        """The tombstone *article* leaves when it is withdrawn at *withdrawn*."""
        return cls(
            id=article.id,
            guid=article.guid,
            identity=article.identity,
            withdrawn=withdrawn,
            published=article.published,
            category_slug=article.category.slug,
            source_slug=article.source.slug if article.source else None,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form stored on disk in place of the article."""
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "guid": self.guid,
            "identity": self.identity,
            "withdrawn": rfc3339(self.withdrawn),
            "published": rfc3339(self.published) if self.published else None,
            "category_slug": self.category_slug,
            "source_slug": self.source_slug,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Tombstone:
        try:
            published = data.get("published")
            return cls(
                id=data["id"],
                guid=data["guid"],
                identity=data["identity"],
                withdrawn=parse_stored(data["withdrawn"]),
                published=parse_stored(published) if published else None,
                category_slug=data.get("category_slug"),
                source_slug=data.get("source_slug"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidArticle("stored tombstone", f"malformed: {exc!r}") from exc


@dataclass(frozen=True)
class ArticleSummary:
    """An index row: enough to list an article without opening its file."""

    id: str
    title: str
    category: Category
    source_name: str | None
    published: datetime
    updated: datetime


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
