"""Time handling: the one place that knows about zones and date formats."""

from __future__ import annotations

import email.utils
from datetime import datetime
from datetime import tzinfo
from zoneinfo import ZoneInfo
from zoneinfo import ZoneInfoNotFoundError

DEFAULT_ZONE_NAME = "Asia/Shanghai"


def get_zone(name: str) -> ZoneInfo:
    """Return the IANA zone *name*, or raise ValueError naming it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def ensure_aware(value: datetime, zone: tzinfo) -> datetime:
    """Attach *zone* to a naive value (a naive time is local time) and drop sub-seconds."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        value = value.replace(tzinfo=zone)
    return value.replace(microsecond=0)


def is_aware(value: datetime) -> bool:
    return value.tzinfo is not None and value.tzinfo.utcoffset(value) is not None


def to_local(value: datetime, zone: tzinfo) -> datetime:
    """Express an aware *value* in *zone*."""
    if not is_aware(value):
        raise ValueError("naive datetime: attach a zone before converting it")
    return value.astimezone(zone)


def rfc3339(value: datetime) -> str:
    """``2025-07-28T09:30:57+08:00``: whole seconds, numeric offset."""
    if not is_aware(value):
        raise ValueError("naive datetime cannot be written as RFC 3339")
    return value.isoformat(timespec="seconds")


def rfc822(value: datetime) -> str:
    """``Mon, 28 Jul 2025 09:30:57 +0800``: locale-independent, numeric zone."""
    if not is_aware(value):
        raise ValueError("naive datetime cannot be written as RFC 822")
    return email.utils.format_datetime(value)


def parse_stored(text: str) -> datetime:
    """Read a stored RFC 3339 timestamp; it must carry an offset."""
    value = datetime.fromisoformat(text)
    if not is_aware(value):
        raise ValueError(f"timestamp {text!r} has no offset")
    return value


def human_date(value: datetime, zone: tzinfo) -> str:
    """The day of *value* in *zone* as pages show it: ``2025年7月28日``."""
    local = to_local(value, zone)
    return f"{local.year}年{local.month}月{local.day}日"


def human_time(value: datetime, zone: tzinfo) -> str:
    """*value* in *zone* as pages show it, to the minute: ``2025年7月28日 09:30``."""
    return f"{human_date(value, zone)} {to_local(value, zone):%H:%M}"


#: What readers call the zones whose time Chinese news is told in; other zones go by name.
ZONE_LABELS = {
    "Asia/Shanghai": "北京时间",
    "Asia/Chongqing": "北京时间",
    "Asia/Chungking": "北京时间",
    "Asia/Harbin": "北京时间",
    "PRC": "北京时间",
    "Asia/Hong_Kong": "香港时间",
    "Hongkong": "香港时间",
    "Asia/Macau": "澳门时间",
    "Asia/Macao": "澳门时间",
    "Asia/Taipei": "台北时间",
    "ROC": "台北时间",
    "UTC": "UTC",
    "Etc/UTC": "UTC",
    "Etc/UCT": "UTC",
    "UCT": "UTC",
    "Etc/Universal": "UTC",
    "Universal": "UTC",
    "Etc/Zulu": "UTC",
    "Zulu": "UTC",
}


def zone_label(zone: tzinfo) -> str:
    """How pages name *zone*: ``北京时间`` for Asia/Shanghai, else its IANA name
    (``Europe/Berlin``)."""
    name = getattr(zone, "key", None) or str(zone)
    return ZONE_LABELS.get(name, name)
