"""Fetching pages over HTTP from a real server on 127.0.0.1: limits, schemes, redirects, and
the guard against non-public addresses."""

from __future__ import annotations

import socket
import time

import pytest

import feedsvc.ingest.fetch
from feedsvc.errors import FetchBlocked
from feedsvc.errors import FetchError
from feedsvc.errors import FetchHTTPError
from feedsvc.errors import FetchTimeout
from feedsvc.errors import FetchTooLarge
from feedsvc.errors import InvalidURL
from feedsvc.errors import UnsupportedScheme
from feedsvc.ingest.fetch import fetch_url
from feedsvc.ingest.fetch import is_public_address
from tests.support.newssite import ARTICLE
from tests.support.newssite import ARTICLE_PATH


def fetch(url: str, **limits: float) -> object:
    options = {"timeout": 1.0, "max_bytes": 200_000, "max_redirects": 3, **limits}
    options.setdefault("allow_private", True)
    return fetch_url(url, **options)  # type: ignore[arg-type]


def test_fetches_page_with_header(server: str) -> None:
    page = fetch_url(
        server + ARTICLE_PATH, timeout=5, max_bytes=1_000_000, max_redirects=0, allow_private=True
    )
    assert page.status == 200
    assert page.data == ARTICLE
    assert page.content_type == "text/html; charset=GB2312"


def test_slow_response_times_out(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeout, match="no answer within 0.5 s"):
        fetch(server + "/slow", timeout=0.5)
    assert time.monotonic() - started < 1.8


def test_trickling_response_hits_the_overall_deadline(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch(server + "/trickle", timeout=1.0)
    assert time.monotonic() - started < 2.5


def test_declared_oversize_is_refused(server: str) -> None:
    with pytest.raises(FetchTooLarge, match="50000000 bytes, over the 200000-byte limit"):
        fetch(server + "/huge-declared")


def test_endless_body_stops_at_the_cap(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTooLarge, match="larger than the 100000-byte limit"):
        fetch(server + "/endless", max_bytes=100_000, timeout=5)
    assert time.monotonic() - started < 3


def test_404_is_an_http_error(server: str) -> None:
    with pytest.raises(FetchHTTPError, match="HTTP 404") as info:
        fetch(server + "/missing")
    assert info.value.code == 404


def test_redirects_are_limited(server: str) -> None:
    page = fetch_url(
        server + "/hop/2", timeout=5, max_bytes=1_000_000, max_redirects=3, allow_private=True
    )
    assert page.url == server + ARTICLE_PATH
    with pytest.raises(FetchHTTPError, match="redirects"):
        fetch(server + "/hop/5", max_redirects=2)


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/a.html", "file:///etc/passwd", "javascript:x"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(UnsupportedScheme, match="only absolute http"):
        fetch(url)


def test_redirect_to_other_scheme_is_refused(server: str) -> None:
    with pytest.raises(UnsupportedScheme):
        fetch(server + "/to-ftp")


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://localhost:9/a.html", "localhost"),
        ("http://127.0.0.1/a.html", "127.0.0.1"),
        ("http://[::1]/a.html", "::1"),
        ("http://10.1.2.3/a.html", "10.1.2.3"),
        ("http://192.168.0.1/a.html", "192.168.0.1"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://0.0.0.0/a.html", "0.0.0.0"),
        ("http://224.0.0.1/a.html", "224.0.0.1"),
        ("http://240.0.0.1/a.html", "240.0.0.1"),
        ("http://[::ffff:127.0.0.1]/a.html", "::ffff:127.0.0.1"),
        ("http://[fe80::1]/a.html", "fe80::1"),
    ],
)
def test_non_public_hosts_are_refused_by_default(url: str, host: str) -> None:
    with pytest.raises(FetchBlocked, match="non-public address") as info:
        fetch_url(url, timeout=1, max_bytes=1000, max_redirects=0)
    assert info.value.status == 400
    assert info.value.host == host
    assert repr(host) in str(info.value)


def test_public_addresses_are_recognised() -> None:
    assert is_public_address("93.184.216.34")
    assert is_public_address("2606:2800:220:1:248:1893:25c7:1946")
    assert not is_public_address("100.64.0.1")  # shared (carrier-grade NAT) space
    assert not is_public_address("not an address")


def test_local_server_is_refused_without_the_setting(server: str) -> None:
    with pytest.raises(FetchBlocked, match="'127.0.0.1'"):
        fetch_url(server + ARTICLE_PATH, timeout=1, max_bytes=1_000_000, max_redirects=0)


def test_connection_checks_the_address_it_reached(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The name check passed (as with a DNS answer that changes before the connect):
    # the connection still refuses the loopback peer it actually reached.
    monkeypatch.setattr(feedsvc.ingest.fetch, "check_host", lambda url: None)
    with pytest.raises(FetchBlocked, match="127.0.0.1"):
        fetch_url(server + ARTICLE_PATH, timeout=1, max_bytes=1_000_000, max_redirects=0)


def test_each_redirect_target_is_checked(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real_check = feedsvc.ingest.fetch.check_host
    first = server + "/hop/1"

    def check_all_but_the_first(url: str) -> None:
        if url != first:
            real_check(url)

    monkeypatch.setattr(feedsvc.ingest.fetch, "check_host", check_all_but_the_first)
    monkeypatch.setattr(feedsvc.ingest.fetch, "_guarded_connection", socket.create_connection)
    with pytest.raises(FetchBlocked, match="127.0.0.1"):
        fetch_url(first, timeout=1, max_bytes=1_000_000, max_redirects=3)


@pytest.mark.parametrize(
    "url",
    ["http://h.example/a b", "http://h.example/a\r\nb", "http://h.example/\x00", "http://a..b/"],
)
def test_a_url_that_cannot_be_requested_is_a_typed_error(url: str) -> None:
    with pytest.raises(InvalidURL):
        fetch(url)


@pytest.mark.parametrize("path", ["/bad-status", "/to-bad-port"])
def test_a_malformed_response_is_a_fetch_error(server: str, path: str) -> None:
    with pytest.raises(FetchError):
        fetch(server + path)
