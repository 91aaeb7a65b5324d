"""Where the service says it lives: which proxy headers and Host values it believes.

Links in pages and feeds, and the render cache's keys, are built from the WSGI environ
(scheme, Host, script root). So everything that can change those values is an input an
attacker can send, unless it is bounded here:

* :func:`trusted_proxy` wraps the app in Werkzeug's ``ProxyFix`` for exactly the
  ``X-Forwarded-*`` headers configured (by default ``For``, ``Proto`` and ``Host``; never
  ``Prefix`` or ``Port`` unless asked for).
* :class:`PublicOrigin` refuses a Host outside ``FEEDSVC_ALLOWED_HOSTS`` with a 400
  (Werkzeug's own trusted-host check), except on ``/healthz``, which load balancers probe
  with the backend's address as Host and which reveals nothing; and when
  ``FEEDSVC_BASE_URL`` is set, puts its scheme, host and path into the environ, so that
  every link, relative or absolute, comes from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from werkzeug.exceptions import SecurityError
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.wsgi import get_host

from feedsvc.config import PROXY_HEADERS

#: The health check's path (feedsvc.web.health), answered whatever the Host.
HEALTH_PATH = "/healthz"

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse
    from _typeshed.wsgi import WSGIApplication
    from _typeshed.wsgi import WSGIEnvironment


def trusted_proxy(app: WSGIApplication, hops: int, headers: Iterable[str]) -> WSGIApplication:
    """*app* behind ProxyFix trusting *hops* proxies for *headers* only (unwrapped if 0)."""
    if not hops:
        return app
    chosen = set(headers)
    counts = {f"x_{name}": hops if name in chosen else 0 for name in PROXY_HEADERS}
    return ProxyFix(app, **counts)


class PublicOrigin:
    """WSGI middleware: 400 for a Host not allowed; with a base URL, links come from it."""

    def __init__(
        self, app: WSGIApplication, allowed_hosts: Iterable[str], base_url: str | None
    ) -> None:
        self.app = app
        self.allowed_hosts = tuple(allowed_hosts)
        self.origin: dict[str, str] = {}
        if base_url is not None:
            parts = urlsplit(base_url)
            default_port = 443 if parts.scheme == "https" else 80
            self.origin = {
                "wsgi.url_scheme": parts.scheme,
                "HTTP_HOST": parts.netloc,
                "SERVER_NAME": parts.hostname or "",
                "SERVER_PORT": str(parts.port or default_port),
                "SCRIPT_NAME": parts.path.rstrip("/"),
            }

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if self.allowed_hosts and environ.get("PATH_INFO") != HEALTH_PATH:
            try:
                get_host(environ, self.allowed_hosts)
            except SecurityError as error:
                return error(environ, start_response)
        environ.update(self.origin)
        return self.app(environ, start_response)
