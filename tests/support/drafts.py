"""Drafts for store and cache tests: a title, a category and a naive Beijing time."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from feedsvc.models import ArticleDraft
from feedsvc.models import Source

SHANGHAI = ZoneInfo("Asia/Shanghai")


def draft(title: str, category: str, published: datetime) -> ArticleDraft:
    return ArticleDraft(
        title=title,
        category=category,
        published=published.replace(tzinfo=SHANGHAI),
        body_html="<p>正文。</p>",
        source=Source("新华社"),
    )
