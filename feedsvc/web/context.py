"""The app's long-lived objects, read from the current app: the one set of accessors that
blueprints and CLI commands use (the factory puts them on ``app.extensions["feedsvc"]``)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING
from typing import Any

from flask import current_app

if TYPE_CHECKING:
    from feedsvc.config import ApiSettings
    from feedsvc.config import Settings
    from feedsvc.store import ArticleStore
    from feedsvc.web.cache import FeedCache
    from feedsvc.web.websub import HubNotifier


def _extension() -> dict[str, Any]:
    ext: dict[str, Any] = current_app.extensions["feedsvc"]
    return ext


def settings() -> Settings:
    """The checked settings of the current app."""
    s: Settings = _extension()["settings"]
    return s


def store() -> ArticleStore:
    """The current app's article store, opened."""
    s: ArticleStore = _extension()["store"]
    return s


def feed_cache() -> FeedCache:
    """The current worker's render cache."""
    c: FeedCache = _extension()["cache"]
    return c


def render_lock() -> threading.Lock:
    """The lock that serializes feedgen (its RFC 822 formatter switches the process locale)."""
    lock: threading.Lock = _extension()["render_lock"]
    return lock


def notifier() -> HubNotifier | None:
    """The WebSub notifier, when a hub is configured."""
    n: HubNotifier | None = _extension().get("websub")
    return n


def api_settings() -> ApiSettings:
    """The write API's checked settings (tokens, limits)."""
    s: ApiSettings = _extension()["api"]
    return s
