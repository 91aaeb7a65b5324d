"""Settings: defaults, overridden by FEEDSVC_* environment variables or a test mapping."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
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
    "CATEGORY_MAP": (
        {},
        "JSON object mapping host or host/path prefix to a category, for pages without a "
        'breadcrumb, e.g. {"www.gov.cn/zhengce/": "政策"}; the longest match wins.',
    ),
    "FETCH_TIMEOUT": (20.0, "Seconds allowed for fetching one URL on import."),
    "FETCH_MAX_BYTES": (5_000_000, "Largest page (bytes) fetched on import."),
    "FETCH_MAX_REDIRECTS": (5, "Most redirects followed when fetching a URL."),
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
    category_map: Mapping[str, str] = field(default_factory=dict)
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5

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
        for key in ("FEED_LIMIT", "PAGE_LIMIT"):
            value = config[key]
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 1000:
                raise ValueError(f"FEEDSVC_{key} must be an integer from 1 to 1000")
            limits[key] = value
        authority = config.get("TAG_AUTHORITY") or (
            urlsplit(base_url).hostname if base_url else "localhost"
        )
        return cls(
            category_map=_category_map(config.get("CATEGORY_MAP")),
            fetch_timeout=_number(config, "FETCH_TIMEOUT", float, 0.1, 600),
            fetch_max_bytes=int(_number(config, "FETCH_MAX_BYTES", int, 1024, 1 << 30)),
            fetch_max_redirects=int(_number(config, "FETCH_MAX_REDIRECTS", int, 0, 30)),
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
        )


def _category_map(value: Any) -> dict[str, str]:
    """FEEDSVC_CATEGORY_MAP as a dict; a JSON string is parsed (env values arrive as text)."""
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise ValueError(f"FEEDSVC_CATEGORY_MAP is not valid JSON: {exc}") from exc
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k and v for k, v in value.items()
    ):
        raise ValueError("FEEDSVC_CATEGORY_MAP must map host/path prefixes to category names")
    return dict(value)


def _number(config: dict[str, Any], key: str, kind: type, low: float, high: float) -> float:
    value = config.get(key, SETTINGS[key][0])
    try:
        number = kind(value) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        number = None
    if number is None or not low <= number <= high:
        raise ValueError(f"FEEDSVC_{key} must be a number from {low:g} to {high:g}, got {value!r}")
    return float(number)
