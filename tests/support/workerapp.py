"""The app for multi-worker tests: every response names the worker process that answered."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from feedsvc import create_app

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse
    from _typeshed.wsgi import WSGIApplication
    from _typeshed.wsgi import WSGIEnvironment


def with_worker_header(inner: WSGIApplication) -> WSGIApplication:
    """Wrap *inner* so each response carries ``X-Worker-Pid`` (test servers only)."""

    def wrapped(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        def start(status: str, headers: list[tuple[str, str]], *args: object) -> object:
            return start_response(status, [*headers, ("X-Worker-Pid", str(os.getpid()))])

        return inner(environ, start)  # type: ignore[arg-type]

    return wrapped


app = with_worker_header(create_app())
