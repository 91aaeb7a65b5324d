"""feedsvc: RSS and Atom feeds for Chinese news articles."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from flask import Flask

from .config import SETTINGS
from .config import ApiSettings
from .config import Settings
from .errors import ConfigError
from .errors import StoreError
from .models import Article
from .store import ArticleStore
from .web.cache import FeedCache
from .web.fastpath import FastPath
from .web.origin import PublicOrigin
from .web.origin import trusted_proxy
from .web.topics import changed_feed_urls
from .web.websub import HubNotifier

__all__ = ["create_app"]


def _template_folder() -> str:
    """Templates ship inside the wheel; in a source checkout they sit at the top level."""
    packaged = Path(__file__).parent / "templates"
    return str(packaged if packaged.is_dir() else Path(__file__).parent.parent / "templates")


def _open_store(app: Flask, settings: Settings) -> ArticleStore:
    """The app's store, opened; raise ConfigError if it cannot be created or written."""
    store_dir = app.config["STORE_DIR"] or os.path.join(app.instance_path, "store")
    try:
        store = ArticleStore(
            store_dir,
            tag_authority=settings.tag_authority,
            **({"clock": app.config["CLOCK"]} if "CLOCK" in app.config else {}),
        ).open()
    except StoreError as exc:
        raise ConfigError(f"FEEDSVC_STORE_DIR: cannot open the {exc.message}") from exc
    if not os.access(store.root, os.W_OK):
        raise ConfigError(f"FEEDSVC_STORE_DIR: the store {store.root} is not writable")
    return store


def _load_config(app: Flask, test_config: dict[str, Any] | None) -> None:
    """Defaults, then FEEDSVC_* environment variables, or *test_config* instead of them."""
    app.config.from_mapping({key: default for key, (default, _) in SETTINGS.items()})
    if test_config is None:
        app.config.from_prefixed_env("FEEDSVC")
    else:
        app.config.from_mapping(test_config)


def _announce_changes(app: Flask, store: ArticleStore, settings: Settings) -> None:
    """With a WebSub hub, tell it about the feeds each store change touches."""
    if not settings.websub_hub:
        return
    notifier = HubNotifier(
        settings.websub_hub,
        attempts=settings.websub_attempts,
        backoff=settings.websub_backoff,
    )
    app.extensions["feedsvc"]["websub"] = notifier
    base_url = settings.base_url or ""

    def announce(article: Article, previous: Article | None) -> None:
        changed = [article] if previous is None else [article, previous]
        notifier.publish(changed_feed_urls(app.url_map, base_url, changed))

    store.on_change = announce


def _wrap_wsgi(app: Flask, settings: Settings) -> None:
    """The middleware, outermost first: ProxyFix (only the configured X-Forwarded-*
    headers), then the Host check and BASE_URL, then the fast path, which files entries
    under the resulting URL."""
    cache = app.extensions["feedsvc"]["cache"]
    origin = PublicOrigin(FastPath(app.wsgi_app, cache), settings.allowed_hosts, settings.base_url)
    app.wsgi_app = trusted_proxy(  # type: ignore[method-assign,assignment]
        origin, settings.trust_proxy, settings.proxy_headers
    )


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the application: configuration, store, blueprints, CLI and error handlers.

    :raise ConfigError: a setting is invalid, or the store cannot be created or written.
    """
    app = Flask(
        __name__,
        template_folder=_template_folder(),
        static_folder=None,  # web/assets serves the static files under content-hashed names
        instance_relative_config=True,
    )
    _load_config(app, test_config)
    settings = Settings.from_config(app.config)
    api_settings = ApiSettings.from_config(app.config)  # every setting checked before any I/O
    store = _open_store(app, settings)
    app.extensions["feedsvc"] = {
        "settings": settings,
        "api": api_settings,
        "store": store,
        "render_lock": threading.Lock(),
        "cache": FeedCache(
            store.generation, settings.cache_max_age, settings.cache_entries, settings.cache_bytes
        ),
    }

    from . import cli
    from .web import api
    from .web import assets
    from .web import errors
    from .web import feeds
    from .web import health
    from .web import pages

    app.register_blueprint(pages.pages)
    app.register_blueprint(feeds.feeds)
    app.register_blueprint(health.bp)
    app.register_blueprint(assets.assets)
    _announce_changes(app, store, settings)
    api.register(app)
    errors.register(app)
    cli.register(app)
    _wrap_wsgi(app, settings)
    return app
