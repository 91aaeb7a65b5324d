"""Fetch a page over http(s) with a timeout, a size cap and a bounded number of redirects.

By default only public addresses are fetched (an SSRF guard): the host of the URL and of every
redirect target is resolved and refused when any address is loopback, private, link-local,
multicast, reserved or unspecified, and the connection itself checks the address it actually
reached (so a DNS answer that changes between the check and the connect is caught too).
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from http.client import HTTPMessage
from http.client import HTTPResponse
from typing import IO
from typing import Any
from urllib.parse import quote
from urllib.parse import urlsplit
from urllib.parse import urlunsplit

from ..bounds import parse_int
from ..errors import FetchBlocked
from ..errors import FetchError
from ..errors import FetchHTTPError
from ..errors import FetchTimeout
from ..errors import FetchTooLarge
from ..errors import InvalidURL
from ..errors import UnsupportedScheme

USER_AGENT = "Mozilla/5.0 (compatible; feedsvc/0.1; +https://example.invalid/feedsvc)"
CHUNK = 64 * 1024
#: Characters outside ASCII, percent-encoded (as UTF-8) in a URL's path, query and fragment.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@dataclass(frozen=True)
class FetchedPage:
    """The final URL (after redirects), HTTP status, Content-Type header and body bytes.

    ``status`` is 304 (and ``data`` empty) only when the request was conditional;
    ``headers`` holds the response headers (ETag, Last-Modified, Retry-After...).
    """

    url: str
    status: int
    content_type: str | None
    data: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


def check_scheme(url: str) -> None:
    """Raise UnsupportedScheme unless *url* is an absolute http or https URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise UnsupportedScheme(url, "only absolute http:// and https:// URLs can be fetched")


def normalize_url(url: str, field: str | None = None) -> str:
    """*url* as it can be requested: surrounding whitespace dropped, the host IDNA-encoded,
    other non-ASCII characters percent-encoded (``/新闻`` → ``/%E6%96%B0%E9%97%BB``).

    :param field: the request member that carried *url*, named by the error.
    :raise UnsupportedScheme: *url* is not an absolute http(s) URL.
    :raise InvalidURL: it holds whitespace or control characters, or a bad host or port.
    """
    url = url.strip()
    bad = next((ch for ch in url if ch == " " or not ch.isprintable()), None)
    if bad is not None:
        raise InvalidURL(url, f"contains the character {bad!r}; encode it as %XX", field)
    check_scheme(url)
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 - parsing the port validates it
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except ValueError as exc:  # UnicodeError is a ValueError too
        raise InvalidURL(url, f"bad host or port: {exc}", field) from exc
    if not host:
        raise InvalidURL(url, "has no host name", field)
    netloc = parts.netloc
    if not netloc.isascii():
        userinfo, _, hostport = netloc.rpartition("@")
        port = hostport[len(parts.hostname or "") :] if not hostport.startswith("[") else ""
        userinfo = _NON_ASCII.sub(lambda m: quote(m.group(), safe=""), userinfo)
        netloc = (userinfo + "@" if userinfo else "") + host + port
    path, query, fragment = (
        _NON_ASCII.sub(lambda m: quote(m.group(), safe=""), part)
        for part in (parts.path, parts.query, parts.fragment)
    )
    return urlunsplit((parts.scheme, netloc, path, query, fragment))


def is_public_address(address: str) -> bool:
    """True when *address* (an IP literal) is a globally routable unicast address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (
        ip.is_multicast
        or ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_unspecified
    )


def check_host(url: str) -> None:
    """Raise FetchBlocked unless every address the host of *url* resolves to is public."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, ValueError) as exc:
        raise FetchError(url, f"cannot resolve host {host!r}: {exc}") from exc
    for info in infos:
        address = str(info[4][0])
        if not is_public_address(address):
            raise FetchBlocked(url, host, address)


def _guarded_connection(
    address: tuple[str, int], timeout: float | None = None, source: tuple[str, int] | None = None
) -> socket.socket:
    """socket.create_connection, refusing a peer whose address is not public."""
    sock = socket.create_connection(address, timeout, source)
    peer = str(sock.getpeername()[0])
    if not is_public_address(peer):
        sock.close()
        raise FetchBlocked(f"http://{address[0]}/", address[0], peer)
    return sock


