"""The date forms Chinese pages use, read into aware datetimes (and nothing invented)."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from feedsvc.extract.dates import find_times
from feedsvc.extract.dates import parse_value
from feedsvc.extract.dates import url_date

SH = ZoneInfo("Asia/Shanghai")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=SH)


@pytest.mark.parametrize(
    ("text", "value", "date_only"),
    [
        ("2025-07-28 09:30:57", at(2025, 7, 28, 9, 30, 57), False),
        ("2015-03-09 (11:24)", at(2015, 3, 9, 11, 24), False),
        ("@ 11-22-2014 / 今日", at(2014, 11, 22), True),
        ("08-05-2013 10:20", at(2013, 8, 5, 10, 20), False),
        ("22-11-2014", at(2014, 11, 22), True),
        ("11/22/2014", at(2014, 11, 22), True),
        ("其它内容 十一月 6th, 2009", at(2009, 11, 6), True),
        ("二月 3, 2011", at(2011, 2, 3), True),
        ("发布时间：2025-07-28 09:30", at(2025, 7, 28, 9, 30), False),
        ("2019年06月15日08:18 | 来源：人民网", at(2019, 6, 15, 8, 18), False),
        ("2025年7月28日", at(2025, 7, 28), True),
        ("2025/07/28", at(2025, 7, 28), True),
        ("2022.01.20 16:31", at(2022, 1, 20, 16, 31), False),
        ("(2020-01-21 11:12)", at(2020, 1, 21, 11, 12), False),
        ("2025 07/25 18:42:06", at(2025, 7, 25, 18, 42, 6), False),
        ("2025年07月28日 下午3:05", at(2025, 7, 28, 15, 5), False),
        ("2023年9月27日 週三 下午12:30", at(2023, 9, 27, 12, 30), False),
        ("2023年9月27日 星期三 晚上8:05", at(2023, 9, 27, 20, 5), False),
        ("发布时间：18-03-08 23:16", at(2018, 3, 8, 23, 16), False),
        ("2025-07-28T09:30:00+08:00", at(2025, 7, 28, 9, 30), False),
        ("2025-07-28 01:30 GMT", datetime(2025, 7, 28, 1, 30, tzinfo=UTC), False),
        ("2025-07-28 01:30（格林尼治标准时间）", datetime(2025, 7, 28, 1, 30, tzinfo=UTC), False),
        ("2025-07-28 09:30 GMT+8", at(2025, 7, 28, 9, 30), False),
        ("Published: Jul 28, 2025 09:30", at(2025, 7, 28, 9, 30), False),
        ("28 July 2025", at(2025, 7, 28), True),
        (
            "2025-07-27 21:30 -04:00",
            datetime(2025, 7, 27, 21, 30, tzinfo=timezone(timedelta(hours=-4))),
            False,
        ),
    ],
)
def test_forms(text: str, value: datetime, date_only: bool) -> None:
    found = find_times(text, SH)
    assert found, text
    assert found[0].value == value
    assert found[0].value.utcoffset() is not None
    assert found[0].date_only is date_only


def test_yearless_needs_a_year() -> None:
    assert find_times("09-30 22:46", SH) == []
    found = find_times("09-30 22:46", SH, year_hint=2025)
    assert [f.value for f in found] == [at(2025, 9, 30, 22, 46)]


@pytest.mark.parametrize(
    "text", ["发布时间：09-30 22:46", "发布时间：09-3022:46", "9月30日22:46", "9月30日 22:46"]
)
def test_yearless_after_a_label_or_without_a_space(text: str) -> None:
    found = find_times(text, SH, year_hint=2025)
    assert [f.value for f in found] == [at(2025, 9, 30, 22, 46)]


@pytest.mark.parametrize("text", ["12:09-30 22:46", "10:30-11:30", "2025-09-30 22:46"])
def test_yearless_is_not_read_inside_other_numbers(text: str) -> None:
    found = find_times(text, SH, year_hint=2020)
    assert all(f.value.year != 2020 for f in found)


@pytest.mark.parametrize(
    "text", ["2025-13-01", "2025-02-30 10:00", "1899-01-01", "电话 010-12345678"]
)
def test_not_dates(text: str) -> None:
    assert [f for f in find_times(text, SH) if f.value.month == 2 and f.value.day == 30] == []
    if text != "2025-02-30 10:00":
        assert find_times(text, SH) == []


@pytest.mark.parametrize(
    ("raw", "value", "date_only"),
    [
        ("2025-07-28T01:30:00Z", datetime(2025, 7, 28, 1, 30, tzinfo=UTC), False),
        ("2025-07-28 09:30:00", at(2025, 7, 28, 9, 30), False),
        ("2025-07-28", at(2025, 7, 28), True),
        ("2025-07-28-17:05:00", at(2025, 7, 28, 17, 5), False),
        ("20250728", at(2025, 7, 28), True),
        ("Mon, 28 Jul 2025 01:30:00 GMT", datetime(2025, 7, 28, 1, 30, tzinfo=UTC), False),
        ("1753666200", datetime(2025, 7, 28, 1, 30, tzinfo=UTC), False),
    ],
)
def test_machine_values(raw: str, value: datetime, date_only: bool) -> None:
    parsed = parse_value(raw, SH)
    assert parsed is not None
    assert parsed[0] == value and parsed[1] is date_only


@pytest.mark.parametrize(
    ("url", "ymd"),
    [
        ("https://www.news.cn/politics/2025-07/28/c_1.htm", (2025, 7, 28)),
        ("https://www.gov.cn/zhengce/202507/t20250728_123.html", (2025, 7, 28)),
        ("http://finance.people.com.cn/n1/2025/0728/c1004-1.html", (2025, 7, 28)),
        ("https://www.chinanews.com.cn/gn/2025/07-28/10456789.shtml", (2025, 7, 28)),
        ("https://example.com/a/123.html", None),
    ],
)
def test_url_dates(url: str, ymd: tuple[int, int, int] | None) -> None:
    assert url_date(url) == ymd


FORMATS = (
    "{:%Y-%m-%d %H:%M:%S}",
    "{:%Y-%m-%d %H:%M}",
    "{:%Y年%m月%d日%H:%M}",
    "{:%Y/%m/%d %H:%M}",
    "{:%Y.%m.%d %H:%M}",
    "发布时间：{:%Y-%m-%d %H:%M}",
    "({:%Y-%m-%d %H:%M})",
)


@settings(max_examples=150, deadline=None)
@given(
    value=st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2099, 12, 31)),
    template=st.sampled_from(FORMATS),
    prefix=st.sampled_from(["", "来源：新华社 ", "　", "|"]),
)
def test_round_trip(value: datetime, template: str, prefix: str) -> None:
    text = prefix + template.format(value)
    found = find_times(text, SH)
    assert found
    expected = value.replace(second=value.second if "%S" in template else 0, microsecond=0)
    assert found[0].value == expected.replace(tzinfo=SH)
    assert found[0].value.utcoffset() == timedelta(hours=8)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Sunday, March 16th, 2014", "2014-03-16"),
        ("16th March 2014", "2014-03-16"),
        ("Jul 1st, 2025 09:30", "2025-07-01"),
        ("江城日报 20140318期 第A2版：要闻", "2014-03-18"),
    ],
)
def test_english_ordinals_and_edition_labels(text: str, day: str) -> None:
    found = find_times(text, ZoneInfo("Asia/Shanghai"))
    assert found and found[0].value.date().isoformat() == day


DATELINE_PAGE = (
    "<html><head><title>江城晚报</title></head><body><h2 class='bt'>老旧小区加装电梯再推进</h2>"
    "<div class='zw'><p>{lead}，记者从市住房和城乡建设局获悉，今年我市将继续推进老旧小区"
    "加装电梯工作，计划新增加装电梯一百台。</p><p>居民可通过社区提交申请。</p>{trailer}"
    "</div></body></html>"
)


@pytest.mark.parametrize(
    ("lead", "trailer", "url", "day"),
    [
        ("本报讯（记者 孙立）16日", "", "http://e.example.cn/bd/201403/t_1.html", "2014-03-16"),
        ("新华社北京2月28日电", "<p>2015年3月</p>", None, "2015-02-28"),
        ("本报讯（记者 孙立）16日", "", None, None),
    ],
)
def test_dateline_day_in_the_month_of_a_trailer_or_url(
    lead: str, trailer: str, url: str | None, day: str | None
) -> None:
    from feedsvc.extract import extract_article

    html = DATELINE_PAGE.format(lead=lead, trailer=trailer).encode()
    page = extract_article(html, url=url, zone=ZoneInfo("Asia/Shanghai"), default_category="x")
    assert (page.published.date().isoformat() if page.published else None) == day
    assert page.date_only is (day is not None)
