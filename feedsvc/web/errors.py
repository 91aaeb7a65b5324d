"""The one hook that turns typed errors into responses: RFC 9457 problem+json under /api
(the one error format of the JSON API), plain text for feeds, a page for the HTML site.
Every response gets nosniff and a restrictive default CSP."""

from __future__ import annotations

import json
import logging
from typing import Any

from flask import Flask
from flask import Response
from flask import render_template
from flask import request
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from feedsvc.errors import Conflict
from feedsvc.errors import FeedsvcError
from feedsvc.web.pages import PAGE_SECURITY_HEADERS
from feedsvc.web.pages import error_page
from feedsvc.web.security import DEFAULT_SECURITY_HEADERS

log = logging.getLogger(__name__)

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
    """Whether the current request is for the JSON API (problem+json errors)."""
    return request.path == "/api" or request.path.startswith("/api/")


#: For responses that set no policy of their own (pages set a fuller one in web/pages.py).


def _respond(status: int, title: str, message: str) -> Response:
    """Plain text for feeds and non-HTML clients, else the error page."""
    if request.path.startswith("/feeds/") or not request.accept_mimetypes.accept_html:
        return Response(
            f"{status} {title}: {message}\n", status, content_type="text/plain; charset=utf-8"
        )
    body = render_template("error.html", ctx=error_page(status, title, message))
    response = Response(body, status, content_type="text/html; charset=utf-8")
    response.headers.update(PAGE_SECURITY_HEADERS)
    return response


def handle_feedsvc_error(error: FeedsvcError) -> Response:
    """A typed error as a response; server errors are logged with their details."""
    status = error.status
    message = error.public_message
    if status >= 500:
        # The full error, with server paths, goes to the log only.
        log.error("%s on %s: %s", type(error).__name__, request.path, error.message)
    if is_api_request():
        return problem(
            status,
            message,
            field=getattr(error, "field", None),
            id=error.article_id if isinstance(error, Conflict) else None,
        )
    return _respond(status, HTTP_STATUS_CODES.get(status, "Error"), message)


def handle_http_error(error: HTTPException) -> Response | HTTPException:
    """Werkzeug's HTTP errors in the same formats, keeping their headers (Allow...)."""
    if error.code is None or error.code < 400:
        return error
    if is_api_request():
        response = problem(error.code, error.description or error.name)
    else:
        response = _respond(error.code, error.name, error.description or error.name)
    for key, value in error.get_headers():
        if key.lower() not in ("content-type", "content-length"):
            response.headers[key] = value
    return response


def security_headers(response: Response) -> Response:
    """nosniff and a restrictive CSP on every response that sets none of its own."""
    for name, value in DEFAULT_SECURITY_HEADERS:
        response.headers.setdefault(name, value)
    return response


def register(app: Flask) -> None:
    """Install the error handlers and the security headers on *app*."""
    app.register_error_handler(FeedsvcError, handle_feedsvc_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.after_request(security_headers)
