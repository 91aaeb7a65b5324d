"""Settings: defaults, overridden by FEEDSVC_* environment variables or a test mapping."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from .timeutil import get_zone

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
    "CACHE_MAX_AGE": (300, "Seconds clients and shared caches may reuse a feed (RSS ttl follows)."),
    "CACHE_ENTRIES": (512, "Most rendered feed variants kept in memory per worker."),
}


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
    cache_max_age: int
    cache_entries: int

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> Settings:
        """Check and convert *config*; raise ValueError naming the bad setting."""
        base_url = config.get("BASE_URL") or None
        if base_url is not None:
            parts = urlsplit(base_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"FEEDSVC_BASE_URL must be an http(s) URL, got {base_url!r}")
            base_url = base_url.rstrip("/")
        limits = {}
        bounds = {
            "FEED_LIMIT": (1, 1000),
            "PAGE_LIMIT": (1, 1000),
            "CACHE_MAX_AGE": (0, 31_536_000),
            "CACHE_ENTRIES": (1, 100_000),
        }
        for key, (low, high) in bounds.items():
            value = config[key]
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ValueError(f"FEEDSVC_{key} must be an integer from {low} to {high}")
            limits[key] = value
        authority = config.get("TAG_AUTHORITY") or (
            urlsplit(base_url).hostname if base_url else "localhost"
        )
        return cls(
            base_url=base_url,
            site_title=str(config["SITE_TITLE"]),
            site_description=str(config["SITE_DESCRIPTION"]),
            zone=get_zone(str(config["TIMEZONE"])),
            feed_limit=limits["FEED_LIMIT"],
            page_limit=limits["PAGE_LIMIT"],
            language=str(config["LANGUAGE"]),
            default_category=str(config["DEFAULT_CATEGORY"]),
            tag_authority=str(authority),
            tag_date=str(config["TAG_DATE"]),
            cache_max_age=limits["CACHE_MAX_AGE"],
            cache_entries=limits["CACHE_ENTRIES"],
        )
