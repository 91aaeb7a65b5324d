"""What the extractor returns for one page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..errors import ExtractionError
from ..models import ArticleDraft
from ..models import Image
from ..models import Source
from ..timeutil import rfc3339


@dataclass(frozen=True)
class ExtractedPage:
    """Everything read from one page. ``published`` is None when the page names no date;
    ``date_only`` means the page gives a day but no time (then ``published`` is 00:00 local).
    """

    title: str
    subtitle: str | None
    original_title: str | None
    published: datetime | None
    date_only: bool
    source: Source | None
    authors: tuple[str, ...]
    editor: str | None
    category: str
    body_html: str
    images: tuple[Image, ...]
    original_url: str | None
    site_name: str | None
    summary: str
    encoding: str

    def to_draft(self, origin: str) -> ArticleDraft:
        """The draft to store; raise ExtractionError when the page gave no publish date."""
        if self.published is None:
            raise ExtractionError(origin, "no publish date found on the page")
        return ArticleDraft(
            title=self.title,
            category=self.category,
            published=self.published,
            date_only=self.date_only,
            body_html=self.body_html,
            source=self.source,
            authors=self.authors,
            editor=self.editor,
            summary=self.summary,
            images=self.images,
            original_url=self.original_url,
            site_name=self.site_name,
            subtitle=self.subtitle,
            original_title=self.original_title,
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form printed by ``flask extract``; times are RFC 3339 with an offset."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "original_title": self.original_title,
            "published": rfc3339(self.published) if self.published else None,
            "date_only": self.date_only,
            "source": {"name": self.source.name, "url": self.source.url} if self.source else None,
            "authors": list(self.authors),
            "editor": self.editor,
            "category": self.category,
            "body_html": self.body_html,
            "images": [
                {"url": i.url, "caption": i.caption, "credit": i.credit} for i in self.images
            ],
            "original_url": self.original_url,
            "site_name": self.site_name,
            "summary": self.summary,
        }
