"""Addresses read from a page, split or joined without failing on a malformed one.

Pages carry links such as ``https：//example.com/`` (a full-width colon), whose host the
standard library refuses with ``ValueError``; such a link is no address, not a reason to lose
the page.
"""

from __future__ import annotations

from urllib.parse import SplitResult
from urllib.parse import urljoin
from urllib.parse import urlsplit


def split_url(address: str) -> SplitResult | None:
    """*address* split into its parts; None when its host cannot be read."""
    try:
        return urlsplit(address)
    except ValueError:
        return None


def join_url(base: str, href: str) -> str | None:
    """*href* resolved against *base*; None when either cannot be read."""
    try:
        return urljoin(base, href)
    except ValueError:
        return None


def scheme_of(address: str) -> str:
    """The scheme of *address* (``https``), empty when it has none or cannot be read."""
    parts = split_url(address)
    return parts.scheme if parts else ""


def host_of(address: str | None) -> str:
    """The host name of *address*, empty when it has none or cannot be read."""
    parts = split_url(address) if address else None
    return (parts.hostname or "") if parts else ""


def web_address(address: str) -> str | None:
    """*address* stripped when it is an absolute http(s) address with a host and no space."""
    parts = split_url(address)
    if parts and parts.scheme in ("http", "https") and parts.netloc and " " not in address.strip():
        return address.strip()
    return None
