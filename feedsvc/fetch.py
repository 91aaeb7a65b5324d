"""Fetch a page over http(s) with a timeout, a size cap and a bounded number of redirects."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from http.client import HTTPResponse
from typing import IO
from urllib.parse import urlsplit

from .errors import FetchError
from .errors import FetchHTTPError
from .errors import FetchTimeout
from .errors import FetchTooLarge
from .errors import UnsupportedScheme

USER_AGENT = "Mozilla/5.0 (compatible; feedsvc/0.1; +https://example.invalid/feedsvc)"
CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchedPage:
    """The final URL (after redirects), HTTP status, Content-Type header and body bytes."""

    url: str
    status: int
    content_type: str | None
    data: bytes


def check_scheme(url: str) -> None:
    """Raise UnsupportedScheme unless *url* is an absolute http or https URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise UnsupportedScheme(url, "only absolute http:// and https:// URLs can be fetched")


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most *limit* redirects, and only to http(s) URLs."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
    ) -> object:
        visited = getattr(req, "redirect_dict", {})
        if sum(visited.values()) >= self.limit:
            raise FetchHTTPError(req.full_url, code, f"more than {self.limit} redirects")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        check_scheme(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_capped(response: HTTPResponse, url: str, max_bytes: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchTimeout(url, "timed out while reading the response")
        chunk = response.read1(min(CHUNK, max_bytes + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise FetchTooLarge(url, f"response is larger than the {max_bytes}-byte limit")


def fetch_url(url: str, *, timeout: float, max_bytes: int, max_redirects: int) -> FetchedPage:
    """GET *url* and return the page.

    :param timeout: seconds for connecting, for each read, and for the whole download.
    :param max_bytes: the most bytes read; a larger body stops reading at the cap.
    :param max_redirects: how many redirects are followed.
    :raise UnsupportedScheme: *url* (or a redirect target) is not http(s).
    :raise FetchTimeout: the server was too slow.
    :raise FetchTooLarge: the body is over *max_bytes*.
    :raise FetchHTTPError: the server answered 4xx/5xx, or redirected too often.
    :raise FetchError: any other network failure.
    """
    check_scheme(url)
    opener = urllib.request.build_opener(_Redirects(max_redirects))
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "zh-CN,zh;q=0.9",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchTooLarge(
                    url, f"response is {int(length)} bytes, over the {max_bytes}-byte limit"
                )
            data = _read_capped(response, url, max_bytes, deadline)
            return FetchedPage(
                url=response.geturl(),
                status=response.status,
                content_type=response.headers.get("Content-Type"),
                data=data,
            )
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code in (301, 302, 303, 307, 308):
            raise FetchHTTPError(url, exc.code, f"more than {max_redirects} redirects") from exc
        raise FetchHTTPError(url, exc.code, f"HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise FetchTimeout(url, f"no answer within {timeout:g} s") from exc
        raise FetchError(url, f"cannot connect: {exc.reason}") from exc
    except TimeoutError as exc:
        raise FetchTimeout(url, f"no answer within {timeout:g} s") from exc
    except OSError as exc:
        raise FetchError(url, f"network error: {exc}") from exc
