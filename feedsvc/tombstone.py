"""A withdrawn article's tombstone: the identifiers it keeps reserved forever, and where the
article stood (so archive pages keep their places and emptied feeds keep their names)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .errors import InvalidArticle
from .models import Article
from .models import check_id
from .models import require_aware
from .models import stored_head
from .models import stored_ids
from .timeutil import parse_stored
from .timeutil import rfc3339


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
    #: The names beside the slugs (older tombstones lack them), so an emptied category or
    #: outlet keeps its name on its feeds.
    category_name: str | None = None
    source_name: str | None = None

    def __post_init__(self) -> None:
        check_id(self.id)
        require_aware(self.withdrawn, "withdrawn")
        if self.published is not None:
            require_aware(self.published, "published")

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
            category_name=article.category.name,
            source_name=article.source.name if article.source else None,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form stored on disk in place of the article."""
        return {
            **stored_head(self),
            "withdrawn": rfc3339(self.withdrawn),
            "published": rfc3339(self.published) if self.published else None,
            "category_slug": self.category_slug,
            "source_slug": self.source_slug,
        } | {
            key: value
            for key, value in (
                ("category_name", self.category_name),
                ("source_name", self.source_name),
            )
            if value is not None
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Tombstone:
        try:
            published = data.get("published")
            return cls(
                **stored_ids(data),
                withdrawn=parse_stored(data["withdrawn"]),
                published=parse_stored(published) if published else None,
                category_slug=data.get("category_slug"),
                source_slug=data.get("source_slug"),
                category_name=data.get("category_name"),
                source_name=data.get("source_name"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidArticle("stored tombstone", f"malformed: {exc!r}") from exc
