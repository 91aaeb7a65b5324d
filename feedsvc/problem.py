"""RFC 9457 problem documents: the one error format of the JSON API."""

from __future__ import annotations

import json
from typing import Any

from flask import Response
from flask import request
from werkzeug.http import HTTP_STATUS_CODES

PROBLEM_JSON = "application/problem+json"
#: Problem types of our own; every other problem is "about:blank" with the HTTP status title.
PROBLEM_BASE = "tag:feedsvc,2025:problem/"


def problem(
    status: int,
    detail: str,
    *,
    kind: str | None = None,
    title: str | None = None,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> Response:
    """A problem+json response; *kind* names a problem type of ours, *extensions* add members
    such as ``field``."""
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + kind if kind else "about:blank",
        "title": title or HTTP_STATUS_CODES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "instance": request.path,
    }
    body.update({key: value for key, value in extensions.items() if value is not None})
    response = Response(json.dumps(body, ensure_ascii=False), status, content_type=PROBLEM_JSON)
    response.headers.update(headers or {})
    return response


def is_api_request() -> bool:
    return request.path == "/api" or request.path.startswith("/api/")
