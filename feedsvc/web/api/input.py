"""Turn the JSON an editor sends into an ArticleDraft, naming the field of every problem.

No Flask here: the API module hands over parsed JSON and gets a draft or InvalidArticle.
"""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from datetime import datetime
from datetime import timedelta
from datetime import tzinfo
from typing import Any

from ...errors import InvalidArticle
from ...models import MAX_TITLE
from ...models import Article
from ...models import ArticleDraft
from ...models import Image
from ...models import Source
from ...names import MAX_NAME
from ...timeutil import ensure_aware
from ...timeutil import rfc3339

MAX_BODY = 1_000_000
MAX_SUMMARY = 2_000
MAX_TEXT = 500
MAX_URL = 2_000
MAX_IMAGES = 50
MAX_AUTHORS = 20
MAX_CAPTION = 1_000
#: How far ahead of the clock a publish time may lie (feed validators flag later ones).
MAX_FUTURE = timedelta(days=1)
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100

#: Fields an editor writes, with their longest length (None: a structure, checked apart).
WRITABLE: dict[str, int | None] = {
    "title": MAX_TITLE,
    "subtitle": MAX_TEXT,
    "original_title": MAX_TEXT,
    "category": None,
    "published": None,
    "body_html": MAX_BODY,
    "summary": MAX_SUMMARY,
    "source": None,
    "authors": None,
    "editor": MAX_NAME,
    "images": None,
    "original_url": MAX_URL,
    "site_name": MAX_TEXT,
    "rights": MAX_TEXT,
}
REQUIRED = ("title", "category", "published", "body_html")
#: Fields the server sets; accepted in a request (so GET → edit → PUT works) and ignored.
READ_ONLY = frozenset({"id", "guid", "updated", "url", "html_url", "date_only"})


def _string(value: Any, name: str, limit: int, *, optional: bool = True) -> str | None:
    """*value* as a string of at most *limit* characters (None if optional and null)."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise InvalidArticle(name, "must be a string" + (" or null" if optional else ""))
    if len(value) > limit:
        raise InvalidArticle(name, f"longer than {limit} characters")
    return value


def _object(value: Any, name: str, allowed: frozenset[str]) -> Mapping[str, Any]:
    """*value* as a JSON object with only *allowed* members."""
    if not isinstance(value, dict):
        raise InvalidArticle(name, "must be an object")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise InvalidArticle(f"{name}.{unknown[0]}", "unknown field")
    return value


def parse_time(value: Any, name: str, zone: tzinfo, now: datetime) -> datetime:
    """An RFC 3339 / ISO 8601 or RFC 822 time; a time without zone is read in *zone*."""
    text = _string(value, name, 64, optional=False)
    assert text is not None
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (ValueError, TypeError, IndexError, OverflowError):
            raise InvalidArticle(
                name, "not a date-time such as 2025-07-28T09:30:57+08:00"
            ) from None
    if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        raise InvalidArticle(name, f"year must lie between {EARLIEST_YEAR} and {LATEST_YEAR}")
    aware = ensure_aware(parsed, zone)
    if aware > now + MAX_FUTURE:
        raise InvalidArticle(name, "lies more than a day in the future")
    return aware


def _category(value: Any) -> str:
    """The category's name, sent as a name or as a {name, slug} object."""
    if isinstance(value, dict):
        value = _object(value, "category", frozenset({"name", "slug"})).get("name")
    name = _string(value, "category", MAX_NAME, optional=False)
    assert name is not None
    return name


def _source(value: Any) -> Source | None:
    """The outlet, sent as a name or as a {name, url} object, or None."""
    if value is None:
        return None
    if isinstance(value, str):
        value = {"name": value}
    data = _object(value, "source", frozenset({"name", "url"}))
    name = _string(data.get("name"), "source.name", MAX_NAME, optional=False)
    url = _string(data.get("url"), "source.url", MAX_URL)
    assert name is not None
    return Source(name, url)


def _list(value: Any, name: str, items: str, most: int) -> list[Any]:
    """The list member *name* (empty when absent), of at most *most* *items*."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidArticle(name, f"must be a list of {items}")
    if len(value) > most:
        raise InvalidArticle(name, f"more than {most} {items}")
    return value


def _authors(value: Any) -> tuple[str, ...]:
    """The list of author names."""
    names = _list(value, "authors", "names", MAX_AUTHORS)
    return tuple(_string(v, "authors", MAX_NAME, optional=False) or "" for v in names)


def _images(value: Any) -> tuple[Image, ...]:
    """The list of images, each {url, caption, credit}."""
    images = []
    for n, item in enumerate(_list(value, "images", "images", MAX_IMAGES)):
        data = _object(item, f"images[{n}]", frozenset({"url", "caption", "credit"}))
        images.append(
            Image(
                url=_string(data.get("url"), f"images[{n}].url", MAX_URL),
                caption=_string(data.get("caption"), f"images[{n}].caption", MAX_CAPTION) or "",
                credit=_string(data.get("credit"), f"images[{n}].credit", MAX_NAME),
            )
        )
    return tuple(images)


def parse_draft(data: Any, zone: tzinfo, now: datetime) -> ArticleDraft:
    """Check the article JSON *data* and build its draft; raise InvalidArticle(field, ...)."""
    if not isinstance(data, dict):
        raise InvalidArticle("(body)", "must be a JSON object")
    unknown = sorted(set(data) - set(WRITABLE) - READ_ONLY)
    if unknown:
        raise InvalidArticle(unknown[0], "unknown field")
    for name in REQUIRED:
        if data.get(name) is None:
            raise InvalidArticle(name, "is required")
    texts = {
        name: _string(data.get(name), name, limit, optional=name not in REQUIRED)
        for name, limit in WRITABLE.items()
        if limit is not None
    }
    return ArticleDraft(
        title=texts["title"] or "",
        category=_category(data["category"]),
        published=parse_time(data["published"], "published", zone, now),
        body_html=texts["body_html"] or "",
        source=_source(data.get("source")),
        authors=_authors(data.get("authors")),
        editor=texts["editor"],
        summary=texts["summary"] or "",
        images=_images(data.get("images")),
        original_url=texts["original_url"],
        site_name=texts["site_name"],
        rights=texts["rights"],
        subtitle=texts["subtitle"],
        original_title=texts["original_title"],
    )


def editable(article: Article) -> dict[str, Any]:
    """The writable fields of *article* in request form (the base of a PATCH)."""
    data = article.content_json(
        category=article.category.name, published=rfc3339(article.published)
    )
    return {name: data[name] for name in WRITABLE}


def merge_patch(target: dict[str, Any], patch: Any) -> Any:
    """RFC 7396 JSON merge patch: objects merge, null deletes, anything else replaces."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target)
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            base = result.get(key)
            result[key] = merge_patch(base if isinstance(base, dict) else {}, value)
    return result
