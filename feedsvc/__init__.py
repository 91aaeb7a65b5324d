"""feedsvc: RSS and Atom feeds for Chinese news articles."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from flask import Flask

from .cache import FastPath
from .cache import FeedCache
from .config import SETTINGS
from .config import ApiSettings
from .config import Settings
from .errors import ConfigError
from .errors import StoreError
from .models import Article
from .origin import PublicOrigin
from .origin import trusted_proxy
from .store import ArticleStore
from .websub import HubNotifier

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


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the application: configuration, store, blueprints, CLI and error handlers.

    :raise ConfigError: a setting is invalid, or the store cannot be created or written.
    """
    app = Flask(__name__, template_folder=_template_folder(), instance_relative_config=True)
    app.config.from_mapping({key: default for key, (default, _) in SETTINGS.items()})
    if test_config is None:
        app.config.from_prefixed_env("FEEDSVC")
    else:
        app.config.from_mapping(test_config)
    settings = Settings.from_config(app.config)
    api_settings = ApiSettings.from_config(app.config)  # every setting checked before any I/O
    store = _open_store(app, settings)
    app.extensions["feedsvc"] = {
        "settings": settings,
        "api": api_settings,
        "store": store,
        "render_lock": threading.Lock(),
        "cache": FeedCache(
            store, settings.cache_max_age, settings.cache_entries, settings.cache_bytes
        ),
    }

    from . import api
    from . import cli
    from . import handlers
    from . import sourcesapi
    from . import syndication
    from . import views

    app.register_blueprint(views.pages)
    app.register_blueprint(syndication.feeds)
    if settings.websub_hub:
        notifier = HubNotifier(
            settings.websub_hub,
            attempts=settings.websub_attempts,
            backoff=settings.websub_backoff,
        )
        app.extensions["feedsvc"]["websub"] = notifier

        def announce(article: Article, previous: Article | None) -> None:
            changed = [article] if previous is None else [article, previous]
            notifier.publish(syndication.changed_feed_urls(app, changed))

        store.on_change = announce
    api.register(app)
    app.register_blueprint(sourcesapi.bp)
    handlers.register(app)
    cli.register(app)

    # Outermost first: ProxyFix (only the configured X-Forwarded-* headers), then the Host
    # check and BASE_URL, then the fast path, which files entries under the resulting URL.
    cache = app.extensions["feedsvc"]["cache"]
    origin = PublicOrigin(FastPath(app.wsgi_app, cache), settings.allowed_hosts, settings.base_url)
    app.wsgi_app = trusted_proxy(  # type: ignore[method-assign,assignment]
        origin, settings.trust_proxy, settings.proxy_headers
    )
    return app
