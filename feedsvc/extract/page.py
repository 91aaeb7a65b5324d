"""What the extractor returns for one page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..errors import ExtractionError
from ..models import ArticleContent
from ..models import ArticleDraft
from ..timeutil import rfc3339


@dataclass(frozen=True, kw_only=True)
class ExtractedPage(ArticleContent):
    """Everything read from one page. ``published`` is None when the page names no date;
    ``date_only`` means the page gives a day but no time (then ``published`` is 00:00 local).
    """

    published: datetime | None
    date_only: bool
    category: str
    encoding: str

    def to_draft(self, origin: str) -> ArticleDraft:
        """The draft to store; raise ExtractionError when the page gave no publish date."""
        if self.published is None:
            raise ExtractionError(origin, "no publish date found on the page")
        return ArticleDraft(
            **self.content(),
            category=self.category,
            published=self.published,
            date_only=self.date_only,
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form printed by ``flask extract``; times are RFC 3339 with an offset."""
        return draft_json(self, self.published, self.category, date_only=self.date_only)


def draft_json(
    content: ArticleContent, published: datetime | None, category: str, *, date_only: bool
) -> dict[str, Any]:
    """What ``flask extract`` prints for a page or a text dump: the article's JSON shape with
    the category's name and whether the page gave only a day (and no rights: pages name none)."""
    data = content.content_json(
        published=rfc3339(published) if published else None,
        date_only=date_only,
        category=category,
    )
    del data["rights"]
    return data
