"""What the blueprints share about URLs: the site-wide feed's name and absolute links, so
that no blueprint imports another."""

from __future__ import annotations

from typing import Any

from flask import request
from flask import url_for

from feedsvc.web.context import settings

#: The name of the site-wide feed in feed URLs (``/feeds/all.rss``).
SITE_WIDE = "all"
#: An endpoint and its URL values, as ``url_for`` and ``MapAdapter.build`` take them.
EndpointValues = tuple[str, dict[str, Any]]


def external_url(endpoint: str, **values: Any) -> str:
    """An absolute URL: from FEEDSVC_BASE_URL when set, else from the request."""
    base = settings().base_url
    if base is None:
        return url_for(endpoint, _external=True, **values)
    path = url_for(endpoint, **values)
    return base + path.removeprefix(request.script_root)
