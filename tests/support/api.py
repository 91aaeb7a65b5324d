"""Shared bits of the write-API tests: a token, an app with the API on, sample articles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import Flask

from tests.support.app import make_app

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Clock:
    """An injectable store clock that moves only when told to."""

    def __init__(self, start: datetime = datetime(2025, 8, 1, 4, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def api_app(store_dir: Path, clock: Callable[[], datetime] | None = None, **config: Any) -> Flask:
    extra: dict[str, Any] = {"API_TOKENS": [TOKEN], **config}
    if clock is not None:
        extra["CLOCK"] = clock
    return make_app(store_dir, **extra)


def sample(n: int = 1, **fields: Any) -> dict[str, Any]:
    """A valid article as an editor sends it."""
    data: dict[str, Any] = {
        "title": f"第{n}号编辑稿:测试新闻",
        "category": "国内新闻",
        "published": f"2025-07-{1 + n % 28:02d}T09:30:{n % 60:02d}+08:00",
        "body_html": f"<p>第{n}号文章的正文。</p><p>第二段。</p>",
        "summary": "摘要。",
        "source": {"name": "新华社", "url": "https://www.news.cn/"},
        "authors": ["张三", "李四"],
        "editor": "王五",
        "original_url": f"https://example.com/news/{n}.html",
    }
    data.update(fields)
    return data
