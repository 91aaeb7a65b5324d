"""Settings: defaults, overridden by FEEDSVC_* environment variables or a test mapping."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from flask import Config

from .errors import ConfigError
from .timeutil import get_zone

#: The X-Forwarded-* headers ProxyFix can honour, by the name used in FEEDSVC_PROXY_HEADERS.
PROXY_HEADERS = ("for", "proto", "host", "port", "prefix")
DEFAULT_PROXY_HEADERS = ("for", "proto", "host")

#: name → (default, help). Every key can be set as FEEDSVC_<NAME>.
SETTINGS: dict[str, tuple[Any, str]] = {
    "STORE_DIR": (None, "Folder of the article store (default: <instance folder>/store)."),
    "BASE_URL": (None, "Public base URL for absolute links, e.g. https://news.example.com"),
    "SITE_TITLE": ("feedsvc", "Site title, used in pages and feed titles."),
    "SITE_DESCRIPTION": ("新闻文章的 RSS 与 Atom 订阅", "Description of the site-wide feed."),
    "TIMEZONE": ("Asia/Shanghai", "IANA zone for naive input times and for output times."),
    "FEED_LIMIT": (50, "Number of items in a feed."),
    "PAGE_LIMIT": (50, "Number of articles listed on an HTML page."),
    "LANGUAGE": ("zh-CN", "Language of the feeds and pages."),
    "DEFAULT_CATEGORY": ("未分类", "Category of an article whose page names none."),
    "TAG_AUTHORITY": (None, "Domain for tag: ids (default: host of BASE_URL, else localhost)."),
    "TAG_DATE": ("2025", "Date part of feed-level tag: ids."),
    "TRUST_PROXY": (0, "Number of reverse proxies whose X-Forwarded-* headers to trust."),
    "PROXY_HEADERS": (
        ["for", "proto", "host"],
        "Which X-Forwarded-* headers of the trusted proxies to honour (JSON list or "
        "comma-separated; any of for, proto, host, port, prefix).",
    ),
    "ALLOWED_HOSTS": (
        [],
        "Host names the service answers (JSON list or comma-separated; a leading dot also "
        "allows subdomains; the port is not compared); others get 400. Empty: any host.",
    ),
    "FEED_LIMIT_MAX": (200, "Largest ?limit= a feed request may ask for (larger is capped)."),
    "ARCHIVE_PAGE_SIZE": (
        None,
        "Articles per RFC 5005 archive page (default, and at most: FEED_LIMIT).",
    ),
    "ARCHIVE_MAX_AGE": (2592000, "Cache-Control max-age, in seconds, of archive pages."),
    "WEBSUB_HUB": (None, "WebSub hub URL to advertise and ping on changes (needs BASE_URL)."),
    "WEBSUB_ATTEMPTS": (5, "Tries per WebSub ping before giving up."),
    "WEBSUB_BACKOFF": (2.0, "Seconds before the first WebSub retry; doubled each time."),
    "API_TOKENS": (
        [],
        "Bearer tokens of the editors' write API (JSON list or comma-separated, each at "
        "least 16 characters); none configured turns the write API off.",
    ),
    "MAX_CONTENT_LENGTH": (2_000_000, "Largest request body in bytes; larger ones get 413."),
    "CATEGORY_MAP": (
        {},
        "JSON object mapping host or host/path prefix to a category, for pages without a "
        'breadcrumb, e.g. {"www.gov.cn/zhengce/": "政策"}; the longest match wins.',
    ),
    "FETCH_TIMEOUT": (20.0, "Seconds allowed for fetching one URL on import."),
    "FETCH_MAX_BYTES": (5_000_000, "Largest page (bytes) fetched on import."),
    "FETCH_MAX_REDIRECTS": (5, "Most redirects followed when fetching a URL."),
    "CACHE_MAX_AGE": (300, "Seconds clients and shared caches may reuse a feed (RSS ttl follows)."),
    "CACHE_ENTRIES": (512, "Most rendered feed variants kept in memory per worker."),
    "CACHE_BYTES": (
        64 << 20,
        "Most bytes of rendered feeds (plain and gzip bodies) kept in memory per worker; "
        "the least recently used are dropped first.",
    ),
    "SOURCES_FILE": (None, "The watched sources' TOML file (default: <store>/sources.toml)."),
    "WATCH_MIN_DELAY": (
        2.0,
        "Least seconds between two requests of the watcher to one host (robots.txt "
        "Crawl-delay can ask for more).",
    ),
    "WATCH_USER_AGENT": (
        None,
        "User-Agent of the watcher's requests; must name feedsvc (default: feedsvc/0.1 "
        "with a contact URL).",
    ),
    "WATCH_WORKERS": (8, "Hosts the watcher works on at once (one request at a time each)."),
    "FETCH_ALLOW_PRIVATE": (
        False,
        "Also fetch URLs whose host resolves to a loopback, private, link-local, multicast, "
        "reserved or unspecified address (off: such URLs get a 400).",
    ),
}
MIN_TOKEN_LENGTH = 16


def _int_setting(config: dict[str, Any], key: str, low: int, high: int) -> int:
    value = config[key]
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ConfigError(f"FEEDSVC_{key} must be an integer from {low} to {high}")
    return value


@dataclass(frozen=True)
class Settings:
    """The validated, typed view of the configuration that the code uses."""

    base_url: str | None
    site_title: str
    site_description: str
    zone: ZoneInfo
    feed_limit: int
    page_limit: int
    language: str
    default_category: str
    tag_authority: str
    tag_date: str
    feed_limit_max: int = 200
    archive_page_size: int = 50
    archive_max_age: int = 2592000
    websub_hub: str | None = None
    websub_attempts: int = 5
    websub_backoff: float = 2.0
    category_map: Mapping[str, str] = field(default_factory=dict)
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5
    cache_max_age: int = 300
    cache_entries: int = 512
    fetch_allow_private: bool = False
    trust_proxy: int = 0
    proxy_headers: tuple[str, ...] = DEFAULT_PROXY_HEADERS
    allowed_hosts: tuple[str, ...] = ()
    cache_bytes: int = 64 << 20

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> Settings:
        """Check and convert *config*; raise ConfigError naming the bad setting."""
        base_url = _base_url(config)
        limits = _limits(config)
        hub = _websub_hub(config, base_url)
        page_size = (
            _int_setting(config, "ARCHIVE_PAGE_SIZE", 1, limits["FEED_LIMIT"])
            if config.get("ARCHIVE_PAGE_SIZE") is not None
            else limits["FEED_LIMIT"]
        )
        backoff = number_setting(config, "WEBSUB_BACKOFF", float, 0, 3600)
        authority = config.get("TAG_AUTHORITY") or (
            urlsplit(base_url).hostname if base_url else "localhost"
        )
        return cls(
            category_map=_category_map(config.get("CATEGORY_MAP")),
            fetch_timeout=number_setting(config, "FETCH_TIMEOUT", float, 0.1, 600),
            fetch_max_bytes=int(number_setting(config, "FETCH_MAX_BYTES", int, 1024, 1 << 30)),
            fetch_max_redirects=int(number_setting(config, "FETCH_MAX_REDIRECTS", int, 0, 30)),
            fetch_allow_private=_flag(config, "FETCH_ALLOW_PRIVATE"),
            base_url=base_url,
            site_title=str(config["SITE_TITLE"]),
            site_description=str(config["SITE_DESCRIPTION"]),
            zone=_zone(config),
            feed_limit=limits["FEED_LIMIT"],
            page_limit=limits["PAGE_LIMIT"],
            language=str(config["LANGUAGE"]),
            default_category=str(config["DEFAULT_CATEGORY"]),
            tag_authority=str(authority),
            tag_date=str(config["TAG_DATE"]),
            feed_limit_max=_int_setting(config, "FEED_LIMIT_MAX", limits["FEED_LIMIT"], 10000),
            archive_page_size=page_size,
            archive_max_age=_int_setting(config, "ARCHIVE_MAX_AGE", 0, 10 * 365 * 86400),
            websub_hub=hub,
            websub_attempts=_int_setting(config, "WEBSUB_ATTEMPTS", 1, 20),
            websub_backoff=backoff,
            cache_max_age=limits["CACHE_MAX_AGE"],
            cache_entries=limits["CACHE_ENTRIES"],
            cache_bytes=_int_setting(config, "CACHE_BYTES", 0, 1 << 40),
            trust_proxy=_int_setting(config, "TRUST_PROXY", 0, 10),
            proxy_headers=_names(config, "PROXY_HEADERS", PROXY_HEADERS),
            allowed_hosts=_names(config, "ALLOWED_HOSTS", None),
        )


def _base_url(config: dict[str, Any]) -> str | None:
    """FEEDSVC_BASE_URL without its trailing slash, or None; it must be an http(s) URL."""
    base_url: str | None = config.get("BASE_URL") or None
    if base_url is None:
        return None
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"FEEDSVC_BASE_URL must be an http(s) URL, got {base_url!r}")
    return base_url.rstrip("/")


#: Settings that must be given as integers (never strings), with their bounds.
STRICT_INT_BOUNDS = {
    "FEED_LIMIT": (1, 1000),
    "PAGE_LIMIT": (1, 1000),
    "CACHE_MAX_AGE": (0, 31_536_000),
    "CACHE_ENTRIES": (1, 100_000),
}


def _limits(config: dict[str, Any]) -> dict[str, int]:
    """The integer settings of :data:`STRICT_INT_BOUNDS`, checked."""
    limits = {}
    for key, (low, high) in STRICT_INT_BOUNDS.items():
        value = config[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ConfigError(f"FEEDSVC_{key} must be an integer from {low} to {high}")
        limits[key] = value
    return limits


def _websub_hub(config: dict[str, Any], base_url: str | None) -> str | None:
    """FEEDSVC_WEBSUB_HUB, or None; an http(s) URL, and only with a base URL (the topics)."""
    hub: str | None = config.get("WEBSUB_HUB") or None
    if hub is not None:
        if urlsplit(hub).scheme not in ("http", "https") or not urlsplit(hub).netloc:
            raise ConfigError(f"FEEDSVC_WEBSUB_HUB must be an http(s) URL, got {hub!r}")
        if base_url is None:
            raise ConfigError("FEEDSVC_WEBSUB_HUB needs FEEDSVC_BASE_URL (the topic URLs)")
    return hub


@dataclass(frozen=True)
class ApiSettings:
    """The write API's configuration: its tokens (never logged or shown)."""

    tokens: tuple[str, ...] = field(repr=False)

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> ApiSettings:
        """Check and convert the API settings; raise ConfigError naming the bad one."""
        raw = config.get("API_TOKENS") or []
        if isinstance(raw, str):
            raw = [part for part in re.split(r"[\s,]+", raw) if part]
        if not isinstance(raw, list | tuple) or not all(isinstance(t, str) for t in raw):
            raise ConfigError("FEEDSVC_API_TOKENS must be a list of strings")
        if any(len(token) < MIN_TOKEN_LENGTH or not token.isprintable() for token in raw):
            raise ConfigError(
                f"FEEDSVC_API_TOKENS: every token needs {MIN_TOKEN_LENGTH} or more "
                "printable characters"
            )
        limit = config.get("MAX_CONTENT_LENGTH")
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
            raise ConfigError("FEEDSVC_MAX_CONTENT_LENGTH must be a non-negative integer")
        return cls(tokens=tuple(raw))