class _GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _guarded_connection


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _guarded_connection


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> HTTPResponse:
        return self.do_open(_GuardedHTTPConnection, req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> HTTPResponse:
        return self.do_open(_GuardedHTTPSConnection, req)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most *limit* redirects, only to http(s) URLs (and public hosts if guarded)."""

    def __init__(self, limit: int, allow_private: bool) -> None:
        super().__init__()
        self.limit = limit
        self.allow_private = allow_private

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        """The request for *newurl*: refused past the limit, or to a non-public host."""
        visited = getattr(req, "redirect_dict", {})
        if sum(visited.values()) >= self.limit:
            raise FetchHTTPError(req.full_url, code, f"more than {self.limit} redirects")
        newurl = normalize_url(newurl)
        if not self.allow_private:
            check_host(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _request_headers(extra: Mapping[str, str] | None) -> dict[str, str]:
    """The default request headers, with *extra* added or replacing them (case-insensitive)."""
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
        "Accept-Language": "zh-CN,zh;q=0.9",
    }
    for name, value in (extra or {}).items():
        for known in [k for k in headers if k.lower() == name.lower()]:
            del headers[known]
        headers[name] = value
    return headers


def _conditional(headers: Mapping[str, str] | None) -> bool:
    """Whether *headers* make the request conditional (so 304 is an answer, not an error)."""
    names = {name.lower() for name in headers or {}}
    return bool(names & {"if-none-match", "if-modified-since"})


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


def fetch_url(
    url: str,
    *,
    timeout: float,
    max_bytes: int,
    max_redirects: int,
    allow_private: bool = False,
    headers: Mapping[str, str] | None = None,
) -> FetchedPage:
    """GET *url* and return the page.

    :param timeout: seconds for connecting, for each read, and for the whole download.
    :param max_bytes: the most bytes read; a larger body stops reading at the cap.
    :param max_redirects: how many redirects are followed.
    :param allow_private: also fetch from loopback/private/link-local/... addresses; when
        false (the default) no proxy from the environment is used either, since the guard
        could not see the real target behind it.
    :param headers: request headers added to (or replacing) the defaults, e.g. User-Agent,
        If-None-Match, If-Modified-Since; with a conditional header a 304 answer is returned
        as a page with status 304 and no body instead of raising.
    :raise UnsupportedScheme: *url* (or a redirect target) is not http(s).
    :raise FetchBlocked: *url* (or a redirect target) is on a non-public address.
    :raise FetchTimeout: the server was too slow.
    :raise FetchTooLarge: the body is over *max_bytes*.
    :raise FetchHTTPError: the server answered 4xx/5xx, or redirected too often.
    :raise InvalidURL: *url* (or a redirect target) cannot be requested as written.
    :raise FetchError: any other network failure, or a response HTTP cannot parse.
    """
    url = normalize_url(url)
    opener = _opener(url, max_redirects, allow_private)
    request = urllib.request.Request(url, headers=_request_headers(headers))
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            return _page(response, url, max_bytes, deadline)
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 304 and _conditional(headers):
            return FetchedPage(exc.geturl(), 304, None, b"", dict(exc.headers.items()))
        raise _http_error(exc, url, max_redirects) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise FetchTimeout(url, f"no answer within {timeout:g} s") from exc
        raise FetchError(url, f"cannot connect: {exc.reason}") from exc
    except TimeoutError as exc:
        raise FetchTimeout(url, f"no answer within {timeout:g} s") from exc
    except OSError as exc:
        raise FetchError(url, f"network error: {exc}") from exc
    except (http.client.HTTPException, ValueError, OverflowError) as exc:
        # A malformed response (status line, headers, chunking) or redirect target.
        raise FetchError(url, f"bad response: {exc!r}") from exc


def _opener(url: str, max_redirects: int, allow_private: bool) -> urllib.request.OpenerDirector:
    """An opener that follows at most *max_redirects* and, unless *allow_private*, connects
    only to public addresses (checked before connecting and on the connected socket)."""
    handlers: list[urllib.request.BaseHandler] = [_Redirects(max_redirects, allow_private)]
    if not allow_private:
        check_host(url)
        handlers += [urllib.request.ProxyHandler({}), _GuardedHTTPHandler(), _GuardedHTTPSHandler()]
    return urllib.request.build_opener(*handlers)


def _page(response: HTTPResponse, url: str, max_bytes: int, deadline: float) -> FetchedPage:
    """The page *response* carries, refused early when it declares more than *max_bytes*."""
    length = response.headers.get("Content-Length")
    if length and parse_int(length, 0, max_bytes) is None and length.isdigit():
        raise FetchTooLarge(
            url, f"response is {length[:20]} bytes, over the {max_bytes}-byte limit"
        )
    return FetchedPage(
        url=response.geturl(),
        status=response.status,
        content_type=response.headers.get("Content-Type"),
        data=_read_capped(response, url, max_bytes, deadline),
        headers=dict(response.headers.items()),
    )


def _http_error(exc: urllib.error.HTTPError, url: str, max_redirects: int) -> FetchHTTPError:
    """The typed error for a 4xx/5xx answer, or for one redirect too many."""
    if exc.code in (301, 302, 303, 307, 308):
        return FetchHTTPError(url, exc.code, f"more than {max_redirects} redirects")
    return FetchHTTPError(
        url, exc.code, f"HTTP {exc.code} {exc.reason}", exc.headers.get("Retry-After")
    )
