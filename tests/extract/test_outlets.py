"""The outlet table: an outlet's short and long names are one entry; portals are marked."""

from __future__ import annotations

import pytest

from feedsvc.outlets import OUTLETS
from feedsvc.outlets import canonical_outlet
from feedsvc.outlets import is_aggregator
from feedsvc.outlets import known_outlet
from feedsvc.outlets import outlet_for_host


@pytest.mark.parametrize(
    ("names", "canonical"),
    [
        (("中時", "中時電子報", "中時新聞網", "中國時報"), "中國時報"),
        (("中央社", "中央通訊社", "中央通讯社"), "中央社"),
        (("聯合報", "联合报"), "聯合報"),
        (("环球时报", "环球网", "環球時報"), "环球时报"),
        (("自由時報", "自由時報電子報"), "自由時報"),
        (("明報", "明报"), "明報"),
    ],
)
def test_short_and_long_names_are_one_entry(names: tuple[str, ...], canonical: str) -> None:
    homepage = OUTLETS[canonical][0]
    for name in names:
        assert canonical_outlet(name) == canonical
        assert known_outlet(name).url == homepage


def test_no_name_belongs_to_two_outlets() -> None:
    seen: dict[str, str] = {}
    for canonical, (_, aliases) in OUTLETS.items():
        for name in (canonical, *aliases):
            assert seen.setdefault(name.lower(), canonical) == canonical, name


@pytest.mark.parametrize("name", ["腾讯网", "新浪网", "搜狐", "网易新闻", "凤凰网", "聯合新聞網"])
def test_portals_are_aggregators(name: str) -> None:
    assert is_aggregator(name)


@pytest.mark.parametrize("name", ["环球时报", "中央社", "經濟日報", "新华社"])
def test_outlets_are_not_aggregators(name: str) -> None:
    assert not is_aggregator(name)


def test_taiwanese_hosts() -> None:
    assert outlet_for_host("https://udn.com/news/story/7238/1") == "聯合新聞網"
    assert outlet_for_host("https://www.cna.com.tw/news/aipl/1.aspx") == "中央社"


def test_an_unreadable_address_names_no_outlet() -> None:
    assert outlet_for_host("http://[www.news.cn/politics/") is None
