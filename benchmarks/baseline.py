"""The serve benchmark's yardstick: a bare WSGI app answering from memory, ideally.

It serves the bytes and headers captured from feedsvc for each captured URL path (files in
FEEDSVC_BASELINE, written by benchmarks/serve.py) and answers a conditional request whose
If-None-Match is the ETag with 304, with no parsing at all: the cheapest correct answer a WSGI
app can give.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse
    from _typeshed.wsgi import WSGIApplication
    from _typeshed.wsgi import WSGIEnvironment


def make_app(*captures: Path) -> WSGIApplication:
    answers = {}
    for capture in captures:
        meta = json.loads(capture.with_suffix(".json").read_text())
        ok: list[tuple[str, str]] = [tuple(h) for h in meta["ok"]]  # type: ignore[misc]
        not_modified: list[tuple[str, str]] = [tuple(h) for h in meta["not_modified"]]  # type: ignore[misc]
        answers[meta["path"]] = (capture.read_bytes(), ok, not_modified, meta["etag"])

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        body, ok, not_modified, etag = answers[environ["PATH_INFO"]]
        if environ.get("HTTP_IF_NONE_MATCH") == etag:
            start_response("304 NOT MODIFIED", list(not_modified))
            return []
        start_response("200 OK", list(ok))
        return [body]

    return app


def from_env() -> WSGIApplication:
    """For gunicorn: ``benchmarks.baseline:from_env()`` with FEEDSVC_BASELINE set to the
    captures, separated by ``os.pathsep``."""
    return make_app(*map(Path, os.environ["FEEDSVC_BASELINE"].split(os.pathsep)))