def _category_map(value: Any) -> dict[str, str]:
    """FEEDSVC_CATEGORY_MAP as a dict; a JSON string is parsed (env values arrive as text)."""
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise ConfigError(f"FEEDSVC_CATEGORY_MAP is not valid JSON: {exc}") from exc
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k and v for k, v in value.items()
    ):
        raise ConfigError("FEEDSVC_CATEGORY_MAP must map host/path prefixes to category names")
    return dict(value)


def _names(config: dict[str, Any], key: str, choices: tuple[str, ...] | None) -> tuple[str, ...]:
    """A list setting (JSON list or comma-separated text) as lower-case names, checked
    against *choices* when given."""
    value = config.get(key) or []
    if isinstance(value, str):
        value = [part for part in re.split(r"[\s,]+", value) if part]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"FEEDSVC_{key} must be a list of names, got {value!r}")
    names = tuple(v.strip().lower() for v in value)
    unknown = [n for n in names if choices is not None and n not in choices]
    if unknown:
        raise ConfigError(
            f"FEEDSVC_{key}: unknown {unknown[0]!r}; choose from {', '.join(choices or ())}"
        )
    return names


def _zone(config: dict[str, Any]) -> ZoneInfo:
    """FEEDSVC_TIMEZONE as a zone; raise ConfigError if it names none."""
    try:
        return get_zone(str(config["TIMEZONE"]))
    except ValueError as exc:
        raise ConfigError(f"FEEDSVC_TIMEZONE: {exc}") from exc


def _flag(config: dict[str, Any], key: str) -> bool:
    value = config.get(key, False)
    if isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("", "0", "false", "no", "off"):
        return False
    if isinstance(value, bool):
        return value
    raise ConfigError(f"FEEDSVC_{key} must be true or false, got {value!r}")


def number_setting(config: dict[str, Any], key: str, kind: type, low: float, high: float) -> float:
    """The number setting *key* (default from SETTINGS), read as *kind* and checked against
    its bounds; raise ConfigError naming it."""
    value = config.get(key, SETTINGS[key][0])
    try:
        number = kind(value) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        number = None
    if number is None or not low <= number <= high:
        raise ConfigError(f"FEEDSVC_{key} must be a number from {low:g} to {high:g}, got {value!r}")
    return float(number)


def settings_from_environ() -> Settings:
    """The settings the app would have from the defaults and the FEEDSVC_* environment,
    without creating an app or touching the store (for ``flask extract``).

    :raise ConfigError: a setting is invalid.
    """
    config = Config(os.getcwd())
    config.from_mapping({key: default for key, (default, _) in SETTINGS.items()})
    config.from_prefixed_env("FEEDSVC")
    return Settings.from_config(config)
