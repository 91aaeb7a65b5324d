"""The one rule for URLs an article carries (original URL, outlet homepage, image URLs).

Applied once, when a model is built: whatever URL is stored can be written into XML,
JSON and HTML attributes as it is. Normalized as a browser's URL parser would: ends
trimmed, tabs and line breaks removed, and spaces, control characters and other
characters XML cannot carry percent-encoded. Refused: a lone surrogate (no encoding
can carry it), a host that would need encoding, and anything but absolute http(s).
"""

from __future__ import annotations

import re
from urllib.parse import quote
from urllib.parse import urlsplit

from .errors import InvalidArticle

#: Trimmed from both ends: C0 controls and space (WHATWG URL), plus Unicode whitespace.
_TRIM = "".join(chr(c) for c in range(0x21))
#: Removed anywhere, as the WHATWG URL parser does.
_DROPPED = re.compile("[\t\n\r]")
#: Percent-encoded: controls, space, DEL, C1 controls, BOM and the XML non-characters.
_ENCODED = re.compile("[\x00-\x20\x7f-\x9f\ufeff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _encode(match: re.Match[str]) -> str:
    """The UTF-8 percent-encoding of one character."""
    return quote(match.group(), safe="")


def normalize_url(value: str | None, field: str) -> str | None:
    """*value* as a clean absolute http(s) URL, or None if empty.

    :raise InvalidArticle: naming *field*, for a URL that cannot be made safe.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidArticle(field, "must be a string")
    surrogate = _SURROGATE.search(value)
    if surrogate:
        code = f"U+{ord(surrogate.group()):04X}"
        raise InvalidArticle(field, f"contains a lone surrogate ({code}), which no URL can carry")
    value = _DROPPED.sub("", value.strip(_TRIM).strip())
    if not value:
        return None
    try:
        parts = urlsplit(value)
    except ValueError as exc:
        raise InvalidArticle(field, f"not a URL: {exc}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InvalidArticle(field, f"must be an absolute http or https URL, got {value!r}")
    if _ENCODED.search(parts.netloc):
        raise InvalidArticle(field, f"host contains spaces or control characters: {value!r}")
    return _ENCODED.sub(_encode, value)


def check_url(value: str | None, name: str) -> str | None:
    """Return *value* if it is an absolute http(s) URL (or empty), else raise InvalidArticle.

    For request parameters (the page to import); URLs stored in an article go through
    :func:`normalize_url`.
    """
    if not value:
        return None
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidArticle(name, f"must be an absolute http or https URL, got {value!r}")
    return value
