"""Turn typed errors into clear responses: plain text for feeds, a page for the HTML site."""

from __future__ import annotations

from flask import Flask
from flask import Response
from flask import render_template
from flask import request
from werkzeug.exceptions import HTTPException

from .errors import FeedsvcError


def _respond(status: int, title: str, message: str) -> Response:
    if request.path.startswith("/feeds/") or not request.accept_mimetypes.accept_html:
        return Response(
            f"{status} {title}: {message}\n", status, content_type="text/plain; charset=utf-8"
        )
    body = render_template("error.html", status=status, title=title, message=message)
    return Response(body, status, content_type="text/html; charset=utf-8")


def handle_feedsvc_error(error: FeedsvcError) -> Response:
    status = error.status
    titles = {404: "Not Found", 422: "Unprocessable Content", 503: "Service Unavailable"}
    return _respond(status, titles.get(status, "Error"), error.message)


def handle_http_error(error: HTTPException) -> Response | HTTPException:
    if error.code is None or error.code < 400:
        return error
    response = _respond(error.code, error.name, error.description or error.name)
    for key, value in error.get_headers():
        if key.lower() not in ("content-type", "content-length"):
            response.headers[key] = value
    return response


def register(app: Flask) -> None:
    app.register_error_handler(FeedsvcError, handle_feedsvc_error)
    app.register_error_handler(HTTPException, handle_http_error)
