"""The fast path: WSGI middleware in front of Flask that answers polls from the render cache.

For a GET or HEAD whose URL is in the cache (:mod:`feedsvc.web.cache`) and whose entry was
checked at the store's current generation (one small read), it answers 200 or 304 from
memory without Flask's dispatch. Anything else goes to Flask (including If-Match,
If-Unmodified-Since and Range, rare for polling: Werkzeug handles them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from feedsvc.web.cache import GENERATION_KEY
from feedsvc.web.cache import FeedCache
from feedsvc.web.cache import cache_key

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse
    from _typeshed.wsgi import WSGIApplication
    from _typeshed.wsgi import WSGIEnvironment


class FastPath:
    """WSGI middleware: answer cached GET/HEAD (200 or 304) before Flask; else call Flask."""

    def __init__(self, app: WSGIApplication, cache: FeedCache) -> None:
        self.app = app
        self.cache = cache

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        # Written flat on purpose: this runs for every request, and a poll should cost
        # about what the bare WSGI baseline costs (see benchmarks/serve.py).
        method = environ.get("REQUEST_METHOD")
        if method != "GET" and method != "HEAD":
            return self.app(environ, start_response)
        cache = self.cache
        entry = cache.get(cache_key(environ))
        if (
            entry is None
            or "HTTP_IF_MATCH" in environ
            or "HTTP_IF_UNMODIFIED_SINCE" in environ
            or "HTTP_RANGE" in environ
        ):
            return self.app(environ, start_response)
        generation = cache.generation()  # the one cheap check (a few bytes read)
        if entry.generation != generation:
            environ[GENERATION_KEY] = generation  # the view revalidates without a second stat
            return self.app(environ, start_response)
        cache.stats.hits += 1
        variant = (
            entry.gzipped
            if cache.wants_gzip(environ.get("HTTP_ACCEPT_ENCODING"))
            else entry.identity
        )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if_modified_since = environ.get("HTTP_IF_MODIFIED_SINCE")
        if (if_none_match or if_modified_since) and not variant.modified(
            if_none_match, if_modified_since
        ):
            start_response("304 NOT MODIFIED", list(variant.not_modified_headers))
            return []
        start_response("200 OK", list(variant.ok_headers))
        return [] if method == "HEAD" else [variant.body]
