"""The security headers every response carries unless it sets its own: nosniff and a
restrictive Content-Security-Policy (pages set a wider one for their stylesheet and images)."""

from __future__ import annotations

DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
#: (name, value) pairs added to a response that does not set the header itself.
DEFAULT_SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Security-Policy", DEFAULT_CSP),
)


def with_security_headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """*headers* plus each default security header they do not set already."""
    present = {name.lower() for name, _ in headers}
    return headers + [(n, v) for n, v in DEFAULT_SECURITY_HEADERS if n.lower() not in present]
