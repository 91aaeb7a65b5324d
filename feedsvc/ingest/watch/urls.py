"""Article URLs: one story, one URL (normalization), and which hosts are the same site."""

from __future__ import annotations

import functools
import ipaddress
import re
from urllib.parse import parse_qsl
from urllib.parse import urlencode
from urllib.parse import urljoin
from urllib.parse import urlsplit
from urllib.parse import urlunsplit

from publicsuffixlist import PublicSuffixList

#: Query parameters that say where a click came from, never which story it is.
TRACKING = re.compile(
    r"^(utm_\w+|spm|from|share|share_token|sharer|src|source|ref|refer|fromid|scene|"
    r"isappinstalled|wfr|_hsenc|_hsmi|fbclid|gclid|mc_cid|mc_eid|timestamp|t)$",
    re.I,
)
#: A path ending in a directory index names the directory.
INDEX_PAGE = re.compile(r"/index\.(?:s?html?|php|jsp|aspx?)$", re.I)
DEFAULT_PORTS = {"http": 80, "https": 443}


@functools.lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    """The public suffix list bundled with the package (never fetched)."""
    return PublicSuffixList()


def _is_ip(host: str) -> bool:
    """Whether *host* is an IP address literal."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def site_of(host: str) -> str:
    """The registrable domain of *host* (``news.example.com.cn`` → ``example.com.cn``).

    An IP address or a name without a public suffix (``localhost``) is its own site.
    """
    host = host.lower().rstrip(".")
    if _is_ip(host):
        return host
    return _suffixes().privatesuffix(host) or host


def same_site(host_a: str, host_b: str) -> bool:
    """Whether two hosts belong to one site: subdomains yes, a sibling under gov.cn no."""
    return site_of(host_a) == site_of(host_b)


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of *url*: the unit of politeness and of robots.txt."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), _netloc(parts.scheme, url), "", "", ""))


def _netloc(scheme: str, url: str) -> str:
    """The host (lower case) and the port when it is not the scheme's default."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is None or DEFAULT_PORTS.get(scheme.lower()) == port:
        return host
    return f"{host}:{port}"


def clean_url(url: str) -> str:
    """*url* as the watcher fetches it: no fragment, default port or tracking parameters,
    and a trailing ``index.html`` dropped."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    path = INDEX_PAGE.sub("/", parts.path) or "/"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)]
    )
    return urlunsplit((scheme, _netloc(scheme, url), path, query, ""))


def link_key(url: str) -> str:
    """The identity of an article link: :func:`clean_url` without the scheme (http and
    https name one story) and with the query's parameters sorted."""
    parts = urlsplit(clean_url(url))
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit(("", parts.netloc, parts.path, query, ""))


def resolve(href: str, base: str) -> str | None:
    """*href* made absolute against *base*; None for anything but an http(s) link."""
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        parts.port  # noqa: B018 - parsing the port validates it
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return absolute
