from __future__ import annotations

from datetime import UTC
from datetime import datetime

import pytest

from feedsvc.timeutil import ensure_aware
from feedsvc.timeutil import get_zone
from feedsvc.timeutil import human_date
from feedsvc.timeutil import human_time
from feedsvc.timeutil import parse_stored
from feedsvc.timeutil import rfc822
from feedsvc.timeutil import rfc3339
from feedsvc.timeutil import zone_label

SHANGHAI = get_zone("Asia/Shanghai")


def test_naive_time_is_beijing_time_and_loses_microseconds() -> None:
    value = ensure_aware(datetime(2025, 7, 28, 9, 30, 57, 123456), SHANGHAI)
    assert value.utcoffset().total_seconds() == 8 * 3600  # type: ignore[union-attr]
    assert value.astimezone(UTC) == datetime(2025, 7, 28, 1, 30, 57, tzinfo=UTC)
    assert value.microsecond == 0


def test_zoneinfo_gives_plus_eight_not_lmt() -> None:
    # pytz-style localisation would give +08:06 (LMT); zoneinfo must give +08:00.
    value = datetime(2025, 7, 28, 9, 30, 57, tzinfo=SHANGHAI)
    assert rfc3339(value) == "2025-07-28T09:30:57+08:00"


def test_formats() -> None:
    value = ensure_aware(datetime(2025, 7, 28, 9, 30, 57), SHANGHAI)
    assert rfc822(value) == "Mon, 28 Jul 2025 09:30:57 +0800"
    assert rfc3339(value) == "2025-07-28T09:30:57+08:00"
    assert human_time(value.astimezone(UTC), SHANGHAI) == "2025年7月28日 09:30"
    # 23:30 in Shanghai is still the same day there, though the UTC date is the next
    late = datetime(2025, 1, 5, 15, 30, tzinfo=UTC)
    assert human_date(late, SHANGHAI) == "2025年1月5日"
    assert human_time(late, SHANGHAI) == "2025年1月5日 23:30"


def test_naive_values_are_refused_by_formatters() -> None:
    with pytest.raises(ValueError):
        rfc822(datetime(2025, 7, 28))
    with pytest.raises(ValueError):
        rfc3339(datetime(2025, 7, 28))
    with pytest.raises(ValueError):
        parse_stored("2025-07-28T09:30:57")


def test_unknown_zone_is_named() -> None:
    with pytest.raises(ValueError, match="Mars/Olympus"):
        get_zone("Mars/Olympus")


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Asia/Shanghai", "北京时间"),
        ("PRC", "北京时间"),
        ("Asia/Hong_Kong", "香港时间"),
        ("Asia/Taipei", "台北时间"),
        ("UTC", "UTC"),
        ("Europe/Berlin", "Europe/Berlin"),
    ],
)
def test_zone_label_names_the_configured_zone(name: str, label: str) -> None:
    assert zone_label(get_zone(name)) == label
